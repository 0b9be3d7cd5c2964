"""Stage `normalize`: script detection and conversion, width folding, lines with source offsets.

The output script is simplified unless `keep_script`; `Line.fold` is the same text with full-width
ASCII folded to half-width (（1） -> (1)), used for matching only. Both have the same length, so an
offset found in `fold` is an offset in `text`, and `Line.start` maps it back to the source.
"""
from __future__ import annotations

import regex

from ..state import Line, State
from ..text import WIDE_SPACES, converter, fold

HAN_RUNS = regex.compile(r"[\u4e00-\u9fff]+")
LINE_BREAK = regex.compile(r"\r\n|\r|\n|\u2028|\u2029")
# Leading markup that carries no content: markdown heading hashes, list bullets of web exports.
LEADING_MARKUP = regex.compile(r"^(?:#{1,6}[ \t]+|[•·●▪][ \t\u3000]*)")
MARKUP_START = "#•·●▪"
STRIP_CHARS = " \t" + WIDE_SPACES + "\u200b\u200c\u200d\ufeff\f\v"
TRADITIONAL_SHARE = 0.02   # share of Han characters changed by t2s above which a text is traditional
SAMPLE_CHARS = 3_000      # characters read to tell the script ...
SAMPLE_HAN = 500          # ... of which this many Han characters decide it (converted, compared)


def normalize(state: State) -> None:
    """Lines in the output script; their `fold` is always read in simplified script, so that a
    traditional text kept as written (`keep_script`) is parsed exactly as its conversion is."""
    state.script = detect_script(state.source)
    traditional = state.script == "traditional"
    convert = traditional and not state.keep_script
    matching = converter().convert(state.source) if traditional else state.source     # what patterns read
    whole_exact = len(matching) == len(state.source)
    folded = fold(matching) if whole_exact else None      # one pass; lines take slices of it
    lines = []
    for index, (start, end) in enumerate(_line_bounds(state.source)):
        raw = state.source[start:end]
        if traditional and not whole_exact:
            converted = converter().convert(raw)
            exact = len(converted) == len(raw)
            text = converted if convert else raw
            lines.append(_make_line(index, start, end, text, exact or not convert, None,
                                    converted if exact else None))
        else:
            text = matching[start:end] if convert else raw
            lines.append(_make_line(index, start, end, text, True, folded))
    state.lines = lines


def _make_line(index: int, start: int, end: int, text: str, exact: bool, folded: str | None = None,
               matched: str | None = None) -> Line:
    """Trim indentation and markup; keep the offset of what remains. `folded` is the whole source
    folded for matching, `matched` this line's simplified form (same length as `text`) where there is no
    whole one."""
    lead, body = _trim(text)
    if not exact:
        return Line(index, start, end, body, fold(body), exact=False)
    begin, stop = start + lead, start + lead + len(body)
    if folded is not None:
        return Line(index, begin, stop, body, folded[begin:stop])
    return Line(index, begin, stop, body, fold(matched[lead:lead + len(body)] if matched is not None else body))


def _trim(text: str) -> tuple[int, str]:
    lead = len(text) - len(text.lstrip(STRIP_CHARS))
    body = text.strip(STRIP_CHARS)
    markup = LEADING_MARKUP.match(body) if body[:1] in MARKUP_START else None
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
    sample = "".join(HAN_RUNS.findall(text[:SAMPLE_CHARS]))[:SAMPLE_HAN]
    if not sample:
        return "simplified"
    converted = converter().convert(sample)
    if converted == sample:
        return "simplified"
    changed = sum(map(str.__ne__, sample, converted))
    return "traditional" if changed / len(sample) > TRADITIONAL_SHARE else "simplified"
