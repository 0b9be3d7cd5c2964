"""Stage `tables`: tables of the body, their captions and notes; indicator tables to indicators.

A table comes one row per line ("1 | 指标(家) | 15 |") or flattened one cell per line (a web
page copied as text). Indicator rows are read by shape: a name cell followed by one value per
year column of the header; a preceding text cell is the row's group (a row-spanning cell).
"""
from __future__ import annotations

import regex

from .. import patterns as P
from ..columns import LABEL_MAX, TARGET_VALUE, is_label as _is_label, year_of as _year_of
from ..numbers import finite
from ..state import Block, Node, State
from ..text import fold

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
    for row in indicator_rows(block.cells, int(date[:4]) if date else None, _last_year(caption)):
        row.update(caption=caption, nature=row["nature"] or (nature.group(1) if nature else None),
                   section_id=node.id or None)
        state.indicators.append(row)


def _last_year(caption: str | None) -> str | None:
    """The last year a caption names (2024-2025年…发展指标 -> 2025): the year of a target column that names none."""
    years = list(P.YEAR_IN_HEADER.finditer(fold(caption))) if caption else []
    return years[-1].group("year") if years else None


def _neighbour(blocks: list[Block], j: int, hint) -> str | None:
    if 0 <= j < len(blocks) and blocks[j].kind == "para" and len(blocks[j].fold) <= 60 \
            and hint.search(blocks[j].fold):
        return blocks[j].text
    return None


def indicator_rows(rows: list[list[str]], issued: int | None = None, target_year: str | None = None) -> list[dict]:
    """Indicators of a table; `issued` is the document's year: a year column before it holds the base
    figures (2020年 in a plan of 2021), not targets. `target_year` is the year a target column without
    one (目标值) stands for: the last year of the table's caption (2024-2025年…指标). A table flattened one
    cell a line is first cut into rows by its header (_stream_rows). A table none of whose rows has a
    figure for a target year is no indicator table."""
    if all(len(r) <= 1 for r in rows):
        rows = _stream_rows([c for row in rows for c in row], issued, target_year)
    while rows and len(rows) > 1 and _is_caption_row(rows[0]):
        target_year = target_year or _last_year(rows[0][0])
        rows = rows[1:]                             # the table's caption in its first row
    columns, first_data = _columns(rows, issued, target_year) if rows else (None, 0)
    if columns is None:
        return []
    out, group = [], None
    for row in rows[first_data:]:
        if len(row) == 1 < len(rows[0]):            # a flattened table's lone cell: its group's row, or a note
            if _is_name(fold(row[0]).strip()) and not P.INDICATOR_NATURE.fullmatch(row[0].strip()):
                group = row[0].strip()
            continue
        found = _column_row(row, columns, group)
        if isinstance(found, str):
            group = found                   # a row that only names its group (一、经济发展)
        elif found is not None:
            out.append(found)
            group = found.pop("group_cell") or group    # a group cell spans the rows below it that leave it empty
    for found in out:
        found["group"] = _group_name(found["group"])
    return out if any(found["targets"] for found in out) else []


HEADER_ROWS_MAX = 3
NAME_LABEL = regex.compile(r"指标|名称|项目|内容")
UNIT_LABEL = regex.compile(r"^(?:计量)?单位$")
GROUP_LABEL = regex.compile(r"类别|领域|分类|维度|方面|板块")
NATURE_LABEL = regex.compile(r"属性|性质|类型")
BASE_LABEL = regex.compile(r"基期|基准|基数|现状|现值|完成|实际")
TARGET_LABEL = regex.compile(r"目标|预期|规划|计划")
INDEX_LABEL = regex.compile(r"^(?:序号|编号|No\.?)$")
NO_FIGURE = regex.compile(r"^[-—–―─/／…·\s]*$|^[无一]$")     # an empty cell, or one that says there is no figure


def _columns(rows: list[list[str]], issued: int | None = None,
             target_year: str | None = None) -> tuple[dict | None, int]:
    """The column roles of an indicator table from its header rows (up to three; a label spanning
    columns, 目标值 over 2023年 | 2025年, reaches every column below it), and the first data row."""
    width = max(len(r) for r in rows)
    labels = [""] * width
    for h, row in enumerate(rows[:HEADER_ROWS_MAX]):
        if h and not _is_header_row(row):
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
    unyeared = [c for c in range(width) if c not in years and TARGET_LABEL.search(labels[c])
                and not NAME_LABEL.search(labels[c]) and not NATURE_LABEL.search(labels[c])]
    if target_year and len(unyeared) == 1 and target_year not in years.values():
        years[unyeared[0]] = target_year                # 目标值 under a caption that names the year
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
        elif INDEX_LABEL.match(label):
            roles.setdefault("index", c)
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
        roles["name"] = next((c for c in range(width) if c not in years and c not in roles.values()), None)
    return (roles if roles["name"] is not None else None), h


def _is_caption_row(row: list[str]) -> bool:
    """A row of one text, longer than a label (in every cell a colspan reached): a caption."""
    texts = {c.strip() for c in row if c.strip()}
    return len(texts) == 1 and len(next(iter(texts))) > LABEL_MAX


def _is_header_row(row: list[str]) -> bool:
    """A row below the first is the header's while it holds no figure and either labels only or a year
    label (省（市） | 1996年 | 1997年 under 分年度招生任务)."""
    cells = [c for c in (fold(c).strip() for c in row) if c]
    labels = [_is_label(c) for c in cells]
    if any(TARGET_VALUE.match(c) and not label for c, label in zip(cells, labels)):
        return False
    return all(labels) or any(label and _year_of(c) for c, label in zip(cells, labels))


def _column_row(row: list[str], roles: dict, group: str | None):
    """One data row read by the columns' roles: an indicator (a dict; `group_cell` is the row's own group
    cell), the name of a group (a row that only names one), or None. A target may be a figure or a few
    words (保持在合理区间); a row with neither is no indicator."""
    def cell(c):
        return row[c].strip() if c is not None and c < len(row) else ""

    name = cell(roles["name"])
    if not _is_name(fold(name)):
        return None
    raw = {year: cell(c) for c, year in roles["years"].items()}
    targets = {year: v for year, v in ((y, _number(text)) for y, text in raw.items()) if v is not None}
    if not targets:
        texts = [c for c in row if c.strip()]
        if len(set(texts)) == 1:
            return name                 # a group's own row
        if not any(TARGET_VALUE.match(fold(t).strip()) or len(t) <= TEXT_TARGET_MAX and not NO_FIGURE.match(t)
                   for t in raw.values()):
            return None
    name = ROW_NUMBER.sub("", name) or name         # 1.学前教育毛入园率(%): the row's number is no part of the name
    unit_match = P.INDICATOR_UNIT_RE.search(name)
    unit = cell(roles.get("unit")) or (unit_match.group("unit").strip() if unit_match else None)
    if unit_match:
        name = name[:unit_match.start()].strip()
    if unit is None and all(v.endswith(("%", "％")) for v in raw.values() if v):
        unit = "%"
    base = {year: v for year, v in ((y, _number(cell(c))) for c, y in roles["base"].items()) if v is not None}
    nature = P.INDICATOR_NATURE.search(cell(roles.get("nature")))
    group_cell = cell(roles.get("group"))
    return {"name": name, "unit": unit if unit and not NO_FIGURE.match(unit) else None, "targets": targets,
            "base": base, "values": {y: t for y, t in raw.items() if t},
            "nature": nature.group(1) if nature else None, "group": group_cell or group, "group_cell": group_cell}


ROW_NUMBER = regex.compile(r"^\d{1,3}\s*[.、．]\s*(?=\p{Han})")
TEXT_TARGET_MAX = 20        # characters of a target said in words (保持在合理区间, 与经济增长基本同步)

FIRST_NUMBER = regex.compile(r"[-+]?\d+(?:\.\d+)?")


def _number(text: str) -> float | None:
    """The figure of a target cell (its first number: the low end of a range), or None."""
    text = fold(text).strip()
    if not TARGET_VALUE.match(text):
        return None
    found = FIRST_NUMBER.search(text.lstrip("[［(（>≥<≤＞＜ "))
    return finite(found.group(0)) if found else None


def _stream_rows(cells: list[str], issued: int | None, target_year: str | None) -> list[list[str]] | None:
    """A table flattened one cell a line, cut into rows: the header runs to its last year label before
    the first figure and over the labels right after it (属性), from the first cell after any longer
    than a label (a caption); each row then is as wide as the header,
    or one or two cells narrower where it leaves out its index or its group (a group spanning rows, an
    unnumbered row). A cell that starts no such row stands alone (a group's own row, a note)."""
    folded = [fold(c).strip() for c in cells]
    first = next((k for k, c in enumerate(folded) if TARGET_VALUE.match(c) and not _is_label(c)), len(cells))
    years = [k for k in range(first) if _year_of(folded[k]) and _is_label(folded[k])]
    if not years:
        return None
    end = years[-1] + 1
    while end < first and _is_label(folded[end]):
        end += 1
    start = next((k + 1 for k in range(years[0] - 1, -1, -1) if len(folded[k]) > LABEL_MAX), 0)
    header = _joined_labels([c.strip() for c in cells[start:end]])   # (a caption in the first cell is left out)
    roles, _ = _columns([header], issued, target_year)
    if roles is None:
        return None
    rows, k, number = [header], end, 1
    while k < len(cells):
        row, used = _stream_row(folded, k, len(header), roles, str(number))
        if row is None:
            rows.append([cells[k].strip()])
        else:
            rows.append([cells[k + j].strip() if j >= 0 else "" for j in row])
            index = roles.get("index")
            if index is not None and row[index] >= 0 and folded[k + row[index]]:
                number = int(folded[k + row[index]]) + 1
        k += used
    return rows


def _joined_labels(cells: list[str]) -> list[str]:
    """A flattened header's labels, each wrapped over two cells joined: a bare year and what it holds (2015 / 基期值,
    2020 / 目标值), a label and its bracket (年均增速 / 〔累计〕, 责任股室 / (单位))."""
    out: list[str] = []
    for cell in cells:
        folded = fold(cell).strip()
        bare_year = out and P.YEAR_HEADER.fullmatch(fold(out[-1]).strip()) and not _year_of(folded) \
            and (BASE_LABEL.search(folded) or TARGET_LABEL.search(folded))
        if out and (bare_year or folded[:1] in "(（〔[【"):
            out[-1] += cell
        else:
            out.append(cell)
    return out


def _stream_row(folded: list[str], k: int, width: int, roles: dict, number: str) -> tuple[list[int] | None, int]:
    """The row that starts at cell k as offsets into the cells (-1 for a cell the row leaves out) and the
    number of cells it takes; (None, 1) where no row starts there. `number` is the index the next
    numbered row must carry."""
    optional = [c for c in (roles.get("index"), roles.get("group")) if c is not None]
    choices = [(), *((c,) for c in optional)] + ([tuple(optional)] if len(optional) == 2 else [])
    for left_out in choices:
        used = width - len(left_out)
        if k + used > len(folded):
            continue
        offsets, j = [], 0
        for c in range(width):
            if c in left_out:
                offsets.append(-1)
            else:
                offsets.append(j)
                j += 1
        if _fits([folded[k + j] if j >= 0 else "" for j in offsets], roles, number):
            return offsets, used
    return None, 1


def _fits(row: list[str], roles: dict, number: str) -> bool:
    """Whether folded cells make a data row under the header's roles: a name; in the index column the
    next number or nothing; a group name or nothing in the group's; a short unit; a nature; under every
    year a figure or none, one at least. A row that carries its number may say a target in words (显著提升):
    the number keeps the rows in step."""
    def cell(role):
        c = roles.get(role)
        return row[c] if c is not None else ""

    index, group, unit, nature = cell("index"), cell("group"), cell("unit"), cell("nature")
    if not (_is_name(row[roles["name"]]) and (not index or index in (number, "1")) and (not group or _is_name(group))
            and len(unit) <= 8 and not TARGET_VALUE.match(unit)
            and (NO_FIGURE.match(nature) is not None or P.INDICATOR_NATURE.search(nature) is not None)):
        return False
    figures = [row[c] for c in (*roles["years"], *roles["base"])]
    words = bool(index)
    return any(TARGET_VALUE.match(v) for v in figures) and all(
        TARGET_VALUE.match(v) or NO_FIGURE.match(v) or (words and len(v) <= TEXT_TARGET_MAX) for v in figures)


def _is_name(cell: str) -> bool:
    return bool(cell) and not TARGET_VALUE.match(cell) and bool(regex.search(r"\p{Han}", cell))


def _group_name(group: str | None) -> str | None:
    if not group:
        return None
    return regex.sub(r"^其中\s*[:：]\s*", "", group).strip() or None
