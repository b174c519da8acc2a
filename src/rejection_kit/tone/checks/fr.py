"""French checks: vous and tu mixed in one message (collective vous excepted)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["mixed_address"]

# The forms of tu: subject, object and stressed pronouns ("peux-tu", "toi-même"),
# possessives, and t' before a vowel ("t'écrire"), but not the "-t-" of "a-t-il".
_TU = re.compile(
    r"(?<![\w'])(?:tu|te|toi|ton|ta|tes|tien|tienne|tiens|tiennes)(?![\w'])"
    r"|(?<![\w-])t'(?=[^\W\d_])",
    re.IGNORECASE,
)
# The forms of vous: pronoun ("pourriez-vous", "vous-même") and possessives.
_VOUS = re.compile(r"(?<![\w'])(?:vous|votre|vos|vôtre|vôtres)(?![\w'])", re.IGNORECASE)
# "ton" and "tiens" are also a noun ("le ton du message") and a verb or interjection
# ("je tiens à", "Tiens,"): the word before tells them apart.
_NOUN_BEFORE = frozenset(
    {"le", "un", "du", "au", "ce", "mon", "son", "leur", "quel", "même", "bon"}
)
_VERB_BEFORE = frozenset({"je", "j'", "tu", "il", "elle", "on"})
# A vous that addresses several people is not a polite vous: "vous tous", "vous deux",
# or a sentence that also says "toi et ..." / "... et toi".
# Verbs in the second person plural ("n'hésitez pas", "Transmettez", "pourriez") say vous
# without the pronoun; a capitalised word inside a sentence is a name ("Gomez"), and a few
# words merely end like one.
_EZ = re.compile(r"(?<!\w)\w{2,}ez(?![\w'])")
_NOT_VERBS = frozenset({"chez", "assez", "nez", "rez", "lez"})
# A sentence (or line) ends before only white space; the last line break stands for any
# before it, so no blank is read by two attempts.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;«\"]|\b[Nn]'|\n)[^\S\n]*$")
_COLLECTIVE_AFTER = re.compile(
    r"(?<!\s)\s*(?:-\s*)?(?:tous|toutes|deux|trois|quatre|autres)\b", re.IGNORECASE
)
_COLLECTIVE_SENTENCE = re.compile(r"\b(?:toi|te|t') et\b|\bet (?:à )?toi\b", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"(?<!\w)(\w+'?|')\s*$")


def _names(ctx: Context) -> frozenset[str]:
    """Capitalised words of the people's names, which may look like a pronoun ("Ta")."""
    situation: Any = ctx.situation
    if situation is None:
        return frozenset()
    names: list[str] = []
    candidate = getattr(situation, "candidate", None)
    if candidate is not None and getattr(candidate, "name", None):
        names.append(candidate.name)
    names += [c.name for c in getattr(situation, "contacts", ()) or () if getattr(c, "name", None)]
    return frozenset(w for n in names for w in re.findall(r"\w+", n))


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, start - 20) : start])
    return m.group(1).lower() if m else ""


def _tu_forms(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    for m in _TU.finditer(doc.norm):
        word = m.group()
        if word in names or doc.in_quote(m.start(), m.end()):
            continue
        lower = word.lower()
        before = _previous_word(doc.norm, m.start())
        if lower == "ton" and before in _NOUN_BEFORE:
            continue
        if lower == "tiens" and (before in _VERB_BEFORE or word == "Tiens"):
            continue
        if lower in {"tien", "tienne", "tiennes"} and before not in {"le", "la", "les"}:
            continue
        found.append((m.start(), m.end()))
    return found


def _vous_forms(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    memo: dict[tuple[int, int], bool] = {}
    for m in _EZ.finditer(doc.norm):
        word = m.group()
        if word.lower() in _NOT_VERBS or word in names or doc.in_quote(m.start(), m.end()):
            continue
        if word[0].isupper() and not _SENTENCE_END.search(
            doc.norm, max(0, m.start() - 8), m.start()
        ):
            continue
        if _collective(doc, m.start(), memo):
            continue
        found.append((m.start(), m.end()))
    for m in _VOUS.finditer(doc.norm):
        if doc.in_quote(m.start(), m.end()):
            continue
        if m.group().lower() == "vous":
            if _COLLECTIVE_AFTER.match(doc.norm, m.end()):
                continue
            if _collective(doc, m.start(), memo):
                continue
        found.append((m.start(), m.end()))
    return sorted(found)


def _collective(doc: Doc, offset: int, memo: dict[tuple[int, int], bool]) -> bool:
    # Once per sentence: a long sentence full of "vous" is searched once, not per word.
    span = doc.sentence_at(offset)
    hit = memo.get(span)
    if hit is None:
        hit = memo[span] = _COLLECTIVE_SENTENCE.search(doc.norm, *span) is not None
    return hit


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Flag the forms of the less used register when one message has both vous and tu."""
    names = _names(ctx)
    tu = _tu_forms(doc, names)
    if not tu:
        return  # most letters: nothing to compare, and the vous forms cost the most
    vous = _vous_forms(doc, names)
    if not vous:
        return
    minority, other = (vous, "tu") if len(vous) < len(tu) else (tu, "vous")
    for start, end in minority:
        yield Hit(
            start=start,
            end=end,
            suggestion=f"Use {other} throughout: the rest of the message says {other}.",
        )
