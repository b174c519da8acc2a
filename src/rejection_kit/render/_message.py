"""The composed message and its plain forms."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs
from markupsafe import Markup

from rejection_kit._errors import ArgumentError, ValidationError, shown
from rejection_kit.composition import Part
from rejection_kit.render._chat import CHAT_FORMATS, to_chat
from rejection_kit.render._formats import email_message, header_problems, to_html, to_markdown
from rejection_kit.types import FormatName

if TYPE_CHECKING:
    from email.message import EmailMessage


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


@attrs.frozen(kw_only=True)
class Message:
    """A composed message, with where every part came from.

    Attributes:
        recipe: the recipe that made it.
        recipient: the contact's name, or None for a note to the hiring team.
        locale: the resolved locale.
        address: the register it is written in (``formal`` or ``informal``).
        channel: the channel it was fitted to.
        tone: the tone profile's name.
        seed: the seed of the variant choice; the same inputs and seed give the same bytes.
        subject: the subject line (None for channels without one).
        text: the whole message as plain text.
        parts: every rendered part, in order, with its block and variant id.
        sender: the candidate's name; ``sender_email`` their address, if known.
        recipient_email: the contact's address, if known.
        in_reply_to: the message id of the rejection e-mail this one answers, if given.
        references: the thread before it (the rejection's own References), oldest first;
            the e-mail's References header is these followed by ``in_reply_to``.
        warnings: what the user should know: a topic that could not be made to read
            right, or a sentence repeated because the catalogue had no other phrasing
            left for a batch.
    """

    recipe: str
    recipient: str | None
    locale: str
    address: str
    channel: str
    tone: str
    seed: int
    subject: str | None
    text: str
    parts: tuple[Part, ...]
    sender: str = ""
    sender_email: str | None = None
    recipient_email: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    warnings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        # Every way of building a Message (compose, the constructor, attrs.evolve) checks
        # the values that become e-mail headers, as the wire would carry them.
        problems = list(header_problems(self))
        if problems:
            raise ValidationError(problems, what="message")

    @property
    def variant_ids(self) -> tuple[str, ...]:
        """The variant id of every part, in order."""
        return tuple(p.variant for p in self.parts)

    @property
    def word_count(self) -> int:
        """Words in the text."""
        return len(self.text.split())

    @property
    def markdown(self) -> str:
        """The message as Markdown (subject in bold), situation values escaped."""
        return to_markdown(self.text, self.subject)

    @property
    def html(self) -> Markup:
        """The message as an HTML fragment, every value escaped.

        A ``markupsafe.Markup``: Jinja2, Django and other templates insert it as it is,
        without escaping it a second time.
        """
        return Markup(to_html(self.text, self.subject))

    def format(self, style: FormatName) -> str:
        """The message for where it will be shown: ``text``, ``markdown``, ``html``, or a
        chat app's markup: ``slack`` (mrkdwn), ``telegram`` (HTML mode), ``discord``,
        ``whatsapp``. Every value is escaped for that place, mentions included.

        Raises:
            ArgumentError: for another style.
        """
        if style == "text":
            return self.text
        if style == "markdown":
            return self.markdown
        if style == "html":
            return self.html
        if style in CHAT_FORMATS:
            return to_chat(self.text, self.subject, style)
        choices = ", ".join(("text", "markdown", "html", *CHAT_FORMATS))
        raise ArgumentError("style", f"must be one of {choices}, got {shown(style)}")

    def to_email_message(self) -> EmailMessage:
        """A stdlib ``EmailMessage`` with To, From, Subject and threading headers.

        Raises:
            ValidationError: when the headers that the e-mail would carry differ from the
                values given (a guard against header injection of any kind).
        """
        return email_message(
            subject=self.subject,
            text=self.text,
            sender=self.sender,
            sender_email=self.sender_email,
            recipient=self.recipient,
            recipient_email=self.recipient_email,
            in_reply_to=self.in_reply_to,
            references=self.references,
        )

    def _repr_html_(self) -> str:
        caption = html.escape(
            f"{self.recipe} to {self.recipient or 'the hiring team'} · {self.channel} · "
            f"{self.locale} · {self.word_count} words"
        )
        return (
            f'<div class="rejection-kit-message"><p><small>{caption}</small></p>\n'
            f"{self.html}</div>"
        )

    def _repr_markdown_(self) -> str:
        return self.markdown

    def to_dict(self) -> dict[str, Any]:
        """Plain, JSON-ready data: the text and its provenance."""
        return {
            "recipe": self.recipe,
            "recipient": self.recipient,
            "locale": self.locale,
            "address": self.address,
            "channel": self.channel,
            "tone": self.tone,
            "seed": self.seed,
            "subject": self.subject,
            "text": self.text,
            "parts": [p.to_dict() for p in self.parts],
            "sender": self.sender,
            "sender_email": self.sender_email,
            "recipient_email": self.recipient_email,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "warnings": list(self.warnings),
        }

    def __str__(self) -> str:
        return self.text
