"""The Dask engine's overhead on one machine: the same >= 100 MB archive, local pool vs LocalCluster.

    python bench/dask_engine.py [--workers 2]

Runs `policyparse batch ARCHIVE --jobs N` (local process pool) and `... --engine dask --jobs N`
(a LocalCluster of N worker processes, started by the command, so its start-up is counted) and
prints both and the ratio.
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
    parser.add_argument("--workers", type=int, default=2)
    archive_option(parser)
    args = parser.parse_args()
    documents, megabytes = ensure(args.archive, args.mb)
    print(f"archive: {documents} documents, {megabytes:.1f} MB; {args.workers} workers")
    work = Path(tempfile.mkdtemp(prefix="pp-dask-"))
    seconds = {}
    try:
        for engine, out in (("local", work / "local.jsonl"), ("dask", work / "dask")):
            command = [sys.executable, "-m", "policyparse", "batch", str(args.archive), "-o", str(out),
                       "--jobs", str(args.workers), "--engine", engine, "--quiet"]
            seconds[engine], code, peak = run_measured(command)
            print(f"{engine:5}: {seconds[engine]:.1f} s, {documents / seconds[engine]:.1f} documents/s, "
                  f"{megabytes / seconds[engine]:.2f} MB/s, peak RSS {peak} MiB, exit {code}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"dask / local time: {seconds['dask'] / seconds['local']:.2f}x")


if __name__ == "__main__":
    main()
