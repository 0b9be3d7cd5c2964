"""Stage `metadata`: the GB/T 9704 elements of the front and back matter, and web-page fields.

It labels blocks with a `role` (title, doc_number, recipients, signature, date, part_title,
colophon...) so that the outline leaves them out of the body, and fills `state.meta`.
"""
from __future__ import annotations

import regex

from .. import patterns as P
from ..dates import find_date
from ..headings import is_heading_line, recognise
from ..state import Block, State
from .normalize import fold

HEAD_BLOCKS = 40        # the front matter is looked for among this many blocks
SIGNATURE_MAX = 40      # a signing organ's name is at most this long
TAIL_BLOCKS = 16        # the back matter (版记, signature at the end) among this many blocks
REPEALED = regex.compile(r"^[\[【(（](已废止|已失效|已修改|失效|废止)[\]】)）]\s*")
CN_SPACE = regex.compile(r"(?<=[\p{Han}》》“”])[ \t\u3000]+(?=[\p{Han}《“])")


def metadata(state: State) -> None:
    meta = state.meta
    meta.update(script=state.script, reader=state.reader)
    _page_meta(state)
    _web_fields(state)
    content = [b for b in state.blocks if b.kind == "para"]
    head = _head(content)
    _banner(state, head)
    _recipients(state, head)
    _issuer_mark(state, head)
    _title(state, _before_recipients(head))
    _doc_number(state, head)
    _notes(state, content)
    _signature(state, content)
    _colophon(state, content)
    _attachments(state, content)
    _interpretation(state, content)
    _named_parts(state, content)
    _derived(state)
    _agreement(state)
    _references(state, content)
    _field_spans(state)


def clean_title(text: str) -> str:
    return CN_SPACE.sub("", text).strip()


def _head(content: list[Block]) -> list[Block]:
    """Blocks before the first body heading: where the front matter stands."""
    head = []
    for block in content[:HEAD_BLOCKS]:
        if is_heading_line(block.fold) and not P.DATE_LINE.match(block.fold):
            break
        head.append(block)
    return head


def _banner(state: State, head: list[Block]) -> None:
    """份号, 密级★保密期限, 紧急程度 (alone or together on a line) and 签发人, above the title."""
    for block in head[:8]:
        if block.role is not None:
            continue
        signer = P.SIGNER.search(block.fold)
        if signer:
            state.meta["signers"] = [n for n in regex.split(r"[\s、，,]+", block.text[signer.start("names"):]) if n]
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


def _references(state: State, content: list[Block]) -> None:
    """《…》 titles the text cites, with the 发文字号 that follows them, once each in order of first mention."""
    found: dict[str, str | None] = {}
    own = {_squash(state.meta.get(k) or "") for k in ("title", "attached_title")} - {""}
    for block in content:
        if block.role in ("title", "part_title"):
            continue
        for match in P.REFERENCE.finditer(block.text):
            title = match.group("title").strip()
            if _squash(title) in own:          # the notice names what it encloses: not a citation
                continue
            number = "".join(match.group("number").split()) if match.group("number") else None
            if title not in found or (number and not found[title]):
                found[title] = number
    state.meta["references"] = [{"title": t, "doc_number": n} for t, n in found.items()]


def _issuer_mark(state: State, head: list[Block]) -> None:
    """发文机关标志: '上海市静安区人民政府文件' above the 发文字号."""
    for block in head[:6]:
        if block.role is None and P.ISSUER_MARK.match(block.fold):
            block.role = "issuer_mark"
            state.meta["issuer_mark"] = clean_title(block.text)
            return


def _before_recipients(head: list[Block]) -> list[Block]:
    for i, block in enumerate(head):
        if block.role == "recipients":
            return head[:i]
    return head


PAGE_META_FIELDS = {"ArticleTitle": "info_title", "PubDate": "publish_date", "ContentSource": "source_name",
                    "Keywords": "keywords", "Author": "author", "TitleTag": "info_title"}


def _page_meta(state: State) -> None:
    """<meta> tags of a web page: kept as page fields; they fill only what the body lacks."""
    for name, value in state.page_meta.items():
        state.meta.setdefault("page_fields", {})[name] = value
    for name, field in PAGE_META_FIELDS.items():
        if state.page_meta.get(name):
            state.meta.setdefault(field, state.page_meta[name])


def _web_fields(state: State) -> None:
    for block in state.blocks:
        if block.kind != "meta":
            continue
        for label, value in _split_labels(block.role, _meta_value(block)):
            field = P.META_LABELS[label]
            state.meta.setdefault("page_fields", {}).setdefault(label, value)   # "" for a label left empty
            if value and (field not in state.meta or field in PAGE_META_FIELDS.values()):
                state.meta[field] = value


def _split_labels(label: str, value: str | None) -> list[tuple[str, str]]:
    """(label, value) pairs of one metadata line, which may hold further labelled fields."""
    if not value:
        return [(label, "")]
    pairs, start = [], 0
    for inner in P.INLINE_META_LABEL.finditer(value):     # one pass, no copies of the rest
        pairs.append((label, value[start:inner.start()].strip()))
        label, start = "".join(inner.group("label").split()), inner.end()
    pairs.append((label, value[start:].strip()))
    return pairs


def _meta_value(block: Block) -> str | None:
    if len(block.lines) > 1:
        return block.lines[1].text.strip() or None
    match = P.META_LABEL_RE.match(block.fold)
    if not match or not match.group("value") or not match.group("value").strip():
        return None
    return block.text[match.start("value"):].strip() or None


def _is_title_like(block: Block) -> bool:
    text = block.fold
    return (4 <= len(text) <= 150 and text[-1] not in P.TERMINAL_PUNCT and "。" not in text
            and not P.DATE_LINE.match(text) and not P.RECIPIENT_LINE.match(text))


def _title(state: State, head: list[Block]) -> None:
    if _page_named_title(state, head):
        return
    titles = [b for b in head if _is_title_like(b) and P.TITLE_END.search(b.fold) and len(b.fold) >= 6]
    formal = [b for b in titles if "关于" in b.fold or any(r in b.fold for r in P.RELATIONS)]
    titles = formal or titles
    joined = _multi_line_title(head)
    if joined and (not titles or head.index(joined[0]) < head.index(titles[0])):
        for block in joined:
            block.role = "title"
        state.meta["title"] = clean_title("".join(b.text for b in joined))
        return
    if titles:
        first = titles[0]
        for block in titles:
            if _same_text(block.fold, first.fold):
                block.role = "title"
        _set_title(state, first.text)
        return
    _fallback_title(state, head)


def _multi_line_title(head: list[Block]):
    """A title printed over 2-5 lines ('重庆市人民政府' / '关于修改《…' / '…》的决定'): the lines run
    until one ends with a 文种 outside any 《》, and together they say 关于."""
    for i, first in enumerate(head):
        if not (len(first.fold) >= 8 or first.fold.endswith(P.UNIT_SUFFIXES)):
            continue
        run, depth = [], 0
        for block in head[i:i + P.TITLE_MAX_LINES]:
            if block.role is not None or not _is_title_like(block) or P.DOC_NUMBER.search(block.fold):
                break
            if run and block.fold.find("关于") > 0 and "关于" not in "".join(b.fold for b in run):
                break       # '北京市人民政府' above '北京市人民政府关于…': the title starts on its own line
            run.append(block)
            depth += block.fold.count("《") - block.fold.count("》")
            if depth <= 0 and P.TITLE_END.search(block.fold):
                break
        if len(run) >= 2 and depth <= 0 and P.TITLE_END.search(run[-1].fold) \
                and "关于" in "".join(b.fold for b in run):
            return run
    return None


def _page_named_title(state: State, head: list[Block]) -> bool:
    """The line the page itself names as its title (标题 field, ArticleTitle, <title>): strong evidence."""
    named = _squash(state.meta.get("info_title") or "")
    for block in head:
        if named and block.role is None and _squash(block.fold) == named:
            block.role = "title"
            _set_title(state, block.text)
            return True
    return False


def _set_title(state: State, text: str) -> None:
    """The title, with a leading [已废止] or （已失效） moved to `validity`."""
    title = clean_title(text)
    repealed = REPEALED.match(title)
    if repealed:
        state.meta["validity"] = repealed.group(1)
        title = title[repealed.end():]
    state.meta["title"] = title


def _squash(text: str) -> str:
    return "".join(fold(text).split())


def _same_text(a: str, b: str) -> bool:
    return regex.sub(r"[\s()（）]", "", a) == regex.sub(r"[\s()（）]", "", b)


def _fallback_title(state: State, head: list[Block]) -> None:
    """No block looks like an official title: a news article's headline, or null (sample 004)."""
    for block in head:
        if P.RECIPIENT_LINE.match(block.fold):
            break
        if _is_title_like(block) and len(block.fold) <= 60 and len(block.fold) >= 4:
            block.role = "title"
            state.meta["title"] = clean_title(block.text)
            if state.meta.get("info_title") is None:
                state.warn("title_guessed", "title taken from the first short line", block.span)
            return
    if state.meta.get("info_title"):
        state.meta["title"] = clean_title(state.meta["info_title"])


def _doc_number(state: State, head: list[Block]) -> None:
    for block in head:
        text = P.SIGNER.sub("", block.fold).strip("()（） \u3000")     # '国发〔2023〕1号  签发人：李强'
        match = P.DOC_NUMBER.fullmatch(text) or P.ORDER_NUMBER.search(block.fold)
        if match and (block.role is None) and len(text) <= 40:
            block.role = "doc_number"
            _set_number(state, match.group(0).strip("()（） "), block)
            return
        if P.DOC_NUMBER_BROKEN.fullmatch(text):
            block.role = "doc_number"
            state.meta["doc_number"] = text
            state.warn("broken_doc_number", f"发文字号 {text!r} is malformed; kept raw", block.span)
            return
    label = regex.sub(r"\s", "", fold(state.meta.get("doc_number_label") or ""))
    match = P.DOC_NUMBER.search(label) or P.ORDER_NUMBER.search(label)
    if match:
        _set_number(state, match.group(0), None)


def _set_number(state: State, raw: str, block: Block | None) -> None:
    raw = regex.sub(r"\s", "", raw)
    state.meta["doc_number"] = raw
    match = P.DOC_NUMBER.fullmatch(raw)
    if match:
        state.meta["doc_number_parts"] = {
            "agency": match.group("agency"), "year": int(match.group("year") or match.group("year2")),
            "serial": int(match.group("serial"))}


def _recipients(state: State, head: list[Block]) -> None:
    for block in head:
        if block.role is None and P.RECIPIENT_LINE.match(block.fold) and P.RECIPIENT_HINTS.search(block.fold) \
                and len(block.fold) <= 200 and not P.DOC_NUMBER.search(block.fold) \
                and not P.NOT_RECIPIENTS.search(block.fold):
            block.role = "recipients"
            body = block.text.rstrip(":：").strip()
            state.meta["recipients"] = [g.strip() for g in regex.split(r"[，,；;]", body) if g.strip()]
            return


def _signature(state: State, content: list[Block]) -> None:
    """成文日期 and 发文机关署名: after the notice's text (before an enclosed document) or at the end."""
    heads = [b for b in content if b.role == "recipients"]
    start = content.index(heads[0]) + 1 if heads else 0
    for i in range(start, min(len(content), start + 12)):
        if _take_signature(state, content, i):
            _part_title(content, i + 1)
            return
    for i in range(len(content) - 1, max(-1, len(content) - TAIL_BLOCKS), -1):
        if _take_signature(state, content, i):
            return
    labelled = find_date(fold(state.meta.get("date_label") or ""))
    if labelled:
        _set_date(state, "date", labelled, None)
        return
    _date_fallback(state, content)


def _take_signature(state: State, content: list[Block], i: int) -> bool:
    block = content[i]
    if block.role is not None or not P.DATE_LINE.match(block.fold) or "印发" in block.fold:
        return False
    found = find_date(block.fold)
    if not found:
        return False
    block.role = "date"
    _set_date(state, "date", found, block)
    prev = content[i - 1] if i > 0 else None
    if prev is not None and prev.role is None and len(prev.fold) <= SIGNATURE_MAX \
            and prev.fold[-1] not in P.TERMINAL_PUNCT and "。" not in prev.fold:
        prev.role = "signature"
        state.meta["issuer"] = clean_title(prev.text)
    return True


def _set_date(state: State, field: str, found, block: Block | None) -> None:
    iso, raw, _span, day_missing = found
    state.meta[field] = iso
    state.meta[f"{field}_raw"] = raw
    if day_missing and block is not None:
        state.warn("date_missing_day", f"date {raw!r} lacks 日; read as {iso}", block.span)


HEADNOTE_DATE_AT = 3     # a dated head line starts with its date, after at most "（" or "——"


def _date_fallback(state: State, content: list[Block]) -> None:
    """A law's or a report's date stands in its head: '2017年12月27日 …会议通过'."""
    for block in _head(content)[:6]:
        if block.role in ("title", None, "doc_number") and recognise(block.fold, block.fold) is None:
            found = find_date(block.fold)       # (an item such as '1、2021年5月12日至…' is no dated line)
            leads = found is not None and found[2][0] <= HEADNOTE_DATE_AT     # the line starts with its date
            if leads and block.role != "title" and (len(block.fold) <= 80 or P.HEADNOTE.match(block.fold)):
                block.role = block.role or "date_note"    # '2022年3月1日 …令第52号公布' stays a 发文字号 line too
                _set_date(state, "date", found, block)
                if len(block.text.strip(" （）()—")) > len(found[1]):   # more than the date: keep it whole
                    state.meta["headnote"] = block.text.strip()
                state.warn("date_inferred", "成文日期 taken from a dated line of the head", block.span)
                return


def _part_title(content: list[Block], i: int) -> None:
    """The block after the notice's signature that looks like a title starts the enclosed document."""
    for block in content[i:i + 4]:
        if block.role is not None:   # a 附注 such as （此件公开发布） may stand between
            continue
        if _is_title_like(block) and not is_heading_line(block.fold):
            block.role = "part_title"
        return


def _named_parts(state: State, content: list[Block]) -> None:
    """A notice that encloses several documents (印发《A》和《B》的通知): after the first enclosed title,
    a line that is exactly another title the notice names starts that document's part."""
    title = state.meta.get("title") or ""
    if not any(r in title for r in P.RELATIONS):
        return
    named = {_squashed(m.group("title")) for m in P.REFERENCE.finditer(fold(title))}
    starts = [i for i, b in enumerate(content) if b.role == "part_title"]
    if len(named) < 2 or not starts:
        return
    named.discard(_squashed(content[starts[0]].fold))
    for block in content[starts[0] + 1:]:
        if block.role is None and _squashed(block.fold) in named:
            block.role = "part_title"
            named.discard(_squashed(block.fold))


def _squashed(text: str) -> str:
    return "".join(text.split())


def _notes(state: State, content: list[Block]) -> None:
    """附注 such as （此件公开发布）, wherever it stands."""
    for block in content:
        if block.role is None and P.NOTE_LINE.match(block.fold):
            block.role = "note"
            state.meta.setdefault("note", block.text)


def _colophon(state: State, content: list[Block]) -> None:
    """版记: 抄送 and 印发机关/印发日期 at the end of the document."""
    tail = content[-TAIL_BLOCKS:]
    for i, block in enumerate(tail):
        if block.role is not None:
            continue
        cc = P.CC_LABEL.match(block.fold)
        if cc:
            block.role = "colophon"
            value = block.text[block.fold.index(":") + 1:].strip().rstrip("。.")
            state.meta["cc"] = [g.strip() for g in regex.split(r"[，,；;]", value) if g.strip()]
            continue
        printed = P.PRINTED_LINE.match(block.fold)
        if printed and find_date(block.fold):
            block.role = "colophon"
            _set_date(state, "print_date", find_date(block.fold), block)
            org = printed.group("org")
            prev = tail[i - 1] if i > 0 else None
            if org:
                state.meta["printed_by"] = clean_title(org)
            elif prev is not None and prev.role in (None, "signature") and len(prev.fold) <= SIGNATURE_MAX:
                prev.role = "colophon"
                state.meta["printed_by"] = clean_title(prev.text)


def _interpretation(state: State, content: list[Block]) -> None:
    """An interpretation (政策解读) published after the signed document: a part of its own, the
    document's explanation, not more of its text (outline gives it kind `interpretation`)."""
    signed = False
    for block in content:
        signed = signed or block.role == "date"
        if signed and block.role is None and block.kind == "para" and P.INTERPRETATION_TITLE.match(block.fold) \
                and not is_heading_line(block.fold):        # (1.《…》问答 in a list of links is an item)
            block.role = "part_title"
            return


def _attachments(state: State, content: list[Block]) -> None:
    """附件说明 ("附件：1.…") and attachment labels ("附件1") that start an enclosed part."""
    notes = []
    signed = False
    for i, block in enumerate(content):
        signed = signed or block.role == "date"
        match = P.ATTACHMENT_LABEL.match(block.fold)
        if not match or block.role is not None or len(block.fold) > 80:
            continue
        has_colon = ":" in block.fold[:6]
        nxt = content[i + 1] if i + 1 < len(content) else None
        if signed and notes and match.group("rest") and _is_title_like(block):
            block.role = "part_title"       # '附件1：某区行动方案' after the signature: the attachment itself
            continue
        # "附件1" (or a bare "附件：" once the 附件说明 has been given) above a title starts the attachment
        if (not has_colon or notes) and not match.group("rest") and nxt is not None and _is_title_like(nxt):
            block.role = "attachment_label"
            nxt.role = "part_title"
            continue
        if has_colon:
            block.role = "attachment_note"
            rest = match.group("rest").strip()
            if rest:
                notes.append(rest)
            for follow in content[i + 1:i + 12]:
                if follow.role is not None or not _is_attachment_item(follow) or len(follow.fold) > 80 \
                        or ":" in follow.fold:      # '单位：元' under a table's title is not an attachment
                    break
                if P.ATTACHMENT_LABEL.match(follow.fold):
                    break
                follow.role = "attachment_note"
                notes.append(follow.text)
    if notes:
        names = [regex.sub(r"^\d{1,2}\s*[.、．]\s*", "", n) for n in notes]
        state.meta["attachments"] = list(dict.fromkeys(names))


def _is_attachment_item(block: Block) -> bool:
    """A line of the 附件说明 list: a title, or a numbered name ending in a bracket (…（不予转让）)."""
    return _is_title_like(block) or (P.ATTACHMENT_ITEM.match(block.fold) is not None and "。" not in block.fold)


def without_label(text: str) -> str:
    """'附件1：某区行动方案' -> '某区行动方案'; other titles unchanged."""
    match = P.ATTACHMENT_LABEL.match(fold(text))
    return text[match.start("rest"):].strip() if match and match.group("rest") else text


def _derived(state: State) -> None:
    meta = state.meta
    title = meta.get("title") or ""
    meta["doc_type"] = _doc_type(title)
    relation = next((r for r in P.RELATIONS if r in title), None)
    meta["relation"] = relation
    parts = [b for b in state.blocks if b.role == "part_title" and not P.INTERPRETATION_TITLE.match(b.fold)]
    if parts and (relation or "印发" in title or not meta.get("attachments")):
        meta["attached_title"] = clean_title(without_label(parts[0].text))   # the document the notice encloses
    elif relation:
        inner = regex.search(r"《(.+)》", title)
        if inner:
            meta["attached_title"] = inner.group(1)
            state.warn("attached_title_from_title", "enclosed title read from the notice title")
    if meta.get("attached_title"):
        meta["attached_type"] = _doc_type(meta["attached_title"], enclosed=True)
    meta["kind"] = _kind(state)
    if meta["kind"] == "news" and not meta.get("date") and meta.get("publish_date"):
        found = find_date(fold(meta["publish_date"]))
        if found:
            meta["date"] = found[0]
    order = P.ORDER_NUMBER.search(fold(meta.get("doc_number") or ""))
    if not meta.get("issuer") and order:       # 重庆市人民政府令第361号: the 令 names its issuer
        meta["issuer"] = order.group("agency")[:-1]
    cut = min((title.find(w) for w in ("关于", *P.RELATIONS) if w in title), default=-1)
    if not meta.get("issuer") and meta["kind"] == "official" and cut > 0:
        issuer = title[:cut].strip()      # '北京市经济和信息化局印发《…》的通知' -> 北京市经济和信息化局
        if 2 <= len(issuer) <= SIGNATURE_MAX:
            meta["issuer"] = clean_title(issuer)
            state.warn("issuer_from_title", "发文机关 read from the title; no signature found")
    if meta.get("publish_date"):
        found = find_date(fold(meta["publish_date"]))
        if found:
            meta["publish_date_raw"] = meta["publish_date"]
            meta["publish_date"] = found[0]


def _doc_type(title: str, enclosed: bool = False) -> str | None:
    title = regex.sub(r"\s*[(（][^()（）]{1,30}[)）]$", "", title.strip())
    kinds = P.ENCLOSED_TYPES + P.DOC_TYPES if enclosed else P.DOC_TYPES + P.ENCLOSED_TYPES
    ends = [k for k in kinds if title.endswith(k)]
    return max(ends, key=len) if ends else None


def _kind(state: State) -> str:
    meta = state.meta
    doc_type = meta.get("doc_type")
    if doc_type in ("条例", "法", "规定", "办法", "细则", "实施细则", "规则") and not meta.get("relation"):
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


def _agreement(state: State) -> None:
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


# Which fields a block's role gave (a 版记 line gives 抄送 or 印发机关和日期, told apart by its label).
ROLE_FIELDS = {"title": ("title",), "doc_number": ("doc_number",), "recipients": ("recipients",),
               "signature": ("issuer",), "date": ("date",), "date_note": ("date", "headnote"), "note": ("note",),
               "issuer_mark": ("issuer_mark",), "attachment_note": ("attachments",), "signer": ("signers",),
               "banner": ("copy_number", "secrecy", "secrecy_period", "urgency")}


def _field_spans(state: State) -> None:
    """meta.spans: for each field read from the text, the span of the lines it came from."""
    spans: dict[str, tuple[int, int]] = {}
    for block in state.blocks:
        for field in _fields_of(block):
            if state.meta.get(field):
                start, end = spans.get(field, block.span)
                spans[field] = (min(start, block.span[0]), max(end, block.span[1]))
    state.meta["spans"] = spans


def _fields_of(block: Block) -> tuple[str, ...]:
    if block.kind == "meta":
        return (P.META_LABELS.get(block.role or "", ""),)
    if block.role == "colophon":
        return ("cc",) if P.CC_LABEL.match(block.fold) else ("printed_by", "print_date")
    return ROLE_FIELDS.get(block.role or "", ())
