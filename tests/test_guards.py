"""Guards: a cheap test that stands before a pattern (a character the pattern cannot do without) must never
turn away a text the pattern matches. Each guard is asked of every text the pipeline reads (lines, blocks,
section titles and texts, task texts) of the samples and the fixtures, and of ../shared where present.

A guard that is a function or a constant of its module is imported from there, so the test follows the code;
one written inline is restated here, next to the place that holds it. When a pattern of patterns.py gains a
form that does without its guard's character, this fails and names the pattern.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import deadlines, headings, patterns as P, units
from policyparse.pipeline import STAGES
from policyparse.stages import goals, outline, tasks
from policyparse.stages.metadata import back
from policyparse.stages.segment import PAGE_NUMBER_START
from policyparse.state import State
from policyparse.text import fold
from policyparse.text import may_open_with_label

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".shtml")


def _documents() -> list[Path]:
    paths = sorted((ROOT / "samples").iterdir()) + sorted((ROOT / "tests" / "fixtures").glob("*/input*"))
    for folder in ("seeds", "corpus", "wild"):
        if (SHARED / folder).is_dir():
            paths += sorted((SHARED / folder).iterdir())
    return [p for p in paths if p.suffix in SUFFIXES]


# Lines no sample holds, cut from documents of ../shared: a page number of a text exported from print.
EXTRA_TEXTS = ["— 3 —", "-12-", "第3页 共10页", "第 2 页",
               # and markers whose digits or spaces the two engines' classes may read otherwise (headings.MARKERS)
               "第\u0661\u0662条 总则", "(\u0967)\x1c标题", "一\x1f、标题", "第二\x1c章\u2000总则", "1.\x85标题"]


def _texts() -> list[str]:
    """Every text a stage asks a pattern of, width-folded, each once (and stripped, as several callers ask)."""
    found: set[str] = set(EXTRA_TEXTS)
    for path in _documents():
        state = State(data=path.read_bytes(), path=str(path))
        for stage in STAGES:
            stage(state)
        found.update(line.fold for line in state.lines)
        found.update(block.fold for block in state.blocks)
        for node in state.sections():
            found.update(node.fold_parts)
            found.update(part.rstrip() for part in node.fold_parts)
            if node.title:
                found.update((node.title, fold(node.title)))
        for task in state.tasks:
            found.update((task["text"], fold(task["text"])))
    return sorted(found | {text.strip() for text in found})


TEXTS = _texts()


def _nonempty(pattern, text: str) -> bool:
    return any(found.group(0) for found in pattern.finditer(text))


# (what the guard stands for, the pattern's answer, the guard's answer: the first may be true only where the second is)
IMPLIED = [
    ("deadlines._may_date", lambda t: _nonempty(P.DEADLINE_DATE, t), deadlines._may_date),
    ("deadlines._may_be_relative", lambda t: P.DEADLINE_RELATIVE.search(t), deadlines._may_be_relative),
    ("tasks._may_name_link", lambda t: P.LINK_ITEM.search(t), tasks._may_name_link),
    ("tasks._may_list_conditions",
     lambda t: P.CONDITIONS_LEAD_IN.search(t.rstrip()) or P.CONDITIONS_NAMED.search(t), tasks._may_list_conditions),
    ("tasks.PROCEDURE_WORDS", lambda t: P.PROCEDURE_SECTIONS.search(t), lambda t: any(w in t for w in tasks.PROCEDURE_WORDS)),
    ("tasks.STATED_WORDS", lambda t: P.STATED_SECTIONS.search(t), lambda t: any(w in t for w in tasks.STATED_WORDS)),
    ("tasks._names_duty", lambda t: P.DUTY_OPENING.match(t), tasks._names_duty),
    ("units.LABEL_MARKS", lambda t: units.BARE_LABEL.search(t), lambda t: any(m in t for m in units.LABEL_MARKS)),
    ("goals.GOAL_LABEL_REACH", lambda t: P.GOAL_STATEMENT.match(t), lambda t: "目标" in t[:goals.GOAL_LABEL_REACH]),
    ("segment.PAGE_NUMBER_START", lambda t: P.PAGE_NUMBER_LINE.match(t), lambda t: t[:1] in PAGE_NUMBER_START),
    ("segment and outline: 目录 first", lambda t: P.TOC_TITLE.match(t), lambda t: t.startswith("目")),
    ("metadata.back.NOTE_START", lambda t: P.NOTE_LINE.match(t), lambda t: t[:1] in back.NOTE_START),
    ("metadata.back: 附 first", lambda t: P.ATTACHMENT_LABEL.match(t), lambda t: t.startswith("附")),
    ("metadata.derived: a file's dot", lambda t: P.FILE_EXTENSION.search(t), lambda t: "." in t),
    ("metadata.derived: 《", lambda t: P.REFERENCE.search(t), lambda t: "《" in t),
    ("readers.html: 年", lambda t: P.HEADNOTE.match(t), lambda t: "年" in t),
    ("outline._refers_back: 款 or 项", lambda t: P.REFERS_BACK.search(t), lambda t: "款" in t or "项" in t),
    ("headings._heading: NOT_CN_REST's numeral first", lambda t: P.NOT_CN_REST.match(t), lambda t: t[:1] in P.CN_NUM),
    ("outline.FURNITURE_FIRST", lambda t: P.FURNITURE_START.match(t), lambda t: t[:1] in outline.FURNITURE_FIRST),
    ("outline.SALUTATION_FIRST", lambda t: P.SALUTATION.match(t), lambda t: t[:1] in outline.SALUTATION_FIRST),
    ("outline.SUMS_UP_OPENERS", lambda t: P.SUMS_UP.match(t), lambda t: t.startswith(outline.SUMS_UP_OPENERS)),
    ("patterns.may_be_effective_clause", lambda t: P.EFFECTIVE_CLAUSE.match(t), P.may_be_effective_clause),
    ("headings.NAME_BRACKETS", lambda t: P.BRACKETED_NAME.match(t), lambda t: t[:1] in headings.NAME_BRACKETS),
    ("units.may_hold_list: a bracket group", lambda t: next(units._groups(t), None), units.may_hold_list),
    ("units.may_hold_list: a bare label", lambda t: units._bare_labels(t, []), units.may_hold_list),
    ("units.may_hold_list: roles in a sentence", lambda t: units._inline_roles(t, []), units.may_hold_list),
    ("units.may_hold_list: an organ by its act", lambda t: P.ACT_START.search(t), units.may_hold_list),
    ("units.may_hold_own_list: a bracket group", lambda t: next(units._groups(t), None), units.may_hold_own_list),
    ("units.may_hold_own_list: a bare label", lambda t: units._bare_labels(t, []), units.may_hold_own_list),
    ("tasks.ALL_BELOW_WORDS", lambda t: P.ALL_BELOW_NOTE.search(fold(t)), lambda t: tasks.ALL_BELOW_WORDS in t),
    ("goals._may_be_goal_title", lambda t: P.GOAL_SECTIONS.search(t), goals._may_be_goal_title),
    ("metadata.back.may_be_interpretation", lambda t: P.INTERPRETATION_TITLE.match(t), back.may_be_interpretation),
    ("metadata.back.may_be_printed_line", lambda t: P.PRINTED_LINE.match(t), back.may_be_printed_line),
    ("metadata.back.may_be_date_line", lambda t: P.DATE_LINE.match(t) or P.BLANK_DATE_LINE.match(t),
     back.may_be_date_line),
    ("metadata.back.may_open_numbering", lambda t: back._is_first_item(back.recognise(t, t)), back.may_open_numbering),
    ("text.may_open_with_label", lambda t: P.META_LABEL_RE.match(t), may_open_with_label),
    ("tasks._deadline: 时 before TIME_FIELD", lambda t: P.TIME_FIELD.search(t), lambda t: "时" in t),
    ("metadata.front.doc_number: 号 before LABELLED_NUMBER", lambda t: P.LABELLED_NUMBER.search(t), lambda t: "号" in t),
]
# Guards that answer as the pattern does, not just before it.
EQUAL = [
    ("tasks._field_label", lambda t: P.FIELD_LABEL.match(t) is not None, lambda t: tasks._field_label(t) is not None),
    ("tasks._omitted", lambda t: P.OMITTED.match(t) is not None, tasks._omitted),
    ("tasks._effective_clause", lambda t: P.EFFECTIVE_CLAUSE.match(fold(t)) is not None, tasks._effective_clause),
    ("tasks.NON_TASK_TITLE", lambda t: P.NON_TASK_SECTIONS.search(t) is not None,
     lambda t: tasks.NON_TASK_TITLE.search(t) is not None),
    ("headings.MARKERS: the standard engine reads the markers as the regex engine", lambda t: True,
     lambda t: _same_marker_reading(t)),
    ("units.find_unit_lists: own_only", lambda t: [f.span for f in units.find_unit_lists(t) if not f.prose],
     lambda t: [f.span for f in units.find_unit_lists(t, own_only=True)]),
]


def _same_marker_reading(text: str) -> bool:
    """Whether headings.MARKERS (the standard engine) reads what its regex engine copy reads, kind, span and
    groups, at the start and at every place inside the text where a heading may start (headings.recognise)."""
    def reading(found):
        return found and (found.lastindex, found.span(), found.groups())
    places = [0, *(found.end() for found in P.INLINE_START.finditer(text))]
    return all(reading(headings.MARKERS.match(text, place)) == reading(headings.MARKERS_REGEX.match(text, place))
               for place in places)


def test_texts_are_found():
    assert len(TEXTS) > 1000


@pytest.mark.parametrize("name, pattern, guard", IMPLIED, ids=[row[0] for row in IMPLIED])
def test_a_guard_never_turns_away_what_its_pattern_matches(name, pattern, guard):
    missed = [t[:60] for t in TEXTS if pattern(t) and not guard(t)]
    assert not missed, f"{name} turns away texts its pattern matches: {missed[:5]}"


@pytest.mark.parametrize("name, pattern, guard", EQUAL, ids=[row[0] for row in EQUAL])
def test_a_guarded_pattern_answers_as_the_pattern(name, pattern, guard):
    moved = [t[:60] for t in TEXTS if bool(pattern(t)) != bool(guard(t))]
    assert not moved, f"{name} answers otherwise than its pattern: {moved[:5]}"


@pytest.mark.parametrize("name, pattern, guard", IMPLIED, ids=[row[0] for row in IMPLIED])
def test_each_pattern_is_seen_matching(name, pattern, guard):
    """(so that the test above proves something: every pattern matches some text of the samples or fixtures)"""
    if name in ("readers.html: 年",) and not SHARED.is_dir():
        pytest.skip("a 题注 line is in ../shared only")
    assert any(pattern(t) for t in TEXTS), f"{name}: no text matches the pattern"


@pytest.mark.parametrize("pattern", ["^总则$|^附则$", "总体要求|工作目标"])
def test_a_pattern_split_at_its_start_matches_nothing_with_an_empty_side(pattern):
    """tasks._StartAndAnywhere splits a pattern into its ^ alternatives and the others: a side with none must
    match nothing (an empty pattern would match every title, and every section would give no task)."""
    split = tasks._StartAndAnywhere(pattern)
    assert split.search("建立健全工作机制") is None
    assert split.search("总则" if pattern.startswith("^") else "一、总体要求") is not None


def test_the_heading_markers_use_only_what_both_engines_read_alike():
    """headings.MARKERS is the regex engine's heading table read by the standard engine, with \\s spelled out and
    texts beyond U+FFFF left to the regex engine (its \\d knows newer digits). Any other class escape (\\w, \\S, \\D,
    \\p{…}), a \\s inside a set, a flag or a backreference would read otherwise: a new one must send its author to
    headings.py first."""
    import regex

    from policyparse import headings

    source = headings.MARKER_SOURCE
    escapes = set(regex.findall(r"\\(.)", source))
    assert escapes <= set("sd.*-()[]|?+{}"), f"escapes the copy does not handle: {escapes - set('sd.*-()[]|?+{}')}"
    assert not regex.search(r"\[[^\]]*\\s", source), "a \\s inside a set is not spelled out by headings.SPACE"
    assert "(?i" not in source and "(?P=" not in source
