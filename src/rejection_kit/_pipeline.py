"""compose and compose_all: from a situation to finished, self-checked messages.

Situation → recipe blocks → seeded, tone- and rule-aware variant choice → rendered parts
→ layout for the channel → self-check with the tone rules → Message. The work is done
by :class:`~rejection_kit._composer.Composer`; this module resolves the arguments.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from rejection_kit import _arguments as arguments
from rejection_kit._composer import Composer, message_sentences
from rejection_kit._errors import (
    ArgumentError,
    CompositionError,
    ConstraintError,
    UnknownContactError,
    shown,
)
from rejection_kit.channels import Channel, get_channel
from rejection_kit.composition import Recipe, ToneProfile, get_recipe, tone_profile
from rejection_kit.language._locales import negotiate
from rejection_kit.model import Contact, Situation
from rejection_kit.model._fields import normalize
from rejection_kit.render import Message
from rejection_kit.types import ChannelName, LocaleRequest, RecipeName, ToneName

DEFAULT_SEED = 0


def _recipient(situation: Situation, to: str | None) -> Contact | None:
    if to is not None:
        # Names in the model are NFC; a name typed or pasted in another form still finds them.
        found = situation.contact(normalize(arguments.text("to", to, limit=10_000)))
        if found is None:
            names = [c.name for c in situation.contacts]
            raise UnknownContactError(to, choices=names or ["(no contacts)"], field="to")
        return found
    by_role = {c.role: c for c in reversed(situation.contacts)}
    by = situation.rejection.by if situation.rejection else None
    if "hiring_manager" in by_role:
        return by_role["hiring_manager"]
    if by:
        return situation.contact(by)
    return situation.contacts[0] if situation.contacts else None


def _channel(
    channel: str | Channel | None, recipe: Recipe, premium: bool, max_chars: int | None
) -> Channel:
    resolved = get_channel(channel or recipe.channel)
    if max_chars is not None:
        return resolved.with_limit(arguments.integer("max_chars", max_chars, low=1, high=100_000))
    if premium and resolved.premium_max_chars is not None:
        return resolved.with_limit(resolved.premium_max_chars)
    return resolved


def _composer(
    situation: Situation,
    recipe: str | Recipe,
    *,
    locale: LocaleRequest = "en",
    channel: str | Channel | None = None,
    tone: str | ToneProfile | None = None,
    seed: int | None = None,
    rules: Sequence[Any] | None = None,
    premium: bool = False,
    max_chars: int | None = None,
    best_effort: bool = False,
) -> Composer:
    if not isinstance(situation, Situation):  # callers without type checking pass dicts
        kind = type(situation).__name__  # type: ignore[unreachable]
        raise ArgumentError(
            "situation", f"must be a Situation (use Situation.from_dict), got {kind}"
        )
    if seed is not None:
        arguments.integer("seed", seed, low=-(2**63), high=2**63 - 1)
    for name, flag in (("premium", premium), ("best_effort", best_effort)):
        if not isinstance(flag, bool):
            raise ArgumentError(name, f"must be true or false, got {shown(flag)}")
    if rules is not None and (isinstance(rules, (str, bytes)) or not isinstance(rules, Sequence)):
        raise ArgumentError("rules", f"must be a list of rules, got {shown(rules)}")
    resolved = get_recipe(recipe)
    chosen, note = negotiate(locale)
    return Composer(
        situation=situation,
        recipe=resolved,
        channel=_channel(channel, resolved, premium, max_chars),
        profile=tone_profile(tone),
        seed=DEFAULT_SEED if seed is None else seed,
        locale=chosen,
        locale_note=note,
        rules=tuple(rules or ()),
        best_effort=best_effort,
    )


def compose(
    situation: Situation,
    *,
    recipe: RecipeName | Recipe = "full_response",
    to: str | None = None,
    locale: LocaleRequest = "en",
    channel: ChannelName | Channel | None = None,
    tone: ToneName | ToneProfile | None = None,
    seed: int | None = None,
    rules: Sequence[Any] | None = None,
    premium: bool = False,
    max_chars: int | None = None,
    avoid: Iterable[Message] | None = None,
    best_effort: bool = False,
) -> Message:
    """Compose one message for one recipient.

    Args:
        situation: the rejection.
        recipe: a recipe name (``"thank_you"``, ``"full_response"``, ...) or a ``Recipe``.
        to: the contact's name; by default the hiring manager, else whoever gave the
            news, else the first contact, else the hiring team.
        locale: the message's language (``"en"``, ``"de_AT"``, ``"pt"``, ...).
        channel: ``"email"``, ``"linkedin_note"``, ``"linkedin_message"``, ``"sms"``,
            ``"card"`` or a ``Channel``; by default the recipe's own.
        tone: a profile name (``"warm"``, ``"formal"``, ``"concise"``, ``"neutral"``) or a
            ``ToneProfile``; by default ``"warm"``.
        seed: varies the phrasing; the same seed gives the same bytes in every process.
        rules: extra tone rules the message must satisfy (``rejection_kit.tone.max_words``,
            ``no_contractions``, ...) or rules to disable or re-grade.
        premium: allow a LinkedIn Premium note (300 characters instead of 200).
        max_chars: an explicit character limit for the channel.
        avoid: messages already written to the same people (a ``compose_all`` batch,
            a plan): their sentences are not used again. When the catalogue has no
            other phrasing left, the message says so in ``warnings``.
        best_effort: when no phrasing fits the channel's limit (long names on a
            LinkedIn note), return the shortest one with a warning instead of raising:
            for a bot that must answer. Tone rules are never relaxed.

    Returns:
        The message, with its subject, text, and the provenance of every part.

    Raises:
        UnknownContactError, UnknownRecipeError, UnknownLocaleError, UnknownChannelError,
        UnknownToneError: for a name that is not known.
        CompositionError: when the recipe does not fit the situation (a closing note
            after silence when the news was given, a feedback request after feedback)
            or the recipient (saying why), or has nothing to say to them.
        ConstraintError: when no phrasing satisfies the tone rules, or the channel's
            limit (unless ``best_effort``).

    >>> import rejection_kit as rk
    >>> s = rk.Situation.from_dict({"candidate": {"name": "Maya Chen"},
    ...     "company": {"name": "Northwind"}, "position": {"title": "Data Analyst"}})
    >>> print(rk.compose(s, recipe="thank_you").text.splitlines()[0])
    Dear Northwind Hiring Team,
    """
    composer = _composer(
        situation,
        recipe,
        locale=locale,
        channel=channel,
        tone=tone,
        seed=seed,
        rules=rules,
        premium=premium,
        max_chars=max_chars,
        best_effort=best_effort,
    )
    recipient = _recipient(situation, to)
    _refuse(composer, recipient)
    return composer.compose(recipient, _avoided(avoid))


def compose_all(
    situation: Situation,
    *,
    recipe: RecipeName | Recipe = "thank_you",
    locale: LocaleRequest = "en",
    channel: ChannelName | Channel | None = None,
    tone: ToneName | ToneProfile | None = None,
    seed: int | None = None,
    rules: Sequence[Any] | None = None,
    premium: bool = False,
    max_chars: int | None = None,
    avoid: Iterable[Message] | None = None,
    best_effort: bool = False,
) -> list[Message]:
    """Compose one message for every contact the recipe suits, no two sharing a sentence.

    Interviewers compare notes: apart from the salutation and the sign-off, no sentence
    appears in two messages of one batch, and no greeting could be read as meant for
    someone else. With no contacts, the result is one message to the hiring team. The
    arguments are those of :func:`compose`.

    Raises:
        CompositionError: when the recipe does not fit the situation, or suits none of
            the contacts — never a silent empty list.
    """
    composer = _composer(
        situation,
        recipe,
        locale=locale,
        channel=channel,
        tone=tone,
        seed=seed,
        rules=rules,
        premium=premium,
        max_chars=max_chars,
        best_effort=best_effort,
    )
    used = _avoided(avoid)
    _refuse(composer, None)
    if not situation.contacts:
        return [composer.compose(None, used)]
    eligible = [c for c in situation.contacts if composer.recipe.eligible(c, situation)]
    if not eligible:
        raise CompositionError(
            f"none of the contacts is someone {composer.recipe.name} is written to "
            f"({composer.recipe.audience})",
            recipe=composer.recipe.name,
        )
    return [composer.compose(contact, used) for contact in eligible]


def _refuse(composer: Composer, recipient: Contact | None) -> None:
    """Raise CompositionError when the recipe does not fit the situation or recipient."""
    if reason := composer.recipe.refusal(composer.situation, recipient):
        raise CompositionError(reason, recipe=composer.recipe.name)


def _avoided(avoid: Iterable[Message] | None) -> set[str]:
    """The sentences and phrasings of earlier messages to the same people, to avoid."""
    if avoid is None:
        return set()
    if isinstance(avoid, Message) or not isinstance(avoid, Iterable):
        raise ArgumentError("avoid", f"must be a list of messages, got {shown(avoid)}")
    used: set[str] = set()
    for i, message in enumerate(avoid):
        if not isinstance(message, Message):
            raise ArgumentError(f"avoid[{i}]", f"must be a Message, got {shown(message)}")
        used |= message_sentences(message)
    return used


def every_variant(
    situation: Situation,
    *,
    recipe: RecipeName | Recipe,
    to: str | None = None,
    locale: LocaleRequest = "en",
    channel: ChannelName | Channel | None = None,
    tone: ToneName | ToneProfile | None = None,
) -> Iterator[Message]:
    """One message for every variant that fits this situation and recipient.

    Each message pins one block to one of its variants and lets the others be chosen
    as usual, so that every phrasing of the recipe is rendered and self-checked once.
    A variant the channel has no room for (with these names and titles) is skipped;
    one that the tone rules reject raises. Tests use it to cover the whole catalogue.

    Raises:
        CompositionError: when the recipe does not fit the situation or the
            recipient, as ``compose`` refuses it.
        ConstraintError: when the tone rules reject a variant.
    """
    composer = _composer(situation, recipe, locale=locale, channel=channel, tone=tone)
    recipient = _recipient(situation, to)
    _refuse(composer, recipient)
    ctx = composer.context(recipient)
    for block in composer.recipe.blocks:
        for variant in block.variants(ctx):
            pinned = attrs.evolve(composer, pinned={block.name: variant})
            try:
                message = pinned.compose(recipient, set())
            except ConstraintError as exc:
                if exc.rule_ids and all(r.startswith("channel.") for r in exc.rule_ids):
                    continue  # too long for the channel with these values: not a phrasing fault
                raise
            if variant in message.variant_ids:
                yield message
            elif any(p.block == block.name for p in message.parts):
                raise ConstraintError(
                    f"variant {variant!r} was replaced to satisfy the tone rules",
                    rule_ids=(),
                    recipe=composer.recipe.name,
                )
