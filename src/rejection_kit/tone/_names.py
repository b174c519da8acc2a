"""Consistency with the situation: the greeting names a contact, the company is theirs."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from importlib import resources
from typing import Any

import attrs

from rejection_kit._toml import read_toml
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["company", "generic_greeting", "recipient", "situation_names"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@attrs.frozen
class _Words:
    """Words of a greeting that are not the greeted person's name (see the data)."""

    honorifics: frozenset[str]
    generic: frozenset[str]


@functools.cache
def _words() -> _Words:
    # The model's titles ("dr.", "sig.ra") as the greeting's tokens read them ("dr",
    # "sigra"), with what only a greeting uses; everything folded, as the words are.
    from rejection_kit.model._names import title_words

    data = read_toml(resources.files("rejection_kit.tone.packs") / "root", "greetings.toml")
    titles = {w.replace(".", "") for w in title_words()}
    return _Words(
        honorifics=frozenset(map(_fold, titles | set(data["honorifics"]["words"]))),
        generic=frozenset(map(_fold, data["generic"]["words"])),
    )


_SUFFIXES = frozenset(
    ["inc", "ltd", "llc", "corp", "co", "gmbh", "ag", "sa", "plc", "the", "company", "group"]
)


# Feminine titles abbreviate with an inner dot: "dott.ssa", "prof.ssa", "sig.ra" (Italian),
# "Prof.in", "Dr.in" (Austrian).
_INNER_DOT = re.compile(r"\b(dott|prof|sig|avv|arch|ing|dr)\.(ssa|ra|na|in)\b", re.IGNORECASE)


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


def _title(situation: Any) -> str:
    value = getattr(getattr(situation, "position", None), "title", None)
    return value if isinstance(value, str) else ""


def situation_names(situation: Any) -> tuple[str, ...]:
    """The company, the people and the role of a situation, as the user typed them.

    The words of a name are nobody's tone: a company called "Orbit Media" is not the
    press, a "Press Officer" role no threat to go to it.
    """
    if situation is None:
        return ()
    names = [_name(situation, "company"), _name(situation, "candidate"), _title(situation)]
    names += [c.name for c in getattr(situation, "contacts", ()) or () if isinstance(c.name, str)]
    return tuple(dict.fromkeys(n for n in names if len(n) >= 2))


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
    greeting = _words()
    words = [t for t in _tokens(doc.text[start:end]) if t not in greeting.honorifics]
    if not words or any(w in greeting.generic for w in words):
        return
    known = _known([*contacts, _name(situation, "company")])
    if all(w in known or any(k.startswith(w) and len(w) >= 3 for k in known) for w in words):
        return
    yield Hit(
        start=start,
        end=end,
        # The detail is English; a draft in another language gets its rule's own message.
        message=(
            f"May read as careless: {doc.text[start:end]!r} is not one of the contacts "
            f"({', '.join(contacts)})."
            if ctx.language == "en"
            else None
        ),
        suggestion=contacts[0] if len(contacts) == 1 else None,
    )


@attrs.frozen
class _Slots:
    """Where one language's drafts name the company they are written to (see the data)."""

    #: The lead-ins in any case, for a draft not read lower-cased; compiled when one
    #: comes (it is most of the cost of loading the slots, and most drafts never need it).
    pattern: str
    lowered: re.Pattern[str]
    mine: tuple[str, ...]
    elsewhere: re.Pattern[str]
    not_names: frozenset[str]
    joiners: frozenset[str]
    min_words: int
    capitalised_nouns: bool


@functools.cache
def _slots(language: str) -> _Slots | None:
    data = read_toml(
        resources.files("rejection_kit.tone.packs") / "root", "company_slots.toml"
    ).get(language)
    if data is None:
        return None
    leads = sorted(data["slots"], key=len, reverse=True)
    # The lead-in, followed by a letter: the name is read from there (see _places). The
    # lead-in is a list of literals and every quantifier is bounded: linear in the text.
    # Most drafts are read lower-cased, where the lead-ins need no IGNORECASE and a
    # look-ahead on their first letters skips most positions at once (3x faster).
    lead = "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in leads)
    low = "|".join(re.escape(s.lower()).replace(r"\ ", r"\s+") for s in leads)
    firsts = "".join(sorted({re.escape(s[0].lower()) for s in leads}))
    after = r"(?:(?<=')|[ \t]+)(?=[^\W\d_])"
    return _Slots(
        pattern=rf"(?<![\w'])(?i:{lead}){after}",
        lowered=re.compile(rf"(?=[{firsts}])(?<![\w'])(?:{low}){after}"),
        mine=tuple(data["mine"]),
        elsewhere=re.compile(r"\b(?:" + "|".join(re.escape(w) for w in data["elsewhere"]) + ")"),
        not_names=frozenset(data["not_names"]),
        joiners=frozenset(data["joiners"]),
        min_words=data["min_words"],
        capitalised_nouns=data.get("capitalised_nouns", False),
    )


@functools.cache
def _any_case(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


# The words after a lead-in, from which _name_in cuts the name.
_WORDS_AFTER = re.compile(r"[^\W\d_][\w&.'-]*(?:[ \t]+[\w&][\w&.'-]*){0,5}")


def _places(doc: Doc, slots: _Slots) -> Iterator[tuple[int, int, str]]:
    """Where each lead-in starts, where the words after it start, and those words."""
    if doc.fast:
        found = slots.lowered.finditer(doc.lower)
    else:
        found = _any_case(slots.pattern).finditer(doc.flat)
    for m in found:
        words = _WORDS_AFTER.match(doc.flat, m.end())
        if words is not None:
            yield m.start(), m.end(), words.group()


# A word that ends a name: "S.p.A." keeps its dots, "Northgate Capital." does not.
_ABBREVIATION = re.compile(r"(?:\w\.){2,}\w?\.?")


def _name_in(words: str, slots: _Slots) -> str | None:
    """The capitalised name at the start of ``words``, or None if it is no name."""
    kept: list[str] = []
    pending: list[str] = []
    for word in words.split():
        cut = word.rstrip(",;:!?)")
        if not _ABBREVIATION.fullmatch(cut):
            cut = cut.rstrip(".")
        if cut.endswith(("'s", "'")):
            cut = cut[: -2 if cut.endswith("'s") else -1]
        if cut in slots.joiners and kept:
            pending.append(cut)
            continue
        if not cut[:1].isupper() or (not kept and _fold(cut) in slots.not_names):
            break
        kept += [*pending, cut]
        pending = []
        if cut != word:
            break
    capitals = sum(1 for w in kept if w[:1].isupper())
    return " ".join(kept) if kept and capitals >= slots.min_words else None


def _in_title(text: str, start: int) -> bool:
    """The lead-in is capitalised inside a sentence: part of a title ("Working at Heights")."""
    before = text[max(0, start - 80) : start].rstrip()  # a bounded look back: linear
    return text[start].isupper() and bool(before) and before[-1] not in ".!?:\n"


def _aside(doc: Doc, start: int, slots: _Slots, seen: dict[tuple[int, int], bool]) -> bool:
    """The name at ``start`` is the writer's own past or another company on purpose.

    ``seen`` remembers each sentence's verdict, so that a sentence holding many lead-ins
    is read once.
    """
    before = _fold(doc.norm[max(0, start - 40) : start]).split()[-4:]
    if any(" ".join(before[i:]).startswith(m) for m in slots.mine for i in range(len(before))):
        return True
    span = doc.sentence_at(start)
    verdict = seen.get(span)
    if verdict is None:
        sentence = _fold(doc.norm[span[0] : span[1]])
        verdict = seen[span] = slots.elsewhere.search(sentence) is not None
    return verdict


def company(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Another company's name where the draft speaks of the company it is written to.

    "The role at Contoso", "l'univers de la Maison Castel", "a squadra di Gruppo Tosi",
    written to someone else: the slip of a letter copied from another application. The
    places are data (``packs/root/company_slots.toml``); a name that shares most of its
    words with the situation's company (a short form of it) is the company itself.
    """
    situation = ctx.situation
    slots = _slots(ctx.language)
    if situation is None or slots is None:
        return
    name = _name(situation, "company")
    own = {t for t in _tokens(name) if t not in _SUFFIXES}
    if not own:
        return
    people = _known(
        [_name(situation, "candidate"), _title(situation)]
        + [c.name for c in getattr(situation, "contacts", ()) or () if isinstance(c.name, str)]
    )
    seen: dict[tuple[int, int], bool] = {}
    for lead, start, after in _places(doc, slots):
        org = _name_in(after, slots)
        if org is None or (not slots.capitalised_nouns and _in_title(doc.flat, lead)):
            continue
        words = {t for t in _tokens(org) if t not in _SUFFIXES}
        if not words or 2 * len(words & own) > len(words) or words <= people:
            continue
        if _aside(doc, lead, slots, seen):
            continue
        yield Hit(
            start=start,
            end=start + len(org),
            message=(
                f"May read as careless: {org!r} is not {name!r}, the company this message is for."
                if ctx.language == "en"
                else None
            ),
            suggestion=name,
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
