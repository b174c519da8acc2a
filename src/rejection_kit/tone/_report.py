"""The report ``check`` returns: findings, per-category scores and a verdict."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Literal

import attrs

from rejection_kit.tone._finding import Finding

__all__ = ["REVIEW_AT", "REWRITE_AT", "Report", "Verdict", "error_rule_ids"]

Verdict = Literal["send", "review", "rewrite"]

#: A total score at or above this means "review" (one warning scores 1).
REVIEW_AT = 1.0
#: A total score at or above this means "rewrite" (one error scores 3).
REWRITE_AT = 5.0


@attrs.frozen(kw_only=True)
class Report:
    """What ``check`` found in one text.

    Attributes:
        findings: Every finding, sorted by ``(start, rule_id)``.
        locale: The normalised locale the text was checked in.
        channel: The channel's name.
        tone: The tone profile's name, or ``None``.
        recipe: The message type, or ``None``.
        text: The text that was checked.
        truncated: The ids of the rules that found more than
            ``MAX_FINDINGS_PER_RULE`` (100) problems; only the first 100 of each are
            reported.
    """

    findings: tuple[Finding, ...]
    score_items: tuple[tuple[str, float], ...] = ()
    locale: str = "en"
    channel: str = "email"
    tone: str | None = None
    recipe: str | None = None
    text: str = ""
    truncated: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """``True`` when no finding is an error."""
        return not any(f.severity == "error" for f in self.findings)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The error-level findings."""
        return tuple(f for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The warning-level findings."""
        return tuple(f for f in self.findings if f.severity == "warning")

    @property
    def scores(self) -> Mapping[str, float]:
        """Per category of the rules that ran: ``weight × severity factor`` summed.

        An error counts 3, a warning 1 and a suggestion 0.25; a clean category is 0.
        """
        return MappingProxyType(dict(self.score_items))

    def verdict_for(
        self, *, review_at: float = REVIEW_AT, rewrite_at: float = REWRITE_AT
    ) -> Verdict:
        """The verdict with custom thresholds on the total score.

        Findings are weighed by severity and by confidence: an error the rules are sure
        of (high or medium confidence) means ``"rewrite"``; a weak cue alone (a warning,
        or an error of low confidence) means ``"review"``; several weak cues add up, and
        at ``rewrite_at`` they block too.
        """
        if any(f.severity == "error" and f.confidence != "low" for f in self.findings):
            return "rewrite"
        total = sum(score for _, score in self.score_items)
        if total >= rewrite_at:
            return "rewrite"
        if total >= review_at:
            return "review"
        return "send"

    @property
    def verdict(self) -> Verdict:
        """``"send"``, ``"review"`` (a warning or several suggestions) or ``"rewrite"``."""
        return self.verdict_for()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with stable keys and order."""
        return {
            "ok": self.ok,
            "verdict": self.verdict,
            "findings": [f.to_dict() for f in self.findings],
            "truncated": list(self.truncated),
            "scores": dict(sorted(self.score_items)),
            "profile": {
                "locale": self.locale,
                "channel": self.channel,
                "tone": self.tone,
                "recipe": self.recipe,
            },
        }

    def _repr_html_(self) -> str:
        from rejection_kit.tone._display import report_html

        return report_html(self)

    def _repr_markdown_(self) -> str:
        from rejection_kit.tone._display import report_markdown

        return report_markdown(self)


def error_rule_ids(report: Report) -> tuple[str, ...]:
    """The ids of the rules with an error-level finding, once each, in order.

    >>> from rejection_kit.tone import check
    >>> error_rule_ids(check("Thank you for the update. I'll do anything for this job."))
    ('desperation.plea',)
    """
    return tuple(dict.fromkeys(f.rule_id for f in report.findings if f.severity == "error"))
