"""Required elements and offers: the forward-looking line, offers that do not talk down.

There is no French ``gratitude.missing``: the English rule runs for English only, and a
French one would also fire on the English text that other locales' callers check.
"""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="door_open.missing",
        kind="required",
        severity="warning",
        recipes=("keep_door_open", "full_response"),
        message="May read as a goodbye: nothing says you would like to hear from them again.",
        rationale="The point of a keep-the-door-open note is to be the first call next time.",
        suggestion=(
            "Ajoutez une phrase sur l'avenir, par exemple : « N'hésitez pas à penser à moi pour"
            " de futurs postes. »"
        ),
        patterns=(
            r"\bfutur(?:e|s|es)?\b",
            r"\bà l'avenir\b",
            r"\bpens\w* à moi\b",
            r"\b(?:rester|garder|restons|gardons|reste|garde) (?:en |le )?(?:contact|lien"
            r"|relation)\b",
            r"\bnos chemins\b",
            r"\b(?:autre|nouveau|nouvel|nouvelle|prochain|prochaine)s? (?:poste|offre"
            r"|opportunité|ouverture|recrutement)s?\b",
            r"\b(?:poste|offre|opportunité)s? (?:similaire|équivalent|comparable)s?\b",
            r"\b(?:postuler|candidater|me représenter|me porter candidate?) (?:de nouveau"
            r"|à nouveau)\b",
            r"\bnouvelle candidature\b",
            r"\b(?:vous|te) rejoindre\b",
            r"\brejoindre (?:l'|votre |ton )équipe\b",
            r"\b(?:me tient (?:toujours )?à cœur|mon intérêt (?:pour|envers))\b",
            r"\b(?:se libère|se libérait|s'ouvre|s'ouvrait|s'ouvrir|se présente|se présentait"
            r"|voyait le jour|de nouveau (?:ouvert|disponible))\b",
            r"\bporte (?:\w+ ){0,3}ouverte\b",
            r"\b(?:évoluer|progresser) vers\b",
            r"\bla prochaine fois\b",
            r"\b(?:profil|candidature|CV) (?:à l'esprit|en tête|sous le coude)\b",
        ),
        examples=(
            Example.bad(
                "Merci pour votre message. Bonne chance pour le lancement.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Merci pour votre message. N'hésitez pas à penser à moi pour de futurs postes.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Merci. Mon intérêt pour l'équipe reste intact : si un poste s'ouvre, je"
                " postulerai avec plaisir.",
                recipe="keep_door_open",
            ),
            Example.good("Merci pour votre message. Bonne chance pour le lancement."),
        ),
    ),
    Rule(
        id="resource_offer.presumptuous",
        kind="existence",
        severity="warning",
        message="May read as presumptuous: the offer assumes they need rescuing.",
        rationale="An offer to help is generous; implying their work is broken is not.",
        patterns=(
            r"\bje (?:pourrais|peux|saurais|pourrai) (?:facilement |aisément |rapidement |sans"
            r" peine |à moi seule? )?(?:réparer|corriger|résoudre|sauver|redresser|remettre de"
            r" l'ordre dans|régler|arranger|rattraper) (?:votre|vos|tout votre|toute votre|ton"
            r"|tes|ce désordre|ce chantier)\b",
            r"\b(?:vous avez|tu as) (?:clairement |visiblement |manifestement |vraiment "
            r"|cruellement |sérieusement )besoin (?:d'aide|de moi|de quelqu'un|de renfort)\b",
            r"\b(?:puisque|comme|vu que) (?:vous ne|tu ne) (?:savez|sais|maîtrisez|maîtrises"
            r"|connaissez|connais|comprenez|comprends) (?:visiblement |manifestement "
            r"|clairement )?pas\b",
            r"\b(?:votre|ton|ta|vos|tes) (?:\w+ ){0,2}(?:est|sont) (?:un (?:désastre|chantier"
            r"|fouillis)|une catastrophe|obsolètes?|dépassée?s?|bancale?s?|amateur|archaïques?)\b",
        ),
        examples=(
            Example.bad(
                "Je pourrais facilement corriger votre pipeline de données si vous voulez."
            ),
            Example.bad("Vous avez clairement besoin d'aide pour la migration vers dbt."),
            Example.good(
                "Si cela peut vous aider, je partagerai volontiers la checklist de migration que"
                " nous avons utilisée."
            ),
        ),
    ),
)
