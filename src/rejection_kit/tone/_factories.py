"""Constraint factories for one call: a word limit, no contractions, a forbidden phrase."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rejection_kit import _arguments as arguments
from rejection_kit._errors import ArgumentError, shown
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit, Severity
from rejection_kit.tone._redos import unsafe
from rejection_kit.tone._rule import Example, Rule

__all__ = [
    "CONTRACTIONS",
    "FEEDBACK_REQUEST",
    "forbid",
    "max_words",
    "no_contractions",
    "no_feedback_request",
]

#: Contractions: "don't", "I'm", "we'll", ... (possessives such as "Priya's" are not).
CONTRACTIONS = (
    r"\b\w+n't\b",
    r"\b(?:I|you|we|they|he|she|it|that|there|here|what|who|let)'(?:m|re|ve|d|ll|s)\b",
)
#: Asking for feedback on the application or the interviews.
FEEDBACK_REQUEST = (
    r"\bfeedback\b",
    r"\b(?:areas?|room) (?:for|of) (?:improvement|growth)\b",
    r"\bwhat I could (?:have done|do) (?:better|differently)\b",
    r"\bhow I (?:could|might|can) improve\b",
)


class _MaxWords:
    # A configured callable (cheap __call__), compared by its limit so that equal
    # constraints share one compiled plan.
    __slots__ = ("limit",)

    def __init__(self, limit: int) -> None:
        self.limit = limit

    def __call__(self, doc: Doc, ctx: Context) -> Iterator[Hit]:
        if doc.words > self.limit:
            yield Hit(message=f"May read as too long: {doc.words} words, over {self.limit}.")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _MaxWords) and other.limit == self.limit

    def __hash__(self) -> int:
        return hash((_MaxWords, self.limit))


def max_words(n: int, *, id: str = "constraint.max_words", severity: Severity = "error") -> Rule:
    """A rule that fires when the body has more than ``n`` words.

    >>> from rejection_kit.tone import check
    >>> check("Thank you for the update.", rules=[max_words(3)]).ok
    False
    """
    arguments.integer("n", n, low=1, high=1_000_000)
    return Rule(
        id=id,
        kind="metric",
        severity=severity,
        message=f"May read as too long: more than {n} words.",
        check=_MaxWords(n),
        examples=(
            Example.good("Thank you."),
            Example.bad(" ".join(["thanks"] * (n + 1))),
        ),
    )


def no_contractions(
    *, id: str = "constraint.no_contractions", severity: Severity = "error"
) -> Rule:
    """A rule that fires on contractions ("don't", "I'm"), for a formal register.

    >>> from rejection_kit.tone import check
    >>> check("I'm grateful for your time.", rules=[no_contractions()]).ok
    False
    """
    return Rule(
        id=id,
        kind="existence",
        severity=severity,
        message="May read as too informal: a contraction.",
        patterns=CONTRACTIONS,
        suggestion='Write the words out: "I am", "do not".',
        examples=(
            Example.good("I am grateful for the time you gave me."),
            Example.bad("I'm grateful for the time you gave me."),
        ),
    )


def no_feedback_request(
    *, id: str = "constraint.no_feedback_request", severity: Severity = "error"
) -> Rule:
    """A rule that fires when the message asks for feedback."""
    return Rule(
        id=id,
        kind="existence",
        severity=severity,
        message="May read as asking for feedback where none should be asked for.",
        patterns=FEEDBACK_REQUEST,
        examples=(
            Example.good("Thank you for letting me know."),
            Example.bad("I'd be grateful for any feedback."),
        ),
    )


def forbid(
    pattern: str,
    *,
    id: str,
    message: str | None = None,
    severity: Severity = "error",
    case_sensitive: bool = False,
) -> Rule:
    """A rule that fires wherever the regular expression ``pattern`` matches.

    >>> from rejection_kit.tone import check
    >>> rule = forbid(r"\\bPriya\\b", id="custom.no_first_name")
    >>> report = check("Thank you, Priya.", rules=[rule])
    >>> [f.rule_id for f in report.findings]
    ['custom.no_first_name']
    """
    arguments.text("pattern", pattern, limit=2000)
    if not isinstance(case_sensitive, bool):
        raise ArgumentError(
            "case_sensitive", f"must be true or false, got {shown(case_sensitive)}"
        )
    try:
        re.compile(pattern)
    except (re.error, OverflowError, RecursionError, ValueError) as exc:
        raise ArgumentError("pattern", f"{shown(pattern)} does not compile: {exc}") from None
    if why := unsafe(pattern, 0 if case_sensitive else re.IGNORECASE):
        raise ArgumentError("pattern", f"{shown(pattern)} is refused: {why}")
    return Rule(
        id=id,
        kind="existence",
        severity=severity,
        message=message or f"May read as off-limits here: matches {shown(pattern)}.",
        patterns=(pattern,),
        case_sensitive=case_sensitive,
    )
