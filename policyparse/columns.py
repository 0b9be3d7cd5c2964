"""The columns of a task-division table (任务分工表): which header cell says the task, its units, its time limit.

One place decides it for segment (which finds a table written with spaces between its cells) and tasks (which
reads every table's rows)."""
from __future__ import annotations

from . import patterns as P
from .text import fold


def column_roles(row: list[str]) -> dict[int, str]:
    """The role of each header cell that names one (patterns.TASK_TABLE_COLUMNS)."""
    found = {}
    for i, cell in enumerate(row):
        name = fold(cell).replace(" ", "")
        role = next((r for r, pattern in P.TASK_TABLE_COLUMNS if pattern.match(name)), None)
        if role:
            found[i] = role
    return found


def task_columns(row: list[str]) -> dict[str, int]:
    """Column roles of a header row (the first column of each role), or {} when the row is not the
    header of a task table: it names a task column and a unit column."""
    found: dict[str, int] = {}
    for i, role in column_roles(row).items():
        found.setdefault(role, i)
    has_units = any(r in found for r in ("lead", "support", "units"))
    return found if "task" in found and has_units else {}
