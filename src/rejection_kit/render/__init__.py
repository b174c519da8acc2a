"""The composed message and its formats."""

from rejection_kit.render._layout import letter, lower_first, note, paragraphs
from rejection_kit.render._message import Message

__all__ = ["Message", "letter", "lower_first", "note", "paragraphs"]
