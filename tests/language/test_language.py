"""Locales, catalogs and Babel formatting."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language import resolve_locale, translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("asked", "served"), [("en", "en"), ("en_US", "en"), ("en-GB", "en")])
def test_locales_resolve_through_the_chain(asked: str, served: str) -> None:
    """Regional English resolves to the English catalog."""
    assert resolve_locale(asked) == served


@pytest.mark.parametrize("asked", ["xx", "", "zz_ZZ", "ja"])
def test_unsupported_locales_raise(asked: str) -> None:
    """An unknown or unshipped locale raises, listing what ships."""
    with pytest.raises(rk.UnknownLocaleError) as info:
        resolve_locale(asked)
    assert info.value.choices == rk.supported_locales()


def test_missing_translation_raises_instead_of_falling_back() -> None:
    """A message absent from a catalog is an error, never silent English."""
    with pytest.raises(rk.CatalogError, match="no 'en' translation"):
        translations("en").gettext("A sentence no template contains.")


def test_dates_come_from_babel(sample: rk.Situation) -> None:
    """Interview dates are formatted by Babel for the locale."""
    texts = [m.text for m in rk.every_variant(sample, recipe="thank_you", to="Lena Park")]
    assert any("conversation on November 10" in t for t in texts)


def test_catalogs_are_complete_and_current() -> None:
    """Every catalog has every extracted message translated, none fuzzy or stale."""
    spec = importlib.util.spec_from_file_location("i18n", ROOT / "scripts" / "i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.problems() == []


def test_clear_caches_reloads(sample: rk.Situation) -> None:
    """After clear_caches, composing works and gives the same text."""
    before = rk.compose(sample).text
    rk.clear_caches()
    assert rk.compose(sample).text == before


@pytest.mark.all_locales
@pytest.mark.parametrize("gender", [None, "female", "male"])
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_recipe_composes_in_every_locale(
    locale: str, gender: str | None, address: str, sample_data: dict[str, Any]
) -> None:
    """Every recipe composes in every shipped locale, for each gender and register."""
    contact = sample_data["contacts"][0]
    contact.pop("gender", None)
    contact["address"] = address
    if gender:
        contact["gender"] = gender
    sample_data["rejection"].pop("feedback")  # so that feedback_request applies too
    sample_data["rejection"]["reapply_invited"] = True  # so that reapply applies too
    told = rk.Situation.from_dict(sample_data)
    sample_data["rejection"]["via"] = "none"  # the ghosted closure is for silence
    ghosted = rk.Situation.from_dict(sample_data)
    written = 0
    for recipe in sorted(rk.recipes.RECIPES):
        situation = ghosted if recipe == "ghosted_closure" else told
        assert rk.recipes.RECIPES[recipe].applies(situation) is None, recipe
        # Each recipe to the manager where it is for her, else to whoever it is for.
        eligible = rk.recipes.RECIPES[recipe].eligible
        to = next(c.name for c in situation.contacts if eligible(c, situation))
        if to != "Priya Raman":
            continue  # her register and gender are what this test varies
        message = rk.compose(situation, recipe=recipe, to=to, locale=locale)
        assert message.locale == locale
        assert message.address == address
        report = rk.check(
            message.text,
            situation=situation,
            locale=locale,
            channel=message.channel,
            recipe=recipe,
        )
        assert report.ok, (recipe, [f.rule_id for f in report.errors])
        written += 1
    assert written >= 7  # the recipes for a hiring manager
