"""Throughput of one-process extraction against the floor that no parser can avoid, text documents and web
pages apart.

Floor, per document: `bytes.decode` (the encoding the reader found), for a web page also
`lxml.html.document_fromstring(...).text_content()`, OpenCC t2s of the whole text, and one anchored
heading-pattern match per line. Full: `parse_bytes(b).model_dump_json()`. Both run over every document
of ../shared (seeds, corpus, wild; the samples where ../shared is absent) in the same process, in
interleaved rounds; the figure is the median over rounds of the ratio full/floor (targets: text
documents <= 6x, web pages <= 3x).

    python bench/throughput.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import lxml.html
import opencc
import regex

from common import ROOT, SHARED
from policyparse import parse_bytes
from policyparse.stages.read import decode
from policyparse.state import State

HEADING = regex.compile(r"(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|第[一二三四五六七八九十百]+[章节条])")
SUFFIXES = (".txt", ".md", ".html", ".htm", ".shtml")


def corpus() -> dict[str, list[tuple[bytes, str]]]:
    """{"text": [...], "web": [...]}: (bytes, encoding) of every document, read once."""
    folders = [SHARED / f for f in ("seeds", "corpus", "wild")] if SHARED.is_dir() else [ROOT / "samples"]
    kinds: dict[str, list] = {"text": [], "web": []}
    for folder in folders:
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.suffix not in SUFFIXES:
                continue
            data = path.read_bytes()
            kind = "web" if path.suffix in (".html", ".htm", ".shtml") else "text"
            _, encoding = decode(data, State(data=b""))
            kinds[kind].append((data, encoding, str(path)))
    return kinds


def floor(docs, kind: str, converter) -> int:
    found = 0
    for data, encoding, _ in docs:
        text = data.decode(encoding or "utf-8", errors="replace")
        if kind == "web":
            text = lxml.html.document_fromstring(text.encode("utf-8")).text_content()
        text = converter.convert(text)
        found += sum(1 for line in text.split("\n") if HEADING.match(line.lstrip()))
    return found


def full(docs) -> int:
    return sum(len(parse_bytes(data, path=path).model_dump_json()) for data, _, path in docs)


def seconds(job) -> float:
    started = time.perf_counter()
    job()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    converter = opencc.OpenCC("t2s")
    kinds = corpus()
    for kind, docs in kinds.items():
        if not docs:
            continue
        megabytes = sum(len(d) for d, _, _ in docs) / 1e6
        full(docs[:3])
        floor(docs[:3], kind, converter)                     # warm up: imports, dictionaries
        ratios, floors, fulls = [], [], []
        for _ in range(args.rounds):                         # interleaved: the machine's drift hits both
            f = seconds(lambda: floor(docs, kind, converter))
            g = seconds(lambda: full(docs))
            floors.append(f)
            fulls.append(g)
            ratios.append(g / f)
        print(f"{kind}: {len(docs)} documents, {megabytes:.2f} MB; floor {statistics.median(floors):.3f} s "
              f"({megabytes / statistics.median(floors):.1f} MB/s), full {statistics.median(fulls):.3f} s "
              f"({megabytes / statistics.median(fulls):.1f} MB/s); ratio full/floor median "
              f"{statistics.median(ratios):.2f}x (rounds {min(ratios):.2f}-{max(ratios):.2f}; target "
              f"{'6' if kind == 'text' else '3'}x)")


if __name__ == "__main__":
    main()
