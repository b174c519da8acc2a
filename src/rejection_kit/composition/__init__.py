"""Blocks, recipes and variant choice: what a message says, independent of language.

Its modules load on first use (PEP 562): ``check`` needs the tone profiles, not the
blocks and their templates.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

if _typing.TYPE_CHECKING:
    from rejection_kit.composition._block import Block, BlockContext, Part, TemplateSource
    from rejection_kit.composition._blocks import IDEAS, TAGS, OfferBlock, TemplateBlock, tags
    from rejection_kit.composition._choice import seeded_order
    from rejection_kit.composition._facts import Facts, build_facts
    from rejection_kit.composition._profiles import PROFILES, ToneProfile, tone_profile
    from rejection_kit.composition._recipe import Recipe, When, when
    from rejection_kit.composition._recipes import RECIPES, get_recipe

_LAZY = {
    **dict.fromkeys(["Block", "BlockContext", "Part", "TemplateSource"], "_block"),
    **dict.fromkeys(["IDEAS", "TAGS", "OfferBlock", "TemplateBlock", "tags"], "_blocks"),
    "seeded_order": "_choice",
    **dict.fromkeys(["Facts", "build_facts"], "_facts"),
    **dict.fromkeys(["PROFILES", "ToneProfile", "tone_profile"], "_profiles"),
    **dict.fromkeys(["Recipe", "When", "when"], "_recipe"),
    **dict.fromkeys(["RECIPES", "get_recipe"], "_recipes"),
}


def __getattr__(name: str) -> _typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'rejection_kit.composition' has no attribute {name!r}")
    value = getattr(_importlib.import_module(f"rejection_kit.composition.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "IDEAS",
    "PROFILES",
    "RECIPES",
    "TAGS",
    "Block",
    "BlockContext",
    "Facts",
    "OfferBlock",
    "Part",
    "Recipe",
    "TemplateBlock",
    "TemplateSource",
    "ToneProfile",
    "When",
    "build_facts",
    "get_recipe",
    "seeded_order",
    "tags",
    "tone_profile",
    "when",
]
