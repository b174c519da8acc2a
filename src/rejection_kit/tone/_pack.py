"""Rule packs from TOML (or JSON), validated against their own examples on load."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

from rejection_kit._errors import ArgumentError, RejectionKitError, RulePackError, shown
from rejection_kit.channels import get_channel
from rejection_kit.tone._compile import compile_rule
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._engine import run_rule
from rejection_kit.tone._profiles import get_tone
from rejection_kit.tone._redos import unsafe
from rejection_kit.tone._rule import Example, Pack, Rule
from rejection_kit.tone._toml import rule_from_table

__all__ = ["example_fires", "load_pack", "validate_rule"]


def example_fires(rule: Rule, example: Example, *, language: str = "en") -> bool:
    """Whether ``rule`` reports anything on ``example`` in the example's context.

    ``language`` is the rule's pack language: its cue rules read words with that
    language's lemma table, as they do when the pack runs.
    """
    channel = get_channel(example.channel)
    tone = get_tone(example.tone)
    if not rule.applies(channel.name, example.recipe, tone.name if tone else None):
        return False
    ctx = Context(
        channel=channel,
        tone=tone,
        recipe=example.recipe,
        situation=example.situation,
        language=language,
    )
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


def validate_rule(rule: Rule, *, source: str | None = None, language: str = "en") -> None:
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
        for part in compile_rule(rule).parts:
            part.regex  # noqa: B018 - compiled now: a pack is refused when it loads
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
            fired = example_fires(rule, example, language=language)
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
    import tomllib  # only here: the built-in packs are read from their JSON copies

    try:
        data = json.loads(text) if origin.endswith(".json") else tomllib.loads(text)
    except (ValueError, RecursionError) as exc:  # tomllib.TOMLDecodeError is a ValueError
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
        rule = rule_from_table(table, index, origin)
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
