"""Locales, catalogs, Babel formatting and letter conventions."""

from rejection_kit.language._catalog import StrictTranslations, translations
from rejection_kit.language._conventions import LetterConventions, conventions
from rejection_kit.language._env import JinjaTemplates, environment, macro_names
from rejection_kit.language._locales import resolve_locale, supported_locales

__all__ = [
    "JinjaTemplates",
    "LetterConventions",
    "StrictTranslations",
    "conventions",
    "environment",
    "macro_names",
    "resolve_locale",
    "supported_locales",
    "translations",
]
