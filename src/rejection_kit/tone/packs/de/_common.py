"""Pattern pieces shared by the German rules."""

from __future__ import annotations

__all__ = ["SENTENCE_START", "WINNER"]

#: The person who got the job, however it is said ("die Person, die Sie eingestellt haben").
WINNER = (
    r"(?:die (?:neue|eingestellte|gewählte|ausgewählte|andere|erfolgreiche) (?:Person|Kraft"
    r"|Besetzung)"
    r"|(?:der|die) (?:neue|eingestellte|gewählte|ausgewählte|andere|erfolgreiche)"
    r" (?:Kandidat(?:in)?|Bewerber(?:in)?|Mitarbeiter(?:in)?|Kolleg(?:e|in))"
    r"|die Person, die (?:Sie|ihr|du) (?:eingestellt|gewählt|ausgewählt|genommen)"
    r" (?:haben|habt|hast)"
    r"|(?:Ihr|Ihre|dein|deine|euer|eure) neue[rs]? (?:Kolleg(?:e|in)|Mitarbeiter(?:in)?"
    r"|Besetzung))"
)
#: The start of a sentence (after the text start, a line break or end punctuation).
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
