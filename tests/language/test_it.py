"""Italian: every recipe in every register, Babel formatting, and the round-2 groups in Italian."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

import pytest
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.channels import sms_segments

RECIPES = (
    "thank_you",
    "be_a_resource",
    "keep_door_open",
    "full_response",
    "linkedin_connect",
    "stay_on_radar",
    "check_in",
    "feedback_request",
    "ghosted_closure",
)
TOPICS = {
    "Priya Raman": ["il passaggio dei cruscotti a dbt"],
    "Daniel Okafor": ["come il team dati si guadagna la fiducia dei commerciali"],
    "Lena Park": ["i test dei modelli SQL prima del rilascio"],
    "Joe": ["la macchinetta dell'espresso"],
}
# Words of the English templates that must never reach an Italian message.
ENGLISH = re.compile(
    r"\b(?:Dear|Thank|Thanks|regards|interview|role|the|you|your|I'm|I'd|I'll|and|with)\b"
)
# The groups the second round of the English source added or changed.
ROUND_TWO = {
    "agency_recruiter": (
        "gratitude.agency.",
        "check_in.hello_agency.",
        "feedback_request.agency.",
    ),
    "internal_candidate": (
        "gratitude.internal.5",
        "gratitude.colleague.4",
        "well_wishes.colleague.",
    ),
    "many_contacts": ("pass_thanks.panel.",),
    "team_only": ("check_in.hello_team.",),
    "referral_and_promise": ("connect_invite.referrer.", "referrer.update.2"),
}


def _situation(sample_data: dict[str, Any], **contact: Any) -> rk.Situation:
    """The sample with everything the user types written in Italian."""
    data = copy.deepcopy(sample_data)
    for c in data["contacts"]:
        c["topics"] = TOPICS.get(c["name"], [])
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update(contact)
    data["rejection"]["feedback"] = "Il team ha scelto un profilo con più esperienza in dbt."
    data["offers"][0].update(
        topic="la migrazione a dbt", title="la checklist che ho usato in Contoso"
    )
    data["offers"][1].update(about="ha guidato una migrazione simile in Contoso")
    data["offers"][2].update(
        topic="il lavoro con i commerciali",
        title="un breve intervento sugli alberi delle metriche",
    )
    return rk.Situation.from_dict(data)


def _compose_all(situation: rk.Situation, recipe: str) -> list[rk.Message]:
    try:
        return rk.compose_all(situation, recipe=recipe, locale="it")
    except rk.CompositionError:  # e.g. no feedback to ask for: the feedback was given
        return []


def _every_message(situation: rk.Situation, **kwargs: Any) -> Iterator[rk.Message]:
    for recipe in RECIPES:
        targets: list[str | None] = [c.name for c in situation.contacts] or [None]
        for to in targets:
            try:
                yield from rk.every_variant(situation, recipe=recipe, to=to, locale="it", **kwargs)
            except rk.CompositionError:  # the recipe has nothing to say to this contact
                continue


def _round_two(name: str, address: str) -> rk.Situation:
    data = copy.deepcopy(SITUATIONS[name][0])
    for contact in data.get("contacts", []):
        contact["address"] = address
    return rk.Situation.from_dict(data)


@pytest.mark.parametrize("address", ["formal", "informal"])
@pytest.mark.parametrize("gender", ["female", "male", None])
def test_every_recipe_composes_without_an_error(
    sample_data: dict[str, Any], address: str, gender: str | None
) -> None:
    """Every recipe composes for each gender and register with no error-level finding."""
    situation = _situation(sample_data, address=address, gender=gender)
    written = 0
    for recipe in RECIPES:
        for message in _compose_all(situation, recipe):
            channel = "linkedin_note" if recipe == "linkedin_connect" else "email"
            report = rk.check(message.text, locale="it", recipe=recipe, channel=channel)
            assert not [f for f in report.findings if f.severity == "error"], message.text
            written += 1
    assert written


def test_dates_come_from_babel_in_italian(sample_data: dict[str, Any]) -> None:
    """The interview date is Babel's Italian day and month, after its article."""
    situation = _situation(sample_data, address="formal")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Lena Park", locale="it")
    ]
    assert any("il colloquio del 10 novembre." in t for t in texts)


def test_names_are_listed_with_e(sample_data: dict[str, Any]) -> None:
    """The other interviewers are listed by Babel with the Italian conjunction "e"."""
    situation = _situation(sample_data, address="formal", gender="female")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="full_response", to="Priya Raman", locale="it")
    ]
    assert any("Lena Park e Daniel Okafor" in t for t in texts)


def test_batch_notes_share_no_sentence(sample_data: dict[str, Any]) -> None:
    """Notes to colleagues in one batch have distinct Italian sentences."""
    situation = _situation(sample_data, address="formal")
    seen: set[str] = set()
    for message in rk.compose_all(situation, recipe="thank_you", locale="it"):
        lines = message.text.split("\n\n")[1:-1]
        sentences = {s for line in lines for s in re.split(r"(?<=[.;:])\s+", line) if s}
        assert not sentences & seen
        seen |= sentences


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_no_english_is_left_in_an_italian_message(
    sample_data: dict[str, Any], address: str
) -> None:
    """With Italian values, an Italian message holds none of the English template words."""
    situation = _situation(sample_data, address=address, gender="female")
    messages = list(_every_message(situation))
    assert messages
    for message in messages:
        assert ENGLISH.search(message.text) is None, message.text


@pytest.mark.parametrize("address", ["formal", "informal"])
@pytest.mark.parametrize("name", sorted(ROUND_TWO))
def test_the_round_two_groups_are_written_in_italian(name: str, address: str) -> None:
    """The groups added in round 2 render, in Italian, in the situations that call for them."""
    situation = _round_two(name, address)
    parts = [p for m in _every_message(situation) for p in m.parts]
    for prefix in ROUND_TWO[name]:
        found = [p for p in parts if p.variant.startswith(prefix)]
        assert found, prefix
        for part in found:
            words = re.sub(re.escape(situation.position.title), "", part.text)
            assert ENGLISH.search(words) is None, part.text


@pytest.mark.parametrize("name", ["internal_candidate", "agency_recruiter", "team_only"])
def test_short_channels_fit_in_italian(name: str) -> None:
    """Every Italian phrasing that a text message or a LinkedIn note can hold fits it whole."""
    for address in ("formal", "informal"):
        situation = _round_two(name, address)
        for message in _every_message(situation, channel="sms"):
            assert sms_segments(message.text) <= 2, message.text
        for message in _every_message(situation, channel="linkedin_note"):
            assert len(message.text) <= 200, message.text
