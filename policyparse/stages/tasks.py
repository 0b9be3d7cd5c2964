"""Stage `tasks`."""
from __future__ import annotations


def tasks(state) -> None:
    return None
