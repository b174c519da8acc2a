"""Colleagues named in a letter keep their academic titles, as each language writes them.

Writing to Professor Lorenz about the committee, "Please also pass my thanks to Katrin
Albrecht and Maria Santos" drops the titles the candidate uses in their own greetings
(native reviews of 2026-12-05, all languages).
"""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import rejection_kit as rk
from rejection_kit.language import conventions
from rejection_kit.model import parse_name


def _committee(albrecht_gender: str | None = "female") -> dict[str, Any]:
    albrecht: dict[str, Any] = {"name": "Dr. Katrin Albrecht", "role": "interviewer"}
    if albrecht_gender:
        albrecht["gender"] = albrecht_gender
    return {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Universität Freiburg"},
        "position": {"title": "Research Data Manager"},
        "contacts": [
            {"name": "Prof. Dr. Henning Lorenz", "role": "hiring_manager", "gender": "male"},
            albrecht,
            {"name": "Prof. Maria Santos", "role": "interviewer"},
            {"name": "Lena Park", "role": "interviewer"},
        ],
        "interviews": [
            {
                "date": "2026-11-03",
                "kind": "panel",
                "with": [
                    "Prof. Dr. Henning Lorenz",
                    "Dr. Katrin Albrecht",
                    "Prof. Maria Santos",
                    "Lena Park",
                ],
            }
        ],
        "rejection": {"date": "2026-11-10", "via": "email", "by": "Prof. Dr. Henning Lorenz"},
    }


def _thanks_lines(data: dict[str, Any], locale: str) -> set[str]:
    situation = rk.Situation.from_dict(data)
    lines = set()
    for seed in range(10):
        message = rk.compose(
            situation,
            recipe="full_response",
            to="Prof. Dr. Henning Lorenz",
            locale=locale,
            seed=seed,
        )
        lines |= {line for line in message.text.splitlines() if "Albrecht" in line}
    assert lines, "the message thanks the other interviewers"
    return lines


@pytest.mark.parametrize(
    ("locale", "named"),
    [
        ("en", "Dr. Albrecht, Professor Santos, and Lena Park"),
        ("de", "Frau Dr. Albrecht, Prof. Maria Santos und Lena Park"),
        ("nl", "dr. Albrecht, prof. Santos en Lena Park"),
    ],
)
def test_colleagues_keep_their_titles(locale: str, named: str) -> None:
    """The title as the language writes it; a colleague without one by their full name."""
    for line in _thanks_lines(_committee(), locale):
        assert named in line, line
        assert "Katrin Albrecht" not in line


@pytest.mark.parametrize(
    ("locale", "gender", "named"),
    [
        ("it", "female", "la dott.ssa Albrecht, la prof.ssa Santos e Lena Park"),
        ("fr", "female", "Mme Albrecht, Mme Santos et Lena Park"),
        # A title needs an article in Italian, and the article a gender; French "Mme" too.
        # Santos has none: then no one keeps a title, or the professor would be the only
        # one left without (native read of stop 41, a major in both languages).
        ("it", None, "Katrin Albrecht, Maria Santos e Lena Park"),
        ("fr", None, "Katrin Albrecht, Maria Santos et Lena Park"),
    ],
)
def test_titles_for_all_colleagues_or_for_none(
    locale: str, gender: str | None, named: str
) -> None:
    data = _committee()
    if gender:
        data["contacts"][2]["gender"] = gender
    for line in _thanks_lines(data, locale):
        assert named in line, line


def test_german_names_a_titled_man_in_the_object_case() -> None:
    """„Herrn Dr. Albrecht“: every frame that names colleagues holds them as objects."""
    for line in _thanks_lines(_committee("male"), "de"):
        assert "Herrn Dr. Albrecht" in line, line


def test_english_thanks_to_two_or_more_say_each_of_them() -> None:
    """ "all of them" was said of two people; "each of them" fits any number."""
    lines = _thanks_lines(_committee(), "en")
    assert not any("all of them" in line for line in lines)


@pytest.mark.parametrize(
    ("name", "gender", "locale", "expected"),
    [
        ("Prof. Dr. Henning Lorenz", "male", "en", "Professor Lorenz"),
        ("Prof. Dr. Henning Lorenz", "male", "de", "Herrn Prof. Lorenz"),
        ("Dr. Katrin Albrecht", None, "de", "Dr. Katrin Albrecht"),
        ("Dr. Santos", "female", "de", "Dr. Santos"),  # no family name is sure: no "Frau"
        ("Dr. Katrin Albrecht", "female", "es", "Katrin Albrecht"),  # no table: full name
        ("Dr. Katrin Albrecht", "female", "fr", "Mme Albrecht"),
        ("Prof. Dr. Henning Lorenz", "male", "fr", "M. Lorenz"),
        ("Prof. Maria Santos", "female", "it", "la prof.ssa Santos"),
        ("Dr. Luca Bianchi", "male", "it", "il dott. Bianchi"),
        ("Prof. Maria Santos", None, "it", "Maria Santos"),
        ("Lena Park", "female", "de", "Lena Park"),
    ],
)
def test_refer(name: str, gender: str | None, locale: str, expected: str) -> None:
    """How a locale's conventions name a third person."""
    parsed = attrs.evolve(parse_name(name), gender=gender)
    assert conventions(locale).refer(parsed) == expected


def test_a_letter_on_first_name_terms_names_colleagues_without_titles() -> None:
    """ "Hallo Henning" is followed by "Katrin Albrecht", not "Frau Dr. Albrecht"."""
    data = _committee()
    data["contacts"][0]["address"] = "informal"
    for line in _thanks_lines(data, "de"):
        assert "Katrin Albrecht, Maria Santos und Lena Park" in line, line


@pytest.mark.parametrize(
    ("locale", "n", "expected"),
    [("en", 6, "six"), ("de", 6, "sechs"), ("fr", 12, "douze"), ("en", 13, "13"), ("en", 0, "0")],
)
def test_small_counts_are_written_in_words(locale: str, n: int, expected: str) -> None:
    """ "in about six months" (reviewers of five languages); past twelve, digits."""
    assert conventions(locale).number(n) == expected


def test_a_reapply_note_says_the_months_in_words() -> None:
    data = _committee()
    data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    situation = rk.Situation.from_dict(data)
    texts = [
        m.text
        for m in rk.every_variant(
            situation, recipe="keep_door_open", to="Prof. Dr. Henning Lorenz", locale="en"
        )
    ]
    assert any("about six months" in t for t in texts)
    assert not any("6 months" in t for t in texts)
