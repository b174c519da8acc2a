"""Locale resolution: which rule packs run for a locale (``en_GB`` → ``en`` → ``root``)."""

from __future__ import annotations

import threading

from rejection_kit._errors import UnknownLocaleError

__all__ = ["SUPPORTED_LOCALES", "clear_locale_cache", "resolve_locale"]

#: Locales the project writes messages in; others that Babel knows run the root pack only.
SUPPORTED_LOCALES: tuple[str, ...] = ("de", "en", "es", "fr", "it", "nl", "pt_BR")

_lock = threading.Lock()
_cache: dict[str, tuple[str, tuple[str, ...]]] = {}
_MAX_CACHE = 256


def _has_pack(name: str) -> bool:
    # A per-locale pack is a folder ``packs/<name>/`` of TOML files; adding ``packs/de/``
    # is all it takes to register German rules.
    from rejection_kit.tone._builtin import has_pack

    return has_pack(name)


def resolve_locale(locale: object) -> tuple[str, tuple[str, ...]]:
    """Return the normalised locale and its pack chain, most specific first.

    >>> resolve_locale("en-GB")
    ('en_GB', ('en', 'root'))

    Raises:
        UnknownLocaleError: Babel cannot parse the identifier.
    """
    if isinstance(locale, str):
        hit = _cache.get(locale)
        if hit is not None:
            return hit
    if not isinstance(locale, str) or not locale.strip() or len(locale) > 100:
        raise UnknownLocaleError(locale, choices=SUPPORTED_LOCALES, field="locale")
    import babel  # deferred: only the first check of each locale pays for it

    try:
        parsed = babel.Locale.parse(locale.strip().replace("-", "_"))
    except (ValueError, TypeError, babel.UnknownLocaleError):
        raise UnknownLocaleError(locale, choices=SUPPORTED_LOCALES, field="locale") from None
    ident = str(parsed)
    candidates = [ident.lower()]
    if parsed.territory:
        candidates.append(f"{parsed.language}_{parsed.territory}".lower())
    candidates.append(parsed.language.lower())
    chain: list[str] = []
    for name in candidates:
        if name not in chain and name.isidentifier() and _has_pack(name):
            chain.append(name)
    chain.append("root")
    result = (ident, tuple(chain))
    with _lock:
        if len(_cache) >= _MAX_CACHE:
            _cache.clear()
        _cache[locale] = result
    return result


def clear_locale_cache() -> None:
    """Forget resolved locales (for tests and long-running processes)."""
    with _lock:
        _cache.clear()
