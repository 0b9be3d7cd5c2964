"""Responsible units, the one unit-list reader: find unit lists in a text and tell lead from support.

Forms: trailing parentheses （区知识产权局、区教育局）; labelled （牵头单位：…；配合单位：…）;
role words after the units （省商务厅牵头，合肥海关配合）; a label on its own line; a missing
closing bracket. A parenthesis is a unit list only if every item it holds looks like a unit name
(patterns.UNIT_SUFFIXES) or it carries a label; （基地）, (2023—2025年), (皖政〔2016〕64号) are not.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from . import patterns as P

OPEN, CLOSE = "(（[【〔", ")）]】〕"
OPENING = re.compile("[%s]" % re.escape(OPEN))
UNIT_ENDINGS = P.UNIT_SUFFIXES + ("地区", "地方", "各地", "等")
SUPPORT_WORDS = ("配合", "参与", "参加", "协同", "协助")
SUPPORT_WORD = re.compile("|".join(SUPPORT_WORDS))      # (one scan by the standard engine for them all)
LEVEL_WORDS = frozenset("省市县区州镇乡")
GENERIC_UNITS = frozenset(("单位", "部门", "机构", "机关"))       # 有关部门和单位 is one collective
SENTENCE_BREAK = regex.compile(r"[。；;！!\n]")
SENTENCE_END = "。；;！!？?"
_LABELS = "|".join(sorted(P.UNIT_LABELS, key=len, reverse=True))
# '责任单位：…' or '【责任单位】…' outside brackets, at the start of a line or sentence.
BARE_LABEL = regex.compile(r"(?:^|(?<=[\n。；;]))[ \t\u3000]*+(?P<body>(?:(?:%s)\s*[:：]|[【\[](?:%s)[】\]]\s*[:：]?)"
                           r"[^\n。]*)" % (_LABELS, _LABELS))
# ... or stands alone on its line over its value: 责任单位 / 卫健局、文旅局.
LINE_LABEL = regex.compile(r"(?:^|(?<=\n))[ \t\u3000]*+(?P<label>%s)[ \t\u3000]*\n(?P<value>[^\n]{2,200})" % _LABELS)
LABEL_MARKS = (":", "：", "】", "]")     # one of them follows or closes every BARE_LABEL
LABEL_MARK = re.compile("[%s]" % re.escape("".join(LABEL_MARKS)))
CLAUSE_BREAK = regex.compile(r"[，,；;]")
TAIL_ONLY = regex.compile(r"(?<![ \t\n。.;；])[ \t\n。.;；]*+\Z")     # used right after a closing bracket
BRACKET_OR_BREAK = re.compile(r"[(（)）\[\]【】〔〕\n]")    # (literal characters: the standard engine scans faster)
OTHER_FIELD = regex.compile(r"(?:[；;。，,]\s{0,3}|\s{1,3})\p{Han}{2,6}[:：]")     # …；适用范围：…, … 监督方式：…
BRACKETED_LABEL = regex.compile(r"^[【\[](?P<label>%s)[】\]]\s*[:：]?\s*" % _LABELS)
# What find_unit_lists needs to find any list: an opening bracket (_groups), a label's mark (_bare_labels), 由
# (_inline_roles' INLINE_ROLES, _acts) or a support word's first character (_inline_roles' OPENER_ROLES); one scan
# of a class of characters for all of them (a class is scanned about twice as fast as an alternation)
LIST_NEEDS = re.compile("[%s]" % re.escape(OPEN + "".join(LABEL_MARKS) + "由" + "".join(dict.fromkeys(w[0] for w in SUPPORT_WORDS))))
OWN_LIST_NEEDS = re.compile("[%s]" % re.escape(OPEN + "".join(LABEL_MARKS)))    # (a list of its own: the first two)


@dataclass
class UnitList:
    units: list[str] = field(default_factory=list)
    lead: list[str] = field(default_factory=list)
    support: list[str] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    unclosed: bool = False
    time_limit: str | None = None   # a time limit written among the units: （市发展改革委，2023年12月底前）
    labelled: bool = False      # read from labels (牵头单位：…；责任单位：…), in brackets or on lines of their own
    prose: bool = False         # written in a sentence (由X牵头…), not as a list of its own
    acts: bool = False          # named by the act it does (由X依法处理): the weakest reading, see _acts


def find_unit_lists(text: str, own_only: bool = False) -> list[UnitList]:
    """Every unit list in `text` (folded or not), in order of appearance; with `own_only`, only the lists of their
    own, not those written in a sentence (`prose`: _inline_roles, _acts), which are then not read at all (the
    readers before them do not depend on them)."""
    if not (may_hold_own_list(text) if own_only else may_hold_list(text)):
        return []                       # (most texts)
    found = []
    for start, end, inner, closed in _groups(text):
        labelled = P.UNIT_LABEL_RE.search(inner)
        if start == 0 and text[0] in "【[" and not labelled and not _at_end(text, end):
            continue                    # 【风口研报·公司】核心产品…: a column's tag before the text, no units
        at_boundary = start == 0 or text[start - 1] in SENTENCE_END or _at_end(text, end)
        if not labelled and not at_boundary or P.PHONE_BEFORE.search(text, max(0, start - 16), start):
            continue                    # 0571-89540981（区住建局）: who answers the number, not who does a task
        parsed = parse_group(inner)
        if parsed is not None:
            parsed.span, parsed.unclosed = (start, end), not closed
            found.append(parsed)
    taken = [f.span for f in found]
    for reader in OWN_READERS if own_only else READERS:
        more = reader(text, taken)
        if more:
            found += more
            taken += [f.span for f in more]
    if not own_only and "由" in text and not any(not f.prose for f in found):    # (a list of its own says who does the task)
        found += _acts(text, taken)
    if len(found) > 1:
        found.sort(key=lambda f: f.span[0])
        found = [f for f in found if not any(g is not f and g.span[0] <= f.span[0] and f.span[1] <= g.span[1]
                                             and g.span != f.span for g in found)]
        # (责任单位：…各县(市、区)政府(管委会): the bracket is a name's, inside the labelled list)
    return found


def may_hold_list(text: str) -> bool:
    """Whether a text holds one of the characters without which find_unit_lists finds no list (LIST_NEEDS), or
    a label alone on its line (LINE_LABEL)."""
    return LIST_NEEDS.search(text) is not None or "\n" in text and LINE_LABEL.search(text) is not None


def may_hold_own_list(text: str) -> bool:
    """Whether a text holds one of the characters without which find_unit_lists finds no list of its own
    (OWN_LIST_NEEDS), or a label alone on its line (LINE_LABEL)."""
    return OWN_LIST_NEEDS.search(text) is not None or "\n" in text and LINE_LABEL.search(text) is not None


ACTOR_NOT_ORGAN = ("单位", "企业", "个人", "人员", "家庭", "申请人", "机构")   # 由用地单位开展…, 由开发企业…: no organ


def _acts(text: str, taken: list[tuple[int, int]]) -> list[UnitList]:
    """Organs named by the act they do at a clause's start (…的，由公安部门依法处理): see patterns.ACT_START. The lead
    is tried at each act word after 由 in turn, so an act word inside the organ's name (由市场监督管理局依法查处) does
    not cut it."""
    out = []
    for start in P.ACT_START.finditer(text):
        at = start.end()
        if any(a <= start.start() < b for a, b in taken) or _inside_brackets(text, start.start()):
            continue
        clause_end = next((i for i in range(at, min(len(text), at + ACT_LEAD_LIMIT)) if text[i] in "，,。；;：:()（）"),
                          min(len(text), at + ACT_LEAD_LIMIT))
        best = None                     # the longest lead that names organs (由国家统计局调查总队组织实施)
        for act in P.ACT_WORD.finditer(text, at + 2, clause_end):
            names = _acting_organs(text[at:act.start()])
            if names:
                best = (names, act.end())
        if best:
            found = UnitList(units=best[0])
            found.span, found.prose, found.acts = (start.start(), best[1]), True, True
            out.append(found)
    return out


ACT_LEAD_LIMIT = P.ACT_LEAD_MAX + 8


def _acting_organs(lead: str) -> list[str] | None:
    """The organs a 由-clause names before its act, or None (an applicant, an enterprise, a clause of its own)."""
    if not lead.endswith(UNIT_ENDINGS) or not is_unit_list(lead):
        return None
    names = split_units(lead)
    if any(n.endswith(ACTOR_NOT_ORGAN) and not is_collective(n) or P.ACT_NAME_NOT_ORGAN.search(n) for n in names):
        return None                     # (纳税人申请并经税务机关, 本部门: a clause or a word for one, no organ named)
    return names


def _inline_roles(text: str, taken: list[tuple[int, int]]) -> list[UnitList]:
    """Roles written in a sentence: '由市发改委牵头，市科委配合，…', '由市财政局负责…', '由A会同B组织实施',
    '市财政局负责统筹资金，市审计局配合…' (see patterns.INLINE_ROLES)."""
    out = []
    matches = list(P.INLINE_ROLES.finditer(text)) if "由" in text else []
    if SUPPORT_WORD.search(text):         # most paragraphs have none
        starts = [0] + [m.end() for m in SENTENCE_BREAK.finditer(text)]
        for start, end in zip(starts, starts[1:] + [len(text)]):
            sentence = text[start:end]
            if ("负责" in sentence or "牵头" in sentence) and any(w in sentence for w in SUPPORT_WORDS):
                found = P.OPENER_ROLES.match(text, start, end)
                if found:
                    matches.append(found)
    if not matches:
        return out                      # (most texts)
    for match in sorted(matches, key=lambda m: m.start()):
        if any(a <= match.start() < b for a, b in taken) or _inside_brackets(text, match.start()):
            continue                    # （技工院校内由…负责）: an explanation, not the task's units
        groups = match.groupdict()
        lead_text = groups.get("lead") or groups.get("opener")
        if not lead_text.endswith(UNIT_ENDINGS) or not is_unit_list(lead_text):
            continue                    # (the last name ends like a unit: most prose fails here, cheaply)
        lead = split_units(lead_text)
        support_text = groups.get("with") or groups.get("support") or groups.get("osupport")
        support = split_units(support_text) if support_text else []
        if support and not all(is_unit(n) for n in support):
            support = []
        if groups.get("opener") and not support:
            continue                    # '市财政局负责…' alone: a duty, read where duties are read
        jointly = split_units(groups["jointly"]) if groups.get("jointly") else []
        if jointly and all(is_unit(n) for n in jointly):
            found = UnitList(units=lead + [u for u in jointly if u not in lead])   # 由A联合B: together, no lead
        elif groups.get("jointly"):
            continue
        elif groups.get("plain") and not support:
            found = UnitList(units=lead)            # 由X负责: responsible, no lead named
        else:
            found = UnitList(units=lead + [u for u in support if u not in lead], lead=lead, support=support)
        found.span, found.prose = match.span(), True
        out.append(found)
    return out


def _inside_brackets(text: str, at: int) -> bool:
    before = text[max(0, at - 60):at]
    opened = max(before.rfind("（"), before.rfind("("))
    return opened >= 0 and max(before.rfind("）"), before.rfind(")")) < opened


def _at_end(text: str, end: int) -> bool:
    return TAIL_ONLY.match(text, end) is not None      # matched in place: no copy of the rest


def _groups(text: str):
    """Top-level bracket groups (start, end, inner, closed); an unclosed last one runs to the end."""
    if OPENING.search(text) is None:
        return                          # (no group opens: most texts)
    depth, start = 0, None
    for found in BRACKET_OR_BREAK.finditer(text):     # only brackets and breaks matter here
        i, ch = found.start(), found.group()
        if ch in OPEN:
            if depth == 0:
                start = i
            depth += 1
        elif ch in CLOSE and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1, text[start + 1:i], True
        elif ch == "\n" and depth:
            yield start, i, text[start + 1:i], False
            depth = 0
    if depth and start is not None:
        yield start, len(text), text[start + 1:].rstrip(), False


def _bare_labels(text: str, taken: list[tuple[int, int]]) -> list[UnitList]:
    """'责任单位：…' outside brackets, up to the end of its line or sentence; or a label alone on its line over
    its value's line (责任单位 / 卫健局、文旅局: a record copied one field a line)."""
    out = []
    if "\n" in text:
        for match in LINE_LABEL.finditer(text):
            s, e = match.span()
            if not any(a <= s < b for a, b in taken):
                parsed = parse_group(f"{match.group('label')}：{match.group('value')}")
                if parsed is not None:
                    parsed.span = (s, e)
                    out.append(parsed)
    if LABEL_MARK.search(text) is None:
        return out                      # (every other label is followed by a colon or closed by 】/])
    for match in BARE_LABEL.finditer(text):
        s, e = match.span("body")
        if any(a <= s < b for a, b in taken):
            continue
        parsed = parse_group(match.group("body"))
        if parsed is not None:
            parsed.span = (s, e)
            out.append(parsed)
    return out


# The readers after the bracket groups, in order (each passes over what those before it took); a list of its own is
# read by the first alone (_inline_roles' lists are prose)
READERS = (_bare_labels, _inline_roles)
OWN_READERS = (_bare_labels,)


def parse_group(inner: str) -> UnitList | None:
    """The units of one bracket's content, or None if it is not a unit list."""
    inner = _without_note(inner.strip().rstrip("。.；;，,"))
    if not inner or len(inner) > 400 or inner in P.UNIT_LABELS:    # （责任单位） alone names no one
        return None
    bracketed = BRACKETED_LABEL.match(inner)
    if bracketed:                                 # '【责任单位】A、B' read as '责任单位：A、B'
        inner = f"{bracketed.group('label')}：{inner[bracketed.end():]}"
    if P.UNIT_LABEL_RE.search(inner):
        return _labelled(inner)
    found = _role_clauses(inner)
    if found is None:       # （A、B负责。列第一位者为牵头单位，下同）, （…负责，排在第一位的部门为牵头部门）: a note
        note = P.LEAD_FIRST_NOTE.search(inner)
        head = inner[:note.start()] if note else inner.split("。", 1)[0] if "。" in inner else None
        found = _role_clauses(head.rstrip("，,。；; ")) if head else None
    return found                    # (the note's rule is the document's: tasks reads it once for every list)


def _without_note(inner: str) -> str:
    """A unit list without the note that closes it (tasks reads the notes' rules from the whole document): a
    bracket of its own, 市税务局（列第一位者为工作牵头单位，下同）, or a sentence after the list, …。以下政策措施均需…不再单独列出."""
    if inner[-1:] in ")）":
        note = P.LIST_NOTE.search(inner)
        if note and note.start() > 0:
            inner = inner[:note.start()].rstrip("，,；; ")
    if "。" in inner:
        head, rest = inner.split("。", 1)
        if P.ALL_BELOW_NOTE.search(rest) or P.LEAD_FIRST_NOTE.search(rest) or LIST_NOTE_WORDS.search(rest):
            inner = head
    return inner


LIST_NOTE_WORDS = re.compile("下同|不再|另行|均涉及")     # 。具体任务均涉及相关市(州)人民政府，不再做分工，下同


def _labelled(inner: str) -> UnitList | None:
    result = UnitList()
    matches = list(P.UNIT_LABEL_RE.finditer(inner))
    for n, match in enumerate(matches):
        end = matches[n + 1].start() if n + 1 < len(matches) else len(inner)
        other = OTHER_FIELD.search(inner, match.end(), end)     # …；适用范围：… ends the list
        body = inner[match.end():other.start() if other else end].strip().rstrip("；;，,。")
        role = P.UNIT_LABELS[match.group("label")]
        clause = _role_clauses(body, default=role)
        if clause is None:
            names = split_units(body)
            if not names:
                continue
            clause = UnitList(units=names)
            _assign(clause, names, role)
        _merge(result, clause)
    if not result.units:
        return None
    _lead_beside_support(result, True)
    result.labelled = True
    return result


def _role_clauses(inner: str, default: str | None = None) -> UnitList | None:
    """'A牵头，B、C按职责分工配合' or a plain list 'A、B、C'; None if any item is not a unit."""
    result = UnitList()
    clauses = [c.strip() for c in CLAUSE_BREAK.split(inner) if c.strip()]
    has_role = False
    for clause in clauses:
        match = P.ROLE_AFTER_RE.match(clause)
        role = default
        if match and is_unit_list(match.group("units")):
            body, role = match.group("units"), P.ROLE_AFTER[match.group("role")] or default
            has_role = True
        else:
            body = clause
        leading, joined, helping = body.partition("会同")
        if joined and is_unit_list(leading) and is_unit_list(helping):     # A会同B负责: A leads, B helps
            part = UnitList(units=split_units(leading) + split_units(helping), lead=split_units(leading),
                            support=split_units(helping))
            has_role = True
            _merge(result, part)
            continue
        names = split_units(body)
        if not names and result.units and P.TIME_NOT_UNIT.search(body) and result.time_limit is None:
            result.time_limit = body        # （市发展改革委，2023年底前完成）, （…；持续推进）: when, after who
            continue
        if not names or not all(is_unit(n) for n in names):
            return None
        part = UnitList(units=names)
        _assign(part, names, role)
        _merge(result, part)
        has_role = has_role or role is not None
    if not result.units:
        return None
    _lead_beside_support(result, has_role)
    return result


def _lead_beside_support(result: UnitList, has_role: bool) -> None:
    """With a role said (牵头, 配合, a label), the units that lead and those that support split the list: beside
    those 牵头 the others support; beside those that 配合 the others, 负责 or unmarked, lead
    （市市场监管局负责，各区政府配合）."""
    if not has_role:
        return
    if result.lead:
        result.support = [u for u in result.units if u not in result.lead]
    elif result.support:
        result.lead = [u for u in result.units if u not in result.support]


def _assign(part: UnitList, names: list[str], role: str | None) -> None:
    if role == "lead":
        part.lead = list(names)
    elif role == "support":
        part.support = list(names)


def _merge(into: UnitList, part: UnitList) -> None:
    for attr in ("units", "lead", "support"):
        bucket = getattr(into, attr)
        bucket.extend(u for u in getattr(part, attr) if u not in bucket)


def _shared_scope(pieces: list[str]) -> list[str]:
    """各区消防救援部门、商务部门、应急部门: the departments after the first of each district are each district's too."""
    out, scope = [], None
    for piece in pieces:
        name = piece.strip()
        opened = P.SCOPE_PREFIX.match(name)
        if opened:
            scope = opened.group("scope")
        elif scope and P.BARE_DEPARTMENT.match(name):
            piece = scope + name
        else:
            scope = None
        out.append(piece)
    return out


def split_units(body: str) -> list[str]:
    names = []
    for piece in _shared_scope(_shared_organs(_shared_suffix(_pieces(body)))):
        name = P.UNIT_TRAILERS.sub("", piece.strip()).strip()
        name = name.strip("“”\"'")
        if name.startswith("等") and is_unit(name[1:]):
            name = name[1:]             # …、区农业农村局、等区政府有关部门: 等 opens the collective
        for part in _joined(name):
            if part and part not in names and not P.TIME_NOT_UNIT.search(part):
                names.append(part)
    return names


def _pieces(body: str) -> list[str]:
    """A list's pieces between patterns.UNIT_SEPARATORS, those inside brackets aside: 各县（市、区）人民政府 is one."""
    if not OPENING.search(body):
        return P.UNIT_SEPARATORS.split(body)      # (most lists: no bracket)
    pieces, start, depth, at = [], 0, 0, 0
    for found in P.UNIT_SEPARATORS.finditer(body):
        for ch in body[at:found.start()]:
            depth += (ch in OPEN) - (ch in CLOSE and depth > 0)
        at = found.start()
        if depth == 0:
            pieces.append(body[start:found.start()])
            start = found.end()
    pieces.append(body[start:])
    return pieces


SHARED_SUFFIXES = ("行政主管部门", "主管部门", "部门", "机构")      # longest first: the one a name ends in


def _shared_suffix(pieces: list[str]) -> list[str]:
    """教育、卫生、医保、人社部门: the fields before the last share its 部门 (教育部门, 卫生部门 …); not a list that
    ends in 等部门 (发展改革、财政等部门 is one collective) nor one whose pieces are organs already."""
    names = [p.strip() for p in pieces]
    if len(names) < 2 or "等" in names[-1] or names[-1].startswith(("各", "有关", "相关", "其他")):
        return pieces
    suffix = next((s for s in SHARED_SUFFIXES if names[-1].endswith(s)), None)
    if suffix is None or len(names[-1]) - len(suffix) < 2 or \
            not all(P.SHARED_FIELD.fullmatch(n) and not n.endswith(P.UNIT_SUFFIXES) for n in names[:-1]):
        return pieces
    return [n + suffix for n in names[:-1]] + [pieces[-1]]


def _shared_organs(pieces: list[str]) -> list[str]:
    """各市、县人民政府 is one collective, the governments of each city and county: a bare 各市 shares the
    organ of the level word after it (县人民政府), so the two pieces stay one name as written; so does 市、区住房保障部门.
    A place named bare before another place's government (马尾区、闽侯县人民政府) is that place's government."""
    out: list[str] = []
    for piece in pieces:
        name = piece.strip()
        base = _without_alias(name)     # (各县、区人民政府(管委会): the organ before its second name)
        shares = P.LEVEL_ORGAN.fullmatch(base) or base[:1] in LEVEL_WORDS and base.endswith(P.UNIT_SUFFIXES)
        government = P.PLACE_GOVERNMENT.fullmatch(name)
        if out and government and P.BARE_PLACE.fullmatch(out[-1].strip()):
            out[-1] = out[-1].strip() + government.group("organ")   # 马尾区、闽侯县人民政府: two governments
            out.append(piece)
        elif out and P.BARE_COLLECTIVE_LEVEL.fullmatch(out[-1].strip().split("、")[-1]) \
                and (shares or out[-1].startswith("各") and name in LEVEL_WORDS):
            out[-1] = out[-1].strip() + "、" + piece.strip()     # 各县、市、区政府: one collective, as written
        elif out and name in GENERIC_UNITS and is_collective(out[-1].strip()):
            out[-1] = out[-1].strip() + "、" + name              # 市直有关部门、单位: one collective
        else:
            out.append(piece)
    return out


def _without_alias(name: str) -> str:
    """A name without the second name in brackets after it: 区人民政府(管委会) -> 区人民政府."""
    if name[-1:] not in ")）〕]":
        return name
    aliased = P.UNIT_ALIAS.match(name)
    return aliased.group("name") if aliased else name


def _joined(name: str) -> list[str]:
    """Two units joined by 及 or 和 (国家发展改革委及国家粮食局) are two; 工业和信息化部 is one."""
    for word in ("及", "和"):
        left, joined, right = name.partition(word)
        if joined and is_unit(left) and is_unit(right) and right not in GENERIC_UNITS:
            return [left, right]
    return [name]


def is_unit(name: str) -> bool:
    if not (2 <= len(name) <= P.UNIT_MAX_CHARS):
        return False
    if name[-1] in ")）〕]":
        aliased = P.UNIT_ALIAS.match(name)      # 市市场监管局（市知识产权局）: one organ under two names
        return aliased is not None and is_unit(aliased.group("name")) and is_unit(aliased.group("alias"))
    if P.NOT_UNIT_WORDS.search(name) and not name.endswith(("单位", "部门", "政府")) or P.NOT_UNIT_START.match(name) \
            or P.PERSON_NAME.match(name) or P.GENERIC_UNIT.match(name) or "由" in name.replace("自由", ""):
        return False                    # (…开展的城市设计改由政府部门: a clause that runs to a later 由)
    return name.endswith(P.UNIT_SUFFIXES) or P.COLLECTIVE_PLACE.match(name) is not None


def is_collective(name: str) -> bool:
    """A unit that names a group of units (各区政府, 有关部门, 国务院相关部门, 各地区, 各成员单位)."""
    return P.COLLECTIVE.search(name) is not None


def is_unit_list(body: str) -> bool:
    names = split_units(body)
    return bool(names) and all(is_unit(n) for n in names)


def combine(lists: list[UnitList]) -> tuple[list[str], list[str], list[str], bool]:
    """Union of several lists in order; roles kept only where the lists agree."""
    units: list[str] = []
    for found in lists:
        units.extend(u for u in found.units if u not in units)
    if len(lists) == 1:
        return units, lists[0].lead, lists[0].support, False
    lead, support, plain = set(), set(), set()
    for found in lists:
        lead.update(found.lead)
        support.update(found.support)
        plain.update(u for u in found.units if u not in found.lead and u not in found.support)
    if all(found.labelled for found in lists) and not lead & support:
        if lead:
            support |= plain - lead     # 牵头单位：A / 责任单位：B、C on lines of their own: beside the lead, support
        elif support:
            lead = plain - support      # 责任单位：A / 配合单位：B: beside the support, A leads
        plain = set()
    if not lead or lead & support or (plain - lead - support) or (plain & support):
        return units, [], [], bool(lead)
    return units, [u for u in units if u in lead], [u for u in units if u in support], False
