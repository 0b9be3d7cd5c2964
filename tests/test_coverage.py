"""Nothing is silently dropped: every non-blank input line is accounted for somewhere in the output.

A line is cut into runs of letters and digits (whitespace and punctuation removed, script and width
normalised); each run must appear in some string of the output (a heading's marker, title or text, a
table cell, a metadata field, a boilerplate line, or a field name). Label words that the parser turns
into field names (索引号：, 抄送：, 附件：, …印发) count as accounted for by their field.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import regex

from policyparse import parse_bytes
from policyparse import patterns as P
from policyparse.readers.html import html_to_text
from policyparse.text import converter
from policyparse.text import fold
from policyparse.stages.read import decode
from policyparse.state import State

ROOT = Path(__file__).parent.parent
FOLDERS = (ROOT / "samples", ROOT.parent / "shared" / "corpus")
RUNS = regex.compile(r"[\p{Han}\p{L}\p{Nd}]+")
SPACE = regex.compile(r"\s+")
PRINTED = "印发"
LABEL_WORDS = sorted([*P.META_LABELS, "抄送", "附件", "标题"], key=len, reverse=True)


def normal(text: str) -> str:
    return fold(converter().convert(SPACE.sub("", text))).lower()


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def parsed_text(path: Path, data: bytes) -> str:
    """The text the parser read: the file's text, or for a web page the reader's rendering."""
    text, _ = decode(data, State(data=data))
    return html_to_text(text)[0] if path.suffix in (".html", ".htm") else text


def unaccounted(path: Path) -> list[str]:
    data = path.read_bytes()
    doc = parse_bytes(data, path=str(path)).model_dump(mode="json")
    haystack = "\x00".join(normal(s) for s in strings(doc))
    missing = []
    for line in parsed_text(path, data).splitlines():
        for run in RUNS.findall(normal(line)):
            run = _strip_label(run)
            if run and not _found(run, haystack):
                missing.append(f"{line.strip()[:60]!r}: {run[:30]!r}")
    return missing


def _strip_label(run: str) -> str:
    for word in LABEL_WORDS:
        if run.startswith(word):
            return run[len(word):]
    return run[:-len(PRINTED)] if run.endswith(PRINTED) else run


def _found(run: str, haystack: str) -> bool:
    """In one output string, or in two that the parser split it into (marker and title, date and event)."""
    if run in haystack:
        return True
    return any(run[:i] in haystack and run[i:] in haystack for i in range(1, len(run)))


def documents() -> list[Path]:
    return [p for folder in FOLDERS if folder.is_dir() for p in sorted(folder.iterdir())
            if p.suffix in (".txt", ".html", ".htm")]


@pytest.mark.parametrize("path", documents(), ids=lambda p: p.name[:40])
def test_every_line_is_accounted_for(path):
    assert unaccounted(path) == []


def test_the_check_catches_a_dropped_line(monkeypatch):
    """The check itself must fail when the output loses a line."""
    import policyparse.build as build

    real = build.build

    def drop_first_section_text(state):
        doc = real(state)
        sections = list(doc.sections)
        first = next(i for i, s in enumerate(sections) if s.text)
        sections[first] = sections[first].model_copy(update={"text": None})
        return doc.model_copy(update={"sections": sections})

    monkeypatch.setattr(build, "build", drop_first_section_text)
    assert unaccounted(ROOT / "samples" / "002_ff42bb4422d187c9.txt")
