"""Rules on the back matter and the enclosed parts: 附注, signature and 成文日期, 版记, 附件说明, the
parts a notice encloses, an interpretation published after it."""
from __future__ import annotations

import regex

from ... import patterns as P
from ...dates import find_date
from ...headings import is_heading_line, recognise
from ...state import Block, State
from ...text import clean_title, fold
from .common import LIST_SEPARATOR, SIGNATURE_MAX, TAIL_BLOCKS, head_of, is_title_like, set_date, squash
from .matter import Matter

NAME_BREAK = regex.compile(r"[\s\u3000、]+")           # between the organs of a signature line
ITEM_NUMBER = regex.compile(r"^\d{1,2}\s*[.、．]\s*")   # the 1. of an attachment's name in the 附件说明


NOTE_START = "(（"      # a 附注 line (patterns.NOTE_LINE) opens with its bracket


def notes(state: State, matter: Matter) -> None:
    """附注 such as （此件公开发布）, wherever it stands."""
    content = matter.content
    for block in content:
        if block.role is None and block.fold[:1] in NOTE_START and P.NOTE_LINE.match(block.fold):
            block.role = "note"
            state.meta.setdefault("note", block.text)


def signature(state: State, matter: Matter) -> None:
    """成文日期 and 发文机关署名: after the notice's text (before an enclosed document) or at the end."""
    content = matter.content
    heads = [b for b in content if b.role == "recipients"]
    start = content.index(heads[0]) + 1 if heads else 0
    title = state.meta.get("title") or ""
    encloses = any(r in title for r in P.RELATIONS)     # 印发/转发/批转: any title-like line may be the enclosure
    for i in range(start, min(len(content), start + 12)):
        if _take_signature(state, content, i):
            _part_title(content, i + 1, formal=not encloses)
            return
    for i in range(len(content) - 1, max(-1, len(content) - TAIL_BLOCKS), -1):
        if _take_signature(state, content, i):
            return
    # (_free_date_line's first test, asked of the blocks at once: most start with no date)
    dated = [i for i in range(start + 1, len(content)) if content[i].fold[:1] in P.DATE_LINE_START]
    for i in dated:             # a long document with its attachments, or page chrome, after it
        if _signed_under_organ(content, i) and _take_signature(state, content, i):
            _part_title(content, i + 1, formal=True)      # (page chrome after it is no enclosed document)
            return
    for i in range(1, len(matter.head)):            # a 令's text, signed by its head: 市　长：温国辉 / 2021年1月29日
        if _signed_under_person(content, i) and _take_signature(state, content, i):
            return                                  # (the title printed again under it is the 令's: repeated_title)
    for block in reversed(content[-TAIL_BLOCKS:]):  # …请认真贯彻落实。某省人民政府办公厅2021年3月1日（此件公开发布）
        run_on = P.RUN_ON_SIGNATURE.search(block.fold) if block.role is None else None
        if run_on and fold(run_on.group("org")).endswith(P.UNIT_SUFFIXES) and find_date(run_on.group("date")):
            set_date(state, "date", find_date(run_on.group("date")), block)
            state.meta["date_source"] = "text"
            state.meta["issuer"] = clean_title(block.text[run_on.start("org"):run_on.end("org")])
            return
    labelled = find_date(fold(state.meta.get("date_label") or ""))
    if labelled:
        set_date(state, "date", labelled, None)
        state.meta["date_source"] = "page"          # the page's 成文日期 field
        return
    _date_fallback(state, content)


# What a date line (patterns.DATE_LINE) or a blank one (BLANK_DATE_LINE, 年　月　日) can start with, white
# space aside: a line starting otherwise is neither (most are not).
DATED_LINE_START = P.DATE_LINE_START | frozenset("年")


def may_be_date_line(fold: str) -> bool:
    """Whether a line may be a date line or a blank one (patterns.DATE_LINE, BLANK_DATE_LINE), by its first
    character (the patterns' white space is white space to str.isspace too)."""
    first = fold[:1]
    return first in DATED_LINE_START or first.isspace()


def _take_signature(state: State, content: list[Block], i: int) -> bool:
    block = content[i]
    if not may_be_date_line(block.fold):
        return False                # (neither pattern below can match: nothing to take, nothing to mark)
    if block.role is not None or not P.DATE_LINE.match(block.fold) or "印发" in block.fold:
        return _blank_date(state, content, i)
    found = find_date(block.fold)
    if not found:
        return False
    block.role = "date"
    set_date(state, "date", found, block)
    state.meta["date_source"] = "text"
    _signed_above(state, content, i)
    return True


def _blank_date(state: State, content: list[Block], i: int) -> bool:
    """A date left blank (年   月   日) under an organ's name: the signature and its date line, without a date
    (False: the date is still looked for, and a dated signature further on is the document's)."""
    block = content[i]
    if block.role is None and i > 0 and P.BLANK_DATE_LINE.match(block.fold) and content[i - 1].role is None \
            and _is_signature_line(content[i - 1], first=False):
        block.role = "date"
        _signed_above(state, content, i)
    return False


def _signed_above(state: State, content: list[Block], i: int) -> None:
    """The signature lines above the date line at i: the issuer (and joint issuers), or the persons who sign."""
    names: list[str] = []
    first = True            # the line right above the date, a seal note's line aside
    for j in range(i - 1, max(-1, i - 1 - SIGNATURE_LINES), -1):
        prev = content[j]
        if first and prev.role is None and _is_seal_note(prev):
            prev.role = "signature"                 # （国家知识产权局代章） under the organ that signs
            continue
        if prev.role is not None or not _is_signature_line(prev, first=first):
            break
        prev.role, first = "signature", False
        names = _names(prev.text) + names
    persons = [n for n in names if P.SIGNER_PERSON.match(fold(n))]
    organs = [n for n in names if n not in persons and not P.OFFICE_ONLY.match(fold(n))]
    if organs:
        state.meta["issuer"] = organs[0]
        state.meta["issuers"] = organs if len(organs) > 1 else []
    if persons and not state.meta.get("signers"):
        state.meta["signers"] = [regex.sub(r"\s*[:：]\s*", "", n) for n in persons]   # 总理 李克强, 市长：温国辉 sign a 令


def _is_seal_note(block: Block) -> bool:
    """A line that is only a seal note: （国家知识产权局代章）."""
    text = block.fold.strip()
    return text[:1] in "(（" and P.SEAL_NOTE.match(text) is not None


SIGNATURE_LINES = 12    # joint issuers sign on up to this many lines above the date (9 部门 sign on 9)


def _signed_under_organ(content: list[Block], i: int) -> bool:
    """A date line right under a line naming an organ (贵阳市住房公积金管理中心 / 2022年11月18日): a
    signature wherever it stands."""
    prev = content[i - 1]
    return _free_date_line(content[i]) and prev.role is None and _is_signature_line(prev, first=False)


def _signed_under_person(content: list[Block], i: int) -> bool:
    """A date line right under the person who signs (总理　李克强, 市　长：温国辉): a 令's signature."""
    prev = content[i - 1]
    return _free_date_line(content[i]) and prev.role is None and P.SIGNER_PERSON.match(prev.fold.strip()) is not None


def _free_date_line(block: Block) -> bool:
    """A line that is a date and nothing more, no role given yet: a signature's date."""
    return block.role is None and block.fold[:1] in P.DATE_LINE_START and P.DATE_LINE.match(block.fold) is not None


def _is_signature_line(block: Block, first: bool) -> bool:
    """A line of the signature: the line right above the date when short and no sentence; a line
    above it only when every name on it ends like an organ (北京市住房和城乡建设委员会)."""
    text = P.SEAL_NOTE.sub("", block.fold).rstrip()     # 某联席会议（代章）: the organ signs
    if not text or len(text) > SIGNATURE_MAX * SIGNATURE_LINES or text[-1] in P.TERMINAL_PUNCT or "。" in text \
            or "，" in text:
        return False
    names = _names(block.text)
    if first and len(names) == 1:
        return len(text) <= SIGNATURE_MAX
    return all(len(n) <= SIGNATURE_MAX and (fold(n).endswith(P.UNIT_SUFFIXES) or P.SIGNER_PERSON.match(fold(n)))
               for n in names)


def _names(text: str) -> list[str]:
    """The organs of a signature line: '自然资源部      中国银行保险监督管理委员会' holds two, and so does
    '东莞市住房和城乡建设局东莞市社会保障局' (the place that opens the line opens the next name too)."""
    text = P.SEAL_NOTE.sub("", text)
    pieces = [p for p in NAME_BREAK.split(text.strip()) if p.strip()]
    if not (len(pieces) > 1 and all(fold(p).strip().endswith(P.UNIT_SUFFIXES) for p in pieces)):
        pieces = [text]
    return [clean_title(n) for piece in pieces for n in _glued(piece.strip())]


def _glued(name: str) -> list[str]:
    place = P.PLACE_PREFIX.match(name)
    if place is None:
        return [name]
    cuts = [at for at in _starts_of(place.group(0), name) if at > 0 and name[:at].rstrip().endswith(P.UNIT_SUFFIXES)]
    if not cuts:
        return [name]
    bounds = [0] + cuts + [len(name)]
    return [name[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def _starts_of(word: str, text: str) -> list[int]:
    """Where a word (not empty) stands in a text, left to right, each occurrence after the one before."""
    starts, at = [], text.find(word)
    while at >= 0:
        starts.append(at)
        at = text.find(word, at + len(word))
    return starts


HEADNOTE_DATE_AT = 3     # a dated head line starts with its date, after at most "（" or "——"


def _date_fallback(state: State, content: list[Block]) -> None:
    """A law's or a report's date stands in its head: '2017年12月27日 …会议通过'."""
    head = head_of(content)
    for at, block in enumerate(head[:6]):
        if block.role in ("title", None, "doc_number") and recognise(block.fold, block.fold) is None:
            found = find_date(block.fold)       # (an item such as '1、2021年5月12日至…' is no dated line)
            leads = found is not None and found[2][0] <= HEADNOTE_DATE_AT     # the line starts with its date
            timed = ":" in block.fold and (P.BYLINE_TIME.search(block.fold) is not None    # a byline, no head line
                                           or "来源:" in block.fold.replace(" ", ""))   # (2022-11-16 来源: 某局)
            if leads and not timed and block.role != "title" and (len(block.fold) <= 80 or P.HEADNOTE.match(block.fold)):
                block.role = block.role or "date_note"    # '2022年3月1日 …令第52号公布' stays a 发文字号 line too
                set_date(state, "date", found, block)
                state.meta["date_source"] = "amendment" if P.AMENDED.search(block.fold) else "promulgation"
                if len(block.text.strip(" （）()—")) > len(found[1]):   # more than the date: keep it whole
                    state.meta["headnote"] = block.text.strip()
                state.warn("date_inferred", "成文日期 taken from a dated line of the head", block.span)
                _later_dated_lines(state, head[at + 1:])
                return


LATER_DATED_MAX = 200   # a dated line of a law's history (…令第149号《关于修改…的决定》修正) is this long at most


def _later_dated_lines(state: State, blocks: list[Block]) -> None:
    """The dated lines right after the first one (its 施行, 修正, 修订 history) are the head's too: the
    题注 holds them all, none is body text."""
    for block in blocks:
        if block.role is not None or block.kind != "para":
            continue
        found = find_date(block.fold)
        if found is None or found[2][0] > HEADNOTE_DATE_AT or len(block.fold) > LATER_DATED_MAX \
                or recognise(block.fold, block.fold) is not None:
            return
        block.role = "date_note"
        note = state.meta.get("headnote")
        state.meta["headnote"] = f"{note}\n{block.text.strip()}" if note else block.text.strip()


def _part_title(content: list[Block], i: int, formal: bool = False) -> None:
    """The block after the notice's signature that looks like a title starts the enclosed document
    (with `formal`, only a title that ends in a 文种: …实施方案, …办法)."""
    for block in content[i:i + 4]:
        if block.role is not None:   # a 附注 such as （此件公开发布） may stand between
            continue
        if is_title_like(block) and not is_heading_line(block.fold) \
                and (not formal or P.TITLE_END.search(block.fold)):
            block.role = "part_title"
        return


def colophon(state: State, matter: Matter) -> None:
    """版记: 抄送 and 印发机关/印发日期 at the end of the document."""
    content = matter.content
    tail = content[-TAIL_BLOCKS:]
    for i, block in enumerate(tail):
        if block.role is not None:
            continue
        cc = P.CC_LABEL.match(block.fold)
        if cc:
            block.role = "colophon"
            value = block.text[block.fold.index(":") + 1:].strip().rstrip("。.")
            state.meta["cc"] = [g.strip() for g in LIST_SEPARATOR.split(value) if g.strip()]
            continue
        _printed(state, tail, i)
    if "print_date" not in state.meta:      # a web page's footer after the document: its 印发 line stands above it
        for i in range(len(content) - len(tail) - 1, -1, -1):
            block = content[i]
            if block.role is None and len(block.fold) <= PRINTED_LINE_MAX and _printed(state, content, i):
                break


PRINTED_LINE_MAX = 80   # 某市人民政府办公厅 2021年2月7日印发: a short line (most paragraphs are passed over unmatched)


def may_be_printed_line(fold: str) -> bool:
    """Whether a line may be a 版记's 印发 line (patterns.PRINTED_LINE): it ends in 发, white space aside (every
    character of the pattern's \\s is one str.rstrip takes)."""
    return fold.rstrip().endswith("发")


def _printed(state: State, blocks: list[Block], i: int) -> bool:
    """The 印发 line of the 版记 at i (某市人民政府办公厅 2021年2月7日印发): 印发机关 and 印发日期."""
    block = blocks[i]
    if not may_be_printed_line(block.fold):
        return False
    printed = P.PRINTED_LINE.match(block.fold)
    found = find_date(block.fold) if printed else None
    if not found:
        return False
    block.role = "colophon"
    set_date(state, "print_date", found, block)
    # the organ before its date, with or without a space (…办公厅秘书处2022年9月13日印发)
    org = printed.group("org") or block.text[:found[2][0]].strip() or None
    prev = blocks[i - 1] if i > 0 else None
    if org and len(org) >= 2:
        state.meta["printed_by"] = clean_title(org)
    elif prev is not None and prev.role in (None, "signature") and len(prev.fold) <= SIGNATURE_MAX \
            and not is_heading_line(prev.fold):
        prev.role = "colophon"
        state.meta["printed_by"] = clean_title(prev.text)
    return True


def attachments(state: State, matter: Matter) -> None:
    """附件说明 ("附件：1.…") and attachment labels ("附件1") that start an enclosed part."""
    content = matter.content
    notes = []
    signed = False
    for i, block in enumerate(content):
        signed = signed or block.role == "date"
        if block.role is not None or len(block.fold) > 80 or not block.fold.startswith("附"):
            continue                        # (patterns.ATTACHMENT_LABEL starts with its 附)
        match = P.ATTACHMENT_LABEL.match(block.fold)
        if not match:
            continue
        nxt = content[i + 1] if i + 1 < len(content) else None
        # 附件：1.…, or 附件1.… with 2.… on the next line (the list's numbering goes on): a 附件说明
        goes_on = _list_goes_on(match, nxt)
        has_colon = ":" in block.fold[:6] or goes_on
        if signed and notes and match.group("rest") and is_title_like(block) and not goes_on:
            block.role = "part_title"       # '附件1：某区行动方案' after the signature: the attachment itself
            continue
        # "附件1" (or a bare "附件：" once the 附件说明 has been given) above a title starts the attachment
        if (not has_colon or notes) and not match.group("rest") and nxt is not None and is_title_like(nxt):
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
        names = [ITEM_NUMBER.sub("", n) for n in notes]
        state.meta["attachments"] = list(dict.fromkeys(names))


def _list_goes_on(label, nxt: Block | None) -> bool:
    """Whether a numbered attachment label (附件1.…, 附表：1. …) is the first line of a list whose next
    line is numbered one more (2.…)."""
    rest = label.group("rest").strip()
    first = label.group("num") or (number.group("num") if (number := P.ATTACHMENT_NUMBER.match(rest)) else None)
    if nxt is None or not first or not rest:
        return False
    following = P.ATTACHMENT_NUMBER.match(nxt.fold)
    return following is not None and int(following.group("num")) == int(first) + 1


def _is_attachment_item(block: Block) -> bool:
    """A line of the 附件说明 list: a title, or a numbered name ending in a bracket (…（不予转让）)."""
    return is_title_like(block) or (P.ATTACHMENT_ITEM.match(block.fold) is not None and "。" not in block.fold)


def interpretation(state: State, matter: Matter) -> None:
    """An interpretation (政策解读) published after the signed document: a part of its own, the
    document's explanation, not more of its text (outline gives it kind `interpretation`)."""
    content = matter.content
    signed = False
    for i, block in enumerate(content):
        signed = signed or block.role == "date"
        if signed and block.role is None and block.kind == "para" and may_be_interpretation(block.fold) \
                and P.INTERPRETATION_TITLE.match(block.fold) \
                and not is_heading_line(block.fold):        # (1.《…》问答 in a list of links is an item)
            if not any(len(b.fold) >= INTERPRETATION_BODY_MIN or is_heading_line(b.fold) for b in content[i + 1:]):
                block.kind = "boilerplate"  # 相关解读：《…》的政策解读 at the page's foot: a link, nothing under it
                continue
            block.role = "part_title"
            return


INTERPRETATION_BODY_MIN = 40    # an interpretation has headings or paragraphs under its title; a link has none


def may_be_interpretation(fold: str) -> bool:
    """Whether a line may be an interpretation's title (patterns.INTERPRETATION_TITLE): each of its forms holds
    解读, 问答, 答记者问, 问题解答, 一图读懂 or 图解, so 读, 问 or 图 (most lines hold none)."""
    return "读" in fold or "问" in fold or "图" in fold


QUOTED_DOCUMENT_BLOCKS = 8     # a page that reports a document prints its title within this many paragraphs


def quoted_document(state: State, matter: Matter) -> None:
    """A page that reports a document and then prints it (我市出台《关于…的若干措施》 / 关于…的若干措施 / 为…，
    制定本措施。 / 一、…): the line that is exactly the document the headline or a paragraph above names in 《》
    (with its （试行） line under it) starts the document's part."""
    content = matter.content
    if any(b.role == "part_title" for b in content):
        return
    named = set(_cited_titles(fold(state.meta.get("title") or "")))
    reported = False                                # a paragraph of the page's own before the document
    for i, block in enumerate(content[:QUOTED_DOCUMENT_BLOCKS]):
        if is_heading_line(block.fold):
            return                                  # (the document's items have begun: no title of its own)
        nxt = content[i + 1] if i + 1 < len(content) else None
        if block.role is None and named and reported and is_title_like(block):
            alone = squash(block.fold)
            bracketed = nxt is not None and nxt.role is None and P.DRAFT_NOTE.fullmatch(squash(nxt.fold))
            if _names_as(alone, named) or bracketed and _names_as(alone + squash(nxt.fold), named):
                block.role = "part_title"          # (its （试行） line under it joins it: part_title_notes)
                return
        named.update(_cited_titles(block.fold))
        reported = reported or block.role is None and not is_title_like(block)


def _cited_titles(folded: str) -> list[str]:
    """The documents a text cites in 《》, squashed, in order."""
    return [squash(m.group("title")) for m in P.REFERENCE.finditer(folded)]


def _names_as(line: str, named: set[str]) -> bool:
    """Whether a title line is one a text names, or that name but for its notes in brackets (（征求意见稿）)."""
    return line in named or any(n.startswith(line) and P.DRAFT_NOTE.fullmatch(n[len(line):]) for n in named)


def part_title_notes(state: State, matter: Matter) -> None:
    """An enclosed title's note on the line under it (促进…的若干措施 / （试行）, …指导意见 / （征求意见稿）) is the
    title's."""
    content = matter.content
    merged = False
    for block, nxt in zip(content, content[1:]):
        if block.role == "part_title" and nxt.role is None and P.DRAFT_NOTE.fullmatch(squash(nxt.fold)):
            _merge_into(block, nxt)
            merged = True
    if merged:
        _drop_merged(state, content)


def named_parts(state: State, matter: Matter) -> None:
    """A notice that encloses several documents (印发《A》和《B》的通知): after the first enclosed title,
    a line that is exactly another title the notice names starts that document's part."""
    content = matter.content
    title = state.meta.get("title") or ""
    if not any(r in title for r in P.RELATIONS):
        return
    named = set(_cited_titles(fold(title)))
    starts = [i for i, b in enumerate(content) if b.role == "part_title"]
    if len(named) < 2 or not starts:
        return
    named.discard(squash(content[starts[0]].fold))
    for block in content[starts[0] + 1:]:
        if block.role is None and squash(block.fold) in named:
            block.role = "part_title"
            named.discard(squash(block.fold))



WRAPPED_TITLE_LINES = 3     # an enclosed title wraps over at most this many more lines


def wrapped_part_titles(state: State, matter: Matter) -> None:
    """An enclosed title printed over two or three lines (白银市建立…平稳健康发展 / “一城一策”工作方案):
    when the notice's title names it (《…》, 印发…的通知) and the part title line only begins it, the
    lines that complete the name are joined to it."""
    title = fold(state.meta.get("title") or "")
    named = _cited_titles(title)
    enclosed = P.TRANSMITTED_NAME.search(title)
    if enclosed:
        named.append(squash(enclosed.group("name")))
    content = matter.content
    titled = [i for i, block in enumerate(content) if block.role == "part_title"]    # (the loop gives no role)
    for i in titled:
        block = content[i]
        have = squash(block.fold)
        goal = next((n for n in named if n.startswith(have) and len(n) > len(have)), None)
        if goal is None:
            _end_of_title(block, content[i + 1:i + 2])
            continue
        taken = []
        for follow in content[i + 1:i + 1 + WRAPPED_TITLE_LINES]:
            joined = have + squash(follow.fold)
            if follow.role is not None or is_heading_line(follow.fold) or not goal.startswith(joined):
                break
            taken.append(follow)
            have = joined
            if have == goal:
                break
        if have != goal:
            _end_of_title(block, content[i + 1:i + 2])
            continue
        for follow in taken:
            _merge_into(block, follow)
    if titled:                      # (only a part title has lines joined to it)
        _drop_merged(state, content)


WRAPPED_END_MAX = 30        # the line that ends a wrapped enclosed title (转制为企业的规定) is this short


def _end_of_title(block: Block, following: list[Block]) -> None:
    """A part title line without its 文种 (文化体制改革中经营性文化事业单位) and a short line under it that
    ends in one (转制为企业的规定): one title printed over two lines."""
    if not following or P.TITLE_END.search(block.fold):
        return
    nxt = following[0]
    if nxt.role is None and is_title_like(nxt) and len(nxt.fold) <= WRAPPED_END_MAX and P.TITLE_END.search(nxt.fold) \
            and not is_heading_line(nxt.fold):
        _merge_into(block, nxt)


def _drop_merged(state: State, content: list[Block]) -> None:
    """The blocks a rule joined to the line above them leave the document."""
    if any(b.kind == "merged" for b in content):
        state.blocks = [b for b in state.blocks if b.kind != "merged"]
        content[:] = [b for b in content if b.kind != "merged"]


def _merge_into(block: Block, follow: Block) -> None:
    """A title's next line joins it; the line's own block is dropped after the rule (kind "merged")."""
    block.lines += follow.lines
    block.text += follow.text
    block.fold += follow.fold
    follow.kind = "merged"


RESTART_LOOKAHEAD = 2       # paragraphs between a restarting document's title and its 一、 (a preamble)


def restarted_parts(state: State, matter: Matter) -> None:
    """Inside the enclosed documents, a title line (…的规定, …办法) followed by a 一、 when this part has had
    its 一、 already: the numbering restarts, so a second document starts there (印发A和B两个规定的通知)."""
    content = matter.content
    starts = [i for i, b in enumerate(content) if b.role == "part_title"]
    if not starts:
        return
    seen_first = False
    for i in range(starts[0] + 1, len(content)):
        block = content[i]
        if block.role == "part_title":
            seen_first = False
            continue
        if block.role is not None:
            continue
        if not seen_first:          # only this part's 一、 changes anything here
            seen_first = may_open_numbering(block.fold) and _is_first_item(recognise(block.fold, block.text))
            continue
        # (a title line that is a 二、 is passed over as any other line that is no title: the title's
        # tests, cheaper, are asked before the recogniser)
        if len(block.fold) > 60 or not P.TITLE_END.search(block.fold) or not is_title_like(block) \
                or is_heading_line(block.fold):
            continue
        head = recognise(block.fold, block.text)
        if head is not None and head.kind == "cn":
            continue
        for follow in content[i + 1:i + 2 + RESTART_LOOKAHEAD]:
            restart = recognise(follow.fold, follow.text) if follow.role is None else None
            if restart is not None:
                if _is_first_item(restart):
                    block.role = "part_title"
                    seen_first = False
                break


def may_open_numbering(fold: str) -> bool:
    """Whether a line may be a 一、 (a heading of kind cn numbered 1): its numeral ends in 一 (dates.cn_int reads
    1 from no other run of the table's numerals: 一, 〇一, 五一 …)."""
    return "一" in fold


def _is_first_item(head) -> bool:
    return head is not None and head.kind == "cn" and head.number == 1
