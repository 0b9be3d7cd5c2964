"""The edge: the working state becomes a validated Pydantic Document, once."""
from __future__ import annotations

import hashlib

from . import models as M
from .state import Node, State

META_FIELDS = set(M.Meta.model_fields) - {"page_fields"}


def span(pair):
    return M.Span(start=pair[0], end=pair[1]) if pair else None


def build(state: State) -> M.Document:
    return M.Document(
        source=_source(state),
        meta=_meta(state),
        sections=[_section(root, 1) for root in state.roots],
        tables=[_table(t) for t in state.tables],
        goals=[M.Goal(**g) for g in state.goals],
        indicators=[M.Indicator(**i) for i in state.indicators],
        targets=[_target(t) for t in state.targets],
        tasks=[_task(t) for t in state.tasks],
        unit_index=_unit_index(state.tasks),
        boilerplate=[b.text for b in state.blocks if b.kind == "boilerplate"],
        warnings=[M.Warning(code=w.code, message=w.message, span=span(w.span)) for w in state.warnings],
    )


def _source(state: State) -> M.Source:
    data = state.data or state.source.encode("utf-8")
    converted = state.script == "traditional" and not state.keep_script
    return M.Source(path=state.path, encoding=state.encoding, script=state.script,
                    output_script="simplified" if converted else state.script,
                    sha256=hashlib.sha256(data).hexdigest(), characters=len(state.source),
                    reader=state.reader)


def _meta(state: State) -> M.Meta:
    meta = state.meta
    fields = {k: v for k, v in meta.items() if k in META_FIELDS and v is not None}
    return M.Meta(**fields, page_fields=meta.get("page_fields", {}))


def _section(node: Node, level: int) -> M.Section:
    return M.Section(id=node.id, marker=node.marker, number=node.number, level=level,
                     kind=node.kind, title=node.title, text=node.text, span=span(node.span),
                     children=[_section(c, level + 1) for c in node.children])


def _table(t: dict) -> M.Table:
    fields = {k: v for k, v in t.items() if k != "span"}
    return M.Table(**fields, span=span(t["span"]))


def _target(t: dict) -> M.Target:
    fields = {k: v for k, v in t.items() if k != "span"}
    return M.Target(**fields, span=span(t.get("span")))


def _task(t: dict) -> M.Task:
    fields = {k: v for k, v in t.items() if k not in ("span", "deadline")}
    deadline = M.Deadline(**t["deadline"]) if t.get("deadline") else None
    return M.Task(**fields, deadline=deadline, span=span(t.get("span")))


def _unit_index(tasks: list[dict]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for task in tasks:
        for unit in task.get("units", []):
            index.setdefault(unit, []).append(task["id"])
    return index
