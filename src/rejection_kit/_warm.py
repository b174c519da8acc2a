"""Loading everything a first request would load, ahead of time.

A server or a bot pays for catalogs, templates, rule packs and the language identifier
on its first message (about a second, plus a few hundred milliseconds per new locale).
``warm_up`` pays it at start-up instead; a pre-forking server (gunicorn ``--preload``,
a ``multiprocessing`` pool with the ``fork`` start method) calls it before forking, so
that every worker starts warm and shares the memory.
"""

from __future__ import annotations

from collections.abc import Iterable

from rejection_kit._errors import ArgumentError, shown

__all__ = ["warm_up"]


def warm_up(locales: Iterable[str] | None = None, *, detect: bool = True) -> tuple[str, ...]:
    """Load what composing and checking in ``locales`` needs; return the locales warmed.

    ``locales`` defaults to every shipped locale. Each gets its catalogs (every register),
    templates, letter conventions and tone rules, by composing and checking one message
    of every recipe, and every pattern of its rules compiled (without it, a server's first
    few hundred drafts in a language pay for that: a sixth to a third of their ``check``);
    ``detect`` also loads the language identifier that warns about fields typed in another
    language. Safe to call again, and from several threads.

    Raises:
        UnknownLocaleError: for a locale that does not ship.
    """
    from rejection_kit._cli import sample_situation
    from rejection_kit._pipeline import compose
    from rejection_kit.composition import RECIPES
    from rejection_kit.language import conventions, resolve_locale, supported_locales
    from rejection_kit.language._env import JinjaTemplates
    from rejection_kit.tone import check
    from rejection_kit.tone._engine import build_fast_set, compile_patterns, prepare_scans
    from rejection_kit.tone._literals import ac_available as literal_scan_available
    from rejection_kit.tone._locale import resolve_locale as resolve_tone_locale

    if locales is not None and (
        isinstance(locales, (str, bytes)) or not isinstance(locales, Iterable)
    ):
        raise ArgumentError("locales", f"must be a list of locales, got {shown(locales)}")
    chosen = tuple(dict.fromkeys(resolve_locale(x) for x in (locales or supported_locales())))
    situation = sample_situation()
    for locale in chosen:
        for register in conventions(locale).registers:
            JinjaTemplates(locale, register)
        for name, recipe in RECIPES.items():
            to = next((c.name for c in situation.contacts if recipe.eligible(c, situation)), None)
            if recipe.refusal(situation, situation.contact(to) if to else None) is None:
                message = compose(situation, recipe=recipe, to=to, locale=locale)
                check(message.text, situation=situation, locale=locale, recipe=name)
        chain = resolve_tone_locale(locale)[1]
        if not literal_scan_available():
            build_fast_set(chain)  # with google-re2 alone: the composer's one-pass scans
        compile_patterns(chain)  # a draft's first check compiles none of them
        prepare_scans(chain)  # with pyahocorasick: the scan for the patterns' literals
    if detect:
        from rejection_kit.language._detect import warm_up as load_identifier

        load_identifier()
    return chosen
