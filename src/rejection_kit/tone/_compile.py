"""Compiling rules: one regex per pattern, each behind a word pre-filter, cached.

Two speed-ups keep ``check`` cheap without changing a single match:

* **Lower-case path.** Python's ``re`` cannot use its fast literal-prefix search under
  ``IGNORECASE``. Each pattern also has a lower-cased twin compiled without
  ``IGNORECASE``, run over ``doc.lower`` whenever lower-casing keeps the text's length
  and the text holds none of the characters ``re`` equates by case beyond lower-casing
  (``ſ`` with ``s``, ``ı`` with ``i``, a few Greek and Cyrillic forms): a character then
  matches a lower-cased literal or class exactly when its lower case does, which is what
  ``IGNORECASE`` tests. That holds for German, French or Portuguese as for English.
  Patterns with escapes such as ``\\x41``, inline flags, or a class range that holds
  anything but letters of one case, digits or ASCII symbols keep the original path only.
* **Leading ``\\b`` checked by hand.** A pattern that starts with ``\\b`` also defeats the
  prefix search. When every match of the rest starts with one of a few literals, the
  twin drops the ``\\b``; candidates are found with ``str.find``, and the boundary is
  tested at each before the regex is tried there, exactly where the engine would have
  tried it (so the work stays linear, see :mod:`._redos`).

``tests/tone/test_properties.py`` checks both against the plain path on hostile text.
"""

from __future__ import annotations

import heapq
import re
import threading
from collections.abc import Iterable, Iterator
from re import _constants as _C  # type: ignore[attr-defined]  # noqa: N812 - as in sre
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

import attrs

from rejection_kit._errors import RulePackError, shown
from rejection_kit.tone._cues import Cues
from rejection_kit.tone._doc import CASE_ODDITIES as _CASE_ODDITIES
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Severity
from rejection_kit.tone._literals import LiteralFilter, Literals, clear_automata
from rejection_kit.tone._prefilter import Clause, Words, clauses_for, literals_for, pack_rows
from rejection_kit.tone._re2set import PatternSet
from rejection_kit.tone._rule import Rule

__all__ = [
    "TWINS_FILE",
    "Compiled",
    "Part",
    "PrefilterIndex",
    "TwinPlan",
    "clear_compiled",
    "compile_rule",
    "load_twins",
    "twin_plan",
    "twin_plan_for",
    "twins_table_of",
]

_lock = threading.Lock()
_regexes: dict[tuple[tuple[str, ...], bool], re.Pattern[str]] = {}
_parts: dict[tuple[str, bool, bool], Part] = {}
_MAX_REGEXES = 4096


def clear_compiled() -> None:
    """Forget compiled patterns."""
    with _lock:
        _regexes.clear()
        _parts.clear()
    clear_automata()


class Part:
    """One pattern: its pre-filter clauses, and (compiled the first time a draft wakes
    it) its regex and, where safe, its fast twin.

    Compiling every pattern of every pack up front cost most of the first ``check``; a
    typical draft wakes a few dozen of them. ``needed`` comes from parsing the pattern,
    which also refuses bad syntax when the rule is compiled.
    """

    __slots__ = (
        "_compiled",
        "_fast",
        "_twin",
        "case_sensitive",
        "literals",
        "needed",
        "pattern",
        "rule_id",
    )

    def __init__(self, pattern: str, case_sensitive: bool, rule_id: str, *, twin: bool) -> None:
        self.pattern = pattern
        self.case_sensitive = case_sensitive
        self.rule_id = rule_id
        self._twin = twin and not case_sensitive
        #: Clauses a match must satisfy (see :mod:`._prefilter`); ``None``: always run.
        self.needed: tuple[Clause, ...] | None = clauses_for(pattern, case_sensitive)
        #: Strings one of each of which a match holds in lower case (see :mod:`._literals`).
        self.literals: Literals | None = literals_for(pattern)
        self._compiled: re.Pattern[str] | None = None
        self._fast: _Twin | None = None
        if self.needed is None:
            self.regex  # noqa: B018 - runs on every draft (or does not parse): compile it now

    @property
    def regex(self) -> re.Pattern[str]:
        """The pattern as written (``IGNORECASE`` unless case-sensitive), over ``doc.flat``."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = _regex((self.pattern,), self.case_sensitive, self.rule_id)
        return compiled

    def warm(self) -> None:
        """Compile now what a draft would compile when it first wakes this pattern: the
        lower-cased twin and the pattern as written (a draft that is not plain ASCII, or a
        twin that could not be made, runs the latter)."""
        self._fast_form()
        self.regex  # noqa: B018

    def _fast_form(self) -> _Twin:
        # The twin alone is compiled for a lower-cased draft: the pattern as written is
        # compiled only when a draft needs it (most never do).
        found = self._fast
        if found is None:
            plan = twin_plan_for(self.pattern) if self._twin else None
            found = self._fast = _compile_twin(plan)
        return found

    @property
    def fast(self) -> re.Pattern[str] | None:
        """The lower-cased twin, run over ``doc.lower`` when ``doc.fast``."""
        return self._fast_form()[0]

    def matches(self, doc: Doc) -> Iterator[re.Match[str]]:
        """Every match of the pattern in ``doc``, as ``regex.finditer(doc.flat)`` finds them.

        The lower-cased twin runs over ``doc.lower`` when ``doc.fast``; when
        every match starts with one of a few literals, candidates are found with
        ``str.find`` (and, where the twin dropped a leading ``\\b``, the boundary is
        tested at each candidate).
        """
        if doc.fast and self._twin:
            fast, bounded, starts = self._fast_form()
            if fast is not None:
                if starts is not None:
                    return _anchored(fast, doc.lower, starts, bounded=bounded)
                return fast.finditer(doc.lower)
        return self.regex.finditer(doc.flat)


#: A twin as compiled: the regex (None: there is none), whether it dropped a leading
#: ``\b`` to test by hand, and the literals every match starts with (None: not used).
_Twin = tuple[re.Pattern[str] | None, bool, tuple[str, ...] | None]
#: A twin as planned (and shipped in ``packs/*/twins.json``): its source instead.
TwinPlan = tuple[str, bool, tuple[str, ...] | None]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _anchored(
    regex: re.Pattern[str], text: str, starts: tuple[str, ...], *, bounded: bool
) -> Iterator[re.Match[str]]:
    # Every match starts with one of ``starts``: find those with ``str.find`` (fast) and
    # try the regex only there, leftmost first, as ``finditer`` would.
    found: set[int] = set()
    for literal in starts:
        i = text.find(literal)
        while i >= 0:
            found.add(i)
            i = text.find(literal, i + 1)
    if not found:
        return
    size = len(text)
    done = 0
    match = regex.match
    for start in sorted(found):
        if start < done:
            continue
        if bounded:
            before = start > 0 and _is_word(text[start - 1])
            if before == (start < size and _is_word(text[start])):
                continue
        m = match(text, start)
        if m is not None:
            yield m
            done = m.end()


def _leading(seq: Any) -> set[str] | None:
    # Literal strings one of which starts every match of the parsed ``seq``.
    prefix = ""
    for op, av in seq:
        if op is _C.LITERAL:
            prefix += chr(av)
            continue
        inner: set[str] | None = None
        if op is _C.SUBPATTERN and not av[1] and not av[2]:
            inner = _leading(av[3])
        elif op is _C.BRANCH:
            alternatives = [_leading(alt) for alt in av[1]]
            if all(a is not None for a in alternatives):
                inner = set().union(*alternatives)  # type: ignore[arg-type]
        if inner is not None:
            return {prefix + x for x in inner}
        break
    return {prefix} if prefix else None


_ESCAPE_UNSAFE = frozenset("xuUN0")
_CLASS_OR_ESCAPE = re.compile(r"\\.|\[|\]|\(|\)|\|")


def _top_level_branch(pattern: str) -> bool:
    # Whether ``pattern`` has a ``|`` outside every group and character class.
    depth = 0
    in_class = False
    class_start = -1
    for m in _CLASS_OR_ESCAPE.finditer(pattern):
        token = m.group()
        if token[0] == "\\":
            continue
        if in_class:
            # A "]" right after "[" or "[^" is a literal.
            if token == "]" and m.start() > class_start:
                in_class = False
            continue
        if token == "[":
            in_class = True
            class_start = m.end() + (1 if pattern[m.end() : m.end() + 1] == "^" else 0)
        elif token == "(":
            depth += 1
        elif token == ")":
            depth -= 1
        elif token == "|" and depth == 0:
            return True
    return False


def _lowered(pattern: str) -> str | None:
    # The pattern with its literals in lower case, escapes, group names and flags kept;
    # None if it cannot be lowered safely.
    out: list[str] = []
    i = 0
    size = len(pattern)
    in_class = False
    class_start = -1
    while i < size:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1 : i + 2]
            if (
                not nxt
                or nxt in _ESCAPE_UNSAFE
                or (nxt.isdigit() and pattern[i + 2 : i + 3].isdigit())
            ):
                return None
            out.append(ch + nxt)
            i += 2
            continue
        if in_class:
            if ch == "]" and i > class_start:
                in_class = False
            elif (
                pattern[i + 1 : i + 2] == "-"
                and i + 2 < size
                and pattern[i + 2] not in "]\\"
                and not _range_lowers(ch, pattern[i + 2])
            ):
                return None
        elif ch == "[":
            in_class = True
            class_start = i + 1 + (pattern[i + 1 : i + 2] == "^")
        elif pattern.startswith("(?", i):
            rest = pattern[i + 2 : i + 3]
            if rest == "P":
                close = (
                    pattern.find(">", i) if pattern.startswith("(?P<", i) else pattern.find(")", i)
                )
                if close < 0:
                    return None
                out.append(pattern[i : close + 1])
                i = close + 1
                continue
            if rest.isalpha() or rest == "-":  # inline flags ("(?i:", "(?-i:"): as written
                return None
            out.append("(?")
            i += 2
            continue
        lower = ch.lower()
        if len(lower) != 1 or ch in _CASE_ODDITIES:
            return None
        out.append(lower)
        i += 1
    return "".join(out)


def _range_lowers(first: str, last: str) -> bool:
    # Whether lower-casing a class range's ends lower-cases the range: letters of one
    # case, digits, or ASCII that holds no letter.
    return (
        ("a" <= first <= last <= "z")
        or ("A" <= first <= last <= "Z")
        or ("0" <= first <= last <= "9")
        or (last < "\x80" and not any(chr(c).isalpha() for c in range(ord(first), ord(last) + 1)))
    )


def _starts(pattern: str) -> set[str] | None:
    try:
        return _leading(_sre_parse.parse(pattern, re.ASCII))
    except (re.error, OverflowError, RecursionError, ValueError):
        return None


def twin_plan(pattern: str) -> TwinPlan | None:
    """The lower-cased twin of a pattern, as source: None when it cannot be lowered."""
    lowered = _lowered(pattern)
    if lowered is None:
        return None
    # A leading \b is dropped only when literal starts remain to find candidates by: the
    # boundary is then tested before the regex runs, as the engine would. Without them,
    # a search from every position would try the rest of the pattern where \b fails at
    # once, which turns a linear search into a quadratic one.
    if lowered.startswith("\\b") and not _top_level_branch(lowered[2:]):
        rest = lowered[2:]
        starts = _starts(rest)
        if starts and all(starts):
            return rest, True, tuple(sorted(starts))
    starts = _starts(lowered)
    # A single literal start is what re's own prefix search already does well.
    return lowered, False, tuple(sorted(starts)) if starts and len(starts) > 1 else None


def _compile_twin(plan: TwinPlan | None) -> _Twin:
    if plan is None:
        return None, False, None
    source, bounded, starts = plan
    try:
        return re.compile(source), bounded, starts
    except re.error:  # the pattern as written then runs, and names the error if it has one
        return None, False, None


#: ``packs/<name>/twins.json``: the twin plan of every built-in pattern, written by
#: ``scripts/clauses.py`` (lowering and parsing each pattern a draft woke was most of
#: the first check's time); a pattern missing from them is planned as before.
TWINS_FILE = "twins.json"
_twins: dict[str, TwinPlan | None] = {}
_twins_from: set[str] = set()


def load_twins(name: str) -> None:
    """Add the twin plans of the built-in pack ``name`` to those known."""
    if name in _twins_from:
        return
    rows = pack_rows(name, TWINS_FILE)
    table = {
        pattern: None if plan is None else (plan[0], plan[1], _tuple_or_none(plan[2]))
        for pattern, plan in rows
    }
    with _lock:
        _twins.update(table)
        _twins_from.add(name)


def _tuple_or_none(starts: list[str] | None) -> tuple[str, ...] | None:
    return None if starts is None else tuple(starts)


def twin_plan_for(pattern: str) -> TwinPlan | None:
    """:func:`twin_plan` of a pattern, from the shipped tables when it is there."""
    if pattern in _twins:
        return _twins[pattern]
    return twin_plan(pattern)


def twins_table_of(patterns: Iterable[str]) -> list[list[object]]:
    """The twin plans of ``patterns`` as written to ``twins.json``."""
    out: list[list[object]] = []
    for pattern in dict.fromkeys(patterns):
        plan = twin_plan(pattern)
        out.append([pattern, None if plan is None else [plan[0], plan[1], plan[2]]])
    return out


@attrs.frozen
class Compiled:
    """A rule with its severity in context and its compiled patterns."""

    rule: Rule
    severity: Severity
    parts: tuple[Part, ...]
    exceptions: re.Pattern[str] | None
    cues: Cues | None = None
    #: Only its patterns can make a finding: when none of them may match, it is skipped.
    by_patterns: bool = attrs.field(init=False)
    #: The parts as a set: tested against the few active ones, it walks those.
    part_set: frozenset[Part] = attrs.field(init=False, repr=False, eq=False)

    @part_set.default
    def _part_set(self) -> frozenset[Part]:
        return frozenset(self.parts)

    @by_patterns.default
    def _by_patterns(self) -> bool:
        return bool(self.parts) and self.cues is None and self.rule.kind != "required"

    def _active(self, doc: Doc, prefilter: bool) -> Iterator[Part]:
        if not prefilter:
            yield from self.parts
            return
        active = doc.active_parts
        if active is not None:
            for part in self.parts:
                if part in active:
                    yield part
            return
        words = doc.word_index
        for part in self.parts:
            if part.needed is None or all(words.satisfies(c) for c in part.needed):
                yield part

    def search(self, doc: Doc) -> bool:
        """Whether any pattern of the rule matches (stops at the first)."""
        for part in self._active(doc, True):
            if any(m.end() > m.start() for m in part.matches(doc)):
                return True
        return False

    def finditer(
        self, doc: Doc, *, prefilter: bool = True
    ) -> Iterator[tuple[int, int, re.Match[str]]]:
        """Non-overlapping, non-empty matches of the rule's patterns, leftmost first.

        Lazy: a caller that stops early (the engine caps findings per rule) does not pay
        for the matches it never reads.
        """
        streams = [_stream(part, doc, i) for i, part in enumerate(self._active(doc, prefilter))]
        if len(streams) == 1:
            for start, neg_end, _, m in streams[0]:
                yield start, -neg_end, m
            return
        # Leftmost first, the longest at one start, then the pattern order; a match
        # that overlaps one already taken is dropped.
        done = -1
        for start, neg_end, _, m in heapq.merge(*streams):
            if start >= done:
                done = -neg_end
                yield start, done, m


def _stream(part: Part, doc: Doc, order: int) -> Iterator[tuple[int, int, int, re.Match[str]]]:
    # (start, -end, pattern order, match): sorts leftmost, then longest, then first pattern.
    for m in part.matches(doc):
        if m.end() > m.start():
            yield m.start(), -m.end(), order, m


_Entry = tuple["Part", tuple[frozenset[str], ...], tuple[Clause, ...]]


class _WordIndex:
    """Patterns filed by the words they need: word -> the patterns it may wake.

    Each pattern is filed under one clause (a whole-word one when it has one); a message's
    words pick the candidates in one set intersection, and only the candidates have their
    remaining clauses checked. The result is the same as checking every clause of every
    pattern, in a fraction of the time.
    """

    __slots__ = ("_always", "_by_word", "_keys", "_prefixed")

    def __init__(self, parts: Iterable[Part]) -> None:
        # Each entry: (part id, the other whole-word clauses, the other clauses with prefixes).
        by_word: dict[str, list[_Entry]] = {}
        prefixed: list[_Entry] = []
        always: list[Part] = []
        for part in parts:
            if part.needed is None:
                always.append(part)
                continue
            trigger = next((cl for cl in part.needed if not cl[1]), part.needed[0])
            rest = [cl for cl in part.needed if cl is not trigger]
            entry = (
                part,
                tuple(cl[0] for cl in rest if not cl[1]),
                tuple(cl for cl in rest if cl[1]),
            )
            if trigger[1]:
                prefixed.append((entry[0], entry[1], (trigger, *entry[2])))
                continue
            for word in trigger[0]:
                by_word.setdefault(word, []).append(entry)
        self._by_word = by_word
        self._keys = frozenset(by_word)
        self._prefixed = tuple(prefixed)
        self._always = frozenset(always)

    def woken(self, words: Words) -> set[Part]:
        """The patterns whose every clause ``words`` satisfies, and those without clauses."""
        present = words.words
        by_word = self._by_word
        out: set[Part] = set(self._always)
        entries = [e for word in present & self._keys for e in by_word[word]]
        entries.extend(self._prefixed)
        for key, whole, prefixed in entries:
            if key in out:
                continue
            for clause in whole:
                if present.isdisjoint(clause):
                    break
            else:
                if all(words.satisfies(c) for c in prefixed):
                    out.add(key)
        return out


class PrefilterIndex:
    """The pre-filter of a whole rule set: which patterns may match a text.

    Three filters, each of which only drops patterns that cannot match (so findings are
    the same with any of them): the words a pattern needs (:class:`_WordIndex`); the
    literals it needs in lower case (:mod:`._literals`), found in one Aho–Corasick scan
    when ``pyahocorasick`` is installed, which then picks the candidates alone, the words
    deciding only for the patterns without literals; and, for the composer's
    self-check, an RE2 set (:mod:`._re2set`), one scan of which names the candidates among
    the patterns it holds.
    """

    __slots__ = ("_by_key", "_literals", "_outside", "_unliteral", "_words")

    def __init__(self, compiled: Iterable[Compiled]) -> None:
        by_key: dict[tuple[str, bool], list[Part]] = {}
        for c in compiled:
            for part in c.parts:
                by_key.setdefault((part.pattern, part.case_sensitive), []).append(part)
        parts = [part for found in by_key.values() for part in found]
        self._by_key = by_key
        self._words = _WordIndex(parts)
        #: The patterns without literals: only the words can rule them out.
        self._unliteral = _WordIndex(p for p in parts if p.literals is None)
        self._literals = LiteralFilter(parts)
        #: (the RE2 set, the parts it does not hold), for the last set used.
        self._outside: tuple[object, frozenset[Part]] | None = None

    def active(self, doc: Doc, fast: PatternSet | None = None) -> frozenset[Part]:
        """The patterns that may match ``doc``."""
        if fast is None and doc.fast and self._literals.scans:
            # One scan for the literals; the words of the few patterns it leaves are then
            # tested, and the word index is walked only for the patterns without literals.
            words = doc.word_index
            found = {
                p
                for p in self._literals.candidates(doc.lower)
                if p.needed is None or all(map(words.satisfies, p.needed))
            }
            found.update(self._unliteral.woken(words))
            return frozenset(found)
        candidates = self._candidates(doc, fast)
        return self._literals.keep(doc.lower, candidates) if doc.fast else frozenset(candidates)

    def prepare(self) -> None:
        """Build what the first checks would otherwise do without (the literals' scan)."""
        self._literals.prepare()

    def _candidates(self, doc: Doc, fast: PatternSet | None) -> set[Part]:
        if fast is not None:
            found = fast.candidates(doc.flat)
            if found is not None:
                by_key = self._by_key
                out = {part for key in found for part in by_key.get(key, ())}
                outside = self._outside_of(fast)
                if outside:
                    out.update(outside & self._words.woken(doc.word_index))
                return out
        return self._words.woken(doc.word_index)

    def _outside_of(self, fast: PatternSet) -> frozenset[Part]:
        known = self._outside
        if known is None or known[0] is not fast:
            keys = fast.keys
            outside = frozenset(
                part for key, parts in self._by_key.items() if key not in keys for part in parts
            )
            known = self._outside = (fast, outside)
        return known[1]


def _regex(patterns: tuple[str, ...], case_sensitive: bool, rule_id: str) -> re.Pattern[str]:
    key = (patterns, case_sensitive)
    compiled = _regexes.get(key)
    if compiled is not None:
        return compiled
    flags = 0 if case_sensitive else re.IGNORECASE
    # One regex per rule: the alternation is scanned once instead of once per pattern.
    # Each pattern is compiled alone only when the whole does not compile, to name it.
    try:
        compiled = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    except (re.error, OverflowError, RecursionError, ValueError):
        for pattern in patterns:
            try:
                re.compile(pattern, flags)
            except (re.error, OverflowError, RecursionError, ValueError) as exc:
                raise RulePackError(
                    f"pattern {shown(pattern)} does not compile: {exc}", rule_id=rule_id
                ) from None
        raise RulePackError(
            f"patterns {shown(patterns)} do not compile together", rule_id=rule_id
        ) from None
    with _lock:
        if len(_regexes) >= _MAX_REGEXES:
            _regexes.clear()
        _regexes[key] = compiled
    return compiled


def _part(pattern: str, case_sensitive: bool, rule_id: str, *, twin: bool) -> Part:
    key = (pattern, case_sensitive, twin)
    part = _parts.get(key)
    if part is None:
        # A pattern that does not parse has no clauses: Part compiles it at once, which
        # raises RulePackError naming it.
        part = Part(pattern, case_sensitive, rule_id, twin=twin)
        with _lock:
            if len(_parts) >= _MAX_REGEXES:
                _parts.clear()
            _parts[key] = part
    return part


def compile_rule(rule: Rule, severity: Severity | None = None) -> Compiled:
    """Compile a rule's patterns; raise :class:`RulePackError` naming it if they are bad."""
    # A replacement expands groups from the match, so it needs the original text's case.
    twin = rule.replacement is None
    parts = tuple(_part(p, rule.case_sensitive, rule.id, twin=twin) for p in rule.patterns)
    exceptions = _regex(rule.exceptions, rule.case_sensitive, rule.id) if rule.exceptions else None
    cues = Cues.build(rule.cues, rule.unless, rule.window, rule.scope) if rule.cues else None
    return Compiled(rule, severity or rule.severity, parts, exceptions, cues)
