"""German checks: Sie and du mixed in one message."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["mixed_address"]

# The polite pronouns are capitalised; at the start of a sentence "Sie" and "Ihr" may
# equally mean "they" or "her", so only a capital form inside a sentence counts.
# (Each pattern starts with its first letter and tests the word boundary just after it:
# ``re`` then skips to the candidate letters instead of trying every position.)
_FORMAL = re.compile(r"S(?<=\bS)ie\b|I(?<=\bI)(?:hnen|hr|hre|hrem|hren|hrer|hres)\b")
# du, dich, dir, dein..., euch, euer, eure...: informal in any case and position ("ihr"
# is left out: it is also "her" and "their").
_INFORMAL = re.compile(
    r"[Dd](?<=\b[Dd])(?:u|ich|ir|ein(?:e|em|en|er|es)?)\b"
    r"|[Ee](?<=\b[Ee])(?:uch|uer|ur(?:e|em|en|er|es))\b"
)
_LEAD = " \t\"'\u201e\u201c\u00bb\u00ab(\u2013\u2014-"


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _LEAD:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n"


def _names(situation: Any) -> list[str]:
    # Names the user typed (a company "Café du Monde", a team, a role) are not address.
    found: list[str] = []
    for owner, attr in (("company", "name"), ("position", "title"), ("position", "team")):
        value = getattr(getattr(situation, owner, None), attr, None)
        if isinstance(value, str) and value:
            found.append(value)
    for contact in getattr(situation, "contacts", ()) or ():
        found += [v for v in (getattr(contact, "name", None),) if isinstance(v, str) and v]
    return found


def _in_names(text: str, names: list[str], start: int, end: int) -> bool:
    for name in names:
        at = text.find(name, max(0, start - len(name)), end + len(name))
        while at != -1 and at < end:
            if at <= start and end <= at + len(name):
                return True
            at = text.find(name, at + 1, end + len(name))
    return False


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Sie and du in one message: flags the forms of the rarer register."""
    text = doc.norm
    names = _names(ctx.situation) if ctx.situation is not None else []

    def counts(m: re.Match[str]) -> bool:
        start, end = m.start(), m.end()
        return not doc.in_quote(start, end) and not _in_names(text, names, start, end)

    # The informal forms first: most letters have none, and then nothing else is needed.
    informal = [m for m in _INFORMAL.finditer(text) if counts(m)]
    if not informal:
        return
    formal = [
        m for m in _FORMAL.finditer(text) if not _sentence_start(text, m.start()) and counts(m)
    ]
    if not formal:
        return
    odd, usual = (formal, "du") if len(formal) < len(informal) else (informal, "Sie")
    for m in odd:
        yield Hit(
            start=m.start(),
            end=m.end(),
            message=f"May read as inconsistent: {m.group()!r} in a message that says {usual!r}.",
        )
