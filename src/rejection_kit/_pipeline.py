"""compose and compose_all: from a situation to finished, self-checked messages.

Situation → recipe blocks → seeded, tone- and rule-aware variant choice → rendered parts
→ letter layout → self-check with the tone rules → Message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from rejection_kit._errors import CompositionError, ConstraintError, UnknownContactError
from rejection_kit.channels import Channel, get_channel
from rejection_kit.composition import (
    TAGS,
    Block,
    BlockContext,
    Part,
    Recipe,
    ToneProfile,
    build_facts,
    get_recipe,
    seeded_order,
    tone_profile,
)
from rejection_kit.language import JinjaTemplates, conventions, resolve_locale
from rejection_kit.model import Contact, Situation
from rejection_kit.render import Message, letter, note

_NOT_COMPARED = frozenset({"greeting", "closing", "signature"})
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
_WORD = re.compile(r"\w{6,}")
DEFAULT_SEED = 0


def sentences(text: str) -> set[str]:
    """The sentences (and clauses after a semicolon) of a part, for distinctness checks."""
    return {s.strip().lower() for s in _SENTENCE.split(text) if s.strip()}


def stems(text: str, ignore: frozenset[str]) -> set[str]:
    """Rough stems of the longer words of ``text``, to avoid echoing a word in one message."""
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in ignore}


def _recipient(situation: Situation, to: str | None) -> Contact | None:
    if to is not None:
        found = situation.contact(to)
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


@attrs.frozen(kw_only=True)
class _Composer:
    """Composes messages for one situation, recipe, locale, channel, tone and seed."""

    situation: Situation
    recipe: Recipe
    channel: Channel
    profile: ToneProfile
    seed: int
    locale: str
    rules: Sequence[Any] = ()
    pinned: Mapping[str, str] = attrs.field(factory=dict)

    def address(self, recipient: Contact | None) -> str:
        """The register of a message to ``recipient``: theirs, else the locale's default."""
        if recipient is not None and recipient.address is not None:
            return recipient.address
        conv = conventions(self.locale)
        if self.channel.layout == "note":
            return conv.note_address
        if recipient is not None and recipient.role == "receptionist":
            return conv.light_address
        return conv.default_address

    def context(self, recipient: Contact | None) -> BlockContext:
        address = self.address(recipient)
        register = conventions(self.locale).register(address)
        return BlockContext(
            situation=self.situation,
            recipient=recipient,
            recipe=self.recipe.name,
            tone=self.profile.name,
            facts=build_facts(self.situation, recipient),
            templates=JinjaTemplates(self.locale, register),
            address=address,
            closing=self.profile.closing,
        )

    def _order(
        self, block: Block, variants: Sequence[str], ctx: BlockContext, *, short: bool
    ) -> list[str]:
        pinned = self.pinned.get(block.name)
        if pinned is not None and pinned in variants:
            return [pinned]
        key = f"{self.recipe.name}\x1f{ctx.facts.recipient or ''}\x1f{block.name}"
        ordered = seeded_order(variants, seed=self.seed, key=key)
        kept = [v for v in ordered if not TAGS.get(v, frozenset()) & self.profile.avoid]
        ordered = kept or ordered
        if self.profile.prefer:
            ordered.sort(key=lambda v: self.profile.prefer not in TAGS.get(v, frozenset()))
        if short or self.profile.shortest:
            ordered.sort(key=lambda v: len(block.render(v, ctx)))
        return ordered

    def _parts(
        self, ctx: BlockContext, used: set[str], banned: set[str], *, short: bool, drop: bool
    ) -> list[Part]:
        parts: list[Part] = []
        facts = ctx.facts
        known = (facts.company, facts.role, facts.team, facts.topic, facts.recipient)
        words_of_facts = _WORD.findall(" ".join(k for k in known if k).lower())
        ignore = frozenset(words_of_facts) | conventions(ctx.locale).common_words
        echoed: set[str] = set()
        for block in self.recipe.blocks:
            if block.optional and (drop or self.profile.drop_optional):
                continue
            variants = [v for v in block.variants(ctx) if v not in banned]
            if not variants:
                if block.name in self.recipe.required:
                    whom = ctx.facts.recipient or "the hiring team"
                    role = f" ({ctx.facts.recipient_role})" if ctx.facts.recipient_role else ""
                    raise CompositionError(
                        f"nothing to write to {whom}{role} in this situation: "
                        f"required block {block.name!r} does not apply",
                        recipe=self.recipe.name,
                        block=block.name,
                    )
                continue
            # Prefer, in seeded order: a phrasing that repeats no sentence of the batch and
            # echoes no word of this message; then the one that echoes least.
            best: tuple[int, str, str] | None = None
            for variant in self._order(block, variants, ctx, short=short):
                text = block.render(variant, ctx)
                if block.paragraph in _NOT_COMPARED:
                    best = (0, variant, text)
                    break
                score = (
                    len(stems(text, ignore) & echoed)
                    + 10 * (variant in used)
                    + 100 * bool(sentences(text) & used)
                )
                if best is None or score < best[0]:
                    best = (score, variant, text)
                if score == 0:
                    break
            assert best is not None
            _, variant, text = best
            echoed |= stems(text, ignore)
            parts.append(Part(block.name, variant, text, block.paragraph))
        return parts

    def _text(self, parts: Sequence[Part]) -> str:
        conv = conventions(self.locale)
        if conv.lowercase_after_salutation and len(parts) > 1 and parts[0].block == "greeting":
            body = parts[1]
            parts = [parts[0], attrs.evolve(body, text=conv.lower_first(body.text)), *parts[2:]]
        return note(parts) if self.channel.layout == "note" else letter(parts)

    def _subject(self, ctx: BlockContext) -> str | None:
        if not self.channel.subject:
            return None
        return ctx.templates.render("subjects.j2", self.recipe.name, c=ctx.facts)

    def compose(self, recipient: Contact | None, used: set[str]) -> Message:
        """Compose one message, avoiding what ``used`` holds; add its own to ``used``.

        ``used`` collects the sentences and variant ids of a batch, so that notes to
        colleagues neither share a sentence nor, where the catalogue allows, a phrasing.
        """
        from rejection_kit.tone import check  # the tone layer sits to the right of compose

        ctx = self.context(recipient)
        banned: set[str] = set()
        failed: list[str] = []
        for short, drop in ((False, False), (True, False), (True, True)):
            for _ in range(12):
                parts = self._parts(ctx, used, banned, short=short, drop=drop)
                text = self._text(parts)
                report = check(
                    text,
                    situation=self.situation,
                    locale=self.locale,
                    channel=self.channel.name,
                    tone=self.profile.name,
                    rules=self.rules,
                    recipe=self.recipe.name,
                )
                errors = [f for f in report.findings if f.severity == "error"]
                if not errors:
                    for part in parts:
                        if part.paragraph not in _NOT_COMPARED:
                            used |= sentences(part.text) | {part.variant}
                    return Message(
                        recipe=self.recipe.name,
                        recipient=recipient.name if recipient else None,
                        locale=self.locale,
                        address=ctx.address,
                        channel=self.channel.name,
                        tone=self.profile.name,
                        seed=self.seed,
                        subject=self._subject(ctx),
                        text=text,
                        parts=tuple(parts),
                    )
                failed = sorted({f.rule_id for f in errors})
                culprits = _culprits(text, parts, errors)
                if not culprits:
                    break  # a whole-message problem: try shorter phrasings, then fewer blocks
                banned |= culprits
        raise ConstraintError(
            f"no choice of phrasings satisfies rule(s) {', '.join(failed)}",
            rule_ids=failed,
            recipe=self.recipe.name,
        )


def _culprits(text: str, parts: Sequence[Part], errors: Iterable[Any]) -> set[str]:
    """The variants whose text overlaps an error's span."""
    spans: list[tuple[int, int, str]] = []
    position = 0
    for part in parts:
        start = text.find(part.text, position)
        if start < 0:
            continue
        spans.append((start, start + len(part.text), part.variant))
        position = start + len(part.text)
    found = set()
    for error in errors:
        if error.end <= error.start:
            continue
        found |= {v for s, e, v in spans if s < error.end and error.start < e}
    return found


def _composer(
    situation: Situation,
    recipe: str | Recipe,
    locale: str,
    channel: str | None,
    tone: str | ToneProfile | None,
    seed: int | None,
    rules: Sequence[Any] | None,
) -> _Composer:
    if not isinstance(situation, Situation):  # callers without type checking pass dicts
        kind = type(situation).__name__  # type: ignore[unreachable]
        raise TypeError(f"situation must be a Situation (use Situation.from_dict), got {kind}")
    resolved = get_recipe(recipe)
    return _Composer(
        situation=situation,
        recipe=resolved,
        channel=get_channel(channel or resolved.channel),
        profile=tone_profile(tone),
        seed=DEFAULT_SEED if seed is None else seed,
        locale=resolve_locale(locale),
        rules=tuple(rules or ()),
    )


def compose(
    situation: Situation,
    *,
    recipe: str | Recipe = "full_response",
    to: str | None = None,
    locale: str = "en",
    channel: str | None = None,
    tone: str | ToneProfile | None = None,
    seed: int | None = None,
    rules: Sequence[Any] | None = None,
) -> Message:
    """Compose one message for one recipient.

    Args:
        situation: the rejection.
        recipe: a recipe name (``"thank_you"``, ``"full_response"``, ...) or a ``Recipe``.
        to: the contact's name; by default the hiring manager, else whoever gave the
            news, else the first contact, else the hiring team.
        locale: the message's language (``"en"``, ``"en_US"``, ...).
        channel: ``"email"``, ``"linkedin_note"``, ...; by default the recipe's own.
        tone: a profile name (``"warm"``, ``"formal"``, ``"concise"``, ``"neutral"``) or a
            ``ToneProfile``; by default ``"warm"``.
        seed: varies the phrasing; the same seed gives the same bytes in every process.
        rules: extra tone rules the message must satisfy (see ``rejection_kit.tone``).

    Returns:
        The message, with its subject, text, and the provenance of every part.

    Raises:
        UnknownContactError, UnknownRecipeError, UnknownLocaleError, UnknownChannelError,
        UnknownToneError: for a name that is not known.
        CompositionError: when the recipe has nothing to say to this recipient.
        ConstraintError: when no phrasing satisfies the tone rules.

    >>> import rejection_kit as rk
    >>> s = rk.Situation.from_dict({"candidate": {"name": "Maya Chen"},
    ...     "company": {"name": "Northwind"}, "position": {"title": "Data Analyst"}})
    >>> print(rk.compose(s, recipe="thank_you").text.splitlines()[0])
    Dear Northwind hiring team,
    """
    composer = _composer(situation, recipe, locale, channel, tone, seed, rules)
    return composer.compose(_recipient(situation, to), set())


def compose_all(
    situation: Situation,
    *,
    recipe: str | Recipe = "thank_you",
    locale: str = "en",
    channel: str | None = None,
    tone: str | ToneProfile | None = None,
    seed: int | None = None,
    rules: Sequence[Any] | None = None,
) -> list[Message]:
    """Compose one message for every contact the recipe suits, no two sharing a sentence.

    Interviewers compare notes: apart from the salutation and the sign-off, no sentence
    appears in two messages of one batch. With no contacts, the result is one message to
    the hiring team.
    """
    composer = _composer(situation, recipe, locale, channel, tone, seed, rules)
    used: set[str] = set()
    if not situation.contacts:
        return [composer.compose(None, used)]
    eligible = [c for c in situation.contacts if composer.recipe.eligible(c, situation)]
    return [composer.compose(contact, used) for contact in eligible]


def every_variant(
    situation: Situation,
    *,
    recipe: str | Recipe,
    to: str | None = None,
    locale: str = "en",
    channel: str | None = None,
    tone: str | ToneProfile | None = None,
) -> Iterator[Message]:
    """One message for every variant that fits this situation and recipient.

    Each message pins one block to one of its variants and lets the others be chosen
    as usual, so that every phrasing of the recipe is rendered and self-checked once.
    Tests use it to cover the whole catalogue.
    """
    composer = _composer(situation, recipe, locale, channel, tone, None, None)
    recipient = _recipient(situation, to)
    ctx = composer.context(recipient)
    for block in composer.recipe.blocks:
        for variant in block.variants(ctx):
            pinned = attrs.evolve(composer, pinned={block.name: variant})
            message = pinned.compose(recipient, set())
            if variant not in message.variant_ids:
                raise ConstraintError(
                    f"variant {variant!r} was dropped to satisfy the tone rules",
                    rule_ids=(),
                    recipe=composer.recipe.name,
                )
            yield message
