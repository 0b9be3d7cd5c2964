"""Throughput of one-process extraction against the floor that no parser can avoid.

The floor is: read the bytes + decode + OpenCC conversion + one regex pass over the text.
Full extraction is `parse_bytes` (decode, HTML reading, every stage, the Pydantic Document).
Both run over ../shared/seeds and ../shared/corpus in the same process; the figure that matters is
the ratio (target: full extraction within 5x of the floor).

    python bench/throughput.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import opencc
import regex

from common import documents
from policyparse import parse_bytes
from policyparse.stages.read import decode
from policyparse.state import State

ONE_PASS = regex.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]")


def floor(paths: list[Path], converter) -> int:
    found = 0
    for path in paths:
        text, _ = decode(path.read_bytes(), State(data=b""))
        found += sum(1 for _ in ONE_PASS.finditer(converter.convert(text)))
    return found


def full(paths: list[Path]) -> int:
    return sum(len(parse_bytes(p.read_bytes(), path=str(p)).sections) for p in paths)


def best_of(rounds: int, job) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        job()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    paths = [p for p in documents() if p.parent.name != "samples"]
    megabytes = sum(p.stat().st_size for p in paths) / 1e6
    converter = opencc.OpenCC("t2s")
    full(paths[:2])                                   # warm up: imports, OpenCC dictionaries
    floor_s = best_of(args.rounds, lambda: floor(paths, converter))
    full_s = best_of(args.rounds, lambda: full(paths))
    print(f"documents: {len(paths)}, {megabytes:.2f} MB (best of {args.rounds} rounds)")
    print(f"floor (read+decode+OpenCC+one regex pass): {floor_s:.3f} s, {megabytes / floor_s:.1f} MB/s")
    print(f"full extraction (parse_bytes):             {full_s:.3f} s, {megabytes / full_s:.1f} MB/s")
    print(f"ratio full/floor: {full_s / floor_s:.2f}x (target <= 5x)")


if __name__ == "__main__":
    main()
