"""The published schema is the models' schema: a test fails when they drift apart."""
from __future__ import annotations

import json
from pathlib import Path

from policyparse import parse_file
from policyparse.emit import schema, to_dict

SCHEMA = Path(__file__).parent.parent / "schemas" / "document.schema.json"


def test_checked_in_schema_matches_models():
    assert json.loads(SCHEMA.read_text(encoding="utf-8")) == schema(), \
        "regenerate with: policyparse schema > schemas/document.schema.json"


def test_output_validates_against_the_schema():
    jsonschema = __import__("pytest").importorskip("jsonschema")
    doc = to_dict(parse_file(Path(__file__).parent.parent / "samples" / "000_629d52ffcafbc905.txt"))
    jsonschema.validate(doc, schema())
