"""Registro e canal: tratamento misturado, gírias, formalidade rígida, LinkedIn, barganha."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs._sample import SAMPLE_SITUATION
from rejection_kit.tone.packs.pt_br import _checks

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="formality.mixed_address",
        kind="consistency",
        severity="error",
        message="May read as inconsistent: two forms of address in one message.",
        rationale=(
            'Switching between "o senhor", "você" and "tu" in one note reads as careless, the'
            " way Sie and du mixed does in German."
        ),
        suggestion='Keep one form: "você" throughout, or impersonal phrasing with "lhe".',
        tags=("formal", "informal"),
        check=_checks.mixed_address,
        examples=(
            Example.bad("Agradeço por você ter ligado e desejo sucesso a ti e à tua equipe."),
            Example.bad("O senhor foi muito gentil, e espero que você tenha uma ótima semana."),
            Example.bad("Agradeço ao senhor pela conversa e te desejo uma ótima semana."),
            Example.good("Agradeço por você ter ligado. Desejo muito sucesso para você e o time."),
            Example.good("Prezada Sra. Raman,\n\nDesejo-lhe, e a toda a equipe, muito sucesso."),
            Example.good("Agradeço ao senhor pela conversa e desejo-lhe uma ótima semana."),
            Example.good("Tu foste muito gentil; agradeço de coração a tua ajuda."),
            Example.good("Queria te agradecer pela ajuda da equipe de TI e de você."),
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
            r"\b(?:vc|vcs|tb|tbm|pq|blz|vlw|flw|obg|tmj|kk+|rs(?:rs)+|haha(?:ha)*|aff|pfv|pfvr"
            r"|qdo|qto|mto|cmg|sdds|bjs|abs)\b",
            r"\b(?:e a[íi],? (?:galera|pessoal|mano|brother|meu povo)|fala,? (?:galera|mano"
            r"|brother))\b",
            r"\b(?:mano|brother|v[ée]i|bro)\b",
        ),
        examples=(
            Example.bad("Vlw pelo retorno, vou ficar de olho nas vagas blz"),
            Example.bad("E aí, galera, tudo certo?"),
            Example.good("Valeu pela conversa; adorei conhecer o time."),
        ),
    ),
    Rule(
        id="formality.stiff",
        kind="existence",
        severity="warning",
        message="May read as stiff for a text message.",
        rationale="A letter's formulas look odd in a text.",
        channels=("sms",),
        tags=("formal",),
        patterns=(
            r"\b(?:A quem (?:possa|puder) interessar|Prezad[oa]s?(?:\(a\))?|Ilustr[íi]ssim[oa]s?"
            r"|Vossa Senhoria|Respeitosamente|Atenciosamente)\b",
        ),
        examples=(
            Example.bad("Prezado Sr. Ortiz, agradeço a ligação.", channel="sms"),
            Example.good("Oi, Sam, aqui é a Maya. Obrigada pela ligação de hoje.", channel="sms"),
        ),
    ),
    Rule(
        id="personalization.generic_salutation",
        kind="consistency",
        severity="warning",
        message="May read as impersonal: a generic greeting when you know their name.",
        check=_checks.generic_greeting,
        examples=(
            Example.bad(
                "A quem possa interessar,\n\nAgradeço o retorno.", situation=SAMPLE_SITUATION
            ),
            Example.bad("Prezados senhores,\n\nAgradeço o retorno.", situation=SAMPLE_SITUATION),
            Example.bad("Prezados(as),\n\nAgradeço o retorno.", situation=SAMPLE_SITUATION),
            Example.good("Prezada Sra. Raman,\n\nAgradeço o retorno.", situation=SAMPLE_SITUATION),
            Example.good("A quem possa interessar,\n\nAgradeço o retorno."),
        ),
    ),
    Rule(
        id="linkedin.default_note",
        kind="existence",
        severity="warning",
        severity_by_channel={"linkedin_note": "error"},
        message="May read as generic: this is LinkedIn's default invitation text.",
        rationale="The default text tells them no thought went into the request.",
        suggestion='Say how you met: "Conversamos sobre a vaga de analista no mês passado ..."',
        patterns=(
            r"\b(?:gostaria de|quero|queria) (?:adicionar (?:voc[êe]|-l[oa])|adicion[áa]-l[oa]"
            r"|te adicionar|adicionar-te) (?:[àa] |a )?minha rede(?: profissional)?\b",
            r"^\s*(?:Ol[áa],? [^,\n]{1,40},\s*)?(?:gostaria de|quero|queria) (?:me )?conectar"
            r"(?:-me)?(?: com voc[êe]| contigo)?(?: (?:aqui )?no LinkedIn)?[.!]?\s*$",
        ),
        examples=(
            Example.bad(
                "Gostaria de adicionar você à minha rede profissional no LinkedIn.",
                channel="linkedin_note",
            ),
            Example.bad("Gostaria de me conectar com você no LinkedIn.", channel="linkedin_note"),
            Example.good(
                "Priya, agradeço pelas entrevistas para a vaga de analista. Adoraria manter"
                " contato.",
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
            r"\b(?:tomar|tomarmos|um) (?:um )?caf[ée](?:zinho)?\b",
            r"\b(?:bater|batermos) um papo\b",
            r"\b(?:uma|marcar uma|fazer uma) (?:call|liga[çc][ãa]o|reuni[ãa]o"
            r"|conversa r[áa]pida)\b",
            r"\b(?:voc[êe]s|a empresa|seu time|sua equipe) (?:ainda )?(?:est[áa]|est[ãa]o)"
            r" (?:contratando|recrutando|com vagas)\b",
            r"\b(?:outras|novas|alguma|algumas) (?:vagas|oportunidades|posi[çc][õo]es)"
            r" (?:abertas|em aberto|dispon[íi]veis)\b",
            r"\bme (?:indicar|indique|recomendar|recomende|apresentar|apresente)\b",
            r"\b(?:\d+|cinco|dez|quinze|vinte|trinta) minutos\b",
            r"\b(?:poderia|pode|podia|conseguiria) (?:me )?(?:ajudar|indicar|revisar|olhar"
            r"|encaminhar|dar uma olhada)\b",
        ),
        examples=(
            Example.bad(
                "Agradeço pelas entrevistas, Priya. Podemos tomar um café na semana que vem?",
                channel="linkedin_note",
            ),
            Example.bad(
                "Foi ótimo te conhecer. Vocês ainda estão contratando?", channel="linkedin_note"
            ),
            Example.good(
                "Agradeço pelas entrevistas, Priya. Adoraria manter contato.",
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
            r"\b(?:tenho|recebi|estou com) (?:\w+ )?(?:outras|duas|tr[êe]s|v[áa]rias|algumas"
            r"|m[úu]ltiplas) (?:propostas|ofertas)\b",
            r"\b(?:outra|outras) (?:propostas?|ofertas?) (?:na mesa|em andamento|pendentes?"
            r"|em m[ãa]os)\b",
            r"\bminha pretens[ãa]o salarial\b",
            r"\b(?:meu|minha) (?:(?:atual|antig[oa]|[úu]ltim[oa]) )?(?:empregador(?:a)?|empresa"
            r"|chefe|gestor(?:a)?|emprego|equipe|time)(?: (?:atual|anterior|antig[oa]))?"
            r" (?:[ée]|era|s[ãa]o|eram) (?:\w+ )?(?:t[óo]xic[oa]"
            r"|horr[íi]vel|p[ée]ssim[oa]|terr[íi]vel|um pesadelo|uma bagun[çc]a|incompetente"
            r"|o pior|a pior)\b",
        ),
        examples=(
            Example.bad("Tenho duas outras propostas, então preciso saber logo."),
            Example.bad("Minha empresa atual é tóxica, por isso me candidatei."),
            Example.bad("Minha atual empresa é tóxica, por isso me candidatei."),
            Example.good("Continuo com muito interesse no trabalho da equipe."),
        ),
    ),
)
