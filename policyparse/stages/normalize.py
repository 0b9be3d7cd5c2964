"""Stage `normalize`: script detection and conversion, width folding, lines with source offsets.

The output script is simplified unless `keep_script`; `Line.fold` is the same text with full-width
ASCII folded to half-width (（1） -> (1)), used for matching only. Both have the same length, so an
offset found in `fold` is an offset in `text`, and `Line.start` maps it back to the source.
"""
from __future__ import annotations

import re

import regex

from ..state import Line, State
from ..text import WIDE_SPACES, converter, fold

NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")     # (the standard engine: a plain range of code points)
LINE_BREAK = regex.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Leading markup that carries no content: markdown heading hashes, list bullets of web exports.
LEADING_MARKUP = regex.compile(r"^(?:#{1,6}[ \t]+|[•·●▪][ \t\u3000]*)")
MARKUP_START = "#•·●▪"
STRIP_CHARS = " \t" + WIDE_SPACES + "\u200b\u200c\u200d\ufeff\f\v"
TRADITIONAL_SHARE = 0.02   # share of Han characters changed by t2s above which a text is traditional
SAMPLE_CHARS = 3_000      # characters read to tell the script ...
SAMPLE_HAN = 500          # ... of which this many Han characters decide it (converted, compared)
SAMPLE_FIRST = 1_000      # characters read first, which hold SAMPLE_HAN Han characters in most texts


def normalize(state: State) -> None:
    """Lines in the output script; their `fold` is always read in simplified script, so that a
    traditional text kept as written (`keep_script`) is parsed exactly as its conversion is."""
    state.script = detect_script(state.source)
    traditional = state.script == "traditional"
    convert = traditional and not state.keep_script
    matching = converter().convert(state.source) if traditional else state.source     # what patterns read
    if len(matching) == len(state.source):
        state.lines = _exact_lines(state.source, matching if convert else state.source, fold(matching))
    else:
        state.lines = _converted_lines(state.source, convert)


def _exact_lines(source: str, text: str, folded: str) -> list[Line]:
    """The lines where the text read (`folded`, the whole source converted and folded in one pass) is
    as long as the source: `text` (the source, or its conversion) and `folded` are cut at the source's
    line bounds. The common case: most lines have nothing to trim, which one strip tells."""
    lines = []
    for index, (start, end) in enumerate(_line_bounds(source)):
        raw = text[start:end]
        body = raw.strip(STRIP_CHARS)
        if len(body) == len(raw) and not (body and body[0] in MARKUP_START):
            begin = start
        else:
            lead, body = _trim(raw)
            begin = start + lead
        stop = begin + len(body)
        lines.append(Line(index, begin, stop, body, folded[begin:stop]))
    return lines


def _converted_lines(source: str, convert: bool) -> list[Line]:
    """The lines of a traditional text whose conversion changed its length: each line converted on its own;
    a line whose own conversion changed its length loses its 1:1 offsets (when converted)."""
    lines = []
    for index, (start, end) in enumerate(_line_bounds(source)):
        raw = source[start:end]
        converted = converter().convert(raw)
        exact = len(converted) == len(raw)
        text = converted if convert else raw
        lines.append(_make_line(index, start, end, text, exact or not convert, converted if exact else None))
    return lines


def _make_line(index: int, start: int, end: int, text: str, exact: bool, matched: str | None) -> Line:
    """Trim indentation and markup; keep the offset of what remains. `matched` is this line's simplified
    form (same length as `text`), where its conversion kept its length."""
    lead, body = _trim(text)
    if not exact:
        return Line(index, start, end, body, fold(body), exact=False)
    begin, stop = start + lead, start + lead + len(body)
    return Line(index, begin, stop, body, fold(matched[lead:lead + len(body)] if matched is not None else body))


def _trim(text: str) -> tuple[int, str]:
    stripped = text.lstrip(STRIP_CHARS)
    lead = len(text) - len(stripped)
    body = stripped.rstrip(STRIP_CHARS)
    markup = LEADING_MARKUP.match(body) if body and body[0] in MARKUP_START else None
    if markup:
        rest = body[markup.end():]
        lead += markup.end() + len(rest) - len(rest.lstrip(STRIP_CHARS))
        body = rest.strip(STRIP_CHARS)
    return lead, body


def _line_bounds(text: str):
    if "\r" not in text and "\u2028" not in text and "\u2029" not in text:   # the common case, in C
        start = 0
        for line in text.split("\n"):
            yield start, start + len(line)
            start += len(line) + 1
        return
    start = 0
    for match in LINE_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def detect_script(text: str) -> str:
    sample = _han_sample(text)
    if not sample:
        return "simplified"
    converted = converter().convert(sample)
    if converted == sample:
        return "simplified"
    changed = sum(map(str.__ne__, sample, converted))
    return "traditional" if changed / len(sample) > TRADITIONAL_SHARE else "simplified"


def _han_sample(text: str) -> str:
    """The first SAMPLE_HAN Han characters of the first SAMPLE_CHARS characters: most texts have as many
    in their first SAMPLE_FIRST characters, and those are then the same characters."""
    sample = NOT_HAN.sub("", text[:SAMPLE_FIRST])
    if len(sample) < SAMPLE_HAN:
        sample = NOT_HAN.sub("", text[:SAMPLE_CHARS])
    return sample[:SAMPLE_HAN]
