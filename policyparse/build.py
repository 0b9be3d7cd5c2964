"""The edge: the working state becomes a validated Pydantic Document, once.

The state is turned into plain data here and validated in one call (pydantic-core walks the whole
tree natively, many times faster than building each nested model in Python).
"""
from __future__ import annotations

import hashlib

from . import models as M
from .files import display
from .state import Node, State

META_FIELDS = set(M.Meta.model_fields) - {"page_fields", "spans"}


def span(pair):
    return {"start": pair[0], "end": pair[1]} if pair else None


def build(state: State) -> M.Document:
    return M.Document.model_validate({
        "source": _source(state),
        "meta": _meta(state),
        "sections": [_section(root, 1) for root in state.roots],
        "tables": [_with_span(t) for t in state.tables],
        "goals": state.goals,
        "indicators": state.indicators,
        "quantities": [_with_span(t) for t in state.quantities],
        "tasks": [_with_span(t) for t in state.tasks],
        "unit_index": _unit_index(state.tasks),
        "boilerplate": [b.text for b in state.blocks if b.kind == "boilerplate"],
        "warnings": [{"code": w.code, "message": w.message, "span": span(w.span)} for w in state.warnings],
    })


def _source(state: State) -> dict:
    data = state.data or state.source.encode("utf-8")
    converted = state.script == "traditional" and not state.keep_script
    return {"path": display(state.path) if state.path else None, "encoding": state.encoding,
            "script": state.script, "output_script": "simplified" if converted else state.script,
            "sha256": hashlib.sha256(data).hexdigest(), "characters": len(state.source),
            "reader": state.reader}


def _meta(state: State) -> dict:
    meta = state.meta
    fields = {k: v for k, v in meta.items() if k in META_FIELDS and v is not None}
    spans = {field: span(pair) for field, pair in meta.get("spans", {}).items()}
    return dict(fields, page_fields=meta.get("page_fields", {}), spans=spans)


def _section(node: Node, level: int) -> dict:
    return {"id": node.id, "marker": node.marker, "number": node.number, "level": level, "kind": node.kind,
            "title": node.title, "text": node.text, "span": span(node.span),
            "children": [_section(c, level + 1) for c in node.children] if node.children else []}


def _with_span(item: dict) -> dict:
    return dict(item, span=span(item.get("span")))


def _unit_index(tasks: list[dict]) -> dict[str, list[str]]:
    """Unit -> the ids of its tasks, under the name as written and under its canonical name too, so that one
    organ written two ways (发展改革委, 省发展改革委) has all its tasks under 省发展和改革委员会."""
    index: dict[str, list[str]] = {}
    for task in tasks:
        canonical = [ref.get("canonical") for ref in task.get("unit_refs") or []]
        for name in dict.fromkeys(task.get("units", []) + [c for c in canonical if c]):
            index.setdefault(name, []).append(task["id"])
    return index
