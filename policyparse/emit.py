"""Renderings of a Document: JSON and YAML (tables of tasks and units: export.py)."""
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
