"""The block protocol: the unit a recipe is made of.

A block knows which phrasings (variants) fit a context and renders one of them. The
composer decides which variant to use — seeded, tone- and rule-aware — so a block stays
a small, stateless value. Write your own against :class:`Block`::

    @attrs.frozen
    class PSLine:
        name: str = "ps"
        paragraph: str = "ps"
        optional: bool = True

        def variants(self, ctx: BlockContext) -> Sequence[str]:
            return ("ps.coffee.1",)

        def render(self, variant: str, ctx: BlockContext) -> str:
            return "P.S. The coffee was excellent."
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from rejection_kit.composition._facts import Facts
from rejection_kit.model import Contact, Situation


class TemplateSource(Protocol):
    """Renders a named macro of a template in one locale."""

    locale: str

    def render(self, template: str, macro: str, **values: Any) -> str:
        """Return the rendered macro, whitespace folded."""
        ...

    def macros(self, template: str) -> tuple[str, ...]:
        """The names of the macros ``template`` defines, in source order."""
        ...

    def signatures(self, template: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The macros ``template`` defines with their parameter names, in source order."""
        ...


@attrs.frozen(kw_only=True)
class BlockContext:
    """What a block may look at: the situation, the recipient, and how to render.

    ``address`` is the register of the message (``formal``/``informal``): the
    recipient's own, else the locale's convention for this kind of note; ``closing`` is
    the sign-off style of the tone profile.
    """

    situation: Situation
    recipient: Contact | None
    recipe: str
    tone: str
    facts: Facts
    templates: TemplateSource
    address: str = "formal"
    closing: str = "best"
    #: What the user should know about this message (a topic that could not be made to
    #: read right, a sentence repeated because the catalogue ran out).
    notes: tuple[str, ...] = ()
    #: Values the facts leave out because they are typed in another language: each its
    #: path, a note for the user and the facts with the value put back, to tell whether
    #: the message would have said it (the note is given only then).
    left_out: tuple[tuple[str, str, Callable[[Facts], Facts]], ...] = ()

    @property
    def locale(self) -> str:
        """The resolved locale of the message."""
        return self.templates.locale


@runtime_checkable
class Block(Protocol):
    """A part of a message.

    Attributes:
        name: stable identifier, used by ``Recipe.without`` and in provenance.
        paragraph: blocks with the same paragraph key next to each other share a
            paragraph; ``"greeting"``, ``"closing"`` and ``"signature"`` are laid out by
            the letter conventions.
        optional: whether the composer may drop it to meet a length or tone profile.
    """

    @property
    def name(self) -> str: ...

    @property
    def paragraph(self) -> str: ...

    @property
    def optional(self) -> bool: ...

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        """Ids of the variants that fit ``ctx``; empty when the block does not apply."""
        ...

    def render(self, variant: str, ctx: BlockContext) -> str:
        """The text of ``variant`` in ``ctx`` (one or more whole sentences)."""
        ...


@attrs.frozen
class Part:
    """One rendered part of a message and where it came from."""

    block: str
    variant: str
    text: str
    paragraph: str

    def to_dict(self) -> dict[str, str]:
        """Plain data for bots and logs."""
        return {"block": self.block, "variant": self.variant, "text": self.text}
