"""Channels as data: what a message on each one looks like and how long it may be."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal

import attrs

from rejection_kit._errors import UnknownChannelError
from rejection_kit.channels._sms import sms_segments


@attrs.frozen(kw_only=True)
class Channel:
    """One way of sending a message, and its limits.

    Attributes:
        name: the channel's name, as passed to ``compose`` and ``check``.
        layout: ``letter`` (salutation, paragraphs, sign-off) or ``note`` (the
            salutation, then one paragraph).
        subject: whether messages on it have a subject line.
        max_chars: a hard limit in characters (over it is an error), or ``None``.
        premium_max_chars: the hard limit for paid accounts, when it differs.
        soft_max_words: over this many words a message draws a warning.
        max_segments: for SMS, the segments a draft may use before it reads as a wall
            of text (a warning: a longer text is still delivered, joined up).
        compose_segments: for SMS, the most segments a composed message may use; it
            uses one whenever one is enough.
        max_emoji: how many emoji pass without a warning.
        closing: whether messages end with a closing formula ("Best regards,").
        concise: whether the composer prefers the shortest phrasing of each block.
    """

    name: str
    layout: Literal["letter", "note"] = "letter"
    subject: bool = False
    max_chars: int | None = None
    premium_max_chars: int | None = None
    soft_max_words: int | None = None
    max_segments: int | None = None
    compose_segments: int | None = None
    max_emoji: int = 0
    closing: bool = True
    concise: bool = False

    def allows(self, text: str) -> bool:
        """Whether a composed ``text`` is within this channel's hard limits."""
        if self.max_chars is not None and len(text) > self.max_chars:
            return False
        limit = self.compose_segments or self.max_segments
        return limit is None or sms_segments(text) <= limit

    def prefers(self, text: str) -> bool:
        """Whether ``text`` is as short as this channel would like (one SMS segment)."""
        return self.compose_segments is None or sms_segments(text) <= 1

    def with_limit(self, max_chars: int) -> Channel:
        """This channel with another character limit (a LinkedIn Premium note: 300)."""
        return attrs.evolve(self, max_chars=max_chars)


#: The known channels, by name. Read-only.
CHANNELS: Mapping[str, Channel] = MappingProxyType(
    {
        c.name: c
        for c in (
            Channel(name="email", subject=True, soft_max_words=250),
            Channel(
                name="linkedin_note",
                layout="note",
                max_chars=200,
                premium_max_chars=300,
                closing=False,
            ),
            Channel(name="linkedin_message", max_chars=2000, soft_max_words=200),
            Channel(
                name="sms",
                layout="note",
                max_segments=3,
                compose_segments=2,
                max_emoji=1,
                closing=False,
                concise=True,
            ),
            Channel(name="card", soft_max_words=120, max_emoji=1, concise=True),
        )
    }
)


def get_channel(channel: object) -> Channel:
    """Resolve a channel name (or pass a :class:`Channel` through).

    Raises:
        UnknownChannelError: naming the known channels.
    """
    if isinstance(channel, Channel):
        return channel
    try:
        return CHANNELS[channel]  # type: ignore[index]
    except (KeyError, TypeError):
        raise UnknownChannelError(channel, choices=sorted(CHANNELS), field="channel") from None
