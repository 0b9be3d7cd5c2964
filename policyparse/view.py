"""A document's parse as one self-contained HTML page: metadata card, outline tree, the text with every
heading, task, unit, deadline, goal and warning marked in place, and a task table that filters by unit.

Everything is built from the Document and the text its spans point into; nothing is fetched (a Content
Security Policy forbids it) and every string of the document is escaped (markupsafe), so a title holding
`<script>` is shown as text. The page's own script is inline and only filters, folds and scrolls.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from markupsafe import Markup, escape

from .models import Document, Section
from .text import simplified

META_ROWS = (   # (field, label) shown in the header card, in order, where the document has them
    ("doc_number", "发文字号"), ("issuer", "发文机关"), ("issuers", "联合发文"), ("date", "成文日期"),
    ("doc_type", "文种"), ("kind", "kind"), ("relation", "relation"), ("attached_title", "enclosed document"),
    ("recipients", "主送机关"), ("cc", "抄送机关"), ("printed_by", "印发机关"), ("print_date", "印发日期"),
    ("publish_date", "发布日期"), ("source_name", "来源"), ("index_number", "索引号"), ("url", "url"),
)
# Mark kinds, outermost first where two start together.
ORDER = {"section": 0, "goal": 1, "task": 2, "warning": 3, "unit": 4, "deadline": 5}


@dataclass
class Mark:
    start: int
    end: int
    order: int
    kind: str = field(compare=False)
    attrs: dict = field(compare=False, default_factory=dict)
    classes: str = field(compare=False, default="")


@functools.lru_cache(maxsize=1)
def environment():
    """The Jinja2 environment of the package's templates (autoescaped), made once."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(loader=PackageLoader("policyparse", "templates"), autoescape=select_autoescape(["j2"]),
                       undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)


def view_html(doc: Document, text: str) -> str:
    """The page for one document; `text` is the decoded text its spans point into (api.parse_with_text)."""
    sections = list(_walk(doc.sections))
    unit_names = sorted({u for t in doc.tasks for u in t.units})
    context = {
        "doc": doc, "title": doc.meta.title or doc.source.path or "document",
        "meta_rows": _meta_rows(doc), "outline": doc.sections, "sections": sections,
        "lines": _lines(doc, text), "tasks": doc.tasks, "units": unit_names,
        "warnings": doc.warnings,
    }
    return environment().get_template("view.html.j2").render(**context)


def _walk(sections: list[Section]):
    for section in sections:
        yield section
        yield from _walk(section.children)


def _meta_rows(doc: Document) -> list[tuple[str, str]]:
    rows = []
    meta = doc.meta
    for name, label in META_ROWS:
        value = getattr(meta, name)
        if isinstance(value, list):
            value = "；".join(value)
        if value:
            rows.append((label, str(value)))
    return rows


def _marks(doc: Document, text: str, search: str) -> list[Mark]:
    """Every mark of the page; `search` is the text in the output's script, where names are looked for."""
    goal_ids = {g.section_id for g in doc.goals}
    marks = []
    for section in _walk(doc.sections):
        if section.span:
            kind = "goal" if section.id in goal_ids else "section"
            inline = "" if section.title or section.marker is None else " inline"    # an item that is its text
            marks.append(Mark(section.span.start, section.span.end, ORDER[kind], kind,
                              {"id": f"sec-{section.id}"}, "heading " + kind + inline))
    for task in doc.tasks:
        if not task.span:
            continue
        lo, hi = task.span.start, task.span.end
        marks.append(Mark(lo, hi, ORDER["task"], "task", {"id": f"task-{task.id}", "data-task": task.id},
                          "task part" if task.parent_id else "task"))
        for unit in task.units:
            role = "lead" if unit in task.lead_units else "support" if unit in task.support_units else "named"
            for at in _occurrences(search, unit, lo, hi):
                marks.append(Mark(at, at + len(unit), ORDER["unit"], "unit", {"title": f"{unit}: {role}"},
                                  f"unit {role}"))
        if task.deadline:
            for at in _occurrences(search, task.deadline.raw, lo, hi)[:1]:
                marks.append(Mark(at, at + len(task.deadline.raw), ORDER["deadline"], "deadline",
                                  {"title": f"deadline {task.deadline.date or ''} {task.deadline.kind or ''}"},
                                  "deadline"))
    for number, warning in enumerate(doc.warnings):
        if warning.span and warning.span.end <= len(text):
            marks.append(Mark(warning.span.start, max(warning.span.end, warning.span.start + 1), ORDER["warning"],
                              "warning", {"id": f"warning-{number}", "title": f"{warning.code}: {warning.message}"},
                              "warning"))
    return sorted(marks, key=_outer_first)


def _outer_first(mark: Mark) -> tuple:
    """Marks by start; of two that start together the longer (the task around its heading) first."""
    return mark.start, -mark.end, mark.order


def _occurrences(text: str, needle: str, lo: int, hi: int) -> list[int]:
    out, at = [], text.find(needle, lo, hi) if needle else -1
    while at >= 0:
        out.append(at)
        at = text.find(needle, at + len(needle), hi)
    return out


def _lines(doc: Document, text: str) -> list[dict]:
    """The text, a line each: its marked-up HTML and, for traditional script, the simplified reading."""
    converted = None
    if doc.source.script == "traditional":      # converted once: where names are looked for, and shown beside
        converted = simplified(text)
    # names are looked for in the simplified text where it keeps every offset, else in the text as written
    marks = _marks(doc, text, converted if converted is not None and len(converted) == len(text) else text)
    lines = text.split("\n")
    readings = converted.split("\n") if converted is not None else None
    if readings is not None and len(readings) != len(lines):
        readings = [simplified(line) for line in lines]     # (a conversion that moved a line break)
    out = []
    opened: set = set()          # ids already given: a mark cut by a line break keeps its id on the first piece
    index = 0
    start = 0
    active: list[Mark] = []
    for number, line in enumerate(lines):
        end = start + len(line)
        while index < len(marks) and marks[index].start < end + 1:
            active.append(marks[index])
            index += 1
        active = [m for m in active if m.end > start]
        here = [m for m in active if m.start < end or (m.start == end == start)]
        html = _render(line, start, here, opened)
        reading = readings[number] if readings is not None and line.strip() else None
        out.append({"html": html, "simplified": reading if reading != line else None, "blank": not line.strip()})
        start = end + 1
    return out


def _render(line: str, offset: int, marks: list[Mark], opened: set) -> Markup:
    """A line's text with the marks that overlap it as nested spans (a mark that crosses an outer one's
    end is cut there)."""
    pieces: list[str] = []
    clipped = sorted((Mark(max(m.start, offset) - offset, min(m.end, offset + len(line)) - offset, m.order, m.kind,
                           m.attrs, m.classes) for m in marks if min(m.end, offset + len(line)) > max(m.start, offset)),
                     key=_outer_first)

    def emit(lo: int, hi: int, inner: list[Mark]) -> None:
        at = lo
        i = 0
        while i < len(inner):
            mark = inner[i]
            if mark.start < at:
                i += 1
                continue
            pieces.append(str(escape(line[at:mark.start])))
            stop = min(mark.end, hi)
            pieces.append(_open(mark, opened))
            contained = [m for m in inner[i + 1:] if m.start < stop]
            emit(mark.start, stop, [Mark(m.start, min(m.end, stop), m.order, m.kind, m.attrs, m.classes)
                                    for m in contained])
            pieces.append("</span>")
            at = stop
            i += 1
        pieces.append(str(escape(line[at:hi])))

    emit(0, len(line), clipped)
    return Markup("".join(pieces))


def _open(mark: Mark, opened: set) -> str:
    attrs = dict(mark.attrs)
    ident = attrs.get("id")
    if ident is not None:
        if ident in opened:
            attrs.pop("id")
        else:
            opened.add(ident)
    rendered = "".join(f' {name}="{escape(value)}"' for name, value in attrs.items())
    return f'<span class="{escape(mark.classes)}"{rendered}>'
