"""A message as Markdown, HTML and a stdlib ``EmailMessage``.

Every value that came from a situation is text, never markup: HTML output escapes it
(a company called ``R&D <Labs>`` stays text), Markdown output escapes what Markdown
would read as syntax, and a header value that could carry another header is refused.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from rejection_kit._errors import Problem, ValidationError, shown
from rejection_kit._markdown import escape_markdown
from rejection_kit.model._fields import (
    MAX_REFERENCES,
    email_problem,
    header_problem,
    message_id_problem,
)

if TYPE_CHECKING:
    from email.headerregistry import Address
    from email.message import EmailMessage


def blocks(text: str) -> list[list[str]]:
    """The text's paragraphs, each as its lines."""
    return [p.split("\n") for p in text.split("\n\n") if p]


def to_html(text: str, subject: str | None = None) -> str:
    """Paragraphs as ``<p>``, lines within a paragraph joined by ``<br>``; all escaped."""
    body = "\n".join(
        "<p>" + "<br>\n".join(html.escape(line) for line in lines) + "</p>"
        for lines in blocks(text)
    )
    if subject:
        body = f"<p><strong>{html.escape(subject)}</strong></p>\n{body}"
    return body


def to_markdown(text: str, subject: str | None = None) -> str:
    """Paragraphs separated by blank lines, hard line breaks kept, syntax escaped."""
    body = "\n\n".join(
        "  \n".join(escape_markdown(line) for line in lines) for lines in blocks(text)
    )
    return f"**{escape_markdown(subject)}**\n\n{body}" if subject else body


def header_problems(message: Any) -> Iterator[Problem]:
    """Problems with the values of ``message`` that become e-mail headers.

    Names and the subject must be plain text without control or line-separator
    characters or encoded words; addresses must be one bare address each (checked by
    email-validator); ``in_reply_to`` must be a message id.
    """
    for name in ("subject", "sender", "recipient"):
        value = getattr(message, name)
        if value is None or (name == "sender" and value == ""):
            continue
        if problem := header_problem(value):
            yield Problem(name, problem)
        elif name != "subject" and (bad := set("<>@").intersection(value)):
            yield Problem(name, f"must not contain {' or '.join(sorted(bad))}: it is a name")
    for name in ("sender_email", "recipient_email"):
        if problem := email_problem(getattr(message, name)):
            yield Problem(name, problem)
    if problem := message_id_problem(message.in_reply_to):
        yield Problem("in_reply_to", problem)
    references = message.references
    if len(references) > MAX_REFERENCES:
        yield Problem(
            "references", f"must hold at most {MAX_REFERENCES} ids, got {len(references)}"
        )
    for i, ref in enumerate(references[:MAX_REFERENCES]):
        if not isinstance(ref, str):
            yield Problem(f"references[{i}]", f"must be a message id, got {shown(ref)}")
        elif problem := message_id_problem(ref):
            yield Problem(f"references[{i}]", problem)


def email_message(
    *,
    subject: str | None,
    text: str,
    sender: str,
    sender_email: str | None,
    recipient: str | None,
    recipient_email: str | None,
    in_reply_to: str | None,
    references: Sequence[str] = (),
) -> EmailMessage:
    """A ``text/plain`` e-mail with Subject, To and From where the addresses are known,
    and In-Reply-To/References when it answers the rejection e-mail.

    The values were checked when the :class:`Message` was built; the finished e-mail is
    then parsed back and must carry exactly the headers that were set, with exactly the
    values given, so that no way of smuggling a header (an encoded line break, a
    separator the parser honours, an address list in disguise) can reach the wire.
    """
    # The email package costs more to import than the rest of rejection_kit's output
    # layer, and most callers never build an EmailMessage.
    import email.policy
    from email.message import EmailMessage
    from email.utils import make_msgid

    addresses = [a for a in (recipient_email, sender_email) if a is not None]
    # An internationalised address (José@exämple.com) is only sendable as SMTPUTF8.
    utf8 = any(not a.isascii() for a in addresses)
    message = EmailMessage(policy=email.policy.default.clone(utf8=utf8))
    expected: dict[str, str] = {}
    # Only known addresses become headers; the caller adds the others before sending.
    if recipient_email is not None:
        message["To"] = _address(recipient or "", recipient_email)
        expected["to"] = recipient_email
    if sender_email is not None:
        message["From"] = _address(sender, sender_email)
        expected["from"] = sender_email
    if subject:
        message["Subject"] = subject
        expected["subject"] = subject
    if in_reply_to:
        chain = " ".join(dict.fromkeys([*references, in_reply_to]))
        message["In-Reply-To"] = in_reply_to
        message["References"] = chain
        expected["in-reply-to"] = in_reply_to
        expected["references"] = chain
    domain = sender_email.rpartition("@")[2] if sender_email else None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(text)
    _verify(message, expected, text)
    return message


def _address(name: str, address: str) -> Address:
    from email.headerregistry import Address

    # ``address`` passed email-validator: one bare address, so its last "@" splits it.
    user, _, domain = address.rpartition("@")
    return Address(display_name=name, username=user, domain=domain)


def _verify(message: EmailMessage, expected: dict[str, str], text: str) -> None:
    import email
    import email.policy

    # Parsed from text so that SMTPUTF8 headers read back as the UTF-8 they were written in.
    wire = message.as_bytes().decode("utf-8", "surrogateescape")
    parsed = email.message_from_string(wire, policy=email.policy.default)
    names = sorted(k.lower() for k in parsed)
    wanted = sorted(
        [*expected, "message-id", "content-type", "content-transfer-encoding", "mime-version"]
    )
    problems = []
    if names != wanted:
        problems.append(Problem("headers", f"the e-mail would carry {names}, not {wanted}"))
    for name, value in expected.items():
        header = parsed[name]
        carried = (
            header.addresses[0].addr_spec
            if name in ("to", "from") and header is not None and len(header.addresses) == 1
            else str(header)
        )
        if carried != value:
            problems.append(Problem(name, f"would be sent as {shown(carried)}"))
    if parsed.get_content().rstrip("\n") != text.rstrip("\n"):
        problems.append(Problem("text", "the body would not be sent as written"))
    if problems:
        raise ValidationError(problems, what="e-mail header")
