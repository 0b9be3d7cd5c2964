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
import zipfile
from pathlib import Path

from common import ROOT, run_measured
from make_archive import build


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--archive", type=Path, default=ROOT / "bench" / "out" / "archive.zip")
    args = parser.parse_args()
    if not args.archive.exists():
        build(args.archive, args.mb)
    with zipfile.ZipFile(args.archive) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
    megabytes = sum(i.file_size for i in infos) / 1e6
    print(f"archive: {len(infos)} documents, {megabytes:.1f} MB; {args.workers} workers")
    work = Path(tempfile.mkdtemp(prefix="pp-dask-"))
    seconds = {}
    try:
        for engine, out in (("local", work / "local.jsonl"), ("dask", work / "dask")):
            command = [sys.executable, "-m", "policyparse", "batch", str(args.archive), "-o", str(out),
                       "--jobs", str(args.workers), "--engine", engine, "--quiet"]
            seconds[engine], code, peak = run_measured(command)
            print(f"{engine:5}: {seconds[engine]:.1f} s, {len(infos) / seconds[engine]:.1f} documents/s, "
                  f"{megabytes / seconds[engine]:.2f} MB/s, peak RSS {peak} MiB, exit {code}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"dask / local time: {seconds['dask'] / seconds['local']:.2f}x")


if __name__ == "__main__":
    main()
