"""The content plan: what a message to one recipient may say, worked out once.

Templates see only these values (strings, numbers, dates and flags), never the model
objects: *what* a note says is decided here, from what happened and who receives it;
*how* it is worded is decided in the templates. The rules follow the experts' advice
(DOMAIN.md): the decision is acknowledged only to the people who made it; the
backup-candidate line goes only to a decision maker after a late-stage race the
candidate lost from outside; an agency recruiter hears about their other searches; an
internal candidate's colleagues are never written to as strangers.
"""

from __future__ import annotations

from datetime import date

import attrs

from rejection_kit.model import Contact, Offer, PersonName, Situation, Update

_ORDER = {"application": 0, "phone_screen": 1, "interview": 2, "final": 3, "internal": 3}
# The people who made the decision, and those who run the process around it.
DECIDERS = frozenset({"hiring_manager", "executive"})
PROCESS = frozenset({"recruiter", "coordinator", "hr"})
# How a meeting took place, from the most to the least personal.
_MEDIA = ("on_site", "video", "phone")


@attrs.frozen(kw_only=True, cache_hash=True)
class Facts:
    """Everything a template may say about one message's situation and recipient.

    Besides the plain facts (names, dates, counts), the plan: ``relation`` (the
    recipient's role), ``decider`` (they made the decision), ``backup`` (the
    backup-candidate line fits), ``medium`` (how the candidate met them: ``on_site``,
    ``video``, ``phone`` or None), ``topic`` and ``kindness`` (what was discussed and what
    they did, addressed to them), ``feedback_point``, ``hired``, ``plan``,
    ``reapply_months`` and ``new_role`` (the vacancy of a new application, when it is
    not the role the candidate lost).
    """

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
    #: The same people as a letter names them, with their titles ("Dr. Albrecht").
    referents: tuple[PersonName, ...] = ()
    offers: tuple[Offer, ...] = ()
    update: Update | None = None
    internal: bool = False
    decider: bool = False
    backup: bool = False
    medium: str | None = None
    kindness: str | None = None
    #: The topic tells what the recipient did ("how you built the checks").
    topic_theirs: bool = False
    feedback_point: str | None = None
    hired: str | None = None
    hired_internal: bool = False
    plan: str | None = None
    reapply_months: int | None = None
    new_role: str | None = None
    company_gender: str | None = None

    @property
    def interviewed(self) -> bool:
        """Whether the recipient took part in at least one interview."""
        return self.met_count > 0

    @property
    def relation(self) -> str | None:
        """The recipient's role, the key of what fits them."""
        return self.recipient_role


def build_facts(situation: Situation, recipient: Contact | None) -> Facts:
    """Work out the facts for a message to ``recipient`` (None: the hiring team)."""
    rejection = situation.rejection
    name = recipient.name if recipient else None
    role = recipient.role if recipient else None
    met = situation.interviews_with(name) if name else ()
    met_dates = [iv.date for iv in met if iv.date]
    all_dates = [iv.date for iv in situation.interviews if iv.date]
    stage = (
        rejection.stage if rejection else ("interview" if situation.interviews else "application")
    )
    via = rejection.via if rejection else "email"
    later_stage = _ORDER[stage] >= 2 or bool(situation.interviews)
    internal = stage == "internal"
    messenger = bool(rejection and name and rejection.by == name and via != "none")
    # A note to the hiring team goes to whoever decided; an executive decided only when no
    # hiring manager is named (on a panel with one, "your decision" is presumptuous).
    decider = (
        recipient is None
        or role == "hiring_manager"
        or (role in DECIDERS and not any(c.role == "hiring_manager" for c in situation.contacts))
    )
    media = {iv.medium for iv in met}
    others = _others(situation, recipient)
    return Facts(
        candidate=situation.candidate.name,
        company=situation.company.name,
        role=situation.position.title,
        team=situation.position.team,
        recipient=name,
        recipient_role=role,
        topic=recipient.topics[0] if recipient and recipient.topics else None,
        met_count=len(met),
        met_date=max(met_dates) if met_dates else None,
        rounds=len(situation.interviews),
        last_interview=max(all_dates) if all_dates else None,
        messenger=messenger,
        via=via,
        stage=stage,
        finalist=bool(rejection and rejection.finalist),
        feedback=bool(rejection and (rejection.feedback or rejection.feedback_points)),
        reapply=bool(rejection and rejection.reapply_invited),
        later_stage=later_stage,
        others=tuple(other.full for other in others),
        referents=others,
        offers=situation.offers_for(name) if name else (),
        internal=internal,
        decider=decider,
        backup=(
            decider
            and not internal
            and via != "none"
            and (stage in ("interview", "final") or bool(rejection and rejection.finalist))
            and bool(situation.interviews)
            # Once the hire is known (and congratulated), "if your plans change" reads as
            # hoping they fail.
            and not (rejection and rejection.hired)
        ),
        medium=next((m for m in _MEDIA if m in media), None),
        kindness=recipient.kindnesses[0] if recipient and recipient.kindnesses else None,
        feedback_point=(
            rejection.feedback_points[0]
            if rejection and rejection.feedback_points and messenger
            else None
        ),
        hired=_hired(situation, internal),
        hired_internal=bool(rejection and rejection.hired and rejection.hired.internal),
        plan=situation.candidate.plan,
        reapply_months=rejection.reapply_after_months if rejection else None,
        new_role=_new_role(situation),
    )


def _new_role(situation: Situation) -> str | None:
    """The vacancy the candidate was invited to apply for, unless it is the same role."""
    rejection = situation.rejection
    new = rejection.reapply_role if rejection and rejection.reapply_invited else None
    if not new or new.casefold() == situation.position.title.casefold():
        return None
    return new


def first_name(situation: Situation, name: PersonName, *, besides: str | None = None) -> str:
    """``name`` as colleagues say it: the given name, unless a contact other than
    ``besides`` shares it ("Hi Alex," could be either of two colleagues who compare
    notes) or the name's order is unsure; then the full name."""
    others = (c for c in situation.contacts if c.name != besides)
    if any(c.parsed_name.informal == name.informal for c in others):
        return name.full
    return name.informal


def _hired(situation: Situation, internal: bool) -> str | None:
    """Who got the role, as the letter names them: a colleague of an internal candidate
    by first name ("I'm genuinely happy for Clara"); anyone else as typed."""
    rejection = situation.rejection
    hire = rejection.hired if rejection else None
    if hire is None:
        return None
    return first_name(situation, hire.parsed_name) if internal and hire.internal else hire.name


def _others(situation: Situation, recipient: Contact | None) -> tuple[PersonName, ...]:
    """The other people who interviewed the candidate, in the order they were met."""
    met: dict[str, None] = {}
    for interview in situation.interviews:
        met.update(dict.fromkeys(interview.with_))
    skip = {recipient.name} if recipient else set()
    skip |= {
        c.name
        for c in situation.contacts
        if c.role in ("recruiter", "agency_recruiter", "coordinator", "hr", "receptionist")
    }
    # Names without the quoted nickname or the titles ("Robert Lee"), with the title and
    # gender a letter needs to name them ("Dr. Albrecht", "Frau Dr. Albrecht").
    return tuple(
        contact.referent
        if (contact := situation.contact(name))
        else PersonName(full=name, given=None, family=None)
        for name in met
        if name not in skip
    )
