"""A report of an archive as one self-contained HTML page, each document linked to its own view.

Documents by issuer, year and kind; tasks per canonical unit as lead and as support (a bar chart and a
unit × document matrix); deadlines on a timeline; the failures with their error codes. Charts are inline
SVG drawn from numbers computed here; every string is escaped by the template engine.
"""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from .export import Loaded, load, unit_rows

TOP_ISSUERS = 15
TOP_UNITS = 25
MATRIX_UNITS = 20
BAR_HEIGHT = 18
CHART_WIDTH = 560
LABEL_WIDTH = 220


@dataclass
class Reported:
    documents: int
    failures: int
    views: int


def write_report(inputs: Iterable[str], output: str | os.PathLike, *, views: bool = True, **options) -> Reported:
    """Write the report of `inputs` to `output` and, with `views`, each document's page into the folder
    `<output stem>_views/` beside it (documents read from a JSON or JSONL output are linked to a view
    where the file they were parsed from is still there). `options` are export.load's."""
    from .files import write_atomic
    from .view import view_html

    output = Path(output)
    folder = output.with_name(output.stem + "_views")
    loaded = list(load(inputs, keep_text=views, **options))
    hrefs: dict[int, str] = {}
    if views:
        from .api import DEFAULT_MAX_BYTES, parse_file_with_text
        from .errors import PolicyParseError
        from .models import Document

        for number, item in enumerate(loaded):
            if item.document is None:
                continue
            name = f"{number:05d}.html"
            try:
                if item.text is not None:
                    page = view_html(Document.model_validate(item.document), item.text)
                elif item.record.get("path") and Path(item.record["path"]).is_file():
                    page = view_html(*parse_file_with_text(
                        item.record["path"], keep_script=options.get("keep_script", False), aliases=options.get("aliases"),
                        max_bytes=options.get("max_bytes") or DEFAULT_MAX_BYTES))
                else:
                    continue
            except (PolicyParseError, OSError, ValueError):
                continue          # the report still lists it, without a link
            write_atomic(folder / name, page)
            hrefs[number] = f"{folder.name}/{name}"
    write_atomic(output, report_html(loaded, hrefs))
    return Reported(sum(1 for i in loaded if i.document is not None),
                    sum(1 for i in loaded if i.document is None), len(hrefs))


def report_html(loaded: list[Loaded], hrefs: Optional[dict[int, str]] = None) -> str:
    from .view import environment

    hrefs = hrefs or {}
    documents = [_document_row(n, item, hrefs.get(n)) for n, item in enumerate(loaded) if item.document is not None]
    failures = [{"path": i.record.get("path") or i.record.get("name") or "-",
                 "code": (i.record.get("error") or {}).get("code", "error"),
                 "message": (i.record.get("error") or {}).get("message", "")} for i in loaded if i.document is None]
    units = unit_rows(loaded)
    context = {
        "documents": documents, "failures": failures,
        "task_total": sum(d["tasks"] for d in documents),
        "by_issuer": _bars(Counter(d["issuer"] or "（unknown）" for d in documents).most_common(TOP_ISSUERS)),
        "by_year": _bars(sorted(Counter(d["year"] or "（unknown）" for d in documents).items())),
        "by_kind": _bars(Counter(d["kind"] for d in documents).most_common()),
        "unit_bars": _unit_bars(units[:TOP_UNITS]),
        "matrix": _matrix(units[:MATRIX_UNITS], documents),
        "timeline": _timeline(loaded),
        "unit_count": len(units),
    }
    return environment().get_template("report.html.j2").render(**context)


def _document_row(number: int, item: Loaded, href: Optional[str]) -> dict:
    doc = item.document
    meta = doc.get("meta") or {}
    date = meta.get("date") or meta.get("publish_date")
    return {"number": number, "href": href, "title": meta.get("title") or item.record.get("name") or "-",
            "issuer": meta.get("issuer"), "date": date, "year": date[:4] if date else None,
            "kind": meta.get("kind") or "other", "doc_number": meta.get("doc_number"),
            "tasks": len(doc.get("tasks") or []), "path": item.record.get("path") or "-",
            "key": ((doc.get("source") or {}).get("sha256") or "")[:16]}


def _bars(pairs: list[tuple[str, int]]) -> dict:
    """A horizontal bar chart: one bar per (label, count)."""
    top = max((count for _, count in pairs), default=1) or 1
    bars = [{"label": label, "value": count, "y": i * (BAR_HEIGHT + 4), "width": round(count / top * (CHART_WIDTH - LABEL_WIDTH - 40), 1)}
            for i, (label, count) in enumerate(pairs)]
    return {"bars": bars, "height": len(bars) * (BAR_HEIGHT + 4) + 4, "width": CHART_WIDTH, "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT}


def _unit_bars(units: list[dict]) -> dict:
    """Tasks per unit, stacked: as lead, as support, named without a role."""
    top = max((u["task_count"] for u in units), default=1) or 1
    scale = (CHART_WIDTH - LABEL_WIDTH - 40) / top
    bars = []
    for i, unit in enumerate(units):
        lead, support = unit["lead_count"], unit["support_count"]
        other = unit["task_count"] - lead - support
        label = unit["canonical"] + (f"（{unit['jurisdiction']}）" if unit["jurisdiction"] else "")
        bars.append({"label": label, "y": i * (BAR_HEIGHT + 4), "lead": lead, "support": support, "other": other,
                     "lead_w": round(lead * scale, 1), "support_w": round(support * scale, 1),
                     "other_w": round(max(other, 0) * scale, 1), "total": unit["task_count"]})
    return {"bars": bars, "height": len(bars) * (BAR_HEIGHT + 4) + 4, "width": CHART_WIDTH, "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT}


def _matrix(units: list[dict], documents: list[dict]) -> dict:
    """Units × documents: how many tasks of each document name each unit (documents naming none left out)."""
    by_key = {d["key"]: d for d in documents}
    counts: dict[tuple[int, str], int] = {}
    used: list[str] = []
    for row, unit in enumerate(units):
        for task in {*unit["lead_tasks"], *unit["support_tasks"], *unit["other_tasks"]}:
            key = task.split(":", 1)[0]
            counts[(row, key)] = counts.get((row, key), 0) + 1
            if key not in used and key in by_key:
                used.append(key)
    columns = sorted(used, key=lambda k: by_key[k]["number"])
    rows = [{"label": u["canonical"] + (f"（{u['jurisdiction']}）" if u["jurisdiction"] else ""),
             "cells": [counts.get((r, k), 0) for k in columns]} for r, u in enumerate(units)]
    return {"columns": [by_key[k] for k in columns], "rows": rows}


def _timeline(loaded: list[Loaded]) -> dict:
    """Tasks falling due per month, as bars along a time axis."""
    months: Counter = Counter()
    for item in loaded:
        for task in (item.document or {}).get("tasks") or []:
            date = (task.get("deadline") or {}).get("date")
            if date:
                months[date[:7]] += 1
    if not months:
        return {"bars": [], "width": 0, "height": 0, "total": 0}
    first, last = min(months), max(months)
    keys = []
    year, month = int(first[:4]), int(first[5:7])
    while f"{year:04d}-{month:02d}" <= last and len(keys) < 240:
        keys.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    top = max(months.values())
    step = max(6, min(24, 900 // max(len(keys), 1)))
    height = 140
    bars = [{"month": key, "value": months.get(key, 0), "x": 30 + i * step, "w": max(step - 2, 2),
             "h": round(months.get(key, 0) / top * (height - 40), 1), "tick": key.endswith("-01") or i == 0}
            for i, key in enumerate(keys)]
    return {"bars": bars, "width": 40 + len(keys) * step, "height": height, "base": height - 24,
            "total": sum(months.values())}
