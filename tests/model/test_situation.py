"""The situation model: validation, paths in errors, dict round trips."""

from __future__ import annotations

import pickle
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.model import Contact, split_name


def test_sample_round_trips(sample: rk.Situation) -> None:
    """from_dict(to_dict(s)) gives back an equal situation."""
    assert rk.Situation.from_dict(sample.to_dict()) == sample


def test_minimal_round_trips(minimal_data: dict[str, Any]) -> None:
    """Only the three required names are needed, and to_dict omits what was not given."""
    situation = rk.Situation.from_dict(minimal_data)
    assert situation.to_dict() == minimal_data


def test_sample_dict_keeps_its_json_names(sample_data: dict[str, Any]) -> None:
    """``with`` and ``for`` keep their names in plain data."""
    data = rk.Situation.from_dict(sample_data).to_dict()
    assert data["interviews"][1]["with"] == ["Priya Raman", "Lena Park"]
    assert data["offers"][0]["for"] == "Priya Raman"
    assert data["interviews"][0]["date"] == "2026-10-27"


def test_every_problem_is_reported_with_its_path(minimal_data: dict[str, Any]) -> None:
    """A dict with several problems raises one error naming all of them."""
    data = minimal_data | {
        "candidate": {"name": ""},
        "company": {"name": 5},
        "contacts": [
            {"name": "Ann Lee", "role": "boss"},
            {"name": "Bo Kim", "gender": "x"},
            {"name": "   "},
        ],
        "interviews": [{"date": "2026-13-01", "with": ["Zed"]}],
        "rejection": {"by": "Nobody", "finalist": "yes"},
        "offers": [{"kind": "resource", "for": "Ghost"}],
        "extra": 1,
    }
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    paths = set(info.value.paths)
    assert {
        "candidate.name",
        "company.name",
        "contacts[0].role",
        "contacts[1].gender",
        "contacts[2].name",
        "interviews[0].date",
        "interviews[0].with[0]",
        "rejection.by",
        "rejection.finalist",
        "offers[0].title",
        "offers[0].for",
        "extra",
    } <= paths
    assert "contacts[2].name: must not be empty" in str(info.value)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"interviews": [{"with": ["Nobody"]}]}, "interviews[0].with[0]"),
        ({"offers": [{"kind": "introduction", "for": "Nobody", "person": "X"}]}, "offers[0].for"),
        ({"rejection": {"by": "Nobody"}}, "rejection.by"),
    ],
)
def test_unknown_names_are_errors(
    minimal_data: dict[str, Any], change: dict[str, Any], path: str
) -> None:
    """Names in with/for/by must be contacts."""
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(minimal_data | change)
    assert info.value.paths == (path,)
    assert "unknown contact 'Nobody'" in str(info.value)


@pytest.mark.parametrize(
    ("data", "path"),
    [
        ([], ""),
        ({"company": {"name": "X"}, "position": {"title": "Y"}}, "candidate"),
        ({"candidate": "Maya", "company": {"name": "X"}, "position": {"title": "Y"}}, "candidate"),
    ],
)
def test_wrong_shapes_are_validation_errors(data: Any, path: str) -> None:
    """Wrong shapes never leak a bare KeyError or TypeError."""
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    assert info.value.field == path


def test_direct_construction_validates_too() -> None:
    """Building a class in Python checks it like from_dict does."""
    with pytest.raises(rk.ValidationError) as info:
        Contact(name="", role="boss")  # type: ignore[arg-type]
    assert info.value.paths == ("name", "role")


@pytest.mark.parametrize("bad", ["Ann\x00Lee", "Ann\nLee", "Ann\u202eLee", "x" * 10_000])
def test_control_characters_and_huge_names_are_refused(
    minimal_data: dict[str, Any], bad: str
) -> None:
    """NUL, newlines, bidi overrides and absurd lengths are refused with the field's path."""
    minimal_data["candidate"]["name"] = bad
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(minimal_data)
    assert info.value.field == "candidate.name"


def test_names_are_normalised_to_nfc(minimal_data: dict[str, Any]) -> None:
    """A decomposed accent becomes the composed character."""
    minimal_data["candidate"]["name"] = "Jose\u0301 N\u0303un\u0303ez"
    assert rk.Situation.from_dict(minimal_data).candidate.name == "José Ñuñez"


def test_interview_after_the_rejection_is_an_error(sample_data: dict[str, Any]) -> None:
    """Dates in the wrong order are reported."""
    sample_data["interviews"][0]["date"] = "2026-12-01"
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(sample_data)
    assert info.value.paths == ("interviews[0].date",)


def test_duplicate_contact_names_are_errors(minimal_data: dict[str, Any]) -> None:
    """Contacts are addressed by name, so names must be unique."""
    minimal_data["contacts"] = [{"name": "Ann Lee"}, {"name": "Ann Lee"}]
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(minimal_data)
    assert info.value.paths == ("contacts[1].name",)


def test_situation_and_errors_pickle(sample: rk.Situation) -> None:
    """Values and exceptions survive pickling with their attributes."""
    assert pickle.loads(pickle.dumps(sample)) == sample
    error = rk.ValidationError([rk.Problem("contacts[2].name", "must not be empty")])
    again = pickle.loads(pickle.dumps(error))
    assert again.paths == ("contacts[2].name",)
    assert str(again) == str(error)


@pytest.mark.parametrize(
    ("name", "family", "expected"),
    [
        ("Priya Raman", None, ("Priya", "Raman")),
        ("Anna van der Berg", None, ("Anna", "van der Berg")),
        ("Jan Van Dijk", None, ("Jan", "Van Dijk")),  # Flemish: the particle capitalised
        ("Joe", None, ("Joe", None)),
        ("李雷", None, ("李雷", None)),
        ("José Núñez García", "Núñez García", ("José", "Núñez García")),
    ],
)
def test_split_name(name: str, family: str | None, expected: tuple[str, str | None]) -> None:
    """Family names are found after particles, or taken as given."""
    assert split_name(name, family) == expected


def test_family_name_must_be_part_of_the_name(minimal_data: dict[str, Any]) -> None:
    """A family name that is not in the name is refused."""
    minimal_data["contacts"] = [{"name": "Ann Lee", "family_name": "Smith"}]
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(minimal_data)
    assert info.value.paths == ("contacts[0].family_name",)
