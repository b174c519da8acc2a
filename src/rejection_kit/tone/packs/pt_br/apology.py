"""Desculpas demais, justificativas, autodepreciação, exageros e desabafos."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

_APOLOGY = r"(?:desculp\w*|perd[ãa]o|perdo[ae]m?|sinto muito)"

RULES: tuple[Rule, ...] = (
    Rule(
        id="apology.count",
        kind="occurrence",
        severity="warning",
        message="May read as over-apologetic: more than one apology in the message.",
        rationale='One "lamento que não tenha dado certo" is gracious; several sound like guilt.',
        tags=("apologetic",),
        patterns=(
            r"\bdesculp\w*",
            r"\bperd[ãa]o\b",
            r"\bperdo[ae]m?\b",
            r"\blamento\b",
            r"\bsinto muito\b",
        ),
        max=1,
        examples=(
            Example.bad("Desculpe pelo e-mail longo. Peço desculpas se for inconveniente."),
            Example.good("Lamento que não tenha dado certo desta vez."),
        ),
    ),
    Rule(
        id="apology.for_time",
        kind="existence",
        severity="warning",
        message="May read as over-apologetic: apologising for taking their time.",
        rationale="They chose to spend the time; thank them for it instead.",
        suggestion="Agradeço pelo seu tempo.",
        tags=("apologetic",),
        patterns=(
            rf"\b{_APOLOGY}(?: \w+){{0,3}} (?:por|pelo|pela|se) (?:\w+ )?(?:tomar|tomando"
            r"|ter tomado|roubar|roubando|ocupar|ocupando|incomodar|incomodando|inc[ôo]modo"
            r"|transtorno|atrapalhar|atrapalhando|e-?mail longo|mensagem longa|tamanho"
            r"|escrever|escrevendo|insistir|insistindo|mais um e-?mail|voltar a escrever)\b",
            r"\bsem querer (?:incomodar|atrapalhar|tomar (?:muito )?(?:do )?seu tempo"
            r"|ser (?:chat|inconveniente|insistente))\w*",
        ),
        examples=(
            Example.bad("Desculpe por tomar tanto do seu tempo."),
            Example.bad("Perdão por incomodar de novo com esse assunto."),
            Example.good("Agradeço o tempo que você dedicou a mim."),
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
            r"\b(?:eu )?n[ãa]o (?:fui|era|sou|estava|estou) (?:\w+ )?(?:bo[am]|qualificad[oa]"
            r"|preparad[oa]|capaz|experiente|talentos[oa]|inteligente|forte|competente)"
            r" (?:o )?(?:suficiente|bastante)\b",
            r"\bsei que n[ãa]o (?:sou|era|fui) (?:o melhor|a melhor|perfeit[oa]|o mais|a mais"
            r"|qualificad[oa]|grande coisa)\b",
            r"\b(?:sou|me sinto|me senti) (?:um |uma )?(?:fracasso|fracassad[oa]|idiota|in[úu]til"
            r"|perdedor(?:a)?|burr[oa]|incompetente|um lixo)\b",
            r"\b(?:nem )?(?:deveria|devia) ter me candidatado\b",
            r"\bn[ãa]o (?:deveria|devia) (?:nem )?ter (?:me candidatado|tentado)\b",
            rf"\b{_APOLOGY} (?:por )?(?:n[ãa]o (?:ter sido|ser|estar)|ter decepcionado)"
            r" (?:\w+ )?(?:bo[am]|suficiente|[àa] altura|o que voc[êe]s|a pessoa|o perfil"
            r"|melhor)",
        ),
        examples=(
            Example.bad("Sei que não fui boa o suficiente para uma equipe como a de vocês."),
            Example.bad("Desculpe por não ter sido o que vocês procuravam."),
            Example.bad("Nem deveria ter me candidatado."),
            Example.good("Aprendi muito com a etapa técnica."),
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
            r"\b(?:eu )?(?:estava|fiquei|me senti|tava) (?:muito |bem |t[ãa]o |um pouco |meio "
            r"|super |extremamente )?(?:nervos[oa]|cansad[oa]|doente|gripad[oa]|resfriad[oa]"
            r"|distra[íi]d[oa]|indispost[oa]|exaust[oa]|travad[oa]|sem dormir) (?:na|no|durante"
            r"|naquele|naquela|antes|por causa)\b",
            r"\b(?:deix[ae] eu|deixe-me|permita-me|permitam-me|gostaria de|queria|quero|preciso"
            r"|devo) (?:\w+ )?(?:explicar|esclarecer|justificar)(?:-me)? (?:por ?qu[eê]"
            r"|o que (?:eu )?quis dizer|minha resposta|meu desempenho|o que aconteceu)\b",
            r"\b(?:em minha defesa|em meu favor|para ser just[oa] comigo)\b",
            r"\bo que (?:eu )?(?:quis|queria|tentei|estava tentando) dizer\b",
            r"\bo (?:[úu]nico )?motivo (?:de|pelo qual|para) (?:eu )?(?:\w+ ){0,4}(?:foi|[ée])"
            r" (?:porque|que)\b",
        ),
        examples=(
            Example.bad("Eu estava muito nervosa durante a entrevista final, por isso travei."),
            Example.bad("Deixa eu explicar o que quis dizer na resposta sobre testes."),
            Example.good("Gostei da discussão sobre testes na entrevista final."),
        ),
    ),
    Rule(
        id="emotion.oversharing",
        kind="existence",
        severity="warning",
        message="May read as oversharing: strong feelings about the decision.",
        rationale="One sentence of mild disappointment is gracious; distress makes them uneasy.",
        patterns=(
            r"\b(?:arrasad[oa]|devastad[oa]|despeda[çc]ad[oa]|de cora[çc][ãa]o partido"
            r"|inconsol[áa]vel|desolad[oa]|sem ch[ãa]o|no fundo do po[çc]o)\b",
            r"\b(?:chorei|chorando|aos prantos|em l[áa]grimas|ca[íi] no choro|desabei"
            r"|desmoronei)\b",
            r"\b(?:arruinou|acabou com|estragou|destruiu) (?:o |a )?(?:meu|minha) (?:dia|semana"
            r"|fim de semana|m[êe]s|ano|vida|sonho)\b",
            r"\bn[ãa]o (?:consigo|consegui) (?:parar de (?:chorar|pensar (?:nisso|nessa))|dormir"
            r"|superar)\b",
            r"\b(?:isso|essa not[íi]cia|a not[íi]cia|essa decis[ãa]o) (?:me )?(?:doeu|machucou"
            r"|destruiu|derrubou|acabou comigo)\b",
            r"\b(?:estou|fiquei|me sinto|me senti|t[ôo]) (?:muito |t[ãa]o |extremamente "
            r"|profundamente |bem |super )?(?:magoad[oa]|revoltad[oa]|indignad[oa]|furios[oa]"
            r"|irritad[oa]|amargurad[oa]|com raiva|put[oa]|inconformad[oa])\b",
        ),
        examples=(
            Example.bad("Sinceramente, fiquei arrasada quando li o e-mail."),
            Example.bad("Essa notícia acabou com a minha semana."),
            Example.good("Claro que sinto uma certa decepção, mas compreendo a decisão."),
            Example.good("Dá uma tristeza não entrar para o time, mas entendo a escolha."),
        ),
    ),
    Rule(
        id="emotion.gushing",
        kind="existence",
        severity="warning",
        message="May read as gushing.",
        rationale="Praise works when it is specific and measured.",
        patterns=(
            r"\b(muito|super|realmente|demais|t[ãa]o)[, ]+\1\b",
            r"\b(?:(?:muito|super|extremamente|incrivelmente|absolutamente|totalmente|realmente"
            r"|t[ãa]o)[, ]+){3,}\w+",
            r"\b(?:a melhor|o melhor|a mais incr[íi]vel|o mais incr[íi]vel|a mais maravilhosa"
            r"|o mais maravilhoso) (?:empresa|equipe|time|entrevista|experi[êe]ncia|lugar|pessoas"
            r"|gestor(?:a)?|recrutador(?:a)?|processo) (?:do mundo|da minha vida|do universo"
            r"|do planeta|que j[áa] (?:vi|conheci))\b",
            r"\b(?:amo|adoro|venero) voc[êe]s\b",
            r"\bsonho da minha vida\b",
        ),
        examples=(
            Example.bad("Foi muito muito especial."),
            Example.bad("Vocês são a melhor equipe do mundo!"),
            Example.good("Gostei muito de conhecer a equipe."),
        ),
    ),
    Rule(
        id="hedging.insecurity",
        kind="occurrence",
        severity="suggestion",
        confidence="medium",
        message="May read as unsure of yourself: many hedges and fillers.",
        rationale="A few hedges are polite; a dense run of them sounds insecure.",
        per="100w",
        max=3,
        min_count=3,
        patterns=(
            r"\bs[óo]\b",
            r"\bmeio que\b",
            r"\b(?:acho|suponho|creio) que\b",
            r"\btalvez\b",
            r"\bquem sabe\b",
            r"\bpossivelmente\b",
            r"\bespero que n[ãa]o (?:seja|tenha) (?:um )?problema\b",
            r"\bum pouquinho\b",
            r"\bde certa forma\b",
            r"\bn[ãa]o sei se\b",
            r"\bse n[ãa]o for (?:muito )?inc[ôo]modo\b",
        ),
        examples=(
            Example.bad(
                "Só queria talvez perguntar, acho que, se vocês meio que lembrariam de mim."
            ),
            Example.good(
                "Agradeço pelo seu tempo. Espero que nossos caminhos se cruzem novamente."
            ),
        ),
    ),
)
