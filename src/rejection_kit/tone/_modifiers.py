"""Per-call changes to the rule set: disable rules, change their severity."""

from __future__ import annotations

import fnmatch

import attrs

from rejection_kit._errors import ArgumentError, shown
from rejection_kit.tone._finding import SEVERITIES, Severity

__all__ = ["Disable", "Regrade", "disable", "regrade"]


@attrs.frozen
class Disable:
    """Switches off every rule whose id matches one of ``patterns`` (shell globs)."""

    patterns: tuple[str, ...]

    def matches(self, rule_id: str) -> bool:
        """Whether ``rule_id`` is switched off."""
        return any(fnmatch.fnmatchcase(rule_id, p) for p in self.patterns)


@attrs.frozen
class Regrade:
    """Gives every rule whose id matches ``pattern`` (a shell glob) a new severity."""

    pattern: str
    severity: Severity

    def matches(self, rule_id: str) -> bool:
        """Whether ``rule_id`` is regraded."""
        return fnmatch.fnmatchcase(rule_id, self.pattern)


def disable(*patterns: str) -> Disable:
    """Switch rules off for one call: ``check(text, rules=[disable("pushiness.*")])``.

    Args:
        *patterns: Rule ids or shell-style globs over ids.
    """
    if not patterns or not all(isinstance(p, str) and p and len(p) <= 200 for p in patterns):
        raise ArgumentError("patterns", f"must be rule ids or globs, got {shown(patterns)}")
    return Disable(tuple(patterns))


def regrade(pattern: str, severity: Severity) -> Regrade:
    """Change rules' severity for one call: ``rules=[regrade("apology.count", "suggestion")]``.

    Args:
        pattern: A rule id or a shell-style glob over ids.
        severity: ``"error"``, ``"warning"`` or ``"suggestion"``.
    """
    if not isinstance(pattern, str) or not pattern or len(pattern) > 200:
        raise ArgumentError("pattern", f"must be a rule id or a glob, got {shown(pattern)}")
    if severity not in SEVERITIES:
        raise ArgumentError(
            "severity", f"must be one of {', '.join(SEVERITIES)}, got {shown(severity)}"
        )
    return Regrade(pattern, severity)
