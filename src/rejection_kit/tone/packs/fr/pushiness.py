"""Insistance : exiger des explications, se comparer, demander à être recommandé, relancer."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.fr._common import ASKING, SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="pushiness.demands_explanation",
        kind="existence",
        severity="error",
        message="May read as demanding an explanation.",
        rationale="Feedback is a favour; framed as owed, it will not be given.",
        suggestion="Si vous avez la possibilité de me faire part de quelques retours, cela me"
        " serait précieux ; je comprendrais tout à fait que ce ne soit pas possible.",
        tags=("pushy",),
        patterns=(
            r"\b(?:je (?:mérite|réclame|veux|demande)|j'exige|j'attends) (?:au moins "
            r"|au minimum |tout de même |quand même |donc |maintenant )?(?:une|des|un|l'|les) ?"
            r"(?:explications?"
            r"|justifications?|réponses? claires?|raisons?|motifs?|comptes)\b",
            r"\b(?:je (?:mérite|réclame)|j'exige) (?:au moins |au minimum |tout de même "
            r"|quand même )?(?:un|des|vos|tes) (?:retours?|explications?|justifications?)\b",
            r"\bj'ai (?:bien |tout de même |quand même )?(?:le )?droit (?:à une explication|à des"
            r" explications|de savoir|d'obtenir|de connaître|à un retour|à des retours)\b",
            r"\b(?:expliquez|dites|indiquez|précisez|justifiez|explique|dis|indique|justifie)-moi"
            r" (?:exactement |précisément |clairement |au moins )?(?:pourquoi|ce qui|ce que j'ai"
            r"|les raisons|la raison|ce qui n'allait pas|ce qui a coincé)\b",
            r"\b(?:envoyez|transmettez|communiquez|adressez|faites parvenir|envoie|transmets"
            r"|communique)-moi (?:le détail|les détails|l'ensemble|la grille|les notes|le compte"
            r" rendu|les comptes rendus|le rapport|l'évaluation|les évaluations|les retours|tous"
            r" les retours|vos notes|tes notes)\b",
            r"\bje veux (?:savoir|comprendre|connaître) (?:exactement |précisément )?(?:pourquoi"
            r"|la raison|les raisons|ce qui)\b",
            r"\bvous me devez (?:au moins |bien )?(?:une|des) (?:explications?|réponses?)\b",
        ),
        examples=(
            Example.bad("Je mérite au moins une explication après quatre entretiens."),
            Example.bad("Envoyez-moi le détail des retours de chaque membre du jury."),
            Example.bad("Dites-moi exactement pourquoi ma candidature a été refusée."),
            Example.good(
                "Si vous avez la possibilité de me faire part de quelques retours, cela me serait"
                " précieux ; je comprendrais tout à fait que ce ne soit pas possible."
            ),
            Example.good("Tout retour que vous pourriez partager me serait très utile."),
        ),
    ),
    Rule(
        id="pushiness.questions_decision",
        kind="existence",
        severity="warning",
        message="May read as challenging the decision with a pointed question.",
        rationale="« Pourquoi pas moi ? » asks them to defend the choice.",
        tags=("pushy",),
        patterns=(
            SENTENCE_START + r"Pourquoi (?:ne m'avez-vous pas|ne m'as-tu pas|n'ai-je pas"
            r"|ma candidature n'a-t-elle pas|mon profil n'a-t-il pas|avez-vous (?:choisi|préféré"
            r"|retenu|écarté)|as-tu (?:choisi|préféré|retenu|écarté)|pas moi)\b[^.!?\n]{0,80}\?",
            r"\bqu'ai-je (?:donc |bien |)fait de (?:mal|travers)\b",
            r"\bqu'est-ce que j'ai (?:bien |donc )?(?:fait de mal|mal fait|raté|loupé)\b",
            r"\boù (?:ai-je|est-ce que j'ai) (?:échoué|péché|fait fausse route|pêché)\b",
        ),
        examples=(
            Example.bad(
                "Pourquoi ma candidature n'a-t-elle pas été retenue pour le dernier tour ?"
            ),
            Example.bad("Qu'ai-je fait de mal lors de la présentation ?"),
            Example.good("Je comprends pourquoi l'équipe a choisi dbt."),
            Example.good("Auriez-vous quelques minutes pour un retour sur mes entretiens ?"),
        ),
    ),
    Rule(
        id="pushiness.compares_with_winner",
        kind="existence",
        severity="warning",
        message="May read as comparing yourself with the person who was hired.",
        rationale="Who was hired and why is private; asking puts them in an awkward spot.",
        tags=("pushy",),
        patterns=(
            r"\bqui (?:avez-vous|as-tu|vous avez|tu as|est-ce que vous avez|est-ce que tu as)"
            r" (?:finalement )?(?:recrutée?|retenue?|choisie?|embauchée?|sélectionnée?)\b",
            r"\bqui a (?:finalement )?(?:obtenu|décroché|eu|remporté) (?:le|ce) poste\b",
            r"\bde plus que moi\b",
            r"\b(?:avait|possède|possédait|apportait|apporte) (?:\w+ ){0,2}que je n'(?:ai|avais)"
            r" pas\b",
            r"\b(?:comparaison|comparer|compare|comparée?|me situe|je me situais|je me situe"
            r"|me positionn\w*|me classe|je me classais)\b[^.!?\n]{0,30}\b(?:avec|à|par rapport"
            r" à|face à) (?:la personne|le candidat|la candidate|l'heureu(?:x|se) élue?|votre"
            r" nouvelle recrue|la nouvelle recrue|les autres (?:candidats|candidatures|finalistes"
            r"|profils))\b",
            rf"\b(?:le profil|le parcours|l'expérience|le CV|les compétences|les qualifications"
            rf"|les atouts) (?:de |d')?{WINNER}",
        ),
        exceptions=(
            r"\b(?:personne|collègue|candidate?) qui a (?:finalement )?(?:obtenu|décroché|eu"
            r"|remporté)\b",
        ),
        examples=(
            Example.bad("Pourriez-vous me dire qui vous avez recruté à ma place ?"),
            Example.bad("Qu'avait la personne retenue de plus que moi ?"),
            Example.bad(
                "J'aimerais savoir comment je me situais par rapport à la personne retenue."
            ),
            Example.good("Tous mes vœux de réussite à vous et à la personne recrutée."),
            Example.good("Toutes mes félicitations à la personne qui a obtenu le poste."),
        ),
    ),
    Rule(
        id="pushiness.asks_referral",
        kind="existence",
        severity="warning",
        message="May read as pushy: asking for referrals or other openings in the same breath.",
        rationale="One gentle line about future roles is fine; asking them to place you "
        "elsewhere is not.",
        tags=("pushy",),
        patterns=(
            r"\b(?:me recommander|me présenter|me mettre en relation|me diriger|m'orienter"
            r"|me rediriger|m'adresser|transmettre mon (?:CV|profil|nom|dossier)|faire suivre mon"
            r" (?:CV|profil|dossier)|faire passer mon (?:CV|profil|nom)) (?:à|auprès d'|auprès de"
            r"|vers|avec) (?:d'autres|une autre|un autre|des|quelqu'un|vos contacts|tes contacts"
            r"|votre réseau|ton réseau|vos collègues|tes collègues|un recruteur|une recruteuse"
            r"|un contact|une entreprise|une équipe)\b",
            ASKING + r"\b[^.!?\n]{0,25}\b(?:m'orienter|me diriger|me rediriger|me recommander"
            r"|me coopter|me pistonner)\b",
            r"\b(?:vous pourriez|tu pourrais|vous pouvez|tu peux|vous sauriez) (?:m'orienter"
            r"|me diriger|me rediriger|me recommander)\b",
            r"\b(?:connaissez-vous|connais-tu|auriez-vous connaissance d|aurais-tu connaissance d"
            r"|sauriez-vous si|saurais-tu si)\b[^.!?\n]{0,50}\b(?:recrut\w*|embauch\w*"
            r"|cherch\w*|postes? ouverts?|offres? en cours)\b",
            r"\b(?:glisser|dire|placer) un (?:petit )?mot (?:en ma faveur|pour moi)\b",
            r"\b(?:recommander|pistonner|coopter) ailleurs\b",
        ),
        examples=(
            Example.bad("Pourriez-vous me recommander à une autre équipe qui recrute ?"),
            Example.bad("Y a-t-il d'autres postes vers lesquels vous pourriez m'orienter ?"),
            Example.bad("Connaissez-vous des entreprises qui recrutent des analystes ?"),
            Example.good("N'hésitez pas à penser à moi pour de futurs postes."),
            Example.good(
                "Je vous présenterai volontiers Luis Gomez, qui a mené une migration similaire."
            ),
        ),
    ),
    Rule(
        id="pushiness.contact_cadence",
        kind="existence",
        severity="error",
        message="May read as pushy: a promise of frequent unsolicited contact.",
        rationale="A weekly follow-up after a rejection feels like pressure, not interest.",
        tags=("pushy",),
        patterns=(
            r"\b(?:relance\w*|recontacter\w*|recontacterai|écrir\w*|appeler\w*|appellerai\w*"
            r"|nouvelles|reviendrai vers|faire le point|point)\b[^.!?\n]{0,30}\b(?:chaque"
            r" (?:jour|semaine|lundi|mardi|mercredi|jeudi|vendredi|matin|quinzaine)|toutes les"
            r" semaines|tous les (?:jours|lundis|mardis|mercredis|jeudis|vendredis|deux jours"
            r"|matins|quinze jours))\b",
            r"\b(?:relances?|appels?|messages?|e-?mails?|mails?) (?:hebdomadaires?"
            r"|quotidien(?:ne)?s?|journalières?)\b",
        ),
        examples=(
            Example.bad("Je vous relancerai chaque semaine pour savoir si la situation a évolué."),
            Example.bad("Attendez-vous à des relances hebdomadaires de ma part."),
            Example.good("Je reviendrai vers vous dans quelques mois avec des nouvelles."),
        ),
    ),
    Rule(
        id="pushiness.follow_up_pressure",
        kind="existence",
        severity="warning",
        message="May read as pushy: pressing for a reply or promising persistence.",
        rationale="Deadlines and insistence on a reply are for negotiations, not thank-you notes.",
        tags=("pushy",),
        patterns=(
            r"\bje (?:continuerai|vais continuer|ne cesserai|n'arrêterai pas) (?:à|de) (?:vous |te"
            r" )?(?:relancer|appeler|écrire|contacter|solliciter|recontacter)\b",
            r"\b(?:me répondre|me rappeler|me donner (?:une|votre|ta) réponse|me confirmer"
            r"|revenir vers moi|me faire signe|me tenir au courant)\b[^.!?\n]{0,25}\b(?:d'ici"
            r" (?:demain|ce soir|la fin|lundi|mardi|mercredi|jeudi|vendredi|\d)|avant (?:demain"
            r"|ce soir|la fin|lundi|mardi|mercredi|jeudi|vendredi|\d)|au plus tard|sous \d+)",
            r"\b(?:en urgence|de toute urgence|au plus vite|dans les plus brefs délais|ASAP)\b",
            r"\bje (?:vous |te )?(?:rappellerai|relancerai|recontacterai)\b[^.!?\n]{0,20}"
            r"\b(?:demain|la semaine prochaine|dans (?:quelques|deux|trois) jours|lundi|mardi"
            r"|mercredi|jeudi|vendredi)\b",
            r"\bsans (?:réponse|nouvelles) de (?:votre|ta) part (?:d'ici|avant|sous)\b",
        ),
        examples=(
            Example.bad("Merci de me répondre d'ici vendredi."),
            Example.bad("Je continuerai à vous relancer jusqu'à obtenir une réponse."),
            Example.good("Inutile de me répondre ; je tenais simplement à vous remercier."),
            Example.good("D'ici là, je continuerai à enrichir mon expérience."),
        ),
    ),
)
