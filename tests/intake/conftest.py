"""Builders for the e-mails the intake tests read."""

from __future__ import annotations

from email.message import EmailMessage
from email.policy import SMTP


def eml(
    body: str,
    *,
    sender: str = "Anna Schmidt <anna.schmidt@northwind.example>",
    subject: str = "Your application",
    html: str | None = None,
    headers: dict[str, str] | None = None,
    cte: str | None = None,
) -> bytes:
    """The bytes of an e-mail with ``body`` as text (and ``html`` as an alternative)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = sender
    msg["To"] = "Maya Chen <maya.chen@example.com>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 24 Nov 2026 10:04:00 +0100"
    msg["Message-ID"] = "<rejection-1@northwind.example>"
    for name, value in (headers or {}).items():
        msg[name] = value
    if body:
        msg.set_content(body, cte=cte) if cte else msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html", cte=cte) if cte else msg.set_content(
            html, subtype="html"
        )
    return msg.as_bytes()
