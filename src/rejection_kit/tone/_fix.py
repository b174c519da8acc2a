"""Applying fixes: only mechanical, safe edits, repeated until nothing changes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from rejection_kit import _arguments as arguments
from rejection_kit.tone._engine import MAX_CHECKED, RuleSpec, _modifiers, _situation, check
from rejection_kit.tone._finding import Edit, Finding, Safety
from rejection_kit.tone._report import Report

__all__ = ["apply_fixes", "fix"]

_ORDER: dict[str, int] = {"safe": 0, "review": 1, "unsafe": 2}
_MAX_PASSES = 8


def _edits(findings: Iterable[Finding], max_safety: Safety) -> list[Edit]:
    limit = _ORDER[max_safety]
    candidates = sorted(
        (f.fix for f in findings if f.fix is not None and _ORDER[f.fix.safety] <= limit),
        key=lambda e: (e.start, e.end, e.replacement),
    )
    chosen: list[Edit] = []
    for edit in candidates:
        if chosen and edit.start < chosen[-1].end:
            continue  # overlapping edits: keep the first, the next pass sees the rest
        if chosen and edit.start == edit.end == chosen[-1].end:
            continue
        chosen.append(edit)
    return chosen


def apply_fixes(text: str, findings: Iterable[Finding], *, max_safety: Safety = "safe") -> str:
    """Apply the non-overlapping fixes of ``findings`` up to ``max_safety``, once.

    Offsets refer to ``text``; edits are applied right to left so they stay valid.

    >>> from rejection_kit.tone import check
    >>> text = "Thank you!!!"
    >>> apply_fixes(text, check(text).findings)
    'Thank you!'
    """
    if max_safety not in _ORDER:
        raise ValueError(f"max_safety: expected one of safe, review, unsafe; got {max_safety!r}")
    out = text
    for edit in reversed(_edits(findings, max_safety)):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


def _error_counts(report: Report) -> Counter[str]:
    return Counter(f.rule_id for f in report.findings if f.severity == "error")


def fix(
    text: str,
    *,
    situation: object = None,
    locale: str = "en",
    channel: object = "email",
    tone: object = None,
    rules: Iterable[RuleSpec] | None = None,
    recipe: object = None,
) -> str:
    """Apply the safe, mechanical fixes and return the new text.

    Safe fixes collapse "!!!" and "?!", lower-case shouted words, remove emoji where the
    channel does not allow them and fill placeholders from the situation. Nothing that
    changes the meaning is applied. The result is a fixed point: ``fix(fix(x)) == fix(x)``.
    A pass that would introduce a new error is not applied.

    Args:
        text: The message.
        situation: The situation; placeholders are filled from it when unambiguous.
        locale: As for :func:`check`.
        channel: As for :func:`check`.
        tone: As for :func:`check`.
        rules: As for :func:`check`.
        recipe: As for :func:`check`.

    Returns:
        The text with the safe fixes applied.

    >>> fix("THANK YOU for the update!!")
    'Thank you for the update!'
    """
    options: dict[str, Any] = {
        "situation": _situation(situation),
        "locale": locale,
        "channel": channel,
        "tone": tone,
        "rules": _modifiers(rules),
        "recipe": recipe,
    }
    current = arguments.text("text", text, limit=MAX_CHECKED)
    report = check(current, **options)
    for _ in range(_MAX_PASSES):
        candidate = apply_fixes(current, report.findings)
        if candidate == current:
            return current
        new_report = check(candidate, **options)
        before = _error_counts(report)
        if any(count > before[rule_id] for rule_id, count in _error_counts(new_report).items()):
            return current
        current, report = candidate, new_report
    return current
