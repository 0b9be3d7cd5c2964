"""Fuzz run, by hand (not in CI): many mutated documents through parse_bytes, on all cores.

    python tests/fuzz/fuzz.py [--inputs 100000] [--seed 0] [--timeout 10]

Inputs are windows (up to 4 KB) of the samples and corpus documents, mutated (tests/mutations.py),
plus pure random bytes and random Unicode. Anything but a Document or a PolicyParseError is a
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


def make_input(rng: random.Random, sources: list[bytes]) -> bytes:
    kind = rng.random()
    if kind < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 600)))
    if kind < 0.10:
        return "".join(chr(rng.randrange(0x20, 0x10FFFF)) for _ in range(rng.randint(0, 300))).encode(
            "utf-8", errors="replace")
    source = rng.choice(sources)
    start = rng.randrange(max(1, len(source) - WINDOW))
    return mutations.mutate(source[start:start + rng.randint(16, WINDOW)], rng, rounds=4)


def run_one(task: tuple[int, int, int]) -> tuple[str, str, bytes] | None:
    seed, index, timeout = task
    rng = random.Random(seed * 1_000_003 + index)
    data = make_input(rng, SOURCES)
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
    global SOURCES
    SOURCES = corpus()
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
