"""Property tests: any text parses into a valid Document, deterministically."""
from __future__ import annotations

import random
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse import InputError, parse_text
from policyparse.emit import to_json
from policyparse.models import Document

SAMPLES = sorted((Path(__file__).parent.parent / "samples").glob("*.txt"))
MARKERS = ["一、", "（一）", "(二)", "1.", "（1）", "①", "第一章", "第一条", "|", "（", "）", "责任单位：", "\n", "。"]


def _parse_or_refuse(text: str):
    try:
        doc = parse_text(text)
    except InputError:
        assert not text.strip()
        return None
    Document.model_validate_json(to_json(doc))   # round-trips through the schema's models
    return doc


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_arbitrary_text(text):
    _parse_or_refuse(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(MARKERS) | st.text(alphabet="区局委办甲乙丙，、：:", max_size=8), max_size=60))
def test_marker_soup(pieces):
    _parse_or_refuse("".join(pieces))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=0, max_value=10_000), st.sampled_from(SAMPLES))
def test_mutated_samples(seed, path):
    rng = random.Random(seed)
    lines = path.read_text(encoding="utf-8").splitlines()
    rng.shuffle(lines)
    text = "\n".join(lines)
    for _ in range(20):
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(["", "（", "）", "一、", "1.", "\x00", "\ufffd", "|"]) + text[at + 1:]
    text = text.replace("（", "(") if seed % 2 else text
    doc = _parse_or_refuse(text)
    if doc is not None:
        assert to_json(doc) == to_json(parse_text(text))   # deterministic
