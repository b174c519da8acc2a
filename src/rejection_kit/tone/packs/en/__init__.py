"""The English pack: every "what not to do" category, plus the required elements."""

from __future__ import annotations

from rejection_kit.tone._rule import Rule
from rejection_kit.tone.packs.en import (
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
