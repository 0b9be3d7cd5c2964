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


def _fields(node: dict, where: str):
    for name, spec in node.get("properties", {}).items():
        yield f"{where}.{name}", spec


def test_every_field_has_a_description():
    published = schema()
    fields = list(_fields(published, "Document"))
    for model, node in published["$defs"].items():
        fields += list(_fields(node, model))
    assert len(fields) > 100
    assert [name for name, spec in fields if not spec.get("description")] == []


def test_one_name_one_concept():
    """`targets` is an indicator's year -> value and nothing else; figures of the prose are `quantities`."""
    published = schema()
    holders = [model for model, node in published["$defs"].items() if "targets" in node.get("properties", {})]
    assert holders == ["Indicator"] and "targets" not in published["properties"]
    assert published["properties"]["schema_version"]["default"] == "2.0"
