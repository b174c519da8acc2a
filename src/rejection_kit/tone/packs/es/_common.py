"""Pattern pieces shared by the Spanish rules."""

from __future__ import annotations

__all__ = ["ASK_VERB", "SENTENCE_START", "WINNER"]

#: The person who got the job, however it is said: "la persona que contrataron",
#: "el candidato elegido", "la nueva incorporación", "quien se quedó con el puesto".
WINNER = (
    r"(?:(?:la persona|el candidato|la candidata|el elegido|la elegida|quien|a quien)"
    r"(?: que| a la que| al que)? (?:(?:han|ha|has|hayan|haya|habéis) )?"
    r"(?:contrat\w*|eleg\w*|elig\w*|seleccion\w*|escog\w*|prefer\w*|prefir\w*)"
    r"|(?:la|su|tu) nueva incorporaci[oó]n|(?:el|su|tu) nuevo fichaje"
    r"|(?:el otro candidato|la otra candidata|la otra persona)"
    r"|quien (?:se qued[oó] con|consigui[oó]|obtuvo|se llev[oó]) el puesto)"
)
#: The start of a sentence (after the text start, a line break or end punctuation).
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
#: An imperative or a request addressed to the reader, in usted or tú.
ASK_VERB = (
    r"(?:d[ií]game|d[ií]ganme|dime|expl[ií]queme|expl[ií]quenme|expl[ií]came"
    r"|cu[eé]nteme|cu[eé]ntame)"
)
