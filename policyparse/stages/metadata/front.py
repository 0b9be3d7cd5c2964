"""Rules on the front matter (版头): 份号 密级 紧急程度 签发人, 主送, the 发文机关标志, the 发文字号."""
from __future__ import annotations

import regex

from ... import patterns as P
from ...state import Block, State
from ...text import clean_title, fold
from .common import LIST_SEPARATOR
from .matter import Matter

SIGNER_BREAK = regex.compile(r"[\s、，,]+")     # between the names after 签发人：
SPACE = regex.compile(r"\s")


def banner(state: State, matter: Matter) -> None:
    """份号, 密级★保密期限, 紧急程度 (alone or together on a line) and 签发人, above the title."""
    head = matter.head
    for block in head[:8]:
        if block.role is not None:
            continue
        signer = P.SIGNER.search(block.fold)
        if signer:
            state.meta["signers"] = [n for n in SIGNER_BREAK.split(block.text[signer.start("names"):]) if n]
            if not block.fold[:signer.start()].strip():
                block.role = "signer"
            continue
        tokens = block.fold.split()
        found = [_banner_token(t) for t in tokens]
        if tokens and all(found):
            block.role = "banner"
            for field, value in (pair for pairs in found for pair in pairs):
                state.meta[field] = value


def _banner_token(token: str) -> list[tuple[str, str]]:
    if P.COPY_NUMBER.match(token):
        return [("copy_number", P.COPY_NUMBER.match(token).group("value"))]
    secrecy = P.SECRECY.match(token)
    if secrecy:
        return [("secrecy", secrecy.group("level"))] + (
            [("secrecy_period", secrecy.group("period").replace(" ", ""))] if secrecy.group("period") else [])
    if P.URGENCY.match(token):
        return [("urgency", token)]
    return []


def recipients(state: State, matter: Matter) -> None:
    head = matter.head
    for block in head:
        if block.role is None and P.RECIPIENT_LINE.match(block.fold) and P.RECIPIENT_HINTS.search(block.fold) \
                and _short_or_a_list(block.fold) and not P.DOC_NUMBER.search(block.fold) \
                and not P.NOT_RECIPIENTS.search(block.fold):
            block.role = "recipients"
            body = block.text.rstrip(":：").strip()
            state.meta["recipients"] = [g.strip() for g in LIST_SEPARATOR.split(body) if g.strip()]
            return


RECIPIENTS_PLAIN_MAX = 200     # characters of a 主送 line; a longer one is a list of many organs (38 部委)
RECIPIENT_NAME_MAX = 20        # …whose names, between its separators, are this long on average at most


def _short_or_a_list(fold: str) -> bool:
    return len(fold) <= RECIPIENTS_PLAIN_MAX or \
        len(fold) <= RECIPIENT_NAME_MAX * (1 + sum(fold.count(ch) for ch in "、，,；;"))


def issuer_mark(state: State, matter: Matter) -> None:
    """发文机关标志: '上海市静安区人民政府文件' above the 发文字号."""
    head = matter.head
    for block in head[:6]:
        if block.role is None and P.ISSUER_MARK.match(block.fold):
            block.role = "issuer_mark"
            state.meta["issuer_mark"] = clean_title(block.text)
            return


ORDER_LINE_MAX = 20      # 广州市人民政府令 on a line of its own, over its 第179号


def doc_number(state: State, matter: Matter) -> None:
    head = matter.head
    above = None
    for block in head:
        order, above = (above if above is not None and above.role is None and len(above.fold) <= ORDER_LINE_MAX
                        and above.fold.endswith("令") else None), block
        text = P.SIGNER.sub("", block.fold).strip("()（） \u3000")     # '国发〔2023〕1号  签发人：李强'
        match = P.DOC_NUMBER.fullmatch(text) or P.ORDER_NUMBER.search(block.fold) or _dated_number(text)
        if match and (block.role is None) and len(text) <= 40:
            block.role = "doc_number"
            set_number(state, match.group(0).strip("()（） "), block)
            return
        if P.DOC_NUMBER_BROKEN.fullmatch(text):
            block.role = "doc_number"
            state.meta["doc_number"] = text
            state.warn("broken_doc_number", f"发文字号 {text!r} is malformed; kept raw", block.span)
            return
        serial = P.SERIAL_LINE.fullmatch(text) if block.role is None else None
        title = state.meta.get("title") or ""
        if serial and order is not None:            # 广州市人民政府令 / 第179号 over the 令's text and title
            block.role, order.role = "doc_number", "issuer_mark"
            set_number(state, f"{order.text.strip()}第{serial.group('serial')}号", block)
            return
        if serial and title.endswith(("令", "公告", "通告")):     # 某省人民政府令 / 第5号: the 令's number
            block.role = "doc_number"
            number = f"第{serial.group('serial')}号"
            set_number(state, f"{title}{number}" if title.endswith("令") else number, block)
            return
    label = SPACE.sub("", fold(state.meta.get("doc_number_label") or ""))
    match = P.DOC_NUMBER.search(label) or P.ORDER_NUMBER.search(label)
    if match:
        set_number(state, match.group(0), None)
        return
    for block in head:                  # an info block copied as text: 发布机构 某办公室 文    号 蔡政办〔2023〕1号
        found = P.LABELLED_NUMBER.search(block.fold) if "号" in block.fold and block.role is None else None
        if found:
            set_number(state, found.group("number"), None)
            return


def _dated_number(text: str):
    """A 发文字号 that shares its line with the date (苏政发〔2009〕1号 2009年1月5日): the number's match, or None."""
    if "号" not in text or "年" not in text:
        return None
    found = P.DOC_NUMBER.match(text)
    rest = text[found.end():].strip() if found else ""
    return found if rest and P.DATE_LINE.match(rest) else None


YEAR_BRACKETS = regex.compile(r"[\[［【(（]((?:19|20)\d\d)[\]］】)）](?=第?\d{1,5}号)")


def set_number(state: State, raw: str, block: Block | None) -> None:
    """The 发文字号, its year in the standard 六角括号 (京政办发[2013]17号 -> 京政办发〔2013〕17号, GB/T 9704)."""
    raw = YEAR_BRACKETS.sub(r"〔\1〕", SPACE.sub("", raw))
    state.meta["doc_number"] = raw
    match = P.DOC_NUMBER.fullmatch(raw)
    if match:
        state.meta["doc_number_parts"] = {
            "agency": match.group("agency"), "year": int(match.group("year") or match.group("year2")),
            "serial": int(match.group("serial"))}
