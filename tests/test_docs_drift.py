"""What the README and the changelog list is what the code has: recipes, channels, tones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import rejection_kit as rk

ROOT = Path(__file__).resolve().parents[1]


def _listed(path: str, heading: str) -> set[str]:
    """The backticked names in the paragraph of ``path`` that starts with ``heading``."""
    text = (ROOT / path).read_text(encoding="utf-8")
    start = text.index(heading)
    paragraph = re.split(r"\n(?=- |\n)", text[start:], maxsplit=1)[0]
    return set(re.findall(r"`([a-z_]+)`", paragraph))


@pytest.mark.parametrize(
    ("path", "heading"),
    [("README.md", "**Recipes made of blocks**"), ("CHANGELOG.md", "The built-in recipes")],
)
def test_the_recipes_listed_are_the_recipes_that_ship(path: str, heading: str) -> None:
    listed = _listed(path, heading) & (set(rk.recipes.RECIPES) | {"thank_you"})
    assert listed == set(rk.recipes.RECIPES)


def test_the_types_name_every_shipped_recipe_channel_and_tone() -> None:
    import typing

    assert set(typing.get_args(rk.types.RecipeName)) == set(rk.recipes.RECIPES)
    assert set(typing.get_args(rk.types.ChannelName)) == set(rk.channels.CHANNELS)
    assert set(typing.get_args(rk.types.ToneName)) == set(rk.composition.PROFILES)
