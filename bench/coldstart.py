"""Cold start: `policyparse extract <sample>` and `policyparse --help` against `python -c pass`.

    python bench/coldstart.py [--runs 10]

Prints the median wall time of each and the difference (issue 18's target: extract at most 0.25 s over
the bare interpreter). The commands run as on an installed machine: with Python's bytecode cache (an
environment that sets PYTHONDONTWRITEBYTECODE, as some sandboxes do, would time the compiling of every
module's source instead), after one warm-up run that writes it.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

from common import ROOT

SAMPLE = ROOT / "samples" / "002_ff42bb4422d187c9.txt"


TARGET_SECONDS = 0.25
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def median_seconds(command: list[str], runs: int) -> float:
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)  # warm-up
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, env=ENV)
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
    print(f"policyparse extract <sample>: {extract:.3f} s (+{extract - bare:.3f} s, target <= +{TARGET_SECONDS:.2f} s)")


if __name__ == "__main__":
    main()
