"""The one heading recogniser, below the stages: segment, metadata and outline all ask it.

`recognise(fold, text, pos)` reads the marker that starts at `pos` (a line start, or a candidate
inside a run-on line) from the table `patterns.HEADING_MARKERS` and says what it is: kind, number,
rank and where its rest begins. It decides what a marker *could* be; whether a candidate becomes a
heading is the outline's consistency step (does it fit the document's numbering?). A `weak`
candidate (an item whose text starts with a digit, a line that opens with a cross-reference such as
第二十四条之合意管辖) is a heading only where the numbering expects exactly that number.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from . import patterns as P
from .dates import cn_int

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
DOTTED_DIGITS = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"
PAREN_CN = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩"
LONG_REST = 25          # a chapter/section line longer than this is prose ("第二章规定的……")
SHORT_TITLE = 30        # a marker alone on its line takes a following line this short as its title
FIRST_CHARS = frozenset("第(〔㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩*_@#|>" + CIRCLED + PAREN_DIGITS + DOTTED_DIGITS
                        + P.CN_NUM + "0123456789")
# (literal classes, lazy repeats and a lookahead alone, which both engines read alike: the standard engine
# reads them about 3x faster, once a heading)
FIRST_SENTENCE = re.compile(r"^(?P<title>[^。！？!?]{1,60}?)(?P<stop>[。！？!?]|[:：](?=.))")
QUESTIONS = re.compile(r"(?:[^。！？!?；;]{2,40}[？?])+")
LABEL_VALUE = regex.compile(r"^(?P<label>[^:：\d]{2,12}?)[:：]\s*(?P<value>\S.*)$")
ARTICLE_NAME_MAX = 20   # 第八条 贷款利率: an article's name on its own line
TITLE_CLAUSE_MAX = 16   # each clause of a title with commas (健全工作机制，强化统筹协调) is this short
TITLE_WITH_COMMAS_MAX = 40
RUN_IN_CLAUSE_MAX = 24  # ... and of a first sentence with text right after it on its line (（一）简化…的审批手续，提高…速度。正文)
NAME_BRACKETS = "【["        # what patterns.BRACKETED_NAME opens with: most articles' rests do not
BRACKET_ONLY = re.compile(r"[(（][^()（）]{1,8}[)）]")     # （刪除）, （略） (literal classes: the standard engine)
BARE_CLAUSE_MAX = 24    # ... and of a 一、 line without a full stop (三、采取有力措施，保证1980、1981年计划的完成)
# Plain character scans, asked of every heading's rest: the standard engine is faster for them.
SENTENCE_END = re.compile(r"[。！？!?]")
CLAUSE_END = re.compile(r"[。！？!?；;]")
SHORT_TITLE_PUNCT = re.compile(r"[。,，;；]")


@dataclass(slots=True)
class Heading:
    kind: str
    number: int
    sub: int | None
    marker: str        # the marker as written (output script)
    rest: str          # the text after the marker to the end of the line (output script), stripped
    rank: int
    start: int = 0     # offset of the marker in the line
    rest_start: int = 0
    weak: bool = False


def recognise(fold: str, text: str, pos: int = 0, decimal: bool = False) -> Heading | None:
    """The heading marker at `pos` of a line (`fold` for matching, `text` the same in output form), or
    None. Its rest runs to the end of the line (the outline cuts a run-on line before it asks again)."""
    if pos >= len(fold) or fold[pos] not in FIRST_CHARS and not fold[pos].isdigit():
        return None
    lead = P.HEADING_LEAD.match(fold, pos) if fold[pos] in "*_@#|>" else None
    start = lead.end() if lead else pos
    if decimal and start == 0 and fold[0].isdigit():
        head = _decimal(fold, text)
        if head is not None and head.kind != "decimal1":
            return head             # 1.1　编制目的及依据 in a decimal scheme: 1.1, not the item 1. titled "1　编制…"
    markers = MARKERS if ASTRAL.search(fold, start) is None else MARKERS_REGEX
    first = markers.match(fold, start)
    if first is not None:
        kind = MARKER_KIND[first.lastindex]
        head = _heading(kind, first, fold, text, start, MARKER_GROUPS[kind])
        if head is not None:
            return head
        for kind in LATER_KINDS[kind]:      # (the first kind's marker is no heading here: the others, in order)
            match = P.HEADING_RE[kind].match(fold, start)
            if match:
                head = _heading(kind, match, fold, text, start, GROUP_NUMBERS[kind])
                if head is not None:
                    return head
    if decimal and start == 0:
        return _decimal(fold, text)
    return None


@functools.lru_cache(maxsize=256)
def _line_heading(fold: str) -> Heading | None:
    """The recogniser asked of one line, as segmentation asks twice in a row (as `nxt`, then as `prev`)."""
    return recognise(fold, fold)


def is_heading_line(fold: str) -> bool:
    """Whether a line starts with a heading marker: segmentation's question, answered by the recogniser
    (a weak candidate is left to the numbering, so it does not decide where a paragraph ends)."""
    head = _line_heading(fold)
    return head is not None and not head.weak


def is_title_line(fold: str) -> bool:
    """Whether a line is a heading whose whole line may be its title (a line of short clauses without a
    sentence end): segmentation never runs the next line into it."""
    head = _line_heading(fold)
    return head is not None and not head.weak and head.kind not in P.LAW_KINDS and conditional_title(head) is not None


def _heading(kind: str, match, fold: str, text: str, start: int, groups: dict[str, int]) -> Heading | None:
    rest_start = match.end()
    end = len(fold)
    title_line = kind in P.TITLE_LINE_KINDS
    head_fold = fold[rest_start:rest_start + 8]
    if title_line and head_fold[:1] in ":：" and len(head_fold) > 1:
        rest_start += 1                                 # 第一部分：一类门诊特定病种: the colon parts marker and title
        head_fold = fold[rest_start:rest_start + 8]
    if head_fold[:1] in P.NOT_HEADING_REST:
        return None
    if kind == "cn" and head_fold[:1] in P.CN_NUM and P.NOT_CN_REST.match(head_fold):
        return None                                     # (the pattern opens with a numeral: most rests do not)
    weak = False
    if kind in ("arabic", "paren_arabic") and head_fold[:1].isdigit():
        if kind == "arabic" and fold[rest_start - 1] == "." and P.AMOUNT_REST.match(head_fold):
            return None                                 # 3.5亿元: a number, not an item
        weak = True
    elif kind == "article" and not fold[rest_start - 1].isspace() and P.CROSS_REFERENCE_REST.match(head_fold):
        weak = True                                     # 第六条第一项… glued to the marker: a reference
    if title_line:                                      # 第一章　总则　　第一条 …: the title ends at the article
        end = _next_marker(fold, text, rest_start, end)
    rest = text[rest_start:end].strip()
    if rest.endswith(("*", "_")):
        rest = rest.rstrip("*_").strip()                # 一、标题**: bold markdown's close
    if title_line and (len(rest) > LONG_REST or P.INNER_PUNCT.search(rest) or "。" in rest):
        return None
    number, sub = _marker_number(kind, match, groups)
    if not number:
        return None
    marker = text[start:rest_start].strip().strip("*_").rstrip(":：").strip()
    return Heading(kind, number, sub, marker, rest, P.RANK[kind], start, rest_start, weak)


def _next_marker(fold: str, text: str, start: int, end: int) -> int:
    """Where the next candidate heading of the line starts (within LONG_REST characters), else `end`."""
    for found in P.INLINE_START.finditer(fold, start, min(end, start + LONG_REST + 2)):
        if recognise(fold, text, found.end()) is not None:
            return found.end()
    return end


# The group that holds a marker's number when it is not `num`, per kind: (group, its digits in order).
SYMBOL_GROUPS = {"circled": (("cnum", CIRCLED),), "paren_arabic": (("pnum", PAREN_DIGITS),),
                 "arabic": (("dnum", DOTTED_DIGITS),), "paren_cn": (("pcn", PAREN_CN),)}
# The number of each named group, per kind: the regex engine reads a group by its number several times
# faster than by its name (a name it looks up in a fresh copy of the pattern's table, every time).
GROUP_NUMBERS = {kind: pattern.groupindex for kind, pattern in P.HEADING_RE.items()}


def _kind_group(kind: str) -> str:
    """A kind's HEADING_RE as a group named by the kind, its own groups renamed `kind__name` (a name it holds
    twice, as paren_arabic's num, is `kind__name_2` the second time: the standard engine takes a name once)."""
    seen: set[str] = set()

    def rename(found: re.Match) -> str:
        name = found.group(1)
        unique = f"{name}_2" if name in seen else name
        seen.add(name)
        return f"(?P<{kind}__{unique}>"
    return f"(?P<{kind}>" + GROUP_NAME.sub(rename, P.HEADING_RE[kind].pattern) + ")"


# Every kind's HEADING_RE in one pattern, in table order, each a group named by its kind: one match finds the
# first kind whose marker stands at a position and reads its groups (as heading_kinds_from, then that kind's
# HEADING_RE, did in two). The kind's group holds the whole match, so it closes last: its number is lastindex.
# The standard engine reads it several times faster than the regex engine, and the two read it alike but for
# two classes: \s, which the standard engine takes wider (U+001C-U+001F as well), so that its copy spells out the
# regex engine's (SPACE); and \d, where the regex engine knows the digits of newer scripts, all beyond U+FFFF
# (the two agree on every digit below): the regex engine reads a text that holds such a character (ASTRAL).
SPACE = "[\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"    # the regex engine's \s
ASTRAL = re.compile(r"[\U00010000-\U0010ffff]")
GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
MARKER_SOURCE = "|".join(_kind_group(kind) for kind in P.HEADING_RE)
MARKERS = re.compile(MARKER_SOURCE.replace(r"\s", SPACE))
MARKERS_REGEX = regex.compile(MARKER_SOURCE)
MARKER_KIND = {MARKERS.groupindex[kind]: kind for kind in P.HEADING_RE}
MARKER_GROUPS = {kind: {name.split("__", 1)[1]: number for name, number in MARKERS.groupindex.items()
                        if name.startswith(kind + "__")} for kind in P.HEADING_RE}
LATER_KINDS = {kind: list(P.HEADING_RE)[i + 1:] for i, kind in enumerate(P.HEADING_RE)}


def _marker_number(kind: str, match, group: dict[str, int]) -> tuple[int | None, int | None]:
    """The number (and sub-number) a marker holds; `group` numbers its named groups in the pattern matched."""
    for name, digits in SYMBOL_GROUPS.get(kind, ()):
        symbol = match.group(group[name])
        if symbol:
            return digits.index(symbol) + 1, None
    if kind == "circled":
        return None, None
    num = match.group(group["num"])
    if num is None and "num_2" in group:        # (paren_arabic's second num, as MARKERS names it)
        num = match.group(group["num_2"])
    if kind not in P.LAW_KINDS:
        return (_number(num) if num else None), None
    sub = match.group(group["sub_cn"]) or (match.group(group["sub"]) if kind == "article" else None)
    return (_number(num) if num else None), (_number(sub) if sub else None)


# A marker's number, read once per numeral (a document numbers its headings with a few hundred at most).
_number = functools.lru_cache(maxsize=1024)(cn_int)


def inline_candidates(fold: str, text: str, start: int = 0):
    """Headings that may start inside a line (after a sentence end or a run of spaces), in order."""
    for found in P.INLINE_START.finditer(fold, start):
        head = recognise(fold, text, found.end())
        if head is not None:
            yield head


def short_title(fold: str) -> bool:
    return len(fold) <= SHORT_TITLE and SHORT_TITLE_PUNCT.search(fold) is None


def uses_decimal(folds) -> bool:
    """Decimal numbering is a scheme of its own: at least three short 'N.N title' lines."""
    count = 0
    for fold in folds:
        if "." not in fold[1:3]:
            continue                # (a number N.N… that counts has its first dot after one or two digits)
        match = P.DECIMAL_RE.match(fold)
        if match and "." in match.group("num") and _decimal_title(match.group("rest")):
            count += 1
            if count >= 3:
                return True
    return False


def _decimal_title(rest: str) -> bool:
    """A decimal heading's title: short, and not the unit of an amount (1.5 亿元, 70 年 in table cells)."""
    return short_title(rest) and not P.AMOUNT_UNIT.match(rest)


def _decimal(fold: str, text: str) -> Heading | None:
    """A decimal heading: its title short (1.3　适用范围), or, numbered N.N or deeper, a sentence of its own
    (5.1.1　为应对粮食应急状态，要…), never an amount (1.5 亿元)."""
    match = P.DECIMAL_RE.match(fold)
    rest = match.group("rest") if match else ""
    spaced = bool(match) and fold[match.start("rest") - 1:match.start("rest")].isspace()   # 1.2.1　国家级…, never 1.5亿元…
    if not rest or not (_decimal_title(rest) or "." in match.group("num") and spaced and not P.AMOUNT_UNIT.match(rest)):
        return None
    parts = match.group("num").split(".")
    if not all(p.isdecimal() for p in parts) or any(int(p) == 0 for p in parts):
        return None         # (a digit the regex engine's newer Unicode knows and int() does not: 2.𞓱)
    rest_start = match.start("rest")
    return Heading(f"decimal{len(parts)}", int(parts[-1]), None, match.group("num"), text[rest_start:].strip(),
                   P.DECIMAL_BASE_RANK + len(parts) - 1, 0, rest_start)


def split_title(head: Heading) -> tuple[str | None, str | None]:
    """Where a heading's title ends: '（四）完善管理体制。成立……' -> ('完善管理体制', '成立……').

    The rule: the whole rest is the title when it is one short clause without a sentence end; else
    the first sentence is the title when it is short and its clauses are short phrases
    (（二）健全工作机制，强化统筹协调。正文…), and more text follows; else the item has no title
    here (see conditional_title). Where lines were run together, the outline first cuts the heading's
    line at the white space that stands for its lost line break."""
    rest = head.rest
    if not rest:
        return None, None
    if head.kind in P.TITLE_LINE_KINDS:
        return P.HAN_GAP.sub("", rest), None         # 第一章　总　则 -> 总则
    if head.kind.startswith("decimal"):
        return (rest, None) if short_title(rest) else (None, rest)
    if head.kind == "article":
        named = P.BRACKETED_NAME.match(rest) if rest[0] in NAME_BRACKETS else None   # 第一条【总体目标】为落实… -> 总体目标
        return (named.group("name").strip(), named.group("body").strip() or None) if named else (None, rest)
    if rest[0] in "(（" and BRACKET_ONLY.fullmatch(rest):
        return None, rest           # 二、（刪除）: what became of the item, no heading
    if len(rest) <= P.TITLE_MAX_CHARS and SENTENCE_END.search(rest) is None \
            and not P.INNER_PUNCT.search(rest) and rest[-1] not in ";；":
        if rest[-1] in ":：" and P.LEAD_IN.search(rest[:-1]):
            return None, rest       # 申请人有以下情形之一的： a lead-in to its list, not a heading
        label = LABEL_VALUE.match(rest)
        if label:                   # 政策咨询电话：0571-63126707: its label, as with a full stop after it
            return label.group("label"), label.group("value")
        return rest.rstrip(":："), None
    if _questions(rest):
        return None, rest           # 如何遴选运营机构？授权期限有什么要求？: a title only over its answer
    first = FIRST_SENTENCE.match(rest)
    if first is None:
        return None, rest
    title, stop, after = first.group("title"), first.group("stop"), rest[first.end():]     # (each read once)
    body = after.strip()
    if not body:
        return None, rest           # one sentence alone (an item of a list, unless it heads content)
    if not title.startswith(("(", "（")) and _title_clauses(title, stop, after) \
            and not P.EFFECTIVE_CLAUSE.match(title):     # 五、本通知自…起执行。…: a provision
        if stop in ":：" and (len(title) > 20 or P.LEAD_IN.search(title) or title.endswith("的")):
            return None, rest       # a lead-in before its list or formula (计算公式为：…), a case (…登记的：…)
        if body.startswith("但") or P.ONLY_BRACKETS.fullmatch(body) and not P.OMITTED.match(body):
            return None, rest       # a 但书; one sentence and its unit list （负责部门：商务部）
        return title.strip(), body
    return None, rest


def _questions(rest: str) -> bool:
    """A rest that is questions and nothing else (every match ends in a question mark: a cheap test first)."""
    return rest[-1] in "？?" and QUESTIONS.fullmatch(rest) is not None


def run_in_title(text: str) -> tuple[str, str] | None:
    """(title, body) of an item's text whose first sentence reads as a run-in title when its list's items
    have such titles (its clauses may be longer than split_title takes alone): a sentence ending in 。,
    no rule in it (应, 可, 须 …), more text after it. None otherwise."""
    first = FIRST_SENTENCE.match(text)
    if first is None or first.group("stop") != "。" or first.group("title").startswith(("(", "（")):
        return None
    title, body = first.group("title").strip(), text[first.end():].strip()
    if not body or P.ONLY_BRACKETS.fullmatch(body) or "；" in title or ";" in title or P.RULE_SENTENCE.search(title) \
            or P.EFFECTIVE_CLAUSE.match(title) or len(title) < 4:
        return None
    return title, body


def conditional_title(head: Heading) -> str | None:
    """The title of a heading line that is a title only if it heads content (paragraphs or items
    under it), asked where split_title gives none: a line of short clauses (二、深入落实首都城市战略定位，更好服务党和国家工作大局), one
    short sentence (（一）统筹两个市场，打造加工制造中心。), questions, an article's short name
    (第八条 贷款利率). A one-line item of a list (（五）其他依法不予行政处罚的情形。) keeps it as text."""
    rest = head.rest
    if not rest or head.kind in P.TITLE_LINE_KINDS or head.kind.startswith("decimal"):
        return None
    if head.kind == "article":
        return rest if len(rest) <= ARTICLE_NAME_MAX and not P.SENTENCE_PUNCT.search(rest) else None
    if len(rest) > TITLE_WITH_COMMAS_MAX or rest[0] in "(（":
        return None
    if _questions(rest):
        return rest
    sentence = rest[:-1] if rest[-1] in "。！!" else rest
    if CLAUSE_END.search(sentence) or (P.PROVISION.search(sentence) and not P.NOMINAL.search(sentence)):
        return None                 # 正常还款，应按月计结息…: a provision, not a heading (必须遵循的原则 is one)
    if sentence[-1:] in ":：" and P.LEAD_IN.search(sentence[:-1]):
        return None
    bare = sentence == rest and head.kind == "cn"   # 一、 line with no full stop: its clauses may be longer
    sentence = sentence.rstrip(":：")
    clauses = P.INNER_PUNCT.split(sentence)
    most = BARE_CLAUSE_MAX if bare else TITLE_CLAUSE_MAX
    short = len(clauses) == 1 or all(0 < len(c.strip()) <= most for c in clauses)
    return sentence if short else None


GROUP_TITLE_MAX = 60    # a heading line that heads items (三、纵深推进…，携手共建…示范区) is at most this long


def group_title(head: Heading) -> str | None:
    """The title of a heading line whose clauses are too long for conditional_title, should numbered items
    follow under it: a line with no sentence inside it and no sentence end (the outline asks only of a
    heading that has child headings)."""
    rest = head.rest
    if not rest or head.kind in P.LAW_KINDS or head.kind.startswith("decimal") or len(rest) > GROUP_TITLE_MAX:
        return None
    if rest[-1] in "。；;！!？?：:" or CLAUSE_END.search(rest) or rest[0] in "(（":
        return None
    return rest


def _title_clauses(title: str, stop: str, body: str) -> bool:
    """A first sentence (`title`, ended by `stop`, `body` the text after it) is a title when it has no inner
    punctuation, or when its clauses are short phrases and text of its own follows it on the same line,
    right after the full stop (not only a unit list in brackets)."""
    if not P.INNER_PUNCT.search(title):
        return True
    if stop != "。" or not body or body[0] in "(（" or body[0].isspace() \
            or len(title) > TITLE_WITH_COMMAS_MAX:
        return False                # text on the next line (or after a lost line break) is no sign
    clauses = [len(c.strip()) for c in P.INNER_PUNCT.split(title)]
    if all(0 < n <= TITLE_CLAUSE_MAX for n in clauses):
        return not P.RULE_SENTENCE.search(title)
    # longer clauses make a title only as a measure's phrase (简化…的审批手续，提高…速度), not as a rule's sentence
    # (申请人应…, 同一项目可以…, 拒不整改的，按…扣分, 享受消费券后，…)
    return all(0 < n <= RUN_IN_CLAUSE_MAX for n in clauses) and not P.RULE_SENTENCE.search(title)
