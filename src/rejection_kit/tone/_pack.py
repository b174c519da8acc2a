"""Rule packs from TOML (or JSON), validated against their own examples on load."""

from __future__ import annotations

import json
import os
import re
import time
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rejection_kit._errors import ArgumentError, RejectionKitError, RulePackError, shown
from rejection_kit.channels import get_channel
from rejection_kit.tone._compile import compile_rule
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._engine import run_rule
from rejection_kit.tone._profiles import get_tone
from rejection_kit.tone._redos import unsafe
from rejection_kit.tone._rule import PATTERN_KINDS, Example, Pack, Rule

__all__ = ["example_fires", "load_pack", "validate_rule"]

_RULE_KEYS = frozenset(
    [
        "id",
        "kind",
        "severity",
        "message",
        "confidence",
        "rationale",
        "tags",
        "patterns",
        "exceptions",
        "case_sensitive",
        "skip_quoted",
        "channels",
        "recipes",
        "tones",
        "severity_by_channel",
        "severity_by_recipe",
        "max",
        "per",
        "min_count",
        "min_words",
        "suggestion",
        "replacement",
        "fix_safety",
        "weight",
        "examples",
    ]
)
_LIST_KEYS = ("tags", "patterns", "exceptions", "channels", "recipes", "tones")
_EXAMPLE_KEYS = frozenset({"text", "channel", "recipe", "tone"})


def example_fires(rule: Rule, example: Example) -> bool:
    """Whether ``rule`` reports anything on ``example`` in the example's context."""
    channel = get_channel(example.channel)
    tone = get_tone(example.tone)
    if not rule.applies(channel.name, example.recipe, tone.name if tone else None):
        return False
    ctx = Context(channel=channel, tone=tone, recipe=example.recipe, situation=example.situation)
    compiled = compile_rule(rule, rule.severity_for(channel.name, example.recipe))
    return any(True for _ in run_rule(compiled, Doc(example.text), ctx))


#: Bounds on what a pack may hold, so that loading one stays cheap whatever it holds.
MAX_PACK_BYTES = 1_000_000
MAX_RULES = 500
MAX_PATTERNS = 200
MAX_PATTERN = 2000
MAX_EXAMPLE = 5000
#: CPU seconds that validating one pack may take (its patterns' checks and examples).
PACK_BUDGET = 10.0


def _pattern_problems(rule: Rule) -> Iterator[str]:
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    if len(rule.patterns) + len(rule.exceptions) > MAX_PATTERNS:
        yield f"has more than {MAX_PATTERNS} patterns"
        return
    for pattern in (*rule.patterns, *rule.exceptions):
        if len(pattern) > MAX_PATTERN:
            yield f"pattern {shown(pattern)} is longer than {MAX_PATTERN} characters"
        elif why := unsafe(pattern, flags):
            yield f"pattern {shown(pattern)} is refused: {why}"
    if rule.replacement is not None and rule.patterns:
        try:  # parses the replacement's group references against the patterns' groups
            for pattern in rule.patterns:
                re.compile(pattern, flags).sub(rule.replacement, "")
        except (re.error, IndexError) as exc:
            yield f"replacement {shown(rule.replacement)} is invalid: {exc}"
    for example in rule.examples:
        if not isinstance(example.text, str) or len(example.text) > MAX_EXAMPLE:
            yield f"an example must be a string of at most {MAX_EXAMPLE} characters"


def validate_rule(rule: Rule, *, source: str | None = None) -> None:
    """Check that a rule is safe to run and agrees with its own examples.

    Every pattern must compile and run in linear time (see
    :func:`rejection_kit.tone._redos.unsafe`); a replacement must only name groups the
    patterns have.

    Raises:
        RulePackError: Naming the rule: a pattern does not compile or could take more
            than linear time, a good or a bad example is missing, a bad example does
            not fire or a good one does.
    """
    if not isinstance(rule, Rule):
        raise RulePackError(f"expected a Rule, got {shown(rule)}", source=source)
    try:
        compile_rule(rule)
    except RulePackError as exc:
        detail = exc.message.removeprefix(f"{rule.id}: ")
        raise RulePackError(detail, rule_id=rule.id, source=source) from None
    problems = list(_pattern_problems(rule))
    if problems:
        raise RulePackError("; ".join(problems), rule_id=rule.id, source=source)
    if not any(e.fires for e in rule.examples):
        problems.append("needs at least one bad example")
    if not any(not e.fires for e in rule.examples):
        problems.append("needs at least one good example")
    for example in rule.examples:
        try:
            fired = example_fires(rule, example)
        except RulePackError:
            raise
        except RejectionKitError as exc:
            problems.append(f"example {shown(example.text)}: {exc}")
            continue
        except (re.error, IndexError) as exc:  # a replacement that only fails on a match
            problems.append(f"example {shown(example.text)}: {exc}")
            continue
        if fired != example.fires:
            what = "bad example does not fire" if example.fires else "good example fires"
            problems.append(f"{what}: {shown(example.text)}")
    if problems:
        raise RulePackError("; ".join(problems), rule_id=rule.id, source=source)


def _examples(value: Any, rule_id: str, origin: str) -> list[Example]:
    if value is None:
        return []
    if not isinstance(value, dict) or set(value) - {"good", "bad"}:
        raise RulePackError(
            "examples must be a table with 'good' and 'bad' lists", rule_id=rule_id, source=origin
        )
    out = []
    for key in ("good", "bad"):
        items = value.get(key, [])
        if not isinstance(items, list):
            raise RulePackError(f"examples.{key} must be a list", rule_id=rule_id, source=origin)
        for item in items:
            if isinstance(item, str):
                item = {"text": item}
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("text"), str)
                or set(item) - _EXAMPLE_KEYS
                or not all(isinstance(v, str) for v in item.values())
            ):
                raise RulePackError(
                    f"examples.{key}: each example is a string or a table with 'text'",
                    rule_id=rule_id,
                    source=origin,
                )
            out.append(Example(fires=key == "bad", **item))
    return out


def _rule(table: Any, index: int, origin: str) -> Rule:
    if not isinstance(table, dict):
        raise RulePackError(f"rule[{index}] must be a table", source=origin)
    raw_id = table.get("id", f"rule[{index}]")
    rule_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= 200 else shown(raw_id)
    unknown = sorted(set(table) - _RULE_KEYS)
    if unknown:
        raise RulePackError(f"unknown keys: {', '.join(unknown)}", rule_id=rule_id, source=origin)
    for key in ("id", "severity", "message"):
        if not isinstance(table.get(key), str):
            raise RulePackError(
                f"{key!r} is required and must be a string", rule_id=rule_id, source=origin
            )
    kind = table.get("kind", "existence")
    if kind not in PATTERN_KINDS:
        raise RulePackError(
            f"kind must be one of {', '.join(sorted(PATTERN_KINDS))} in a pack; got {kind!r}",
            rule_id=rule_id,
            source=origin,
        )
    for key in _LIST_KEYS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RulePackError(
                f"{key!r} must be a list of strings", rule_id=rule_id, source=origin
            )
    fields = {k: v for k, v in table.items() if k != "examples"}
    fields["kind"] = kind
    for key in ("severity_by_channel", "severity_by_recipe"):
        table_value = fields.get(key, {})
        if not isinstance(table_value, dict) or not all(
            isinstance(v, str) for v in table_value.values()
        ):
            raise RulePackError(
                f"{key!r} must be a table of names to severities", rule_id=rule_id, source=origin
            )
    try:
        return Rule(examples=_examples(table.get("examples"), rule_id, origin), **fields)
    except TypeError as exc:
        raise RulePackError(str(exc), rule_id=rule_id, source=origin) from None
    except RulePackError as exc:
        if exc.source is not None:
            raise
        detail = exc.message.removeprefix(f"{rule_id}: ")
        raise RulePackError(detail, rule_id=rule_id, source=origin) from None


def load_pack(source: str | os.PathLike[str], *, name: str | None = None) -> Pack:
    r"""Load a rule pack from a TOML (or ``.json``) file or from TOML text, and validate it.

    Every rule must have a unique dotted id, patterns that compile, at least one good
    and one bad example, and every bad example must fire and no good one may.

    Args:
        source: A path, or the TOML text itself.
        name: The pack's name; defaults to the file's stem or the ``name`` key.

    Returns:
        A :class:`Pack` to pass in ``rules=``.

    Raises:
        RulePackError: The pack is malformed or fails its own examples; the error names
            the rule and the source.

    >>> pack = load_pack('''
    ... [[rule]]
    ... id = "acme.salary"
    ... severity = "warning"
    ... message = "May read as negotiating after the decision."
    ... patterns = ['\\bsalary\\b']
    ... examples.bad = ["Could we talk about the salary again?"]
    ... examples.good = ["Thank you for the update."]
    ... ''')
    >>> [rule.id for rule in pack.rules]
    ['acme.salary']
    """
    if name is not None and not isinstance(name, str):
        raise ArgumentError("name", f"must be a string, got {shown(name)}")
    path, origin, text = _read(source)
    try:
        data = json.loads(text) if origin.endswith(".json") else tomllib.loads(text)
    except (ValueError, tomllib.TOMLDecodeError, RecursionError) as exc:
        detail = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise RulePackError(
            f"not a valid pack file: {shown(detail)[1:-1]}", source=origin
        ) from None
    if not isinstance(data, dict):
        raise RulePackError("a pack is a table with [[rule]] entries", source=origin)
    unknown = sorted(shown(k) for k in set(data) - {"name", "rule"})
    if unknown:
        raise RulePackError(f"unknown top-level keys: {', '.join(unknown)}", source=origin)
    tables = data.get("rule", [])
    if not isinstance(tables, list) or not tables:
        raise RulePackError("a pack needs at least one [[rule]] table", source=origin)
    if len(tables) > MAX_RULES:
        raise RulePackError(f"a pack holds at most {MAX_RULES} rules", source=origin)
    deadline = time.thread_time() + PACK_BUDGET
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, table in enumerate(tables):
        rule = _rule(table, index, origin)
        if rule.id in seen:
            raise RulePackError("duplicate rule id", rule_id=rule.id, source=origin)
        seen.add(rule.id)
        validate_rule(rule, source=origin)
        rules.append(rule)
        if time.thread_time() > deadline:
            raise RulePackError(
                f"validating the pack took more than {PACK_BUDGET:.0f} s of CPU time",
                rule_id=rule.id,
                source=origin,
            )
    pack_name = name or data.get("name") or (path.stem if path is not None else "pack")
    if not isinstance(pack_name, str):
        raise RulePackError("the pack's name must be a string", source=origin)
    return Pack(name=pack_name, rules=tuple(rules), source=origin)


def _read(source: object) -> tuple[Path | None, str, str]:
    """(path, origin, text) of a pack given as a path or as TOML text."""
    is_path = isinstance(source, os.PathLike) or (
        isinstance(source, str) and "\n" not in source and "=" not in source
    )
    if is_path:
        path = Path(source)  # type: ignore[arg-type]
        origin = str(path) if len(str(path)) <= 300 else shown(str(path))
        try:
            if path.stat().st_size > MAX_PACK_BYTES:
                raise RulePackError(f"a pack is at most {MAX_PACK_BYTES} bytes", source=origin)
            return path, origin, path.read_text(encoding="utf-8")
        except OSError as exc:
            raise RulePackError(f"cannot read the pack: {exc.strerror}", source=origin) from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise RulePackError(
                f"cannot read the pack: {shown(str(exc))}", source=origin
            ) from None
    if isinstance(source, str):
        if len(source) > MAX_PACK_BYTES:
            raise RulePackError(f"a pack is at most {MAX_PACK_BYTES} bytes", source="<string>")
        return None, "<string>", source
    raise ArgumentError("source", f"must be a path or TOML text, got {shown(source)}")
