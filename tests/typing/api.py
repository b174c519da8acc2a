"""Exercises the public API from a user's side; checked by mypy --strict in CI."""

from __future__ import annotations

import rejection_kit as rk


def use() -> list[str]:
    situation = rk.Situation.from_dict(
        {"candidate": {"name": "A B"}, "company": {"name": "C"}, "position": {"title": "D"}}
    )
    message: rk.Message = rk.compose(situation, recipe="thank_you", locale="en", seed=1)
    notes: list[rk.Message] = rk.compose_all(situation, recipe=rk.recipes.thank_you)
    report: rk.Report = rk.check(message.text, situation=situation)
    fixed: str = rk.fix(message.text)
    subject: str | None = message.subject
    return [message.text, fixed, subject or "", *(n.text for n in notes), report.verdict]


def typed_names(situation: rk.Situation) -> list[object]:
    """Names the type checker knows: a typo in a recipe name is an error (the ignore
    below would be reported as unused, and CI fail, if it were not)."""
    rule = rk.tone.max_words(50)
    tools = rk.tools.definitions("anthropic")
    schema = rk.situation_schema()
    typo = rk.compose(situation, recipe="thank_yuo")  # type: ignore[arg-type]
    return [rule, tools, schema, typo]
