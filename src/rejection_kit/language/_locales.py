"""Which locales ship, and how a requested locale resolves to one of them.

The chain is explicit: ``de_AT`` → ``de``; ``pt`` → ``pt_BR`` (the one Portuguese we
ship); ``en-US`` → ``en``. Anything else raises :class:`UnknownLocaleError` listing what
ships. There is no silent fallback to English.
"""

from __future__ import annotations

import functools

import babel

from rejection_kit._errors import UnknownLocaleError
from rejection_kit.language._data import package_file


@functools.cache
def supported_locales() -> tuple[str, ...]:
    """The locales that ship a catalog, sorted."""
    root = package_file("locales")
    found = [
        entry.name for entry in root.iterdir() if (entry / "LC_MESSAGES" / "messages.po").is_file()
    ]
    return tuple(sorted(found))


def resolve_locale(value: str, *, field: str = "locale") -> str:
    """Return the shipped locale that serves ``value``.

    >>> resolve_locale("en_US")
    'en'

    Raises:
        UnknownLocaleError: naming the supported locales.
    """
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        raise UnknownLocaleError(value, choices=supported_locales(), field=field)
    return _resolve(value, field)


@functools.lru_cache(maxsize=256)
def _resolve(value: str, field: str) -> str:
    supported = supported_locales()
    try:
        parsed = babel.Locale.parse(value.strip().replace("-", "_"))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        raise UnknownLocaleError(value, choices=supported, field=field) from None
    chain = [str(parsed)]
    if parsed.territory:
        chain.append(f"{parsed.language}_{parsed.territory}")
    chain.append(parsed.language)
    for candidate in chain:
        if candidate in supported:
            return candidate
    # A bare language picks the one regional variant we ship for it (pt → pt_BR).
    regional = [loc for loc in supported if loc.split("_")[0] == parsed.language]
    if len(regional) == 1:
        return regional[0]
    raise UnknownLocaleError(value, choices=supported, field=field)
