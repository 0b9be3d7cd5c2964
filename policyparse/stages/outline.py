"""Stage `outline`: the section tree, from heading markers (patterns.HEADING_MARKERS).

Only this stage decides what a heading is. Nesting follows the markers: a marker kind already open
closes back to its level (a sibling); a new kind opens below the deepest open section of a more
major rank, so levels may be skipped and numbering may restart or run on. A notice that encloses
documents gets an unmarked `cover` section and one unmarked `part` section per document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import patterns as P
from ..headings import (Heading, conditional_title, group_title, inline_candidates, recognise, run_in_title, short_title,
                        split_title, uses_decimal)
from ..state import Block, Line, Node, State
from ..text import without_label
from ..text import fold



def outline(state: State) -> None:
    decimal = uses_decimal([b.fold for b in state.blocks if b.kind == "para"])
    _table_of_contents(state.blocks, decimal)
    transmits = bool(state.meta.get("relation") or state.meta.get("attached_title"))
    part_titles = [b for b in state.blocks if b.role == "part_title"]
    encloses = any(not P.INTERPRETATION_TITLE.match(b.fold) for b in part_titles)
    # a notice's own text is its cover when it transmits a document it holds (an interpretation is none)
    cover = transmits and encloses and not state.meta.get("prints_enclosed")    # (see metadata.derived)
    regions = _regions(state.blocks, "cover" if cover else "main")
    roots: list[Node] = []
    for kind, title_block, blocks in regions:
        root = Node(kind=kind, marker=None, number=None, rank=-1)
        if title_block is not None:
            root.title = without_label(title_block.text)
            root.span = title_block.span
        # (a page that reports, news or no official document at all, reads its subheads and teasers as news does)
        _build(root, _stream(blocks, decimal), report=state.meta.get("kind") in ("news", "other"))
        _titles_of_headings(root)
        lists = _lists(root)            # (the titles change below, the lists do not)
        _untitled_lists(lists)
        _titled_lists(lists)
        roots.append(root)
    state.roots = _arrange(roots)
    _assign_ids(state.roots)
    _check_numbering(state)


def _table_of_contents(blocks: list[Block], decimal: bool) -> None:
    """目录 and the headings under it that the body repeats: boilerplate, not a second outline."""
    for i, block in enumerate(blocks):
        if block.kind != "para" or not block.fold.startswith("目") or not P.TOC_TITLE.match(block.fold):
            continue
        entries: list[Block] = []
        for entry in blocks[i + 1:]:
            if entry.kind != "para" or len(entry.fold) > P.TOC_ENTRY_MAX \
                    or recognise(entry.fold, entry.text, 0, decimal) is None:
                break
            if entries and _toc_key(entry) == _toc_key(entries[0]):
                break
            entries.append(entry)
        rest = blocks[i + 1 + len(entries):]
        if len(entries) >= 2 and any(_toc_key(b) == _toc_key(entries[0]) for b in rest):
            for entry in (block, *entries):
                entry.kind, entry.role = "boilerplate", "toc"
        return


def _toc_key(block: Block) -> str:
    return "".join(P.TOC_PAGE.sub("", block.fold).split())


def _regions(blocks: list[Block], first: str):
    """Split at part titles: [(kind, title_block, blocks)]. The first region is the `cover` of a notice
    that transmits an enclosed document, or the `main` text of a document that has attachments."""
    starts = [i for i, b in enumerate(blocks) if b.role == "part_title"]
    if not starts:
        return [("document", None, blocks)]
    out = [(first, None, blocks[:starts[0]])]
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        kind = "interpretation" if P.INTERPRETATION_TITLE.match(blocks[s].fold) else "part"
        out.append((kind, blocks[s], blocks[s + 1:end]))
    return out


def _arrange(roots: list[Node]) -> list[Node]:
    """A plain document's sections are top-level; a notice keeps its cover and parts."""
    if len(roots) == 1:
        doc = roots[0]
        out = []
        if doc.text_parts or any(b.kind == "table" for b in doc.blocks):    # (a table alone is content too)
            pre = Node(kind="preamble", marker=None, number=None, rank=-1,
                       text_parts=doc.text_parts, fold_parts=doc.fold_parts, blocks=doc.blocks)
            out.append(pre)
        for child in doc.children:
            child.parent = None
        return out + doc.children
    return roots


# --- candidates, then consistency, then the tree ------------------------------------------------
# Every para block offers candidates: the marker at its start, and markers inside it (after a sentence
# end, a run of spaces, or right after a heading's short title) where lines were run together. A
# candidate becomes a heading when it fits the numbering (二、 after 一、, （一） under it, 3. after 2.);
# a line-start candidate that does not fit is still a heading (a gap or a restart the source has)
# unless the number it breaks comes back soon after it (an intruder: 第二十四条之合意管辖 among
# articles 28 and 29). Accepted inline candidates cut their block; the tree is built from the stream.


@dataclass(slots=True)
class Candidate:
    block: int              # index of the block in the region
    head: Heading
    inline: bool
    after: str = ""         # an inline candidate: the character before it (spaces aside)
    spaced: bool = False    # ... and whether spaces stand between (a line break that was lost)

    @property
    def in_sentence(self) -> bool:
        """An inline candidate right after ：or ；: an enumeration inside a paragraph, unless shown otherwise."""
        return self.inline and not self.spaced and self.after in ENUMERATION_PUNCT


def _stream(blocks: list[Block], decimal: bool) -> list[tuple[Block, Heading | None]]:
    cands = _candidates(blocks, decimal)
    accepted = _consistent(cands)
    cuts: dict[int, list[Heading]] = {}
    for cand in accepted:
        cuts.setdefault(cand.block, []).append(cand.head)
    out: list[tuple[Block, Heading | None]] = []
    for i, block in enumerate(blocks):
        heads = cuts.get(i)
        if not heads:
            out.append((block, None))
            continue
        offsets = [h.start for h in heads if h.start > 0]
        pieces = _cut(block, offsets) if offsets else [block]
        if heads[0].start > 0:
            out.append((pieces[0], None))
            pieces = pieces[1:]
        for piece, head in zip(pieces, heads):
            if offsets:                 # its rest now ends where the block was cut
                head = recognise(piece.fold, piece.text, 0, decimal) or head
            end = _lost_line_break(piece, head)
            if end is None:
                out.append((piece, head))
                continue
            line, below = _cut(piece, [end])
            out += [(line, recognise(line.fold, line.text, 0, decimal) or head), (below, None)]
    return [(b, h) for b, h in out if b.text and not b.text.isspace()]


# Any white space, by the standard engine (its \s takes in every character the regex engine's \s does).
WHITE_SPACE = re.compile(r"\s")


def _lost_line_break(piece: Block, head: Heading) -> int | None:
    """Where a heading's own line ends in a run-on piece: at the first run of spaces after its rest
    begins (the line break a page or a dump turned into a space), if the heading line before it is
    short; never inside a number or date (2021年5月 12日), a 《title》 or brackets, never in a 第X章 line
    (第一章 总 则)."""
    if head.kind in P.TITLE_LINE_KINDS or head.kind.startswith("decimal"):
        return None
    begin, stop = head.rest_start, head.rest_start + P.TITLE_MAX_CHARS + 1
    if WHITE_SPACE.search(piece.fold, begin, stop) is None:
        return None                     # (most heading lines: no space at all, one plain scan says so)
    found = P.LOST_LINE_BREAK.search(piece.fold, begin, stop)
    if found is None:
        return None
    before = piece.fold[head.rest_start:found.start()]
    if before.count("《") > before.count("》") or before.count("(") > before.count(")") \
            or before.count("“") > before.count("”"):
        return None                     # a space inside 《财政部 …》, （…） or “…”: no line break
    if piece.fold[found.end():found.end() + 1] in "(,、)":
        return None                     # …同一对夫妻 （至少一方…）: the sentence goes on
    return found.end()


def _candidates(blocks: list[Block], decimal: bool) -> list[Candidate]:
    out: list[Candidate] = []
    for i, block in enumerate(blocks):
        if block.kind != "para" or block.role in P.FRONT_ROLES:
            continue
        head = recognise(block.fold, block.text, 0, decimal)
        if head is not None:
            out.append(Candidate(i, head, False))
        start = head.rest_start if head else 0
        if P.INLINE_PLACE.search(block.fold, start) is None:
            continue                    # most paragraphs: no marker inside, one plain scan says so
        for inner in inline_candidates(block.fold, block.text, start):
            before = block.fold[max(0, inner.start - 8):inner.start]
            after = before.rstrip()
            out.append(Candidate(i, inner, True, after[-1:], len(after) < len(before)))
    return out


LOOKAHEAD = 8       # same-kind candidates looked at to tell an intruder from a gap
SCAN_MAX = 400      # candidates of any kind looked at for them (linear time on 20,000 headings)
ENUMERATION_PUNCT = frozenset("：:；;")
LEAD_IN_PUNCT = frozenset("：:？?")


def _consistent(cands: list[Candidate]) -> list[Candidate]:
    numbering = _Numbering()
    accepted: list[Candidate] = []
    # a text whose headings mostly stand inside lines has lost its line breaks; in one whose headings
    # start their lines, a list after ：or ；inside a paragraph is the paragraph's own enumeration
    run_on = sum(c.inline for c in cands) > len(cands) / 2
    for index, cand in enumerate(cands):
        head = cand.head
        due = numbering.due(head)
        fits = head.number in due if head.sub is None else numbering.follows_sub(head)
        if cand.inline and not fits and head.number == 1 and cand.spaced and cand.after in LEAD_IN_PUNCT:
            fits = True                     # a new list after its lead-in (下列情形之一： 1. …)
        if cand.inline or head.weak:
            if not fits or (cand.inline and not numbering.opens_below(head)):
                continue
            if cand.in_sentence and head.kind not in numbering.open and not (run_on and _headed_list(cands, index)):
                continue                    # 工程：1、…；2、…: a list inside the paragraph
        elif not fits and _intruder(cands, index, due):
            continue
        numbering.push(head)
        accepted.append(cand)
    return accepted


def _headed_list(cands: list[Candidate], index: int) -> bool:
    """Whether an inline list opened after ：/； is one of headings run together: its next item, in the
    same block, follows a sentence end or a lost line break rather than a ；."""
    cand = cands[index]
    for later in cands[index + 1:index + 1 + SCAN_MAX]:    # (a slice: islice would walk from the start)
        if later.block != cand.block:
            return False
        if later.head.kind == cand.head.kind and later.head.number == cand.head.number + 1:
            return not later.in_sentence
    return False


class _Numbering:
    """The open headings (outermost first, one per kind) and the last number of each kind: what
    would continue the numbering, with the nesting rule of the tree (`_close_above`)."""
    __slots__ = ("stack", "open", "last", "last_sub")

    def __init__(self) -> None:
        self.stack: list[tuple[str, int]] = []      # (kind, rank)
        self.open: dict[str, int] = {}              # open kind -> its number
        self.last: dict[str, int] = {}              # kind -> last accepted number in the region
        self.last_sub: dict[str, int] = {}          # kind -> sub-number of the last (0 for none)

    def follows_sub(self, head: Heading) -> bool:
        """第十二条之一 after 第十二条, 之二 after 之一 (第四百三十六条之八 after 之十二 is a reference)."""
        if head.number in self.due(head):
            return True
        return head.number == self.last.get(head.kind) and head.sub > self.last_sub.get(head.kind, 0)

    def due(self, head: Heading) -> tuple[int, ...]:
        """The next sibling of an open kind; for a kind not open, 1 (a new list) and the next after its
        last one (a list running on across parents: 3. under （二） after 1.–2. under （一）)."""
        number = self.open.get(head.kind)
        return (number + 1,) if number is not None else (1, self.last.get(head.kind, 0) + 1)

    def opens_below(self, head: Heading) -> bool:
        """An inline candidate continues an open kind or opens a level below the innermost one."""
        return head.kind in self.open or not self.stack or head.rank > self.stack[-1][1]

    def push(self, head: Heading) -> None:
        stack, open_ = self.stack, self.open
        while stack and (head.kind in open_ or stack[-1][1] >= head.rank):
            del open_[stack.pop()[0]]
        stack.append((head.kind, head.rank))
        open_[head.kind] = self.last[head.kind] = head.number
        self.last_sub[head.kind] = head.sub or 0


def _intruder(cands: list[Candidate], index: int, due: tuple[int, ...]) -> bool:
    """Whether a line-start candidate that breaks the numbering is an intruder: the next line-start
    candidates of its kind, before a more major heading, bring back the number that was due before
    any continues its own (then it starts a run of its own: a restart, or a gap the source has)."""
    head = cands[index].head
    seen = 0
    for later in cands[index + 1:index + 1 + SCAN_MAX]:    # (a slice: islice would walk from the start)
        other = later.head
        if later.inline:
            continue
        if other.kind != head.kind:
            if other.rank < head.rank and (head.kind != "article" or other.rank <= P.RANK["part"]):
                return False
            continue
        if other.sub is None and other.number in due:
            return True
        if head.number < other.number and (other.number == head.number + 1 or other.number < min(due)):
            return False                        # its own run goes on (一、 三、 四、 with 二、 missing)
        seen += 1
        if seen >= LOOKAHEAD:
            return False
    return False


def _cut(block: Block, offsets: list[int]) -> list[Block]:
    """The block cut at character offsets of its text into consecutive pieces, lines split to match."""
    bounds = [0, *offsets, len(block.text)]
    pieces: list[Block] = []
    lines = iter(block.lines)
    line = next(lines, None)
    line_start = 0
    for a, b in zip(bounds, bounds[1:]):
        taken: list[Line] = []
        while line is not None and line_start < b:
            lo, hi = max(a, line_start), min(b, line_start + len(line.text))
            if lo < hi:
                taken.append(_sub_line(line, lo - line_start, hi - line_start))
            if line_start + len(line.text) <= b:
                line_start += len(line.text)
                line = next(lines, None)
            else:
                break
        if taken:
            pieces.append(Block("para", taken, block.text[a:b], block.fold[a:b], role=block.role))
    return pieces


def _sub_line(line: Line, a: int, b: int) -> Line:
    if a == 0 and b == len(line.text):
        return line
    if not line.exact:
        return Line(line.index, line.start, line.end, line.text[a:b], line.fold[a:b], exact=False)
    return Line(line.index, line.start + a, line.start + b, line.text[a:b], line.fold[a:b])


def _closing(block: Block, last: Node) -> bool:
    """Whether a paragraph after the last heading is the document's closing words, not the last item's:
    its first sentence closes (本通知自…施行, 各地区要…, 特此通知), or a later one says when the document takes
    effect. Under a law's articles only a notice's effect clause does (本条例自…施行 is an article's own)."""
    law = last.kind in P.LAW_KINDS
    if not law and (P.CLOSING_PARAGRAPH.match(block.fold) or P.CLOSING_CALL.search(block.fold)):
        return True
    effect = P.CLOSING_EFFECT.search(block.fold)
    return effect is not None and (not law or P.NOTICE_DOCUMENT.search(effect.group("doc")) is not None)


# What the anchored patterns asked of every paragraph in _build cannot do without (their alternatives' first
# characters, or openings): most paragraphs are told by a plain test. tests/test_guards.py holds each to its pattern.
FURNITURE_FIRST = frozenset("相文原附关热推延")          # patterns.FURNITURE_START: 相关链接, 文件链接, 原文下载 …
SALUTATION_FIRST = frozenset("各同代女朋")               # patterns.SALUTATION: 各位代表！, 同志们！ …
SUMS_UP_OPENERS = ("上述", "以上")                      # patterns.SUMS_UP


def _furniture_start(fold: str) -> bool:
    return fold[:1] in FURNITURE_FIRST and P.FURNITURE_START.match(fold) is not None


def _effective_clause(fold: str) -> bool:
    return P.may_be_effective_clause(fold) and P.EFFECTIVE_CLAUSE.match(fold) is not None


def _links_follow(stream: list[tuple[Block, Heading | None]], index: int, report: bool = False) -> bool:
    """A furniture label (相关链接：) whose numbered lines to the end are links (1.《…》问答, 2.…（图解）), or, on a
    page that reports (news, or no official document), other articles' teasers (相关阅读 / headline / ① …)."""
    if not _furniture_start(stream[index][0].fold):
        return False
    heads = [(b, h) for b, h in stream[index + 1:] if h is not None]
    return bool(heads) and (report or all(P.LINK_ITEM.search(b.fold[h.rest_start:].strip()) for b, h in heads))


def _build(root: Node, stream: list[tuple[Block, Heading | None]], report: bool = False) -> None:
    stack = [root]
    pending_title: Node | None = None
    last_heading = max((i for i, (_, head) in enumerate(stream) if head is not None), default=-1)
    next_heads: list[Heading | None] = [None] * len(stream)     # the first heading after each position
    for i in range(len(stream) - 2, -1, -1):
        next_heads[i] = stream[i + 1][1] or next_heads[i + 1]
    furniture = False                   # after 相关链接/相关阅读…: the page's links, to the next heading
    for index, (block, head) in enumerate(stream):
        if furniture and head is not None and (report or P.LINK_ITEM.search(block.fold[head.rest_start:].strip())):
            head = None                 # 相关链接： / 1.《…》问答 / 2.…（图解）: numbered links, no headings; on a
                                        # page that reports, after 相关阅读 the other articles' teasers (① …) are none either
        if head is None:
            if block.kind != "para" or block.role in P.FRONT_ROLES:
                stack[-1].blocks.append(block)
                continue
            links = not furniture and _links_follow(stream, index, report)    # (asked once a block)
            if furniture or len(stack) == 1 and links:
                block.kind = "boilerplate"      # (a label with only links or teasers after it, no item open)
                stack[-1].blocks.append(block)
                furniture = True
                continue
            if (index > last_heading or _effective_clause(block.fold) or links) \
                    and len(stack) > 1 and _has_content(stack[-1]) and _closing(block, stack[-1]):
                _close(stack, block)    # 本通知自…起施行, 各地区、各部门要…: the document's closing words
                                        # (an effect clause closes it even where a second document follows)
                pending_title = None
                block.role = block.role or "closing"    # (no task of its own, whatever units it names)
                if _furniture_start(block.fold):
                    block.kind = "boilerplate"          # 相关附件, 相关链接：《…》: page furniture, and the
                    stack[-1].blocks.append(block)      # paragraphs after it are its links
                    furniture = True
                    continue
            elif len(stack) > 2 and block.fold[:1] in SALUTATION_FIRST and P.SALUTATION.match(block.fold):
                del stack[2:]           # 各位代表！: a passage of the top-level part, outside its items
                pending_title = None
            elif report and len(stack) > 1 and stack[-1].kind not in UNMARKED_TEXT and pending_title is None \
                    and _has_content(stack[-1]) and P.NEWS_SUBHEAD.match(block.fold) \
                    and block.fold.strip() not in P.FIELD_TITLES:       # (责任单位 over its units: the item's field)
                # a news article's own subhead (飘窗最大尺寸放宽至0.8米): the list is over; the text from it on is
                # the article's closing passage, or a passage between its lists (面向毕业生的扶持政策 over a second)
                _close(stack, block, CLOSING_KIND if index > last_heading else BETWEEN_KIND)
            if pending_title is not None and short_title(block.fold):
                pending_title.title = block.text
                pending_title.text_parts, pending_title.fold_parts = [], []
                pending_title = None
                stack[-1].blocks.append(block)
                continue
            if len(stack) > 2 and not _refers_back(block.fold) \
                    and not _leads_in(block, stack[-1], stream[index + 1:index + 2]):
                if _under_article(stack) and not _awaits_its_text(stack[-1]):
                    going_on = _list_going_on(stack, next_heads[index])
                    while stack[-1] is not going_on and stack[-1].kind not in P.LAW_KINDS:
                        stack.pop()     # a paragraph after an article's items (项) is its next 款; one
                                        # before more items of a list is that list's item's ((一)…1.…(3)…, it, (二))
                elif _ends_a_list(stack[-1]) or block.fold.startswith(SUMS_UP_OPENERS) and P.SUMS_UP.match(block.fold) \
                        and stack[-1].kind not in P.LAW_KINDS:
                    stack.pop()         # the paragraph after a list of one-line items is its parent's, and
                                        # so is one that sums the list up (上述规定的借款人…: w083)
                                        # (unless it speaks of the item: 此款由…负责监督落实, or leads in
                                        # to the item's own list: 过渡期满，…分类处理： / １．…)
            stack[-1].text_parts.append(block.text)
            stack[-1].fold_parts.append(block.fold)
            stack[-1].blocks.append(block)
            pending_title = None
            continue
        furniture = False
        node = _node(head, block)
        if stack[-1].kind in UNMARKED_TEXT:
            stack.pop()                 # a heading after closing words starts again at the top
        _close_above(stack, node)
        node.parent = stack[-1]
        stack[-1].children.append(node)
        stack.append(node)
        # a marker alone on its line ('第一章', '（一）') takes the short line under it as its title;
        # under an article ('第 1 條') stands its text
        pending_title = node if not head.rest and head.kind != "article" else None
    empty = [c for c in root.children if c.kind in UNMARKED_TEXT and not c.text_parts and not c.children]
    for closing in empty:               # (closed by page furniture alone: its blocks go back to the document)
        root.blocks += closing.blocks
        root.children.remove(closing)


CLOSING_KIND = "closing"     # the document's own text after its items
BETWEEN_KIND = "text"        # … or between two of its lists
UNMARKED_TEXT = (CLOSING_KIND, BETWEEN_KIND)


def _close(stack: list[Node], block: Block, kind: str = CLOSING_KIND) -> None:
    """The items are over: what follows is the document's own text, an unmarked section after them (in
    document order, apart from the preamble above them): `closing` after the last item, `text` between lists."""
    if stack[-1].kind in UNMARKED_TEXT:
        return
    root = stack[0]
    del stack[1:]
    closing = Node(kind=kind, marker=None, number=None, rank=-1, span=block.span, parent=root)
    root.children.append(closing)
    stack.append(closing)


def _has_content(node: Node) -> bool:
    """Whether an item holds text of its own beyond its heading line's title (三、新办法什么时候实施？ has
    none until its answer comes; 五、其他贷款条件依据…执行。 is a whole provision, its line ends a sentence)."""
    line = 1 if node.title_if_content and not _ends_sentence(node.text_parts[0]) else 0   # (the line, not its own)
    return len(node.text_parts) > line or bool(node.children)


def _ends_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in "。；;！!"


LEAD_IN_MIN = 8     # a lead-in is a clause (过渡期满，根据收入…分类处理：), not a label (注：)


def _refers_back(fold: str) -> bool:
    """Whether a paragraph speaks of the item above it (patterns.REFERS_BACK): every such phrase names a 款
    or a 项, and two plain substring tests rule most paragraphs out before the search."""
    return ("款" in fold or "项" in fold) and P.REFERS_BACK.search(fold) is not None


def _leads_in(block: Block, item: Node, following: list) -> bool:
    """Whether a paragraph ending in a colon introduces a list one level below the item it follows."""
    text = block.fold.rstrip()
    if not text.endswith((":", "：")) or len(text) < LEAD_IN_MIN or not following or following[0][1] is None:
        return False                # (注：, 说明：: a note on the list, not a lead-in of its last item)
    return following[0][1].rank > item.rank


def _under_article(stack: list[Node]) -> bool:
    """Whether the innermost open section is an item (项) of an article (第X条) and already holds its text:
    in a law an item is one paragraph, and what follows its list is the article's."""
    top = stack[-1]
    return top.kind not in P.LAW_KINDS and stack[-2].kind not in ("part", "chapter", "section") \
        and any(n.kind == "article" for n in stack[1:-1]) and bool(top.text_parts or top.children)


def _awaits_its_text(node: Node) -> bool:
    """An item whose own line leads in to what follows (（六）与单位终止…未再缴存的：): the next paragraph is its."""
    last = node.text_parts[-1] if node.text_parts else node.title or ""
    return not node.children and last.rstrip()[-1:] in ":："


def _list_going_on(stack: list[Node], following: Heading | None) -> Node | None:
    """The open item whose list the next heading continues ((三)…, this paragraph, (四)…): the paragraph
    stands inside that list, so it is that item's, not the article's next 款 nor a deeper item's."""
    if following is None:
        return None
    for node in stack:
        key = _number_key(node)
        if node.kind not in P.LAW_KINDS and node.kind == following.kind and key is not None \
                and following.sub is None and following.number == key[0] + 1:
            return node
    return None


def _ends_a_list(node: Node) -> bool:
    """Whether a node is the last so far of a list of one-line items (一、…；二、…。), the one before it
    one too: a paragraph that follows belongs to the article or item that holds the list."""
    siblings = node.parent.children if node.parent is not None else []
    if node.kind in P.LAW_KINDS or len(siblings) < 2 or siblings[-1] is not node or siblings[-2].kind != node.kind:
        return False                # an article's next paragraph (款) is its own
    return _one_line_item(node) and _one_line_item(siblings[-2])


def _one_line_item(node: Node) -> bool:
    """An item that is its own line and nothing more, a provision ending in ；or 。."""
    return node.title is None and not node.children and len(node.blocks) == 1 and len(node.text_parts) == 1 \
        and node.text_parts[0].rstrip()[-1:] in "；;。"


def _clauses_before_colon(node: Node) -> bool:
    line = node.heading_block.fold.rstrip() if node.heading_block is not None else ""
    return line[-1:] in ":：" and P.INNER_PUNCT.search(node.title_if_content) is not None


def _titles_of_headings(root: Node) -> None:
    """A heading line that heads content (a paragraph or items under it, not only its unit list in
    brackets) has its line as its title; a one-line item of a list keeps its line as text (see
    headings.conditional_title)."""
    for node in root.walk():
        if node.title_if_content and node.children and _clauses_before_colon(node):
            continue                    # 已就業者，依序核算： / 1.… : a lead-in of clauses over its list, no title
        if node.title_if_content and (node.children or any(not _bracketed(t) for t in node.text_parts[1:])):
            node.title = node.title_if_content
            del node.text_parts[0], node.fold_parts[0]
        elif node.title is None and node.children and node.heading_block is not None and node.text_parts \
                and not node.title_if_content:
            head = recognise(node.heading_block.fold, node.heading_block.text)
            title = group_title(head) if head is not None and head.marker == node.marker else None
            if title is not None and node.text_parts[0].strip() == title:
                node.title = title          # 三、纵深推进…，携手共建…示范区 over its (10) (11) items
                del node.text_parts[0], node.fold_parts[0]


def _untitled_lists(lists: list[list[Node]]) -> None:
    """Titles are decided per list, not per item: in a list whose items are mostly sentences without a
    title (（一）借款人与原商业贷款银行协商…。), an item whose first sentence reads like a title
    (（三）住房公积金管理中心进行贷款资格审核。审核通过后…) is one more such sentence: no title, its whole
    line its text."""
    for items in lists:
        sentences = [c for c in items if _run_in_titled(c)]
        untitled = sum(1 for c in items if c.title is None and c.text_parts)
        if not sentences or untitled <= len(items) - untitled:
            continue
        for child in sentences:
            child.title = None
            child.text_parts[0] = child.sentence_title
            child.fold_parts[0] = _fold_of(child.heading_block, child.sentence_title)


def _titled_lists(lists: list[list[Node]]) -> None:
    """... and the other way: in a list whose items mostly open with a run-in title (（一）简化审批手续。正文…),
    an item whose first sentence is such a title, only longer (…的接收单位和税费缴纳要求，破解企业移交难、费用高的
    难题。正文…), has it as its title too (headings.run_in_title)."""
    for items in lists:
        if sum(1 for c in items if _run_in_titled(c)) * 2 <= len(items):
            continue
        for child in items:
            if child.title is not None or not child.text_parts or child.heading_block is None:
                continue
            found = run_in_title(child.text_parts[0])
            if found is not None:
                child.sentence_title = child.text_parts[0]
                child.title, child.text_parts[0] = found
                child.fold_parts[0] = _fold_of(child.heading_block, found[1])


def _lists(root: Node) -> list[list[Node]]:
    """Every list of the tree: the children of one node that are of one kind, in order."""
    out: list[list[Node]] = []
    for node in root.walk():
        if not node.children:
            continue
        kinds: dict[str, list[Node]] = {}
        for child in node.children:
            kinds.setdefault(child.kind, []).append(child)
        out += kinds.values()
    return out


def _run_in_titled(node: Node) -> bool:
    """An item whose title is the first sentence of its line (（一）简化审批手续。正文…), not a label's."""
    return node.sentence_title is not None and node.title is not None and not _label_title(node)


def _label_title(node: Node) -> bool:
    """A title that is a label before a colon (（一）重新就业：包括…): a heading whatever its siblings are."""
    rest, title = node.sentence_title or "", node.title or ""
    return rest.startswith(title) and rest[len(title):len(title) + 1] in (":", "：")


def _bracketed(text: str) -> bool:
    """A whole text in one pair of brackets: （区检察院）."""
    text = text.strip().rstrip("。；;")
    return text[:1] in "(（" and text[-1:] in ")）" and not any(ch in text[1:-1] for ch in "()（）")


def _close_above(stack: list[Node], node: Node) -> None:
    """Close the open sections `node` cannot sit below (the root, stack[0], stays open): one of its kind and
    every section inside it, then each innermost one that is not more major than `node`."""
    kind = node.kind
    for index in range(1, len(stack)):      # a plain loop: this runs for every heading
        if stack[index].kind == kind:
            del stack[index:]
            break
    while len(stack) > 1 and stack[-1].rank >= node.rank:
        stack.pop()


def _node(head: Heading, block: Block) -> Node:
    title, text = split_title(head)
    node = Node(kind=head.kind, marker=head.marker, number=_number_text(head), rank=head.rank,
                title=title, span=block.span, heading_block=block,
                title_if_content=None if title is not None else conditional_title(head),
                sentence_title=head.rest if title is not None and text and head.kind not in P.LAW_KINDS else None)
    if text:
        node.text_parts.append(text)
        node.fold_parts.append(_fold_of(block, text))
    node.blocks.append(block)
    return node


def _fold_of(block: Block, text: str) -> str:
    """The folded form of a heading's text: the block's own fold where the text ends the block."""
    end = len(block.text.rstrip())
    start = end - len(text)
    return block.fold[start:end] if start >= 0 and block.text[start:end] == text else fold(text)


def _number_text(head: Heading) -> str:
    return f"{head.number}-{head.sub}" if head.sub else str(head.number)


def _assign_ids(roots: list[Node]) -> None:
    parts = [r for r in roots if r.kind == "part"]
    has_main = any(r.kind == "main" for r in roots)
    seen: dict[str, int] = {}
    part_number = 0
    for root in roots:
        if root.kind == "main":                 # the document's own text: plain ids s1, s1.2 …
            root.id = _unique("main", seen)
            _ids_below(root, "s", seen)
        elif root.kind == "part":
            part_number += 1
            prefix = f"p{part_number}." if len(parts) > 1 or has_main else ""
            root.id = _unique(f"part{part_number}", seen)
            _ids_below(root, prefix + "s", seen)
        elif root.marker is None:
            root.id = _unique(root.kind, seen)
            _ids_below(root, f"{root.id}.s", seen)
    marked = [r for r in roots if r.kind not in ("main", "part") and r.marker is not None]
    for root, run in zip(marked, _runs(marked)):
        root.id = _unique(f"s{root.number}" + (f"_{run}" if run > 1 else ""), seen)
        _ids_below(root, root.id, seen)


def _ids_below(node: Node, prefix: str, seen: dict[str, int]) -> None:
    if not node.children:
        return
    for child, run in zip(node.children, _runs(node.children)):
        if child.marker is None:        # an unmarked section among marked ones (closing words)
            child.id = _unique(child.kind, seen)
            _ids_below(child, f"{child.id}.s", seen)
            continue
        base = f"{prefix}{child.number}" if prefix.endswith("s") else f"{prefix}.{child.number}"
        child.id = _unique(base + (f"_{run}" if run > 1 else ""), seen)
        _ids_below(child, child.id, seen)


def _runs(siblings: list[Node]) -> list[int]:
    """Which run of its kind each sibling is in: a list that restarts (一、…七、 then 一、…九、) is run 2 from
    its first item on, so its 八、 is s8_2 beside s1_2, never the first list's s8."""
    last: dict[str, tuple[int, int]] = {}
    run: dict[str, int] = {}
    out = []
    for node in siblings:
        number = _number_key(node)          # (第31-1条 after 第31条 goes on, no restart)
        if number is not None and node.kind in last and number <= last[node.kind]:
            run[node.kind] = run.get(node.kind, 1) + 1
        if number is not None:
            last[node.kind] = number
        out.append(run.get(node.kind, 1))
    return out


def _number_key(node: Node) -> tuple[int, int] | None:
    """A marked section's number and sub-number as read from its number text ('12-1' -> (12, 1)); None for
    an unmarked one."""
    if node.number is not None and node.number.isdigit():
        return int(node.number), 0      # (most numbers: no sub-number)
    parts = (node.number or "").split("-")
    if not parts[0].isdigit():
        return None
    return int(parts[0]), int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _unique(base: str, seen: dict[str, int]) -> str:
    """`base`, or `base_2`, `base_3` … when taken; `seen` keeps each base's next suffix (linear time)."""
    if base not in seen:
        seen[base] = 2
        return base
    n = seen[base]
    while f"{base}_{n}" in seen:
        n += 1
    seen[base] = n + 1
    name = f"{base}_{n}"
    seen[name] = 2
    return name


def _check_numbering(state: State) -> None:
    """Warn on a gap (二、 then 四、) or a duplicate among siblings of the same kind."""
    top = Node(kind="document", marker=None, number=None, rank=-1, children=state.roots)
    for parent in [top, *state.sections()]:
        last: dict[str, int] = {}
        for child in parent.children:
            key = _number_key(child)
            if key is None or key[1]:
                continue                    # (a sub-article, 第十二条之一, breaks no numbering)
            number = key[0]
            prev = last.get(child.kind)
            if prev is not None and number == prev:
                state.warn("numbering_duplicate", f"{child.marker} repeats the previous number", child.span)
            elif prev is not None and number > prev + 1:
                state.warn("numbering_gap", f"{child.marker} follows number {prev}", child.span)
            last[child.kind] = number
