"""The exceptions that rejection_kit raises.

Every exception derives from :class:`RejectionKitError` and, where one fits, from the
matching builtin so that ``except ValueError`` keeps working::

    RejectionKitError
    ├── ValidationError (ValueError)       bad situation data, every problem with its path
    ├── UnknownNameError (LookupError)
    │   ├── UnknownLocaleError             a locale that has no catalog
    │   ├── UnknownRecipeError
    │   ├── UnknownChannelError
    │   ├── UnknownToneError
    │   └── UnknownContactError            ``to=`` names nobody in the situation
    ├── CompositionError                   a recipe cannot be written for this situation
    │   └── ConstraintError                no variant choice satisfies the tone rules
    ├── TemplateError                      a template is broken or tries something unsafe
    ├── CatalogError                       a translation catalog is missing or incomplete
    ├── RulePackError (ValueError)         a tone rule pack is malformed or fails its examples
    └── MissingExtraError (ImportError)    an optional dependency is not installed

Exceptions carry structured attributes (``field``, ``problems``, ``locale``, ...) and
pickle with them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "CatalogError",
    "CompositionError",
    "ConstraintError",
    "MissingExtraError",
    "Problem",
    "RejectionKitError",
    "RulePackError",
    "TemplateError",
    "UnknownChannelError",
    "UnknownContactError",
    "UnknownLocaleError",
    "UnknownNameError",
    "UnknownRecipeError",
    "UnknownToneError",
    "ValidationError",
]


def _rebuild(cls: type[RejectionKitError], message: str, state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(state)
    return exc


class RejectionKitError(Exception):
    """The root of every error that rejection_kit raises on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)

    @property
    def message(self) -> str:
        """The human-readable message."""
        return str(self.args[0]) if self.args else ""

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword attributes; rebuild from the message and the state so
        # that every subclass pickles without its own __reduce__.
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


@attrs.frozen
class Problem:
    """One problem found in input data: where it is and what is wrong."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(RejectionKitError, ValueError):
    """Input data is invalid; ``problems`` lists every problem with its path."""

    def __init__(self, problems: Iterable[Problem], *, what: str = "situation") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.what = what
        count = len(self.problems)
        head = f"invalid {what}: {count} problem{'s' if count != 1 else ''}"
        super().__init__(head + "".join(f"\n  {p}" for p in self.problems))

    @property
    def field(self) -> str:
        """The path of the first problem, for callers that show one."""
        return self.problems[0].path if self.problems else ""

    @property
    def paths(self) -> tuple[str, ...]:
        """The paths of all problems, in the order they were found."""
        return tuple(p.path for p in self.problems)


class UnknownNameError(RejectionKitError, LookupError):
    """A name (locale, recipe, channel, tone profile, contact) that is not known."""

    kind = "name"

    def __init__(self, name: object, *, choices: Sequence[str], field: str) -> None:
        self.name = name
        self.choices: tuple[str, ...] = tuple(choices)
        self.field = field
        super().__init__(
            f"{field}: unknown {self.kind} {name!r}; expected one of: {', '.join(self.choices)}"
        )


class UnknownLocaleError(UnknownNameError):
    """A locale for which no catalog ships."""

    kind = "locale"

    @property
    def locale(self) -> object:
        """The locale that was asked for."""
        return self.name


class UnknownRecipeError(UnknownNameError):
    """A recipe name that is not built in."""

    kind = "recipe"


class UnknownChannelError(UnknownNameError):
    """A channel name that is not known."""

    kind = "channel"


class UnknownToneError(UnknownNameError):
    """A tone profile name that is not known."""

    kind = "tone profile"


class UnknownContactError(UnknownNameError):
    """``to=`` names nobody among the situation's contacts."""

    kind = "contact"


class CompositionError(RejectionKitError):
    """A recipe cannot be written for this situation and recipient."""

    def __init__(
        self,
        message: str,
        *,
        recipe: str | None = None,
        block: str | None = None,
        variant: str | None = None,
        field: str | None = None,
    ) -> None:
        self.recipe = recipe
        self.block = block
        self.variant = variant
        self.field = field
        where = ", ".join(
            f"{k} {v!r}"
            for k, v in (("recipe", recipe), ("block", block), ("variant", variant))
            if v is not None
        )
        super().__init__(f"{message} ({where})" if where else message)


class ConstraintError(CompositionError):
    """No choice of variants satisfies the tone rules; ``rule_ids`` says which failed."""

    def __init__(self, message: str, *, rule_ids: Sequence[str], recipe: str | None = None):
        self.rule_ids: tuple[str, ...] = tuple(rule_ids)
        super().__init__(message, recipe=recipe)


class TemplateError(RejectionKitError):
    """A template failed to render: an undefined variable, a syntax error, an unsafe access."""

    def __init__(self, message: str, *, template: str | None = None) -> None:
        self.template = template
        super().__init__(f"{template}: {message}" if template else message)


class CatalogError(RejectionKitError):
    """A translation catalog is missing, broken or lacks a message."""

    def __init__(self, message: str, *, locale: str | None = None) -> None:
        self.locale = locale
        super().__init__(message)


class RulePackError(RejectionKitError, ValueError):
    """A tone rule or rule pack is malformed, or fails its own examples."""

    def __init__(self, message: str, *, rule_id: str | None = None, source: str | None = None):
        self.rule_id = rule_id
        self.source = source
        prefix = ": ".join(x for x in (source, rule_id) if x)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class MissingExtraError(RejectionKitError, ImportError):
    """An optional dependency is missing; ``extra`` names the extra that installs it."""

    def __init__(self, message: str, *, extra: str) -> None:
        self.extra = extra
        super().__init__(message)
