"""The exceptions that rejection_kit raises.

Every exception derives from :class:`RejectionKitError` and, where one fits, from the
matching builtin so that ``except ValueError`` keeps working::

    RejectionKitError
    ├── ValidationError (ValueError)       bad situation data, every problem with its path
    │   └── ArgumentError (TypeError)      a bad argument to a public function
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
pickle with them. Messages are bounded: a value is shown by :func:`shown` (at most a few
dozen characters) and a validation error lists at most :data:`MAX_PROBLEMS` problems,
so a hostile 10 MB value or 5,000 bad items cannot make an error message huge.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = [
    "MAX_PROBLEMS",
    "ArgumentError",
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
    "shown",
]

#: A validation error keeps at most this many problems (and says how many it left out).
MAX_PROBLEMS = 50
_SHOWN = 40


def _repr() -> reprlib.Repr:
    r = reprlib.Repr()
    r.maxstring = r.maxother = _SHOWN
    r.maxlevel = 2
    r.maxlist = r.maxtuple = r.maxdict = r.maxset = r.maxfrozenset = 4
    r.maxlong = _SHOWN
    return r


_REPR = _repr()


def shown(value: object) -> str:
    """A short ``repr`` of ``value`` for an error message: never long, never recursive.

    >>> shown("x" * 10_000)
    "'xxxxxxxxxxxxxxxxx...xxxxxxxxxxxxxxxxxx'"
    >>> shown([[[[1]]]])
    '[[[...]]]'
    """
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"<an integer of about {int(value.bit_length() * 0.30103) + 1} digits>"
    try:
        return _REPR.repr(value)
    except Exception:  # a hostile __repr__ must not break the error that names it
        return f"<{type(value).__name__}>"


def _rebuild(cls: type[RejectionKitError], message: str, state: dict[str, Any]) -> Any:
    exc = cls.__new__(cls)
    Exception.__init__(exc, message)
    exc.__dict__.update(state)
    return exc


class RejectionKitError(Exception):
    """The root of every error that rejection_kit raises on purpose.

    ``code`` is stable across versions (``validation``, ``unknown_locale``,
    ``composition``, ...); ``to_dict()`` gives JSON-ready data for an API or a bot.
    """

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)

    @property
    def message(self) -> str:
        """The human-readable message."""
        return str(self.args[0]) if self.args else ""

    def to_dict(self) -> dict[str, Any]:
        """``{"type", "code", "message", "errors"}``: ``errors`` lists each problem with
        its ``loc`` and ``code`` (one entry, without a location, for other errors)."""
        return {
            "type": type(self).__name__,
            "code": self.code,
            "message": self.message,
            "errors": [p.to_dict() for p in self._problems()],
        }

    def _problems(self) -> tuple[Problem, ...]:
        field = getattr(self, "field", None)
        return (Problem(field if isinstance(field, str) else "", self.message, self.code),)

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take keyword attributes; rebuild from the message and the state so
        # that every subclass pickles without its own __reduce__.
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


#: The stable code of each kind of problem, from the wording every check uses. Bots and
#: forms act on the code (``required`` → ask for it) and may show their own message.
PROBLEM_CODES: tuple[tuple[str, str], ...] = (
    ("required", r"^(?:is required|must not be empty|give |the e-mail does not say)"),
    ("unknown_field", r"^unknown field|^is not an (?:option|argument)"),
    ("unknown_contact", r"^unknown contact"),
    ("duplicate", r"^duplicate "),
    ("too_long", r"^must be at most \d+ characters|^is larger than|^is \d[\d,]* (?:bytes|char)"),
    ("too_many", r"^must hold at most"),
    ("too_deep", r"^nests deeper"),
    ("choice", r"^must be one of"),
    ("date", r"^must be a date|YYYY-MM-DD"),
    ("range", r"^must be between|^must be a whole number from|^must be from|is after the"),
    ("format", r"^must look like|^must be part of|^must be one e-mail|^must be an http"),
    ("type", r"^(?:a situation )?must be (?:a|an) |^must be true or false"),
    ("character", r"^must not (?:contain|start or end)"),
    ("no_reply", r"takes no replies"),
    ("header", r"^would be sent as|^the e-mail would carry|^the body would not"),
)
_CODE_PATTERNS = tuple((code, re.compile(pattern)) for code, pattern in PROBLEM_CODES)
_INDEX = re.compile(r"\[(\d+)\]")


def problem_code(message: str) -> str:
    """The stable code of a problem message (``invalid`` when no finer one applies)."""
    for code, pattern in _CODE_PATTERNS:
        if pattern.search(message):
            return code
    return "invalid"


def _loc(path: str) -> tuple[str | int, ...]:
    """``contacts[0].email`` → ``("contacts", 0, "email")``."""
    out: list[str | int] = []
    for part in path.split(".") if path else ():
        name, *indexes = _INDEX.split(part)
        if name:
            out.append(name)
        out.extend(int(i) for i in indexes if i.isdigit())
    return tuple(out)


@attrs.frozen
class Problem:
    """One problem found in input data: where it is, what is wrong, and a stable code.

    ``path`` reads as text (``contacts[0].email``); ``loc`` is the same as a tuple
    (``("contacts", 0, "email")``), as web frameworks report errors; ``code`` is stable
    across versions and wording (see :data:`PROBLEM_CODES`).
    """

    path: str
    message: str
    code: str = attrs.field(
        default=attrs.Factory(lambda self: problem_code(self.message), takes_self=True)
    )

    @property
    def loc(self) -> tuple[str | int, ...]:
        """The path as a tuple of field names and list indexes."""
        return _loc(self.path)

    def to_dict(self) -> dict[str, Any]:
        """``{"loc": [...], "code": ..., "msg": ...}``, as JSON APIs report errors."""
        return {"loc": list(self.loc), "code": self.code, "msg": self.message}

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class ValidationError(RejectionKitError, ValueError):
    """Input data is invalid; ``problems`` lists every problem with its path."""

    code = "validation"

    def __init__(self, problems: Iterable[Problem], *, what: str = "situation") -> None:
        kept: list[Problem] = []
        count = 0
        for problem in problems:
            count += 1
            if count <= MAX_PROBLEMS:
                kept.append(problem)
        #: The problems, at most :data:`MAX_PROBLEMS` of them.
        self.problems: tuple[Problem, ...] = tuple(kept)
        #: How many problems were found in all.
        self.count = count
        self.what = what
        head = f"invalid {what}: {count} problem{'s' if count != 1 else ''}"
        more = f"\n  ... and {count - len(kept)} more" if count > len(kept) else ""
        super().__init__(head + "".join(f"\n  {p}" for p in self.problems) + more)

    @property
    def field(self) -> str:
        """The path of the first problem, for callers that show one."""
        return self.problems[0].path if self.problems else ""

    @property
    def paths(self) -> tuple[str, ...]:
        """The paths of all problems, in the order they were found."""
        return tuple(p.path for p in self.problems)

    def _problems(self) -> tuple[Problem, ...]:
        return self.problems


class ArgumentError(ValidationError, TypeError):
    """An argument of a public function has the wrong type or value.

    It is a :class:`ValidationError` (so ``problems`` name the argument) and a
    ``TypeError``, as Python's own functions raise for a wrong argument.
    """

    code = "argument"

    def __init__(self, name: str, message: str) -> None:
        super().__init__([Problem(name, message)], what="argument")


class UnknownNameError(RejectionKitError, LookupError):
    """A name (locale, recipe, channel, tone profile, contact) that is not known."""

    kind = "name"

    @property
    def code(self) -> str:  # type: ignore[override]
        """``unknown_locale``, ``unknown_recipe``, ``unknown_tone_profile``, ..."""
        return "unknown_" + self.kind.replace(" ", "_")

    def __init__(self, name: object, *, choices: Sequence[str], field: str) -> None:
        self.name: str = name if isinstance(name, str) and len(name) <= 200 else shown(name)
        self.choices: tuple[str, ...] = tuple(choices)
        self.field = field
        listed = ", ".join(shown(c) if len(c) > _SHOWN else c for c in self.choices[:10])
        more = f" and {len(self.choices) - 10} more" if len(self.choices) > 10 else ""
        super().__init__(
            f"{field}: unknown {self.kind} {shown(name)}; expected one of: {listed}{more}"
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

    code = "composition"

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

    code = "constraint"

    def __init__(self, message: str, *, rule_ids: Sequence[str], recipe: str | None = None):
        self.rule_ids: tuple[str, ...] = tuple(rule_ids)
        super().__init__(message, recipe=recipe)


class TemplateError(RejectionKitError):
    """A template failed to render: an undefined variable, a syntax error, an unsafe access."""

    code = "template"

    def __init__(self, message: str, *, template: str | None = None) -> None:
        self.template = template
        super().__init__(f"{template}: {message}" if template else message)


class CatalogError(RejectionKitError):
    """A translation catalog is missing, broken or lacks a message."""

    code = "catalog"

    def __init__(self, message: str, *, locale: str | None = None) -> None:
        self.locale = locale
        super().__init__(message)


class RulePackError(RejectionKitError, ValueError):
    """A tone rule or rule pack is malformed, or fails its own examples."""

    code = "rule_pack"

    def __init__(self, message: str, *, rule_id: str | None = None, source: str | None = None):
        self.rule_id = rule_id
        self.source = source
        prefix = ": ".join(x for x in (source, rule_id) if x)
        super().__init__(f"{prefix}: {message}" if prefix else message)


class MissingExtraError(RejectionKitError, ImportError):
    """An optional dependency is missing; ``extra`` names the extra that installs it."""

    code = "missing_extra"

    def __init__(self, message: str, *, extra: str) -> None:
        self.extra = extra
        super().__init__(message)
