"""Stage `outline`: the section tree, from heading markers (patterns.HEADING_MARKERS).

Only this stage decides what a heading is. Nesting follows the markers: a marker kind already open
closes back to its level (a sibling); a new kind opens below the deepest open section of a more
major rank, so levels may be skipped and numbering may restart or run on. A notice that encloses
documents gets an unmarked `cover` section and one unmarked `part` section per document.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .. import patterns as P
from ..dates import cn_int
from ..state import Block, Node, State
from .metadata import without_label
from .normalize import fold

FRONT_ROLES = {"title", "doc_number", "banner", "signer", "recipients", "signature", "date", "date_note", "colophon",
               "attachment_label", "attachment_note", "note", "issuer_mark"}
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
LONG_REST = 25   # a chapter/section line longer than this is prose ("第二章规定的……")

FIRST_SENTENCE = regex.compile(r"^(?P<title>[^。！？!?]{1,60}?)(?P<stop>[。！？!?]|[:：](?=.))")


@dataclass
class Heading:
    kind: str
    number: int
    sub: int | None
    marker: str
    rest: str          # text after the marker, output script
    rank: int


def outline(state: State) -> None:
    decimal = _uses_decimal(state.blocks)
    _table_of_contents(state.blocks, decimal)
    transmits = bool(state.meta.get("relation") or state.meta.get("attached_title"))
    regions = _regions(state.blocks, "cover" if transmits else "main")
    roots: list[Node] = []
    for kind, title_block, blocks in regions:
        root = Node(kind=kind, marker=None, number=None, rank=-1)
        if title_block is not None:
            root.title = without_label(title_block.text)
            root.span = title_block.span
        _build(state, root, blocks, decimal)
        roots.append(root)
    state.roots = _arrange(roots)
    _assign_ids(state.roots)
    _check_numbering(state)


def _table_of_contents(blocks: list[Block], decimal: bool) -> None:
    """目录 and the headings under it that the body repeats: boilerplate, not a second outline."""
    for i, block in enumerate(blocks):
        if block.kind != "para" or not P.TOC_TITLE.match(block.fold):
            continue
        entries: list[Block] = []
        for entry in blocks[i + 1:]:
            if entry.kind != "para" or len(entry.fold) > P.TOC_ENTRY_MAX \
                    or parse_heading(entry.fold, entry.text, decimal) is None:
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
        out.append(("part", blocks[s], blocks[s + 1:end]))
    return out


def _arrange(roots: list[Node]) -> list[Node]:
    """A plain document's sections are top-level; a notice keeps its cover and parts."""
    if len(roots) == 1:
        doc = roots[0]
        out = []
        if doc.text_parts:
            pre = Node(kind="preamble", marker=None, number=None, rank=-1,
                       text_parts=doc.text_parts, fold_parts=doc.fold_parts, blocks=doc.blocks)
            out.append(pre)
        for child in doc.children:
            child.parent = None
        return out + doc.children
    return roots


def _build(state: State, root: Node, blocks: list[Block], decimal: bool) -> None:
    stack = [root]
    pending_title: Node | None = None
    for block in blocks:
        if block.kind != "para" or block.role in FRONT_ROLES:
            stack[-1].blocks.append(block)
            continue
        head = parse_heading(block.fold, block.text, decimal)
        if head is None:
            if pending_title is not None and _short_title(block.fold):
                pending_title.title = block.text
                pending_title.text_parts, pending_title.fold_parts = [], []
                pending_title = None
                stack[-1].blocks.append(block)
                continue
            stack[-1].text_parts.append(block.text)
            stack[-1].fold_parts.append(block.fold)
            stack[-1].blocks.append(block)
            pending_title = None
            continue
        node = _node(head, block)
        while len(stack) > 1 and _closes(stack[-1], node, stack):
            stack.pop()
        node.parent = stack[-1]
        stack[-1].children.append(node)
        stack.append(node)
        # a marker alone on its line ('第一章', '（一）') takes the short line under it as its title
        pending_title = node if not head.rest else None


def _closes(top: Node, node: Node, stack: list[Node]) -> bool:
    """Whether `node` cannot sit below `top`: same kind open, or `top` is not more major."""
    kind = node.kind
    for index in range(1, len(stack)):      # a plain loop: this runs for every heading
        if stack[index].kind == kind:
            return True
    return top.rank >= node.rank


def _short_title(fold: str) -> bool:
    return len(fold) <= 30 and not any(ch in fold for ch in "。,，;；")


def _node(head: Heading, block: Block) -> Node:
    title, text = split_title(head)
    node = Node(kind=head.kind, marker=head.marker, number=_number_text(head), rank=head.rank,
                title=title, span=block.span, heading_block=block)
    if text:
        node.text_parts.append(text)
        node.fold_parts.append(fold(text))
    node.blocks.append(block)
    return node


def _number_text(head: Heading) -> str:
    return f"{head.number}-{head.sub}" if head.sub else str(head.number)


def parse_heading(fold: str, text: str, decimal: bool = False) -> Heading | None:
    """The heading marker at the start of a line, or None. `text` is the same line, output form."""
    if not fold:
        return None
    for kind in P.heading_kinds_from(fold):
        rank = P.RANK[kind]
        match = P.HEADING_RE[kind].match(fold)
        if match:
            head = _heading(kind, rank, match, text)
            if head is not None:
                return head
    if decimal:
        return _decimal(fold, text)
    return None


def _heading(kind: str, rank: int, match, text: str) -> Heading | None:
    rest_start = match.start("rest")
    rest = text[rest_start:].strip()
    if match.group("rest") and P.NOT_HEADING_REST.match(match.group("rest")):
        return None
    if kind in ("arabic", "paren_arabic") and P.NOT_ARABIC_REST.match(match.group("rest")):
        return None
    if kind in P.TITLE_LINE_KINDS and (len(rest) > LONG_REST or P.INNER_PUNCT.search(rest) or "。" in rest):
        return None
    number, sub = _marker_number(match)
    if number is None or number == 0:
        return None
    marker = text[:rest_start].strip()
    return Heading(kind, number, sub, marker, rest, rank)


def _marker_number(match) -> tuple[int | None, int | None]:
    groups = match.groupdict()
    if groups.get("cnum"):
        return CIRCLED.index(groups["cnum"]) + 1, None
    if groups.get("pnum"):
        return PAREN_DIGITS.index(groups["pnum"]) + 1, None
    number = cn_int(groups["num"]) if groups.get("num") else None
    sub = groups.get("sub") or groups.get("sub_cn")
    return number, (cn_int(sub) if sub else None)


def _uses_decimal(blocks: list[Block]) -> bool:
    """Decimal numbering is a scheme of its own: at least three short 'N.N title' lines."""
    count = 0
    for block in blocks:
        if block.kind == "para":
            match = P.DECIMAL_RE.match(block.fold)
            if match and "." in match.group("num") and _short_title(match.group("rest")):
                count += 1
    return count >= 3


def _decimal(fold: str, text: str) -> Heading | None:
    match = P.DECIMAL_RE.match(fold)
    if not match or not _short_title(match.group("rest")) or not match.group("rest"):
        return None
    parts = match.group("num").split(".")
    if any(int(p) == 0 for p in parts):
        return None
    rest = text[match.start("rest"):].strip()
    return Heading(f"decimal{len(parts)}", int(parts[-1]), None, match.group("num"), rest,
                   P.DECIMAL_BASE_RANK + len(parts) - 1)


def split_title(head: Heading) -> tuple[str | None, str | None]:
    """'（四）完善管理体制。成立……' -> ('完善管理体制', '成立……'); a run-on item has no title."""
    rest = head.rest
    if not rest:
        return None, None
    if head.kind in P.TITLE_LINE_KINDS or head.kind.startswith("decimal"):
        return rest, None
    if head.kind == "article":
        return None, rest
    if not any(ch in rest for ch in "。！？!?") and len(rest) <= P.TITLE_MAX_CHARS \
            and not P.INNER_PUNCT.search(rest) and rest[-1] not in ";；":
        return rest.rstrip(":："), None
    first = FIRST_SENTENCE.match(rest)
    if first and not P.INNER_PUNCT.search(first.group("title")) and not first.group("title").startswith(("(", "（")):
        if first.group("stop") in ":：" and len(first.group("title")) > 20:
            return None, rest
        body = rest[first.end():].strip()
        return first.group("title").strip(), body or None
    return None, rest


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
        else:
            root.id = _unique(f"s{root.number}", seen)
            _ids_below(root, root.id, seen)


def _ids_below(node: Node, prefix: str, seen: dict[str, int]) -> None:
    for child in node.children:
        base = f"{prefix}{child.number}" if prefix.endswith("s") else f"{prefix}.{child.number}"
        child.id = _unique(base, seen)
        _ids_below(child, child.id, seen)


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
            number = int(child.number.split("-")[0]) if child.number and child.number[0].isdigit() else None
            if number is None or "-" in (child.number or ""):
                continue
            prev = last.get(child.kind)
            if prev is not None and number == prev:
                state.warn("numbering_duplicate", f"{child.marker} repeats the previous number", child.span)
            elif prev is not None and number > prev + 1:
                state.warn("numbering_gap", f"{child.marker} follows number {prev}", child.span)
            last[child.kind] = number
