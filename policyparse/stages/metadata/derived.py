"""Rules that derive fields from the others: 文种, relation, attached title, kind, issuer from a 令 or the
title, the page's fields against the text, references, and the spans of every field."""
from __future__ import annotations

import calendar

import regex

from ... import patterns as P
from ...dates import find_date
from ...state import Block, State
from ...text import clean_title, fold, simplified, without_label
from .common import SIGNATURE_MAX, squash
from .front import set_number
from .matter import Matter

BRACKETED = regex.compile(r"《(.+)》")                   # the enclosed title a 印发 title names in 《》
DECREE_TITLE = regex.compile(r"^(?P<organ>.{2,40}?)(?:令|公告|通告)$")     # 某市人民政府公告
CO_ISSUER_BREAK = regex.compile(r"[、，,；;:：\s]+")      # between the organs of a 联合发文单位 field
NAMED_TITLE = regex.compile(r"《((?:[^《》]|《[^《》]*》){4,80})》")    # 《X》 of a 印发/转发/批转 title
ANGLE_BRACKETS = regex.compile(r"[〈〉<>]")


def derived(state: State, matter: Matter) -> None:
    meta = state.meta
    written = title = meta.get("title") or ""
    if state.keep_script and state.script == "traditional":
        title = simplified(title)       # read as the simplified text is (條例 is a 条例), kept as written

    def as_written(start: int, end: int) -> str:
        return written[start:end] if len(written) == len(title) else title[start:end]

    category = CATEGORY_PREFIX.match(title)
    if category:                        # 政策动态 | 关于…, 某区奖励政策：关于…: the site's column, not the title's organ
        meta["title"] = as_written(category.end(), len(title)).strip()
        written, title = written[category.end():], title[category.end():]
    leading = P.LEADING_DOC_NUMBER.match(title)
    if leading:                         # 武公中规〔2026〕2号武汉…关于…的通知: the number, then the title
        meta["title"] = as_written(leading.end(), len(title)).strip()
        written, title = written[leading.end():].strip(), title[leading.end():].strip()
        if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
            meta["title"] = meta["title"][1:-1]         # 京政办发〔2016〕26号《…的通知》: the page names it
            written, title = written[1:-1], title[1:-1]
        if not meta.get("doc_number"):
            set_number(state, leading.group("number"), None)
    number = P.TITLE_DOC_NUMBER.search(title)
    if number:                          # …的通知（东建房〔2017〕33号）: the 发文字号, not the title
        meta["title"] = as_written(0, number.start()).rstrip()
        written, title = written[:number.start()], title[:number.start()]
        if not meta.get("doc_number"):
            set_number(state, number.group("bracketed") or number.group("glued"), None)
    if not meta.get("doc_number") and meta.get("title"):
        _number_from_file(state)
    meta["doc_type"] = _doc_type(title)
    relation = next((r for r in P.RELATIONS if r in title), None)
    meta["relation"] = relation
    parts = [b for b in state.blocks if b.role == "part_title" and not P.INTERPRETATION_TITLE.match(b.fold)]
    named = _transmitted(title) if relation else []
    if parts and named and not any(_names_one(_bare(p.fold), n) for p in parts for n in named):
        # 关于印发X的通知 whose own text is X (一、…十二、) and whose parts are its 附件: the notice is the
        # document itself, not a cover; X is read from the title
        meta["prints_enclosed"] = True
        meta["attached_title"] = clean_title(as_written(*named[0][1]))
        state.warn("attached_title_from_title", "enclosed title read from the notice title; the text is its own")
    elif parts and (relation or "印发" in title or not meta.get("attachments")) \
            and not (P.ORDER_NUMBER.search(fold(meta.get("doc_number") or ""))
                     and squash(without_label(parts[0].text)) == squash(title)):   # (a 令's own 办法: the title)
        meta["attached_title"] = clean_title(without_label(parts[0].text))   # the document the notice encloses
    elif relation:
        inner = BRACKETED.search(title)
        around = NAME_AROUND_QUOTE.search(title) if inner else None
        if around and len(HAN.findall(title[around.start("name"):around.end("name")])) \
                - len(HAN.findall(inner.group(0))) >= 2 and title.count("《") == 1:
            meta["attached_title"] = as_written(*around.span("name"))   # 印发《政府工作报告》重点工作任务分工的通知
        elif inner:
            meta["attached_title"] = as_written(*inner.span(1))
        elif named:                     # 关于印发X的通知, its X in no 《》
            meta["attached_title"] = clean_title(as_written(*named[0][1]))
        if inner or named:
            state.warn("attached_title_from_title", "enclosed title read from the notice title")
    if meta.get("attached_title"):
        meta["attached_type"] = _doc_type(meta["attached_title"], enclosed=True)
    meta["kind"] = _kind(state)
    if meta["kind"] == "law" and not meta.get("date") and meta.get("amend_date"):
        found = _compact_date(meta["amend_date"])      # 修正日期：19541023 of a law database's page
        if found:
            meta["date"], meta["date_raw"], meta["date_source"] = found, meta["amend_date"], "amendment"
    if meta["kind"] == "news" and not meta.get("date") and meta.get("publish_date"):
        found = find_date(fold(meta["publish_date"]))
        if found:
            meta["date"], meta["date_source"] = found[0], "page"
    order = P.ORDER_NUMBER.search(fold(meta.get("doc_number") or ""))
    if not meta.get("issuer") and meta.get("issuer_label") and not SITE_NAME.search(meta["issuer_label"].strip()):
        meta["issuer"] = clean_title(meta["issuer_label"])     # the page's 发文机关 field (not 县政府网站: the site)
    if not meta.get("issuer") and order and len(order.group("agency")) > ORDER_AGENCY_SHORT:
        meta["issuer"] = order.group("agency")[:-1]     # 重庆市人民政府令第361号: the 令 names its issuer
    decree = DECREE_TITLE.match(title)
    if not meta.get("issuer") and decree and decree.group("organ").endswith(P.UNIT_SUFFIXES):
        meta["issuer"] = clean_title(as_written(*decree.span("organ")))   # 某市人民政府公告: its organ issues it
    cut = min((title.find(w) for w in ("关于", "贯彻", *P.RELATIONS) if w in title), default=-1)   # (…人民政府贯彻落实…)
    if not meta.get("issuer") and meta["kind"] == "official" and cut > 0:
        issuer = as_written(0, cut).strip()   # '北京市经济和信息化局印发《…》的通知' -> 北京市经济和信息化局
        issuer = P.OTHER_ISSUERS.sub("", issuer)    # 北京市医疗保障局等单位关于…: the first of them
        if 2 <= len(issuer) <= SIGNATURE_MAX and not issuer.startswith(("《", "“", "\"")):
            meta["issuer"] = clean_title(issuer)
            state.warn("issuer_from_title", "发文机关 read from the title; no signature found")
    if meta.get("issuer") and cut > 0 and meta["issuer"][:1] in "省市区县":
        full = clean_title(as_written(0, cut).strip())
        if _expands(meta["issuer"], full):
            meta["issuer"] = full       # 省政府办公厅 signs 广东省人民政府办公厅关于…: the title's full name
    if meta.get("issuer") and not meta.get("issuers") and meta.get("co_issuer_label"):
        others = [o for o in CO_ISSUER_BREAK.split(clean_title(meta["co_issuer_label"]))
                  if o.endswith(P.UNIT_SUFFIXES) and o != meta["issuer"]]
        if others:
            meta["issuers"] = [meta["issuer"], *others]       # the page's 联合发文单位 (w129)
    if meta.get("publish_date"):
        found = find_date(fold(meta["publish_date"]))
        if found:
            meta["publish_date_raw"] = meta["publish_date"]
            meta["publish_date"] = found[0]


COMPACT_DATE = regex.compile(r"^\s*((?:19|20)\d\d)(\d\d)(\d\d)\s*$")


def _compact_date(text: str) -> str | None:
    """'19541023' or any date find_date reads, as ISO."""
    compact = COMPACT_DATE.match(text)
    if compact:
        year, month, day = (int(g) for g in compact.groups())
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    found = find_date(fold(text))
    return found[0] if found else None


def _number_from_file(state: State) -> None:
    """A page that prints its 发文字号 only as the name of its attachment (宁房市字〔2017〕108号.pdf)."""
    for block in state.blocks:
        named = "." in block.fold and P.FILE_EXTENSION.search(block.fold)     # (.pdf: the pattern's dot first)
        name = P.FILE_EXTENSION.sub("", squash(block.fold)) if named else None
        if name and P.DOC_NUMBER.fullmatch(name):
            set_number(state, name, block)
            state.warn("doc_number_from_file", "发文字号 read from the name of an attached file", block.span)
            return


# The enclosed document's whole name where 《》 quote only part of it: 印发2023年区《政府工作报告》确定的…方案的通知.
NAME_AROUND_QUOTE = regex.compile(r"(?:印发|转发|批转)(?P<name>[^的]{0,40}《[^《》]{2,60}》[^《》]{2,60}?)的(?:通知|函|批复)$")
HAN = regex.compile(r"\p{Han}")
CATEGORY_PREFIX = regex.compile(r"^[^:：|《》()（）]{2,30}?\s*[:：|｜]\s*(?=关于)")
SITE_NAME = regex.compile(r"(?:网站|门户|网)$")
ORDER_AGENCY_SHORT = 3    # 渝府令: an agency this short (the 令 with it) is an abbreviation; the title names the organ


def _transmitted(title: str) -> list[tuple[str, tuple[int, int]]]:
    """The documents a 印发/转发/批转 title names, squashed, with their spans: 《X》, or 印发X的通知."""
    out = [(_bare(m.group(1)), m.span(1)) for m in NAMED_TITLE.finditer(title)]
    if not out:
        found = P.TRANSMITTED_NAME.search(title)
        if found:
            start, end = found.span("name")
            if title[start] == "〈" and title[end - 1] == "〉":
                start, end = start + 1, end - 1         # 关于印发〈…〉的通知 (its 《》 became the title's own)
            out.append((_bare(title[start:end]), (start, end)))
    return out


def _bare(text: str) -> str:
    """A title's words without spaces, brackets and quotes of any form (〈〉 inside 《》, （2024-2025）)."""
    return ANGLE_BRACKETS.sub("", SQUASH.sub("", fold(text)))


NAME_LIKENESS = 0.9      # a part's title and the name the notice gives it share this share of their words


def _names_one(part: str, named: tuple[str, tuple[int, int]]) -> bool:
    """Whether a part's title is the named document: the same words, one inside the other, nearly the same
    (…扩大消费的若干措施 for …扩大消费若干措施), or one of two documents named with 和 (A和B两个规定)."""
    import difflib

    if not part:
        return False
    part = _core(part)
    for name in (named[0], *named[0].split("和")):
        name = _core(name)
        if len(name) >= 4 and (part in name or name in part
                               or difflib.SequenceMatcher(None, part, name).ratio() >= NAME_LIKENESS):
            return True
    return False


def _core(name: str) -> str:
    """A title's words from 关于 on and without 的: a 转发 title names the document with its issuer and may
    drop a 的 (民政部关于清理整顿社会团体意见 for 关于清理整顿社会团体的意见)."""
    at = name.find("关于")
    return (name[at:] if at > 0 else name).replace("的", "")


def _expands(short: str, full: str) -> bool:
    """Whether `full` (广东省人民政府办公厅) is `short` (省政府办公厅, a signature's short form) with its place
    named: the place ends in short's level word, and the rest is the same, 人民 aside."""
    place = P.PLACE_PREFIX.match(full)
    if place is None or not place.group(0).endswith(short[0]):
        return False
    return full[place.end():].replace("人民", "") == short[1:].replace("人民", "")


def _doc_type(title: str, enclosed: bool = False) -> str | None:
    title = title.strip()
    if title.endswith((")", "）")):     # …办法（试行）: its note aside, the 文种 ends it
        title = regex.sub(r"\s*[(（][^()（）]{1,30}[)）]$", "", title)
    kinds = P.ENCLOSED_TYPES + P.DOC_TYPES if enclosed else P.DOC_TYPES + P.ENCLOSED_TYPES
    ends = [k for k in kinds if title.endswith(k)]
    return max(ends, key=len) if ends else None


LAW_TYPES = ("条例", "法", "规定", "办法", "细则", "实施细则", "规则", "通则", "临时条款")


def _kind(state: State) -> str:
    meta = state.meta
    doc_type = meta.get("doc_type")
    if doc_type in LAW_TYPES and not meta.get("relation"):
        return "law"
    title = meta.get("title") or ""
    official = meta.get("doc_number") or meta.get("recipients") or meta.get("relation") or \
        (doc_type in P.DOC_TYPES) or ("关于" in title and P.TITLE_END.search(title))
    if not official and any(meta.get(k) for k in ("source_name", "author", "editor", "publish_date")):
        return "news"
    return "official" if official else "other"


# A page's own fields (its info table or <meta> tags) against what the document's text says.
AGREEMENT = (("doc_number_label", "doc_number", "发文字号"), ("date_label", "date", "成文日期"),
             ("issuer_label", "issuer", "发文机关"), ("info_title", "title", "标题"))


SQUASH = regex.compile(r"[\s()（）〔〕\[\]【】《》“”\"'·]")


def agreement(state: State, matter: Matter) -> None:
    """Warn where the page's fields and the body disagree; meta keeps the body's reading."""
    meta = state.meta
    for page_key, body_key, label in AGREEMENT:
        page, body = meta.get(page_key), meta.get(body_key)
        if not page or not body:
            continue
        if body_key == "date":
            found = find_date(fold(page))
            same = found is None or found[0] == body
        else:
            a, b = SQUASH.sub("", fold(page)), SQUASH.sub("", fold(body))
            same = a in b or b in a
        if not same:
            state.warn("page_body_disagree", f"{label}: the page says {page!r}, the text says {body!r}")


def references(state: State, matter: Matter) -> None:
    """《…》 titles the text cites, with the 发文字号 that follows them, once each in order of first mention."""
    content = matter.content
    found: dict[str, str | None] = {}
    own = {squash(state.meta.get(k) or "") for k in ("title", "attached_title")} - {""}
    for block in content:
        if block.role in ("title", "part_title") or "《" not in block.text:
            continue                    # (a reference, patterns.REFERENCE, is in 《》)
        for match in P.REFERENCE.finditer(block.text):
            title = match.group("title").strip()
            if squash(title) in own:          # the notice names what it encloses: not a citation
                continue
            number = "".join(match.group("number").split()) if match.group("number") else None
            if title not in found or (number and not found[title]):
                found[title] = number
    state.meta["references"] = [{"title": t, "doc_number": n} for t, n in found.items()]


# Which fields a block's role gave (a 版记 line gives 抄送 or 印发机关和日期, told apart by its label).
ROLE_FIELDS = {"title": ("title",), "doc_number": ("doc_number",), "recipients": ("recipients",),
               "signature": ("issuer",), "date": ("date",), "date_note": ("date", "headnote"), "note": ("note",),
               "issuer_mark": ("issuer_mark",), "attachment_note": ("attachments",), "signer": ("signers",),
               "banner": ("copy_number", "secrecy", "secrecy_period", "urgency")}


def field_spans(state: State, matter: Matter) -> None:
    """meta.spans: for each field read from the text, the span of the lines it came from."""
    spans: dict[str, tuple[int, int]] = {}
    for block in state.blocks:
        if block.role is None and block.kind != "meta":
            continue                    # body text (most blocks) gives no field
        span = block.span
        for field in _fields_of(block):
            if state.meta.get(field):
                start, end = spans.get(field, span)
                spans[field] = (min(start, span[0]), max(end, span[1]))
    state.meta["spans"] = spans


def _fields_of(block: Block) -> tuple[str, ...]:
    if block.kind == "meta":
        return (P.META_LABELS.get(block.role or "", ""),)
    if block.role == "colophon":
        return ("cc",) if P.CC_LABEL.match(block.fold) else ("printed_by", "print_date")
    return ROLE_FIELDS.get(block.role or "", ())
