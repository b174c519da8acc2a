"""The composed message and its formats."""

from rejection_kit.render._layout import letter, note, paragraphs
from rejection_kit.render._message import Message

__all__ = ["Message", "letter", "note", "paragraphs"]
