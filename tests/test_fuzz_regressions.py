"""Inputs the fuzz run (tests/fuzz/fuzz.py) found crashing, replayed: each must now parse or be refused."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policyparse import PolicyParseError, parse_bytes
from policyparse.emit import to_json

CRASHES = sorted((Path(__file__).parent / "fuzz" / "crashes").glob("*.bin"))


@pytest.mark.parametrize("path", CRASHES, ids=lambda p: p.stem)
def test_former_crash(path):
    try:
        doc = parse_bytes(path.read_bytes())
    except PolicyParseError:
        return
    assert json.loads(to_json(doc))["schema_version"]


def test_there_are_regressions_to_replay():
    assert CRASHES, "tests/fuzz/crashes/ holds the inputs the fuzz run found"
