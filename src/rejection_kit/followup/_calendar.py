"""Business days: nothing is due on a weekend or on a public holiday where either side is.

Holidays come from the ``holidays`` package, loaded only when a plan names a country. A
country is an ISO 3166-1 code, optionally with an ISO 3166-2 subdivision: ``"US"``,
``"DE-BY"`` (Bavaria keeps Epiphany and Corpus Christi), ``"ES-CT"``.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Container, Sequence
from datetime import date, timedelta

_LOCK = threading.Lock()
#: The year-end break, (month, day) of its first and last day.
YEAR_END = ((12, 20), (1, 6))


@functools.lru_cache(maxsize=64)
def _holidays(country: str) -> Container[date]:
    import holidays  # deferred: plans without a country never load it

    code, _, subdivision = country.partition("-")
    return holidays.country_holidays(code, subdiv=subdivision or None)


def holiday_problem(country: str) -> str | None:
    """Why ``holidays`` has no calendar for ``country``, or ``None``."""
    try:
        _holidays(country)
    except NotImplementedError:
        code, _, subdivision = country.partition("-")
        if subdivision:
            return f"has no holiday calendar for subdivision {subdivision!r} of {code!r}"
        return f"has no holiday calendar for country {code!r}"
    return None


class BusinessDays:
    """Monday to Friday, except the public holidays of every country given.

    >>> days = BusinessDays(("US",))
    >>> days.add(date(2026, 11, 25), 1)  # the day after is Thanksgiving
    datetime.date(2026, 11, 27)
    """

    def __init__(self, countries: Sequence[str] = ()) -> None:
        self.countries = tuple(countries)
        self._calendars = tuple(_holidays(c) for c in self.countries)

    def is_business_day(self, day: date) -> bool:
        """A weekday that is no public holiday in any of the countries."""
        if day.weekday() >= 5:
            return False
        with _LOCK:  # a holiday calendar fills in a new year on first look
            return not any(day in h for h in self._calendars)

    def next(self, day: date) -> date:
        """``day`` itself if it is a business day, else the first one after it."""
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def around_year_end(self, day: date, earliest: date | None = None) -> date:
        """``day``, or, when it falls in the year-end break (20 December to 6 January,
        when offices empty and inboxes fill), the last business day before the break if
        that is no earlier than ``earliest``, else the first one after it. For the steps
        that can wait: a check-in read on 23 December is read badly or not at all.
        """
        first, last = YEAR_END
        if (day.month, day.day) >= first:
            start, end = date(day.year, *first), date(day.year + 1, *last)
        elif (day.month, day.day) <= last:
            start, end = date(day.year - 1, *first), date(day.year, *last)
        else:
            return day
        before = start - timedelta(days=1)
        while not self.is_business_day(before):
            before -= timedelta(days=1)
        if earliest is not None and before >= earliest:
            return before
        return self.next(end + timedelta(days=1))

    def add(self, day: date, count: int) -> date:
        """The business day ``count`` business days after ``day``."""
        while count > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                count -= 1
        return day


@functools.lru_cache(maxsize=64)
def business_days(countries: tuple[str, ...]) -> BusinessDays:
    """The (shared) business-day calendar of these countries."""
    return BusinessDays(countries)


_WEEKDAYS = BusinessDays(())


def is_business_day(day: date) -> bool:
    """Monday to Friday."""
    return _WEEKDAYS.is_business_day(day)


def next_business_day(day: date) -> date:
    """``day`` itself if it is a business day, else the Monday after."""
    return _WEEKDAYS.next(day)


def add_business_days(day: date, count: int) -> date:
    """The business day ``count`` business days after ``day``.

    >>> add_business_days(date(2026, 11, 27), 1)  # a Friday
    datetime.date(2026, 11, 30)
    """
    return _WEEKDAYS.add(day, count)


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
