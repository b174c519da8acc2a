"""Dutch: the catalogs as a whole — one register each, typography, plurals, limits.

The native reader's expectations of single sentences are pinned in ``test_nl_native.py``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.language import translations
from rejection_kit.recipes import RECIPES

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "src" / "rejection_kit" / "locales" / "nl" / "LC_MESSAGES"
# The marks of each register; "jullie" is the informal plural, never said to a team as u.
JE = re.compile(r"\b(?:je|jij|jou|jouw|jezelf|jullie|alsjeblieft)\b", re.IGNORECASE)
U = re.compile(r"\b(?:u|uw|uzelf|alstublieft)\b", re.IGNORECASE)


def _msgstrs(name: str) -> Iterator[tuple[Any, str]]:
    with (CATALOGS / name).open("rb") as fh:
        catalog = pofile.read_po(fh, locale="nl")
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            yield message, str(string)


def _situation(name: str, address: str) -> rk.Situation:
    data = copy.deepcopy(SITUATIONS[name][0])
    for contact in data.get("contacts", []):
        contact["address"] = address
    return rk.Situation.from_dict(data)


@pytest.mark.parametrize(
    ("name", "wrong"),
    [("messages.po", JE), ("messages_informal.po", U), ("messages_team.po", JE)],
)
def test_each_catalog_keeps_its_register(name: str, wrong: re.Pattern[str]) -> None:
    """u/uw in the formal and team catalogs, je/jij/jullie in the informal one, never mixed."""
    for _, string in _msgstrs(name):
        assert not wrong.search(string), string


@pytest.mark.parametrize("name", ["messages.po", "messages_informal.po", "messages_team.po"])
def test_dutch_typography(name: str) -> None:
    """A spaced en dash (never an em dash), straight apostrophes, no exclamation marks."""
    for _, string in _msgstrs(name):
        assert "—" not in string, string
        assert "\u2019" not in string, string  # "collega's", as typed in e-mail
        assert "!" not in string, string
        assert "  " not in string, string
        for dash in re.finditer("–", string):
            assert string[dash.start() - 1] == " ", string
            assert string[dash.end()] == " ", string


def test_plural_forms_follow_the_count() -> None:
    """One interview and several read differently; zero takes the plural, as in Dutch."""
    nl = translations("nl")
    one = "the time you gave me during my interview for the %(role)s role"
    many = "the time you gave me during my interviews for the %(role)s role"
    assert "voor het gesprek" in nl.ngettext(one, many, 1)
    assert "voor de gesprekken" in nl.ngettext(one, many, 3)
    assert nl.ngettext(one, many, 0) == nl.ngettext(one, many, 3)
    months = "I plan to apply again in a month or so"
    assert "over een maand of zo" in nl.ngettext(months, "", 1)
    assert "over ongeveer %(months)s maanden" in nl.ngettext(months, "", 6)


def test_informal_catalog_says_je() -> None:
    """The informal catalog is the je register of the same sentences."""
    msgid = "Thank you for letting me know, and for everything you did on my behalf."
    assert translations("nl").gettext(msgid) == (
        "Dank u wel voor uw bericht en voor uw inzet voor mij tijdens het hele traject."
    )
    assert translations("nl", "informal").gettext(msgid) == (
        "Bedankt voor je bericht en voor je inzet voor mij tijdens het hele traject."
    )


@pytest.mark.parametrize("address", ["formal", "informal"])
@pytest.mark.parametrize(
    "name", ["agency_recruiter", "internal_candidate", "referral_and_promise", "many_contacts"]
)
def test_every_recipe_composes_without_an_error_finding(name: str, address: str) -> None:
    """The new groups (agency, colleague, referrer, panel) compose and pass the tone rules."""
    situation = _situation(name, address)
    written = 0
    for recipe in sorted(RECIPES):
        if RECIPES[recipe].applies(situation) is not None:
            continue
        for contact in situation.contacts:
            if not RECIPES[recipe].eligible(contact, situation):
                continue
            try:
                message = rk.compose(situation, recipe=recipe, to=contact.name, locale="nl")
            except rk.CompositionError:
                continue  # nothing for this contact in this recipe
            written += 1
            report = rk.check(message.text, situation=situation, locale="nl", recipe=recipe)
            assert report.ok, [(f.rule_id, f.match) for f in report.findings]
    assert written


def test_batch_notes_share_no_sentence() -> None:
    """Thirteen notes to one panel, in Dutch, never repeat a body sentence."""
    situation = _situation("many_contacts", "informal")
    seen: set[str] = set()
    for message in rk.compose_all(situation, recipe="thank_you", locale="nl"):
        body = [
            p.text
            for p in message.parts
            if p.paragraph not in ("greeting", "closing", "signature")
        ]
        sentences = {s for text in body for s in re.split(r"(?<=[.!?])\s+", text)}
        assert not sentences & seen, sentences & seen
        seen |= sentences


@pytest.mark.parametrize("address", ["formal", "informal"])
@pytest.mark.parametrize("name", ["referral_and_promise", "agency_recruiter", "sample"])
def test_every_linkedin_note_fits_200_characters(
    sample_data: dict[str, Any], name: str, address: str
) -> None:
    """Every phrasing of the connection note, referrer's included, fits 200 characters."""
    if name == "sample":
        for contact in sample_data["contacts"]:
            contact["address"] = address
        situation = rk.Situation.from_dict(sample_data)
    else:
        situation = _situation(name, address)
    seen = 0
    for contact in situation.contacts:
        if not RECIPES["linkedin_connect"].eligible(contact, situation):
            continue
        for message in rk.every_variant(
            situation, recipe="linkedin_connect", to=contact.name, locale="nl"
        ):
            seen += 1
            assert len(message.text) <= 200, message.text
    assert seen
