"""Fuzz run, by hand (not in CI): many mutated documents through parse_bytes, on all cores.

    python tests/fuzz/fuzz.py [--inputs 100000] [--seed 0] [--timeout 10]

Inputs are windows (up to 4 KB) of the samples and corpus documents, mutated (tests/mutations.py),
plus pure random bytes and random Unicode, web pages of random tables (spans, nesting, hidden cells,
unclosed tags), and damaged DOCX and PDF files built from a sample. Anything but a Document or a PolicyParseError is a
crash; an input taking longer than --timeout seconds is a hang. Each is saved under
tests/fuzz/crashes/ (kept as regression fixtures: tests/test_fuzz_regressions.py replays them).
"""
from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import signal
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import mutations  # noqa: E402

from policyparse import PolicyParseError, parse_bytes  # noqa: E402

ROOT = HERE.parent.parent
CRASHES = HERE / "crashes"
WINDOW = 4096


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang


def corpus() -> list[bytes]:
    folders = (ROOT / "samples", ROOT.parent / "shared" / "corpus")
    return [p.read_bytes() for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())
            if p.suffix in (".txt", ".html")]


def html_table(rng: random.Random) -> bytes:
    """A web page with a table of random spans, nesting, hidden cells and unclosed tags."""
    cells = []
    for _ in range(rng.randint(1, 60)):
        attrs = "".join(f' {name}="{rng.choice(["0", "1", "2", "50", "-3", "999999", "x"])}"'
                        for name in ("rowspan", "colspan") if rng.random() < 0.5)
        if rng.random() < 0.1:
            attrs += ' style="display:none"'
        text = rng.choice(mutations.MARKERS) + rng.choice(("指标", "2025年", "15", "区科委", "&#1;", "<font>", ""))
        cells.append(f"<td{attrs}>{text}</td>" + ("</tr><tr>" if rng.random() < 0.2 else ""))
    inner = "".join(cells)
    if rng.random() < 0.3:
        inner = f"<td><table><tr>{inner}</tr></table></td>"
    page = f"<html><body><p>一、总体要求</p><table><tr>{inner}</tr></table>{'<font>' * rng.randint(0, 400)}</body></html>"
    return mutations.mutate(page.encode("utf-8"), rng, rounds=1) if rng.random() < 0.5 else page.encode("utf-8")


def binary_document(rng: random.Random, seeds: list[bytes]) -> bytes:
    """A DOCX or PDF built from a sample, with bytes flipped, cut or inserted (the container damaged)."""
    data = bytearray(rng.choice(seeds))
    for _ in range(rng.randint(1, 12)):
        at = rng.randrange(len(data))
        action = rng.random()
        if action < 0.5:
            data[at] = rng.randrange(256)
        elif action < 0.8:
            data[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        else:
            del data[at:at + rng.randint(1, 64)]
    return bytes(data)


def binary_seeds() -> list[bytes]:
    """A small DOCX and PDF from the first sample, when python-docx and reportlab are installed."""
    seeds = []
    text = (ROOT / "samples" / "002_ff42bb4422d187c9.txt").read_text(encoding="utf-8").splitlines()[:40]
    try:
        import io

        import docx

        document = docx.Document()
        for line in text:
            document.add_paragraph(line)
        out = io.BytesIO()
        document.save(out)
        seeds.append(out.getvalue())
    except ImportError:
        pass
    try:
        import io

        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas

        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        out = io.BytesIO()
        pdf = canvas.Canvas(out)
        pdf.setFont("STSong-Light", 10)
        for n, line in enumerate(text[:30]):
            pdf.drawString(40, 800 - 14 * n, line[:40])
        pdf.save()
        seeds.append(out.getvalue())
    except ImportError:
        pass
    return seeds


def make_input(rng: random.Random, sources: list[bytes], binaries: list[bytes] = ()) -> bytes:
    kind = rng.random()
    if kind < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
    if kind < 0.10:
        return "".join(chr(rng.randrange(0x20, 0x10FFFF)) for _ in range(rng.randint(0, 300))).encode(
            "utf-8", errors="replace")
    if kind < 0.18:
        return html_table(rng)
    if kind < 0.25 and binaries:
        return binary_document(rng, list(binaries))
    source = rng.choice(sources)
    start = rng.randrange(max(1, len(source) - WINDOW))
    return mutations.mutate(source[start:start + rng.randint(16, WINDOW)], rng, rounds=4)


def run_one(task: tuple[int, int, int]) -> tuple[str, str, bytes] | None:
    seed, index, timeout = task
    rng = random.Random(seed * 1_000_003 + index)
    data = make_input(rng, SOURCES, BINARIES)
    signal.alarm(timeout)
    try:
        parse_bytes(data)
    except PolicyParseError:
        pass
    except Hang:
        return "hang", f"over {timeout} s", data
    except Exception:   # the crash is the finding
        return "crash", traceback.format_exc(limit=6), data
    finally:
        signal.alarm(0)
    return None


def _init() -> None:
    global SOURCES, BINARIES
    SOURCES = corpus()
    BINARIES = binary_seeds()
    signal.signal(signal.SIGALRM, _alarm)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=10)
    args = parser.parse_args()
    started, found = time.perf_counter(), 0
    tasks = ((args.seed, i, args.timeout) for i in range(args.inputs))
    with multiprocessing.Pool(initializer=_init) as pool:
        for n, result in enumerate(pool.imap_unordered(run_one, tasks, chunksize=64), 1):
            if result:
                found += 1
                kind, detail, data = result
                CRASHES.mkdir(exist_ok=True)
                name = f"{kind}-{hashlib.sha256(data).hexdigest()[:16]}"
                (CRASHES / f"{name}.bin").write_bytes(data)
                print(f"{kind}: {name}\n{detail}", flush=True)
            if n % 10_000 == 0:
                print(f"{n} inputs, {found} findings, {time.perf_counter() - started:.0f} s", flush=True)
    print(f"done: {args.inputs} inputs, {found} findings, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
