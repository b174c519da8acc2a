"""Topics and kindnesses as the user typed them, turned into phrases that fit the frames.

A user writes "her encouraging call after the second round" about the person the note is
for, "about the dbt migration", "the warm welcome". The frames say "our conversation about
…" for a topic and "thank you for …" for something the person *did*. This module, with
each locale's ``phrases.toml``:

* strips lead-ins that the frame already says ("about", "talking about");
* addresses the person: third-person possessives and objects become second person in
  the message's register ("her call" → "your call"), and a subject pronoun before a
  past-tense verb becomes "you" ("how she built the team" → "how you built the team");
* tells a topic from an act: a phrase whose head is an act noun ("call", "welcome",
  "tip"), that starts with a helping verb ("finding", "calling"), or that names the
  candidate as object ("me") is thanked as an act, never called a conversation;
* notes what it cannot fix (a third-person subject it cannot rewrite), so that the
  message can warn the user.
"""

from __future__ import annotations

import functools
import re
import tomllib
from typing import Literal

import attrs

from rejection_kit.language._data import package_file
from rejection_kit.language._grammar import grammar

__all__ = ["Phrase", "phrase"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


@attrs.frozen
class Phrase:
    """A phrase ready for a frame.

    Attributes:
        text: the phrase, addressed to the recipient.
        kind: ``"topic"`` (something discussed) or ``"act"`` (something they did).
        note: why it may still read oddly, or ``None``.
    """

    text: str
    kind: Literal["topic", "act"]
    note: str | None = None


@attrs.frozen
class _Rules:
    lead_ins: tuple[str, ...]
    second_person: dict[str, dict[str, str]]
    subjects: frozenset[str]
    past_suffixes: tuple[str, ...]
    past_irregular: frozenset[str]
    act_nouns: frozenset[str]
    act_verbs: frozenset[str]
    objects: frozenset[str]


@functools.cache
def _rules(locale: str) -> _Rules | None:
    language = locale.split("_")[0]
    for name in (locale, language):
        source = package_file("locales", name, "phrases.toml")
        if source.is_file():
            data = tomllib.loads(source.read_text(encoding="utf-8"))
            return _Rules(
                lead_ins=tuple(sorted(data.get("lead_ins", []), key=len, reverse=True)),
                second_person={k: dict(v) for k, v in data.get("second_person", {}).items()},
                subjects=frozenset(data.get("subjects", [])),
                past_suffixes=tuple(data.get("past_suffixes", [])),
                past_irregular=frozenset(data.get("past_irregular", [])),
                act_nouns=frozenset(data.get("act_nouns", [])),
                act_verbs=frozenset(data.get("act_verbs", [])),
                objects=frozenset(data.get("objects", [])),
            )
    return None


def _case_like(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def phrase(text: str, *, locale: str, address: str = "formal", act: bool = False) -> Phrase:
    """Turn a topic (or, with ``act=True``, a kindness) into a phrase for a frame.

    >>> phrase("her encouraging call after the second round", locale="en")
    Phrase(text='your encouraging call after the second round', kind='act', note=None)
    >>> phrase("about the dbt migration", locale="en")
    Phrase(text='the dbt migration', kind='topic', note=None)
    >>> phrase("how she built the data team", locale="en").text
    'how you built the data team'
    """
    rules = _rules(locale)
    if rules is None:
        return Phrase(text, "act" if act else "topic")
    body = text.strip()
    folded = body.casefold()
    for lead in rules.lead_ins:
        if folded.startswith(lead + " ") and len(body) > len(lead) + 1:
            body = body[len(lead) + 1 :].lstrip()
            break
    mapping = rules.second_person.get(address) or rules.second_person.get("formal", {})
    words = list(_WORD.finditer(body))
    pieces: list[str] = []
    done = 0
    note = None
    for i, m in enumerate(words):
        word = m.group()
        key = word.casefold()
        replacement = mapping.get(key)
        if key in rules.subjects:
            following = words[i + 1].group().casefold() if i + 1 < len(words) else ""
            if following in rules.past_irregular or following.endswith(rules.past_suffixes):
                replacement = mapping.get(key)
            else:
                replacement = None
                note = (
                    f"{text!r} speaks of its person in the third person ({word!r}); "
                    "write it as you would say it to them"
                )
        if replacement is not None:
            pieces.append(body[done : m.start()])
            pieces.append(_case_like(replacement, word) if i == 0 else replacement)
            done = m.end()
    pieces.append(body[done:])
    rewritten = "".join(pieces)
    lowered = [m.group().casefold() for m in words]
    is_act = (
        act
        or bool(lowered and lowered[0] in rules.act_verbs)
        or any(w in rules.objects for w in lowered)
        or any(w in rules.act_nouns for w in lowered[:4])
    )
    case = grammar(locale).case
    noun = case.lowercase_noun(rewritten) if case is not None and note is None else None
    if noun is not None:
        note = (
            f"{text!r}: {noun!r} reads as a noun typed in lower case; nouns are capitalised "
            f"in German ({noun[:1].upper() + noun[1:]!r})"
        )
    return Phrase(rewritten, "act" if is_act else "topic", note)
