"""Shared helpers of the benchmarks: where the documents are, peak memory of a process tree."""
from __future__ import annotations

import os
import subprocess
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")


def documents() -> list[Path]:
    """The seeds and corpus documents (../shared) and the samples, once each."""
    folders = (SHARED / "seeds", SHARED / "corpus") if (SHARED / "seeds").is_dir() else (ROOT / "samples",)
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.iterdir())
            if p.suffix in DOCUMENT_SUFFIXES]


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, in KiB (Linux /proc)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    stack += [int(c) for c in children.read().split()]
        except (OSError, ValueError):
            continue
    return total


def run_measured(command: list[str]) -> tuple[float, int, int]:
    """Run a command; return (seconds, exit code, peak RSS of its process tree in MiB)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0

    def sample() -> None:
        nonlocal peak
        while process.poll() is None:
            peak = max(peak, _tree_rss_kb(process.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    _, err = process.communicate()
    sampler.join()
    if process.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed: {err.decode(errors='replace')}")
    return time.perf_counter() - started, process.returncode, peak // 1024
