"""Excuses à répétition, autodénigrement, justifications et épanchements."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="apology.count",
        kind="occurrence",
        severity="warning",
        message="May read as over-apologetic: more than one apology in the message.",
        rationale="Un « désolé que cela n'ait pas abouti » est élégant ; plusieurs sonnent"
        " comme de la culpabilité.",
        tags=("apologetic",),
        patterns=(
            r"\bdésolée?s?\b",
            r"\bnavrée?s?\b",
            r"\bpardon(?:nez)?\b",
            r"\b(?:je m'|je vous prie de m'|veuillez m'|m')excuse[rz]?\b",
            r"\bexcusez-moi\b",
            r"\bexcuses\b",
        ),
        max=1,
        examples=(
            Example.bad("Désolé pour ce long message. Je m'excuse si ce n'est pas approprié."),
            Example.good("Je suis désolée que cela n'ait pas abouti cette fois-ci."),
        ),
    ),
    Rule(
        id="apology.for_time",
        kind="existence",
        severity="warning",
        message="May read as over-apologetic: apologising for taking their time.",
        rationale="They chose to spend the time; thank them for it instead.",
        suggestion="Merci pour le temps que vous m'avez accordé.",
        tags=("apologetic",),
        patterns=(
            r"\b(?:désolée?|navrée?|pardon|excusez-moi|je m'excuse|(?:toutes )?mes excuses"
            r"|veuillez m'excuser|je vous prie de m'excuser)\b[^.!?\n]{0,25}?\b(?:déranger"
            r"|dérangée?|dérangement|importuner|importunée?|votre temps|ton temps|temps précieux"
            r"|longueur|long message|long mail|long e-mail|relancer|relance|écrire (?:à nouveau"
            r"|de nouveau|encore)|vous solliciter|te solliciter|vous avoir sollicitée?"
            r"|vous prendre|vous avoir pris|t'avoir pris|accaparer)\b",
            r"\b(?:je ne veux pas|sans vouloir|je ne voudrais pas) (?:vous |te |t')?(?:déranger"
            r"|importuner|accaparer|abuser de votre temps|abuser de ton temps|prendre (?:trop )?"
            r"de (?:votre|ton) temps|faire perdre (?:votre|ton) temps)\b",
        ),
        examples=(
            Example.bad("Désolé de vous avoir pris autant de temps."),
            Example.bad("Pardon de vous déranger encore avec cela."),
            Example.bad("Sans vouloir abuser de votre temps, je me permets de vous relancer."),
            Example.good("Merci pour le temps que vous m'avez accordé."),
        ),
    ),
    Rule(
        id="apology.self_deprecation",
        kind="existence",
        severity="error",
        message="May read as self-deprecating.",
        rationale="Running yourself down undoes the impression the interviews made.",
        tags=("apologetic",),
        patterns=(
            r"\bje (?:n'étais|ne suis|n'ai été) (?:tout simplement |sans doute |visiblement "
            r"|clairement |probablement )?pas (?:assez|suffisamment) (?:bonne?|compétente?"
            r"|qualifiée?|expérimentée?|douée?|solide|brillante?|forte?|intelligente?)\b",
            r"\bje (?:n'étais|ne suis|n'ai (?:pas )?été) (?:tout simplement |sans doute "
            r"|visiblement |clairement )?pas à la hauteur\b",
            r"\bje suis (?:vraiment |tellement |complètement |vraiment trop )?(?:nulle?|une?"
            r" incapable|une? idiote?|bonne? à rien|une? ratée?)\b",
            r"\bje n'aurais (?:jamais|pas) dû (?:postuler|candidater|me présenter|tenter ma"
            r" chance|vous faire perdre)\b",
            r"\b(?:désolée?|navrée?) (?:de ne pas avoir été|de n'avoir pas été|d'avoir été|de ne"
            r" pas être) (?:à la hauteur|assez|suffisamment|une déception|décevante?|ce que vous"
            r" cherchiez)\b",
        ),
        examples=(
            Example.bad(
                "Je sais que je n'étais pas assez qualifiée pour une équipe comme la vôtre."
            ),
            Example.bad("Désolé de ne pas avoir été à la hauteur."),
            Example.good("J'ai beaucoup appris lors de l'entretien technique."),
        ),
    ),
    Rule(
        id="apology.over_justifying",
        kind="existence",
        severity="warning",
        message="May read as over-justifying: explaining the interview after the decision.",
        rationale="Re-explaining answers reads as arguing; a short note lands better.",
        tags=("apologetic",),
        patterns=(
            r"\bj'étais (?:très |vraiment |un peu |tellement |assez |extrêmement |trop )?"
            r"(?:stressée?|nerveu(?:x|se)|fatiguée?|malade|épuisée?|déconcentrée?|intimidée?"
            r"|tendue?|pas en forme|pas dans mon assiette) (?:pendant|lors|durant|au cours|le jour"
            r"|ce jour|ce jour-là|avant|à l'entretien|à cause|pour)\b",
            r"\b(?:permettez-moi|je souhaite|je voudrais|je tiens à|laissez-moi|je dois"
            r"|j'aimerais|je me permets) (?:de )?(?:vous |te )?(?:expliquer|clarifier|justifier"
            r"|préciser|revenir sur) (?:pourquoi j'|pourquoi je|ce que je voulais dire|ma réponse"
            r"|ma prestation|mes réponses|ce qui s'est passé|mon propos)\b",
            r"\bpour ma défense\b",
            r"\bce que je voulais (?:vraiment )?(?:dire|exprimer) (?:en|par|dans|lors|c'est"
            r"|c'était)\b",
        ),
        examples=(
            Example.bad(
                "J'étais très stressée pendant l'entretien final, ce qui explique mes hésitations."
            ),
            Example.bad("Permettez-moi de vous expliquer ce que je voulais dire sur les tests."),
            Example.good(
                "J'ai beaucoup apprécié la discussion sur les tests lors de l'entretien final."
            ),
        ),
    ),
    Rule(
        id="emotion.oversharing",
        kind="existence",
        severity="warning",
        message="May read as oversharing: strong feelings about the decision.",
        rationale="One sentence of mild disappointment is gracious; distress makes them uneasy.",
        patterns=(
            r"\b(?:anéantie?|effondrée?|dévastée?|démolie?|inconsolable|le cœur brisé)\b",
            r"\bj'ai (?:beaucoup |tellement |longtemps )?pleuré\b",
            r"\ben larmes\b",
            r"\bje n'arrête pas de (?:pleurer|y penser|ressasser)\b",
            r"\bje n'en dors plus\b",
            r"\b(?:gâché|ruiné|pourri) (?:ma|mon) (?:journée|semaine|week-end|mois|année|vie)\b",
            r"\bje suis (?:tellement |vraiment |très |profondément )?(?:en colère|furieu(?:x|se)"
            r"|blessée?|amère?|écœurée?|dégoûtée?|révoltée?)\b",
            r"\bcette (?:nouvelle|décision) m'a (?:profondément |vraiment |complètement )?"
            r"(?:blessée?|anéantie?|brisée?|détruite?|démolie?|mise? à terre)\b",
        ),
        examples=(
            Example.bad("Honnêtement, j'ai été anéantie en lisant votre message."),
            Example.bad("Cette nouvelle a gâché ma semaine."),
            Example.good("Cette décision me déçoit, bien sûr, mais je la comprends."),
            Example.good("Je suis déçue, évidemment, mais je comprends."),
            Example.good("Je suis triste de ne pas rejoindre l'équipe, mais je comprends."),
        ),
    ),
    Rule(
        id="emotion.gushing",
        kind="existence",
        severity="warning",
        message="May read as gushing.",
        rationale="Praise works when it is specific and measured.",
        patterns=(
            r"\b(très|vraiment|tellement|trop|super)[, ]+\1\b",
            r"\b(?:la meilleure|le meilleur|la plus belle|le plus beau|la plus incroyable|le plus"
            r" incroyable) (?:entreprise|équipe|expérience|entretien|processus|recruteur"
            r"|recruteuse|manager|société)s? (?:au monde|de l'univers|de tous les temps"
            r"|que j'aie jamais|de ma vie|de toute ma carrière)\b",
            r"\b(?:l'entreprise|le poste|le job|l'équipe|le travail) de mes rêves\b",
            r"\bje vous adore\b",
        ),
        examples=(
            Example.bad("C'était vraiment vraiment la meilleure journée."),
            Example.bad("Vous êtes la meilleure équipe au monde !"),
            Example.good("J'ai vraiment apprécié de rencontrer l'équipe."),
        ),
    ),
)
