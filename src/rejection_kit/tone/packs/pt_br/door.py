"""A porta aberta: uma linha sobre o futuro onde ela é o objetivo; ofertas sem presunção."""

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
        suggestion='Add a line about future roles, e.g. "Peço que considere meu nome para'
        ' futuras vagas."',
        patterns=(
            r"\bfutur[oa]s?\b",
            r"\b(?:lembr[ae]|se lembre|se lembrar) de mim\b",
            r"\bmeu nome (?:seja|ser) (?:lembrado|considerado)\b",
            r"\b(?:manter|mantermos|seguir|seguirmos|continuar) (?:em )?contato\b",
            r"\bcaminhos se cruz\w*",
            r"\b(?:outra|nova|novas|outras) (?:vagas?|oportunidades?|posi[çc][õo]es)\b",
            r"\bvagas? (?:nova|semelhante|parecida|similar)s?\b",
            r"\breab(?:r|er)\w*",
            r"\bn[ãa]o (?:der(?:em)? certo|se concretiz\w*|se adaptar)\b",
            r"\bcandidat(?:ar|o) (?:de novo|novamente|outra vez)\b",
            r"\b(?:tentar|tento) (?:de novo|novamente|outra vez)\b",
            r"\bnova candidatura\b",
            r"\b(?:meu|o meu) interesse (?:\w+ ){0,4}(?:continua|permanece|segue|se mant[ée]m)\b",
            r"\b(?:continuo|sigo) com (?:muito |grande |total )?interesse\b",
            r"\btrabalhar com voc[êe]s\b",
            r"\bter not[íi]cias (?:suas|de voc[êe])\b",
            r"\breceber seu contato\b",
            r"\bpr[óo]xim[oa]s? (?:vez|oportunidades?|vagas?|processos?)\b",
            r"\b(?:uma fun[çc][ãa]o como (?:esta|essa)|esse tipo de fun[çc][ãa]o)\b",
            r"\bconcorrer\b",
        ),
        examples=(
            Example.bad(
                "Agradeço por me informar a decisão. Boa sorte com o lançamento.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Agradeço por me informar a decisão. Peço que considere meu nome para futuras"
                " vagas.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Agradeço o retorno. Meu interesse pela equipe continua o mesmo: se a vaga for"
                " reaberta, adoraria participar.",
                recipe="keep_door_open",
            ),
            Example.good("Agradeço por me informar a decisão. Boa sorte com o lançamento."),
        ),
    ),
    Rule(
        id="resource_offer.presumptuous",
        kind="existence",
        severity="warning",
        message="May read as presumptuous: the offer assumes they need rescuing.",
        rationale="An offer to help is generous; implying their work is broken is not.",
        patterns=(
            r"\b(?:posso|poderia|consigo|conseguiria|vou)"
            r" (?:facilmente |rapidamente |sozinh[oa] )?(?:resolver|consertar|arrumar|salvar"
            r"|resgatar|dar um jeito (?:em|n[oa])"
            r"|botar ordem (?:em|n[oa])|p[ôo]r ordem (?:em|n[oa])) (?:o seu|a sua|seu|sua|toda"
            r" a|todo o|essa|esse|aquela|aquele) (?:\w+ ){0,2}?(?:bagun[çc]a|problema|pipeline"
            r"|processo|c[óo]digo|estrat[ée]gia|dados|dashboards?|migra[çc][ãa]o)\b",
            r"\bvoc[êe]s? (?:claramente |obviamente |realmente |desesperadamente )?"
            r"(?:precisa[m]?|necessita[m]?) (?:de )?(?:ajuda|algu[ée]m como eu|mim)\b",
            r"\b(?:j[áa] que|como) (?:voc[êe]s? )?(?:claramente |obviamente )?n[ãa]o (?:sabem"
            r"|t[êe]m|entendem|conhecem|dominam)\b",
            r"\b(?:o seu|a sua|seu|sua) (?:\w+ ){0,2}(?:est[áa]|[ée]|parece) (?:uma bagun[çc]a"
            r"|um desastre|quebrad[oa]|ultrapassad[oa]|obsolet[oa]|defasad[oa])\b",
        ),
        examples=(
            Example.bad("Posso facilmente consertar o seu pipeline de dados, se quiserem."),
            Example.bad("Vocês claramente precisam de ajuda com a migração para o dbt."),
            Example.good("Se ajudar, compartilho o checklist de migração que usei."),
        ),
    ),
)
