"""A new application for another vacancy: the note names it, after the role that was lost."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

import rejection_kit as rk

NEW = "Senior Data Engineer"
OLD = "Senior Data Analyst"  # the sample's position


def _invited(data: dict[str, Any], role: str | None = NEW) -> rk.Situation:
    data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    if role is not None:
        data["rejection"]["reapply_role"] = role
    return rk.Situation.from_dict(data)


def _clean(message: rk.Message, situation: rk.Situation) -> bool:
    """The tone rules of its language find nothing to warn about, and nothing is warned
    but the sample's English topics, left out of a translated note."""
    report = rk.check(message.text, locale=message.locale, situation=situation)
    return report.verdict == "send" and all("reads as English" in w for w in message.warnings)


def _to_the_team(situation: rk.Situation) -> rk.Situation:
    assert situation.rejection is not None
    rejection = attrs.evolve(situation.rejection, by=None)
    return attrs.evolve(situation, contacts=(), interviews=(), offers=(), rejection=rejection)


@pytest.mark.parametrize("team", [False, True], ids=["to-a-person", "to-the-team"])
def test_the_note_names_the_new_vacancy_after_the_lost_role(
    sample_data: dict[str, Any], team: bool
) -> None:
    """The subject names the vacancy applied for; the body recalls the lost role first
    (so the reader can place the candidate), then names the new one, in every variant."""
    situation = _invited(sample_data)
    if team:
        situation = _to_the_team(situation)
    for message in rk.every_variant(situation, recipe="reapply"):
        assert message.subject == f"Applying for the {NEW} role, as invited — Maya Chen"
        assert OLD in message.text
        assert message.text.index(OLD) < message.text.index(NEW)
        assert _clean(message, situation)


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "pt-BR", "it", "nl"])
def test_every_locale_names_the_new_vacancy(sample_data: dict[str, Any], locale: str) -> None:
    """Translated notes and subjects name the new vacancy too; no grammar token is left."""
    situation = _invited(sample_data)
    for seed in range(4):
        message = rk.compose(situation, recipe="reapply", locale=locale, seed=seed)
        assert NEW in message.subject
        assert OLD not in message.subject
        assert message.text.count(NEW) == 1
        assert OLD in message.text
        assert "{" not in message.text + message.subject
        assert _clean(message, situation)


def test_the_same_role_again_changes_nothing(sample_data: dict[str, Any]) -> None:
    """An invitation for the role that was lost, typed in other capitals, is no new
    vacancy: the note is word for word the one without it."""
    plain = rk.compose(_invited(sample_data, None), recipe="reapply", seed=3)
    again = rk.compose(_invited(sample_data, "senior data ANALYST"), recipe="reapply", seed=3)
    assert again.text == plain.text
    assert (
        again.subject == plain.subject == f"Reapplying for the {OLD} role, as invited — Maya Chen"
    )


def test_a_long_vacancy_title_stays_in_the_body_not_the_subject(
    sample_data: dict[str, Any],
) -> None:
    """A title too long for a subject line is left out of it, never cut; the body has it
    whole, and the subject does not name the old role as if it were applied for again."""
    long_title = "Senior Data Engineer, Payments Reliability and Observability Platform (EMEA)"
    message = rk.compose(_invited(sample_data, long_title), recipe="reapply", seed=1)
    assert message.subject == "Reapplying, as invited — Maya Chen"
    assert long_title in message.text


def test_the_plans_reapply_note_names_the_new_vacancy(sample_data: dict[str, Any]) -> None:
    """The plan's last step, the note that goes with the new application, names it."""
    plan = rk.plan_follow_ups(_invited(sample_data), seed=2)
    note = plan.steps[-1]
    assert note.kind == "reapply"
    assert note.message is not None
    assert NEW in note.message.text
    assert NEW in (note.message.subject or "")


def test_other_recipes_do_not_mention_it(sample_data: dict[str, Any]) -> None:
    """Only the note that goes with the new application names the vacancy: a thank-you
    months earlier does not announce an application not yet made."""
    situation = _invited(sample_data)
    for recipe in ("thank_you", "keep_door_open", "full_response"):
        message = rk.compose(situation, recipe=recipe, seed=1)
        assert NEW not in message.text + (message.subject or "")
