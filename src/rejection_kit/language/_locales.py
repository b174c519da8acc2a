"""Which locales ship, and how a requested locale is negotiated to one of them.

A request is a locale identifier (``"de-AT"``), an HTTP Accept-Language header
(``"it-IT,de;q=0.9"``), a list of identifiers in order of preference, or a
``babel.Locale``. Babel's :func:`babel.negotiate_locale` picks the first that ships,
by its rules (``de_AT`` → ``de``; ``en-US`` → ``en``). When only another regional
variant of a language ships (``pt_PT`` asked, ``pt_BR`` shipped), that variant is used
and :func:`negotiate` says so, so that the message can warn; a bare ``pt`` takes
``pt_BR`` without a word. Anything else raises :class:`UnknownLocaleError` listing what
ships: there is no silent fallback to English.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

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


#: At most this many preferences are read from a request (a header, a list).
MAX_PREFERENCES = 20


def resolve_locale(value: object, *, field: str = "locale") -> str:
    """Return the shipped locale that serves ``value``.

    >>> resolve_locale("en_US")
    'en'
    >>> resolve_locale("it-IT,de;q=0.9,en;q=0.8")
    'it'

    Raises:
        UnknownLocaleError: naming the supported locales.
    """
    return negotiate(value, field=field)[0]


def negotiate(value: object, *, field: str = "locale") -> tuple[str, str | None]:
    """The shipped locale for ``value``, and a note when it is another regional variant
    than the one asked for (``pt_PT`` → ``pt_BR``), else None.

    Raises:
        UnknownLocaleError: when nothing asked for ships, naming what does.
    """
    return _negotiate(_preferences(value, field), field, _shown_request(value))


def _shown_request(value: object) -> str:
    if isinstance(value, babel.Locale):
        return str(value)
    if isinstance(value, str):
        return value[:100]
    return repr(type(value).__name__)


def _preferences(value: object, field: str) -> tuple[str, ...]:
    """The requested identifiers, best first, each as ``ll`` or ``ll_TT``."""
    if isinstance(value, babel.Locale):
        return (str(value),)
    if isinstance(value, str) and 0 < len(value.strip()) <= 1000:
        if "," in value or ";" in value:
            return _accept_language(value)
        return (value.strip().replace("-", "_"),)
    if isinstance(value, Sequence) and not isinstance(value, (str, bytes)):
        items = list(value[:MAX_PREFERENCES])
        if items and all(isinstance(v, (str, babel.Locale)) for v in items):
            return tuple(str(v).strip().replace("-", "_") for v in items if str(v).strip())
    raise UnknownLocaleError(value, choices=supported_locales(), field=field)


def _accept_language(header: str) -> tuple[str, ...]:
    """``"it-IT,de;q=0.9,*;q=0.1"`` → ``("it_IT", "de")``, by quality, then order."""
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(header.split(",")[:MAX_PREFERENCES]):
        tag, _, params = part.strip().partition(";")
        tag = tag.strip()
        quality = 1.0
        for param in params.split(";"):
            key, _, number = param.strip().partition("=")
            if key.strip() == "q":
                try:
                    quality = float(number)
                except ValueError:
                    quality = 0.0
        if tag and tag != "*" and len(tag) <= 35 and quality > 0:
            ranked.append((-quality, i, tag.replace("-", "_")))
    return tuple(tag for _, _, tag in sorted(ranked))


@functools.lru_cache(maxsize=256)
def _negotiate(preferences: tuple[str, ...], field: str, shown: str) -> tuple[str, str | None]:
    supported = supported_locales()
    parsed: list[babel.Locale] = []
    for tag in preferences:
        try:
            parsed.append(babel.Locale.parse(tag))
        except (ValueError, TypeError, babel.UnknownLocaleError):
            continue
    exact = babel.negotiate_locale([str(p) for p in parsed], supported, sep="_")
    if exact is not None:
        return exact, None
    # Only another variant of the language ships: use it, and say so (pt_PT → pt_BR).
    for locale in parsed:
        regional = [loc for loc in supported if loc.split("_")[0] == locale.language]
        if len(regional) == 1:
            chosen = regional[0]
            if locale.territory:
                return chosen, (
                    f"{field}: {locale!s} does not ship; wrote {chosen}, the "
                    f"{locale.get_language_name('en')} that does"
                )
            return chosen, None
    raise UnknownLocaleError(shown, choices=supported, field=field)
