"""Draft a fixture pair from a real document: python tests/make_fixture.py PATH [CASE].

Copies the document to tests/fixtures/<case>/input.<ext> and writes expected.json from the current
output, in the gold files' form (marker paths, units, goal sections, indicators). The draft is
then checked by hand against the document and corrected before it is committed: it records what
is right, not what the parser happens to say.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from goldcheck import paths
from policyparse import parse_file
from policyparse.emit import to_dict

FIXTURES = Path(__file__).parent / "fixtures"
META = ("title", "attached_title", "doc_type", "doc_number", "issuer", "issuers", "date", "date_source", "recipients", "cc", "script",
        "kind", "printed_by", "print_date", "publish_date", "publisher", "index_number", "source_name", "author",
        "headnote", "note")
ALWAYS = ("title", "doc_type", "doc_number", "issuer", "date", "kind")


def draft(doc: dict, name: str) -> dict:
    secs = paths(doc["sections"])
    meta = {k: v for k, v in doc["meta"].items() if k in META and (v or k in ALWAYS)}
    return {
        "doc": name,
        "meta": meta,
        "sections": [{"path": p, "title": t} for p, t, marked in secs.values() if marked],
        "tasks": _tasks(doc, secs),
        "goal_sections": [secs[g["section_id"]][0] for g in doc["goals"] if g["section_id"] in secs],
        "indicators": [{"name": i["name"], "unit": i["unit"], "targets": i["targets"]} for i in doc["indicators"]],
    }


def _tasks(doc: dict, secs: dict) -> list[dict]:
    out, seen = [], set()
    for task in doc["tasks"]:
        path = secs[task["section_id"]][0] if task["section_id"] in secs else ""
        entry = {"path": path, "units": task["units"], "lead_units": task["lead_units"],
                 "support_units": task["support_units"]}
        if path in seen:                       # several tasks under one heading: tell them apart
            entry["key"] = task["text"][:16]
        seen.add(path)
        out.append(entry)
    return out


def main() -> None:
    source = Path(sys.argv[1])
    case = sys.argv[2] if len(sys.argv) > 2 else source.name.rsplit(".", 1)[0]
    folder = FIXTURES / case
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"input{source.suffix}"
    shutil.copyfile(source, target)
    expected = draft(to_dict(parse_file(target)), source.name)
    (folder / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(folder)


if __name__ == "__main__":
    main()
