"""Run-on versions of a text document, and the outline to compare them by.

A crawler dump or a page whose paragraphs were lost runs a document's lines together. `run_on(text,
"groups")` joins each heading line with the lines under it (up to the next heading) into one line;
`run_on(text, "body")` joins the whole body of each part (from its first heading to its last line)
into one line. Lines are joined with one space, as the white space between a page's block tags
collapses; table lines and the front and back matter stay as they are. `signature(doc)` is the
outline compared: markers, titles and nesting.
"""
from __future__ import annotations

from policyparse import pipeline
from policyparse.state import State

JOIN = " "


def body_lines(text: str) -> list[tuple[int, int, set[int]]]:
    """Per root of the outline: (first line, last line, heading lines) of its marked sections."""
    state = pipeline.run(State(data=text.encode("utf-8")))
    out = []
    for root in state.roots:
        nodes = [n for n in root.walk() if n.marker is not None]
        if not nodes:
            continue
        heads = {n.heading_block.lines[0].index for n in nodes}
        last = max(b.lines[-1].index for n in nodes for b in n.blocks)
        out.append((min(heads), last, heads))
    return out


def run_on(text: str, how: str) -> str:
    lines = text.split("\n")
    out: list[str] = []
    done = 0
    for first, last, heads in body_lines(text):
        if first < done:
            continue
        out.extend(lines[done:first])
        group: list[str] = []
        for i in range(first, last + 1):
            line = lines[i].strip()
            table = line.count("|") >= 2
            if table or (how == "groups" and i in heads):
                if group:
                    out.append(JOIN.join(group))
                group = []
            if table:
                out.append(line)
            elif line:
                group.append(line)
        if group:
            out.append(JOIN.join(group))
        done = last + 1
    out.extend(lines[done:])
    return "\n".join(out)


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
