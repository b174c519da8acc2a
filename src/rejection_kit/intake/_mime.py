"""A received e-mail, read with the stdlib ``email`` package into plain fields.

Accepts the raw bytes of an ``.eml`` file, its text, an ``email.message.Message``, or text
pasted from a mail client (no headers: the whole text is the body). Everything is
bounded: the size of the source, the number and depth of MIME parts, the length of a
header. Undecodable bytes are replaced, never raised.
"""

from __future__ import annotations

import email
import email.message
import email.policy
import email.utils
import re
from collections.abc import Iterator
from datetime import date

import attrs

from rejection_kit._errors import ArgumentError, shown
from rejection_kit.intake._html import html_to_text

#: The largest e-mail read, in bytes (attachments included).
MAX_BYTES = 5_000_000
#: MIME parts visited at most, and how deep they may nest.
MAX_PARTS = 200
MAX_DEPTH = 12
#: The longest header value kept, in characters.
MAX_HEADER = 2_000
#: The longest body kept, in characters: rejections are short; the rest is history.
MAX_BODY = 100_000

#: A subject that forwards: "Fwd:", "WG:" (German), "TR:" (French), "RV:"/"Enc:", "I:".
FORWARD = re.compile(r"^\s*(?:fwd?|fw|wg|tr|rv|enc|i|doorst|reenv)\s?:", re.IGNORECASE)
_HEADER_LINE = re.compile(r"[!-9;-~]{1,76}:[ \t]")
_MESSAGE_ID = re.compile(r"<[^<>\s@]{1,200}@[^<>\s@]{1,200}>")


@attrs.frozen(kw_only=True)
class Mail:
    """What the extractor reads: the headers that matter and the body as text."""

    sender_name: str | None = None
    sender_email: str | None = None
    reply_to: tuple[tuple[str, str], ...] = ()
    to: tuple[str, ...] = ()
    subject: str | None = None
    date: date | None = None
    message_id: str | None = None
    references: tuple[str, ...] = ()
    auto_submitted: bool = False
    body: str = ""
    html: bool = False


#: What a message read from bytes shows for a byte that is not ASCII, in its raw payload:
#: the replacement character, or a byte kept by surrogateescape.
_ESCAPED_BYTE = re.compile("[\ufffd\udc80-\udcff]")


def _source_bytes(source: object) -> email.message.Message | bytes | str:
    if isinstance(source, email.message.Message):
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > MAX_BYTES:
            raise ArgumentError("email", f"is {len(data):,} bytes; the most read is {MAX_BYTES:,}")
        return data
    if isinstance(source, str):
        if len(source) > MAX_BYTES:
            raise ArgumentError(
                "email", f"is {len(source):,} characters; the most read is {MAX_BYTES:,}"
            )
        return source
    raise ArgumentError(
        "email", f"must be the e-mail's bytes, its text or an email.message.Message, "
        f"got {shown(source)}"
    )  # fmt: skip


def _looks_like_headers(text: str) -> bool:
    """Whether pasted text begins with RFC 5322 headers rather than the body."""
    head = text.lstrip()[:4000].split("\n\n", 1)[0].replace("\r", "").split("\n")
    fields = [line for line in head if line and not line[0].isspace()]
    return (
        bool(fields)
        and all(_HEADER_LINE.match(f) for f in fields)
        and any(f.lower().startswith(("from:", "subject:", "date:")) for f in fields)
    )


def _parse(source: email.message.Message | bytes | str) -> email.message.Message | None:
    if isinstance(source, email.message.Message):
        return source
    if isinstance(source, bytes):
        return email.message_from_bytes(source, policy=email.policy.default)
    if _looks_like_headers(source):
        return email.message_from_string(source, policy=email.policy.default)
    return None


def _header(msg: email.message.Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # a malformed header the policy cannot fold: read it raw
        raw = msg.get_all(name, failobj=[]) if hasattr(msg, "get_all") else []
        value = raw[0] if raw else None
    if value is None:
        return None
    text = " ".join(str(value).split())[:MAX_HEADER]
    return text or None


def _addresses(value: str | None) -> list[tuple[str, str]]:
    if not value:
        return []
    pairs = email.utils.getaddresses([value])
    return [(n.strip(), a.strip()) for n, a in pairs if "@" in a][:20]


def _walk(msg: email.message.Message, depth: int = 0) -> Iterator[email.message.Message]:
    if depth > MAX_DEPTH:
        return
    yield msg
    if msg.is_multipart():
        payload = msg.get_payload()
        if isinstance(payload, list):
            for part in payload:
                if isinstance(part, email.message.Message):
                    yield from _walk(part, depth + 1)


def _content(part: email.message.Message) -> str:
    raw = part.get_payload()
    if (
        isinstance(raw, str)
        and part.get("Content-Transfer-Encoding", "").strip().lower()
        not in ("base64", "quoted-printable")
        and not raw.isascii()
        and not _ESCAPED_BYTE.search(raw)
    ):
        # Text pasted as a string: its characters are already decoded ("selección").
        # Decoding would encode them as Latin-1 bytes and read those as the charset.
        return raw
    try:
        data = part.get_payload(decode=True)
    except Exception:
        data = None
    if not isinstance(data, bytes):
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name
        return data.decode("utf-8", errors="replace")


def _body(msg: email.message.Message) -> tuple[str, bool]:
    """The first readable text of the e-mail: plain text, else HTML made text."""
    plain = html = None
    for count, part in enumerate(_walk(msg)):
        if count >= MAX_PARTS:
            break
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if (part.get("Content-Disposition") or "").lower().startswith("attachment"):
            continue
        subtype = part.get_content_subtype()
        if subtype == "plain" and plain is None:
            plain = _content(part)
        elif subtype == "html" and html is None:
            html = _content(part)
        if plain is not None:
            break
    if plain is not None and plain.strip():
        return plain[:MAX_BODY], False
    if html is not None:
        return html_to_text(html[: MAX_BODY * 4])[:MAX_BODY], True
    return "", False


def _date(msg: email.message.Message) -> date | None:
    value = _header(msg, "Date")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when.date() if 1970 <= when.year <= 2199 else None


def _attached(msg: email.message.Message) -> email.message.Message | None:
    """The message a forward carries as an attachment (``message/rfc822``), if any: some
    mail clients forward so, with the forwarder's note as the text beside it."""
    for count, part in enumerate(_walk(msg)):
        if count >= MAX_PARTS:
            break
        if part.get_content_type() == "message/rfc822" and part is not msg:
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, email.message.Message) and _header(inner, "From"):
                return inner
    return None


def read_mail(source: object) -> Mail:
    """Read ``source`` (bytes, text, or a parsed message) into a :class:`Mail`.

    A forward ("Fwd:", "WG:", …) that attaches the original message is read as that
    message: the rejection is what was forwarded, not the note beside it.

    Raises:
        ArgumentError: when ``source`` is of another type or too large.
    """
    raw = _source_bytes(source)
    msg = _parse(raw)
    if msg is None:  # pasted body text
        assert isinstance(raw, str)
        return Mail(body=raw[:MAX_BODY].replace("\r\n", "\n"))
    # Only a forward is read as the message it attaches: a reply may attach an older mail.
    inner = _attached(msg) if FORWARD.match(_header(msg, "Subject") or "") else None
    if inner is not None:
        original = _read(inner)
        return attrs.evolve(original, to=original.to + _read_to(msg))
    return _read(msg)


def _read_to(msg: email.message.Message) -> tuple[str, ...]:
    return tuple(a for _, a in _addresses(_header(msg, "To")))


def _read(msg: email.message.Message) -> Mail:
    sender = _addresses(_header(msg, "From"))
    references = _MESSAGE_ID.findall(_header(msg, "References") or "")
    in_reply_to = _MESSAGE_ID.findall(_header(msg, "In-Reply-To") or "")
    for parent in in_reply_to:
        if parent not in references:
            references.append(parent)
    message_id = _MESSAGE_ID.search(_header(msg, "Message-ID") or "")
    auto = (_header(msg, "Auto-Submitted") or "no").lower()
    body, was_html = _body(msg)
    return Mail(
        sender_name=(sender[0][0] or None) if sender else None,
        sender_email=sender[0][1].lower() if sender else None,
        reply_to=tuple(_addresses(_header(msg, "Reply-To"))),
        to=_read_to(msg),
        subject=_header(msg, "Subject"),
        date=_date(msg),
        message_id=message_id.group(0) if message_id else None,
        references=tuple(references[-20:]),
        auto_submitted=not auto.startswith("no"),
        body=body.replace("\r\n", "\n"),
        html=was_html,
    )
