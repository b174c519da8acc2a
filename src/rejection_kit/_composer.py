"""The composer: one recipe, situation, locale, channel and tone; many messages.

For each message it chooses a phrasing per block — seeded, tone-aware, avoiding what
the batch already said — renders the parts, lays them out for the channel, and checks
the result with the tone rules. When a rule fails it bans the phrasings that caused it
and tries again; when the message as a whole is too long it tries the shortest
phrasings, then drops blocks in ``DROP_ORDER``. It never cuts a sentence.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from rejection_kit._errors import CompositionError, ConstraintError
from rejection_kit.channels import Channel
from rejection_kit.composition import (
    IDEAS,
    Block,
    BlockContext,
    Part,
    Recipe,
    ToneProfile,
    build_facts,
    seeded_order,
    tags,
)
from rejection_kit.composition._facts import Facts
from rejection_kit.composition._mixed import (
    left_out,
    mixed_language_notes,
    quoted_fields,
    received_language_note,
)
from rejection_kit.language import JinjaTemplates, conventions
from rejection_kit.language._grammar import grammar
from rejection_kit.language._phrases import phrase
from rejection_kit.model import Contact, Situation, Update
from rejection_kit.render import Message, letter, note
from rejection_kit.render._threading import reply_subject

_NOT_COMPARED = frozenset({"greeting", "closing", "signature"})
_LEAN = 3
_LENGTH_STEP = 24
_NEVER_DROPPED = frozenset({"greeting", "signature"})
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")
_WORD = re.compile(r"\w{6,}")
_OPENER = re.compile(r"\w+")
#: A French word cut before a vowel opens a sentence as the whole word does: a reader
#: hears "J'ai … Je …" as two sentences in a row on "je".
_ELIDED = {"j": "je", "c": "ce", "qu": "que"}

#: The order in which blocks are dropped to fit a channel, least important first. Blocks
#: a recipe requires are never dropped, nor the salutation, thanks and signature; a
#: custom block marked ``optional`` goes before all of these.
DROP_ORDER: tuple[str, ...] = (
    "well_wishes",
    "pass_thanks",
    "acknowledgement",
    "resource_offer_3",
    "resource_offer_2",
    "highlight",
    "resource_offer",
    "referrer",
)


#: The facts of a message by situation, recipient, locale, register, update and months to
#: reapplying, with their notes: every message of a batch to one person has the same.
_CONTEXTS: dict[tuple[Any, ...], tuple[Facts, tuple[str, ...], tuple[LeftOut, ...]]] = {}

#: The facts of recent messages, each kept once: equal facts are then the same object, so
#: the rendered phrasings they key (``language._env``) are found by identity, not by
#: comparing every field again. Emptied when full.
_FACTS: dict[Facts, Facts] = {}
_FACTS_MAX = 1024


def forget() -> None:
    """Forget the facts and the readings of phrasings kept from earlier messages."""
    _FACTS.clear()
    _CONTEXTS.clear()
    for kept in (sentences, openers, stems):
        kept.cache_clear()


def _interned(facts: Facts) -> Facts:
    try:
        return _FACTS[facts]
    except KeyError:
        if len(_FACTS) >= _FACTS_MAX:
            _FACTS.clear()
        _FACTS[facts] = facts
        return facts
    except TypeError:  # a value that cannot be hashed (never from build_facts)
        return facts


class _TooLong(list[str]):
    """An attempt that breaks no tone rule but does not fit the channel: the failed
    rule ids (a list, as other failures), with the parts and text kept for best effort."""

    def __init__(self, parts: list[Part], text: str, rule_ids: list[str]) -> None:
        super().__init__(rule_ids)
        self.parts = parts
        self.text = text


class _ExhaustedError(Exception):
    """Every phrasing of a block that cannot be left out broke a rule."""


def message_sentences(message: Message) -> set[str]:
    """What a message contributes to a batch's ``used`` set: its sentences and phrasings."""
    used: set[str] = set()
    for part in message.parts:
        if part.paragraph not in _NOT_COMPARED:
            used |= sentences(part.text) | {part.variant}
    return used


# The three readings below are asked of the same phrasings again and again (every
# candidate of every block, in every message of a batch): each is kept, bounded.


@functools.lru_cache(maxsize=8192)
def sentences(text: str) -> frozenset[str]:
    """The sentences (and clauses after a semicolon) of a part, for distinctness checks."""
    return frozenset(s.strip().lower() for s in _SENTENCE.split(text) if s.strip())


@functools.lru_cache(maxsize=8192)
def openers(text: str) -> tuple[str, str]:
    """The first word of the first and of the last sentence of ``text``, lower-cased."""
    found = [
        _ELIDED.get(word, word)
        for s in _SENTENCE.split(text)
        if (m := _OPENER.search(s)) and (word := m.group().lower())
    ]
    return (found[0], found[-1]) if found else ("", "")


@functools.lru_cache(maxsize=8192)
def stems(text: str, ignore: frozenset[str]) -> frozenset[str]:
    """Rough stems of the longer words of ``text``, to avoid echoing a word in one message."""
    return frozenset(w[:5] for w in _WORD.findall(text.lower()) if w not in ignore)


#: A value left out of the facts: its path, the note for the user, and the facts with it
#: put back.
Restore = Callable[[Facts], Facts]
LeftOut = tuple[str, str, Restore]


@attrs.frozen(kw_only=True)
class Composer:
    """Composes messages for one situation, recipe, locale, channel, tone and seed."""

    situation: Situation
    recipe: Recipe
    channel: Channel
    profile: ToneProfile
    seed: int
    locale: str
    rules: Sequence[Any] = ()
    pinned: Mapping[str, str] = attrs.field(factory=dict)
    update: Update | None = None
    #: Months left until the candidate applies again, for a message sent later than the
    #: rejection (a plan's step): "in about 5 months" a month on, not the rejection's 6.
    #: 0 when the time has come; None to count from the rejection.
    months_to_reapply: int | None = None
    #: Said in every message when the locale is another variant than the one asked for.
    locale_note: str | None = None
    #: When nothing fits the channel, return the shortest message with a warning.
    best_effort: bool = False
    #: Order the phrasings strictly by length (the last resort for a channel's limit).
    exact_length: bool = False

    def address(self, recipient: Contact | None) -> str:
        """The register of a message to ``recipient``: theirs, else the locale's default.

        One person keeps one register on every channel (a Spanish contact is not *usted*
        by e-mail and *tú* on LinkedIn); only where the wording has a single register
        (English) does a note use its own, which changes the salutation alone. A
        message to the hiring team uses the plural register where the locale has one.
        """
        if recipient is not None and recipient.address is not None:
            return recipient.address
        conv = conventions(self.locale)
        if recipient is None:
            return "team" if "team" in conv.registers else conv.default_address
        if recipient.role == "receptionist":
            return conv.light_address
        single = len(conv.registers) == 1
        rejection = self.situation.rejection
        internal = rejection is not None and rejection.stage == "internal"
        if recipient.role == "colleague" or (
            internal and recipient.role not in ("hiring_manager", "executive")
        ):
            # Colleagues write to each other as colleagues ("Beste Aylin", je); for an
            # internal candidate, everyone but the managers who decided is one.
            return "informal" if "informal" in conv.registers else conv.note_address
        if single and (recipient.role == "referrer" or internal):
            # Where the register only changes the salutation (English), someone who knows
            # the candidate (the referrer, their own manager) is greeted by first name.
            return conv.note_address
        if self.channel.layout == "note" and single:
            return conv.note_address
        return conv.default_address

    def context(self, recipient: Contact | None) -> BlockContext:
        """What the blocks of a message to ``recipient`` see."""
        address = self.address(recipient)
        register = conventions(self.locale).register(address)
        then = (self.update, self.months_to_reapply)
        key = (self.situation, recipient, self.locale, address, *then)
        try:
            facts, notes, left = _CONTEXTS[key]
        except KeyError:
            facts, notes, left = _CONTEXTS[key] = self._facts(recipient, address)
            if len(_CONTEXTS) > _FACTS_MAX:
                _CONTEXTS.clear()
        except TypeError:  # a value that cannot be hashed (never from from_dict)
            facts, notes, left = self._facts(recipient, address)
        return BlockContext(
            situation=self.situation,
            recipient=recipient,
            recipe=self.recipe.name,
            tone=self.profile.name,
            facts=facts,
            templates=JinjaTemplates(self.locale, register),
            address=address,
            closing=self.profile.closing,
            notes=notes,
            left_out=left,
        )

    def _facts(
        self, recipient: Contact | None, address: str
    ) -> tuple[Facts, tuple[str, ...], tuple[LeftOut, ...]]:
        """The facts of a message to ``recipient``, with the notes on what was left out."""
        facts, notes = self._addressed(build_facts(self.situation, recipient), recipient, address)
        facts, left = self._in_language(facts)
        company = self.situation.company
        facts = attrs.evolve(
            facts,
            company_gender=grammar(self.locale).gender(company.name, company.genders),
            role=conventions(self.locale).job_title(facts.role),
            update=self.update,
            reapply_months=self._reapply(facts),
        )
        return _interned(facts), notes, left

    def _reapply(self, facts: Facts) -> int | None:
        if self.months_to_reapply is None or facts.reapply_months is None:
            return facts.reapply_months
        return self.months_to_reapply or None

    def _addressed(
        self, facts: Facts, recipient: Contact | None, address: str
    ) -> tuple[Facts, tuple[str, ...]]:
        """The facts with the topic and the kindness turned into phrases for frames.

        A topic that is really something the person did ("her encouraging call") is
        thanked as a kindness instead of being called a conversation. One typed in
        another language than the message is left out, with a note.
        """
        if recipient is None:
            return facts, ()
        where = f"contacts[{self.situation.contacts.index(recipient)}]"
        notes: list[str] = []
        topic, kindness, theirs = None, None, False
        if recipient.kindnesses and not self._foreign(
            f"{where}.kindnesses[0]", recipient.kindnesses[0], notes
        ):
            made = phrase(recipient.kindnesses[0], locale=self.locale, address=address, act=True)
            kindness = made.text
            if made.note:
                notes.append(f"{where}.kindnesses[0]: {made.note}")
        for i, typed in enumerate(recipient.topics[:1]):
            if self._foreign(f"{where}.topics[{i}]", typed, notes):
                continue
            made = phrase(typed, locale=self.locale, address=address)
            if made.note:
                notes.append(f"{where}.topics[{i}]: {made.note}")
            if made.kind == "topic":
                topic, theirs = made.text, made.theirs
            elif kindness is None:
                kindness = made.text
                notes.append(
                    f"{where}.topics[{i}]: {typed!r} reads as something they did, so it is "
                    "thanked as a kindness; put it under kindnesses to say so"
                )
        facts = attrs.evolve(facts, topic=topic, kindness=kindness, topic_theirs=theirs)
        return facts, tuple(notes)

    def _foreign(self, path: str, value: str, notes: list[str]) -> bool:
        """Whether ``value`` is in another language than the message, noting it if so."""
        note = left_out(path, value, self.locale)
        if note:
            notes.append(note)
        return note is not None

    def _in_language(self, facts: Facts) -> tuple[Facts, tuple[LeftOut, ...]]:
        """The facts without the values typed in another language that a message can do
        without (a feedback point, the plan): left out rather than quoted in English in a
        German letter. Returns the facts and what was left out, each with its note and a
        way to put it back (see ``BlockContext.left_out``). What an offer is about stays:
        an offer is what the note is for."""
        out: list[LeftOut] = []
        point, plan = facts.feedback_point, facts.plan
        if point and (note := left_out("rejection.feedback_points[0]", point, self.locale)):
            facts = attrs.evolve(facts, feedback_point=None)
            restore: Restore = lambda f: attrs.evolve(f, feedback_point=point)  # noqa: E731
            out.append(("rejection.feedback_points[0]", note, restore))
        if plan and (note := left_out("candidate.plan", plan, self.locale)):
            facts = attrs.evolve(facts, plan=None)
            out.append(("candidate.plan", note, lambda f: attrs.evolve(f, plan=plan)))
        return facts, tuple(out)

    def _would_say(self, ctx: BlockContext, parts: Sequence[Part], restore: Restore) -> bool:
        """Whether the message would have said a value left out: with it put back, a block
        of the recipe would choose other phrasings, or a chosen one would read otherwise."""
        restored = attrs.evolve(ctx, facts=restore(ctx.facts))
        blocks = {b.name: b for b in self.recipe.blocks}
        return any(
            blocks[p.block].render(p.variant, restored) != p.text
            for p in parts
            if p.block in blocks
        ) or any(b.variants(restored) != b.variants(ctx) for b in self.recipe.blocks)

    # -- choosing phrasings ------------------------------------------------------------

    def _order(
        self,
        block: Block,
        variants: Sequence[str],
        ctx: BlockContext,
        *,
        short: bool,
        render: Callable[[str], str],
    ) -> list[str]:
        pinned = self.pinned.get(block.name)
        if pinned is not None and pinned in variants:
            return [pinned]
        key = f"{self.recipe.name}\x1f{ctx.facts.recipient or ''}\x1f{block.name}"
        ordered = seeded_order(variants, seed=self.seed, key=key)
        tagged = {v: tags(v) for v in ordered}
        avoid = self.profile.avoid
        kept = [v for v in ordered if not tagged[v] & avoid] if avoid else ordered
        ordered = kept or ordered
        if self.profile.prefer:
            # A preference leans, it does not decide: it reorders the first few seeded
            # candidates only, so that no one phrasing ends most messages of a profile.
            prefer = self.profile.prefer
            head = sorted(ordered[:_LEAN], key=lambda v: prefer not in tagged[v])
            ordered = head + ordered[_LEAN:]
        # One meeting: "my interviews" comes after the phrasings that fit it; so does a
        # frame that holds an act as a noun ("Je n'oublie pas non plus …") when the act
        # was typed as an infinitive ("m'avoir trouvé une salle"), and one about the
        # reader's view of a topic that tells what they did ("the way you think about
        # how you built …").
        single = ctx.facts.rounds <= 1 and ctx.facts.met_count <= 1
        infinitive = grammar(self.locale).infinitive
        verbal = bool(infinitive and ctx.facts.kindness and infinitive.match(ctx.facts.kindness))

        theirs = ctx.facts.topic_theirs

        def unfit(v: str) -> bool:
            found = tagged[v]
            return (
                (single and "several_meetings" in found)
                or (verbal and "noun_act" in found)
                or (theirs and "their_view" in found)
            )

        if short:
            # Shortest first, but phrasings within a few words of each other keep their
            # seeded order: sorting strictly by length would make every note alike.
            step = 1 if self.exact_length else _LENGTH_STEP
            ordered.sort(key=lambda v: (len(render(v)) // step, unfit(v)))
        else:
            ordered.sort(key=lambda v: ("short" in tagged[v], unfit(v)))
        return ordered

    def _choose(
        self,
        block: Block,
        variants: Sequence[str],
        ctx: BlockContext,
        *,
        short: bool,
        used: set[str],
        echoed: set[str],
        ignore: frozenset[str],
        after: tuple[str, tuple[str, ...]] = ("", ()),
        said: frozenset[str] = frozenset(),
    ) -> tuple[str, str, frozenset[str]]:
        """In seeded order, the first phrasing that repeats no sentence of the batch,
        echoes no word of this message, says no idea of ``said`` again (``IDEAS``) and
        does not follow on too closely from the part before; failing that, the one that
        repeats least. ``after`` is what that part
        ended on: the word that opened its last sentence ("I … / I …") and the team,
        role, topic or reader's name it named ("… Team Analytics. … Team Analytics.").
        Returns the variant, its text and the stems of its longer words."""
        rendered: dict[str, str] = {}

        def render(variant: str) -> str:
            if variant not in rendered:  # sorting by length and scoring render each once
                rendered[variant] = block.render(variant, ctx)
            return rendered[variant]

        best: tuple[float, str, str, frozenset[str]] | None = None
        opener, named = after
        for variant in self._order(block, variants, ctx, short=short, render=render):
            text = render(variant)
            if block.paragraph in _NOT_COMPARED:
                return variant, text, frozenset()
            words = stems(text, ignore)
            score: float = len(words & echoed)
            if used:
                score += 10 * (variant in used) + 100 * bool(sentences(text) & used)
            # An idea said already (``IDEAS``) weighs more than a few echoed words.
            score += 5 * bool(said and tags(variant) & said)
            # Following on too closely weighs less than one echoed word, both together.
            score += 0.25 * (
                (bool(opener) and openers(text)[0] == opener) + any(v in text for v in named)
            )
            if best is None or score < best[0]:
                best = (score, variant, text, words)
            if score == 0:
                break
        assert best is not None  # variants is never empty here
        return best[1], best[2], best[3]

    def _parts(
        self,
        ctx: BlockContext,
        used: set[str],
        banned: set[str],
        *,
        short: bool,
        dropped: frozenset[str],
    ) -> list[Part]:
        facts = ctx.facts
        # Words of these values may recur; the company's name may not: named once, it is
        # "you" or "the team" after that, rather than a mail-merge echo.
        known = (facts.role, facts.team, facts.topic, facts.recipient)
        ignore = frozenset(_WORD.findall(" ".join(k for k in known if k).lower()))
        ignore |= conventions(ctx.locale).common_words
        echoed: set[str] = set()
        after: tuple[str, tuple[str, ...]] = ("", ())  # what the body part before ended on
        said: frozenset[str] = frozenset()  # the ideas said so far (``IDEAS``)
        parts: list[Part] = []
        for block in self.recipe.blocks:
            if block.name in dropped or (block.name == "closing" and not self.channel.closing):
                continue
            offered = block.variants(ctx)
            variants = [v for v in offered if v not in banned]
            if not variants:
                # A letter without its salutation or signature is no letter.
                if block.name in self.recipe.required or block.paragraph in _NEVER_DROPPED:
                    if offered:
                        raise _ExhaustedError(block.name)  # every phrasing broke a rule
                    raise self._not_applicable(block, ctx)
                continue
            variant, text, words = self._choose(
                block,
                variants,
                ctx,
                short=short,
                used=used,
                echoed=echoed,
                ignore=ignore,
                after=after,
                said=said,
            )
            said |= tags(variant) & IDEAS
            echoed |= words
            if block.paragraph not in _NOT_COMPARED:
                after = (openers(text)[1], tuple(v for v in known if v and v in text))
            parts.append(Part(block.name, variant, text, block.paragraph))
        return parts

    def _not_applicable(self, block: Block, ctx: BlockContext) -> CompositionError:
        whom = ctx.facts.recipient or "the hiring team"
        role = f" ({ctx.facts.recipient_role})" if ctx.facts.recipient_role else ""
        return CompositionError(
            f"nothing to write to {whom}{role} in this situation: "
            f"required block {block.name!r} does not apply",
            recipe=self.recipe.name,
            block=block.name,
        )

    # -- fitting and checking ------------------------------------------------------------

    def _plans(self, ctx: BlockContext) -> Iterator[tuple[bool, frozenset[str]]]:
        """(shortest phrasings?, blocks left out), from the fullest message to the leanest."""
        optional = {b.name for b in self.recipe.blocks if b.optional}
        dropped = frozenset(optional if self.profile.drop_optional else ())
        short = self.profile.shortest or self.channel.concise
        if not short:
            yield False, dropped
        yield True, dropped
        droppable = [
            b.name
            for b in self.recipe.blocks
            if b.name not in self.recipe.required
            and b.name not in dropped
            and (b.optional or b.name in DROP_ORDER)
        ]
        rank = {name: i for i, name in enumerate(DROP_ORDER)}
        for name in sorted(droppable, key=lambda n: (n in rank, rank.get(n, 0))):
            dropped |= {name}
            yield True, dropped

    def _text(self, parts: Sequence[Part]) -> str:
        conv = conventions(self.locale)
        if conv.lowercase_after_salutation and len(parts) > 1 and parts[0].block == "greeting":
            body = parts[1]
            parts = [parts[0], attrs.evolve(body, text=conv.lower_first(body.text)), *parts[2:]]
        return note(parts) if self.channel.layout == "note" else letter(parts)

    def _attempt(
        self, ctx: BlockContext, used: set[str], *, short: bool, dropped: frozenset[str]
    ) -> tuple[list[Part], str] | list[str]:  # a _TooLong is a list of the failed rule
        """The parts and text of a message that breaks no error-level rule, or the ids of
        the rules that could not be met."""
        # The tone layer sits to the right of composing; only error-level rules decide.
        from rejection_kit.tone._engine import errors as errors_in

        banned: set[str] = set()
        failed: list[str] = []
        while True:
            try:
                parts = self._parts(ctx, used, banned, short=short, dropped=dropped)
            except _ExhaustedError:
                return failed
            text = self._text(parts)
            errors = errors_in(
                text,
                situation=self.situation,
                locale=self.locale,
                channel=self.channel,
                tone=self.profile,
                rules=self.rules,
                recipe=self.recipe.name,
            )
            if not errors:
                if not self.channel.allows(text):
                    return _TooLong(parts, text, [f"channel.{self.channel.name}.limit"])
                return parts, text
            failed = sorted({f.rule_id for f in errors})
            if all(f.rule_id.startswith("channel.") for f in errors):
                return _TooLong(parts, text, failed)  # the whole message is too long
            culprits = _culprits(text, parts, errors) - banned
            if not culprits:  # a whole-message problem, or nothing left to swap
                return failed
            banned |= culprits

    def compose(self, recipient: Contact | None, used: set[str]) -> Message:
        """Compose one message, avoiding what ``used`` holds; add its own to ``used``.

        ``used`` collects the sentences and variant ids of a batch, so that notes to
        colleagues neither share a sentence nor, where the catalogue allows, a phrasing.

        Raises:
            ConstraintError: naming the rules that no choice of phrasings satisfies.
        """
        ctx = self.context(recipient)
        failed: list[str] = []
        fallback: tuple[list[Part], str] | None = None
        shortest: _TooLong | None = None
        plans = list(self._plans(ctx))
        # Last resort: a hard limit matters more than not repeating the batch.
        attempts = [(used, *plan) for plan in plans] + [(set(), *plans[-1])]
        for avoid, short, dropped in attempts:
            if fallback is not None and avoid is not used:
                break
            outcome = self._attempt(ctx, avoid, short=short, dropped=dropped)
            if isinstance(outcome, tuple):
                if self.channel.prefers(outcome[1]):
                    return self._finish(ctx, recipient, *outcome, used=used)
                fallback = fallback or outcome
            else:
                failed = outcome
                if isinstance(outcome, _TooLong) and (
                    shortest is None or len(outcome.text) < len(shortest.text)
                ):
                    shortest = outcome
        if fallback is None and shortest is not None:
            # Last resort for a hard limit: each block's strictly shortest phrasing. The
            # short plans keep phrasings within a few words of each other in seeded
            # order, which can leave a text message one phrasing too long.
            exact = attrs.evolve(self, exact_length=True)
            outcome = exact._attempt(ctx, set(), short=True, dropped=plans[-1][1])
            if isinstance(outcome, tuple):
                return self._finish(ctx, recipient, *outcome, used=used)
            if isinstance(outcome, _TooLong) and len(outcome.text) < len(shortest.text):
                shortest = failed = outcome
        if fallback is not None:
            return self._finish(ctx, recipient, *fallback, used=used)
        if self.best_effort and shortest is not None and failed == list(shortest):
            message = self._finish(ctx, recipient, shortest.parts, shortest.text, used=used)
            note = (
                f"channel: no phrasing fits {self.channel.name}; this is the shortest "
                f"({len(shortest.text)} characters): shorten the names or titles, or send "
                "it on a roomier channel"
            )
            return attrs.evolve(message, warnings=(*message.warnings, note))
        raise ConstraintError(
            f"no choice of phrasings satisfies rule(s) {', '.join(failed)} "
            f"for {recipient.name if recipient else 'the hiring team'}",
            rule_ids=failed,
            recipe=self.recipe.name,
        )

    def _finish(
        self,
        ctx: BlockContext,
        recipient: Contact | None,
        parts: list[Part],
        text: str,
        *,
        used: set[str],
    ) -> Message:
        notes = list(ctx.notes)
        notes += [note for _, note, back in ctx.left_out if self._would_say(ctx, parts, back)]
        for part in parts:
            if part.paragraph in _NOT_COMPARED:
                continue
            said = sentences(part.text)
            if said & used:
                notes.append(
                    f"{part.block}: no unused phrasing was left for this batch, so a "
                    f"sentence of another message repeats here ({part.variant})"
                )
            used |= said | {part.variant}
        if self.locale_note:
            notes.append(self.locale_note)
        left = {path for path, _, _ in ctx.left_out}
        fields = quoted_fields(self.situation, recipient, self.update)
        notes += mixed_language_notes(
            ((path, value) for path, value in fields if path not in left), text, self.locale
        )
        received = received_language_note(self.situation, self.locale)
        if received:
            notes.append(received)
        candidate = self.situation.candidate
        rejection = self.situation.rejection
        threaded = bool(
            rejection
            and rejection.subject
            and (rejection.by is None or rejection.by == ctx.facts.recipient)
        )
        return Message(
            recipe=self.recipe.name,
            recipient=recipient.name if recipient else None,
            locale=self.locale,
            address=ctx.address,
            channel=self.channel.name,
            tone=self.profile.name,
            seed=self.seed,
            subject=self._subject(ctx, threaded),
            text=text,
            parts=tuple(parts),
            sender=candidate.name,
            sender_email=candidate.email,
            recipient_email=recipient.email if recipient else None,
            in_reply_to=rejection.message_id if threaded and rejection else None,
            references=rejection.references if threaded and rejection else (),
            warnings=tuple(notes),
        )

    def _subject(self, ctx: BlockContext, threaded: bool) -> str | None:
        if not self.channel.subject:
            return None
        rejection = self.situation.rejection
        if threaded and rejection and rejection.subject:
            return reply_subject(rejection.subject)
        # A recipe without a subject of its own (a custom one, or a LinkedIn note sent by
        # e-mail) uses the thank-you subject.
        macro = self.recipe.name
        if macro not in ctx.templates.macros("subjects.j2"):
            macro = "thank_you"
        return ctx.templates.render("subjects.j2", macro, c=ctx.facts)


def _culprits(text: str, parts: Sequence[Part], errors: Iterable[Any]) -> set[str]:
    """The variants whose text overlaps an error's span."""
    spans: list[tuple[int, int, str]] = []
    position = 0
    for part in parts:
        # The first body part may have been lower-cased after the salutation (German).
        start = text.find(part.text[1:], position) - 1
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
