"""Topics and kindnesses as the user typed them, turned into phrases that fit the frames.

A user writes "her encouraging call after the second round" about the person the note is
for, "about the dbt migration", "the warm welcome". The frames say "our conversation about
…" for a topic and "thank you for …" for something the person *did*. This module, with
each locale's ``phrases.toml``:

* strips lead-ins that the frame already says ("about", "talking about");
* addresses the person: third-person possessives and objects become second person in
  the message's register ("her call" → "your call"), and a subject pronoun before a
  past-tense verb becomes "you" ("how she built the team" → "how you built the team");
  where the verb agrees with its subject, a subject pronoun that opens the phrase (or
  its first clause: "wie sie …", "comment elle …") is rewritten with its finite verb
  ("wie sie das Team aufgebaut hat" → "wie Sie das Team aufgebaut haben");
* tells a topic from an act: a phrase whose head is an act noun ("call", "welcome",
  "tip"), that starts with a helping verb ("finding", "calling"), or that names the
  candidate as object ("me") is thanked as an act, never called a conversation;
* notes what it cannot fix (a third-person subject it cannot rewrite), so that the
  message can warn the user.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

import attrs

from rejection_kit._toml import read_toml
from rejection_kit.language._data import package_file
from rejection_kit.language._grammar import grammar

__all__ = ["Phrase", "phrase"]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’]")


@attrs.frozen
class Phrase:
    """A phrase ready for a frame.

    Attributes:
        text: the phrase, addressed to the recipient.
        kind: ``"topic"`` (something discussed) or ``"act"`` (something they did).
        note: why it may still read oddly, or ``None``.
        theirs: the phrase tells what the reader did ("how you built the checks"): a
            frame about their view of it ("the way you think about …") does not fit.
    """

    text: str
    kind: Literal["topic", "act"]
    note: str | None = None
    theirs: bool = False


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
    #: Per register, third-person finite verbs and their form for the reader
    #: ("hat" → "haben" for Sie, "hast" for du).
    finite: dict[str, dict[str, str]]
    #: Words that open a clause ("wie", "comment"): a subject right after one of them at
    #: the start of the phrase is the person the phrase is about.
    clause_words: frozenset[str]
    #: Subjects that are noted only where they open the phrase ("sie" is also "they").
    quiet_subjects: frozenset[str]
    #: Languages that drop the subject ("cómo montó …"), per register: the third-person
    #: verb forms (or endings, "-ó") that cannot stand for the reader. One that opens the
    #: phrase's first clause is noted, never rewritten (its subject may follow it).
    dropped_subject: dict[str, tuple[str, ...]]
    #: Per register, the possessive that opens an act and its form for the reader.
    act_possessives: dict[str, dict[str, str]]


@functools.cache
def _rules(locale: str) -> _Rules | None:
    language = locale.split("_")[0]
    for name in (locale, language):
        source = package_file("locales", name, "phrases.toml")
        if source.is_file():
            data = read_toml(package_file("locales", name), "phrases.toml")
            return _Rules(
                lead_ins=tuple(sorted(data.get("lead_ins", []), key=len, reverse=True)),
                second_person={k: dict(v) for k, v in data.get("second_person", {}).items()},
                subjects=frozenset(data.get("subjects", [])),
                past_suffixes=tuple(data.get("past_suffixes", [])),
                past_irregular=frozenset(data.get("past_irregular", [])),
                act_nouns=frozenset(data.get("act_nouns", [])),
                act_verbs=frozenset(data.get("act_verbs", [])),
                objects=frozenset(data.get("objects", [])),
                finite={k: dict(v) for k, v in data.get("finite", {}).items()},
                clause_words=frozenset(data.get("clause_words", [])),
                quiet_subjects=frozenset(data.get("quiet_subjects", [])),
                dropped_subject={k: tuple(v) for k, v in data.get("dropped_subject", {}).items()},
                act_possessives={k: dict(v) for k, v in data.get("act_possessives", {}).items()},
            )
    return None


def _finite_verb(words: list[str], start: int, finite: dict[str, str]) -> int | None:
    """The index of the first finite verb from ``start`` (in German, at the clause's end)."""
    for j in range(start, len(words)):
        if words[j] in finite:
            return j
    return None


def _addressed(word: str, key: str, rules: _Rules) -> bool:
    """Whether ``word`` is already the reader's form in some register ("Sie", not "sie")."""
    return word != key and any(word == table.get(key) for table in rules.second_person.values())


def _third_person(word: str, forms: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``forms`` (a form, or an ending written "-ó")."""
    return any(word.endswith(f[1:]) if f.startswith("-") else word == f for f in forms)


def _case_like(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def phrase(text: str, *, locale: str, address: str = "formal", act: bool = False) -> Phrase:
    """Turn a topic (or, with ``act=True``, a kindness) into a phrase for a frame.

    >>> phrase("her encouraging call after the second round", locale="en").text
    'your encouraging call after the second round'
    >>> phrase("about the dbt migration", locale="en").text
    'the dbt migration'
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
    finite = rules.finite.get(address) or rules.finite.get("formal", {})
    words = list(_WORD.finditer(body))
    lowered = [m.group().casefold() for m in words]
    # A noun after an elided article counts as itself: "l'accueil" is "accueil".
    heads = [_ELIDED.sub("", w) for w in lowered[:4]]
    is_act = (
        act
        or bool(lowered and lowered[0] in rules.act_verbs)
        or any(w in rules.objects for w in lowered)
        or any(w in rules.act_nouns for w in heads)
    )
    # An act typed about the person opens with their possessive ("su llamada"): where
    # the register reads it otherwise (tú: "tu llamada"), it is theirs.
    leading = rules.act_possessives.get(address, {}) if is_act else {}
    verbs: dict[int, str] = {}  # finite verbs rewritten with their subject, by word index
    theirs = False  # a subject was rewritten: the phrase tells what the reader did
    pieces: list[str] = []
    done = 0
    note = None

    def third_person(word: str) -> str:
        # Not str.format on the typed text: it may hold braces ("{0}", "{x}").
        return (
            f"{text!r} speaks of its person in the third person ({word!r}); "
            "write it as you would say it to them"
        )

    for i, m in enumerate(words):
        word = m.group()
        key = lowered[i]
        replacement = verbs.get(i, mapping.get(key))
        if i == 0 and key in leading:
            replacement = leading[key]
        if (
            key in rules.subjects
            and _addressed(word, key, rules)
            and (i > 0 or _finite_verb(lowered, 1, finite) is None)
        ):
            replacement = None  # typed for the reader already: the polite "Sie"
        elif key in rules.subjects:
            opens = i == 0 or (i == 1 and lowered[0] in rules.clause_words)
            following = lowered[i + 1] if i + 1 < len(words) else ""
            verb = _finite_verb(lowered, i + 1, finite) if opens and key in mapping else None
            if verb is not None:
                verbs[verb] = finite[lowered[verb]]
            elif not (
                following in rules.past_irregular or following.endswith(rules.past_suffixes)
            ):
                replacement = None
                if opens or key not in rules.quiet_subjects:
                    note = third_person(word)
            theirs = theirs or replacement is not None
        if replacement is not None:
            pieces.append(body[done : m.start()])
            pieces.append(_case_like(replacement, word) if i == 0 else replacement)
            done = m.end()
    pieces.append(body[done:])
    rewritten = "".join(pieces)
    forms = rules.dropped_subject.get(address, ())
    if len(lowered) > 1 and lowered[0] in rules.clause_words and _third_person(lowered[1], forms):
        note = third_person(words[1].group())
    case = grammar(locale).case
    noun = case.lowercase_noun(rewritten) if case is not None and note is None else None
    if noun is not None:
        note = (
            f"{text!r}: {noun!r} reads as a noun typed in lower case; nouns are capitalised "
            f"in German ({noun[:1].upper() + noun[1:]!r})"
        )
    return Phrase(rewritten, "act" if is_act else "topic", note, theirs)
