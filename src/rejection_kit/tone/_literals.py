"""Required literals: strings one of which every match of a pattern contains.

The word pre-filter (:mod:`._prefilter`) knows which words a pattern needs, not in what
order: ``\\byou (?:had|have) to (?:sit through|endure)`` wakes on any text with "you",
"to" and a word starting "ha", which most e-mails have. Its parse tree says more: every
match contains ``you had to `` or ``you have to `` in lower case. For each pattern, this
module finds up to three such *clauses* (sets of lower-case strings, one of which must
occur); a text that lacks one of them cannot match, so the pattern does not run. The
filter only ever skips patterns that cannot match, so findings are the same with or
without it.

With ``pyahocorasick`` installed (the ``fast`` extra), every literal of a rule set is
found in one Aho–Corasick scan of the text, linear in its length; without it, each
pattern the words woke has its literals looked up with ``in``.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Iterable
from re import _casefix  # type: ignore[attr-defined]  # the table re itself folds by
from re import _constants as _C  # type: ignore[attr-defined]  # noqa: N812 - as in sre
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any, Generic, Protocol, TypeVar

__all__ = [
    "CASE_ODDITIES",
    "SCAN_AFTER",
    "LiteralFilter",
    "Literals",
    "ac_available",
    "clear_automata",
    "required_literals",
]

_ahocorasick: Any = None
with contextlib.suppress(ImportError):  # an optional dependency: the ``fast`` extra
    _ahocorasick = importlib.import_module("ahocorasick")

#: Characters that ``re`` under ``IGNORECASE`` equates with others beyond lower-casing
#: ("ſ" with "s", "ı" with "i", Greek and Cyrillic variants): a text holding one keeps
#: the patterns as written (see ``rejection_kit.tone._compile``), and a pattern's literal
#: holding one is not looked up.
CASE_ODDITIES = frozenset(
    chr(code)
    for key, others in _casefix._EXTRA_CASES.items()
    for code in (key, *others)
    if code > 0x7F
)

#: Clauses of a pattern: each a set of strings, one of which every match contains.
Literals = tuple[tuple[str, ...], ...]

#: Cross products of alternatives grow fast: a run stops growing past this many strings.
_MAX_STRINGS = 16
#: Clauses kept per pattern, and the shortest string a kept clause may hold: a clause of
#: one- or two-letter strings occurs in nearly every text and costs more than it saves.
_MAX_CLAUSES = 3
_MIN_LENGTH = 3
#: A clause of more strings than this is both weak and costly (a hostile pattern of
#: 20,000 words would take seconds to sort out): it is not kept.
_MAX_ALTERNATIVES = 64
_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_C.AT, _C.ASSERT, _C.ASSERT_NOT)


def ac_available() -> bool:
    """Whether ``pyahocorasick`` is installed (and not switched off by a test)."""
    return _ahocorasick is not None


def _lower(code: int) -> str | None:
    # A literal in lower case, as a lower-cased text holds it wherever the pattern
    # matches, with or without IGNORECASE (None: lower-casing could change the length,
    # or ``re`` folds it with other characters).
    ch = chr(code)
    lower = ch.lower()
    return lower if len(lower) == 1 and ch not in CASE_ODDITIES else None


def _exact(seq: Any) -> set[str] | None:
    # The strings ``seq`` matches, in lower case, when they are few and it matches
    # nothing else.
    out = {""}
    for op, av in seq:
        strings: set[str] | None
        if op is _C.LITERAL:
            lower = _lower(av)
            strings = None if lower is None else {lower}
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            strings = _exact(av[3])
        elif op is _C.BRANCH:
            strings = set()
            for alternative in av[1]:
                found = _exact(alternative)
                if found is None:
                    return None
                strings |= found
        elif op is _C.IN:
            members = [_lower(a) if o is _C.LITERAL else None for o, a in av]
            if None in members:
                return None  # a range, a category or a negation
            strings = set(members)  # type: ignore[arg-type]
        elif op in _REPEATS and av[1] <= 1:
            found = _exact(av[2])
            strings = None if found is None else found | ({""} if av[0] == 0 else set())
        elif op in _ZERO_WIDTH:
            continue  # consumes nothing: what is around it stays contiguous
        else:
            return None
        if strings is None or len(out) * len(strings) > _MAX_STRINGS:
            return None
        out = {a + b for a in out for b in strings}
    return out


def _score(strings: frozenset[str]) -> int:
    # How rare the commonest string is, roughly: its length, a character beyond ASCII
    # (an emoji, a curly quote, an accented letter) counting as three.
    return min(len(s) + 2 * sum(not c.isascii() for c in s) for s in strings)


def _factors(seq: Any) -> list[frozenset[str]]:
    # Sets of strings one of which every match of ``seq`` contains.
    found: list[frozenset[str]] = []
    run: set[str] = {""}  # what the contiguous run of exact items so far matches

    def close() -> None:
        nonlocal run
        if "" not in run:
            found.append(frozenset(run))
        run = {""}

    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        grouped = op is _C.SUBPATTERN and not av[1] and not av[2]
        exact = (
            _exact([(op, av)])
            if op in (_C.LITERAL, _C.BRANCH, _C.IN) or grouped or (op in _REPEATS and av[1] <= 1)
            else None
        )
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = {a + b for a in run for b in exact}
            continue
        close()
        if exact is not None:
            run = exact
        elif grouped:
            found.extend(_factors(av[3]))
        elif op is _C.BRANCH:
            alternatives = [_best(_factors(alternative)) for alternative in av[1]]
            if all(a is not None for a in alternatives):
                found.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:
            found.extend(_factors(av[2]))
    close()
    return found


def _best(found: list[frozenset[str]]) -> frozenset[str] | None:
    return max(found, key=lambda s: (_score(s), -len(s))) if found else None


def _minimal(strings: frozenset[str]) -> frozenset[str]:
    # A string that holds another of its clause adds nothing: "thanks a lot" never
    # occurs where "a lot" does not.
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(k in string for k in kept):
            kept.append(string)
    return frozenset(kept)


def required_literals(pattern: str) -> Literals | None:
    """The clauses of a pattern, in lower case, most selective first, or ``None`` when it
    has none worth testing. They hold whether the pattern runs with ``IGNORECASE`` or
    not, and are looked up in the text in lower case.

    >>> required_literals(r"\\byou (?:had|have) to (?:endure|listen to)\\b")
    (('you had to endure', 'you had to listen to', 'you have to endure', 'you have to listen to'),)
    >>> required_literals(r"\\b(?:thanks?|thank you)\\b")
    (('thank',),)
    >>> required_literals(r"[!?]{3,}") is None
    True
    """
    try:
        parsed = _sre_parse.parse(pattern, 0)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    try:
        found = _factors(parsed)
    except RecursionError:  # nested deeper than the parser's own limit allows here
        return None
    clauses = sorted(
        {_minimal(c) for c in found if len(c) <= _MAX_ALTERNATIVES and _score(c) >= _MIN_LENGTH},
        key=lambda s: (-_score(s), len(s), sorted(s)),
    )
    # A clause whose every string contains a string of a kept clause says nothing more.
    kept: list[frozenset[str]] = []
    for clause in clauses:
        if not any(all(any(k in s for k in other) for s in clause) for other in kept):
            kept.append(clause)
        if len(kept) == _MAX_CLAUSES:
            break
    return tuple(tuple(sorted(c)) for c in kept) or None


class _HasLiterals(Protocol):
    literals: Literals | None


_P = TypeVar("_P", bound=_HasLiterals)


class LiteralFilter(Generic[_P]):
    """The required literals of a rule set's patterns.

    ``keep`` drops the candidates whose literals a text lacks; with ``pyahocorasick``,
    ``candidates`` finds every literal of the set in one scan and names the patterns whose
    every clause it found, without asking the words first.
    """

    __slots__ = ("_automaton", "_by_literal", "_keys", "_literals", "_uses")

    def __init__(self, parts: Iterable[_P]) -> None:
        # Each pattern is filed under the strings of its first (most selective) clause;
        # the others are tested on the few it wakes.
        by_literal: dict[str, list[tuple[_P, tuple[frozenset[str], ...]]]] = {}
        literals: set[str] = set()
        for part in parts:
            if part.literals:
                first, *rest = part.literals
                entry = (part, tuple(map(frozenset, rest)))
                for literal in first:
                    by_literal.setdefault(literal, []).append(entry)
                literals.update(*part.literals)
        self._by_literal = by_literal
        self._keys = frozenset(by_literal)
        self._literals = frozenset(literals)
        self._automaton: Any = None
        self._uses = 0

    @property
    def scans(self) -> bool:
        """Whether one scan finds the literals: ``pyahocorasick`` is installed, there are
        literals to find, and the automaton is built (see :meth:`prepare`)."""
        if not ac_available() or not self._literals:
            return False
        if self._automaton is not None:
            return True
        if self._literals in _automata:  # another rule set with the same literals built it
            return self.prepare()
        self._uses += 1
        return self.prepare() if self._uses >= SCAN_AFTER else False

    def prepare(self) -> bool:
        """Build the automaton now (:func:`rejection_kit.warm_up` does, for servers);
        return whether there is one."""
        if self._automaton is None and ac_available() and self._literals:
            self._automaton = _automaton(self._literals)
        return self._automaton is not None

    def _found(self, lower: str) -> set[str]:
        return {literal for _, literal in self._automaton.iter(lower)}

    def candidates(self, lower: str) -> set[_P]:
        """The patterns with literals whose every clause has a string in ``lower``."""
        found = self._found(lower)
        by_literal = self._by_literal
        out: set[_P] = set()
        for literal in found & self._keys:
            for part, rest in by_literal[literal]:
                if part in out:
                    continue
                for clause in rest:
                    if found.isdisjoint(clause):
                        break
                else:
                    out.add(part)
        return out

    def keep(self, lower: str, parts: Iterable[_P]) -> frozenset[_P]:
        """The ``parts`` whose every clause has a string in ``lower``."""
        return frozenset(
            p
            for p in parts
            if p.literals is None or all(any(s in lower for s in c) for c in p.literals)
        )


#: The checks a rule set serves with look-ups before its automaton is built: building it
#: costs about 15 ms for English, a twentieth of a first check's start-up, and saves
#: about 0.3 ms a check, so a one-off script never pays for it and a batch soon has.
SCAN_AFTER = 20

#: Automata by the literals they find: the plans of one language (per channel, recipe,
#: tone) mostly share their rules, and building one costs about 15 ms for English.
_automata: dict[frozenset[str], Any] = {}
_MAX_AUTOMATA = 32


def clear_automata() -> None:
    """Forget the automata built."""
    _automata.clear()


def _automaton(literals: frozenset[str]) -> Any:
    found = _automata.get(literals)
    if found is None:
        found = _ahocorasick.Automaton()
        for literal in literals:
            found.add_word(literal, literal)
        found.make_automaton()
        if len(_automata) >= _MAX_AUTOMATA:
            _automata.clear()
        _automata[literals] = found
    return found
