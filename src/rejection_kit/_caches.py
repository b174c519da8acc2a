"""One switch for every cache the library keeps."""

from __future__ import annotations


def clear_caches() -> None:
    """Forget loaded catalogs, template environments, resolved locales, compiled rules and
    the phrasings kept from earlier messages.

    Everything is rebuilt on next use; call it after changing files on disk in a
    long-running process, or to release memory.
    """
    from rejection_kit import _composer
    from rejection_kit.composition import _blocks, _choice
    from rejection_kit.language import _catalog, _conventions, _env, _locales
    from rejection_kit.tone import clear_caches as clear_tone_caches

    _catalog.clear()
    _conventions.conventions.cache_clear()
    _blocks._variant_ids.cache_clear()
    _choice._ordered.cache_clear()
    _composer.forget()
    clear_tone_caches()
    _env.clear()
    _locales._negotiate.cache_clear()
    _locales.supported_locales.cache_clear()
