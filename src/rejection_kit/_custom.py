"""Users' own phrasings for a block, as Jinja strings or a folder of templates.

A phrasing sees the message's facts as ``c`` (``{{ c.company }}``, ``{{ c.role }}``,
``{{ c.topic }}``, ...) and renders in the sandbox of :mod:`rejection_kit.language`.
Custom phrasings take part in variant choice like built-in ones (ids
``gratitude.news.custom2``), in the one locale they are written in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

from rejection_kit import _arguments as arguments
from rejection_kit._errors import ArgumentError, CompositionError, TemplateError, shown
from rejection_kit.composition import RECIPES, Block, BlockContext
from rejection_kit.language import resolve_locale
from rejection_kit.language._sandbox import UserTemplate

_ANY = "*"


@attrs.frozen(kw_only=True)
class Phrasings:
    """A block worded by the user, extending or replacing a built-in block.

    Attributes:
        name: the block's name; the same as the built-in block it extends.
        paragraph: its paragraph key.
        optional: whether fitting may drop it.
        locale: the locale the phrasings are written in; elsewhere only the built-in
            phrasings are used.
        groups: for each group of the built-in block (``"news"``, ``"call"``...), or
            ``"*"`` for any, the compiled templates.
        base: the built-in block, whose group function decides which group applies.
        replace: use only the user's phrasings where they have one for the group.
    """

    name: str
    paragraph: str
    optional: bool
    locale: str
    groups: Mapping[str, tuple[UserTemplate, ...]] = attrs.field(eq=False)
    base: Block | None = None
    replace: bool = False

    def _group(self, base_variants: Sequence[str]) -> str:
        return base_variants[0].split(".")[1] if base_variants else _ANY

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        """The built-in variants, plus (or, with ``replace``, instead) the user's."""
        base_variants = tuple(self.base.variants(ctx)) if self.base is not None else ()
        if ctx.locale != self.locale or (self.base is not None and not base_variants):
            return base_variants
        group = self._group(base_variants)
        templates = self.groups.get(group) or self.groups.get(_ANY) or ()
        custom = tuple(f"{self.name}.{group}.custom{i}" for i in range(1, len(templates) + 1))
        if self.replace and custom:
            return custom
        return base_variants + custom

    def render(self, variant: str, ctx: BlockContext) -> str:
        """Render a built-in variant through the base block, a custom one in the sandbox."""
        _, group, number = variant.rsplit(".", 2)
        if not number.startswith("custom"):
            if self.base is None:
                raise CompositionError(f"unknown variant {variant!r}", block=self.name)
            return self.base.render(variant, ctx)
        templates = self.groups.get(group) or self.groups.get(_ANY) or ()
        return templates[int(number.removeprefix("custom")) - 1].render(c=ctx.facts)


def _builtin(name: str) -> Block | None:
    for recipe in RECIPES.values():
        for block in recipe.blocks:
            if block.name == name:
                return block
    return None


def _groups(block: str, variants: object) -> dict[str, Sequence[str]]:
    """The phrasings by group, each a list of strings; anything else is an ArgumentError."""
    if not block.isidentifier():
        raise ArgumentError(
            "block", f"must be a block name such as 'gratitude', got {shown(block)}"
        )
    groups = variants if isinstance(variants, Mapping) else {_ANY: variants}
    if len(groups) > 100:
        raise ArgumentError("variants", "must hold at most 100 groups")
    for group, sources in groups.items():
        where = "variants" if groups is not variants else f"variants[{shown(group)}]"
        if not isinstance(group, str) or not (group == _ANY or group.isidentifier()):
            raise ArgumentError("variants", f"groups are names of groups, got {shown(group)}")
        if isinstance(sources, str) or not isinstance(sources, (list, tuple)):
            raise ArgumentError(where, f"must be a list of Jinja strings, got {shown(sources)}")
        if len(sources) > 100:
            raise ArgumentError(where, "must hold at most 100 phrasings")
    return dict(groups)


def phrasings(
    block: str,
    variants: Sequence[str] | Mapping[str, Sequence[str]],
    *,
    locale: str = "en",
    replace: bool = False,
    paragraph: str | None = None,
) -> Phrasings:
    """A block with the user's own phrasings.

    Args:
        block: the name of a built-in block to extend (``"gratitude"``), or a new name.
        variants: Jinja strings; or a mapping from the built-in block's group
            (``"call"``, ``"news"``, ...) or ``"*"`` to Jinja strings.
        locale: the language the phrasings are written in.
        replace: use only these phrasings where one fits.
        paragraph: for a new block, its paragraph key (default: its name).

    Raises:
        TemplateError: a phrasing does not compile, or is too long.

    >>> import rejection_kit as rk
    >>> mine = rk.phrasings("well_wishes", ["Go {{ c.company }}!"], replace=True)
    >>> recipe = rk.recipes.thank_you.replacing(mine)
    """
    groups = _groups(arguments.text("block", block, limit=100), variants)
    if not isinstance(replace, bool):
        raise ArgumentError("replace", f"must be true or false, got {shown(replace)}")
    if paragraph is not None:
        arguments.text("paragraph", paragraph, limit=100)
    compiled = {
        group: tuple(
            UserTemplate(source, name=f"{block}.{group}.custom{i}")
            for i, source in enumerate(sources, 1)
        )
        for group, sources in groups.items()
    }
    base = _builtin(block)
    return Phrasings(
        name=block,
        paragraph=paragraph or (base.paragraph if base else block),
        optional=base.optional if base else True,
        locale=resolve_locale(locale),
        groups=compiled,
        base=base,
        replace=replace,
    )


def load_phrasings(
    directory: str | Path, *, locale: str = "en", replace: bool = False
) -> tuple[Phrasings, ...]:
    """Phrasings from a folder: ``<block>/<group>/<anything>.j2``, one phrasing a file.

    Use ``*`` as the group folder for phrasings that fit any group.

    Raises:
        TemplateError: a file is not UTF-8 text or does not compile.
    """
    root = Path(directory)
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted(root.glob("*/*/*.j2")):
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise TemplateError(f"cannot read: {exc}", template=str(path)) from None
        block, group = path.parent.parent.name, path.parent.name
        found.setdefault(block, {}).setdefault(group, []).append(source.strip())
    return tuple(
        phrasings(block, groups, locale=locale, replace=replace)
        for block, groups in sorted(found.items())
    )
