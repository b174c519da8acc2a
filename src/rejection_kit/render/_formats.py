"""A message as Markdown, HTML and a stdlib ``EmailMessage``.

Every value that came from a situation is text, never markup: HTML output escapes it
(a company called ``R&D <Labs>`` stays text), Markdown output escapes what Markdown
would read as syntax, and a header value with a line break is refused.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rejection_kit._errors import Problem, ValidationError
from rejection_kit._markdown import escape_markdown

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


def _header_safe(values: Sequence[tuple[str, str | None]]) -> None:
    problems = [
        Problem(name, "must not contain a line break (header injection)")
        for name, value in values
        if value is not None and ("\r" in value or "\n" in value)
    ]
    if problems:
        raise ValidationError(problems, what="e-mail header")


def _address(name: str, email: str) -> Address:
    from email.headerregistry import Address

    user, _, domain = email.rpartition("@")
    return Address(display_name=name, username=user, domain=domain)


def email_message(
    *,
    subject: str | None,
    text: str,
    sender: str,
    sender_email: str | None,
    recipient: str | None,
    recipient_email: str | None,
    in_reply_to: str | None,
) -> EmailMessage:
    """A ``text/plain`` e-mail with Subject, To and From where the addresses are known,
    and In-Reply-To/References when it answers the rejection e-mail."""
    # The email package costs more to import than the rest of rejection_kit's output
    # layer, and most callers never build an EmailMessage.
    from email.message import EmailMessage
    from email.utils import make_msgid

    _header_safe(
        [
            ("subject", subject),
            ("sender", sender),
            ("sender_email", sender_email),
            ("recipient", recipient),
            ("recipient_email", recipient_email),
            ("in_reply_to", in_reply_to),
        ]
    )
    message = EmailMessage()
    # Only known addresses become headers; the caller adds the others before sending.
    if recipient_email is not None:
        message["To"] = _address(recipient or "", recipient_email)
    if sender_email is not None:
        message["From"] = _address(sender, sender_email)
    if subject:
        message["Subject"] = subject
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    domain = sender_email.rpartition("@")[2] if sender_email else None
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(text)
    return message
