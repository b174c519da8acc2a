"""A cheap pre-filter: the words a pattern cannot match without.

Running a few hundred regular expressions over every message is too slow for the
generator's self-check, and most patterns cannot match most messages. For each pattern
we derive, from its parse tree, *clauses*: sets of words (or word prefixes) of which at
least one must occur in any text the pattern matches; every clause must be satisfied
(``\\bI (?:really )?need this`` needs the words "need", "this" and "i"). A message
collects its words once; a pattern with an unsatisfied clause is skipped. The filter
only ever skips patterns that cannot match, so it never changes a result.
"""

from __future__ import annotations

import bisect
import json
import re
import threading
from re import _constants as _C  # type: ignore[attr-defined]  # noqa: N812 - reads like sre's own
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

from rejection_kit.tone._literals import Literals, required_literals
from rejection_kit.tone._re2set import loosened

__all__ = [
    "Clause",
    "Words",
    "clauses_for",
    "literals_for",
    "load_clauses",
    "load_loose",
    "loose_for",
    "loose_table_of",
    "pack_rows",
    "required_words",
    "shipped_clauses",
]

_WORDS = re.compile(r"\w+")
_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not (chr(c).isalnum() or c == 95)})
_BOUNDARY_ATS = {_C.AT_BEGINNING, _C.AT_BEGINNING_STRING, _C.AT_BEGINNING_LINE, _C.AT_BOUNDARY}
_NONWORD_CATEGORIES = {_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD, _C.CATEGORY_DIGIT}

#: (whole words, word prefixes): a match contains one of the words, or a word that
#: starts with one of the prefixes.
Clause = tuple[frozenset[str], tuple[str, ...]]


def _prepare(text: str) -> str:
    folded = text.casefold()
    # re.IGNORECASE matches dotless i with "i"; casefold() keeps it apart.
    return folded.replace("\u0131", "i") if "\u0131" in folded else folded


class Words:
    """The words of a text, for the pre-filter: exact and prefix look-ups."""

    __slots__ = ("_prefixes", "_sorted", "words")

    def __init__(self, text: str) -> None:
        if text.isascii():
            # ASCII: lower() is casefold(), and the \w+ runs are what split() returns once
            # every other character is a space (much faster than findall).
            self.words: frozenset[str] = frozenset(text.lower().translate(_NON_WORD).split())
        else:
            self.words = frozenset(_WORDS.findall(_prepare(text)))
        self._sorted: list[str] | None = None
        self._prefixes: dict[str, bool] = {}

    def has_prefix(self, prefix: str) -> bool:
        """Whether some word of the text starts with ``prefix`` (remembered per prefix)."""
        hit = self._prefixes.get(prefix)
        if hit is None:
            if self._sorted is None:
                self._sorted = sorted(self.words)
            ordered = self._sorted
            i = bisect.bisect_left(ordered, prefix)
            hit = i < len(ordered) and ordered[i].startswith(prefix)
            self._prefixes[prefix] = hit
        return hit

    def satisfies(self, clause: Clause) -> bool:
        """Whether the text has one of the clause's words or prefixes."""
        whole, prefixes = clause
        if not whole.isdisjoint(self.words):
            return True
        return any(self.has_prefix(p) for p in prefixes)


def _is_word(code: int) -> bool:
    ch = chr(code)
    return ch.isalnum() or ch == "_"


def _nonword_class(items: Any) -> bool:
    for op, av in items:
        if op is _C.LITERAL and not _is_word(av):
            continue
        if op is _C.CATEGORY and av in _NONWORD_CATEGORIES:
            continue
        return False
    return True


def _ends_boundary(seq: Any) -> bool:
    # Whether whatever comes after ``seq`` starts at a word boundary.
    if not len(seq):
        return False
    op, av = seq[-1]
    if op is _C.LITERAL:
        return not _is_word(av)
    if op is _C.AT:
        return av in _BOUNDARY_ATS
    if op is _C.IN:
        return _nonword_class(av)
    if op is _C.ASSERT and av[0] == -1:
        return _ends_boundary(av[1])
    if op is _C.SUBPATTERN:
        return _ends_boundary(av[-1])
    if op is _C.BRANCH:
        return all(_ends_boundary(alt) for alt in av[1])
    return False


def _word_ends(op: Any, av: Any) -> bool:
    # Whether the element after a literal word guarantees that the word ends there.
    if op is _C.LITERAL:
        return not _is_word(av)
    if op is _C.AT:
        return bool(av == _C.AT_BOUNDARY)
    if op is _C.IN:
        return _nonword_class(av)
    return False


# Inside the analysis a clause is a frozenset of items: "word " (whole) or "pre" (prefix).
_Items = frozenset[str]


def _best(clauses: list[_Items]) -> _Items | None:
    # The most selective clause: long words, few alternatives.
    if not clauses:
        return None
    return max(clauses, key=lambda c: (min(len(x.strip()) for x in c), -len(c)))


def _clauses(seq: Any, boundary: bool, tail_ends: bool = False) -> list[_Items]:
    # ``tail_ends``: whatever follows ``seq`` ends a word (a space, ``\b``, ...).
    out: list[_Items] = []
    word = ""
    items = list(seq)
    for index, (op, av) in enumerate(items):
        after_ends = _word_ends(*items[index + 1]) if index + 1 < len(items) else tail_ends
        if op is _C.LITERAL and _is_word(av) and (boundary or word):
            word += chr(av)
            continue
        if word:
            out.append(frozenset({_prepare(word) + (" " if _word_ends(op, av) else "")}))
            word = ""
            boundary = False  # what follows a word character is inside the word
        if op is _C.LITERAL:
            boundary = not _is_word(av)
        elif op is _C.AT:
            boundary = av in _BOUNDARY_ATS or boundary
        elif op is _C.ASSERT or op is _C.ASSERT_NOT:
            boundary = boundary or (op is _C.ASSERT and av[0] == -1 and _ends_boundary(av[1]))
        elif op is _C.SUBPATTERN:
            out.extend(_clauses(av[-1], boundary, after_ends))
            boundary = _ends_boundary(av[-1])
        elif op is _C.BRANCH:
            alternatives = [_best(_clauses(alt, boundary, after_ends)) for alt in av[1]]
            if all(c is not None for c in alternatives):
                out.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
            boundary = all(_ends_boundary(alt) for alt in av[1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            low, _high, item = av
            if low >= 1:
                out.extend(_clauses(item, boundary))
                boundary = _ends_boundary(item)
            else:
                boundary = boundary and _ends_boundary(item)
        elif op is _C.IN:
            boundary = _nonword_class(av)
        else:
            boundary = False
    if word:
        out.append(frozenset({_prepare(word) + (" " if tail_ends else "")}))
    return out


def required_words(pattern: str, flags: int = 0) -> tuple[Clause, ...] | None:
    """The clauses a match of ``pattern`` satisfies, or ``None`` (always run it).

    >>> required_words(r"\\bI (?:really )?need this\\b")[0]
    (frozenset({'need'}), ())
    >>> required_words(r"\\b(?:sorry|apologi[sz]e)\\b")
    ((frozenset({'sorry'}), ('apologi',)),)
    """
    try:
        parsed = _sre_parse.parse(pattern, flags)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None  # the caller compiles it, which names what is wrong
    items = [c for c in _clauses(parsed, True) if all(x.strip() for x in c)]
    if not items:
        return None
    items = sorted(set(items), key=lambda c: (-min(len(x.strip()) for x in c), len(c), sorted(c)))
    return tuple(
        (
            frozenset(x[:-1] for x in c if x.endswith(" ")),
            tuple(sorted(x for x in c if not x.endswith(" "))),
        )
        for c in items
    )


#: ``packs/<name>/clauses.json``: the clauses of every built-in pattern, and its required
#: literals (see :mod:`._literals`), computed ahead of time by ``scripts/clauses.py``
#: (parsing a thousand patterns cost ~0.3 s of the first message). A test fails when a
#: table is stale; a pattern missing from them (a user's, or one edited without
#: regenerating) is parsed as before.
CLAUSES_FILE = "clauses.json"
#: ``packs/<name>/loose.json``: the loosened form of every built-in pattern for the RE2
#: set (see :mod:`._re2set`), also written by ``scripts/clauses.py``: loosening the
#: thousand English patterns cost 0.2 s of building the set. Read only to build one.
LOOSE_FILE = "loose.json"


def table_of(patterns: list[tuple[str, bool]]) -> list[list[object]]:
    """The clause table of ``patterns`` as written to ``clauses.json``."""
    out: list[list[object]] = []
    for pattern, case_sensitive in dict.fromkeys(patterns):
        needed = required_words(pattern, 0 if case_sensitive else re.IGNORECASE)
        clauses = None if needed is None else [[sorted(w), list(p)] for w, p in needed]
        literals = required_literals(pattern)
        out.append([pattern, case_sensitive, clauses, None if literals is None else literals])
    return out


def loose_table_of(patterns: list[tuple[str, bool]]) -> list[list[object]]:
    """The loosened forms of ``patterns`` for the RE2 set, as written to ``loose.json``."""
    return [[p, cs, loosened(p, cs)] for p, cs in dict.fromkeys(patterns)]


_shipped: dict[tuple[str, bool], tuple[Clause, ...] | None] = {}
_shipped_literals: dict[str, Literals | None] = {}
_loose: dict[tuple[str, bool], str | None] = {}
_loose_from: set[str] = set()
_shipped_from: set[str] = set()
_shipped_lock = threading.Lock()


def pack_rows(name: str, filename: str) -> list[Any]:
    """The rows of a table that ``scripts/clauses.py`` wrote for the built-in pack ``name``
    (``packs/<name>/<filename>``), or none when the pack has no such table."""
    from importlib import resources

    source = resources.files("rejection_kit.tone.packs") / name / filename
    return json.loads(source.read_text(encoding="utf-8")) if source.is_file() else []


def load_clauses(name: str) -> None:
    """Add the table of the built-in pack ``name`` (``en``, ``root``) to those known.

    Each pack's table is read when its rules are first compiled: the first English
    message no longer reads the other six languages' tables.
    """
    if name in _shipped_from:
        return
    rows = pack_rows(name, CLAUSES_FILE)
    table = {
        (pattern, case_sensitive): (
            None
            if clauses is None
            else tuple((frozenset(whole), tuple(prefixes)) for whole, prefixes in clauses)
        )
        for pattern, case_sensitive, clauses, _ in rows
    }
    literals = {
        pattern: None if found is None else tuple(tuple(clause) for clause in found)
        for pattern, _, _, found in rows
    }
    with _shipped_lock:
        _shipped.update(table)
        _shipped_literals.update(literals)
        _shipped_from.add(name)


def load_loose(name: str) -> None:
    """Add the loosened forms of the built-in pack ``name`` to those known."""
    if name in _loose_from:
        return
    rows = pack_rows(name, LOOSE_FILE)
    with _shipped_lock:
        _loose.update({(pattern, case_sensitive): form for pattern, case_sensitive, form in rows})
        _loose_from.add(name)


def shipped_clauses() -> dict[tuple[str, bool], tuple[Clause, ...] | None]:
    """The precomputed clauses of every built-in pattern."""
    from importlib import resources

    for folder in resources.files("rejection_kit.tone.packs").iterdir():
        if (folder / CLAUSES_FILE).is_file():
            load_clauses(folder.name)
    return dict(_shipped)


def loose_for(pattern: str, case_sensitive: bool) -> str | None:
    """:func:`~._re2set.loosened` of a pattern, from the shipped tables when it is there."""
    key = (pattern, case_sensitive)
    if key in _loose:
        return _loose[key]
    return loosened(pattern, case_sensitive)


def clauses_for(pattern: str, case_sensitive: bool) -> tuple[Clause, ...] | None:
    """:func:`required_words` of a pattern, from the shipped tables when it is there."""
    key = (pattern, case_sensitive)
    if key in _shipped:
        return _shipped[key]
    return required_words(pattern, 0 if case_sensitive else re.IGNORECASE)


def literals_for(pattern: str) -> Literals | None:
    """:func:`~._literals.required_literals` of a pattern, from the shipped tables when it
    is there."""
    if pattern in _shipped_literals:
        return _shipped_literals[pattern]
    return required_literals(pattern)
