"""Pattern pieces shared by the Brazilian Portuguese rules.

Brazilian e-mail is often typed without accents ("nao", "decisao", "voce"), so the
patterns accept both spellings wherever an accent carries no other meaning.
"""

from __future__ import annotations

__all__ = ["BOSSES", "I_WILL", "SENTENCE_START", "WINNER"]

#: The person who got the job, however it is said (never by a gendered guess).
WINNER = (
    r"(?:a pessoa (?:que (?:voc[êe]s? |a empresa )?)?(?:foi )?(?:contratada|escolhida"
    r"|selecionada|contrataram|escolheram|contratou|escolheu|selecionaram)"
    r"|(?:o|a) (?:candidat[oa]|profissional|finalista) (?:escolhid[oa]|selecionad[oa]"
    r"|contratad[oa]|aprovad[oa]|vencedor(?:a)?)"
    r"|(?:o|a) nov[oa] (?:contratad[oa]|colaborador(?:a)?|funcion[áa]ri[oa])"
    r"|quem (?:voc[êe]s? )?(?:contrataram|escolheram|contratou|escolheu|ficou com a vaga"
    r"|levou a vaga|pegou a vaga)"
    r"|(?:o outro|a outra) (?:candidat[oa]|pessoa|finalista)"
    r"|(?:o|a) (?:escolhid[oa]|contratad[oa]))"
)
#: "vou", "irei", "pretendo", ...: what the writer says they will do.
I_WILL = r"(?:vou|irei|pretendo|estou pensando em|penso em)"
#: People above the writer's contact: going over their heads.
BOSSES = (
    r"(?:gestor(?:a)?|chefe|diretor(?:a)?|diretoria|superior(?:es)?|CEO|presidente|dono|dona"
    r"|RH|lideran[çc]a|gerente|ouvidoria|jur[íi]dico)"
)
#: The start of a sentence (after the text start, a line break or end punctuation).
SENTENCE_START = r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n))"
