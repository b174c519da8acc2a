"""Names a type checker can check: the recipes, channels and tone profiles that ship.

``rk.compose(s, recipe="thank_yuo")`` fails ``mypy --strict`` and pyright instead of at
run time::

    from rejection_kit.types import RecipeName

    def note(recipe: RecipeName) -> rk.Message: ...

A custom recipe, channel or profile is passed as its object (``Recipe``, ``Channel``,
``ToneProfile``), which the signatures also accept. Locales stay ``str``: regional
variants ("de-AT") and Accept-Language headers ("it-IT,de;q=0.9") are negotiated at run
time, and a ``babel.Locale`` is accepted too.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, TypeAlias

if TYPE_CHECKING:
    import babel

__all__ = [
    "AddressName",
    "ChannelName",
    "FormatName",
    "LocaleRequest",
    "RecipeName",
    "ToneName",
]

#: The built-in recipes (``rejection_kit.recipes.RECIPES``).
RecipeName = Literal[
    "be_a_resource",
    "check_in",
    "feedback_request",
    "full_response",
    "ghosted_closure",
    "keep_door_open",
    "linkedin_connect",
    "reapply",
    "stay_on_radar",
    "thank_you",
]
#: The known channels (``rejection_kit.channels.CHANNELS``).
ChannelName = Literal["card", "email", "linkedin_message", "linkedin_note", "sms"]
#: The tone profiles (``rejection_kit.composition.PROFILES``).
ToneName = Literal["concise", "formal", "neutral", "warm"]
#: A locale as asked for: "de", "de-AT", an Accept-Language header ("it-IT,de;q=0.9"), a
#: list of those in order of preference, or a ``babel.Locale``.
LocaleRequest: TypeAlias = "str | Sequence[str] | babel.Locale"
#: Where a message is shown (``Message.format``).
FormatName = Literal["text", "markdown", "html", "slack", "telegram", "discord", "whatsapp"]
#: The registers a message can be written in.
AddressName = Literal["formal", "informal"]
