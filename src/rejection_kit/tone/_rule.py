"""Rules and their examples: the data the tone engine runs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from rejection_kit._errors import RulePackError
from rejection_kit.tone._finding import SEVERITIES, Hit, Safety, Severity

if TYPE_CHECKING:
    from rejection_kit.tone._context import Context
    from rejection_kit.tone._doc import Doc

__all__ = ["CONFIDENCES", "KINDS", "RULE_ID", "CheckFn", "Example", "Kind", "Pack", "Rule"]

Kind = Literal[
    "existence", "occurrence", "required", "metric", "typography", "consistency", "callable"
]
#: Kinds the engine runs from patterns alone; the others need a ``check`` callable.
PATTERN_KINDS: frozenset[str] = frozenset({"existence", "occurrence", "required"})
KINDS: tuple[str, ...] = (
    "existence",
    "occurrence",
    "required",
    "metric",
    "typography",
    "consistency",
    "callable",
)
CONFIDENCES: tuple[str, ...] = ("high", "medium", "low")
#: Rule ids are dotted lower-case words: ``category.name``.
RULE_ID = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")

CheckFn = Callable[["Doc", "Context"], Iterable[Hit]]


def _pairs(value: Mapping[str, str] | Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(k), str(v)) for k, v in items))


def _strs(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _example_tuple(value: Iterable[Example]) -> tuple[Example, ...]:
    return tuple(value)


def _rule_tuple(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


def _names(value: Iterable[str] | None) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(value)


@attrs.frozen(kw_only=True)
class Example:
    """A text a rule must flag (``fires=True``) or must leave alone (``fires=False``).

    Examples run as tests, and :func:`~rejection_kit.tone.load_pack` refuses a pack whose
    rules disagree with their own examples. The context (channel, recipe, tone,
    situation) is the one the example is checked in.
    """

    text: str
    fires: bool
    channel: str = "email"
    recipe: str | None = None
    tone: str | None = None
    situation: Any = attrs.field(default=None, eq=False)

    @classmethod
    def good(cls, text: str, **context: Any) -> Example:
        """An example the rule must not flag."""
        return cls(text=text, fires=False, **context)

    @classmethod
    def bad(cls, text: str, **context: Any) -> Example:
        """An example the rule must flag."""
        return cls(text=text, fires=True, **context)


@attrs.frozen(kw_only=True, cache_hash=True)
class Rule:
    """One tone rule: what to look for, how serious it is and how to say so.

    Pattern kinds (``existence``, ``occurrence``, ``required``) run from ``patterns``
    alone; ``metric``, ``typography``, ``consistency`` and ``callable`` rules carry a
    ``check(doc, ctx)`` callable that yields :class:`Hit` values. Patterns are Python
    regular expressions, case-insensitive unless ``case_sensitive``; a straight
    apostrophe or quote in a pattern also matches the typographic ones.

    Args:
        id: Stable dotted id, ``category.name``; the category is the first part.
        kind: One of :data:`KINDS`.
        severity: ``"error"``, ``"warning"`` or ``"suggestion"``.
        message: What the finding says, worded "May read as ...".
        patterns: Regular expressions; for ``occurrence`` they are counted, for
            ``required`` one of them must be present.
        exceptions: Regular expressions; a match that overlaps one is ignored.
        skip_quoted: Ignore matches inside quotation marks (quoting the recruiter).
        channels: Channels the rule applies to; ``None`` for all.
        recipes: Message types the rule applies to; ``None`` for any (even unknown).
        tones: Tone profiles that switch the rule on; ``None`` for always on.
        severity_by_channel: Severity per channel, overriding ``severity``.
        severity_by_recipe: Severity per message type, overriding ``severity``.
        max: For ``occurrence``: how many matches are fine (per message, or per 100
            words when ``per="100w"``).
        min_count: For ``occurrence`` per 100 words: fewer matches never fire.
        min_words: Skip the rule for bodies shorter than this many words.
        replacement: For ``existence``: a mechanical replacement of each match.
        fix_safety: The safety of that replacement.
        suggestion: A human-readable alternative shown with each finding.
        check: The callable for the non-pattern kinds.
        examples: Good and bad :class:`Example` values; at least one of each.
    """

    id: str
    kind: Kind
    severity: Severity
    message: str
    confidence: str = "high"
    rationale: str | None = None
    patterns: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    exceptions: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    case_sensitive: bool = False
    skip_quoted: bool = True
    channels: frozenset[str] | None = attrs.field(default=None, converter=_names)
    recipes: frozenset[str] | None = attrs.field(default=None, converter=_names)
    tones: frozenset[str] | None = attrs.field(default=None, converter=_names)
    severity_by_channel: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    severity_by_recipe: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_pairs)
    max: float = 0
    per: Literal["message", "100w"] = "message"
    min_count: int = 1
    min_words: int = 0
    replacement: str | None = None
    fix_safety: Safety = "review"
    suggestion: str | None = None
    check: CheckFn | None = attrs.field(default=None, eq=False)
    examples: tuple[Example, ...] = attrs.field(default=(), converter=_example_tuple, eq=False)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    weight: float = 1.0

    def __attrs_post_init__(self) -> None:
        problems = []
        if not isinstance(self.id, str) or not RULE_ID.match(self.id):
            problems.append(f"id must match {RULE_ID.pattern}")
        if self.kind not in KINDS:
            problems.append(f"kind must be one of {', '.join(KINDS)}; got {self.kind!r}")
        severities = [self.severity, *(s for _, s in self.severity_by_channel)]
        severities += [s for _, s in self.severity_by_recipe]
        for severity in severities:
            if severity not in SEVERITIES:
                problems.append(
                    f"severity must be one of {', '.join(SEVERITIES)}; got {severity!r}"
                )
        if self.confidence not in CONFIDENCES:
            problems.append(f"confidence must be one of {', '.join(CONFIDENCES)}")
        if self.kind in PATTERN_KINDS and not self.patterns:
            problems.append(f"a {self.kind!r} rule needs at least one pattern")
        if self.kind not in PATTERN_KINDS and self.check is None:
            problems.append(f"a {self.kind!r} rule needs a check callable")
        if self.per not in ("message", "100w"):
            problems.append(f"per must be 'message' or '100w'; got {self.per!r}")
        if problems:
            raise RulePackError("; ".join(problems), rule_id=str(self.id))

    @property
    def category(self) -> str:
        """The category: the first part of the id."""
        return self.id.partition(".")[0]

    def severity_for(self, channel: str, recipe: str | None) -> Severity:
        """The severity in a context, before any per-call regrading."""
        severity: str = self.severity
        for name, value in self.severity_by_recipe:
            if name == recipe:
                severity = value
        for name, value in self.severity_by_channel:
            if name == channel:
                severity = value
        return severity  # type: ignore[return-value]

    def applies(self, channel: str, recipe: str | None, tone: str | None) -> bool:
        """Whether the rule runs in this context at all."""
        if self.channels is not None and channel not in self.channels:
            return False
        if self.recipes is not None and recipe not in self.recipes:
            return False
        return self.tones is None or tone in self.tones


@attrs.frozen(kw_only=True)
class Pack:
    """A named group of rules, as :func:`~rejection_kit.tone.load_pack` returns it.

    Pass it in ``rules=`` to add all of its rules for one call.
    """

    name: str
    rules: tuple[Rule, ...] = attrs.field(converter=_rule_tuple)
    source: str | None = None

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)
