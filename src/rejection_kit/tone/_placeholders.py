"""Leftover template placeholders, and filling them from the situation."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from importlib import resources
from typing import Any

from rejection_kit._toml import read_toml
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Edit, Hit

__all__ = ["PLACEHOLDER", "fill_value", "placeholders", "situation_spans"]

_TEMPLATE_WORDS = (
    r"title|name|first name|last name|full name|your name|company|company name|job title"
    r"|position|role|date|recruiter|hiring manager|interviewer|manager|contact|team"
)
# An instruction to the writer left in brackets: "(mention something from the 2nd
# interview here)", "(Namen einfügen)", "(à compléter)", in the shipped languages.
_INSTRUCTION_START = (
    r"insert|mention|describe|fill in|personali[sz]e|customi[sz]e|include|specify"
    r"|add(?! (?:me|us)\b)|insérer|mentionner|préciser|insertar|mencionar|inserire"
    r"|menzionare|citare|invoegen|noemen|inserir|citar"
    r"|poner|añadir|agregar|incluir|colocar|ajouter|indiquer|aggiungere|adicionar"
)
# A word a writer puts before such an instruction: "(maybe add something here about …?)".
_INSTRUCTION_LEAD = (
    r"maybe|perhaps|possibly|todo:?|nb:?|note:?|vielleicht|evtl\.?|peut-être"
    r"|magari|eventualmente|quizás|quizá|talvez|misschien"
)
_INSTRUCTION_END = (
    r"einfügen|ergänzen|eintragen|nennen|anpassen|einbauen|erwähnen|à compléter|à préciser"
    r"|à adapter|completar|da completare|da inserire|invullen|invoegen|aanvullen|preencher"
)
# "(nombre del departamento)", "(nom de l'entreprise)", "(name of the hiring manager)".
_NAME_OF = (
    r"(?:nombre|apellido|nom|prénom|naam|nome|cognome|sobrenome|vorname|nachname|name)"
    r" (?:del|de la|de l'|de|do|da|dos|das|of the|of|der|des|van de|van het|van|di|della"
    r"|dello|dell'|du|d')\s?[^\W\d_][\w'-]*(?: [^\W\d_][\w'-]*)?"
)
_INSTRUCTION = (
    rf"(?:(?:{_INSTRUCTION_LEAD})\s+)?(?:{_INSTRUCTION_START})\b[^()\n]{{0,80}}"
    # the instruction's verb last, or before a second thought: "(hier noch das Thema
    # einbauen, irgendwas mit Übergangsfristen?)"
    rf"|[^()\n]{{0,60}}\b(?:{_INSTRUCTION_END})(?:,[^()\n]{{0,50}})?"
)
_HONORIFIC = r"(?:Mr|Ms|Mrs|Miss|Mx|Dr)\.?"
PLACEHOLDER = re.compile(
    r"\[(?P<square>[^\[\]\n]{1,60})\](?!\()"
    r"|\{\{(?P<double>[^{}\n]{1,60})\}\}"
    r"|\{(?P<curly>[^{}\n]{1,60})\}"
    r"|<<(?P<angle>[^<>\n]{1,60})>>"
    r"|<(?P<upper>[A-Z][A-Z_ ]{1,40})>"
    r"|<(?P<lower>[^\W\d_][^<>\n]{1,30})>"
    r"|\b(?:TODO|FIXME|TKTK)\b"
    # a date left to fill in: "el día __/__", "het gesprek van ../.."
    r"|(?<![\w.])(?:_{2,}|\.\.) ?/ ?(?:_{2,}|\.\.)(?: ?/ ?(?:_{2,}|\.{2,4}))?(?![\w.])"
    r"|_{3,}"
    r"|\bX{2,}\b"
    rf"|\((?=[A-Za-z])(?P<paren>(?i:{_TEMPLATE_WORDS}|{_NAME_OF}))\)"
    # a field in capitals joined by underscores: "INTERVIEWER_NAME", "COMPANY_NAME"
    r"|(?<![\w@./-])(?P<snake>[A-Z]{2,}(?:_[A-Z0-9]{2,})+)(?![\w@])"
    rf"|\((?P<instruction>(?i:{_INSTRUCTION}))\)"
    r"|^[ \t]*(?P<line>Your (?:Full )?Name|First Last|Firstname Lastname)[ \t]*$"
    rf"|\b{_HONORIFIC}/{_HONORIFIC}(?:/{_HONORIFIC})*",
    re.MULTILINE,
)
# Every placeholder contains one of these; most messages contain none of them.
_MARKERS = (
    *("[", "{", "<", "__", "_", "../", ".. /", "(", "/"),
    *("TODO", "FIXME", "TKTK", "XX", "Name", "Last"),
)
# A message whose only markers are brackets, slashes and single underscores (a link, an
# aside, an address) holds a placeholder only if one of these finds one; each starts
# with a literal or a short list of words, which ``re`` finds far faster than the whole
# alternation.
_COMMON_MARKERS = frozenset({"(", "/", "_"})
_PAREN = re.compile(
    rf"\((?=[A-Za-z])(?i:{_TEMPLATE_WORDS}|{_NAME_OF})\)"
    rf"|\((?i:{_INSTRUCTION})\)"
)
_SLASHED = re.compile(rf"{_HONORIFIC}/")
_SNAKE = re.compile(r"[A-Z]{2}_[A-Z0-9]{2}")
# Bracketed text that is not a placeholder: footnote marks and editorial marks.
_NOT_PLACEHOLDER = re.compile(r"\d+|sic|\.\.\.|\u2026|x| ", re.IGNORECASE)


# Words that name a field to fill ("[Company Name]", "[Vorname]"), from the root pack.
# Its "topics" ("projet", "tema") name a field only in a field's capitals ("PROJET_EVOQUE"):
# in brackets they are an aside as often ("[see project page]").
@functools.cache
def _field_words(*, topics: bool = False) -> frozenset[str]:
    lists = read_toml(resources.files("rejection_kit.tone.packs") / "root", "field_words.toml")
    return frozenset(
        word for key, words in lists.items() if topics or key != "topics" for word in words
    )


# Spans that show a template rather than leave one: code marks and quotations. A draft
# may discuss `{{ order.total }}` or quote a mail merge's "Hi {first_name}," on purpose.
_SHOWN = re.compile(
    r"`[^`\n]{1,200}`|“[^”\n]{1,200}”|„[^“”\n]{1,200}[“”]|«[^»\n]{1,200}»"
    r'|"[^"\n]{1,200}"|‘[^‘’\n]{1,200}’'
)
# Template code rather than a field left unfilled: "{{ order.total }}", "{{ name|upper }}".
_CODE = re.compile(r"[.|()]")


def _field_word(label: str) -> bool:
    """Whether a label in angle brackets is a field to fill: "<bedrijfsnaam>", "<name>"."""
    words = re.findall(r"[^\W\d_]+", label.casefold())
    return (
        bool(words)
        and len(words) <= 4
        and any(
            w in _field_words() or any(w.endswith(f) for f in _field_words() if len(f) > 3)
            for w in words
        )
    )


def _field_label(label: str) -> bool:
    """Whether a bracketed label names a field to fill ("[Company Name]", "[Vorname]"),
    not an editorial note ("[see attached]", "[siehe Anhang]")."""
    words = re.findall(r"[^\W\d_]+", label)
    if not words:
        return False
    if any(w.casefold() in _field_words() for w in words) or label.isupper():
        return True
    if re.search(r"\w\s?[/|]\s?\w", label):  # alternatives left to choose from
        return True
    return len(words) <= 4 and all(w[:1].isupper() for w in words)


def _one(contacts: Any, role: str) -> str | None:
    names = [c.name for c in contacts if getattr(c, "role", None) == role]
    return names[0] if len(names) == 1 else None


def fill_value(label: str, situation: Any) -> str | None:
    """The situation's value for a placeholder label, or ``None`` if unclear.

    >>> from rejection_kit.tone.packs._sample import SAMPLE_SITUATION
    >>> fill_value("Company Name", SAMPLE_SITUATION)
    'Northwind Analytics'
    >>> fill_value("Name", SAMPLE_SITUATION) is None
    True
    """
    if situation is None:
        return None
    key = label.casefold()
    contacts = getattr(situation, "contacts", ()) or ()
    value: str | None = None
    if "your" in key or "my name" in key or "candidate" in key:
        value = getattr(getattr(situation, "candidate", None), "name", None)
    elif "hiring manager" in key:
        value = _one(contacts, "hiring_manager")
    elif "recruiter" in key:
        value = _one(contacts, "recruiter")
    elif "interviewer" in key:
        value = _one(contacts, "interviewer")
    elif any(w in key for w in ("company", "organisation", "organization", "employer")):
        value = getattr(getattr(situation, "company", None), "name", None)
    elif any(w in key for w in ("title", "position", "role", "job")):
        value = getattr(getattr(situation, "position", None), "title", None)
    if not isinstance(value, str) or not value or PLACEHOLDER.search(value):
        return None
    return value


def _situation_values(situation: Any) -> list[str]:
    """Every text value of a situation: a company called "Acme [EU]" is not a placeholder."""
    if situation is None:
        return []
    values = [
        getattr(getattr(situation, "candidate", None), "name", None),
        getattr(getattr(situation, "company", None), "name", None),
        getattr(getattr(situation, "position", None), "title", None),
        getattr(getattr(situation, "position", None), "team", None),
    ]
    for contact in getattr(situation, "contacts", ()) or ():
        values += [contact.name, getattr(contact, "title", None), *getattr(contact, "topics", ())]
    for offer in getattr(situation, "offers", ()) or ():
        values += [getattr(offer, f, None) for f in ("topic", "title", "person", "about", "url")]
    return [v for v in values if isinstance(v, str) and v]


class _Spans:
    """Where the situation's values occur in a text: asks "is this span inside one?".

    Spans are sorted by start with a running maximum of their ends, so each question
    costs a bisection, however often a short value (a company called "a") occurs.
    """

    def __init__(self, text: str, values: list[str]) -> None:
        spans = []
        for value in values:
            at = text.find(value)
            while at >= 0:
                spans.append((at, at + len(value)))
                at = text.find(value, at + 1)
        spans.sort()
        self._starts = [s for s, _ in spans]
        self._reach: list[int] = []
        furthest = -1
        for _, end in spans:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    @classmethod
    def of(cls, matches: Iterator[re.Match[str]]) -> _Spans:
        """The spans of ``matches``."""
        spans = cls("", [])
        found = sorted(m.span() for m in matches)
        spans._starts = [s for s, _ in found]
        furthest = -1
        for _, end in found:
            furthest = max(furthest, end)
            spans._reach.append(furthest)
        return spans

    def cover(self, start: int, end: int) -> bool:
        """Whether some value's occurrence contains ``[start, end)``."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


def situation_spans(doc: Doc, situation: Any) -> _Spans:
    """Where the situation's own values occur in the draft, found once per draft."""
    spans = doc.cache.get("situation values")
    if spans is None:
        spans = doc.cache["situation values"] = _Spans(doc.text, _situation_values(situation))
    assert isinstance(spans, _Spans)
    return spans


def placeholders(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Template tokens left in the text; filled from the situation when it is clear.

    Text that is one of the situation's own values is never a placeholder.
    """
    yield from _templated(doc, ctx)
    yield from _fields_in_capitals(doc, ctx)


# A word in capitals alone, neither an address, a path nor a run of capitals (which
# shouts), and a mail merge's "%FIELD%": "an TELEFONNUMMER", "Team von FIRMENNAME".
_CAPITALS = re.compile(
    r"(?<![\w@./%-])(?<![A-ZÄÖÜÀ-Ý] )[A-ZÄÖÜÀ-Ý]{5,}(?![\w@%-])(?! [A-ZÄÖÜÀ-Ý]{2})"
    r"|%[A-Za-z_]{2,40}%"
)
_TWO_UPPER = re.compile(r"[A-ZÄÖÜÀ-Ý]{2}")


def _names_a_field(word: str) -> bool:
    # The word is a field word, or a compound of one with another word of three letters
    # or more ("FIRMENNAME", "TELEFONNUMMER", "TEAMLEAD"), never a field word and a letter
    # or two ("DATEV").
    low = word.casefold()
    fields = _field_words(topics=True)
    return low in fields or any(
        low[:k] in fields or low[-k:] in fields for k in range(4, len(low) - 2)
    )


def _fields_in_capitals(doc: Doc, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    if not _TWO_UPPER.search(text) and "%" not in text:
        return
    values: _Spans | None = None
    shown: _Spans | None = None
    for m in _CAPITALS.finditer(text):
        word = m.group().strip("%")
        if not _names_a_field(word):
            continue
        if values is None or shown is None:
            values = situation_spans(doc, ctx.situation)
            shown = _Spans.of(_SHOWN.finditer(text))
        if values.cover(m.start(), m.end()) or shown.cover(m.start(), m.end()):
            continue  # the situation's own value, or code and quotations shown on purpose
        yield Hit(start=m.start(), end=m.end())


def _templated(doc: Doc, ctx: Context) -> Iterator[Hit]:
    text = doc.text
    markers = {marker for marker in _MARKERS if marker in text}
    if not markers:
        return  # nothing any placeholder pattern could start with
    if markers <= _COMMON_MARKERS and not (
        ("(" in markers and _PAREN.search(text))
        or ("/" in markers and _SLASHED.search(text))
        or ("_" in markers and _SNAKE.search(text))
    ):
        return  # brackets, slashes, underscores, but no field, "Mr/Ms" or "COMPANY_NAME"
    values: _Spans | None = None
    shown: _Spans | None = None
    for m in PLACEHOLDER.finditer(text):
        if values is None:
            values = situation_spans(doc, ctx.situation)
            shown = _Spans.of(_SHOWN.finditer(text))
        if values.cover(m.start(), m.end()) or (shown and shown.cover(m.start(), m.end())):
            continue
        label = m.group("square")
        if label is not None and (_NOT_PLACEHOLDER.fullmatch(label) or not _field_label(label)):
            continue
        lower = m.group("lower")
        if lower is not None and not _field_word(lower):
            continue  # "<br>", "<3", a quoted address: only "<bedrijfsnaam>"-like fields
        snake = m.group("snake")
        if snake is not None and not any(
            w.casefold() in _field_words(topics=True) for w in snake.split("_")
        ):
            continue  # "MAX_RETRIES" is a constant in code; "INTERVIEWER_NAME" a field
        code = m.group("double") or m.group("curly")
        if code is not None and (_CODE.search(code) or code.startswith("%")):
            continue  # template code ("{{ x.y }}", "{% if ... %}"), not a field left empty
        for group in (
            "double",
            "curly",
            "angle",
            "upper",
            "lower",
            "paren",
            "snake",
            "instruction",
            "line",
        ):
            label = label or m.group(group)
        start, end = m.span()
        if m.group("line"):
            start, end = m.span("line")
        value = fill_value(label.strip(), ctx.situation) if label else None
        fix = Edit(start=start, end=end, replacement=value, safety="safe") if value else None
        yield Hit(start=start, end=end, suggestion=value, fix=fix)
