"""Property tests: any text parses into a valid Document, deterministically."""
from __future__ import annotations

import json
import random
from pathlib import Path

import jsonschema
import mutations
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from policyparse import InputError, parse_bytes, parse_text
from policyparse.emit import to_json
from policyparse.models import Document

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
PUBLISHED_SCHEMA = json.loads((ROOT / "schemas" / "document.schema.json").read_text(encoding="utf-8"))
MARKERS = [*mutations.MARKERS, "（", "）", "\n", "。"]


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


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=2**32), st.sampled_from(SAMPLES),
       st.sampled_from([m.__name__ for m in mutations.MUTATORS]))
def test_mutated_samples(seed, path, mutator):
    """Each mutation of a real document (lines shuffled, brackets deleted, markers duplicated, width
    swapped, random bytes inserted, truncated, re-encoded) parses or is refused with InputError,
    validates against the published schema, and gives the same JSON bytes twice."""
    rng = random.Random(seed)
    data = getattr(mutations, mutator)(path.read_bytes(), rng)
    data = mutations.mutate(data, rng, rounds=2)
    try:
        doc = parse_bytes(data)
    except InputError:
        return
    rendered = to_json(doc)
    jsonschema.validate(json.loads(rendered), PUBLISHED_SCHEMA)
    assert rendered == to_json(parse_bytes(data))
