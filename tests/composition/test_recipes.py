"""Recipes as values: adding, removing and conditioning blocks, and custom blocks."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import pytest

import rejection_kit as rk
from rejection_kit.blocks import BlockContext


@attrs.frozen
class CoffeePS:
    """A user's block, written against the protocol."""

    name: str = "ps"
    paragraph: str = "ps"
    optional: bool = True

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        return ("ps.coffee.1",)

    def render(self, variant: str, ctx: BlockContext) -> str:
        return f"P.S. The coffee at {ctx.facts.company} was excellent."


def test_recipe_plus_block_goes_before_the_sign_off(sample: rk.Situation) -> None:
    """A custom block appears before the closing and is recorded in the parts."""
    recipe = rk.recipes.thank_you + CoffeePS()
    assert recipe.block_names[-3:] == ("ps", "closing", "signature")
    msg = rk.compose(sample, recipe=recipe, to="Lena Park")
    assert "P.S. The coffee at Northwind Analytics was excellent.\n\nWarm regards," in msg.text
    assert msg.parts[-3].variant == "ps.coffee.1"


def test_without_removes_blocks(sample: rk.Situation) -> None:
    """recipe.without drops blocks by name and rejects unknown names."""
    recipe = rk.recipes.full_response.without("well_wishes", "highlight")
    msg = rk.compose(sample, recipe=recipe)
    assert not {"well_wishes", "highlight"} & {p.block for p in msg.parts}
    with pytest.raises(KeyError, match="nope"):
        rk.recipes.full_response.without("nope")


def test_when_makes_a_block_conditional(sample: rk.Situation) -> None:
    """A conditional block applies only where its predicate holds."""
    recipe = rk.recipes.thank_you + rk.when(lambda ctx: ctx.facts.recipient == "Joe", CoffeePS())
    assert "P.S." in rk.compose(sample, recipe=recipe, to="Joe").text
    assert "P.S." not in rk.compose(sample, recipe=recipe, to="Lena Park").text


def test_recipes_are_values() -> None:
    """Recipes are available as attributes and compare by value."""
    assert rk.recipes.RECIPES["thank_you"] is rk.recipes.thank_you
    assert rk.recipes.thank_you.without("well_wishes") == rk.recipes.thank_you.without(
        "well_wishes"
    )
    assert isinstance(CoffeePS(), rk.blocks.Block)
