"""Gracious messages after a job rejection, with tone rules that also lint drafts.

>>> import rejection_kit as rk
>>> s = rk.Situation.from_dict({"candidate": {"name": "Maya Chen"},
...     "company": {"name": "Northwind"}, "position": {"title": "Data Analyst"}})
>>> msg = rk.compose(s, recipe="keep_door_open")
>>> msg.text.endswith("Maya Chen")
True

Everything but the exceptions loads on first use, so that ``import rejection_kit``
costs less than importing its dependencies; catalogs, templates and rule packs load
when a message is first composed or checked.
"""

from __future__ import annotations

import importlib as _importlib
import typing as _typing

from rejection_kit._errors import (
    ArgumentError,
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

if _typing.TYPE_CHECKING:
    from rejection_kit import (
        batch,
        blocks,
        channels,
        composition,
        followup,
        language,
        model,
        recipes,
        render,
        tone,
        tools,
        types,
    )
    from rejection_kit._caches import clear_caches
    from rejection_kit._custom import Phrasings, load_phrasings, phrasings
    from rejection_kit._pipeline import compose, compose_all, every_variant
    from rejection_kit._warm import warm_up
    from rejection_kit.composition import Recipe, ToneProfile, when
    from rejection_kit.followup import Plan, Step, plan_follow_ups
    from rejection_kit.intake import Found, Reading, read_rejection
    from rejection_kit.language import supported_locales
    from rejection_kit.model import (
        Candidate,
        Company,
        Contact,
        Hire,
        Interview,
        Offer,
        Position,
        Rejection,
        Situation,
        Update,
    )
    from rejection_kit.model._schema import situation_schema
    from rejection_kit.render import Message
    from rejection_kit.tone import Finding, Report, check, fix

    __version__: str

_SUBMODULES = (
    "batch", "blocks", "channels", "composition", "followup", "language", "model",
    "recipes", "render", "tone", "tools", "types",
)  # fmt: skip
# Everything but the exceptions loads on first use (PEP 562), so that importing the
# package costs about as much as importing its dependencies.
_LAZY = {
    # Submodules: ``rk.tone.max_words(50)`` works without importing rejection_kit.tone.
    **dict.fromkeys(_SUBMODULES, ""),
    "clear_caches": "rejection_kit._caches",
    **dict.fromkeys(["Phrasings", "load_phrasings", "phrasings"], "rejection_kit._custom"),
    **dict.fromkeys(["compose", "compose_all", "every_variant"], "rejection_kit._pipeline"),
    **dict.fromkeys(["Recipe", "ToneProfile", "when"], "rejection_kit.composition"),
    **dict.fromkeys(["Plan", "Step", "plan_follow_ups"], "rejection_kit.followup"),
    **dict.fromkeys(["Found", "Reading", "read_rejection"], "rejection_kit.intake"),
    "supported_locales": "rejection_kit.language",
    "warm_up": "rejection_kit._warm",
    **dict.fromkeys(
        [
            "Candidate",
            "Company",
            "Contact",
            "Hire",
            "Interview",
            "Offer",
            "Position",
            "Rejection",
            "Situation",
            "Update",
        ],
        "rejection_kit.model",
    ),
    "Message": "rejection_kit.render",
    "situation_schema": "rejection_kit.model._schema",
    **dict.fromkeys(["Finding", "Report", "check", "fix"], "rejection_kit.tone"),
}


def __getattr__(name: str) -> _typing.Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("rejection_kit")
    if name in _LAZY:
        module = _LAZY[name]
        if module:
            value = getattr(_importlib.import_module(module), name)
        else:
            value = _importlib.import_module(f"rejection_kit.{name}")
        globals()[name] = value
        return value
    raise AttributeError(f"module 'rejection_kit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "ArgumentError",
    "Candidate",
    "CatalogError",
    "Company",
    "CompositionError",
    "ConstraintError",
    "Contact",
    "Finding",
    "Found",
    "Hire",
    "Interview",
    "Message",
    "MissingExtraError",
    "Offer",
    "Phrasings",
    "Plan",
    "Position",
    "Problem",
    "Reading",
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
    "batch",
    "blocks",
    "channels",
    "check",
    "clear_caches",
    "compose",
    "compose_all",
    "composition",
    "every_variant",
    "fix",
    "followup",
    "language",
    "load_phrasings",
    "model",
    "phrasings",
    "plan_follow_ups",
    "read_rejection",
    "recipes",
    "render",
    "situation_schema",
    "supported_locales",
    "tone",
    "tools",
    "types",
    "warm_up",
    "when",
]
