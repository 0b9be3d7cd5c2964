"""The mutable working state that flows one way through the pipeline stages.

Nothing here depends on the Pydantic models: they are built once, at the end (models.build).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Warning_:
    code: str
    message: str
    span: tuple[int, int] | None = None


@dataclass(slots=True)
class Line:
    """One line of the source: `text` in output script, `fold` the same for matching (same length)."""
    index: int
    start: int          # character offset of text[0] in the decoded source
    end: int            # offset just past the last character of text
    text: str
    fold: str
    exact: bool = True  # whether character offsets inside the line map 1:1 to the source


@dataclass(slots=True)
class Block:
    """A paragraph (lines rejoined), a table, boilerplate or a metadata field: the unit of content."""
    kind: str           # "para" | "table" | "boilerplate" | "meta"
    lines: list[Line]
    text: str
    fold: str
    role: str | None = None   # set by later stages: "title", "recipients", "signature", "date", ...
    cells: list[list[str]] | None = None

    @property
    def span(self) -> tuple[int, int]:
        return (self.lines[0].start, self.lines[-1].end)

    @property
    def first(self) -> int:
        return self.lines[0].index


@dataclass
class Node:
    """A section of the outline tree, built by the outline stage from heading blocks."""
    kind: str                       # marker kind: cn, paren_cn, ..., or "part"/"cover"/"preamble"
    marker: str | None
    number: str | None
    rank: int
    title: str | None = None
    text_parts: list[str] = field(default_factory=list)
    fold_parts: list[str] = field(default_factory=list)    # the same texts width-folded, for matching
    blocks: list[Block] = field(default_factory=list)
    span: tuple[int, int] | None = None
    children: list["Node"] = field(default_factory=list)
    parent: "Node | None" = None
    id: str = ""
    heading_block: Block | None = None
    title_if_content: str | None = None    # the heading line's title, should content follow it
    sentence_title: str | None = None      # the heading line's rest, where its first sentence became the title

    @property
    def text(self) -> str | None:
        return "\n".join(self.text_parts) or None

    @property
    def fold(self) -> str | None:
        return "\n".join(self.fold_parts) or None

    def walk(self):
        """This section and every section below it, in document order (a loop, not one generator a level).
        A node's children are read when the walk comes back to it, so a caller may still change them."""
        stack = [self]
        pop, push = stack.pop, stack.extend
        while stack:
            node = pop()
            yield node
            if node.children:           # (most sections are leaves)
                push(reversed(node.children))

    def path_titles(self) -> list[str]:
        out, node = [], self
        while node is not None:
            if node.title:
                out.append(node.title)
            node = node.parent
        return out[::-1]


@dataclass
class State:
    data: bytes = b""
    path: str | None = None
    keep_script: bool = False
    encoding: str | None = None
    reader: str = "text"
    input_format: str | None = None   # "txt", "html", "docx" or "pdf": forced by the caller, else detected
    page_meta: dict[str, str] = field(default_factory=dict)
    source: str = ""                # decoded text: spans point into it
    script: str = "simplified"
    lines: list[Line] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    roots: list[Node] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    tables: list[dict[str, Any]] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    goals: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    tasks: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)
    aliases: Any = None             # unitnames.Aliases: the unit alias table (None: the package's own)

    def warn(self, code: str, message: str, span: tuple[int, int] | None = None) -> None:
        self.warnings.append(Warning_(code, message, span))

    def sections(self):
        for root in self.roots:
            yield from root.walk()
