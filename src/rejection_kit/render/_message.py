"""The composed message and its plain forms."""

from __future__ import annotations

from typing import Any

import attrs

from rejection_kit.composition import Part


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

    @property
    def variant_ids(self) -> tuple[str, ...]:
        """The variant id of every part, in order."""
        return tuple(p.variant for p in self.parts)

    @property
    def word_count(self) -> int:
        """Words in the text."""
        return len(self.text.split())

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
        }

    def __str__(self) -> str:
        return self.text
