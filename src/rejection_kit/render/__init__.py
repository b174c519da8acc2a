"""The composed message and its formats."""

from rejection_kit._markdown import escape_markdown
from rejection_kit.render._formats import to_html, to_markdown
from rejection_kit.render._layout import letter, note, paragraphs
from rejection_kit.render._message import Message

__all__ = [
    "Message",
    "escape_markdown",
    "letter",
    "note",
    "paragraphs",
    "to_html",
    "to_markdown",
]
