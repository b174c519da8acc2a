"""A job title typed with a comma stands in the locale's quotation marks.

"de functie van Manager, Data Platform. Ik vind …" reads as a list of two things; with
the title quoted the sentence holds. English writes the title as typed.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language import conventions

QUOTED = {
    "de": "„Manager, Data Platform“",
    "nl": "‘Manager, Data Platform’",
    "fr": "«\u202fManager, Data Platform\u202f»",
    "es": "«Manager, Data Platform»",
    "it": "«Manager, Data Platform»",
    "pt_BR": "“Manager, Data Platform”",
}
RECIPES = ("thank_you", "full_response", "keep_door_open", "linkedin_connect", "check_in")


def _situation(sample_data: dict[str, Any], title: str) -> rk.Situation:
    data = copy.deepcopy(sample_data)
    data["position"]["title"] = title
    return rk.Situation.from_dict(data)


@pytest.mark.parametrize("locale", sorted(QUOTED))
def test_a_title_with_a_comma_is_quoted_in_every_message_and_the_plan(
    sample_data: dict[str, Any], locale: str
) -> None:
    situation = _situation(sample_data, "Manager, Data Platform")
    quoted = QUOTED[locale]
    mentions = 0
    for recipe in RECIPES:
        for message in rk.compose_all(situation, recipe=recipe, locale=locale):
            text = message.text + "\n" + (message.subject or "")
            if "Data Platform" in text:
                # Every mention is quoted: none stands bare in the sentence.
                assert text.count("Data Platform") == text.count(quoted), (recipe, text)
                mentions += text.count(quoted)
    assert mentions >= len(RECIPES)
    plan = rk.plan_follow_ups(situation, locale=locale)
    assert quoted in plan.title


@pytest.mark.parametrize("locale", [*sorted(QUOTED), "en"])
def test_a_title_without_a_comma_is_written_as_typed(
    sample_data: dict[str, Any], locale: str
) -> None:
    situation = _situation(sample_data, "Data Platform Manager")
    message = rk.compose(situation, recipe="thank_you", locale=locale)
    assert "Data Platform Manager" in message.text
    assert not any(q in message.text for q in ("„Data", "‘Data", "«Data", "“Data"))


def test_english_writes_a_title_with_a_comma_as_typed() -> None:
    assert conventions("en").job_title("Manager, Data Platform") == "Manager, Data Platform"


def test_a_hostile_title_is_quoted_once_and_kept_whole() -> None:
    title = "Lead, " * 80 + "Platform"
    assert conventions("de").job_title(title) == f"„{title}“"


def test_a_title_typed_in_quotes_is_not_quoted_twice() -> None:
    assert conventions("de").job_title("„Manager, Data“") == "„Manager, Data“"
    assert conventions("fr").job_title('"Manager, Data"') == '"Manager, Data"'
