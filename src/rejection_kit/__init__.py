"""Gracious messages after a job rejection, with tone rules that also lint drafts.

>>> import rejection_kit as rk
>>> s = rk.Situation.from_dict({"candidate": {"name": "Maya Chen"},
...     "company": {"name": "Northwind"}, "position": {"title": "Data Analyst"}})
>>> msg = rk.compose(s, recipe="keep_door_open")
>>> msg.text.endswith("Maya Chen")
True
"""

from importlib.metadata import version as _version

from rejection_kit import blocks, recipes
from rejection_kit._caches import clear_caches
from rejection_kit._custom import Phrasings, load_phrasings, phrasings
from rejection_kit._errors import (
    CatalogError,
    CompositionError,
    ConstraintError,
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
)
from rejection_kit.render import Message
from rejection_kit.tone import Finding, Report, check, fix

__version__ = _version("rejection_kit")

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
    "Offer",
    "Phrasings",
    "Position",
    "Problem",
    "Recipe",
    "Rejection",
    "RejectionKitError",
    "Report",
    "RulePackError",
    "Situation",
    "TemplateError",
    "ToneProfile",
    "UnknownChannelError",
    "UnknownContactError",
    "UnknownLocaleError",
    "UnknownNameError",
    "UnknownRecipeError",
    "UnknownToneError",
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
    "recipes",
    "supported_locales",
    "when",
]
