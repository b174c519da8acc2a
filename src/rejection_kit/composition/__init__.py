"""Blocks, recipes and variant choice: what a message says, independent of language."""

from rejection_kit.composition._block import Block, BlockContext, Part, TemplateSource
from rejection_kit.composition._blocks import TAGS, OfferBlock, TemplateBlock, tags
from rejection_kit.composition._choice import seeded_order
from rejection_kit.composition._facts import Facts, build_facts
from rejection_kit.composition._profiles import PROFILES, ToneProfile, tone_profile
from rejection_kit.composition._recipe import Recipe, When, when
from rejection_kit.composition._recipes import RECIPES, get_recipe

__all__ = [
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
