"""Short reprs and notebook displays for situations and plans.

``repr(plan)`` used to print every message of every step (17.8 KB); in a notebook or a
log a situation and a plan now read in one line, and Jupyter shows a table: the plan's
steps by date, the situation's people and events. Every value is escaped.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from babel.dates import format_date

if TYPE_CHECKING:
    from rejection_kit.followup import Plan
    from rejection_kit.model import Situation

_CELL = 'style="text-align:left;vertical-align:top;padding:2px 8px"'


def situation_repr(situation: Situation) -> str:
    rejection = situation.rejection
    news = ""
    if rejection is not None:
        day = rejection.date.isoformat() if rejection.date else "undated"
        news = f"; news {day} by {rejection.via}"
    return (
        f"<Situation {situation.candidate.name!r} for {situation.position.title!r} at "
        f"{situation.company.name!r}: {len(situation.contacts)} contacts, "
        f"{len(situation.interviews)} interviews{news}>"
    )


def plan_repr(plan: Plan) -> str:
    if not plan.steps:
        return f"<Plan {plan.title!r} ({plan.locale}): no steps>"
    first, last = plan.steps[0].due, plan.steps[-1].due
    return (
        f"<Plan {plan.title!r} ({plan.locale}): {len(plan.steps)} steps, "
        f"{first.isoformat()} to {last.isoformat()}>"
    )


def _table(caption: str, header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    head = "".join(f"<th {_CELL}>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{html.escape(c)}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return (
        f'<table class="rejection-kit"><caption style="text-align:left">'
        f"<strong>{html.escape(caption)}</strong></caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def plan_html(plan: Plan) -> str:
    rows = []
    for step in plan.steps:
        message = step.message
        first = message.text.split("\n\n")[1] if message and "\n\n" in message.text else ""
        rows.append(
            (
                format_date(step.due, format="medium", locale=plan.locale),
                step.label,
                step.channel,
                (message.subject or "") if message else "—",
                first[:160] + ("…" if len(first) > 160 else ""),
            )
        )
    return _table(plan.title, ("due", "step", "channel", "subject", "opening"), rows)


def situation_html(situation: Situation) -> str:
    rows = [("candidate", situation.candidate.name, "")]
    team = f" ({situation.position.team})" if situation.position.team else ""
    rows.append(("position", situation.position.title + team, situation.company.name))
    rows += [("contact", c.name, c.role.replace("_", " ")) for c in situation.contacts]
    for interview in situation.interviews:
        day = interview.date.isoformat() if interview.date else ""
        rows.append(("interview", f"{interview.kind} {day}".strip(), ", ".join(interview.with_)))
    if situation.rejection is not None:
        r = situation.rejection
        day = r.date.isoformat() if r.date else ""
        rows.append(("rejection", f"{r.via} {day}".strip(), f"{r.stage}; by {r.by or '—'}"))
    rows += [("offer", o.kind, f"for {o.for_}") for o in situation.offers]
    return _table("Situation", ("", "what", "details"), rows)
