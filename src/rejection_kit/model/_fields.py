"""Field-level checks shared by the situation classes and the message.

Each check returns a problem message or ``None``; the classes collect every message so
that one bad input reports all of its problems at once. Messages show values through
:func:`~rejection_kit._errors.shown`, so they stay short whatever arrives.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from functools import lru_cache

from rejection_kit._errors import shown

MAX_NAME = 120
MAX_TITLE = 500
MAX_TEXT = 1000
MAX_URL = 500
MAX_ITEMS = 50
#: The longest References chain kept on a rejection (mail clients trim long ones too).
MAX_REFERENCES = 20
#: Dates outside this range are refused: nothing a candidate plans lies outside it, and
#: date arithmetic on the year 9999 overflows.
MIN_DATE = date(1970, 1, 1)
MAX_DATE = date(2199, 12, 31)

_TEMPLATE_SYNTAX = re.compile(r"\{[{%#]")
_MESSAGE_ID = re.compile(r"^<[^<>\s@]+@[^<>\s@]+>$")
_URL = re.compile(r"^https?://[^\s<>\"]+$")
# Cc and Cf include NUL, CR/LF, tab, VT, FF, FS-RS, NEL (U+0085) and the bidi overrides
# (U+202A-U+202E, U+2066-U+2069); Zl/Zp are U+2028/U+2029. None belongs in a name, a
# title or a sentence of a letter, and several end a header line on the wire.
_FORBIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp", "Co", "Cn"})
# Characters that draw nothing although Unicode counts them as letters or symbols: the
# Hangul fillers, the blank Braille pattern, the Mongolian vowel separator.
_BLANK = frozenset("\u115f\u1160\u3164\uffa0\u2800\u180e")
_VISIBLE = ("L", "N", "P", "S")
# Characters that would let a person's name pass for an e-mail address in a header.
_NOT_IN_NAMES = frozenset("<>@")


def normalize(value: str) -> str:
    """Return ``value`` in Unicode NFC, the one form every comparison and render uses."""
    return unicodedata.normalize("NFC", value)


def has_encoded_word(value: str) -> bool:
    """Whether ``value`` holds something an e-mail header would decode (RFC 2047).

    ``=?utf-8?q?...?=`` in a header is decoded by the ``email`` package, line breaks
    included, so it could carry a header of its own onto the wire.

    >>> has_encoded_word("=?utf-8?q?Hi=0D=0ABcc:_x@evil.example?=")
    True
    >>> has_encoded_word("a = b? yes")
    False
    """
    start = value.find("=?")
    return start >= 0 and value.find("?=", start + 2) >= 0


def _character_problem(value: str) -> str | None:
    # Each distinct character is looked up once (a letter has a few dozen); the first
    # forbidden one in the text is named.
    bad = [
        ch
        for ch in set(value)
        # the zero-width joiner builds emoji and Indic scripts
        if ch != "\u200d" and unicodedata.category(ch) in _FORBIDDEN_CATEGORIES
    ]
    if not bad:
        return None
    first = min(bad, key=value.index)
    return f"must not contain control or formatting character U+{ord(first):04X}"


def _visible(value: str) -> bool:
    return any(ch not in _BLANK and unicodedata.category(ch)[0] in _VISIBLE for ch in value)


def text_problem(value: object, *, required: bool, limit: int) -> str | None:
    """Check a free-text field: a string, visible, short enough, plain text only."""
    if value is None:
        return "is required" if required else None
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__} {shown(value)}"
    if len(value) > limit:
        return f"must be at most {limit} characters, got {len(value)}"
    if not value.strip() or not _visible(value):
        return "must not be empty"
    if value != value.strip():
        return "must not start or end with whitespace"
    if _TEMPLATE_SYNTAX.search(value):
        return "must not contain template syntax ({{, {% or {#): values are text, not templates"
    if has_encoded_word(value):
        return (
            "must not contain an RFC 2047 encoded word (=?charset?q?...?=): give the decoded text"
        )
    return _character_problem(value)


def name_problem(value: object, *, required: bool) -> str | None:
    """Check a person's name: text that cannot pass for an e-mail address in a header."""
    if problem := text_problem(value, required=required, limit=MAX_NAME):
        return problem
    if isinstance(value, str) and (bad := _NOT_IN_NAMES.intersection(value)):
        return f"must not contain {' or '.join(sorted(bad))}: it is a name, not an address"
    if isinstance(value, str) and ("{" in value or "}" in value):
        # A brace reads as a leftover placeholder ("Dear {first_name}") to every check.
        return "must not contain { or }: it is a name, not a template"
    return None


def header_problem(value: object, *, limit: int = 998) -> str | None:
    """Check a value that becomes (part of) an e-mail header, as the wire would carry it."""
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__} {shown(value)}"
    if len(value) > limit:
        return f"must be at most {limit} characters, got {len(value)}"
    if has_encoded_word(value):
        return "must not contain an RFC 2047 encoded word (=?charset?q?...?=)"
    return _character_problem(value)


@lru_cache(maxsize=1024)
def _invalid_address(value: str) -> str | None:
    # Deferred: email-validator builds its tables on import, and most situations have
    # no addresses.
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc)
    return None


def email_problem(value: object) -> str | None:
    """Check an optional e-mail address (one bare address, no display name)."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=254)
    if problem:
        return problem
    assert isinstance(value, str)
    if reason := _invalid_address(value):
        return f"must be one e-mail address like name@example.com, got {shown(value)}: {reason}"
    return None


#: Local parts of addresses that take no replies, in the shipped languages.
NO_REPLY_LOCAL = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|donotrespond|no[-_.]?response"
    r"|notifications?|mailer(?:-daemon)?|automated|bounces?|jobs[-_.]no[-_.]?reply"
    r"|careers[-_.]no[-_.]?reply|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|noresponder"
    r"|nao[-_.]?responda|non[-_.]?rispondere|niet[-_.]?beantwoorden)(?:[-_.+][^@]*)?$",
    re.IGNORECASE,
)


def reply_address_problem(value: object) -> str | None:
    """Check an optional address a note will be sent to: valid, and one that takes replies."""
    if problem := email_problem(value):
        return problem
    if isinstance(value, str) and NO_REPLY_LOCAL.match(value.rpartition("@")[0]):
        return (
            f"{shown(value)} takes no replies; give the address of a person who wrote to you, "
            "or leave it out"
        )
    return None


def message_id_problem(value: str | None) -> str | None:
    """Check an optional e-mail Message-ID such as ``<abc@mail.example>``."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=250)
    if problem:
        return problem
    if not _MESSAGE_ID.match(value):
        return f"must look like <id@host>, got {shown(value)}"
    return None


def url_problem(value: str | None) -> str | None:
    """Check an optional http(s) URL."""
    if value is None:
        return None
    problem = text_problem(value, required=False, limit=MAX_URL)
    if problem:
        return problem
    if not _URL.match(value):
        return f"must be an http(s) URL, got {shown(value)}"
    return None


#: A country for holidays: ISO 3166-1 alpha-2, optionally with an ISO 3166-2 subdivision.
COUNTRY = re.compile(r"[A-Z]{2}(?:-[A-Z0-9]{1,3})?")


def country_problem(value: object) -> str | None:
    """Why ``value`` is not a country code such as ``"US"`` or ``"DE-BY"``, or ``None``."""
    if value is None:
        return None
    if not isinstance(value, str) or not COUNTRY.fullmatch(value):
        return (
            "must look like 'US' or 'DE-BY' (an ISO 3166 country code in capitals, "
            f"optionally with a subdivision), got {shown(value)}"
        )
    return None


def choice_problem(value: object, choices: tuple[str, ...], *, required: bool) -> str | None:
    """Check an enumerated field."""
    if value is None:
        return "is required" if required else None
    if value not in choices:
        return f"must be one of {', '.join(choices)}; got {shown(value)}"
    return None


def date_problem(value: object, *, required: bool) -> str | None:
    """Check a date field (already structured into a ``date``, not a ``datetime``)."""
    if value is None:
        return "is required" if required else None
    if isinstance(value, datetime) or not isinstance(value, date):
        return f"must be a date (not a date and time), got {shown(value)}"
    if not MIN_DATE <= value <= MAX_DATE:
        return f"must be between {MIN_DATE.isoformat()} and {MAX_DATE.isoformat()}"
    return None
