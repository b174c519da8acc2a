"""The situation's JSON Schema says what the model accepts: same fields, same limits."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import jsonschema
import pytest
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.model import _situation as model

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = rk.situation_schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _documented_examples() -> Iterator[tuple[str, dict[str, Any]]]:
    """Every situation the docs, the examples and the samples show as JSON."""
    yield (
        "samples/finalist.json",
        json.loads((ROOT / "src/rejection_kit/samples/finalist.json").read_text(encoding="utf-8")),
    )
    for path in sorted((ROOT / "docs").rglob("*.md")):
        for block in re.findall(r"```json\n(.*?)```", path.read_text(encoding="utf-8"), re.S):
            data = json.loads(block)
            if isinstance(data, dict) and "candidate" in data:
                yield str(path.relative_to(ROOT)), data
    for name, (data, _) in SITUATIONS.items():
        yield f"situations:{name}", data


EXAMPLES = list(_documented_examples())


def test_the_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize(("where", "data"), EXAMPLES, ids=[w for w, _ in EXAMPLES])
def test_every_documented_situation_is_valid_under_the_schema(
    where: str, data: dict[str, Any]
) -> None:
    errors = [e.message for e in VALIDATOR.iter_errors(data)]
    assert errors == [], where
    rk.Situation.from_dict(data)  # and the model agrees


def test_examples_cover_the_docs_and_the_realistic_situations() -> None:
    assert len(EXAMPLES) >= 17


def test_every_field_is_described_and_every_description_is_a_field() -> None:
    defs = {**SCHEMA["$defs"], "Situation": SCHEMA}
    for cls in (
        model.Candidate,
        model.Company,
        model.Position,
        model.Contact,
        model.Interview,
        model.Hire,
        model.Rejection,
        model.Offer,
        model.Situation,
    ):
        props = defs[cls.__name__]["properties"]
        names = {{"with_": "with", "for_": "for"}.get(f.name, f.name) for f in attrs.fields(cls)}
        assert set(props) == names, cls.__name__
        assert all(p.get("description") for p in props.values()), cls.__name__
        assert defs[cls.__name__]["description"]


def _strings(schema: dict[str, Any], path: str) -> Iterator[tuple[str, int]]:
    """Every string field's path (``contacts.0.title``) and its maxLength."""
    for key, prop in schema["properties"].items():
        target = prop.get("anyOf", [prop])[0]
        if target.get("type") == "array" and "$ref" in target.get("items", {}):
            target = target["items"]
            key = f"{key}.0"
        if "$ref" in target:
            name = target["$ref"].split("/")[-1]
            yield from _strings(SCHEMA["$defs"][name], f"{path}{key}.")
        elif target.get("type") == "string" and "maxLength" in target and "format" not in target:
            if target.get("pattern", "^[^<>@]*$") != "^[^<>@]*$":
                continue  # a message id: its pattern, not its length, is what matters
            yield f"{path}{key}", target["maxLength"]


#: A situation in which every string field has a place (a contact, an interview, ...).
_BASE: dict[str, Any] = {
    "candidate": {"name": "Maya Chen"},
    "company": {"name": "Northwind"},
    "position": {"title": "Analyst"},
    "contacts": [{"name": "Priya Raman"}],
    "interviews": [{"with": ["Priya Raman"]}],
    # reapply_role goes with an invitation, a rule across fields the schema cannot state.
    "rejection": {"by": "Priya Raman", "hired": {"name": "Sam Ortiz"}, "reapply_invited": True},
    "offers": [{"kind": "resource", "for": "Priya Raman", "title": "a checklist"}],
}
#: Fields whose value must also be a contact's name, or the contact's own name.
_LINKED = {
    "contacts.0.name",
    "contacts.0.family_name",
    "contacts.0.given_name",
    "rejection.by",
    "offers.0.for",
    "offers.0.person",
}
LIMITS = [(p, n) for p, n in _strings(SCHEMA, "") if p not in _LINKED]


def _put(data: dict[str, Any], path: str, value: str) -> None:
    *parents, last = path.split(".")
    target: Any = data
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[last] = value


def test_every_length_limited_field_is_probed() -> None:
    assert len(LIMITS) >= 12


@pytest.mark.parametrize(("path", "limit"), LIMITS, ids=[p for p, _ in LIMITS])
def test_each_length_limit_is_the_model_s(path: str, limit: int) -> None:
    """A value at the schema's maxLength is accepted by both; one more character by neither."""
    for length, ok in ((limit, True), (limit + 1, False)):
        data = copy.deepcopy(_BASE)
        _put(data, path, ("Lorem ipsum " * (length // 12 + 1))[: length - 1] + "x")
        schema_ok = VALIDATOR.is_valid(data)
        try:
            rk.Situation.from_dict(data)
            model_ok = True
        except rk.ValidationError:
            model_ok = False
        assert (schema_ok, model_ok) == (ok, ok), (path, length)


@pytest.mark.parametrize(
    "change",
    [
        {"contacts": [{"name": "A", "role": "boss"}]},
        {"contacts": "Priya"},
        {"extra": 1},
        {"rejection": {"via": "pigeon"}},
        {"rejection": {"reapply_after_months": 40}},
        {"interviews": [{"date": "24/11/2026"}]},
        {"contacts": [{"name": "Priya <p@x.com>"}]},
        {"offers": [{"kind": "resource", "for": "A", "title": "t", "url": "ftp://x"}]},
    ],
)
def test_shapes_the_model_refuses_the_schema_refuses(change: dict[str, Any]) -> None:
    data = {**copy.deepcopy(_BASE), **change}
    assert not VALIDATOR.is_valid(data)
    with pytest.raises(rk.ValidationError):
        rk.Situation.from_dict(data)


def test_the_schema_is_a_fresh_copy_each_time() -> None:
    schema = rk.situation_schema()
    schema["title"] = "changed"
    assert rk.situation_schema()["title"] == "Situation"
