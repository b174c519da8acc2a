"""Business days: nothing is due on a Saturday or Sunday."""

from __future__ import annotations

from datetime import date, timedelta


def is_business_day(day: date) -> bool:
    """Monday to Friday."""
    return day.weekday() < 5


def next_business_day(day: date) -> date:
    """``day`` itself if it is a business day, else the Monday after."""
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def add_business_days(day: date, count: int) -> date:
    """The business day ``count`` business days after ``day``.

    >>> add_business_days(date(2026, 11, 27), 1)  # a Friday
    datetime.date(2026, 11, 30)
    """
    while count > 0:
        day += timedelta(days=1)
        if is_business_day(day):
            count -= 1
    return day


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for candidate in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")  # pragma: no cover
