"""Checks of the arguments of public functions: wrong ones raise ``ArgumentError``.

Callers without type checking (bots, notebooks, JSON from a request) pass strings for
dates, floats for counts and lists for names. Each check names the argument and says
what arrived, through :func:`~rejection_kit._errors.shown`, so the message stays short.
"""

from __future__ import annotations

import math
from datetime import date

from rejection_kit._errors import ArgumentError, shown

__all__ = ["day", "integer", "text"]


def text(name: str, value: object, *, limit: int | None = None) -> str:
    """``value`` if it is a string (of at most ``limit`` characters)."""
    if not isinstance(value, str):
        raise ArgumentError(name, f"must be a string, got {type(value).__name__} {shown(value)}")
    if limit is not None and len(value) > limit:
        raise ArgumentError(name, f"must be at most {limit} characters, got {len(value)}")
    return value


def integer(name: str, value: object, *, low: int | None = None, high: int | None = None) -> int:
    """``value`` if it is an ``int`` (not a bool) within ``[low, high]``."""
    if isinstance(value, bool) or not isinstance(value, int):
        hint = " (not a number)" if isinstance(value, float) and math.isnan(value) else ""
        raise ArgumentError(
            name, f"must be a whole number, got {type(value).__name__} {shown(value)}{hint}"
        )
    if (low is not None and value < low) or (high is not None and value > high):
        bounds = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ArgumentError(name, f"must be {bounds}, got {shown(value)}")
    return value


def day(name: str, value: object) -> date:
    """``value`` if it is a ``datetime.date`` (not a ``datetime``) in the model's range."""
    from rejection_kit.model._fields import date_problem

    if isinstance(value, str):
        raise ArgumentError(
            name,
            f"must be a datetime.date, got the string {shown(value)} (use date.fromisoformat)",
        )
    if problem := date_problem(value, required=True):
        raise ArgumentError(name, problem)
    assert isinstance(value, date)
    return value
