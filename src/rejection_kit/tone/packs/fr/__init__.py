"""The French pack: the "what not to do" categories, written for French.

Rule ids match the English pack where the category is the same, so that
``disable("bitterness.*")`` or ``disable("desperation.reconsider")`` works across
languages. French adds ``formality.mixed_address``: vous and tu in one message.
"""

from __future__ import annotations

from rejection_kit.tone._rule import Rule
from rejection_kit.tone.packs.fr.apology import RULES as _APOLOGY
from rejection_kit.tone.packs.fr.bitterness import RULES as _BITTERNESS
from rejection_kit.tone.packs.fr.desperation import RULES as _DESPERATION
from rejection_kit.tone.packs.fr.elements import RULES as _ELEMENTS
from rejection_kit.tone.packs.fr.pushiness import RULES as _PUSHINESS
from rejection_kit.tone.packs.fr.register import RULES as _REGISTER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    *_ELEMENTS,
    *_BITTERNESS,
    *_DESPERATION,
    *_PUSHINESS,
    *_APOLOGY,
    *_REGISTER,
)
