"""Length per channel: words for email and cards, characters and SMS segments."""

from __future__ import annotations

from collections.abc import Iterator

from rejection_kit.channels import sms_segments
from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["over_limit", "too_long"]


def over_limit(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Over a hard limit, which the platform refuses: LinkedIn's note length.

    A text message has none: phones join its segments up, so a long one is a warning of
    :func:`too_long`, not an error. (Four segments is only 202 characters once one
    character falls outside GSM-7: a dash, "ã", an emoji.)
    """
    channel = ctx.channel
    size = len(doc.text.strip())
    if channel.max_chars is not None and size > channel.max_chars:
        yield Hit(
            message=(
                f"May read as cut off: {size} characters, over the {channel.max_chars}-character "
                f"limit of a {channel.name.replace('_', ' ')}."
            )
        )


def too_long(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Longer than the channel's comfortable length (stricter with ``tone="concise"``)."""
    channel = ctx.channel
    if channel.soft_max_words is not None:
        factor = ctx.tone.word_factor if ctx.tone is not None else 1.0
        limit = int(channel.soft_max_words * factor)
        if doc.words > limit:
            yield Hit(
                message=f"May read as too long: {doc.words} words; aim for {limit} or fewer."
            )
    if channel.max_segments is not None:
        segments = sms_segments(doc.text.strip())
        if segments > channel.max_segments:
            yield Hit(
                message=(
                    f"May read as a wall of text: {segments} SMS segments, more than "
                    f"{channel.max_segments}; aim for one."
                )
            )
        elif segments > 1:
            yield Hit(
                message=f"May read as long for a text: {segments} SMS segments; aim for one."
            )
