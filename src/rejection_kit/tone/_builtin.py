"""The built-in rule packs, read from their TOML files once and cached.

``packs/root/`` holds the language-agnostic rules (placeholders, names, length per
channel, typography); ``packs/<language>/`` one file per category. What each rule says
lives in ``packs/messages/<language>.toml``, once per rule id, translated.
"""

from __future__ import annotations

import functools
from typing import Any

from rejection_kit._errors import RulePackError
from rejection_kit._toml import read_toml
from rejection_kit.tone._rule import Rule
from rejection_kit.tone._toml import rule_from_table

__all__ = ["has_pack", "messages", "pack"]


def _folder(*parts: str) -> Any:
    from importlib import resources

    path = resources.files("rejection_kit.tone.packs")
    for part in parts:
        path = path / part
    return path


def has_pack(name: str) -> bool:
    """Whether a built-in pack ``name`` ships (``root``, ``en``, ``pt_br``, ...)."""
    folder = _folder(name)
    return folder.is_dir() and any(p.name.endswith(".toml") for p in folder.iterdir())


@functools.cache
def messages(language: str) -> dict[str, dict[str, str]]:
    """The message table of a language: rule id → message, rationale, suggestion."""
    if not _folder("messages", f"{language}.toml").is_file():
        return {}
    return read_toml(_folder("messages"), f"{language}.toml")


@functools.cache
def pack(name: str) -> tuple[Rule, ...]:
    """The rules of a built-in pack, in file and then table order."""
    english = messages("en")
    rules: list[Rule] = []
    for source in sorted(_folder(name).iterdir(), key=lambda p: p.name):
        if not source.name.endswith(".toml"):
            continue
        origin = f"packs/{name}/{source.name}"
        data = read_toml(_folder(name), source.name)
        for index, table in enumerate(data.get("rule", [])):
            rules.append(rule_from_table(table, index, origin, builtin=True, messages=english))
    if not rules:
        raise RulePackError("no rules", source=f"packs/{name}")
    return tuple(rules)
