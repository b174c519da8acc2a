"""Follow-up plans: which message to send to whom, on which business day.

The advice is about time as much as words: thank-you notes within a business day (never
in the heat of the moment), the LinkedIn invitation a week later once the decision has
settled, a stay-on-the-radar note three to four weeks on (hires fall through), then a
brief check-in every few months, and a reminder to apply again when invited. What can
wait keeps out of the year-end break.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

import attrs

from rejection_kit import _arguments as arguments
from rejection_kit._composer import Composer
from rejection_kit._errors import ArgumentError, Problem, ValidationError, shown
from rejection_kit._pipeline import _avoided, _composer
from rejection_kit.composition._blocks import MAX_NAMED
from rejection_kit.followup._calendar import (
    BusinessDays,
    add_months,
    business_days,
    holiday_problem,
)
from rejection_kit.language import JinjaTemplates, conventions, resolve_locale
from rejection_kit.language._grammar import grammar
from rejection_kit.model import ADDRESSES, Contact, Situation, Update
from rejection_kit.model._fields import MAX_ITEMS, country_problem
from rejection_kit.render import Message
from rejection_kit.types import LocaleRequest

#: The channel each kind of step uses unless ``channel_prefs`` says otherwise.
DEFAULT_CHANNELS: Mapping[str, str] = {
    "thank_you": "email",
    "referrer_update": "email",
    "linkedin": "linkedin_note",
    "radar": "email",
    "check_in": "email",
    "closure": "email",
    "door": "email",
    "reapply": "email",
}
#: The mean length of a month in days, for "in about N months" from a later day.
_MONTH_DAYS = 30.44
_RECIPES = {
    "thank_you": "thank_you",
    "referrer_update": "thank_you",
    "linkedin": "linkedin_connect",
    "radar": "stay_on_radar",
    "check_in": "check_in",
    "closure": "ghosted_closure",
    "door": "keep_door_open",
    "reapply": "reapply",
}


@attrs.frozen(kw_only=True)
class Step:
    """One thing to do on one day.

    Attributes:
        due: the business day it is due.
        kind: ``thank_you``, ``referrer_update``, ``linkedin``, ``radar``, ``check_in``,
            ``closure``, ``door``; ``reapply`` (apply again, with a note to the person who
            invited you, or a reminder alone when no one on the hiring side can get one);
            or a reminder with no message: ``check_in_if_news`` (check in then only if you
            have news to share).
        channel: where to send it.
        recipient: the contact's name, or None for the hiring team or the candidate.
        label: what to do, in the plan's language.
        message: the composed message, or None for a reminder.
        send_at: when to send it, in the plan's time zone; None when the plan has none.
    """

    due: date
    kind: str
    channel: str
    recipient: str | None
    label: str
    message: Message | None
    send_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "due": self.due.isoformat(),
            "kind": self.kind,
            "channel": self.channel,
            "recipient": self.recipient,
            "label": self.label,
            "message": self.message.to_dict() if self.message else None,
            "send_at": self.send_at.isoformat() if self.send_at else None,
        }


@attrs.frozen(kw_only=True, repr=False)
class Plan:
    """An ordered list of steps, with the locale its labels and messages are written in."""

    title: str
    locale: str
    start: date
    steps: tuple[Step, ...]
    #: The register the labels speak to you in (``formal`` or ``informal``).
    address: str = "formal"
    #: The countries whose public holidays no step falls on (``"US"``, ``"DE-BY"``).
    countries: tuple[str, ...] = ()
    #: The IANA time zone the steps are sent in (``"Europe/Berlin"``), if given.
    time_zone: str | None = None
    #: The time of day each step is due (and its calendar reminder goes off).
    send_time: time = time(9, 0)

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data."""
        return {
            "title": self.title,
            "locale": self.locale,
            "address": self.address,
            "start": self.start.isoformat(),
            "countries": list(self.countries),
            "time_zone": self.time_zone,
            "send_time": self.send_time.isoformat(timespec="minutes"),
            "steps": [s.to_dict() for s in self.steps],
        }

    def to_text(self) -> str:
        """A readable rendering: each step's date (in the plan's locale), label and message."""
        from rejection_kit.followup._render import plan_text

        return plan_text(self)

    def to_ics(self) -> bytes:
        """An iCalendar file with one event per step, each with an alarm at its send time.

        With a time zone, each event starts at ``send_time`` in it; without, it is an
        all-day event whose alarm goes off at ``send_time`` on the day.

        Needs the optional ``icalendar`` package: ``pip install rejection_kit[ics]``.

        Raises:
            MissingExtraError: when ``icalendar`` is not installed.
        """
        from rejection_kit.followup._ics import plan_ics

        return plan_ics(self)

    def __str__(self) -> str:
        return self.to_text()

    def __repr__(self) -> str:
        from rejection_kit._display import plan_repr

        return plan_repr(self)

    def _repr_html_(self) -> str:
        from rejection_kit._display import plan_html

        return plan_html(self)


@attrs.frozen(kw_only=True)
class _Planner:
    situation: Situation
    locale: str
    seed: int | None
    channels: Mapping[str, str]
    labels: JinjaTemplates
    #: The company's grammatical gender in the plan's language (for its articles).
    gender: str | None = None
    days: BusinessDays = attrs.field(factory=lambda: business_days(()))
    zone: tzinfo | None = None
    send_time: time = time(9, 0)
    used: set[str] = attrs.field(factory=set)
    composers: dict[tuple[str, str], Composer] = attrs.field(factory=dict)
    #: The day the candidate was invited to apply again from, when they were.
    reapply_due: date | None = None

    def _composer(self, kind: str, recipe: str | None = None) -> Composer:
        recipe = recipe or _RECIPES[kind]
        key = (recipe, self.channels[kind])
        if key not in self.composers:
            self.composers[key] = _composer(
                self.situation,
                recipe,
                locale=self.locale,
                channel=self.channels[kind],
                seed=self.seed,
            )
        return self.composers[key]

    def at(self, due: date) -> datetime | None:
        """When a step due that day is sent, in the plan's time zone."""
        return datetime.combine(due, self.send_time, tzinfo=self.zone) if self.zone else None

    def named(self, contact: Contact) -> str:
        """The contact as the plan's labels name them ("à M. Lorenz", "para Katrin
        Albrecht" where a title would need an article)."""
        return conventions(self.locale).in_label(contact.referent, contact.name)

    def label(self, kind: str, name: str) -> str:
        return self.render(kind, name=name)

    def render(self, macro: str, **values: Any) -> str:
        """A label, with the company's name and gender for the language's articles."""
        company = self.situation.company.name
        values.setdefault("company", company)
        return self.labels.render("plan.j2", macro, company_gender=self.gender, **values)

    def step(
        self,
        due: date,
        kind: str,
        recipient: Contact | None,
        *,
        update: Update | None = None,
        recipe: str | None = None,
    ) -> Step | None:
        """Compose the step's message, sharing one memory of sentences across the plan.

        None when the step's recipe does not fit the situation or the recipient (no
        LinkedIn invitation from an internal candidate to colleagues, for one).
        """
        composer = self._composer(kind, recipe)
        if composer.recipe.refusal(self.situation, recipient):
            return None
        if update is not None:
            composer = attrs.evolve(composer, update=update)
        if self.reapply_due is not None:
            # "In about 6 months" is true on the day of the rejection only.
            left = round((self.reapply_due - due).days / _MONTH_DAYS)
            composer = attrs.evolve(composer, months_to_reapply=max(left, 0))
        message = composer.compose(recipient, self.used)
        name = self.named(recipient) if recipient else self.team()
        return Step(
            due=due,
            kind=kind,
            channel=self.channels[kind],
            recipient=recipient.name if recipient else None,
            label=self.label(kind, name),
            message=message,
            send_at=self.at(due),
        )

    def fits(self, kind: str, recipient: Contact | None) -> bool:
        """Whether a step of ``kind`` could be written to ``recipient`` here."""
        return self._composer(kind).recipe.refusal(self.situation, recipient) is None

    def reminder(self, due: date, kind: str, recipient: Contact | None) -> Step:
        """A step for you alone: something to do then, with no message to send."""
        name = self.named(recipient) if recipient else self.team()
        return Step(
            due=due,
            kind=kind,
            channel=self.channels[kind.removesuffix("_if_news")],
            recipient=recipient.name if recipient else None,
            label=self.label(kind, name),
            message=None,
            send_at=self.at(due),
        )

    def team(self) -> str:
        return self.render("team")


def _main_contact(situation: Situation) -> Contact | None:
    # In a search run by an agency, staying in touch goes through its recruiter.
    for role in (
        "agency_recruiter",
        "hiring_manager",
        "executive",
        "recruiter",
        "hr",
        "interviewer",
    ):
        for contact in situation.contacts:
            if contact.role == role:
                return contact
    return None


def _crowd(situation: Situation, main: Contact | None) -> tuple[Contact, ...]:
    """Interviewers of a large panel the candidate has nothing of their own to say to.

    A dozen near-identical thank-you notes and invitations on one day read as
    mass-produced (colleagues compare notes). Past ``MAX_NAMED`` interviewers, those with
    no topic, kindness or offer of their own are thanked in the hiring manager's note
    ("Please also pass my thanks to the rest of the panel"). With no hiring manager to
    pass the thanks on, everyone is written to.
    """
    interviewers = [c for c in situation.contacts if c.role == "interviewer"]
    if len(interviewers) <= MAX_NAMED or main is None or main.role != "hiring_manager":
        return ()
    return tuple(
        c for c in interviewers if not (c.topics or c.kindnesses or situation.offers_for(c.name))
    )


def _recruiting_contact(situation: Situation) -> Contact | None:
    for role in ("recruiter", "hr", "hiring_manager"):
        for contact in situation.contacts:
            if contact.role == role:
                return contact
    return _main_contact(situation)


def _updates(updates: object) -> tuple[Update, ...]:
    if isinstance(updates, (str, bytes, Mapping)) or not isinstance(updates, Iterable):
        raise ArgumentError("updates", f"must be a list of updates, got {shown(updates)}")
    found = list(itertools.islice(updates, MAX_ITEMS + 1))
    if len(found) > MAX_ITEMS:
        raise ArgumentError("updates", f"must hold at most {MAX_ITEMS} updates")
    return tuple(Update.coerce(u, path=f"updates[{i}]") for i, u in enumerate(found))


def _check_channels(prefs: Mapping[str, str] | None) -> dict[str, str]:
    from rejection_kit.channels import get_channel

    channels = dict(DEFAULT_CHANNELS)
    problems = []
    if prefs is not None and not isinstance(prefs, Mapping):
        raise ArgumentError("channel_prefs", f"must be a mapping, got {shown(prefs)}")
    for kind, channel in (prefs or {}).items():
        if kind not in DEFAULT_CHANNELS:
            known = ", ".join(DEFAULT_CHANNELS)
            problems.append(
                Problem(
                    f"channel_prefs.{kind if isinstance(kind, str) else shown(kind)}",
                    f"unknown step; expected one of {known}",
                )
            )
            continue
        channels[kind] = get_channel(channel).name
    if problems:
        raise ValidationError(problems, what="channel_prefs")
    return channels


def plan_follow_ups(
    situation: Situation,
    *,
    start: date | None = None,
    locale: LocaleRequest = "en",
    channel_prefs: Mapping[str, str] | None = None,
    until: date | None = None,
    updates: Sequence[Update | str | Mapping[str, str]] = (),
    seed: int | None = None,
    avoid: Iterable[Message] | None = None,
    address: str | None = None,
    countries: Sequence[str] | None = None,
    time_zone: str | None = None,
    send_time: time | str = "09:00",
) -> Plan:
    """Plan the follow-ups of a rejection: what to send to whom, and when.

    Args:
        situation: the rejection.
        start: the day the news came; by default ``situation.rejection.date``, else
            today (in ``time_zone``, when given).
        locale: the language of the messages and labels.
        channel_prefs: a channel per kind of step, e.g. ``{"check_in": "linkedin_message"}``.
        until: leave out steps due after this day.
        updates: news for the check-ins, one per check-in in order (strings, mappings
            with ``kind``/``text``/``url``, or ``Update`` values). Without one, a check-in
            stays short and asks for nothing.
        seed: varies the phrasing, as in ``compose``.
        avoid: messages already sent to these people (a ``compose_all`` batch, a full
            response): the plan's messages repeat none of their sentences.
        address: the register the plan's labels speak to you in (``formal`` or
            ``informal``; by default the locale's usual one). The messages keep each
            recipient's own register.
        countries: the countries whose public holidays no step may fall on (``"US"``,
            ``"DE-BY"`` for Bavaria); by default the candidate's and the company's
            ``country``. Holidays come from the ``holidays`` package.
        time_zone: the IANA time zone the candidate sends from (``"Europe/Berlin"``):
            each step gets ``send_at``, and the calendar file timed events.
        send_time: the time of day to send each step, ``"09:00"`` by default; the
            calendar reminder goes off then.

    Returns:
        The plan: steps in date order, none on a weekend or a public holiday of the
        countries, the first within one business day after ``start``, and no sentence
        repeated across its messages.

    Raises:
        ValidationError: when ``channel_prefs``, ``updates`` or a country are
            malformed, or a country has no holiday calendar.
        ArgumentError: for a time zone the system does not know, or a bad send time.
    """
    if not isinstance(situation, Situation):
        raise ArgumentError(
            "situation", f"must be a Situation (use Situation.from_dict), got {shown(situation)}"
        )
    rejection = situation.rejection
    zone = _zone(time_zone)
    clock = _clock(send_time)
    calendar = business_days(_countries(situation, countries))
    if start is None:
        start = rejection.date if rejection and rejection.date else None
    if start is None:
        start = datetime.now(zone).date() if zone else date.today()
    start = arguments.day("start", start)
    if until is not None:
        until = arguments.day("until", until)
    if seed is not None:
        arguments.integer("seed", seed, low=-(2**63), high=2**63 - 1)
    resolved = resolve_locale(locale)
    conv = conventions(resolved)
    if address is None:
        address = conv.default_address
    elif address not in ADDRESSES:
        raise ArgumentError(
            "address", f"must be one of {', '.join(ADDRESSES)}, got {shown(address)}"
        )
    company = situation.company
    planner = _Planner(
        situation=situation,
        locale=resolved,
        seed=seed,
        channels=_check_channels(channel_prefs),
        labels=JinjaTemplates(resolved, conv.register(address)),
        gender=grammar(resolved).gender(company.name, company.genders),
        days=calendar,
        zone=zone,
        send_time=clock,
        reapply_due=_reapply_due(situation, start, calendar),
    )
    news = _updates(updates)
    planner.used.update(_avoided(avoid))
    steps = [step for step in _steps(planner, situation, start, news) if step is not None]
    steps.sort(key=lambda s: s.due)
    if until is not None:
        steps = [s for s in steps if s.due <= until]
    title = planner.render("title", role=conv.job_title(situation.position.title))
    return Plan(
        title=title,
        locale=resolved,
        start=start,
        steps=tuple(steps),
        address=address,
        countries=calendar.countries,
        time_zone=time_zone if zone else None,
        send_time=clock,
    )


def _countries(situation: Situation, countries: Sequence[str] | None) -> tuple[str, ...]:
    """The countries of the plan's holidays, each checked: given, or the situation's."""
    if countries is None:
        named = [
            ("candidate.country", situation.candidate.country),
            ("company.country", situation.company.country),
        ]
    elif isinstance(countries, str) or not isinstance(countries, Sequence):
        raise ArgumentError(
            "countries", f"must be a list of country codes such as ['US'], got {shown(countries)}"
        )
    else:
        named = [(f"countries[{i}]", c) for i, c in enumerate(countries[:MAX_ITEMS])]
        if len(countries) > MAX_ITEMS:
            raise ArgumentError("countries", f"must hold at most {MAX_ITEMS} countries")
    problems = []
    found: list[str] = []
    for path, country in named:
        if country is None:
            continue
        problem = country_problem(country) or holiday_problem(country)
        if problem:
            problems.append(Problem(path, problem))
        elif country not in found:
            found.append(country)
    if problems:
        raise ValidationError(problems, what="plan")
    return tuple(found)


def _zone(name: object) -> tzinfo | None:
    if name is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if isinstance(name, str) and 0 < len(name) <= 64:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise ArgumentError(
        "time_zone", f"must be an IANA time zone such as 'Europe/Berlin', got {shown(name)}"
    )


def _clock(value: object) -> time:
    if isinstance(value, time) and value.tzinfo is None:
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str) and len(value) == 5:
        try:
            return time.fromisoformat(value)
        except ValueError:
            pass
    raise ArgumentError(
        "send_time", f"must be a time of day such as '09:00' (HH:MM), got {shown(value)}"
    )


def _reapply_due(situation: Situation, start: date, days: BusinessDays) -> date | None:
    """The business day the candidate was invited to apply again from, if they were.

    The months count from the rejection when its date is known, even in a plan started
    later; otherwise from the plan's start.
    """
    rejection = situation.rejection
    if rejection is None or not rejection.reapply_invited:
        return None
    since = min(rejection.date, start) if rejection.date else start
    # Not before the time named, so after the year-end break if it falls in it.
    return days.around_year_end(days.next(add_months(since, rejection.reapply_after_months or 6)))


def _inviter(planner: _Planner, situation: Situation) -> Contact | None:
    """Who gets the note that goes with the new application: whoever gave the news, if
    they are on the hiring side, else the main contact; None when neither can get one."""
    rejection = situation.rejection
    by = rejection.by if rejection else None
    main = _main_contact(situation)
    people = [c for c in situation.contacts if c.name == by] + ([main] if main else [])
    return next((c for c in people if planner.fits("reapply", c)), None)


def _steps(
    planner: _Planner, situation: Situation, start: date, news: tuple[Update, ...]
) -> Iterator[Step | None]:
    rejection = situation.rejection
    days = planner.days
    first = days.add(start, 1)
    reapply_due = planner.reapply_due
    inviter = _inviter(planner, situation) if reapply_due is not None else None
    carried: list[Update] = []  # news due near the new application, told in its note
    stage = (
        rejection.stage if rejection else ("interview" if situation.interviews else "application")
    )
    if rejection is not None and rejection.via == "none":
        # To whoever ran the process; when no contact did (only an interviewer is
        # known), to the hiring team.
        yield planner.step(first, "closure", _recruiting_contact(situation)) or planner.step(
            first, "closure", None
        )
        return
    if stage == "application" or not situation.contacts:
        yield planner.step(first, "door", _recruiting_contact(situation))
    else:
        main = _main_contact(situation)
        crowd = _crowd(situation, main)
        answered = False  # whether the first note to the main contact took up reapplying
        for contact in situation.contacts:
            if contact in crowd:
                continue
            kind = "referrer_update" if contact.role == "referrer" else "thank_you"
            # A resource promised in the interviews is sent with the thanks, not later;
            # an invitation to apply again is taken up in the first reply to it; a large
            # panel is thanked through the hiring manager.
            promised = any(o.promised for o in situation.offers_for(contact.name))
            invited = reapply_due is not None and contact is main
            full = promised or invited or bool(crowd and contact is main)
            sent = planner.step(first, kind, contact, recipe="full_response") if full else None
            answered = answered or (invited and sent is not None)
            yield sent or planner.step(first, kind, contact)
        linkedin_day = days.add(start, 5)
        for contact in situation.contacts:
            if contact.role not in ("receptionist", "referrer") and contact not in crowd:
                yield planner.step(linkedin_day, "linkedin", contact)
        # Once the reply has said when the candidate will apply again, a note weeks
        # later would only say it again: nothing is sent before the reapply step.
        if stage != "phone_screen":
            if not answered:
                # Three to four weeks on; before the year-end break if it would fall in it.
                radar_day = days.around_year_end(
                    days.next(start + timedelta(days=25)), earliest=start + timedelta(days=21)
                )
                yield planner.step(radar_day, "radar", main)
            rounds = 4 if stage in ("final", "internal") else 2
            for i in range(rounds):
                every = days.next(add_months(start, 3 * (i + 1)))
                due = days.around_year_end(every, earliest=every - timedelta(days=14))
                update = news[i] if i < len(news) else None
                near_reapply = reapply_due is not None and (due - reapply_due).days > -21
                # News due within three weeks of the new application is told in its note.
                around = reapply_due is not None and abs((due - reapply_due).days) <= 21
                if update is not None and around and inviter is not None:
                    carried.append(update)
                    continue
                if update is None:
                    # A check-in that only says hello reads as hovering: without news,
                    # the plan reminds you to check in if you have some by then (where a
                    # check-in fits at all: not from an internal candidate), unless the
                    # reminder to apply again comes within weeks of it or before it (the
                    # application then says what there is to say).
                    if not near_reapply and planner.fits("check_in", main):
                        yield planner.reminder(due, "check_in_if_news", main)
                else:
                    yield planner.step(due, "check_in", main, update=update)
    if rejection is not None and reapply_due is not None:
        due = reapply_due
        if inviter is not None:
            news_then = carried[0] if carried else None
            note = planner.step(due, "reapply", inviter, update=news_then)
            if note is not None:
                label = planner.render("reapply_note", name=planner.named(inviter))
                yield attrs.evolve(note, label=label)
                return
        yield Step(
            due=due,
            kind="reapply",
            channel=planner.channels["reapply"],
            recipient=None,
            label=planner.label("reapply", situation.company.name),
            message=None,
            send_at=planner.at(due),
        )
