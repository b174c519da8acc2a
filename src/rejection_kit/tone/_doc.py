"""A pre-tokenised view of a message, built once per check and shared by every rule."""

from __future__ import annotations

import bisect
import re
from typing import Any

from rejection_kit.tone._literals import CASE_ODDITIES
from rejection_kit.tone._prefilter import Words

__all__ = ["CASE_ODDITIES", "Doc"]

# One code point to one code point, so offsets into the normalised text are offsets into
# the original: typographic apostrophes and quotes become straight ones, odd spaces
# become plain spaces. Patterns are then written once, with straight quotes.
_NORMALISE = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u2032": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u2033": '"',
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
}
# Found and replaced by one pattern: str.translate looks up every character of the text.
_TO_PLAIN = re.compile("[" + "".join(_NORMALISE) + "]")


def _plain(m: re.Match[str]) -> str:
    return _NORMALISE[m.group()]


# A single line break inside a paragraph (hard-wrapped email) is a space for patterns: a
# lone "\n" or "\r\n", with no other line break before or after it.
# The look-behinds follow the line break rather than precede it, so ``re`` can skip
# ahead to the next one instead of trying every position.
_LONE_LF = re.compile(r"\n(?<![\r\n]\n)(?![\r\n])")
_LONE_CRLF = re.compile(r"\r\n(?<![\r\n]\r\n)(?![\r\n])")
# Patterns here are linear in every mode (match, fullmatch and search): a leading run of
# blanks is guarded by a look-behind, so that a search does not restart inside it, and
# no two neighbouring repeats can read the same blanks (tests/security/test_linear_time.py).
# The label of a subject line in each shipped language, as the command line prints it
# and mail programs write it: "Subject:", "Betreff:", "Objet :" (with a no-break space).
_SUBJECT = re.compile(
    r"(?<![ \t])[ \t]*(?:Subject|Betreff|Asunto|Objet|Oggetto|Onderwerp|Assunto)"
    r"[ \t\u00a0\u202f]*:[^\n]*",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"(?P<greet>Dear|Hi|Hello|Hey|Hiya|Greetings|Good (?:morning|afternoon|evening)"
    r"|To whom it may concern"
    # German, French, Spanish, Portuguese
    r"|Sehr geehrte[rs]?|Guten (?:Tag|Morgen|Abend)|Hallo|Liebe[rs]?"
    r"|Madame|Monsieur|Mesdames|Bonjour|Bonsoir|Ch[èe]re?s?"
    r"|Estimad[oa]s?|Hola|Buen[oa]s (?:d[íi]as|tardes|noches)|Querid[oa]s?"
    r"|Prezad[oa]s?|Ol[áa]|Bo[ma] (?:dia|tarde|noite)|Car[oa]s?"
    # Italian, Dutch
    r"|Gentil(?:e|i|issim[oaie])|Egregi[oa]|Car[ie]|Ciao|Salve|Buongiorno|Buonasera"
    r"|Geachte|Beste|Hoi|Dag|Goede(?:morgen|middag|navond))\b"
    r"(?:(?:[ \t]+(?P<name>[^,:;!\s][^,:;!\n]{0,59}?))?[ \t]*(?:[,:!]|$)"
    # "Hola, Priya:" / "Olá, Priya,": a comma, a short name, then the salutation's mark
    r"|,[ \t]+(?P<name_after_comma>[^,:;!.?\s][^,:;!.?\n]{0,39}?)[ \t]*[,:](?=[ \t]*$))",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?<![ \t])[ \t]*(?:(?:with )?(?:(?:(?:very )?best|kind|kindest|warm|warmest|many|sincere|"
    r"respectful|all the best,?)[ \t]+)?(?:regards|wishes|thanks)|best|all the best|"
    r"sincerely(?: yours)?|yours(?: sincerely| truly| faithfully)?|"
    r"thanks(?: again| so much)?|thank you(?: again| so much)?|cheers|"
    r"respectfully(?: yours)?|with (?:gratitude|appreciation|thanks)|take care|warmly|"
    r"gratefully|talk soon"
    # German, French, Spanish, Portuguese
    r"|mit (?:freundlichen|besten|herzlichen) gr[üu](?:ß|ss)en"
    r"|(?:beste|viele|herzliche|liebe|freundliche|sonnige) gr[üu](?:ß|ss)e|gru(?:ß|ss)"
    r"|(?:bien )?cordialement|bien à vous|(?:sincères|meilleures|bien sincères) salutations"
    r"|amicalement|bien amicalement|à bientôt"
    r"|atentamente|(?:un )?(?:cordial |afectuoso )?saludo(?:s)?(?: cordiales)?"
    r"|(?:un )?(?:fuerte |gran )?abrazo|cordialmente|saludos"
    r"|atenciosamente|(?:um )?(?:cordial |grande |forte )?abraço|abraços|saudações"
    r"|(?:cordiali|distinti|cari|tanti|i miei migliori) saluti|saluti"
    r"|un (?:caro |cordiale )?saluto|a presto|con stima|un abbraccio"
    r"|(?:met )?(?:vriendelijke|hartelijke|beste|lieve) groet(?:en)?|groetjes|groeten"
    r")[ \t]*(?:[,.!][ \t]*)?",
    re.IGNORECASE,
)
# A run of line breaks, or a run of end punctuation (not the tail of one: the look-behind
# follows the first mark) before a space or the end. Both branches open with one shared
# character class, so ``re`` skips ahead to the next line break or mark in C.
_BOUNDARY = re.compile(
    r"[\n.!?\u2026](?:(?<=\n)\n*+"
    r"|(?<![.!?\u2026][.!?\u2026])(?<=[.!?\u2026])[.!?\u2026]*+[\"')\]]*+(?=\s|$))"
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "ms",
        "mrs",
        "mx",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "inc",
        "ltd",
        "co",
        "no",
        "approx",
        "dept",
    ]
)
_WORD = re.compile(r"\w+(?:'\w+)*")
_WORD_ASCII = re.compile(r"\w+(?:'\w+)*", re.ASCII)
_JOINING = re.compile(r"'(?<=\w')(?=\w)", re.ASCII)
# Under re.ASCII, \s and \w differ from their Unicode meaning on ASCII text only for the
# separators U+001C..U+001F (Unicode counts them as white space).
_CASE_ODDITY = re.compile("[" + "".join(sorted(CASE_ODDITIES)) + "]")
# ASCII characters that are not word characters (nor the apostrophe), mapped to spaces: the
# words of an ASCII text are then what ``str.split`` returns (see ``_count_words``).
_SPLIT_WORDS = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "_'")}
)
_QUOTES = re.compile(
    r'"[^"\n]{1,400}"'
    r"|\u00ab[^\u00bb\n]{1,400}\u00bb"
    r"|(?<![\w'])'(?=[^\s'])(?:[^'\n]|(?<=\w)'(?=\w)){0,200}?(?<=[^\s'])'(?!\w)"
)


class Doc:
    """The text of one message with the structure rules need, computed once.

    Attributes:
        text: The original text; every offset points into it.
        norm: The same text with typographic quotes, apostrophes and spaces made plain;
            it has the same length, so offsets are shared.
        flat: ``norm`` with the single line breaks of hard-wrapped paragraphs turned into
            spaces (same length again); the rules' patterns run over it.
        subject: The span of a leading ``Subject:`` line, if any.
        salutation: The span of the greeting ("Dear Ms. Raman,"), if any.
        salutation_name: The span of the name in the greeting, if any.
        signoff: The span from the closing line ("Best regards,") to the end, if any.
        body: The span between the greeting and the closing.
        fast: Whether ``lower`` has the length of ``flat`` and ``flat`` holds none of
            ``CASE_ODDITIES``, so that the lower-cased twins of the patterns may be
            matched on it without ``IGNORECASE`` (see :mod:`rejection_kit.tone._compile`).
    """

    __slots__ = (
        "_lower",
        "_quote_starts",
        "_quotes",
        "_sentence_ends",
        "_sentences",
        "_word_count",
        "_words",
        "active_parts",
        "body",
        "cache",
        "fast",
        "flat",
        "norm",
        "salutation",
        "salutation_name",
        "signoff",
        "subject",
        "text",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        norm = text if text.isascii() else _TO_PLAIN.sub(_plain, text)
        self.norm = norm
        self.flat = _flatten(norm) if "\n" in norm else norm
        flat = self.flat
        self._lower: str | None = None
        if flat.isascii():
            self.fast = True
        else:
            self._lower = flat.lower()
            self.fast = len(self._lower) == len(flat) and not _CASE_ODDITY.search(flat)
        pos = 0
        self.subject: tuple[int, int] | None = None
        m = _SUBJECT.match(norm)
        if m:
            self.subject = (m.start(), m.end())
            pos = m.end()
        self.salutation: tuple[int, int] | None = None
        self.salutation_name: tuple[int, int] | None = None
        first = _skip_blank(norm, pos)
        g = _GREETING.match(norm, first)
        if g:
            self.salutation = (g.start("greet"), g.end())
            name = "name" if g.group("name") else "name_after_comma"
            if g.group(name):
                self.salutation_name = (g.start(name), g.end(name))
            pos = g.end()
        self.signoff = _find_signoff(norm, pos)
        end = self.signoff[0] if self.signoff else len(norm)
        self.body = (pos, max(pos, end))
        # Computed on first use: most checks of a gracious note never need them.
        self._word_count: int | None = None
        self._sentences: tuple[tuple[int, int], ...] | None = None
        self._sentence_ends: list[int] | None = None
        self._quotes: tuple[tuple[int, int], ...] | None = None
        self._quote_starts: list[int] = []
        self._words: Words | None = None
        #: Set by the engine for one check: the pattern parts whose pre-filter passed
        #: (``None``: each rule runs its own pre-filter).
        self.active_parts: frozenset[Any] | None = None
        #: Work that rules share or repeat within one check, keyed by whoever stores it.
        self.cache: dict[Any, Any] = {}

    @property
    def words(self) -> int:
        """The number of words in the body."""
        if self._word_count is None:
            start, end = self.body
            norm = self.norm
            self._word_count = (
                _count_words(norm[start:end])
                if self.fast and norm.isascii()
                else len(_WORD.findall(norm, start, end))
            )
        return self._word_count

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """Sentence spans; a line break also ends a sentence."""
        if self._sentences is None:
            self._sentences = _sentences(self.norm)
        return self._sentences

    @property
    def quotes(self) -> tuple[tuple[int, int], ...]:
        """Spans of quoted text, quotation marks included."""
        if self._quotes is None:
            self._quotes = tuple((q.start(), q.end()) for q in _QUOTES.finditer(self.norm))
            self._quote_starts = [s for s, _ in self._quotes]
        return self._quotes

    @property
    def lower(self) -> str:
        """``flat`` in lower case; only meaningful (same length) when ``fast`` is true."""
        if self._lower is None:
            self._lower = self.flat.lower()
        return self._lower

    @property
    def word_index(self) -> Words:
        """The words of the text, for the patterns' pre-filter."""
        if self._words is None:
            self._words = Words(self.lower) if self.flat.isascii() else Words(self.norm)
        return self._words

    def in_quote(self, start: int, end: int) -> bool:
        """Whether the span ``[start, end)`` starts inside quoted text."""
        quotes = self.quotes
        i = bisect.bisect_right(self._quote_starts, start) - 1
        return i >= 0 and start < quotes[i][1]

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The span of the sentence that contains ``offset`` (or the nearest one)."""
        sentences = self.sentences
        if not sentences:
            return (0, 0)
        if self._sentence_ends is None:
            self._sentence_ends = [end for _, end in sentences]
        i = bisect.bisect_right(self._sentence_ends, offset)
        return sentences[min(i, len(sentences) - 1)]

    def body_text(self) -> str:
        """The body as text (between the greeting and the closing)."""
        return self.text[self.body[0] : self.body[1]]


def _flatten(norm: str) -> str:
    # Two substitutions with a fixed replacement run in C, however many lines there are.
    flat = _LONE_LF.sub(" ", norm)
    return _LONE_CRLF.sub("  ", flat) if "\r" in flat else flat


def _count_words(text: str) -> int:
    # The number of ``_WORD`` matches in an ASCII text, without a match object per word.
    plain = text.translate(_SPLIT_WORDS)
    if "'" not in plain:
        return len(plain.split())
    # Runs of word characters, less the apostrophes that join two of them into one word.
    return len(plain.replace("'", " ").split()) - len(_JOINING.findall(plain))


def _skip_blank(text: str, pos: int) -> int:
    return len(text) - len(text[pos:].lstrip(" \t\r\n"))


def _find_signoff(norm: str, body_start: int) -> tuple[int, int] | None:
    # The closing is one of the last five non-empty lines; the signature follows it.
    end = len(norm)
    for _ in range(5):
        # Blank lines and trailing blanks are skipped in one step (C speed).
        end = body_start + len(norm[body_start:end].rstrip())
        if end <= body_start:
            return None
        line_start = max(norm.rfind("\n", body_start, end) + 1, body_start)
        line = norm[line_start:end]
        if line_start > body_start and _CLOSING.fullmatch(line):
            return (line_start + len(line) - len(line.lstrip()), len(norm))
        end = line_start
    return None


def _sentences(norm: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(norm):
        if m.group()[0] == "." and _is_abbreviation(norm, m.start()):
            continue
        cut = m.start() if m.group()[0] == "\n" else m.end()
        _add_span(norm, start, cut, spans)
        start = m.end()
    _add_span(norm, start, len(norm), spans)
    return tuple(spans)


def _is_abbreviation(norm: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (norm[word_start - 1].isalpha() or norm[word_start - 1] == "."):
        word_start -= 1
    word = norm[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and norm[word_start].isupper())


def _add_span(norm: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    part = norm[start:end]
    kept = part.strip()
    if kept:
        start += len(part) - len(part.lstrip())
        spans.append((start, start + len(kept)))
