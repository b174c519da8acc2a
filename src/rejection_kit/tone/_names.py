"""Consistency with the situation: the greeting names a contact, the company is theirs."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["company", "generic_greeting", "recipient"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")
_HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "dra",
        "dre",
        "doctora",
        "doutora",
        "doutor",
        "prof",
        "profesor",
        "profesora",
        "professora",
        "professorin",
        "professeur",
        "professeure",
        "la",
        "le",
        "professor",
        "sir",
        "madam",
        "madame",
        "monsieur",
        "frau",
        "herr",
        "sr",
        "sra",
        "srta",
        "don",
        "doña",
        "dona",
        "señor",
        "señora",
        "senhor",
        "senhora",
        "dott",
        "dottssa",
        "sig",
        # Courtesy and academic titles people write before a name in the other languages.
        "mme",
        "mlle",
        "m",
        "me",
        "docteur",
        "maître",
        "mag",
        "di",
        "dipl",
        "ing",
        "dipl-ing",
        "lic",
        "licenciado",
        "licenciada",
        "eng",
        "avv",
        "arch",
        "geom",
        "rag",
        "dhr",
        "mevr",
        "mw",
        "ir",
        "drs",
        # Dutch and Italian courtesy words ("Geachte mevrouw Stas", "Gentile signora Rossi").
        "mevrouw",
        "meneer",
        "heer",
        "de",
        "juffrouw",
        "signora",
        "signore",
        "signor",
        "signorina",
        "sigra",
        "signa",
        "dottoressa",
        "dottore",
        "dottor",
        "professoressa",
        "profssa",
        "ingegnere",
        "avvocato",
        "architetto",
        "geometra",
        "ragioniere",
        "notaio",
    ]
)
# Greetings that address a role or a group rather than a person.
_GENERIC = frozenset(
    [
        # A role addressed as such ("Bonjour Chef", "Ciao capo"), in the shipped languages.
        "chef",
        "cheffe",
        "capo",
        "preside",
        "direttore",
        "direttrice",
        "jefe",
        "jefa",
        "chefe",
        "baas",
        "commissie",
        "selectiecommissie",
        "commissione",
        "comité",
        "comitê",
        "hiring",
        "damen",
        "herren",
        "monsieur",
        "madame",
        "equipo",
        "selección",
        "seleccion",
        "equipe",
        "équipe",
        "recrutamento",
        "recrutement",
        "manager",
        "managers",
        "team",
        "all",
        "everyone",
        "everybody",
        "there",
        "folks",
        "friends",
        "colleagues",
        "committee",
        "recruiter",
        "recruiters",
        "recruiting",
        "talent",
        "acquisition",
        "hr",
        "human",
        "resources",
        "sir",
        "madam",
        "whom",
        "concern",
        "interviewer",
        "interviewers",
        "panel",
        "people",
        "guys",
        "damen",
        "herren",
        "equipo",
        "equipe",
    ]
)
_SUFFIXES = frozenset(
    ["inc", "ltd", "llc", "corp", "co", "gmbh", "ag", "sa", "plc", "the", "company", "group"]
)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Italian feminine titles abbreviate with an inner dot: "dott.ssa", "prof.ssa", "sig.ra".
_INNER_DOT = re.compile(r"\b(dott|prof|sig|avv|arch|ing)\.(ssa|ra|na)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    # Remembered: the situation's names are the same on every check of a batch.
    text = _INNER_DOT.sub(r"\1\2", text.replace("\u2019", "'"))
    return tuple(_fold(t) for t in _TOKEN.findall(text))


def _known(names: Iterable[str]) -> set[str]:
    return {t for name in names for t in _tokens(name)}


def _name(obj: Any, attr: str) -> str:
    value = getattr(getattr(obj, attr, None), "name", None)
    return value if isinstance(value, str) else ""


def recipient(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """The greeting names someone who is not among the situation's contacts."""
    situation = ctx.situation
    if situation is None or doc.salutation_name is None:
        return
    contacts = [
        c.name for c in getattr(situation, "contacts", ()) or () if isinstance(c.name, str)
    ]
    if not contacts:
        return
    start, end = doc.salutation_name
    words = [t for t in _tokens(doc.text[start:end]) if t.rstrip(".") not in _HONORIFICS]
    if not words or any(w in _GENERIC for w in words):
        return
    known = _known([*contacts, _name(situation, "company")])
    if all(w in known or any(k.startswith(w) and len(w) >= 3 for k in known) for w in words):
        return
    yield Hit(
        start=start,
        end=end,
        message=(
            f"May read as careless: {doc.text[start:end]!r} is not one of the contacts "
            f"({', '.join(contacts)})."
        ),
        suggestion=contacts[0] if len(contacts) == 1 else None,
    )


_AT_COMPANY = re.compile(
    r"\b(?:the|this|your)\s+(?:[\w-]+\s+){0,5}?"
    # Not "team": "an introduction to Dana on the analytics team at Harbor Health" names
    # another company on purpose; a copy-paste slip is about the job applied for.
    r"(?:role|position|job|opening|opportunity|vacancy)\s+(?:at|with)\s+"
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|&)){0,3})"
)


def company(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """ "The ... role at X" where X is not the situation's company (a copy-paste slip)."""
    situation = ctx.situation
    if situation is None:
        return
    own = {t for t in _tokens(_name(situation, "company")) if t not in _SUFFIXES}
    if not own:
        return
    people = _known(
        [_name(situation, "candidate")]
        + [c.name for c in getattr(situation, "contacts", ()) or () if isinstance(c.name, str)]
    )
    for m in _AT_COMPANY.finditer(doc.norm):
        start, end = m.span("org")
        org = m.group("org").rstrip(".'")
        end = start + len(org)
        words = {t for t in _tokens(org) if t not in _SUFFIXES}
        if not words or words & own or words <= people:
            continue
        yield Hit(
            start=start,
            end=end,
            message=(
                f"May read as careless: {org!r} is not {_name(situation, 'company')!r}, "
                "the company this message is for."
            ),
            suggestion=_name(situation, "company"),
        )


_GENERIC_GREETING = re.compile(
    r"To whom it may concern|Dear (?:Sir(?: or Madam|/Madam)?|Madam|Sirs)\b", re.IGNORECASE
)


def generic_greeting(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """ "To whom it may concern" when the situation names the people involved."""
    if doc.salutation is None or ctx.situation is None:
        return
    if not getattr(ctx.situation, "contacts", ()):
        return
    start, end = doc.salutation
    m = _GENERIC_GREETING.match(doc.norm, start, end)
    if m:
        yield Hit(start=m.start(), end=m.end())
