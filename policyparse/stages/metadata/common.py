"""What the metadata rules share: where the front and back matter stand, what looks like a title."""
from __future__ import annotations

import regex


from ... import patterns as P
from ...headings import is_heading_line
from ...state import Block, State
from ...text import fold


HEAD_BLOCKS = 40        # the front matter is looked for among this many blocks ...
MENU_ITEM_MAX = 8       # ... not counting a page's menu items (首页, 政务公开, 手机端: this short, no punctuation)


SIGNATURE_MAX = 40      # a signing organ's name is at most this long


TAIL_BLOCKS = 16        # the back matter (版记, signature at the end) among this many blocks


HAN_PAIR = regex.compile(r"\p{Han}{2}")
LIST_SEPARATOR = regex.compile(r"[，,；;]")     # between the groups of 抄送 or 主送


def head_of(content: list[Block]) -> list[Block]:
    """Blocks before the first body heading: where the front matter stands."""
    head, counted = [], 0
    for block in content:
        if is_heading_line(block.fold) and not P.DATE_LINE.match(block.fold):
            break
        head.append(block)
        counted += not _menu_item(block.fold)
        if counted >= HEAD_BLOCKS:
            break
    return head


def _menu_item(fold: str) -> bool:
    """A word of a page's navigation left in the text (首页, 政务服务, 长者助手): it does not use up the head."""
    return len(fold) <= MENU_ITEM_MAX and not any(ch in fold for ch in "。，：:；、")


def is_title_like(block: Block) -> bool:
    text = block.fold
    if text.endswith(("号", "号)", "号）")):
        text = P.TITLE_DOC_NUMBER.sub("", text) or text          # (its 发文字号 after it aside)
    ends = text[-1] not in P.TERMINAL_PUNCT or text[-1] in ")）" and P.TITLE_END.search(text) is not None
    return (4 <= len(text) <= 150 and ends and "。" not in text       # (…实施办法（暂行） is a title)
            and HAN_PAIR.search(text) is not None        # '------' or '| |' is no title
            and not P.DATE_LINE.match(text) and not P.RECIPIENT_LINE.match(text) and not is_doc_number_line(text))


def is_doc_number_line(fold: str) -> bool:
    """A line that is a 发文字号 and nothing more (京人社事业发〔2021〕2号, （第5号）, 国令第707号): never a title."""
    if "号" not in fold[-4:]:
        return False
    text = "".join(fold.split()).strip("()（）|")
    return bool(text) and (P.DOC_NUMBER.fullmatch(text) is not None or P.ORDER_NUMBER.fullmatch(text) is not None)


def squash(text: str) -> str:
    return "".join(fold(text).split())


def set_date(state: State, field: str, found, block: Block | None) -> None:
    iso, raw, _span, day_missing = found
    state.meta[field] = iso
    state.meta[f"{field}_raw"] = raw
    if day_missing and block is not None:
        state.warn("date_missing_day", f"date {raw!r} lacks 日; read as {iso}", block.span)
