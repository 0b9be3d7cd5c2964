"""Numbers read from a text, below the stages: always finite, so the JSON stays valid for any reader."""
from __future__ import annotations

import math


def finite(text: str) -> float | None:
    """The number a string of digits spells, or None when it is not one or not finite (a run of 400
    digits would be Infinity, which JSON, jq and JavaScript do not accept)."""
    try:
        value = float(text)
    except (ValueError, OverflowError):
        return None
    return value if math.isfinite(value) else None
