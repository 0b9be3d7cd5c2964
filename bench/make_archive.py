"""Build a zip archive of at least N MB from the seeds, the corpus and the samples, replicated.

    python bench/make_archive.py [--mb 100] [--out bench/out/archive.zip]

Each copy goes in its own folder (copy0001/…), so every member has its own output name.
"""
from __future__ import annotations

import argparse
import zipfile
from pathlib import Path

from common import ROOT, documents


def build(out: Path, megabytes: float) -> tuple[int, int]:
    """Write the archive; returns (members, uncompressed bytes)."""
    sources = [(p.name, p.read_bytes()) for p in documents()]
    one_copy = sum(len(data) for _, data in sources)
    copies = max(1, int(megabytes * 1e6 // one_copy) + 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for copy in range(copies):
            for name, data in sources:
                archive.writestr(f"copy{copy:04d}/{name}", data)
    return copies * len(sources), copies * one_copy


def archive_option(parser) -> None:
    parser.add_argument("--mb", type=float, default=100.0, help="size of the archive to build if missing")
    parser.add_argument("--archive", type=Path, default=ROOT / "bench" / "out" / "archive.zip")


def ensure(path: Path, megabytes: float) -> tuple[int, float]:
    """Build the archive if it is missing; returns (documents, MB uncompressed)."""
    if not path.exists():
        build(path, megabytes)
    with zipfile.ZipFile(path) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
    return len(infos), sum(i.file_size for i in infos) / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "archive.zip")
    args = parser.parse_args()
    members, size = build(args.out, args.mb)
    print(f"{args.out}: {members} documents, {size / 1e6:.1f} MB uncompressed")


if __name__ == "__main__":
    main()
