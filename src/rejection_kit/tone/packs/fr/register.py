"""Register and channel fit: vous and tu mixed, chat slang, LinkedIn notes, leverage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit
from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES", "mixed_address"]

# The forms of tu: subject, object and stressed pronouns ("peux-tu", "toi-même"),
# possessives, and t' before a vowel ("t'écrire"), but not the "-t-" of "a-t-il".
_TU = re.compile(
    r"(?<![\w'])(?:tu|te|toi|ton|ta|tes|tien|tienne|tiens|tiennes)(?![\w'])"
    r"|(?<![\w-])t'(?=[^\W\d_])",
    re.IGNORECASE,
)
# The forms of vous: pronoun ("pourriez-vous", "vous-même") and possessives.
_VOUS = re.compile(r"(?<![\w'])(?:vous|votre|vos|vôtre|vôtres)(?![\w'])", re.IGNORECASE)
# "ton" and "tiens" are also a noun ("le ton du message") and a verb or interjection
# ("je tiens à", "Tiens,"): the word before tells them apart.
_NOUN_BEFORE = frozenset(
    {"le", "un", "du", "au", "ce", "mon", "son", "leur", "quel", "même", "bon"}
)
_VERB_BEFORE = frozenset({"je", "j'", "tu", "il", "elle", "on"})
# A vous that addresses several people is not a polite vous: "vous tous", "vous deux",
# or a sentence that also says "toi et ..." / "... et toi".
# Verbs in the second person plural ("n'hésitez pas", "Transmettez", "pourriez") say vous
# without the pronoun; a capitalised word inside a sentence is a name ("Gomez"), and a few
# words merely end like one.
_EZ = re.compile(r"(?<!\w)\w{2,}ez(?![\w'])")
_NOT_VERBS = frozenset({"chez", "assez", "nez", "rez", "lez"})
# A sentence (or line) ends before only white space; the last line break stands for any
# before it, so no blank is read by two attempts.
_SENTENCE_END = re.compile(r"(?:^|[.!?:;«\"]|\b[Nn]'|\n)[^\S\n]*$")
_COLLECTIVE_AFTER = re.compile(
    r"(?<!\s)\s*(?:-\s*)?(?:tous|toutes|deux|trois|quatre|autres)\b", re.IGNORECASE
)
_COLLECTIVE_SENTENCE = re.compile(r"\b(?:toi|te|t') et\b|\bet (?:à )?toi\b", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"(?<!\w)(\w+'?|')\s*$")


def _names(ctx: Context) -> frozenset[str]:
    """Capitalised words of the people's names, which may look like a pronoun ("Ta")."""
    situation: Any = ctx.situation
    if situation is None:
        return frozenset()
    names: list[str] = []
    candidate = getattr(situation, "candidate", None)
    if candidate is not None and getattr(candidate, "name", None):
        names.append(candidate.name)
    names += [c.name for c in getattr(situation, "contacts", ()) or () if getattr(c, "name", None)]
    return frozenset(w for n in names for w in re.findall(r"\w+", n))


def _previous_word(text: str, start: int) -> str:
    m = _PREVIOUS_WORD.search(text[max(0, start - 20) : start])
    return m.group(1).lower() if m else ""


def _tu_forms(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    for m in _TU.finditer(doc.norm):
        word = m.group()
        if word in names or doc.in_quote(m.start(), m.end()):
            continue
        lower = word.lower()
        before = _previous_word(doc.norm, m.start())
        if lower == "ton" and before in _NOUN_BEFORE:
            continue
        if lower == "tiens" and (before in _VERB_BEFORE or word == "Tiens"):
            continue
        if lower in {"tien", "tienne", "tiennes"} and before not in {"le", "la", "les"}:
            continue
        found.append((m.start(), m.end()))
    return found


def _vous_forms(doc: Doc, names: frozenset[str]) -> list[tuple[int, int]]:
    found = []
    memo: dict[tuple[int, int], bool] = {}
    for m in _EZ.finditer(doc.norm):
        word = m.group()
        if word.lower() in _NOT_VERBS or word in names or doc.in_quote(m.start(), m.end()):
            continue
        if word[0].isupper() and not _SENTENCE_END.search(
            doc.norm, max(0, m.start() - 8), m.start()
        ):
            continue
        if _collective(doc, m.start(), memo):
            continue
        found.append((m.start(), m.end()))
    for m in _VOUS.finditer(doc.norm):
        if doc.in_quote(m.start(), m.end()):
            continue
        if m.group().lower() == "vous":
            if _COLLECTIVE_AFTER.match(doc.norm, m.end()):
                continue
            if _collective(doc, m.start(), memo):
                continue
        found.append((m.start(), m.end()))
    return sorted(found)


def _collective(doc: Doc, offset: int, memo: dict[tuple[int, int], bool]) -> bool:
    # Once per sentence: a long sentence full of "vous" is searched once, not per word.
    span = doc.sentence_at(offset)
    hit = memo.get(span)
    if hit is None:
        hit = memo[span] = _COLLECTIVE_SENTENCE.search(doc.norm, *span) is not None
    return hit


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Flag the forms of the less used register when one message has both vous and tu."""
    names = _names(ctx)
    tu = _tu_forms(doc, names)
    vous = _vous_forms(doc, names)
    if not tu or not vous:
        return
    minority, other = (vous, "tu") if len(vous) < len(tu) else (tu, "vous")
    for start, end in minority:
        yield Hit(
            start=start,
            end=end,
            suggestion=f"Use {other} throughout: the rest of the message says {other}.",
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="formality.mixed_address",
        kind="consistency",
        severity="error",
        confidence="medium",
        message="May read as careless: it mixes vous and tu in one message.",
        rationale="Vous or tu is a choice about the relationship; switching between them in"
        " one message reads as a copy-and-paste job.",
        check=mixed_address,
        examples=(
            Example.bad("Merci pour votre appel. Je te souhaite une excellente fin de semaine."),
            Example.bad(
                "Bonjour Priya,\n\nMerci pour ton accueil chaleureux.\n\nBien à vous,\nMaya"
            ),
            Example.bad("Merci pour ta réponse ; n'hésitez pas à me contacter."),
            Example.good(
                "Merci pour votre appel. Je vous souhaite une excellente fin de semaine."
            ),
            Example.good(
                "Merci pour ton appel ; je te souhaite, à toi et à l'équipe, une belle"
                " semaine, et bravo à vous tous pour le lancement."
            ),
            Example.good("Le ton de votre message était très bienveillant, merci."),
            Example.good("Je tiens à vous remercier pour votre accueil."),
            Example.good("Merci pour votre appel. Vous m'avez dit : « tu peux repostuler »."),
        ),
    ),
    Rule(
        id="formality.slang",
        kind="existence",
        severity="warning",
        message="May read as too casual for a professional message.",
        rationale="Mild informality is fine; chat slang to a hiring manager is not.",
        channels=("email", "linkedin_message", "linkedin_note", "card"),
        tags=("informal",),
        patterns=(
            r"\b(?:mdr|ptdr|lol|tkt|jsp|jpp|bcp|pk|pcq|slt|wesh|stp|mec|meuf|kiffe|kiffé|osef"
            r"|bg|ouf)\b",
            r"\b(?:salut|coucou) (?:les gars|tout le monde|la team)\b",
            r"\b(?:chuis|chais pas|j'sais pas|ya pas|y'a pas)\b",
        ),
        examples=(
            Example.bad("Merci bcp pour l'info, tkt je garde un œil sur les offres."),
            Example.good("Merci beaucoup pour ce retour, je garde un œil sur les offres."),
        ),
    ),
    Rule(
        id="linkedin.default_note",
        kind="existence",
        severity="warning",
        severity_by_channel={"linkedin_note": "error"},
        message="May read as generic: this is LinkedIn's default invitation text.",
        rationale="The default text tells them no thought went into the request.",
        suggestion="Dites où vous vous êtes rencontrés : « Nous avons échangé sur le poste"
        " d'analyste le mois dernier… »",
        patterns=(
            r"\bje (?:souhaite|souhaiterais|voudrais|aimerais) vous (?:ajouter|inviter) (?:à|dans)"
            r" mon réseau(?: professionnel)?\b",
            r"\bj'aimerais (?:faire partie de|rejoindre|intégrer) votre réseau\b",
            r"^\s*(?:je souhaiterais|je voudrais|j'aimerais) (?:me connecter|entrer en relation"
            r"|être en relation) avec vous(?: sur LinkedIn)?\s*(?:[.!]\s*)?$",
        ),
        examples=(
            Example.bad(
                "Je souhaiterais vous ajouter à mon réseau professionnel sur LinkedIn.",
                channel="linkedin_note",
            ),
            Example.bad("J'aimerais entrer en relation avec vous.", channel="linkedin_note"),
            Example.good(
                "Priya, merci pour nos échanges sur le poste d'analyste. Au plaisir de rester"
                " en contact.",
                channel="linkedin_note",
            ),
        ),
    ),
    Rule(
        id="linkedin.note_ask",
        kind="existence",
        severity="warning",
        channels=("linkedin_note",),
        message="May read as pushy: an ask in a first connection note.",
        rationale="The first note is a thank-you; asks come later, if ever.",
        patterns=(
            r"\b(?:prendre|boire) un (?:petit )?café\b",
            r"\b(?:un|une) (?:petit |petite |rapide |court |courte )?(?:appel|call|échange"
            r" téléphonique|visio|visioconférence)\b",
            r"\b(?:recrutez-vous|vous recrutez|recrutes-tu|tu recrutes|êtes-vous (?:toujours )?en"
            r" recrutement)\b",
            r"\b(?:d'autres|des) (?:postes|offres|opportunités) (?:ouverte?s|disponibles"
            r"|en cours)\b",
            r"\b(?:me recommander|me coopter|me pistonner)\b",
            r"\b\d+ (?:minutes|min)\b",
            r"\b(?:pourriez-vous|pourrais-tu|pouvez-vous|peux-tu) (?:m'aider|me recommander"
            r"|me présenter|relire|transmettre|jeter un œil)\b",
        ),
        examples=(
            Example.bad(
                "Merci pour les entretiens, Priya. Pourrait-on prendre un café la semaine"
                " prochaine ?",
                channel="linkedin_note",
            ),
            Example.good(
                "Merci pour les entretiens, Priya. Au plaisir de rester en contact.",
                channel="linkedin_note",
            ),
        ),
    ),
    Rule(
        id="oversharing.leverage",
        kind="existence",
        severity="warning",
        message="May read as leverage or oversharing: other offers, pay or your current employer.",
        rationale="Bargaining after the decision, or criticising an employer, reads badly.",
        patterns=(
            r"\bj'ai (?:reçu |déjà |actuellement |aussi |également )*(?:d'autres|deux|trois"
            r"|plusieurs) (?:autres )?(?:offres|propositions)\b",
            r"\b(?:autres|plusieurs) (?:offres|propositions) (?:sur la table|en cours|en attente"
            r"|en main)\b",
            r"\bmes prétentions (?:salariales|financières)\b",
            r"\bmon (?:employeur|manager|patron|entreprise|équipe|poste) (?:actuel(?:le)?"
            r"|précédent(?:e)?|ancien(?:ne)?) (?:est|était) (?:\w+ )?(?:toxique|horrible"
            r"|épouvantable|catastrophique|nul(?:le)?|invivable|un enfer)\b",
        ),
        examples=(
            Example.bad("J'ai deux autres offres, j'ai donc besoin d'une réponse rapide."),
            Example.bad("Mon employeur actuel est toxique, c'est pour cela que j'ai postulé."),
            Example.good("Le travail de votre équipe m'intéresse toujours beaucoup."),
        ),
    ),
)
