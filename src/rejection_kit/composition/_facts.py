"""The facts a message may use, worked out once per recipient.

Templates see only these values (strings, numbers, dates and flags), never the model
objects: what a note says about a person is decided here, how it is worded in the
templates.
"""

from __future__ import annotations

from datetime import date

import attrs

from rejection_kit.model import Contact, Offer, Situation, Update

_ORDER = {"application": 0, "phone_screen": 1, "interview": 2, "final": 3, "internal": 3}


@attrs.frozen(kw_only=True)
class Facts:
    """Everything a template may say about one message's situation and recipient."""

    candidate: str
    company: str
    role: str
    team: str | None
    recipient: str | None
    recipient_role: str | None
    topic: str | None
    met_count: int
    met_date: date | None
    rounds: int
    last_interview: date | None
    messenger: bool
    via: str
    stage: str
    finalist: bool
    feedback: bool
    reapply: bool
    later_stage: bool
    others: tuple[str, ...] = ()
    offers: tuple[Offer, ...] = ()
    update: Update | None = None

    @property
    def interviewed(self) -> bool:
        """Whether the recipient took part in at least one interview."""
        return self.met_count > 0


def build_facts(situation: Situation, recipient: Contact | None) -> Facts:
    """Work out the facts for a message to ``recipient`` (None: the hiring team)."""
    rejection = situation.rejection
    name = recipient.name if recipient else None
    met = situation.interviews_with(name) if name else ()
    met_dates = [iv.date for iv in met if iv.date]
    all_dates = [iv.date for iv in situation.interviews if iv.date]
    stage = (
        rejection.stage if rejection else ("interview" if situation.interviews else "application")
    )
    return Facts(
        candidate=situation.candidate.name,
        company=situation.company.name,
        role=situation.position.title,
        team=situation.position.team,
        recipient=name,
        recipient_role=recipient.role if recipient else None,
        topic=recipient.topics[0] if recipient and recipient.topics else None,
        met_count=len(met),
        met_date=max(met_dates) if met_dates else None,
        rounds=len(situation.interviews),
        last_interview=max(all_dates) if all_dates else None,
        messenger=bool(rejection and name and rejection.by == name and rejection.via != "none"),
        via=rejection.via if rejection else "email",
        stage=stage,
        finalist=bool(rejection and rejection.finalist),
        feedback=bool(rejection and rejection.feedback),
        reapply=bool(rejection and rejection.reapply_invited),
        later_stage=_ORDER[stage] >= 2 or bool(situation.interviews),
        others=_others(situation, recipient),
        offers=situation.offers_for(name) if name else (),
    )


def _others(situation: Situation, recipient: Contact | None) -> tuple[str, ...]:
    """The other people who interviewed the candidate, in the order they were met."""
    met: dict[str, None] = {}
    for interview in situation.interviews:
        met.update(dict.fromkeys(interview.with_))
    skip = {recipient.name} if recipient else set()
    skip |= {c.name for c in situation.contacts if c.role in ("recruiter", "hr", "receptionist")}
    return tuple(name for name in met if name not in skip)
