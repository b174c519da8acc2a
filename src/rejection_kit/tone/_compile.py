"""Compiling rules: one regex per pattern, each behind a word pre-filter, cached."""

from __future__ import annotations

import re
import threading

import attrs

from rejection_kit._errors import RulePackError
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Severity
from rejection_kit.tone._prefilter import Clause, required_words
from rejection_kit.tone._rule import Rule

__all__ = ["Compiled", "clear_compiled", "compile_rule"]

_lock = threading.Lock()
_regexes: dict[tuple[tuple[str, ...], bool], re.Pattern[str]] = {}
_Part = tuple[tuple[Clause, ...] | None, re.Pattern[str]]
_parts: dict[tuple[str, bool], _Part] = {}
_MAX_REGEXES = 4096


def clear_compiled() -> None:
    """Forget compiled patterns."""
    with _lock:
        _regexes.clear()
        _parts.clear()


@attrs.frozen
class Compiled:
    """A rule with its severity in context and its compiled patterns."""

    rule: Rule
    severity: Severity
    # One (pre-filter prefixes, regex) pair per pattern; None prefixes: always run.
    parts: tuple[tuple[tuple[Clause, ...] | None, re.Pattern[str]], ...]
    exceptions: re.Pattern[str] | None

    def search(self, doc: Doc) -> bool:
        """Whether any pattern of the rule matches (stops at the first)."""
        words = doc.word_index
        for needed, regex in self.parts:
            if needed is not None:
                for clause in needed:
                    if not words.satisfies(clause):
                        break
                else:
                    needed = None
                if needed is not None:
                    continue
            if any(m.end() > m.start() for m in regex.finditer(doc.flat)):
                return True
        return False

    def finditer(
        self, doc: Doc, *, prefilter: bool = True
    ) -> list[tuple[int, int, re.Match[str]]]:
        """Non-overlapping, non-empty matches of the rule's patterns, leftmost first."""
        words = doc.word_index
        found: list[tuple[int, int, re.Match[str]]] = []
        active = 0
        for needed, regex in self.parts:
            if prefilter and needed is not None:
                for clause in needed:
                    if not words.satisfies(clause):
                        break
                else:
                    needed = None
                if needed is not None:
                    continue
            active += 1
            found.extend(
                (m.start(), -m.end(), m) for m in regex.finditer(doc.flat) if m.end() > m.start()
            )
        if active > 1 and found:
            found.sort(key=lambda t: (t[0], t[1]))
            kept: list[tuple[int, int, re.Match[str]]] = []
            for item in found:
                if not kept or item[0] >= -kept[-1][1]:
                    kept.append(item)
            found = kept
        return [(s, -e, m) for s, e, m in found]


def _regex(patterns: tuple[str, ...], case_sensitive: bool, rule_id: str) -> re.Pattern[str]:
    key = (patterns, case_sensitive)
    compiled = _regexes.get(key)
    if compiled is not None:
        return compiled
    flags = 0 if case_sensitive else re.IGNORECASE
    for pattern in patterns:
        try:
            re.compile(pattern, flags)
        except re.error as exc:
            raise RulePackError(
                f"pattern {pattern!r} does not compile: {exc}", rule_id=rule_id
            ) from None
    # One regex per rule: the alternation is scanned once instead of once per pattern.
    compiled = re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    with _lock:
        if len(_regexes) >= _MAX_REGEXES:
            _regexes.clear()
        _regexes[key] = compiled
    return compiled


def _part(pattern: str, case_sensitive: bool, rule_id: str) -> _Part:
    key = (pattern, case_sensitive)
    part = _parts.get(key)
    if part is None:
        regex = _regex((pattern,), case_sensitive, rule_id)
        part = (required_words(pattern, regex.flags), regex)
        with _lock:
            if len(_parts) >= _MAX_REGEXES:
                _parts.clear()
            _parts[key] = part
    return part


def compile_rule(rule: Rule, severity: Severity | None = None) -> Compiled:
    """Compile a rule's patterns; raise :class:`RulePackError` naming it if they are bad."""
    parts = tuple(_part(p, rule.case_sensitive, rule.id) for p in rule.patterns)
    exceptions = _regex(rule.exceptions, rule.case_sensitive, rule.id) if rule.exceptions else None
    return Compiled(rule, severity or rule.severity, parts, exceptions)
