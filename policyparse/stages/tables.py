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
from ..text import fold

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
    date = state.meta.get("date")
    for row in indicator_rows(block.cells, int(date[:4]) if date else None):
        row.update(caption=caption, nature=row["nature"] or (nature.group(1) if nature else None),
                   section_id=node.id or None)
        state.indicators.append(row)


def _neighbour(blocks: list[Block], j: int, hint) -> str | None:
    if 0 <= j < len(blocks) and blocks[j].kind == "para" and len(blocks[j].fold) <= 60 \
            and hint.search(blocks[j].fold):
        return blocks[j].text
    return None


def indicator_rows(rows: list[list[str]], issued: int | None = None) -> list[dict]:
    """Indicators of a table; `issued` is the document's year: a year column before it holds the base
    figures (2020年 in a plan of 2021), not targets."""
    cells = [c for row in rows for c in row] if all(len(r) <= 1 for r in rows) else None
    if cells is not None:
        return _rows_from_cells(cells, issued=issued)
    columns, first_data = _columns(rows, issued)
    if columns is None:
        return []
    out, group = [], None
    for row in rows[first_data:]:
        found = _column_row(row, columns, group)
        if isinstance(found, str):
            group = found                   # a row that only names its group (一、经济发展)
        elif found is not None:
            out.append(found)
    return out


HEADER_ROWS_MAX = 3
NAME_LABEL = regex.compile(r"指标|名称|项目|内容")
UNIT_LABEL = regex.compile(r"^(?:计量)?单位$")
GROUP_LABEL = regex.compile(r"类别|领域|分类|维度|方面|板块")
NATURE_LABEL = regex.compile(r"属性|性质|类型")
BASE_LABEL = regex.compile(r"基期|基准|基数|现状|现值|完成|实际")
TARGET_LABEL = regex.compile(r"目标|预期|规划|计划")
INDEX_LABEL = regex.compile(r"^(?:序号|编号|No\.?)$")


def _columns(rows: list[list[str]], issued: int | None = None) -> tuple[dict | None, int]:
    """The column roles of an indicator table from its header rows (up to three; a label spanning
    columns, 目标值 over 2023年 | 2025年, reaches every column below it), and the first data row."""
    width = max(len(r) for r in rows)
    labels = [""] * width
    for h, row in enumerate(rows[:HEADER_ROWS_MAX]):
        if h and _is_data(row):
            break
        last = ""
        for c in range(width):
            cell = fold(row[c]).strip() if c < len(row) else ""
            cell = cell or last                         # a cell a colspan left empty: the label to its left
            last = cell
            if cell and cell not in labels[c]:
                labels[c] = f"{labels[c]} {cell}".strip()
    else:
        h = min(len(rows), HEADER_ROWS_MAX)
    years = {c: y for c, y in ((c, _year_of(labels[c])) for c in range(width)) if y}
    if not years:
        return None, 0
    roles: dict = {"years": {}, "base": {}}
    # with targets labelled (目标值 over 2025年), a year column without that label is the base (2020年)
    labelled = any(TARGET_LABEL.search(labels[c]) for c in years)
    for c, label in enumerate(labels):
        if c in years:
            base = BASE_LABEL.search(label) or (labelled and not TARGET_LABEL.search(label)) \
                or (issued is not None and int(years[c]) < issued and not TARGET_LABEL.search(label))
            (roles["base"] if base else roles["years"])[c] = years[c]
        elif UNIT_LABEL.match(label):
            roles.setdefault("unit", c)
        elif NATURE_LABEL.search(label):
            roles.setdefault("nature", c)
        elif GROUP_LABEL.search(label) and not NAME_LABEL.search(label):
            roles.setdefault("group", c)
        elif NAME_LABEL.search(label):
            roles.setdefault("name", c)
    if not roles["years"]:
        return None, 0
    if "name" not in roles:             # the first column of text that is not an index, a group or a year
        roles["name"] = next((c for c in range(width) if c not in years and c not in roles.values()
                              and not INDEX_LABEL.match(labels[c])), None)
    return (roles if roles["name"] is not None else None), h


def _year_of(label: str) -> str | None:
    found = P.YEAR_IN_HEADER.search(label)
    return found.group("year") if found else None


def _is_data(row: list[str]) -> bool:
    return sum(1 for c in row if TARGET_VALUE.match(fold(c).strip())) >= 2


def _column_row(row: list[str], roles: dict, group: str | None):
    def cell(c):
        return row[c].strip() if c is not None and c < len(row) else ""

    name = cell(roles["name"])
    if not _is_name(name):
        return None
    raw = {year: cell(c) for c, year in roles["years"].items()}
    targets = {year: v for year, v in ((y, _number(text)) for y, text in raw.items()) if v is not None}
    if not targets and not any(TARGET_VALUE.match(fold(t).strip()) for t in raw.values()):
        texts = [c for c in row if c.strip()]
        return name if len(set(texts)) == 1 else None           # a group's own row
    unit_match = P.INDICATOR_UNIT_RE.search(name)
    unit = cell(roles.get("unit")) or (unit_match.group("unit").strip() if unit_match else None)
    if unit_match:
        name = name[:unit_match.start()].strip()
    if unit is None and all(v.endswith(("%", "％")) for v in raw.values() if v):
        unit = "%"
    base = {year: v for year, v in ((y, _number(cell(c))) for c, y in roles["base"].items()) if v is not None}
    nature = P.INDICATOR_NATURE.search(cell(roles.get("nature")))
    return {"name": name, "unit": unit or None, "targets": targets, "base": base,
            "values": {y: t for y, t in raw.items() if t}, "nature": nature.group(1) if nature else None,
            "group": _group_name(cell(roles.get("group")) or group)}


# A target cell: 7, 6.5%, ≥2.5, >95, 7左右, 5-6, [13.5] (a cumulative figure), 6.5以上.
TARGET_VALUE = regex.compile(
    r"^[\[［(（]?[ ]{0,3}[>≥<≤＞＜]?[ ]{0,3}[-+]?\d{1,400}+(?:\.\d{1,20})?[ ]{0,3}(?:[%％‰]|左右|以上|以内|以下)?"
    r"(?:[ ]{0,3}[-—~～至][ ]{0,3}\d{1,20}(?:\.\d{1,20})?[ ]{0,3}[%％‰]?)?[ ]{0,3}[\]］)）]?[ ]{0,3}(?:左右|以上|以内|以下)?$")
FIRST_NUMBER = regex.compile(r"[-+]?\d+(?:\.\d+)?")


def _number(text: str) -> float | None:
    """The figure of a target cell (its first number: the low end of a range), or None."""
    text = fold(text).strip()
    if not TARGET_VALUE.match(text):
        return None
    found = FIRST_NUMBER.search(text.lstrip("[［(（>≥<≤＞＜ "))
    return finite(found.group(0)) if found else None


def _years(header: list[str]) -> tuple[list[str], list[str]]:
    years = []
    for cell in header:
        match = P.YEAR_HEADER.match(cell.strip())
        if match:
            years.append(match.group("year"))
    return header, years


def _rows_from_cells(cells: list[str], years: list[str] | None = None, issued: int | None = None) -> list[dict]:
    """Scan a cell stream: rows cut at their index cells when they are as wide as the header (序号 |
    指标 | 单位 | 2020年 | 2025年 | 属性), else a name followed by len(years) values is one indicator."""
    if years is None:
        rows = _rows_by_index(cells)
        if rows is not None:
            return indicator_rows(rows, issued)
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
            out.append(_indicator(cell, years, values, group, issued))
            k += 1 + len(years)
            continue
        if _is_name(cell):
            group = cell
        k += 1
    return out


def _rows_by_index(cells: list[str]) -> list[list[str]] | None:
    """A flattened table whose header starts with 序号 and whose rows start with 1, 2, 3 …: its rows,
    when every row is as wide as the header; else None (rows of groups or merged cells: the scan reads them)."""
    cells = [c.strip() for c in cells]
    first = next((k for k, c in enumerate(cells) if c == "1"), None)
    if first is None or first < 3 or not INDEX_LABEL.match(fold(cells[0])):
        return None
    header, rows, row = cells[:first], [], []
    expected = 1
    for cell in cells[first:]:
        if cell == str(expected) and (not row or len(row) >= len(header) - 1):
            if row:
                rows.append(row)
            row, expected = [cell], expected + 1
        else:
            row.append(cell)
    rows.append(row)
    return [header] + rows if all(len(r) == len(header) for r in rows) else None


def _is_name(cell: str) -> bool:
    return bool(cell) and not VALUE.match(cell) and bool(regex.search(r"\p{Han}", cell))


def _indicator(cell: str, years: list[str], values: list[str], group: str | None, issued: int | None = None) -> dict:
    unit_match = P.INDICATOR_UNIT_RE.search(cell)
    name = cell[:unit_match.start()].strip() if unit_match else cell
    unit = unit_match.group("unit").strip() if unit_match else None
    if unit is None and all(v.endswith(("%", "％")) for v in values):
        unit = "%"
    targets, base = {}, {}
    for year, value in zip(years, values):
        number = _number(value)
        if number is not None:
            (base if issued is not None and int(year) < issued else targets)[year] = number
    return {"name": name, "unit": unit, "targets": targets, "base": base, "values": dict(zip(years, values)),
            "nature": None, "group": _group_name(group)}


def _group_name(group: str | None) -> str | None:
    if not group:
        return None
    return regex.sub(r"^其中\s*[:：]\s*", "", group).strip() or None
