"""Stage `tasks`: the actionable items of the body, with their responsible units and deadlines.

A task is a leaf item of the outline in an action section (not under 总体要求, 主要目标 … see
patterns.NON_TASK_SECTIONS), or an unnumbered paragraph that carries a unit list. Articles of a law
yield a task only where they assign work to named units in a unit list.
"""
from __future__ import annotations

import calendar

from .. import patterns as P
from ..state import Node, State
from .normalize import fold
from .units import combine, find_unit_lists, parse_group, split_units


def tasks(state: State) -> None:
    is_law = state.meta.get("kind") == "law"
    # A cover that transmits an enclosed document (印发/转发/批转) holds no tasks of its own; a document
    # that merely has attachments (附件: tables, forms) keeps its tasks in its main text.
    transmits = bool(state.meta.get("relation") or state.meta.get("attached_title"))
    out: list[dict] = []
    for root in state.roots:
        if root.kind == "cover" and transmits:
            continue
        for node in root.walk():
            if _excluded(node):
                continue
            table_tasks = [t for b in node.blocks if b.kind == "table" for t in _table_tasks(node, b)]
            if table_tasks:             # the item's own text counts too when it names its units
                own = _task(state, node, node.text or node.title or "", node.fold if node.text else None) \
                    if node.marker is not None and not node.children else None
                out += ([own] if own and own["units"] else []) + table_tasks
            elif node.marker is not None and not node.children:
                task = _task(state, node, node.text or node.title or "", node.fold if node.text else None)
                if task and (not is_law or task["units"]):
                    out.append(task)
            elif node.text_parts:
                out += _paragraph_tasks(state, node)
    for n, task in enumerate(out, 1):
        task["id"] = f"t{n}"
    state.tasks = out


def _excluded(node: Node) -> bool:
    while node is not None:
        if node.title and P.NON_TASK_SECTIONS.search(node.title):
            return True
        node = node.parent
    return False


def _task(state: State, node: Node, text: str, folded: str | None = None) -> dict | None:
    """A task from a text; `folded` is the same text width-folded when the caller has it."""
    text = text.strip()
    if not text:
        return None
    folded = folded.strip() if folded is not None else None
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    lists = _unit_lists(state, folded)
    units, lead, support, ambiguous = combine(lists)
    for found in lists:
        if found.unclosed:
            state.warn("unclosed_unit_bracket", f"unit list in {node.id} has no closing bracket", node.span)
    if ambiguous:
        state.warn("unit_roles_ambiguous", f"lead/support differ between the unit lists of {node.id}", node.span)
    return {
        "section_id": node.id if node.marker is not None else (node.id or None),
        "section_path": node.path_titles(),
        "title": node.title if node.marker is not None else None,
        "text": text,
        "units": _original(text, folded, units), "lead_units": _original(text, folded, lead),
        "support_units": _original(text, folded, support),
        "deadline": deadline(text, folded),
        "span": node.span,
    }


def _unit_lists(state: State, folded: str):
    """The unit lists of a text; in a law, only lists of their own (a law's 由主管机关会同…定之 names
    who makes a rule, not who does a task)."""
    lists = find_unit_lists(folded)
    if state.meta.get("kind") == "law":
        lists = [found for found in lists if not found.prose]
    return lists


def _original(text: str, folded: str, names: list[str]) -> list[str]:
    """Unit names were found in folded text; give them back as the text writes them."""
    out = []
    for name in names:
        at = folded.find(name)
        out.append(text[at:at + len(name)] if at >= 0 else name)
    return out


def _paragraph_tasks(state: State, node: Node) -> list[dict]:
    """Paragraphs of an inner section (or of an unnumbered one) that carry a unit list."""
    found = []
    for block in node.blocks:
        if block.kind != "para" or block.role or block is node.heading_block:
            continue
        if not _unit_lists(state, block.fold):
            continue
        task = _task(state, node, block.text, block.fold)
        if task:
            task["span"] = block.span
            task["title"] = None
            found.append(task)
    return found


def _table_tasks(node: Node, block) -> list[dict]:
    """A task-division table: one task per row, units from its 牵头/配合/责任单位 columns."""
    rows = block.cells or []
    header_at = next((i for i, row in enumerate(rows[:3]) if _columns(row)), None)
    if header_at is None:
        return []
    columns = _columns(rows[header_at])
    out = []
    for r, row in enumerate(rows[header_at + 1:], header_at + 1):
        cell = {role: row[i].strip() for role, i in columns.items() if i < len(row)}
        text = cell.get("task", "")
        if not text or _columns(row):
            continue
        lead, support, units = _column_units(cell)
        limit = cell.get("deadline", "")
        out.append({
            "section_id": node.id or None, "section_path": node.path_titles(), "title": None, "text": text,
            "units": units, "lead_units": lead, "support_units": support,
            "deadline": _deadline_cell(limit) if limit else None,
            "span": (block.lines[r].start, block.lines[r].end) if r < len(block.lines) else block.span,
        })
    return out


def _deadline_cell(text: str) -> dict:
    """A 完成时限 cell is a deadline as a whole: '2024年12月' is the month's end; '长期坚持' stays raw."""
    found = deadline(text)
    if found and found["date"]:
        return found
    period = P.YEAR_MONTH.search(fold(text))
    if period:
        end = deadline(f"{period.group('year')}年{period.group('month') or 12}月底前") or {"date": None}
        return {"raw": text, "date": end["date"]}
    return {"raw": text, "date": None}


def _columns(row: list[str]) -> dict[str, int]:
    """Column roles of a header row, or {} when the row is not the header of a task table."""
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        name = fold(cell).replace(" ", "")
        role = next((r for r, pattern in P.TASK_TABLE_COLUMNS if pattern.match(name)), None)
        if role and role not in found:
            found[role] = i
    has_units = any(r in found for r in ("lead", "support", "units"))
    return found if "task" in found and has_units else {}


def _column_units(cell: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(lead, support, all units) from the unit columns; a 责任单位 cell may itself say who leads."""
    lead, support, plain = [], [], []
    for role, bucket in (("lead", lead), ("support", support), ("units", plain)):
        if not cell.get(role):
            continue
        parsed = parse_group(cell[role])
        if parsed is not None and (parsed.lead or parsed.support):    # '市城管委牵头，市水务局配合'
            lead += parsed.lead
            support += parsed.support
            plain += parsed.units
        else:
            bucket += split_units(cell[role])
    units = list(dict.fromkeys(lead + support + plain))
    return lead, [u for u in support if u not in lead], units


def deadline(text: str, folded: str | None = None) -> dict | None:
    match = P.DEADLINE_RE.search(folded if folded is not None else fold(text))
    if not match:
        return None
    raw = match.group(0)
    year = next((match.group(k) for k in ("y1", "y2", "y3", "y4") if match.group(k)), None)
    month = next((match.group(k) for k in ("m1", "m2", "m3") if match.group(k)), None)
    day = match.group("d2")
    iso = None
    if year:
        m = int(month) if month else 12
        if 1 <= m <= 12:
            d = int(day) if day else calendar.monthrange(int(year), m)[1]
            if 1 <= d <= calendar.monthrange(int(year), m)[1]:
                iso = f"{int(year):04d}-{m:02d}-{d:02d}"
    return {"raw": raw, "date": iso}
