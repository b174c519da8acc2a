"""Replying in a thread: the subject of a reply, in any of the languages mail clients use.

Clients localise the reply prefix (Outlook writes "AW:" in German, "RE :" in French,
"RES:" in Brazilian Portuguese, "R:" in Italian, "Antw:" in Dutch) and stack them when
people of different languages reply to each other ("Re: AW: Ihre Bewerbung"). A reply
keeps the thread's own prefix, once; a subject that was not yet a reply gets "Re:",
which RFC 5322 recommends and every client threads.
"""

from __future__ import annotations

import re

#: Reply and forward prefixes of the main mail clients, in the shipped languages.
_PREFIX = re.compile(
    r"^(?:(?P<reply>re|aw|antw|antwort|r|rif|res|resp|sv|vs|odp|ynt)|fwd?|wg|tr|rv|enc|i|doorst)"
    r"(?:\[\d{1,3}\])?[ \t\u00a0]?:[ \t]*",
    re.IGNORECASE,
)
#: At most this many prefixes are stripped (a subject of a thousand "Re:" is input too).
_MAX_PREFIXES = 20


def _strip(original: str) -> tuple[str | None, str]:
    """The first reply prefix of ``original`` (None if it has none), and its subject
    without any prefix."""
    rest = original.strip()
    first = None
    for _ in range(_MAX_PREFIXES):
        match = _PREFIX.match(rest)
        if not match:
            break
        if first is None and match.group("reply"):
            first = match.group("reply")
        rest = rest[match.end() :]
    return first, rest


def bare_subject(original: str) -> str:
    """``original`` without its reply and forward prefixes: "RES: Processo …" → "Processo …"."""
    return _strip(original)[1]


def reply_subject(original: str) -> str:
    """The subject of a reply to ``original``: one reply prefix, none stacked."""
    first, rest = _strip(original)
    return f"{first or 'Re'}: {rest}".rstrip()
