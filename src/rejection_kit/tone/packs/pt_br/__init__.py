"""The Brazilian Portuguese pack: every "what not to do" category, written for pt_BR.

Rule ids match the English pack's where the category is the same, so that
``disable("desperation.*")`` switches a category off in every language. There is no
``gratitude.missing`` here: Portuguese thanks are too varied ("agradeço", "valeu", "meu
muito obrigado", "fico feliz por ...") for a short required list to stay precise.
"""

from __future__ import annotations

from rejection_kit.tone._rule import Rule
from rejection_kit.tone.packs.pt_br import (
    apology,
    bitterness,
    desperation,
    door,
    pushiness,
    register,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    *door.RULES,
    *bitterness.RULES,
    *desperation.RULES,
    *pushiness.RULES,
    *apology.RULES,
    *register.RULES,
)
