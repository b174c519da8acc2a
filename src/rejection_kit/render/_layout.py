"""Laying rendered parts out as a letter or as a one-paragraph note."""

from __future__ import annotations

from collections.abc import Sequence

from rejection_kit.composition import Part

_LETTER_ENDS = ("closing", "signature")


def paragraphs(parts: Sequence[Part]) -> list[str]:
    """Join consecutive parts of the same paragraph with a space."""
    result: list[tuple[str, str]] = []
    for part in parts:
        if result and result[-1][0] == part.paragraph:
            result[-1] = (part.paragraph, f"{result[-1][1]} {part.text}")
        else:
            result.append((part.paragraph, part.text))
    return [text for _, text in result]


def letter(parts: Sequence[Part]) -> str:
    """Salutation, paragraphs separated by blank lines, closing and signature together."""
    body = [p for p in parts if p.paragraph not in _LETTER_ENDS]
    ends = [p.text for p in parts if p.paragraph in _LETTER_ENDS]
    blocks = paragraphs(body)
    if ends:
        blocks.append("\n".join(ends))
    return "\n\n".join(blocks)


def note(parts: Sequence[Part]) -> str:
    """The salutation on its own line, the body as one paragraph, then the closing and
    the signature on lines of their own (never glued to the last sentence)."""
    head = [p.text for p in parts if p.paragraph == "greeting"]
    body = " ".join(p.text for p in parts if p.paragraph not in ("greeting", *_LETTER_ENDS))
    tail = [p.text for p in parts if p.paragraph in _LETTER_ENDS]
    return "\n".join(line for line in (*head, body, *tail) if line)
