"""Translation catalogs: the shipped ``.po`` files, compiled ahead of time.

Each ``.po`` has a compiled ``.mo`` beside it, written by ``scripts/compile_catalogs.py``
and checked in (``tests/language/test_compiled_catalogs.py`` fails when one is stale), so
a wheel, an sdist and an editable install from a fresh clone all find the same catalogs
with no build step to forget. ``locales/compiled.json`` records the digest of the ``.po``
each ``.mo`` was compiled from: a ``.po`` edited since is parsed and compiled in memory
at first use, as before (slower, never stale). Parsing every ``.po`` took about a third
of a cold first message. A message missing from a catalog raises instead of falling back
to English.
"""

from __future__ import annotations

import functools
import gettext
import hashlib
import io
import json
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


def digest(source: bytes) -> str:
    """The digest a compiled catalog records of the ``.po`` it was compiled from."""
    return hashlib.sha256(source).hexdigest()


def compile_po(source: bytes, locale: str) -> bytes:
    """A ``.po`` file's bytes compiled to ``.mo`` (fuzzy entries left out).

    Raises:
        Exception: whatever Babel raises for a malformed catalog.
    """
    from babel.messages import mofile, pofile  # only when a catalog is compiled

    catalog = pofile.read_po(io.BytesIO(source), locale=locale, abort_invalid=True)
    buffer = io.BytesIO()
    mofile.write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


@functools.cache
def compiled_digests() -> dict[str, str]:
    """``<locale>/LC_MESSAGES/<domain>.po`` → the digest its shipped ``.mo`` was made from."""
    try:
        text = package_file("locales", "compiled.json").read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return {}
    return dict(json.loads(text))


@functools.cache
def _load(locale: str, register: str) -> StrictTranslations:
    name = f"{domain(register)}.po"
    folder = package_file("locales", locale, "LC_MESSAGES")
    try:
        source = (folder / name).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise CatalogError(
            f"no {register} catalog ships for locale {locale!r}", locale=locale
        ) from None
    if compiled_digests().get(f"{locale}/LC_MESSAGES/{name}") == digest(source):
        compiled = (folder / f"{domain(register)}.mo").read_bytes()
    else:
        try:
            compiled = compile_po(source, locale)
        except Exception as exc:
            raise CatalogError(f"catalog for {locale!r} is broken: {exc}", locale=locale) from exc
    translations = StrictTranslations(io.BytesIO(compiled))
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
        compiled_digests.cache_clear()
