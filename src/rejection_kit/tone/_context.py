"""The context a check runs in: channel, locale, tone, message type and situation."""

from __future__ import annotations

from typing import Any

import attrs

from rejection_kit.channels import Channel
from rejection_kit.composition import ToneProfile

__all__ = ["Context"]


@attrs.frozen(kw_only=True)
class Context:
    """What a rule's ``check`` callable may know about the message besides its text.

    Attributes:
        channel: The channel and its limits.
        locale: The normalised locale identifier, e.g. ``"en_US"``.
        tone: The tone profile, or ``None`` for the default.
        recipe: The message type (``"keep_door_open"``, ...), or ``None`` if unknown.
        situation: The situation, if given; read by duck typing (``.company.name``,
            ``.contacts``, ...).
        language: The rule pack's language (``en``, ``pt_br``): whose lemma table the
            cue rules read words with.
    """

    channel: Channel
    locale: str = "en"
    tone: ToneProfile | None = None
    recipe: str | None = None
    situation: Any = attrs.field(default=None, eq=False)
    language: str = "en"

    @property
    def tone_name(self) -> str | None:
        """The tone profile's name, or ``None``."""
        return self.tone.name if self.tone is not None else None
