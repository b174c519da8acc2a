"""Translation catalogs: read from the shipped ``.po`` files at first use.

Loading the ``.po`` source (and compiling it in memory) means a wheel, an sdist and an
editable install from a fresh clone all find the same catalogs, with no build step to
forget. A message missing from a catalog raises instead of falling back to English.
"""

from __future__ import annotations

import functools
import gettext
import io
import threading
from collections.abc import Callable

from rejection_kit._errors import CatalogError
from rejection_kit.language._data import package_file

_LOCK = threading.Lock()


class StrictTranslations(gettext.GNUTranslations):
    """Translations that raise :class:`CatalogError` for a message they do not have."""

    locale_name: str = ""
    # Set by GNUTranslations when it parses the compiled catalog.
    _catalog: dict[object, str]
    plural: Callable[[int], int]

    def _missing(self, message: str) -> CatalogError:
        return CatalogError(
            f"no {self.locale_name!r} translation for {message!r}; run scripts/i18n.py update",
            locale=self.locale_name,
        )

    def gettext(self, message: str) -> str:
        found = self._catalog.get(message)
        if not found:
            raise self._missing(message)
        return str(found)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        found = self._catalog.get((msgid1, self.plural(n)))
        if not found:
            raise self._missing(msgid1)
        return str(found)

    def pgettext(self, context: str, message: str) -> str:
        found = self._catalog.get(f"{context}\x04{message}")
        if not found:
            raise self._missing(f"{context}|{message}")
        return str(found)

    def npgettext(self, context: str, msgid1: str, msgid2: str, num: int) -> str:
        found = self._catalog.get((f"{context}\x04{msgid1}", self.plural(num)))
        if not found:
            raise self._missing(f"{context}|{msgid1}")
        return str(found)


def domain(register: str) -> str:
    """The gettext domain of a register: ``messages`` or ``messages_informal``."""
    return "messages" if register == "formal" else f"messages_{register}"


@functools.cache
def _load(locale: str, register: str) -> StrictTranslations:
    from babel.messages import mofile, pofile  # only when the first catalog loads

    source = package_file("locales", locale, "LC_MESSAGES", f"{domain(register)}.po")
    try:
        with source.open("rb") as fh:
            catalog = pofile.read_po(fh, locale=locale, abort_invalid=True)
    except (FileNotFoundError, NotADirectoryError):
        raise CatalogError(
            f"no {register} catalog ships for locale {locale!r}", locale=locale
        ) from None
    except Exception as exc:
        raise CatalogError(f"catalog for {locale!r} is broken: {exc}", locale=locale) from exc
    buffer = io.BytesIO()
    mofile.write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    translations = StrictTranslations(buffer)
    translations.locale_name = locale
    return translations


def translations(locale: str, register: str = "formal") -> StrictTranslations:
    """The strict translations for a resolved locale and register, loaded once."""
    with _LOCK:
        return _load(locale, register)


def clear() -> None:
    """Forget every loaded catalog."""
    with _LOCK:
        _load.cache_clear()
