"""A run-on text gets the same outline as its well-formed version (markers, titles, nesting).

Every text document in the repository (the samples and the fixtures cut from real documents) and,
when ../shared is beside the project, every text document of ../shared/seeds and ../shared/corpus is
run together two ways (see runon.py): each heading with its paragraphs on one line, and the whole
body of each part on one line.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_text, pipeline
from policyparse.state import State
from runon import run_on, section_chars, signature

ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared"
TEXT = (".txt", ".md")


def source_text(path: Path) -> str:
    state = State(data=path.read_bytes())
    pipeline.STAGES[0](state)            # read: decoded as the extractor decodes it
    return state.source


def outlined(paths) -> list[Path]:
    """The documents with an outline to compare (a news report or a speech may have none)."""
    return [p for p in sorted(paths) if p.suffix in TEXT and len(signature(parse_text(source_text(p)))) >= 2]


LOCAL = outlined([*ROOT.glob("samples/*"), *ROOT.glob("tests/fixtures/*/input.*")])
SHARED_DOCS = outlined(p for d in ("seeds", "corpus") for p in (SHARED / d).glob("*"))


def check(path: Path, how: str) -> None:
    text = source_text(path)
    original = parse_text(text)
    joined = run_on(text, how)
    assert joined.count("\n") < text.count("\n"), "nothing was run together"
    got = parse_text(joined)
    assert signature(got) == signature(original)
    assert section_chars(got) <= section_chars(original) * 1.02, "text kept twice"


@pytest.mark.parametrize("how", ["groups", "body"])
@pytest.mark.parametrize("path", LOCAL, ids=[p.parent.name if p.name.startswith("input") else p.name for p in LOCAL])
def test_run_on_outline_matches(path: Path, how: str):
    check(path, how)


@pytest.mark.skipif(not SHARED_DOCS, reason="../shared/seeds and ../shared/corpus are not beside the project")
@pytest.mark.parametrize("how", ["groups", "body"])
def test_run_on_outline_matches_on_shared_documents(how: str):
    assert len(SHARED_DOCS) >= 10
    failed = []
    for path in SHARED_DOCS:
        try:
            check(path, how)
        except AssertionError as e:
            failed.append(f"{path.name}: {str(e)[:200]}")
    assert failed == []


def test_a_plan_on_one_line():
    doc = parse_text("某某方案\n为推进建设，制定本方案。 一、总体要求 （一）指导思想。坚持稳中求进。（二）基本原则 坚持改革。"
                     " 二、重点任务 1.加强监管。严格执法。2.优化服务。提升效率。\n")
    assert signature(doc) == [(0, "一、", "总体要求"), (1, "（一）", "指导思想"), (1, "（二）", "基本原则"),
                              (0, "二、", "重点任务"), (1, "1.", "加强监管"), (1, "2.", "优化服务")]
