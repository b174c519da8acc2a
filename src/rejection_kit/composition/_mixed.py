"""Warnings for fields typed in another language than the message quotes them in."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from babel import Locale

from rejection_kit.language._detect import foreign, shipped_locale
from rejection_kit.model import Contact, Situation, Update

_WORD = re.compile(r"\w{5,}")


def quoted_fields(
    situation: Situation, recipient: Contact | None, update: Update | None
) -> Iterator[tuple[str, str]]:
    """The free-text values a message to ``recipient`` may quote, with their paths."""
    if recipient is not None:
        where = f"contacts[{situation.contacts.index(recipient)}]"
        for i, text in enumerate(recipient.topics[:1]):
            yield f"{where}.topics[{i}]", text
        for i, text in enumerate(recipient.kindnesses[:1]):
            yield f"{where}.kindnesses[{i}]", text
        for i, offer in enumerate(situation.offers):
            if offer.for_ == recipient.name:
                if offer.topic:
                    yield f"offers[{i}].topic", offer.topic
                if offer.about:
                    yield f"offers[{i}].about", offer.about
    if situation.rejection is not None:
        for i, text in enumerate(situation.rejection.feedback_points):
            yield f"rejection.feedback_points[{i}]", text
    if situation.candidate.plan:
        yield "candidate.plan", situation.candidate.plan
    if update is not None:
        yield "update.text", update.text


def _quoted(value: str, text: str) -> bool:
    """Whether ``text`` carries ``value`` (by its longer words: frames may reword it)."""
    words = _WORD.findall(value.casefold())
    folded = text.casefold()
    return bool(words) and sum(w in folded for w in words) * 2 >= len(words)


@functools.lru_cache(maxsize=64)
def _name(language: str) -> str:
    return Locale.parse(language).get_display_name("en") or language


def _note(path: str, value: str, other: str, locale: str, then: str) -> str:
    own = _name(locale.split("_")[0])
    return f"{path}: {value!r} reads as {_name(other)}, but the message is in {own}; {then}"


def left_out(path: str, value: str, locale: str) -> str | None:
    """Why a value the message could do without is left out of it, when it is clearly in
    another language ("the warm welcome" in a German note): a generic sentence reads
    better than one that switches language mid-way. None when it is in the message's."""
    other = foreign(value, locale)
    if other is None:
        return None
    own = _name(locale.split("_")[0])
    return _note(
        path,
        value,
        other,
        locale,
        f"it is left out of the message (type it in {own} to have it said)",
    )


def mixed_language_notes(fields: Iterator[tuple[str, str]], text: str, locale: str) -> list[str]:
    """A note for each field the message quotes that is clearly in another language."""
    notes = []
    for path, value in fields:
        other = foreign(value, locale)
        if other is not None and _quoted(value, text):
            own = _name(locale.split("_")[0])
            then = f"type it in {own} so that the letter does not switch language mid-sentence"
            notes.append(_note(path, value, other, locale, then))
    return notes


def received_language_note(situation: Situation, locale: str) -> str | None:
    """A note when the rejection the candidate received is clearly in another language
    than the reply: a Spanish e-mail read with ``Situation.from_email`` and answered
    without ``locale=`` gets an English reply. The feedback tells when there is some;
    else the subject, without the job title and the company's name, which are often
    English in any language ("Key Account Manager – Sector Retail")."""
    rejection = situation.rejection
    if rejection is None:
        return None
    if rejection.feedback:
        path, value = "rejection.feedback", rejection.feedback
        judged = value
    elif rejection.subject:
        path, value = "rejection.subject", rejection.subject
        judged = value
        for name in (situation.position.title, situation.company.name):
            judged = re.sub(re.escape(name), " ", judged, flags=re.IGNORECASE)
    else:
        return None
    other = foreign(judged, locale)
    if other is None:
        return None
    then = (
        f"if the company wrote in {_name(other)}, "
        f"pass locale={shipped_locale(other)!r} to reply in it"
    )
    return _note(path, value if len(value) <= 60 else value[:57] + "...", other, locale, then)
