"""Cold start: `policyparse extract <sample>` and `policyparse --help` against `python -c pass`.

    python bench/coldstart.py [--runs 10]

Prints the median wall time of each and the difference (target: extract under 0.35 s over the
bare interpreter).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time

from common import ROOT

SAMPLE = ROOT / "samples" / "002_ff42bb4422d187c9.txt"


def median_seconds(command: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    script = shutil.which("policyparse") or "policyparse"
    bare = median_seconds([sys.executable, "-c", "pass"], args.runs)
    helped = median_seconds([script, "--help"], args.runs)
    extract = median_seconds([script, "extract", str(SAMPLE)], args.runs)
    print(f"python -c pass:               {bare:.3f} s")
    print(f"policyparse --help:           {helped:.3f} s (+{helped - bare:.3f} s)")
    print(f"policyparse extract <sample>: {extract:.3f} s (+{extract - bare:.3f} s, target < +0.350 s)")


if __name__ == "__main__":
    main()
