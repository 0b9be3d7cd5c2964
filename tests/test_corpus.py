"""Every document of ../shared/corpus parses without a crash (skipped where shared/ is absent)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_file

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
DOCS = sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".html")) if CORPUS.exists() else []


@pytest.mark.skipif(not DOCS, reason="../shared/corpus not present")
@pytest.mark.parametrize("path", DOCS, ids=[p.name[:40] for p in DOCS])
def test_corpus_document_parses(path):
    doc = parse_file(path)
    assert doc.sections
    if path.suffix == ".txt" and not path.name.startswith("36_"):   # 36_ has no numbered headings
        assert doc.meta.title
        assert any(s.marker for s in _walk(doc.sections)), "no outline"


@pytest.mark.skipif(not DOCS, reason="../shared/corpus not present")
@pytest.mark.parametrize("stem", ["30_", "32_", "34_"])
def test_laws_give_chapters_holding_articles(stem):
    path = next(p for p in DOCS if p.name.startswith(stem))
    chapters = [s for s in parse_file(path).sections if s.kind == "chapter"]
    assert len(chapters) >= 3
    assert all(c.children and c.children[0].kind == "article" for c in chapters)


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)
