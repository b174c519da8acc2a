"""Findings: what a rule reports, and the edits that may repair it."""

from __future__ import annotations

from typing import Any, Literal

import attrs

__all__ = ["SEVERITIES", "Edit", "Finding", "Hit", "Safety", "Severity"]

Severity = Literal["error", "warning", "suggestion"]
Safety = Literal["safe", "review", "unsafe"]

#: Severities from the most to the least serious.
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "suggestion")
_SAFETIES: tuple[Safety, ...] = ("safe", "review", "unsafe")


def _check_safety(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in _SAFETIES:
        raise ValueError(f"safety: expected one of {', '.join(_SAFETIES)}; got {value!r}")


@attrs.frozen(kw_only=True)
class Edit:
    """A machine-applicable change: replace ``text[start:end]`` with ``replacement``.

    ``safety`` says whether the change may be applied without a human reading it:
    ``"safe"`` edits are mechanical and keep the meaning, ``"review"`` edits change
    the wording, ``"unsafe"`` ones are only shown.
    """

    start: int
    end: int
    replacement: str
    safety: Safety = attrs.field(default="safe", validator=_check_safety)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "start": self.start,
            "end": self.end,
            "replacement": self.replacement,
            "safety": self.safety,
        }


@attrs.frozen(kw_only=True)
class Hit:
    """What a rule's check yields before the engine turns it into a :class:`Finding`.

    Callable rules yield these; every field but the span is optional and defaults to
    the rule's own message and suggestion. A document-level hit uses ``start=end=0``.
    """

    start: int = 0
    end: int = 0
    message: str | None = None
    suggestion: str | None = None
    fix: Edit | None = None


@attrs.frozen(kw_only=True)
class Finding:
    """One thing a rule noticed in a text.

    ``start`` and ``end`` are half-open code-point offsets into the text that was
    checked, so ``text[finding.start:finding.end] == finding.match`` always holds. A
    finding about the whole message (a missing thank-you, the length) has
    ``start == end == 0`` and an empty ``match``.
    """

    rule_id: str
    category: str
    severity: Severity
    confidence: str
    message: str
    start: int
    end: int
    match: str
    suggestion: str | None = None
    fix: Edit | None = None

    @property
    def is_document_level(self) -> bool:
        """Whether the finding concerns the whole message rather than a span."""
        return self.start == self.end == 0 and not self.match

    def line_column(self, text: str) -> tuple[int, int]:
        """Return the 1-based line and column of ``start`` in ``text``."""
        line = text.count("\n", 0, self.start) + 1
        column = self.start - (text.rfind("\n", 0, self.start) + 1) + 1
        return line, column

    def utf16_span(self, text: str) -> tuple[int, int]:
        """Return ``(start, end)`` in UTF-16 code units, as editors and JavaScript count."""

        def units(s: str) -> int:
            return len(s.encode("utf-16-le", "surrogatepass")) // 2

        before = units(text[: self.start])
        return before, before + units(self.match)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict with stable keys."""
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "severity": self.severity,
            "confidence": self.confidence,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "suggestion": self.suggestion,
            "fix": self.fix.to_dict() if self.fix is not None else None,
        }
