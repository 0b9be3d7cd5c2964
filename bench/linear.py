"""Linear time and memory: one document of 1, 10 and 50 MB, parsed by `policyparse extract`.

    python bench/linear.py [--sizes 1 10 50] [--one-line]

The big document is the plain-text corpus documents and samples concatenated and repeated; each
size runs in its own process, and the script prints seconds, MB/s and peak RSS per size, and the
ratios to the smallest size (linear: time and memory ratios near the size ratio).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from common import documents, run_measured


def make_document(path: Path, megabytes: float, one_line: bool = False) -> int:
    pieces = [p.read_text(encoding="utf-8") for p in documents() if p.suffix == ".txt"]
    joined = "\n\n".join(pieces)
    unit = (joined.replace("\n", " ") if one_line else joined).encode("utf-8")
    target = int(megabytes * 1e6)
    with open(path, "wb") as out:
        written = 0
        while written < target:
            chunk = unit[: target - written]
            out.write(chunk)
            written += len(chunk)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 10, 50])
    parser.add_argument("--one-line", action="store_true", help="the whole document on one line (no breaks)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pp-linear-"))
    rows = []
    try:
        for size in args.sizes:
            doc = work / f"doc-{size:g}mb.txt"
            written = make_document(doc, size, args.one_line)
            command = [sys.executable, "-m", "policyparse", "extract", str(doc), "--output", str(work / "out.json")]
            seconds, code, peak = run_measured(command)
            rows.append((written / 1e6, seconds, peak))
            print(f"{written / 1e6:6.1f} MB: {seconds:6.2f} s, {written / 1e6 / seconds:5.2f} MB/s, "
                  f"peak RSS {peak} MiB, exit {code}")
            doc.unlink()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = rows[0]
    for size, seconds, peak in rows[1:]:
        print(f"{size / base[0]:.0f}x the size: {seconds / base[1]:.1f}x the time, "
              f"{peak / max(base[2], 1):.1f}x the memory")


if __name__ == "__main__":
    main()
