"""The newest message of a body, apart from quoted history, signature and footer.

A rejection that arrives as a reply carries older messages below it ("On Tue, … wrote:",
"-----Original Message-----", an Outlook "From: … Sent: …" block, ``>`` lines); they
mention other companies, positions and people, so the extractor must never read them.
The signature (from the closing formula, or a ``-- `` line, on) is kept apart: it names
the sender and their title but also carries addresses and disclaimers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from rejection_kit.intake._cues import Cues
from rejection_kit.intake._html import QUOTE_MARKER
from rejection_kit.intake._text import FIRST_NAME, GREETING, PERSON, PRONOUNS

#: Only the beginning of a body is read: the newest message sits on top, and a rejection
#: is a few hundred words; what lies beyond is history or padding.
MAX_SCAN = 40_000
#: How many lines after a "From:" line the "Sent:"/"Date:" line of a reply header may be.
_HEADER_SPAN = 5
_QUOTE_LEVEL = re.compile(r"^\s{0,3}>[ \t]?")
_HEADER_FIELD = re.compile(r"^\*{0,2}\s{0,3}([^\W\d_][^:\n]{0,19}?)\s?\*{0,2}\s?:")


@attrs.frozen
class Body:
    """The newest message split into what the extractor may read, and what it may not."""

    text: str
    signature: str
    quoted: str
    forwarded: bool = False
    #: For a forward: the forwarder's own note, and the original's From and Subject.
    note: str = ""
    origin: str | None = None
    origin_subject: str | None = None
    #: The original's date as its header block writes it ("19 maart 2025 om 16:05").
    origin_date: str | None = None


def _field(line: str) -> str | None:
    match = _HEADER_FIELD.match(line.strip())
    return match.group(1).strip().casefold() if match else None


def _reply_header_at(lines: Sequence[str], i: int, cues: Cues) -> bool:
    """Whether an Outlook-style header block ("From: … Sent: …") begins at line ``i``."""
    if _field(lines[i]) not in cues.header_from:
        return False
    following = (_field(line) for line in lines[i + 1 : i + 1 + _HEADER_SPAN])
    return any(name in cues.header_sent for name in following if name)


def _quote_start(lines: Sequence[str], cues: Cues) -> tuple[int, bool]:
    """The first line of quoted history (``len(lines)`` if none), and if it is a forward."""
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped == QUOTE_MARKER or stripped.startswith(">"):
            return i, False
        if cues.forward_line.search(stripped):
            return i, True
        if cues.original_line.search(stripped):
            return i, False
        if cues.wrote_start.match(stripped):
            # "On Tue, 3 Mar 2026 at 10:04, Anna Schmidt <anna@x.com>" may wrap onto two lines.
            following = lines[i + 1].strip() if i + 1 < len(lines) else ""
            if cues.wrote_line.search(stripped) or cues.wrote_line.search(
                f"{stripped} {following}"
            ):
                return i, False
        if _reply_header_at(lines, i, cues):
            return i, False
    return len(lines), False


#: A closing formula sits this close to the end of the text above a signature.
_CLOSING_REACH = 15
#: A signature without a closing starts at a name among the last lines.
_NAME_REACH = 6


def _is_closing(line: str, cues: Cues) -> bool:
    line = line.strip()
    return bool(cues.closing.search(line)) or (
        0 < len(line.split()) <= 6 and bool(cues.closing_word.search(line))
    )


def _signature_start(lines: Sequence[str], cues: Cues) -> int:
    """The first line of the signature: the closing formula ("Best regards,") above it,
    else the sender's name ("Ellie", "Ellie Hart") among the last lines, else a ``-- ``
    line (which mail clients put before an automatic signature or footer)."""
    dash = next(
        (i for i, line in enumerate(lines) if line.rstrip() in ("--", "-- ", "__", "—")),
        len(lines),
    )
    filled = [i for i in range(dash) if lines[i].strip()]
    for i in reversed(filled[-_CLOSING_REACH:]):
        if _is_closing(lines[i], cues):
            return i
    for i in filled[-_NAME_REACH:]:
        line = PRONOUNS.sub("", lines[i]).strip()
        head = line.split(" | ")[0].split(",")[0].strip()
        if GREETING.match(line) or line.endswith((".", "!", "?", ",", ":")):
            continue
        if FIRST_NAME.match(line) or PERSON.match(head):
            return i
    return dash


def _headers(lines: Sequence[str], cues: Cues) -> tuple[dict[str, str], int]:
    """The header block that opens a forwarded message ("From: … Subject: …"), and the
    line its body starts on."""
    found: dict[str, str] = {}
    i = 0
    # "---------- Forwarded message", or Outlook's "-----Original Message-----", which
    # opens a forward written as a reply ("RV:", "TR:") as well as a reply's history.
    while i < len(lines) and (not lines[i].strip() or cues.forward_line.search(lines[i])
                              or cues.original_line.search(lines[i])
                              or set(lines[i].strip()) <= set("_-=* ")):  # fmt: skip
        i += 1
    while i < len(lines) and (name := _field(lines[i])) is not None:
        value = lines[i].split(":", 1)[1].strip(" *")
        if name in cues.header_from:
            found.setdefault("from", value)
        elif name in cues.header_subject:
            found.setdefault("subject", value)
        elif name in cues.header_date:
            found.setdefault("date", value)
        i += 1
    return found, i


def _unquoted(lines: Sequence[str]) -> list[str]:
    """A forward that quotes the whole original ("> Van: …", as Apple Mail does) with
    one level of ``>`` taken off; other history as it is."""
    filled = [line for line in lines if line.strip()]
    marked = filled[1:] if filled and not filled[0].lstrip().startswith(">") else filled
    if not marked or not all(line.lstrip().startswith(">") for line in marked[:3]):
        return list(lines)
    return [_QUOTE_LEVEL.sub("", line, count=1) for line in lines]


def split_body(body: str, cues: Cues, *, forward: bool = False) -> Body:
    """Split ``body`` into the newest message's text, its signature and quoted history.

    A forward (``forward``, said by the subject's "Fwd:"/"WG:"/"I:", or a forward marker
    in the body) is read for the message it forwards: the forwarder's note is kept
    apart, and the original's sender and subject come from its header block.
    """
    lines = body[:MAX_SCAN].split("\n")
    cut, marked = _quote_start(lines, cues)
    newest, quoted = lines[:cut], lines[cut:]
    if (forward or marked) and quoted:
        quoted = _unquoted(quoted)
        headers, start = _headers(quoted, cues)
        if "from" in headers:
            inner = split_body("\n".join(quoted[start:]), cues)
            return attrs.evolve(
                inner,
                forwarded=True,
                note="\n".join(newest).strip(),
                origin=headers["from"],
                origin_subject=headers.get("subject"),
                origin_date=headers.get("date"),
            )
    sign = _signature_start(newest, cues)
    return Body(
        text="\n".join(newest[:sign]).strip(),
        signature="\n".join(newest[sign:]).strip(),
        quoted="\n".join(quoted).strip(),
    )
