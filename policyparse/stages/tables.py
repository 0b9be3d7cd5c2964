"""Stage `tables`."""
from __future__ import annotations


def tables(state) -> None:
    return None
