"""Plain data in and out of the situation classes, through cattrs.

Structuring collects every problem: cattrs' detailed validation gathers the type and
shape errors of all fields, and the classes' own checks add the value errors. The walk
below turns that tree of exceptions into one flat list of paths like
``contacts[2].name``.
"""

from __future__ import annotations

import contextlib
import re
import typing
from collections.abc import Iterator
from datetime import date
from typing import Any

import cattrs
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from rejection_kit._errors import Problem, ValidationError, shown
from rejection_kit.model._fields import MAX_ITEMS, date_problem
from rejection_kit.model._situation import (
    Candidate,
    Company,
    Contact,
    Hire,
    Interview,
    Offer,
    Position,
    Rejection,
    Situation,
    reference_problems,
)

_RENAMES = {Interview: {"with_": "with"}, Offer: {"for_": "for"}}
_CLASSES = (Candidate, Company, Position, Contact, Interview, Hire, Rejection, Offer, Situation)


class _ShapeError(ValueError):
    """A value of the wrong shape; its message is shown as it is."""


def _structure_str(value: object, _: object) -> str:
    if not isinstance(value, str):
        raise _ShapeError(f"must be a string, got {type(value).__name__} {shown(value)}")
    return value


def _structure_int(value: object, _: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _ShapeError(f"must be a whole number, got {shown(value)}")
    return value


def _structure_bool(value: object, _: object) -> bool:
    if not isinstance(value, bool):
        raise _ShapeError(f"must be true or false, got {shown(value)}")
    return value


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _structure_date(value: object, _: object) -> date:
    # Only YYYY-MM-DD: date.fromisoformat also reads "20261110" and "2026-W46-2".
    parsed: object = value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        with contextlib.suppress(ValueError):  # 2026-02-30: reported as not a date below
            parsed = date.fromisoformat(value)
    if not isinstance(parsed, date):
        raise _ShapeError(f"must be a date written YYYY-MM-DD, got {shown(value)}")
    if problem := date_problem(parsed, required=True):
        raise _ShapeError(problem)
    return parsed


def _structure_literal(value: object, _: object) -> object:
    # Membership is checked by the classes, which say which values are allowed.
    if not isinstance(value, str):
        raise _ShapeError(f"must be a string, got {type(value).__name__} {shown(value)}")
    return value


def _structure_tuple(value: object, cls: Any) -> tuple[Any, ...]:
    # cattrs would happily read a string or a mapping as a sequence of characters/keys.
    if not isinstance(value, (list, tuple)):
        raise _ShapeError(f"must be a list, got {type(value).__name__} {shown(value)}")
    item_type = typing.get_args(cls)[0]
    items: list[Any] = []
    errors: list[Exception] = []
    for index, item in enumerate(value):
        try:
            items.append(_CONVERTER.structure(item, item_type))
        except Exception as exc:
            note = IterableValidationNote(f"Structuring {cls} @ index {index}", index, item_type)
            exc.__notes__ = [*getattr(exc, "__notes__", []), note]
            errors.append(exc)
    if errors:
        raise IterableValidationError(f"While structuring {cls!r}", errors, cls)
    return tuple(items)


def _is_tuple(cls: Any) -> bool:
    return typing.get_origin(cls) is tuple


def _is_literal(cls: Any) -> bool:
    return typing.get_origin(cls) is typing.Literal


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook_func(_is_literal, _structure_literal)
    conv.register_structure_hook_func(_is_tuple, _structure_tuple)
    for cls in _CLASSES:
        renames: dict[str, Any] = {a: override(rename=b) for a, b in _RENAMES.get(cls, {}).items()}
        conv.register_structure_hook(
            cls, make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True, **renames)
        )
        conv.register_unstructure_hook(
            cls, make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **renames)
        )
    return conv


_CONVERTER = _make_converter()

_ALIASES = {"with_": "with", "for_": "for"}


def _walk(exc: BaseException, path: str) -> Iterator[Problem]:
    """Flatten a cattrs exception tree into problems with dotted/indexed paths."""
    if isinstance(exc, ClassValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            name = _ALIASES.get(note.name, note.name)
            yield from _walk(sub, f"{path}.{name}" if path else name)
        for sub in without:
            yield from _walk(sub, path)
    elif isinstance(exc, IterableValidationError):
        with_index, unindexed = exc.group_exceptions()
        for item, index_note in with_index:
            yield from _walk(item, f"{path}[{index_note.index}]")
        for item in unindexed:
            yield from _walk(item, path)
    elif isinstance(exc, ValidationError):
        for p in exc.problems:
            yield Problem(f"{path}.{p.path}" if path and p.path else p.path or path, p.message)
    elif isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields, key=str):
            name = key if isinstance(key, str) else shown(key)
            yield Problem(f"{path}.{name}" if path else name, "unknown field")
    elif isinstance(exc, KeyError):
        yield Problem(path, "is required")
    elif isinstance(exc, _ShapeError):
        yield Problem(path, str(exc))
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            yield from _walk(member, path)
    elif isinstance(exc, AttributeError):  # a string or number where fields were expected
        yield Problem(path, "must be a mapping of named fields (a JSON object)")
    else:  # pragma: no cover - a cattrs behaviour we did not foresee; still report it
        yield Problem(path, f"{type(exc).__name__}: {exc}")


def _raw_reference_problems(data: dict[str, Any]) -> Iterator[Problem]:
    """Cross-reference checks on raw data, when the classes could not be built."""

    def items(key: str) -> list[Any]:
        value = data.get(key)
        return value if isinstance(value, list) else []

    def field(obj: object, key: str) -> object:
        return obj.get(key) if isinstance(obj, dict) else None

    with_lists = []
    for i, iv in enumerate(items("interviews")):
        people = field(iv, "with")
        with_lists.append((i, people if isinstance(people, list) else []))
    yield from reference_problems(
        (field(c, "name") for c in items("contacts")),
        with_lists,
        ((i, field(o, "for")) for i, o in enumerate(items("offers"))),
        field(data.get("rejection"), "by"),
    )


#: Bounds on the raw data, checked before anything is built from it: no field nests
#: deeper, no text field is longer, and no situation has more values than this.
MAX_DEPTH = 8
MAX_STRING = 10_000
MAX_VALUES = 20_000


def _size_problems(data: object) -> list[Problem]:
    """Problems of size alone, found in one bounded walk without recursion."""
    problems: list[Problem] = []
    stack: list[tuple[object, str, int]] = [(data, "", 0)]
    seen = 0
    while stack:
        value, path, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            return [Problem("", f"must hold at most {MAX_VALUES} values")]
        if isinstance(value, str):
            if len(value) > MAX_STRING:
                problems.append(
                    Problem(path, f"must be at most {MAX_STRING} characters, got {len(value)}")
                )
            continue
        if not isinstance(value, (dict, list)):
            continue
        if depth >= MAX_DEPTH:
            problems.append(Problem(path, f"nests deeper than {MAX_DEPTH} levels"))
            continue
        if isinstance(value, list):
            if len(value) > MAX_ITEMS:
                problems.append(
                    Problem(path, f"must hold at most {MAX_ITEMS} items, got {len(value)}")
                )
                continue
            stack.extend((item, f"{path}[{i}]", depth + 1) for i, item in enumerate(value))
        else:
            for key, item in value.items():
                name = key if isinstance(key, str) else shown(key)
                stack.append((item, f"{path}.{name}" if path else name, depth + 1))
    return problems


def structure(data: object) -> Situation:
    """Build a :class:`Situation` from plain data or raise one ``ValidationError``."""
    if not isinstance(data, dict):
        raise ValidationError(
            [Problem("", f"a situation must be a mapping, got {type(data).__name__}")]
        )
    if problems := _size_problems(data):
        raise ValidationError(problems)
    try:
        return _CONVERTER.structure(data, Situation)
    except (ClassValidationError, ValidationError) as exc:
        problems = list(_walk(exc, ""))
    known = {p.path for p in problems}
    problems += [p for p in _raw_reference_problems(data) if p.path not in known]
    raise ValidationError(_dedupe(problems)) from None


def _dedupe(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))


def unstructure(value: Situation) -> dict[str, Any]:
    """Return the plain-data form of a situation."""
    result: dict[str, Any] = _CONVERTER.unstructure(value)
    return result
