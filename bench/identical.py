"""Whether the output stays byte-identical: a manifest of sha256(model_dump_json) per document of ../shared.

    python bench/identical.py --save before.json      # on the code before a speed change
    python bench/identical.py --check before.json     # after it: lists every document whose output moved

A speed change must leave every line of the manifest as it was (issue 18).
"""
from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from common import ROOT, SHARED
from policyparse import parse_bytes

SUFFIXES = (".txt", ".md", ".html", ".htm", ".shtml")


def manifest() -> dict[str, str]:
    folders = [SHARED / f for f in ("seeds", "corpus", "wild")] if SHARED.is_dir() else [ROOT / "samples"]
    out = {}
    for folder in folders:
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.suffix in SUFFIXES:
                doc = parse_bytes(path.read_bytes(), path=str(path.relative_to(folder.parent)))
                out[f"{folder.name}/{path.name}"] = hashlib.sha256(doc.model_dump_json().encode()).hexdigest()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--save", type=Path)
    group.add_argument("--check", type=Path)
    args = parser.parse_args()
    now = manifest()
    if args.save:
        args.save.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} documents -> {args.save}")
        return
    before = json.loads(args.check.read_text(encoding="utf-8"))
    moved = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for name in moved:
        print("changed:", name)
    print(f"{len(now)} documents, {len(moved)} changed")
    raise SystemExit(1 if moved else 0)


if __name__ == "__main__":
    main()
