"""Pattern pieces shared by the French rules."""

from __future__ import annotations

__all__ = ["ASKING", "SENTENCE_START", "WINNER"]

#: The person who got the job, however it is said ("la personne retenue", "la nouvelle
#: recrue", "le candidat choisi", "l'heureux élu", ...).
WINNER = (
    r"(?:la personne (?:que (?:vous avez|tu as|vous aviez) |qu'on a |qui a été )?"
    r"(?:recrutée|retenue|choisie|embauchée|sélectionnée)"
    r"|(?:le|la|votre|ta|cette) (?:nouvelle )?recrue"
    r"|(?:le|la|votre|ta) (?:candidate?|finaliste) (?:retenue?|choisie?|sélectionnée?|recrutée?"
    r"|embauchée?)"
    r"|l'heureu(?:x|se) élue?)"
)
#: Asking someone to do something ("pourriez-vous", "je vous demande de", ...).
ASKING = (
    r"(?:pourriez-vous|pourrais-tu|pouvez-vous|peux-tu|auriez-vous|aurais-tu|serait-il possible"
    r"|est-ce que vous pourriez|est-ce que tu pourrais)"
)
#: The start of a sentence (after the text start, a line break or end punctuation).
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
