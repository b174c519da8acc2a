"""The date of a forwarded header block, as mail clients write it in seven languages.

"Thu, 9 Jan 2025 16:42:18 +0100" (RFC 5322), "Thursday, February 19, 2026 2:15 PM",
"19 maart 2025 om 16:05:12 CET", "lunes, 16 de junio de 2025 12:40", "2025-06-03". Month
names come from Babel's locale data. A numeric date that could be day-month or
month-day ("03/06/2025") is no date: the reading says it does not know rather than guess.
"""

from __future__ import annotations

import email.utils
import functools
import re
from datetime import date

from babel.dates import get_month_names

from rejection_kit.intake._cues import LANGUAGES
from rejection_kit.language._detect import shipped_locale

#: The longest value read: a header line, not a paragraph.
_MAX = 200
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?!\d)")


@functools.cache
def _months() -> tuple[dict[str, int], re.Pattern[str], re.Pattern[str]]:
    """Month name (wide and abbreviated, every language) → number, and the patterns of
    day-month-year and month-day-year."""
    names: dict[str, int] = {}
    for language in map(shipped_locale, LANGUAGES):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, language).items():
                    names.setdefault(name.casefold().rstrip("."), number)
    words = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    day_first = re.compile(
        rf"(?<!\d)(\d{{1,2}})\.?\s+(?:de\s+)?({words})\.?,?\s+(?:de\s+)?(\d{{4}})(?!\d)",
        re.IGNORECASE,
    )
    month_first = re.compile(
        rf"(?<!\w)({words})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.IGNORECASE
    )
    return names, day_first, month_first


def is_month(word: str) -> bool:
    """Whether ``word`` names a month in one of the languages ("März", "okt.", "maggio")."""
    return word.casefold().rstrip(".") in _months()[0]


def _date(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if 1970 <= year <= 2199 else None


def header_date(value: str) -> date | None:
    """The day ``value`` names, or ``None`` when it names none for certain."""
    value = value[:_MAX]
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        when = None
    if when is not None:
        return _date(when.year, when.month, when.day)
    if m := _ISO.search(value):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    names, day_first, month_first = _months()
    if m := day_first.search(value):
        return _date(int(m[3]), names[m[2].casefold()], int(m[1]))
    if m := month_first.search(value):
        return _date(int(m[3]), names[m[1].casefold()], int(m[2]))
    if m := _NUMERIC.search(value):
        first, second = int(m[1]), int(m[2])
        if first > 12 >= second:
            return _date(int(m[3]), second, first)
        if second > 12 >= first:
            return _date(int(m[3]), first, second)
    return None
