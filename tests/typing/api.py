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
