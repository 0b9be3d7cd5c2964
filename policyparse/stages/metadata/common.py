"""What the metadata rules share: where the front and back matter stand, what looks like a title."""
from __future__ import annotations


from ... import patterns as P
from ...headings import is_heading_line
from ...state import Block, State
from ...text import fold


HEAD_BLOCKS = 40        # the front matter is looked for among this many blocks


SIGNATURE_MAX = 40      # a signing organ's name is at most this long


TAIL_BLOCKS = 16        # the back matter (版记, signature at the end) among this many blocks


def head_of(content: list[Block]) -> list[Block]:
    """Blocks before the first body heading: where the front matter stands."""
    head = []
    for block in content[:HEAD_BLOCKS]:
        if is_heading_line(block.fold) and not P.DATE_LINE.match(block.fold):
            break
        head.append(block)
    return head


def is_title_like(block: Block) -> bool:
    text = block.fold
    return (4 <= len(text) <= 150 and text[-1] not in P.TERMINAL_PUNCT and "。" not in text
            and not P.DATE_LINE.match(text) and not P.RECIPIENT_LINE.match(text))


def squash(text: str) -> str:
    return "".join(fold(text).split())


def set_date(state: State, field: str, found, block: Block | None) -> None:
    iso, raw, _span, day_missing = found
    state.meta[field] = iso
    state.meta[f"{field}_raw"] = raw
    if day_missing and block is not None:
        state.warn("date_missing_day", f"date {raw!r} lacks 日; read as {iso}", block.span)
