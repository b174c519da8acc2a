"""Rules from TOML tables: the one reader of user packs and of the built-in packs.

A user's pack (``load_pack``) may use the pattern kinds only. The built-in packs,
``packs/<name>/*.toml``, may also name a check function (``check = "module:function"``)
and give their examples the sample situation (``situation = "sample"``); their messages
come from the translated tables in ``packs/messages/``.
"""

from __future__ import annotations

import importlib
from typing import Any

from rejection_kit._errors import RulePackError, shown
from rejection_kit.tone._rule import DATA_KINDS, Example, Rule

__all__ = ["rule_from_table"]

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
        "skip_situation_values",
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
        "cues",
        "unless",
        "window",
        "scope",
    ]
)
_LIST_KEYS = ("tags", "patterns", "exceptions", "channels", "recipes", "tones")
_EXAMPLE_KEYS = frozenset({"text", "channel", "recipe", "tone"})
_BUILTIN_KEYS = frozenset({"check"})


def _examples(value: Any, rule_id: str, origin: str, *, builtin: bool) -> list[Example]:
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
            allowed = _EXAMPLE_KEYS | ({"situation"} if builtin else set())
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("text"), str)
                or set(item) - allowed
                or not all(isinstance(v, str) for v in item.values())
            ):
                raise RulePackError(
                    f"examples.{key}: each example is a string or a table with 'text'",
                    rule_id=rule_id,
                    source=origin,
                )
            if "situation" in item:
                from rejection_kit.tone.packs._sample import SAMPLE_SITUATION

                item = {**item, "situation": SAMPLE_SITUATION}
            out.append(Example(fires=key == "bad", **item))
    return out


def rule_from_table(
    table: Any, index: int, origin: str, *, builtin: bool = False, messages: Any = None
) -> Rule:
    """The rule a TOML table describes; ``messages`` supplies a missing message."""
    if not isinstance(table, dict):
        raise RulePackError(f"rule[{index}] must be a table", source=origin)
    raw_id = table.get("id", f"rule[{index}]")
    rule_id = raw_id if isinstance(raw_id, str) and len(raw_id) <= 200 else shown(raw_id)
    unknown = sorted(set(table) - _RULE_KEYS - (_BUILTIN_KEYS if builtin else set()))
    if unknown:
        raise RulePackError(f"unknown keys: {', '.join(unknown)}", rule_id=rule_id, source=origin)
    if builtin and "message" not in table and messages is not None:
        table = {**messages.get(rule_id, {}), **table}
    for key in ("id", "severity", "message"):
        if not isinstance(table.get(key), str):
            raise RulePackError(
                f"{key!r} is required and must be a string", rule_id=rule_id, source=origin
            )
    kind = table.get("kind", "existence")
    if kind not in DATA_KINDS and not (builtin and "check" in table):
        raise RulePackError(
            f"kind must be one of {', '.join(sorted(DATA_KINDS))} in a pack; got {shown(kind)}",
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
    if "check" in fields:
        fields["check"] = _function(fields["check"], rule_id, origin)
    for key in ("severity_by_channel", "severity_by_recipe"):
        table_value = fields.get(key, {})
        if not isinstance(table_value, dict) or not all(
            isinstance(v, str) for v in table_value.values()
        ):
            raise RulePackError(
                f"{key!r} must be a table of names to severities", rule_id=rule_id, source=origin
            )
    try:
        examples = _examples(table.get("examples"), rule_id, origin, builtin=builtin)
        return Rule(examples=examples, **fields)
    except TypeError as exc:
        raise RulePackError(str(exc), rule_id=rule_id, source=origin) from None
    except RulePackError as exc:
        if exc.source is not None:
            raise
        detail = exc.message.removeprefix(f"{rule_id}: ")
        raise RulePackError(detail, rule_id=rule_id, source=origin) from None


def _function(reference: object, rule_id: str, origin: str) -> Any:
    """``"module:function"`` of a built-in check, imported."""
    if not isinstance(reference, str) or ":" not in reference:
        raise RulePackError("check must be 'module:function'", rule_id=rule_id, source=origin)
    module, _, name = reference.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        raise RulePackError(f"no check {reference!r}", rule_id=rule_id, source=origin) from None
