"""Gracious messages after a job rejection, with tone rules that also lint drafts.

>>> import rejection_kit as rk
>>> s = rk.Situation.from_dict({"candidate": {"name": "Maya Chen"},
...     "company": {"name": "Northwind"}, "position": {"title": "Data Analyst"}})
>>> msg = rk.compose(s, recipe="keep_door_open")
>>> msg.text.endswith("Maya Chen")
True

The tone engine, follow-up plans, custom phrasings and ``__version__`` load on first
use, so that ``import rejection_kit`` stays close to the cost of its dependencies.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from rejection_kit import blocks, recipes
from rejection_kit._caches import clear_caches
from rejection_kit._errors import (
    CatalogError,
    CompositionError,
    ConstraintError,
    MissingExtraError,
    Problem,
    RejectionKitError,
    RulePackError,
    TemplateError,
    UnknownChannelError,
    UnknownContactError,
    UnknownLocaleError,
    UnknownNameError,
    UnknownRecipeError,
    UnknownToneError,
    ValidationError,
)
from rejection_kit._pipeline import compose, compose_all, every_variant
from rejection_kit.composition import Recipe, ToneProfile, when
from rejection_kit.language import supported_locales
from rejection_kit.model import (
    Candidate,
    Company,
    Contact,
    Interview,
    Offer,
    Position,
    Rejection,
    Situation,
    Update,
)
from rejection_kit.render import Message

if _typing.TYPE_CHECKING:
    from rejection_kit._custom import Phrasings, load_phrasings, phrasings
    from rejection_kit.followup import Plan, Step, plan_follow_ups
    from rejection_kit.tone import Finding, Report, check, fix

    __version__: str

_LAZY = {
    "Finding": "rejection_kit.tone",
    "Report": "rejection_kit.tone",
    "check": "rejection_kit.tone",
    "fix": "rejection_kit.tone",
    "Plan": "rejection_kit.followup",
    "Step": "rejection_kit.followup",
    "plan_follow_ups": "rejection_kit.followup",
    "Phrasings": "rejection_kit._custom",
    "load_phrasings": "rejection_kit._custom",
    "phrasings": "rejection_kit._custom",
}


def __getattr__(name: str) -> _typing.Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("rejection_kit")
    if name in _LAZY:
        value = getattr(_importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rejection_kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "Candidate",
    "CatalogError",
    "Company",
    "CompositionError",
    "ConstraintError",
    "Contact",
    "Finding",
    "Interview",
    "Message",
    "MissingExtraError",
    "Offer",
    "Phrasings",
    "Plan",
    "Position",
    "Problem",
    "Recipe",
    "Rejection",
    "RejectionKitError",
    "Report",
    "RulePackError",
    "Situation",
    "Step",
    "TemplateError",
    "ToneProfile",
    "UnknownChannelError",
    "UnknownContactError",
    "UnknownLocaleError",
    "UnknownNameError",
    "UnknownRecipeError",
    "UnknownToneError",
    "Update",
    "ValidationError",
    "__version__",
    "blocks",
    "check",
    "clear_caches",
    "compose",
    "compose_all",
    "every_variant",
    "fix",
    "load_phrasings",
    "phrasings",
    "plan_follow_ups",
    "recipes",
    "supported_locales",
    "when",
]
