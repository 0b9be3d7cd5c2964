"""Stage `goals`."""
from __future__ import annotations


def goals(state) -> None:
    return None
