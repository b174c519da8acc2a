"""One switch for every cache the library keeps."""

from __future__ import annotations


def clear_caches() -> None:
    """Forget loaded catalogs, built template environments and resolved locales.

    Everything is rebuilt on next use; call it after changing files on disk in a
    long-running process, or to release memory.
    """
    from rejection_kit.language import _catalog, _conventions, _env, _locales

    _catalog.clear()
    _conventions.conventions.cache_clear()
    _env.clear()
    _locales.resolve_locale.cache_clear()
    _locales.supported_locales.cache_clear()
