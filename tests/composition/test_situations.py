"""Realistic situations: each recipe says what happened, fits its recipient, or refuses."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from tests.composition.situations import SITUATIONS

import rejection_kit as rk

CASES = [
    (name, i, expect)
    for name, (_, expects) in SITUATIONS.items()
    for i, expect in enumerate(expects)
]


def _situation(name: str) -> rk.Situation:
    return rk.Situation.from_dict(SITUATIONS[name][0])


def _body(message: rk.Message) -> list[str]:
    """The sentences of a message, without the salutation, closing and signature."""
    skip = {"greeting", "closing", "signature"}
    return [
        s.strip()
        for part in message.parts
        if part.paragraph not in skip
        for s in re.split(r"(?<=[.!?;:])\s+", part.text)
        if s.strip()
    ]


def test_there_are_at_least_fifteen_situations() -> None:
    """The acceptance set covers at least fifteen situations."""
    assert len(SITUATIONS) >= 15


@pytest.mark.parametrize(("name", "index", "expect"), CASES, ids=[f"{n}-{i}" for n, i, _ in CASES])
def test_expectation(name: str, index: int, expect: dict[str, Any]) -> None:
    """What must be said is said, what must not is not, and misfits are refused."""
    situation = _situation(name)
    if "refuses" in expect:
        with pytest.raises(rk.CompositionError, match=expect["match"]):
            rk.compose(situation, recipe=expect["refuses"], to=expect.get("to"))
        return
    if "refuses_all" in expect:
        with pytest.raises(rk.CompositionError, match=expect["match"]):
            rk.compose_all(situation, recipe=expect["refuses_all"])
        return
    if "batch" in expect:
        notes = rk.compose_all(situation, recipe=expect["batch"])
        greetings = [n.text.splitlines()[0] for n in notes]
        assert len(set(greetings)) == len(greetings), greetings
        seen: Counter[str] = Counter(s for n in notes for s in set(_body(n)))
        assert [s for s, k in seen.items() if k > 1] == []
        assert all(not n.warnings for n in notes)
        return
    for seed in range(6):
        message = rk.compose(situation, recipe=expect["recipe"], to=expect["to"], seed=seed)
        text = message.text
        for pattern in expect.get("must", []):
            assert re.search(pattern, text, re.IGNORECASE | re.MULTILINE), (seed, pattern, text)
        for pattern in expect.get("must_not", []):
            assert not re.search(pattern, text, re.IGNORECASE), (seed, pattern, text)
        if "fits" in expect:
            assert len(text) <= expect["fits"]
        if "warns" in expect:
            assert any(re.search(expect["warns"], w) for w in message.warnings)


@pytest.mark.parametrize(
    "recipe", ["thank_you", "full_response", "keep_door_open", "stay_on_radar", "linkedin_connect"]
)
def test_no_sentence_is_in_more_than_a_quarter_of_a_recipes_messages(recipe: str) -> None:
    """Across seeds and situations, no body sentence ends up in over 25% of the messages."""
    counts: Counter[str] = Counter()
    total = 0
    for name in SITUATIONS:
        situation = _situation(name)
        for contact in [*situation.contacts[:4]] or [None]:
            for seed in range(8):
                try:
                    message = rk.compose(
                        situation, recipe=recipe, to=contact.name if contact else None, seed=seed
                    )
                except rk.CompositionError:
                    continue
                total += 1
                counts.update(set(_body(message)))
    worst, count = counts.most_common(1)[0]
    assert count <= 0.25 * total, (worst, count, total)


@pytest.mark.parametrize("recipe", ["stay_on_radar", "check_in", "linkedin_connect"])
def test_no_phrasing_calls_one_phone_screen_interviews(recipe: str) -> None:
    """Every phrasing a recipe has for the phone-screen recruiter, not only six seeds'."""
    situation = _situation("phone_screen")
    texts = [m.text for m in rk.every_variant(situation, recipe=recipe, to="Luis Fernandez")]
    assert texts
    assert not [t for t in texts if re.search(r"\binterviews\b|our conversations", t, re.I)]


def test_a_note_weeks_later_does_not_answer_the_invitation_to_reapply_again() -> None:
    """ "Thank you for encouraging me to reapply: in about six months" answers the news;
    in a stay-on-the-radar note it reacts to old news and counts from the wrong date."""
    situation = _situation("reapply_in_six_months")
    contact = situation.contacts[0].name
    texts = [m.text for m in rk.every_variant(situation, recipe="stay_on_radar", to=contact)]
    assert texts
    assert not [t for t in texts if re.search(r"invitation|encourag|six months", t, re.I)]
    keep = rk.every_variant(situation, recipe="keep_door_open", to=contact)
    assert any(re.search(r"reapply|apply again", m.text) for m in keep)


def test_an_internal_candidates_door_note_has_a_colleagues_subject() -> None:
    """Not "Thank you, and staying in touch" to the manager down the corridor."""
    message = rk.compose(_situation("internal_candidate"), recipe="keep_door_open")
    assert message.subject == "Thank you for your support — Jonas Becker"
