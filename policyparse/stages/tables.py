"""Stage `tables`: tables of the body, their captions and notes; indicator tables to indicators.

A table comes one row per line ("1 | 指标(家) | 15 |") or flattened one cell per line (a web
page copied as text). Indicator rows are read by shape: a name cell followed by one value per
year column of the header; a preceding text cell is the row's group (a row-spanning cell).
"""
from __future__ import annotations

import regex

from .. import patterns as P
from ..numbers import finite
from ..state import Block, Node, State

VALUE = regex.compile(r"^[-+]?\d+(?:\.\d+)?\s*(?:%|％)?$|^[>≥<≤]\s*\d+(?:\.\d+)?\s*%?$")
INDEX = regex.compile(r"^\d{1,3}$")
CAPTION_HINT = regex.compile(r"指标|目标|表$|一览|清单")


def tables(state: State) -> None:
    for node in state.sections():
        for i, block in enumerate(node.blocks):
            if block.kind == "table":
                _table(state, node, node.blocks, i)


def _table(state: State, node: Node, blocks: list[Block], i: int) -> None:
    block = blocks[i]
    caption = _neighbour(blocks, i - 1, CAPTION_HINT)
    note = _neighbour(blocks, i + 1, regex.compile(r"^[(（].*[)）]$|^注[:：]|^备注"))
    state.tables.append({"section_id": node.id or None, "caption": caption, "rows": block.cells,
                         "note": note, "span": block.span})
    nature = P.INDICATOR_NATURE.search(note or "") or P.INDICATOR_NATURE.search(caption or "")
    for row in indicator_rows(block.cells):
        row.update(caption=caption, nature=nature.group(1) if nature else None, section_id=node.id or None)
        state.indicators.append(row)


def _neighbour(blocks: list[Block], j: int, hint) -> str | None:
    if 0 <= j < len(blocks) and blocks[j].kind == "para" and len(blocks[j].fold) <= 60 \
            and hint.search(blocks[j].fold):
        return blocks[j].text
    return None


def indicator_rows(rows: list[list[str]]) -> list[dict]:
    cells = [c for row in rows for c in row] if all(len(r) <= 1 for r in rows) else None
    if cells is not None:
        return _rows_from_cells(cells)
    header, years = _years(rows[0]) if rows else (None, [])
    out = []
    if not years:
        return out
    for row in rows[1:]:
        out += _rows_from_cells(row, years)
    return out


def _years(header: list[str]) -> tuple[list[str], list[str]]:
    years = []
    for cell in header:
        match = P.YEAR_HEADER.match(cell.strip())
        if match:
            years.append(match.group("year"))
    return header, years


def _rows_from_cells(cells: list[str], years: list[str] | None = None) -> list[dict]:
    """Scan a cell stream: a name followed by len(years) values is one indicator."""
    if years is None:
        head = []
        for cell in cells:
            if INDEX.match(cell.strip()) and head and _years(head)[1]:
                break
            head.append(cell)
        years = _years(head)[1]
        cells = cells[len(head):]
    if not years:
        return []
    out, group, k = [], None, 0
    while k < len(cells):
        cell = cells[k].strip()
        values = [c.strip() for c in cells[k + 1:k + 1 + len(years)]]
        if _is_name(cell) and len(values) == len(years) and all(VALUE.match(v) for v in values):
            out.append(_indicator(cell, years, values, group))
            k += 1 + len(years)
            continue
        if _is_name(cell):
            group = cell
        k += 1
    return out


def _is_name(cell: str) -> bool:
    return bool(cell) and not VALUE.match(cell) and bool(regex.search(r"\p{Han}", cell))


def _indicator(cell: str, years: list[str], values: list[str], group: str | None) -> dict:
    unit_match = P.INDICATOR_UNIT_RE.search(cell)
    name = cell[:unit_match.start()].strip() if unit_match else cell
    unit = unit_match.group("unit").strip() if unit_match else None
    if unit is None and all(v.endswith(("%", "％")) for v in values):
        unit = "%"
    targets = {}
    for year, value in zip(years, values):
        number = finite(regex.sub(r"[^\d.+-]", "", value))
        if number is not None:
            targets[year] = number
    return {"name": name, "unit": unit, "targets": targets, "group": _group_name(group)}


def _group_name(group: str | None) -> str | None:
    if not group:
        return None
    return regex.sub(r"^其中\s*[:：]\s*", "", group).strip() or None
