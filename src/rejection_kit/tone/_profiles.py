"""Resolving ``tone=`` for a check: the same profiles that composing uses."""

from __future__ import annotations

from rejection_kit._errors import UnknownToneError
from rejection_kit.composition import PROFILES, ToneProfile, tone_profile

__all__ = ["get_tone"]


def get_tone(tone: object) -> ToneProfile | None:
    """``None`` (the default rules), or the named or given profile.

    Raises:
        UnknownToneError: for anything but ``None``, a built-in name or a ``ToneProfile``.
    """
    if tone is None:
        return None
    if isinstance(tone, (str, ToneProfile)):
        return tone_profile(tone)
    raise UnknownToneError(tone, choices=sorted(PROFILES), field="tone")
