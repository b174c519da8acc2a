"""Recipes: ordered compositions of blocks, as values.

>>> from rejection_kit import recipes, blocks
>>> r = recipes.thank_you.without("well_wishes")
>>> "well_wishes" in r.block_names
False
>>> (r + blocks.KeepDoorOpen).block_names[-3:]
('keep_door_open', 'closing', 'signature')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from rejection_kit.composition._block import Block, BlockContext
from rejection_kit.model import Contact, Situation

Eligible = Callable[[Contact, Situation], bool]
Applies = Callable[[Situation], "str | None"]
_TAIL = ("closing", "signature")


def _fits(situation: Situation) -> str | None:
    return None


def _everyone(contact: Contact, situation: Situation) -> bool:
    return True


@attrs.frozen(kw_only=True)
class When:
    """A block that applies only when ``predicate(ctx)`` is true."""

    block: Block
    predicate: Callable[[BlockContext], bool] = attrs.field(eq=False)

    @property
    def name(self) -> str:
        """The wrapped block's name."""
        return self.block.name

    @property
    def paragraph(self) -> str:
        """The wrapped block's paragraph."""
        return self.block.paragraph

    @property
    def optional(self) -> bool:
        """The wrapped block's optionality."""
        return self.block.optional

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        """The wrapped block's variants, or none when the predicate is false."""
        return self.block.variants(ctx) if self.predicate(ctx) else ()

    def render(self, variant: str, ctx: BlockContext) -> str:
        """Render through the wrapped block."""
        return self.block.render(variant, ctx)


def when(predicate: Callable[[BlockContext], bool], block: Block) -> When:
    """Make ``block`` conditional: it applies only where ``predicate(ctx)`` holds.

    >>> from rejection_kit import recipes, blocks
    >>> r = recipes.thank_you + when(lambda ctx: ctx.facts.finalist, blocks.KeepDoorOpen)
    """
    return When(block=block, predicate=predicate)


@attrs.frozen(kw_only=True)
class Recipe:
    """An ordered composition of blocks that makes one kind of message.

    Attributes:
        name: the recipe's name, as accepted by ``compose(recipe=...)``.
        blocks: the blocks, in order.
        required: names of blocks without which the message makes no sense; when one
            of them does not apply, composing raises ``CompositionError``.
        channel: the channel used when ``compose`` is given none.
        eligible: which contacts the recipe writes to (``compose_all`` writes to each;
            ``compose`` refuses the others).
        audience: who that is, in words, for the error that refuses someone else.
        applies: why the recipe does not fit a situation at all, or ``None`` when it
            does (a closing note after silence when the news was given is refused).
    """

    name: str
    blocks: tuple[Block, ...]
    required: frozenset[str] = frozenset()
    channel: str = "email"
    eligible: Eligible = attrs.field(default=_everyone, eq=False)
    audience: str = "anyone"
    applies: Applies = attrs.field(default=_fits, eq=False)

    def refusal(self, situation: Situation, contact: Contact | None) -> str | None:
        """Why this recipe cannot be written for ``situation`` (to ``contact``), or None."""
        if reason := self.applies(situation):
            return reason
        if contact is not None and not self.eligible(contact, situation):
            role = contact.role.replace("_", " ")
            return f"{self.name} is written to {self.audience}; {contact.name} is the {role}"
        return None

    @property
    def block_names(self) -> tuple[str, ...]:
        """The names of the blocks, in order."""
        return tuple(b.name for b in self.blocks)

    def __add__(self, block: Block) -> Recipe:
        """A recipe with ``block`` added before the sign-off (closing and signature)."""
        if not isinstance(block, Block):
            return NotImplemented
        names = self.block_names
        at = next((i for i, n in enumerate(names) if n in _TAIL), len(names))
        return attrs.evolve(self, blocks=(*self.blocks[:at], block, *self.blocks[at:]))

    def without(self, *names: str) -> Recipe:
        """A recipe without the named blocks.

        Raises:
            KeyError: when a name is not one of this recipe's blocks.
        """
        unknown = set(names) - set(self.block_names)
        if unknown:
            raise KeyError(
                f"{self.name} has no block {sorted(unknown)!r}; blocks: {self.block_names}"
            )
        return attrs.evolve(
            self,
            blocks=tuple(b for b in self.blocks if b.name not in names),
            required=self.required - set(names),
        )

    def replacing(self, *blocks: Block) -> Recipe:
        """A recipe in which each of ``blocks`` takes the place of the block of its name.

        Raises:
            KeyError: when a block's name is not one of this recipe's blocks.
        """
        by_name = {b.name: b for b in blocks}
        unknown = set(by_name) - set(self.block_names)
        if unknown:
            raise KeyError(
                f"{self.name} has no block {sorted(unknown)!r}; blocks: {self.block_names}"
            )
        return attrs.evolve(self, blocks=tuple(by_name.get(b.name, b) for b in self.blocks))

    def renamed(self, name: str) -> Recipe:
        """The same recipe under another name."""
        return attrs.evolve(self, name=name)
