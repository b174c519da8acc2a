"""Tone profiles: how a message leans — which phrasings it prefers and how it signs off."""

from __future__ import annotations

import attrs

from rejection_kit._errors import UnknownToneError


@attrs.frozen(kw_only=True)
class ToneProfile:
    """A named way of writing.

    Attributes:
        name: the profile's name.
        closing: the sign-off style (a group of the ``closing`` block).
        prefer: a variant tag tried first where a block has one (``"warm"``).
        avoid: variant tags not used (``{"casual"}`` for formal letters).
        shortest: choose the shortest phrasing of each block.
        drop_optional: leave out optional blocks (acknowledgement, well-wishes).
        word_factor: scales a channel's soft word limit when checking (concise is
            stricter); tone rules with ``tones=`` switch on for the profile's name.
    """

    name: str
    closing: str = "best"
    prefer: str | None = None
    avoid: frozenset[str] = frozenset()
    shortest: bool = False
    drop_optional: bool = False
    word_factor: float = 1.0


#: The built-in profiles, by name.
PROFILES: dict[str, ToneProfile] = {
    p.name: p
    for p in (
        ToneProfile(name="warm", closing="warm", prefer="warm"),
        ToneProfile(name="formal", closing="kind", avoid=frozenset({"casual"})),
        ToneProfile(
            name="concise", closing="best", shortest=True, drop_optional=True, word_factor=0.6
        ),
        ToneProfile(name="neutral", closing="best"),
    )
}
DEFAULT_TONE = "warm"


def tone_profile(tone: str | ToneProfile | None) -> ToneProfile:
    """Resolve a profile name (or pass a profile through).

    Raises:
        UnknownToneError: naming the built-in profiles.
    """
    if isinstance(tone, ToneProfile):
        return tone
    if tone is None:
        return PROFILES[DEFAULT_TONE]
    if isinstance(tone, str) and tone in PROFILES:
        return PROFILES[tone]
    raise UnknownToneError(tone, choices=sorted(PROFILES), field="tone")
