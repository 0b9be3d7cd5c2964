"""Renderings of a Document: JSON and YAML (tables of tasks and units: export.py)."""
from __future__ import annotations

import json

from .models import Document

FORMATS = ("json", "yaml")


def to_dict(doc: Document) -> dict:
    return doc.model_dump(mode="json")


def to_json(doc: Document, indent: int | None = 2) -> str:
    """The document as JSON. Indented, it is pydantic-core's serialiser (in Rust: the same bytes as
    json.dumps(..., ensure_ascii=False, indent=2), whose indented form is Python's pure-Python encoder,
    five times slower; tests/test_cli.py checks they agree); compact, the standard library's
    (`, ` and `: ` between items, as every compact output here has always been)."""
    if indent is not None:
        return doc.model_dump_json(indent=indent)
    return json.dumps(to_dict(doc), ensure_ascii=False)


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
