"""Field-level checks shared by the situation classes.

Each check returns a problem message or ``None``; the classes collect every message so
that one bad input reports all of its problems at once.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

MAX_NAME = 120
MAX_TITLE = 200
MAX_TEXT = 1000
MAX_URL = 500
MAX_ITEMS = 50

# Cc and Cf categories include NUL, CR/LF, tabs and the bidi overrides (U+202A-U+202E,
# U+2066-U+2069): none of them belongs in a name, a title or a sentence of a letter.
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]+$")
_TEMPLATE_SYNTAX = re.compile(r"\{[{%#]")
_MESSAGE_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_URL = re.compile(r"^https?://[^\s<>\"]+$")


def normalize(value: str) -> str:
    """Return ``value`` in Unicode NFC, the one form every comparison and render uses."""
    return unicodedata.normalize("NFC", value)


def text_problem(value: object, *, required: bool, limit: int) -> str | None:
    """Check a free-text field: a string, not blank, short enough, no control characters."""
    if value is None:
        return "is required" if required else None
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__} {value!r:.40}"
    if len(value) > limit:
        return f"must be at most {limit} characters, got {len(value)}"
    if not value.strip():
        return "must not be empty"
    if value != value.strip():
        return "must not start or end with whitespace"
    if _TEMPLATE_SYNTAX.search(value):
        return "must not contain template syntax ({{, {% or {#): values are text, not templates"
    for ch in value:
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Zl", "Zp") and ch != "\u200d":
            return f"must not contain control or formatting character U+{ord(ch):04X}"
    return None


def email_problem(value: str | None) -> str | None:
    """Check an optional e-mail address."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=254)
    if problem:
        return problem
    if not _EMAIL.match(value):
        return f"must be an e-mail address like name@example.com, got {value!r}"
    return None


def message_id_problem(value: str | None) -> str | None:
    """Check an optional e-mail Message-ID such as ``<abc@mail.example>``."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=250)
    if problem:
        return problem
    if not _MESSAGE_ID.match(value):
        return f"must look like <id@host>, got {value!r:.60}"
    return None


def url_problem(value: str | None) -> str | None:
    """Check an optional http(s) URL."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=MAX_URL)
    if problem:
        return problem
    if not _URL.match(value):
        return f"must be an http(s) URL, got {value!r:.60}"
    return None


def choice_problem(value: object, choices: tuple[str, ...], *, required: bool) -> str | None:
    """Check an enumerated field."""
    if value is None:
        return "is required" if required else None
    if value not in choices:
        return f"must be one of {', '.join(choices)}; got {value!r:.40}"
    return None


def date_problem(value: object, *, required: bool) -> str | None:
    """Check a date field (already structured into a ``date``)."""
    if value is None:
        return "is required" if required else None
    if not isinstance(value, date):
        return f"must be a date, got {value!r:.40}"
    return None
