"""The situation: one rejection, described as frozen, validated attrs classes.

Every class checks all of its fields on construction and raises one
:class:`~rejection_kit.ValidationError` listing every problem with its path, so that
``Contact(name="")`` and a whole bad JSON document fail the same way.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from typing import Any, ClassVar, Literal

import attrs

from rejection_kit._errors import Problem, ValidationError, shown
from rejection_kit.model._fields import (
    MAX_ITEMS,
    MAX_NAME,
    MAX_REFERENCES,
    MAX_TEXT,
    MAX_TITLE,
    choice_problem,
    country_problem,
    date_problem,
    email_problem,
    message_id_problem,
    name_problem,
    normalize,
    reply_address_problem,
    text_problem,
    url_problem,
)
from rejection_kit.model._names import PersonName, parsed

Role = Literal[
    "hiring_manager",
    "interviewer",
    "recruiter",
    "agency_recruiter",
    "coordinator",
    "hr",
    "executive",
    "receptionist",
    "referrer",
    "colleague",
]
Gender = Literal["female", "male"]
Address = Literal["formal", "informal"]
InterviewKind = Literal["phone_screen", "video", "onsite", "panel", "technical", "final", "other"]
InterviewFormat = Literal["phone", "video", "on_site"]
Stage = Literal["application", "phone_screen", "interview", "final", "internal"]
Via = Literal["email", "phone", "ats", "in_person", "none"]
OfferKind = Literal["resource", "introduction"]
Honorific = Literal["dr", "prof"]

ROLES: tuple[str, ...] = typing.get_args(Role)
GENDERS: tuple[str, ...] = typing.get_args(Gender)
ADDRESSES: tuple[str, ...] = typing.get_args(Address)
INTERVIEW_KINDS: tuple[str, ...] = typing.get_args(InterviewKind)
INTERVIEW_FORMATS: tuple[str, ...] = typing.get_args(InterviewFormat)
STAGES: tuple[str, ...] = typing.get_args(Stage)
VIAS: tuple[str, ...] = typing.get_args(Via)
OFFER_KINDS: tuple[str, ...] = typing.get_args(OfferKind)
HONORIFICS: tuple[str, ...] = typing.get_args(Honorific)


def _nfc(value: Any) -> Any:
    return normalize(value) if isinstance(value, str) else value


def _nfc_all(values: Any) -> Any:
    if isinstance(values, (list, tuple)):
        return tuple(_nfc(v) for v in values)
    return values


def _sentence_fragment(value: Any) -> Any:
    """NFC, without the full stop or exclamation mark the lead-in sentence will add."""
    return _nfc(value).rstrip(".!") if isinstance(value, str) else value


def _fragments(values: Any) -> Any:
    if isinstance(values, (list, tuple)):
        return tuple(_sentence_fragment(v) for v in values)
    return values


def _text(default: Any = attrs.NOTHING) -> Any:
    return attrs.field(default=default, converter=_nfc)


def _texts() -> Any:
    return attrs.field(default=(), converter=_nfc_all)


def _raise_problems(problems: Iterable[Problem]) -> None:
    found = list(problems)
    if found:
        raise ValidationError(found)


def _flag_problems(obj: object, *names: str) -> Iterator[Problem]:
    for name in names:
        value = getattr(obj, name)
        if not isinstance(value, bool):
            yield Problem(name, f"must be true or false, got {shown(value)}")


class _Checked:
    """Mixin: run ``_problems`` after construction and raise them all at once."""

    _checks: ClassVar[Callable[[Any], Iterator[Problem]]]

    def __attrs_post_init__(self) -> None:
        _raise_problems(type(self)._checks(self))


def _text_list_problems(
    name: str, values: object, *, limit: int, names: bool = False
) -> Iterator[Problem]:
    if not isinstance(values, tuple):
        yield Problem(name, f"must be a list of strings, got {shown(values)}")
        return
    if len(values) > MAX_ITEMS:
        yield Problem(name, f"must hold at most {MAX_ITEMS} items, got {len(values)}")
        return
    for i, value in enumerate(values):
        problem = (
            name_problem(value, required=True)
            if names
            else text_problem(value, required=True, limit=limit)
        )
        if problem:
            yield Problem(f"{name}[{i}]", problem)


@attrs.frozen(kw_only=True)
class Candidate(_Checked):
    """The person who was turned down and who signs the messages.

    ``plan`` is what they will do before applying again, as a clause in the messages'
    language ("finish the dbt certification"); notes that keep the door open say it.
    ``country`` (``"US"``, ``"DE-BY"``) is where they live: follow-ups avoid its public
    holidays, as they avoid the company's.
    """

    name: str = _text()
    email: str | None = _text(None)
    phone: str | None = _text(None)
    linkedin: str | None = _text(None)
    plan: str | None = attrs.field(default=None, converter=_sentence_fragment)
    country: str | None = _text(None)

    def _checks(self) -> Iterator[Problem]:
        if p := name_problem(self.name, required=True):
            yield Problem("name", p)
        if p := country_problem(self.country):
            yield Problem("country", p)
        if p := email_problem(self.email):
            yield Problem("email", p)
        if p := text_problem(self.phone, required=False, limit=40):
            yield Problem("phone", p)
        if p := url_problem(self.linkedin):
            yield Problem("linkedin", p)
        if p := text_problem(self.plan, required=False, limit=MAX_TITLE):
            yield Problem("plan", p)


CompanyGender = Literal["m", "f", "n", "pl"]
COMPANY_GENDERS: tuple[str, ...] = typing.get_args(CompanyGender)


def _copy_mapping(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


@attrs.frozen(kw_only=True)
class Company(_Checked):
    """The company that made the decision.

    ``genders`` gives the grammatical gender of its name per language, where a language
    puts an article before it ("no Nubank", "na Petrobras"): ``{"pt": "m"}``. Without it
    each language uses its default (see ``locales/<locale>/grammar.toml``). ``country``
    (``"FR"``, ``"ES-CT"``) is where the hiring team works: nothing is planned on its
    public holidays.
    """

    name: str = _text()
    genders: dict[str, CompanyGender] = attrs.field(
        factory=dict, converter=_copy_mapping, eq=False, hash=False
    )
    country: str | None = _text(None)

    def _checks(self) -> Iterator[Problem]:
        if p := text_problem(self.name, required=True, limit=MAX_NAME):
            yield Problem("name", p)
        if p := country_problem(self.country):
            yield Problem("country", p)
        genders: object = self.genders
        if not isinstance(genders, dict):
            yield Problem(
                "genders", f"must be a mapping of languages to genders, got {shown(genders)}"
            )
            return
        for language, gender in genders.items():
            if not isinstance(language, str) or not re.fullmatch(
                r"[a-z]{2,3}(_[A-Z]{2})?", language
            ):
                yield Problem(
                    "genders", f"keys are language codes such as 'pt', got {shown(language)}"
                )
            elif p := choice_problem(gender, COMPANY_GENDERS, required=True):
                yield Problem(f"genders.{language}", p)


@attrs.frozen(kw_only=True)
class Position(_Checked):
    """The role the candidate applied for."""

    title: str = _text()
    team: str | None = _text(None)

    def _checks(self) -> Iterator[Problem]:
        if p := text_problem(self.title, required=True, limit=MAX_TITLE):
            yield Problem("title", p)
        if p := text_problem(self.team, required=False, limit=MAX_TITLE):
            yield Problem("team", p)


@attrs.frozen(kw_only=True, cache_hash=True)
class Contact(_Checked):
    """Someone at the company the candidate met or dealt with.

    ``family_name`` says which part of ``name`` a formal salutation uses when the
    last word is not it (``"José Núñez García"`` → ``"Núñez García"``).
    ``honorific`` (``dr``, ``prof``) is used in formal salutations the way each
    language does ("Dear Dr. Raman", "Sehr geehrte Frau Dr. Raman").
    ``topics`` are things discussed with *this* person; the notes to them mention one.
    ``kindnesses`` are things this person *did* for the candidate ("calling me after
    the second round", "finding me a quiet room"): they are thanked as acts, never
    called a conversation. ``given_name`` is the name an informal greeting uses when
    the name itself does not make it clear (a nickname, a family-name-first name).
    ``gender`` only chooses grammatical forms and is never guessed; without it every
    language uses a gender-neutral form. ``address`` chooses formal or informal address;
    without it, the locale's default for a business letter applies.
    """

    name: str = _text()
    role: Role = "interviewer"
    family_name: str | None = _text(None)
    given_name: str | None = _text(None)
    title: str | None = _text(None)
    email: str | None = _text(None)
    gender: Gender | None = None
    address: Address | None = None
    honorific: Honorific | None = None
    topics: tuple[str, ...] = _texts()
    kindnesses: tuple[str, ...] = attrs.field(default=(), converter=_fragments)

    @property
    def parsed_name(self) -> PersonName:
        """The name's parts: titles taken off, given and family names found (or not)."""
        return parsed(self.name, self.family_name, self.given_name)

    @property
    def salutation_gender(self) -> Gender | None:
        """The gender given, or the one a title in the name states ("Ms.", "Frau")."""
        stated = self.parsed_name.gender
        return self.gender or (stated if stated in GENDERS else None)  # type: ignore[return-value]

    @property
    def salutation_honorific(self) -> Honorific | None:
        """The honorific given, or the one a title in the name states ("Dr.", "Prof.")."""
        stated = self.parsed_name.honorific
        return self.honorific or (stated if stated in HONORIFICS else None)  # type: ignore[return-value]

    @property
    def referent(self) -> PersonName:
        """The name as a letter refers to its bearer: without a quoted nickname, with the
        title and gender that "Dr. Albrecht" or "Frau Dr. Albrecht" needs."""
        return attrs.evolve(
            self.parsed_name, honorific=self.salutation_honorific, gender=self.salutation_gender
        )

    def _checks(self) -> Iterator[Problem]:
        if p := name_problem(self.name, required=True):
            yield Problem("name", p)
        if p := choice_problem(self.role, ROLES, required=True):
            yield Problem("role", p)
        if p := name_problem(self.family_name, required=False):
            yield Problem("family_name", p)
        elif self.family_name and self.family_name not in self.name:
            yield Problem("family_name", f"must be part of the name {shown(self.name)}")
        if p := name_problem(self.given_name, required=False):
            yield Problem("given_name", p)
        if p := text_problem(self.title, required=False, limit=MAX_TITLE):
            yield Problem("title", p)
        if p := reply_address_problem(self.email):
            yield Problem("email", p)
        if p := choice_problem(self.gender, GENDERS, required=False):
            yield Problem("gender", p)
        if p := choice_problem(self.address, ADDRESSES, required=False):
            yield Problem("address", p)
        if p := choice_problem(self.honorific, HONORIFICS, required=False):
            yield Problem("honorific", p)
        yield from _text_list_problems("topics", self.topics, limit=MAX_TITLE)
        yield from _text_list_problems("kindnesses", self.kindnesses, limit=MAX_TITLE)


@attrs.frozen(kw_only=True)
class Interview(_Checked):
    """One interview: when, what kind, with whom (names of contacts), and how.

    ``format`` says whether it was by ``phone``, ``video`` or ``on_site``; a note never
    says it was a pleasure to *meet* someone the candidate only spoke to on the phone.
    """

    date: date | None = None
    kind: InterviewKind = "other"
    with_: tuple[str, ...] = _texts()
    format: InterviewFormat | None = None

    @property
    def medium(self) -> InterviewFormat | None:
        """How it took place: the format given, else what the kind implies, else None."""
        implied: dict[str, InterviewFormat] = {
            "phone_screen": "phone",
            "video": "video",
            "onsite": "on_site",
        }
        return self.format or implied.get(self.kind)

    def _checks(self) -> Iterator[Problem]:
        if p := date_problem(self.date, required=False):
            yield Problem("date", p)
        if p := choice_problem(self.kind, INTERVIEW_KINDS, required=True):
            yield Problem("kind", p)
        if p := choice_problem(self.format, INTERVIEW_FORMATS, required=False):
            yield Problem("format", p)
        yield from _text_list_problems("with", self.with_, limit=MAX_NAME, names=True)


@attrs.frozen(kw_only=True)
class Hire(_Checked):
    """Who got the role, when the candidate knows: their name, and whether they already
    worked at the company (an internal hire, often the candidate's colleague)."""

    name: str = _text()
    internal: bool = False

    @property
    def parsed_name(self) -> PersonName:
        """The name's parts, titles taken off (as for a contact)."""
        return parsed(self.name, None, None)

    def _checks(self) -> Iterator[Problem]:
        if p := name_problem(self.name, required=True):
            yield Problem("name", p)
        yield from _flag_problems(self, "internal")


@attrs.frozen(kw_only=True)
class Rejection(_Checked):
    """How and when the news came, and what was said.

    ``stage`` is how far the candidate got; ``internal`` means the candidate applied
    from inside the company, so the people they write to are colleagues.
    ``via="none"`` means the candidate was never told (ghosted). ``feedback`` is what was
    said, as given; ``feedback_points`` are short points from it that a note can name
    ("more hands-on dbt experience"). ``reapply_after_months`` is when they were invited
    to apply again, and ``reapply_role`` the vacancy they were invited to apply for when it
    is not the role they lost ("Senior Data Engineer"). ``hired`` is who got the role, when
    the candidate knows.
    """

    date: date | None = None
    via: Via = "email"
    by: str | None = _text(None)
    stage: Stage = "interview"
    finalist: bool = False
    feedback: str | None = _text(None)
    feedback_points: tuple[str, ...] = attrs.field(default=(), converter=_fragments)
    reapply_invited: bool = False
    reapply_after_months: int | None = None
    reapply_role: str | None = _text(None)
    hired: Hire | None = None
    subject: str | None = _text(None)
    message_id: str | None = _text(None)
    references: tuple[str, ...] = _texts()

    def _checks(self) -> Iterator[Problem]:
        if p := date_problem(self.date, required=False):
            yield Problem("date", p)
        if p := choice_problem(self.via, VIAS, required=True):
            yield Problem("via", p)
        if p := name_problem(self.by, required=False):
            yield Problem("by", p)
        if p := choice_problem(self.stage, STAGES, required=True):
            yield Problem("stage", p)
        yield from _flag_problems(self, "finalist", "reapply_invited")
        if p := text_problem(self.feedback, required=False, limit=MAX_TEXT):
            yield Problem("feedback", p)
        yield from _text_list_problems("feedback_points", self.feedback_points, limit=MAX_TITLE)
        months = self.reapply_after_months
        if months is not None and (
            isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= 36
        ):
            yield Problem(
                "reapply_after_months", f"must be a whole number from 1 to 36, got {shown(months)}"
            )
        if p := text_problem(self.reapply_role, required=False, limit=MAX_TITLE):
            yield Problem("reapply_role", p)
        elif self.reapply_role and self.reapply_invited is False:
            yield Problem(
                "reapply_role",
                "give reapply_invited too: this is the vacancy you were invited to apply for",
            )
        hired: object = self.hired
        if hired is not None and not isinstance(hired, Hire):
            yield Problem("hired", f"must be a hire, got {shown(hired)}")
        if p := text_problem(self.subject, required=False, limit=MAX_TITLE):
            yield Problem("subject", p)
        if p := message_id_problem(self.message_id):
            yield Problem("message_id", p)
        if len(self.references) > MAX_REFERENCES:
            yield Problem(
                "references", f"must hold at most {MAX_REFERENCES} ids, got {len(self.references)}"
            )
        for i, ref in enumerate(self.references[:MAX_REFERENCES]):
            if p := message_id_problem(ref):
                yield Problem(f"references[{i}]", p)


@attrs.frozen(kw_only=True)
class Offer(_Checked):
    """Something the candidate offers a contact: a resource, or an introduction.

    A ``resource`` needs a ``title`` (and may have a ``url`` and the ``topic`` it
    relates to); an ``introduction`` needs the ``person`` and may say what they are
    good ``about``. ``promised`` says it was already promised during the interviews: the
    note then delivers it ("As promised, here is …") instead of offering it.
    """

    kind: OfferKind
    for_: str = _text()
    topic: str | None = _text(None)
    title: str | None = _text(None)
    url: str | None = _text(None)
    person: str | None = _text(None)
    about: str | None = _text(None)
    promised: bool = False

    def _checks(self) -> Iterator[Problem]:
        if p := choice_problem(self.kind, OFFER_KINDS, required=True):
            yield Problem("kind", p)
        if p := name_problem(self.for_, required=True):
            yield Problem("for", p)
        needs = {"resource": "title", "introduction": "person"}.get(self.kind)
        for name, limit in (("topic", MAX_TITLE), ("title", MAX_TITLE), ("about", MAX_TEXT)):
            if p := text_problem(getattr(self, name), required=name == needs, limit=limit):
                yield Problem(name, p)
        if p := name_problem(self.person, required=needs == "person"):
            yield Problem("person", p)
        if p := url_problem(self.url):
            yield Problem("url", p)
        yield from _flag_problems(self, "promised")


UpdateKind = Literal["skill", "project", "article", "news"]
UPDATE_KINDS: tuple[str, ...] = typing.get_args(UpdateKind)


@attrs.frozen(kw_only=True)
class Update(_Checked):
    """Something new to mention in a check-in or in the note that goes with a new
    application: a skill, a project, an article, news.

    ``text`` is a clause in the message's language, inserted after a short lead-in and a
    colon ("A quick update since we last spoke: <text>."): "I completed the dbt
    certification", "j'ai obtenu la certification". Where the language starts a whole
    sentence after a colon with a capital (German), a clause typed in lower case that
    begins like a sentence ("ich habe …") is capitalised. A trailing full stop is dropped.
    """

    kind: UpdateKind = "news"
    text: str = attrs.field(converter=_sentence_fragment)
    url: str | None = _text(None)

    def _checks(self) -> Iterator[Problem]:
        if p := choice_problem(self.kind, UPDATE_KINDS, required=True):
            yield Problem("kind", p)
        if p := text_problem(self.text, required=True, limit=MAX_TITLE):
            yield Problem("text", p)
        if p := url_problem(self.url):
            yield Problem("url", p)

    @classmethod
    def coerce(cls, value: object, *, path: str) -> Update:
        """An ``Update`` from itself, a plain string (kind ``news``) or a mapping.

        Raises:
            ValidationError: with the problems under ``path``.
        """
        if isinstance(value, Update):
            return value
        try:
            if isinstance(value, str):
                return cls(text=value)
            if isinstance(value, dict):
                problems = [
                    Problem(key if isinstance(key, str) else shown(key), "unknown field")
                    for key in value
                    if key not in ("kind", "text", "url")
                ]
                if "text" not in value:
                    problems.append(Problem("text", "is required"))
                if problems:
                    raise ValidationError(problems)
                return cls(**value)
        except ValidationError as exc:
            raise ValidationError(
                [Problem(f"{path}.{p.path}", p.message) for p in exc.problems], what="update"
            ) from None
        raise ValidationError(
            [Problem(path, f"must be a string or a mapping, got {type(value).__name__}")],
            what="update",
        )


def reference_problems(
    contacts: Iterable[object],
    interviews_with: Iterable[tuple[int, Iterable[object]]],
    offers_for: Iterable[tuple[int, object]],
    rejection_by: object,
) -> Iterator[Problem]:
    """Problems with names that must refer to a contact.

    Works on plain values so that ``Situation.from_dict`` can report these alongside
    structural problems, before any class could be built.
    """
    names = [c for c in contacts if isinstance(c, str) and c.strip()]
    known = set(names)
    seen: set[str] = set()
    for i, name in enumerate(names):
        if name in seen:
            yield Problem(f"contacts[{i}].name", f"duplicate contact name {shown(name)}")
        seen.add(name)
    listed = ", ".join(shown(n) for n in names[:5]) + (
        f" and {len(names) - 5} more" if len(names) > 5 else ""
    )
    hint = f"; known contacts: {listed}" if names else "; there are no contacts"
    for i, people in interviews_with:
        for j, person in enumerate(people):
            if isinstance(person, str) and person not in known:
                yield Problem(
                    f"interviews[{i}].with[{j}]", f"unknown contact {shown(person)}{hint}"
                )
    for i, person in offers_for:
        if isinstance(person, str) and person not in known:
            yield Problem(f"offers[{i}].for", f"unknown contact {shown(person)}{hint}")
    if isinstance(rejection_by, str) and rejection_by not in known:
        yield Problem("rejection.by", f"unknown contact {shown(rejection_by)}{hint}")


@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class Situation(_Checked):
    """One rejection: who, where, for what role, who was met, how the news came.

    Only the candidate's name, the company's name and the position's title are
    required; the messages adapt to whatever else is known.

    >>> s = Situation.from_dict({"candidate": {"name": "Maya Chen"},
    ...     "company": {"name": "Northwind"}, "position": {"title": "Analyst"}})
    >>> s.company.name
    'Northwind'
    >>> Situation.from_dict(s.to_dict()) == s
    True
    """

    candidate: Candidate
    company: Company
    position: Position
    contacts: tuple[Contact, ...] = ()
    interviews: tuple[Interview, ...] = ()
    rejection: Rejection | None = None
    offers: tuple[Offer, ...] = ()

    def _checks(self) -> Iterator[Problem]:
        for name in ("contacts", "interviews", "offers"):
            items = getattr(self, name)
            if len(items) > MAX_ITEMS:
                yield Problem(name, f"must hold at most {MAX_ITEMS} items, got {len(items)}")
        yield from reference_problems(
            (c.name for c in self.contacts),
            ((i, iv.with_) for i, iv in enumerate(self.interviews)),
            ((i, o.for_) for i, o in enumerate(self.offers)),
            self.rejection.by if self.rejection else None,
        )
        if self.rejection and self.rejection.date:
            for i, iv in enumerate(self.interviews):
                if iv.date and iv.date > self.rejection.date:
                    yield Problem(
                        f"interviews[{i}].date",
                        f"{iv.date.isoformat()} is after the rejection date "
                        f"{self.rejection.date.isoformat()}",
                    )

    # -- lookups used by the composer ------------------------------------------------

    def contact(self, name: str) -> Contact | None:
        """The contact called ``name``, or ``None``."""
        return next((c for c in self.contacts if c.name == name), None)

    def interviews_with(self, name: str) -> tuple[Interview, ...]:
        """The interviews in which ``name`` took part, oldest first."""
        return tuple(iv for iv in self.interviews if name in iv.with_)

    def offers_for(self, name: str) -> tuple[Offer, ...]:
        """The offers meant for ``name``."""
        return tuple(o for o in self.offers if o.for_ == name)

    @classmethod
    def from_dict(cls, data: object) -> Situation:
        """Build a situation from plain data (parsed JSON).

        Raises:
            ValidationError: listing every problem in ``data`` with its path.
        """
        from rejection_kit.model._io import structure

        return structure(data)

    @classmethod
    def from_email(
        cls,
        email: object,
        *,
        candidate: object,
        overrides: Mapping[str, Any] | None = None,
    ) -> Situation:
        """The situation a received rejection e-mail describes.

        ``email`` is the raw bytes of an ``.eml`` file, its text, an
        ``email.message.Message`` or text pasted from a mail client; ``candidate`` is
        your name, a mapping (``{"name": …, "email": …}``) or a :class:`Candidate`;
        ``overrides`` is merged over what the e-mail says (``{"position": {"title":
        …}}``). To see each field with its confidence before trusting it, use
        :func:`rejection_kit.read_rejection`.

        Raises:
            ValidationError: naming each required field the e-mail does not state
                (``company.name``, ``position.title``) or any other problem.
            ArgumentError: when ``email`` is of another type or larger than 5 MB.
        """
        from rejection_kit.intake import read_rejection

        return read_rejection(email).to_situation(candidate, overrides=overrides)

    def __repr__(self) -> str:
        from rejection_kit._display import situation_repr

        return situation_repr(self)

    def _repr_html_(self) -> str:
        from rejection_kit._display import situation_html

        return situation_html(self)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """Pydantic v2: validate with ``from_dict``, serialize with ``to_dict``."""
        from rejection_kit.model._pydantic import situation_core_schema

        return situation_core_schema(cls)

    @classmethod
    def __get_pydantic_json_schema__(cls, core: Any, handler: Any) -> dict[str, Any]:
        """Pydantic v2 (and FastAPI's OpenAPI): the situation's JSON Schema."""
        from rejection_kit.model._pydantic import openapi_schema

        return openapi_schema()

    @classmethod
    def json_schema(cls) -> dict[str, Any]:
        """The JSON Schema (draft 2020-12) of the data ``from_dict`` accepts."""
        from rejection_kit.model._schema import situation_schema

        return situation_schema()

    def to_dict(self) -> dict[str, Any]:
        """Return plain, JSON-ready data; ``Situation.from_dict`` reads it back."""
        from rejection_kit.model._io import unstructure

        return unstructure(self)
