"""`policyparse batch` over an archive of >= 100 MB: documents/s, MB/s, scaling, peak memory.

    python bench/batch.py [--mb 100] [--jobs 1 2]

Builds the archive (bench/make_archive.py) if it is missing, then runs the installed command once
per --jobs value and prints one line each and the scaling ratio.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from common import run_measured
from make_archive import archive_option, ensure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    archive_option(parser)
    args = parser.parse_args()
    documents, megabytes = ensure(args.archive, args.mb)
    print(f"archive: {documents} documents, {megabytes:.1f} MB")
    rates = {}
    work = Path(tempfile.mkdtemp(prefix="pp-bench-"))
    try:
        for jobs in args.jobs:
            out = work / f"out-{jobs}.jsonl"
            command = [sys.executable, "-m", "policyparse", "batch", str(args.archive), "-o", str(out),
                       "--jobs", str(jobs), "--quiet"]
            seconds, code, peak = run_measured(command)
            rates[jobs] = documents / seconds
            print(f"--jobs {jobs}: {seconds:.1f} s, {rates[jobs]:.1f} documents/s, {megabytes / seconds:.2f} MB/s, "
                  f"peak RSS {peak} MiB (all processes), exit {code}")
            out.unlink(missing_ok=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if 1 in rates and len(rates) > 1:
        top = max(rates)
        print(f"scaling --jobs {top} / --jobs 1: {rates[top] / rates[1]:.2f}x")


if __name__ == "__main__":
    main()
