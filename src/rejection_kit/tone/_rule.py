"""Rules and their examples: the data the tone engine runs."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from rejection_kit._errors import RulePackError, shown
from rejection_kit.tone._finding import SEVERITIES, Hit, Safety, Severity

if TYPE_CHECKING:
    from rejection_kit.tone._context import Context
    from rejection_kit.tone._doc import Doc

__all__ = [
    "CONFIDENCES",
    "DATA_KINDS",
    "KINDS",
    "RULE_ID",
    "CheckFn",
    "Example",
    "Kind",
    "Pack",
    "Rule",
]

Kind = Literal[
    "existence",
    "occurrence",
    "required",
    "cues",
    "metric",
    "typography",
    "consistency",
    "callable",
]
#: Kinds the engine runs from patterns alone; the others need a ``check`` callable.
PATTERN_KINDS: frozenset[str] = frozenset({"existence", "occurrence", "required"})
#: Kinds a rule pack may use: the pattern kinds and lemma cues.
DATA_KINDS: frozenset[str] = PATTERN_KINDS | {"cues"}
KINDS: tuple[str, ...] = (
    "existence",
    "occurrence",
    "required",
    "cues",
    "metric",
    "typography",
    "consistency",
    "callable",
)
CONFIDENCES: tuple[str, ...] = ("high", "medium", "low")
#: Rule ids are dotted lower-case words: ``category.name``.
RULE_ID = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")

CheckFn = Callable[["Doc", "Context"], Iterable[Hit]]


# Converters leave a value of the wrong shape as it is, so that the checks after
# construction can name the field instead of a converter raising a bare TypeError.
_SEQUENCES = (list, tuple, set, frozenset)


def _pairs(value: Any) -> Any:
    items: Any = list(value.items()) if isinstance(value, Mapping) else value
    if not isinstance(items, _SEQUENCES):
        return value
    pairs = [tuple(item) for item in items if isinstance(item, (list, tuple))]
    if len(pairs) != len(items) or any(len(p) != 2 for p in pairs):
        return value
    return tuple(sorted((str(k), str(v)) for k, v in pairs))


def _strs(value: Any) -> Any:
    if isinstance(value, str):
        return (value,)
    return tuple(value) if isinstance(value, _SEQUENCES) else value


def _example_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, _SEQUENCES) else value


def _rule_tuple(value: Any) -> Any:
    return tuple(value) if isinstance(value, _SEQUENCES) else value


def _names(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        return frozenset({value})
    return frozenset(value) if isinstance(value, _SEQUENCES) else value


def _groups(value: Any) -> Any:
    if isinstance(value, _SEQUENCES) and all(isinstance(g, _SEQUENCES) for g in value):
        return tuple(tuple(g) for g in value)
    return value


def _finite(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and value >= 0
    )


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def _field_problems(rule: Rule) -> Iterator[str]:
    """Problems with the types and ranges of a rule's fields (for packs from TOML/JSON)."""
    for name in ("message", "rationale", "suggestion", "replacement"):
        value = getattr(rule, name)
        if value is not None and not isinstance(value, str):
            yield f"{name} must be a string, got {shown(value)}"
    for name in ("patterns", "exceptions", "tags"):
        value = getattr(rule, name)
        if not isinstance(value, tuple) or not all(isinstance(v, str) for v in value):
            yield f"{name} must be a list of strings, got {shown(value)}"
    for name in ("channels", "recipes", "tones"):
        value = getattr(rule, name)
        if value is not None and (
            not isinstance(value, frozenset) or not all(isinstance(v, str) for v in value)
        ):
            yield f"{name} must be a list of names, got {shown(value)}"
    for name in ("severity_by_channel", "severity_by_recipe"):
        value = getattr(rule, name)
        if not isinstance(value, tuple):
            yield f"{name} must be a table of names to severities, got {shown(value)}"
    for name in ("case_sensitive", "skip_quoted", "skip_situation_values"):
        if not isinstance(getattr(rule, name), bool):
            yield f"{name} must be true or false, got {shown(getattr(rule, name))}"
    for name in ("max", "weight"):
        if not _finite(getattr(rule, name)):
            yield f"{name} must be a finite number of at least 0, got {shown(getattr(rule, name))}"
    for name in ("min_count", "min_words"):
        value = getattr(rule, name)
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            yield f"{name} must be a whole number of at least 0, got {shown(value)}"
    if rule.fix_safety not in ("safe", "review", "unsafe"):
        yield f"fix_safety must be safe, review or unsafe, got {shown(rule.fix_safety)}"
    for name in ("cues", "unless"):
        value = getattr(rule, name)
        if not isinstance(value, tuple) or not all(
            isinstance(g, tuple) and g and all(isinstance(e, str) and e.strip() for e in g)
            for g in value
        ):
            yield f"{name} must be a list of lists of lemmas, got {shown(value)}"
    window = rule.window
    if window is not None and (
        isinstance(window, bool) or not isinstance(window, int) or window < 1
    ):
        yield f"window must be a whole number of at least 1, got {shown(window)}"
    if rule.scope not in ("sentence", "message"):
        yield f"scope must be 'sentence' or 'message', got {shown(rule.scope)}"
    if not isinstance(rule.examples, tuple) or not all(
        isinstance(e, Example) for e in rule.examples
    ):
        yield "examples must be a list of Example values"


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
    alone; ``cues`` rules from groups of lemmas (see :mod:`rejection_kit.tone._cues`);
    ``metric``, ``typography``, ``consistency`` and ``callable`` rules carry a
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
        skip_situation_values: For ``existence``: ignore a match that lies inside one of
            the situation's own values (a company really called "Acme Ltd").
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
        cues: For ``cues``: groups of lemmas, one of each must occur together.
        unless: For ``cues``: lemmas that, occurring with them, cancel the match.
        window: For ``cues``: the most tokens a match may span.
        scope: For ``cues``: ``sentence`` (default) or ``message``.
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
    skip_situation_values: bool = False
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
    # Part of equality (functions compare by identity), so that two rules that differ
    # only in their check function never share a cached plan.
    check: CheckFn | None = None
    examples: tuple[Example, ...] = attrs.field(default=(), converter=_example_tuple, eq=False)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strs)
    weight: float = 1.0
    cues: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_groups)
    unless: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_groups)
    window: int | None = None
    scope: Literal["sentence", "message"] = "sentence"

    def __attrs_post_init__(self) -> None:
        problems = list(_field_problems(self))
        if not isinstance(self.id, str) or len(self.id) > 200 or not RULE_ID.match(self.id):
            problems.append(f"id must match {RULE_ID.pattern}")
        if self.kind not in KINDS:
            problems.append(f"kind must be one of {', '.join(KINDS)}; got {shown(self.kind)}")
        severities: list[object] = [self.severity]
        for table in (self.severity_by_channel, self.severity_by_recipe):
            if isinstance(table, tuple):
                severities += [s for _, s in table]
        for severity in severities:
            if severity not in SEVERITIES:
                problems.append(
                    f"severity must be one of {', '.join(SEVERITIES)}; got {shown(severity)}"
                )
        if self.confidence not in CONFIDENCES:
            problems.append(f"confidence must be one of {', '.join(CONFIDENCES)}")
        if self.kind in PATTERN_KINDS and not self.patterns:
            problems.append(f"a {shown(self.kind)} rule needs at least one pattern")
        if self.kind == "cues" and not self.cues:
            problems.append("a 'cues' rule needs at least one group of lemmas")
        if self.kind not in DATA_KINDS and self.check is None:
            problems.append(f"a {shown(self.kind)} rule needs a check callable")
        check: object = self.check
        if check is not None and not callable(check):
            problems.append("check must be callable")
        elif check is not None and not _hashable(check):
            problems.append("check must be hashable (plans are cached by rule)")
        if self.per not in ("message", "100w"):
            problems.append(f"per must be 'message' or '100w'; got {shown(self.per)}")
        if problems:
            short = isinstance(self.id, str) and len(self.id) <= 200
            raise RulePackError("; ".join(problems), rule_id=self.id if short else shown(self.id))

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
