"""The words that mark each part and fact of a rejection e-mail, per language, as data.

``cues/<language>.toml`` lists, for one language, the phrases of a reply header, a
closing formula, a position ("for the position of …"), an invitation to apply again, and
so on. :func:`cues` merges every language into one set of patterns: e-mails switch
language (an English job title in a German letter, a French quote header under an
English reply), and a phrase of one language almost never means something else in
another.

Phrases are literal text, case-insensitive, with these wildcards: ``{title}`` /
``{company}`` capture a run of words, ``{quoted:title}`` text in quotes, ``{n}`` a number
(digits or a word of ``numbers``), ``{gap}`` up to three words ("erneut {gap} bewerben"
finds "erneut bei uns bewerben"), and a ``*`` at the end of a word any ending
("bewerb*").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources

import attrs

from rejection_kit._toml import read_toml

LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr", "it", "nl", "pt")

#: A captured title or company: greedy up to a line or clause end; the extractor trims it
#: at connectors ("… at Acme", "… bei Acme") and separators (" – ", " | "). The full stop
#: of "Sr." and "Jr." does not end it ("Analista de Datos Sr. - Remoto").
_CAPTURE = r"(?P<{0}>[^\s.,;:!?\"“”«»\n](?:[^.,;:!?\"“”«»\n]|(?<=\b[SJ]r)\.){{0,118}})"
_QUOTED = r"[\"“„«‘'](?P<{0}>[^\"“”«»\n]{{2,120}}?)[\"”“»’']"


def _phrase(text: str, numbers: Iterable[str]) -> str:
    """A literal phrase with ``{title}``, ``{quoted:title}``, ``{n}`` wildcards as a regex."""
    out: list[str] = []
    after_gap = False
    for piece in re.split(r"(\{[a-z:]+\})", text):
        if after_gap:  # the gap ends with the spaces before the next word
            piece = piece.lstrip()
        after_gap = piece == "{gap}"
        if piece == "{end}":  # the word ends: "requis{end}" is not "Requisition"
            out.append(r"(?!\w)")
        elif piece == "{gap}":
            out.append(r"(?:[^\W\d_][\w'-]{0,30}\s+){0,3}")
        elif piece.startswith("{quoted:"):
            out.append(_QUOTED.format(piece[8:-1]))
        elif piece == "{n}":
            words = "|".join(sorted((re.escape(w) for w in numbers), key=len, reverse=True))
            out.append(rf"(?P<n>\d{{1,2}}|{words})" if words else r"(?P<n>\d{1,2})")
        elif piece.startswith("{"):
            out.append(_CAPTURE.format(piece[1:-1]))
        else:
            literal = re.sub(r"(?:\\ )+", r"\\s+", re.escape(piece))
            out.append(re.sub(r"\\\*(?=\\s\+|$)", r"\\w*", literal))
    return "".join(out)


def _literal(phrase: str) -> str:
    """The longest literal piece of a phrase, case-folded: a pattern runs only where it is."""
    pieces = re.split(r"\{[a-z:]+\}|\*", phrase)
    return max((" ".join(p.split()).casefold() for p in pieces), key=len)


def _union(phrases: Iterable[str], numbers: Iterable[str] = (), *, line: bool = False) -> str:
    alternatives = sorted({_phrase(p, numbers) for p in phrases}, key=len, reverse=True)
    if not alternatives:
        return r"(?!x)x"
    body = "|".join(f"(?:{a})" for a in alternatives)
    return rf"^(?:{body})" if line else rf"(?<!\w)(?:{body})"


#: Languages that write job titles in lower case ("chef de projet", "ingeniero de datos").
_LOWER_TITLES = frozenset({"fr", "es", "it", "pt"})


@attrs.frozen
class Phrase:
    """One phrase with a capture: the literal it needs, its pattern, and whether what it
    captures may start in lower case (titles in French, Spanish, Italian, Portuguese)."""

    literal: str
    pattern: re.Pattern[str]
    lower: bool


@attrs.frozen
class Cues:
    """The compiled cues of every language."""

    closing: re.Pattern[str]
    closing_word: re.Pattern[str]
    header_from: frozenset[str]
    header_sent: frozenset[str]
    header_subject: frozenset[str]
    #: A forwarded header block's date fields ("Date:", "Datum:", "Enviado el:").
    header_date: frozenset[str]
    original_line: re.Pattern[str]
    forward_line: re.Pattern[str]
    wrote_line: re.Pattern[str]
    wrote_start: re.Pattern[str]
    position: tuple[Phrase, ...]
    company: tuple[Phrase, ...]
    interview: re.Pattern[str]
    #: Before "on behalf of": a system sent the e-mail ("sent via Workday on behalf of").
    system_sent: re.Pattern[str]
    #: A sentence that names an interview to say there was none.
    not_interview: re.Pattern[str]
    not_final: re.Pattern[str]
    final: re.Pattern[str]
    finalist: re.Pattern[str]
    feedback: re.Pattern[str]
    #: A sentence that adds to the feedback before it: "Außerdem …", or an "also" or
    #: "moreover" among its first words ("They also mentioned …", "Nel case study,
    #: inoltre, …").
    feedback_more: re.Pattern[str]
    not_feedback: re.Pattern[str]
    #: A sentence that suggests another opening ("… tiene abierta una vacante de …"): its
    #: title is not the position lost, and the suggestion is no feedback.
    other_opening: re.Pattern[str]
    #: A word that turns a sentence from praise to its reason ("…, but we needed …"):
    #: the praise before it does not keep what follows from being feedback.
    contrast: re.Pattern[str]
    #: Words of a line that announces a list of feedback ("… die zwei Punkte …:") when no
    #: reason cue does.
    points: re.Pattern[str]
    reapply: re.Pattern[str]
    not_reapply: re.Pattern[str]
    #: A word that sends an invitation back to the sentence before it, which says when
    #: ("Over een half jaar breiden we uit. Solliciteer dan gerust …").
    then: re.Pattern[str]
    months: tuple[tuple[re.Pattern[str], int], ...]
    #: Words right before a time that make it a duration ("for the next year").
    duration_before: re.Pattern[str]
    numbers: Mapping[str, int]
    #: Words that deny what follows in their clause ("won't", "não", "niet").
    negation: re.Pattern[str]
    #: Words right after a final round that give it to others ("… a la terna final con
    #: otros tres perfiles", "… to the final round with other candidates").
    with_others: re.Pattern[str]
    #: Words before an interview that make it a later round ("een tweede gesprek"): one
    #: denied means an earlier one was held.
    later_round: re.Pattern[str]
    agency: re.Pattern[str]
    #: The employer spoken of in the third person ("they have decided"): an agency's
    #: words, and an in-house recruiter's too; an agency only with a client named.
    agency_weak: re.Pattern[str]
    agency_names: re.Pattern[str]
    #: A name that is only departments ("HR – Recruitment & Employer Branding").
    department: re.Pattern[str]
    internal: re.Pattern[str]
    no_reply: re.Pattern[str]
    footer: re.Pattern[str]
    titles: re.Pattern[str]
    title_words: re.Pattern[str]
    connectors: tuple[str, ...]


def _load(language: str) -> dict[str, object]:
    return read_toml(resources.files("rejection_kit.intake") / "cues", f"{language}.toml")


def _all(tables: Iterable[Mapping[str, object]], key: str) -> list[str]:
    out: list[str] = []
    for table in tables:
        value = table.get(key, [])
        assert isinstance(value, list), key
        out.extend(str(v) for v in value)
    return out


@functools.cache
def cues() -> Cues:
    """The cues of all languages, compiled once."""
    tables = [_load(lang) for lang in LANGUAGES]
    numbers: dict[str, int] = {}
    for table in tables:
        found = table.get("numbers", {})
        assert isinstance(found, dict)
        numbers.update({str(k).casefold(): int(v) for k, v in found.items()})
    words = list(numbers)
    flags = re.IGNORECASE | re.MULTILINE

    def one(key: str, *, line: bool = False) -> re.Pattern[str]:
        return re.compile(_union(_all(tables, key), words, line=line), flags)

    def each(key: str) -> tuple[Phrase, ...]:
        return tuple(
            Phrase(_literal(p), re.compile(_union([p], words), flags), lang in _LOWER_TITLES)
            for lang, table in zip(LANGUAGES, tables, strict=True)
            for p in _all([table], key)
        )

    months = []
    for table in tables:
        units = table.get("months", {})
        assert isinstance(units, dict)
        for phrase, factor in units.items():
            months.append((re.compile(_union([phrase], words), flags), int(factor)))
    closing = _union(_all(tables, "closing"), line=True)
    return Cues(
        closing=re.compile(rf"{closing}[^\n]{{0,40}}$", flags),
        closing_word=re.compile(_union(_all(tables, "closing_words")) + r"(?!\w)", flags),
        header_from=frozenset(s.casefold() for s in _all(tables, "header_from")),
        header_sent=frozenset(s.casefold() for s in _all(tables, "header_sent")),
        header_subject=frozenset(s.casefold() for s in _all(tables, "header_subject")),
        header_date=frozenset(s.casefold() for s in _all(tables, "header_date")),
        original_line=one("original"),
        forward_line=one("forward"),
        wrote_line=re.compile(
            rf"{_union(_all(tables, 'wrote_start'), line=True)}\s[^\n]{{0,300}}?"
            rf"{_union(_all(tables, 'wrote_end'))}\s?:?\s*$",
            flags,
        ),
        wrote_start=re.compile(_union(_all(tables, "wrote_start"), line=True) + r"\s", flags),
        position=each("position"),
        company=each("company"),
        interview=one("interview"),
        system_sent=re.compile(_union(_all(tables, "system_sent")) + r"[^\n]{0,60}$", flags),
        not_interview=one("not_interview"),
        not_final=one("not_final"),
        final=one("final"),
        finalist=one("finalist"),
        feedback=one("feedback"),
        feedback_more=re.compile(
            rf"^\W{{0,3}}(?:[^\W\d_][\w'’-]*[\s,;:]+){{0,6}}"
            rf"(?:{_union(_all(tables, 'feedback_more'))}|{_union(_all(tables, 'also'))})(?!\w)",
            re.IGNORECASE,
        ),
        not_feedback=one("not_feedback"),
        other_opening=one("other_opening"),
        contrast=re.compile(r"[,;]\s*" + _union(_all(tables, "contrast")) + r"(?!\w)", flags),
        points=re.compile(_union(_all(tables, "points")) + r"(?!\w)", flags),
        reapply=one("reapply"),
        not_reapply=one("not_reapply"),
        then=re.compile(_union(_all(tables, "then")) + r"(?!\w)", flags),
        months=tuple(months),
        duration_before=re.compile(_union(_all(tables, "duration_before")) + r"\s+$", flags),
        numbers=numbers,
        negation=re.compile(_union(_all(tables, "negation")) + r"(?!\w)", flags),
        with_others=re.compile(_union(_all(tables, "with_others")) + r"(?!\w)", flags),
        later_round=re.compile(_union(_all(tables, "later_round")) + r"(?!\w)", flags),
        agency=one("agency"),
        agency_weak=one("agency_weak"),
        agency_names=one("agency_names"),
        department=re.compile(
            rf"{(d := _union(_all(tables, 'departments')))}"
            rf"(?:\s*(?:[&/,–—-]|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*{d})*",
            re.IGNORECASE,
        ),
        internal=one("internal"),
        no_reply=one("no_reply"),
        footer=one("footer"),
        titles=one("sender_titles"),
        title_words=one("title_words"),
        connectors=tuple(sorted(set(_all(tables, "connectors")), key=len, reverse=True)),
    )
