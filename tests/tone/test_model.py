"""The statistical tone model: current, a warning only, and one finding per draft."""

from __future__ import annotations

import json

import pytest
from tests._scripts import load_script
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.tone.checks.model import features, situation_names

SCRIPT = load_script("tone_model")


@pytest.mark.parametrize(("lang", "pack"), sorted(SCRIPT.LANGUAGES.items()))
def test_the_shipped_model_is_the_one_the_corpora_train(lang: str, pack: str) -> None:
    """A tuning corpus changed without `python scripts/tone_model.py` fails here."""
    shipped = json.loads((SCRIPT.PACKS / pack / "model.json").read_text(encoding="utf-8"))
    assert shipped == json.loads(json.dumps(SCRIPT.model(lang)))


def test_a_bitter_draft_in_other_words_is_warned_about_at_its_sentence() -> None:
    """A dig with no word a rule knows: the model points at its sentence."""
    text = (
        "Hi Sam,\n\nGot your e-mail. I guess experience just doesn't count for much at your "
        "company.\n\nMaya"
    )
    report = rk.check(text, locale="en")
    found = [f for f in report.findings if f.rule_id == "tone.model"]
    assert len(found) == 1
    assert found[0].severity == "warning"
    assert text[found[0].start : found[0].end].startswith("I guess experience")
    assert found[0].message.startswith("May read as ungracious")


def test_the_warning_is_in_the_drafts_language() -> None:
    text = (
        "Ik begrijp echt niet waarom jullie voor iemand zonder ervaring kiezen. Nou ja,"
        " succes ermee."
    )
    found = [f for f in rk.check(text, locale="nl").findings if f.rule_id == "tone.model"]
    assert found
    assert found[0].message.startswith("Kan overkomen als onvriendelijk")


def test_a_gracious_note_and_the_librarys_own_letters_get_no_model_warning() -> None:
    """The model learnt half of the realistic situations' letters as good ones
    (``tests/composition/situations.py``); the letters of the other half, which it never
    saw, get no warning either."""
    gracious = "Thank you for letting me know, and for the time you and the team gave me."
    assert "tone.model" not in {f.rule_id for f in rk.check(gracious).findings}
    unseen = sorted(set(SITUATIONS) - set(SCRIPT.trained_situations()))
    assert len(unseen) >= 7
    for name in unseen:
        situation = rk.Situation.from_dict(SITUATIONS[name][0])
        for locale in ("en", "de", "fr", "es", "it", "nl", "pt_BR"):
            for recipe in ("thank_you", "full_response", "keep_door_open"):
                try:
                    message = rk.compose(situation, recipe=recipe, locale=locale)
                except rk.CompositionError:
                    continue
                report = rk.check(message.text, locale=locale, situation=situation)
                assert "tone.model" not in {f.rule_id for f in report.findings}, message.text


@pytest.mark.parametrize(
    "text",
    [
        "!?" * 50_000,  # no word at all
        "Noted. I guess experience doesn't count. " * 10_000,  # one sentence, many times
        "a" * 200_000,  # one huge word
    ],
)
def test_hostile_drafts_get_at_most_one_model_finding(text: str) -> None:
    report = rk.check(text, locale="en")
    assert sum(f.rule_id == "tone.model" for f in report.findings) <= 1


def test_features_are_words_and_pairs_in_lower_case() -> None:
    assert features("Noted. Thanks!") == ["noted", "thanks", "!", "noted thanks", "thanks !"]


def test_the_names_of_a_situation_are_not_weighed() -> None:
    """Names say who a draft is about, never how it reads: a recipient called Hope Well
    or a winner called Mark Fine moves nothing, nor does any pair of words they are in."""
    situation = rk.Situation.from_dict(
        {
            "candidate": {"name": "Maya Chen"},
            "company": {"name": "Northwind Analytics"},
            "position": {"title": "Data Analyst"},
            "contacts": [{"name": "Hope Well", "role": "recruiter"}],
            "rejection": {"via": "email", "hired": {"name": "Mark Fine"}},
        }
    )
    names = situation_names(situation)
    assert {"hope", "well", "mark", "fine", "maya", "chen", "northwind"} <= names
    text = "Dear Hope Well, congratulations to Mark Fine. Best, Maya"
    assert features(text, names) == ["dear", "congratulations", "to", "best", "congratulations to"]
    assert situation_names(None) == frozenset()


def test_the_model_can_be_disabled_like_any_rule() -> None:
    text = "Got your e-mail. I guess experience just doesn't count for much at your company."
    assert "tone.model" in {f.rule_id for f in rk.check(text).findings}
    quiet = rk.check(text, rules=[rk.tone.disable("tone.model")])
    assert "tone.model" not in {f.rule_id for f in quiet.findings}
