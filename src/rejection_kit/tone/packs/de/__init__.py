"""The German pack: every "what not to do" category, written for German, plus Sie/du.

Rule ids match the English pack where the category is the same, so that
``disable("desperation.reconsider")`` switches a category off in every language.
"""

from __future__ import annotations

from rejection_kit.tone._rule import Rule
from rejection_kit.tone.packs.de import (
    apology,
    bitterness,
    desperation,
    gratitude,
    pushiness,
    register,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    *gratitude.RULES,
    *bitterness.RULES,
    *desperation.RULES,
    *pushiness.RULES,
    *apology.RULES,
    *register.RULES,
)
