"""Renderings of a Document: JSON, YAML, and a plain-text task table."""
from __future__ import annotations

import json

from .models import Document

FORMATS = ("json", "yaml")


def to_dict(doc: Document) -> dict:
    return doc.model_dump(mode="json")


def to_json(doc: Document, indent: int | None = 2) -> str:
    return json.dumps(to_dict(doc), ensure_ascii=False, indent=indent)


def to_yaml(doc: Document) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)    # libyaml when present: many times faster
    return yaml.dump(to_dict(doc), Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def render(doc: Document, fmt: str) -> str:
    if fmt == "json":
        return to_json(doc) + "\n"
    if fmt == "yaml":
        return to_yaml(doc)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def schema() -> dict:
    return Document.model_json_schema()


def schema_json() -> str:
    return json.dumps(schema(), ensure_ascii=False, indent=2) + "\n"


TASK_COLUMNS = ("id", "section", "text", "lead", "support", "deadline")
SHORT_TEXT = 36


def task_table(doc: Document) -> str:
    """A plain table of tasks for reading in a terminal (tab-separated, one task a line)."""
    rows = [TASK_COLUMNS]
    for task in doc.tasks:
        text = task.title or task.text
        text = text if len(text) <= SHORT_TEXT else text[:SHORT_TEXT - 1] + "…"
        lead = task.lead_units or ([] if task.support_units else task.units)
        rows.append((task.id, task.section_id or "-", text, "、".join(lead) or "-",
                     "、".join(task.support_units) or "-",
                     task.deadline.raw if task.deadline else "-"))
    return "".join("\t".join(row) + "\n" for row in rows)
