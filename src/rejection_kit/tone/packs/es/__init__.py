"""The Spanish pack: the "what not to do" categories, written for Spanish.

Neutral Spanish for Spain and Latin America. Rule ids match the English pack where the
category is the same, so ``disable("pushiness.*")`` works across languages; patterns
accept words written with or without their accents, as they often are in e-mail.
"""

from __future__ import annotations

from rejection_kit.tone._rule import Rule
from rejection_kit.tone.packs.es import (
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
