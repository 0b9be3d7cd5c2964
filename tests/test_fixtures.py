"""Whole documents: fixtures/<case>/input.txt (or .html) against the hand-checked fixtures/<case>/expected.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from goldcheck import compare  # noqa: E402
from policyparse import parse_file
from policyparse.emit import to_dict

FIXTURES = sorted(p for p in (Path(__file__).parent / "fixtures").iterdir() if (p / "expected.json").exists())


@pytest.mark.parametrize("case", FIXTURES, ids=[p.name for p in FIXTURES])
def test_fixture(case: Path):
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    source = next(case.glob("input.*"))
    doc = to_dict(parse_file(source))
    assert compare(doc, expected) == []
