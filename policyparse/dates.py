"""Dates in the forms official documents print them, to ISO 8601."""
from __future__ import annotations

import datetime as dt
import functools

from .patterns import DATE_PATTERNS

CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
CN_DIGIT.update({"零": 0, "○": 0, "Ｏ": 0, "两": 2})


@functools.lru_cache(maxsize=1024)     # marker numbers and date parts: a small set, asked again and again
def cn_int(text: str) -> int | None:
    """'十二' -> 12, '二〇一九' -> 2019 (digit by digit), '35' -> 35; None if not a number."""
    if text.isdigit():
        return int(text)
    if text and all(ch in CN_DIGIT for ch in text) and len(text) >= 3:
        return int("".join(str(CN_DIGIT[ch]) for ch in text))
    total, current = 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            current = CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "千":
            total += (current or 1) * 1000
            current = 0
        else:
            return None
    return total + current


def find_date(text: str):
    """First date in `text`: (iso, raw, (start, end), day_missing) or None."""
    best = None
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if match and (best is None or match.start() < best.start()):
            best = match
    if best is None:
        return None
    y, m, d = (cn_int(best.group(k)) for k in ("y", "m", "d"))
    try:
        iso = dt.date(y, m, d).isoformat()
    except (TypeError, ValueError):
        return None
    raw = best.group(0)
    return iso, raw, best.span(), "日" not in raw and "年" in raw
