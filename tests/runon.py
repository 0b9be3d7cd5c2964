"""Run-on versions of a text document, and the outline to compare them by.

A crawler dump or a page whose paragraphs were lost runs a document's lines together. `run_on(text,
"groups")` joins each heading line with the lines under it (up to the next heading) into one line;
`run_on(text, "body")` joins the whole body of each part (from its first heading to its last line)
into one line. Lines are joined with one space, as the white space between a page's block tags
collapses; table lines, chrome, metadata fields and the front and back matter stay as they are. `signature(doc)` is the
outline compared: markers, titles and nesting.
"""
from __future__ import annotations

from policyparse import pipeline
from policyparse.state import State

JOIN = " "


def body_lines(text: str) -> list[tuple[int, int, set[int], set[int]]]:
    """Per part of the outline (the whole document when it has none): (first line, last line, heading
    lines, text lines) of its marked sections; the text lines are those of its paragraphs (not tables,
    chrome or metadata fields)."""
    state = pipeline.run(State(data=text.encode("utf-8")))
    parts = [r for r in state.roots if r.kind in ("cover", "main", "part")]
    regions = [list(r.walk()) for r in parts] if parts else [list(state.sections())]
    out = []
    for region in regions:
        nodes = [n for n in region if n.marker is not None]
        if not nodes:
            continue
        heads = {n.heading_block.lines[0].index for n in nodes}
        blocks = [b for n in nodes for b in n.blocks]
        prose = {line.index for b in blocks if b.kind == "para" and b.role is None for line in b.lines}
        last = max(b.lines[-1].index for b in blocks)
        out.append((min(heads), last, heads, prose))
    return out


def run_on(text: str, how: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    done = 0
    for first, last, heads, prose in body_lines(text):
        if first < done:
            continue
        out.extend(lines[done:first])
        group: list[str] = []
        for i in range(first, last + 1):
            line = lines[i].strip()
            if not line:
                continue
            alone = i not in prose          # a table row, a chrome line, a metadata field: left as it is
            if alone or (how == "groups" and i in heads):
                if group:
                    out.append(JOIN.join(group))
                group = []
            if alone:
                out.append(line)
            else:
                group.append(line.lstrip("#").strip())    # a dump keeps no markdown heading marks
        if group:
            out.append(JOIN.join(group))
        done = last + 1
    out.extend(lines[done:])
    return "\n".join(out)


def section_chars(doc) -> int:
    """Characters of every section's title and text, white space aside: a text kept twice shows here."""
    total = 0

    def walk(sections):
        nonlocal total
        for s in sections:
            total += sum(len("".join((part or "").split())) for part in (s.title, s.text))
            walk(s.children)

    walk(doc.sections)
    return total


def signature(doc) -> list[tuple[int, str, str | None]]:
    """(depth, marker, title) of every marked section, in document order."""
    out = []

    def walk(sections, depth):
        for s in sections:
            if s.marker is not None:
                out.append((depth, s.marker, s.title))
            walk(s.children, depth + 1)

    walk(doc.sections, 0)
    return out
