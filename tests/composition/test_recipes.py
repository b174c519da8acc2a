"""Recipes as values: adding, removing and conditioning blocks, and custom blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

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


def _invited(sample_data: dict[str, Any]) -> rk.Situation:
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    return rk.Situation.from_dict(sample_data)


def _to_the_team(situation: rk.Situation) -> rk.Situation:
    """The same situation with no contact named: the note goes to the hiring team."""
    assert situation.rejection is not None
    rejection = attrs.evolve(situation.rejection, by=None)
    return attrs.evolve(situation, contacts=(), interviews=(), offers=(), rejection=rejection)


def test_the_reapply_note_needs_an_invitation(sample: rk.Situation) -> None:
    with pytest.raises(rk.CompositionError, match="reapply_invited"):
        rk.compose(sample, recipe="reapply", to="Priya Raman")


@pytest.mark.parametrize(
    ("to", "opening", "never"),
    [
        # She interviewed the candidate; the invitation may have come from the recruiter.
        (
            "Priya Raman",
            r"interviewed me|spoke about|talked about",
            r"you (kindly )?invited|you encouraged",
        ),
        ("Sam Ortiz", r"invite|encouraged", r"(?!)"),  # he gave the news
        (None, r"[Yy]ou invited me", r"(?!)"),
    ],
)
def test_the_reapply_note_recalls_the_invitation_and_the_role(
    sample_data: dict[str, Any], to: str | None, opening: str, never: str
) -> None:
    situation = _invited(sample_data)
    if to is None:
        situation = _to_the_team(situation)
    texts = {rk.compose(situation, recipe="reapply", to=to, seed=n).text for n in range(9)}
    for text in texts:
        assert re.search(opening, text), text
        assert not re.search(never, text, re.MULTILINE), text
        assert "Senior Data Analyst role" in text
        assert re.search(r"applied again|apply again|new application", text)
        assert not re.search(r"as soon as|next steps|look forward to hearing", text)
    assert len(texts) >= 3


def test_an_agency_recruiter_gets_no_reapply_note(sample_data: dict[str, Any]) -> None:
    sample_data["contacts"].append({"name": "Kim Lee", "role": "agency_recruiter"})
    with pytest.raises(rk.CompositionError, match="reapply"):
        rk.compose(_invited(sample_data), recipe="reapply", to="Kim Lee")


@pytest.mark.parametrize("locale", ["en", "de", "es", "fr", "it", "nl", "pt_BR"])
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_the_reapply_note_is_written_in_every_locale(
    sample_data: dict[str, Any], locale: str, address: str
) -> None:
    for contact in sample_data["contacts"]:
        contact["address"] = address
    situation = _invited(sample_data)
    note = rk.compose(situation, recipe="reapply", to="Priya Raman", locale=locale)
    assert "Senior Data Analyst" in note.text
    assert note.subject is not None
    assert note.subject.endswith("Maya Chen")
    team = rk.compose(_to_the_team(situation), recipe="reapply", locale=locale)
    assert "Senior Data Analyst" in team.text
