"""Insistência: exigir explicações, comparar-se com quem foi contratado, pedidos e cobranças."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.pt_br._common import I_WILL, SENTENCE_START, WINNER

__all__ = ["RULES"]

_WEEKDAYS = r"(?:segunda|ter[çc]a|quarta|quinta|sexta)(?:-feira)?"

RULES: tuple[Rule, ...] = (
    Rule(
        id="pushiness.demands_explanation",
        kind="existence",
        severity="error",
        message="May read as demanding an explanation.",
        rationale="Feedback is a favour; framed as owed, it will not be given.",
        suggestion=(
            "Caso seja possível compartilhar algum feedback, eu agradeceria; compreendo se não"
            " for possível."
        ),
        tags=("pushy",),
        patterns=(
            r"\b(?:mere[çc]o|exijo|tenho (?:o )?direito (?:a|de (?:receber|saber|ter))"
            r"|fa[çc]o quest[ãa]o de) (?:\w+ )?(?:uma |um |a |o |os |as |alguma |algum )?"
            r"(?:\w+ )?(?:explica[çc][ãa]o|explica[çc][õo]es|resposta|respostas|justificativa"
            r"|feedback|motivos?|raz[ãa]o|raz[õo]es|satisfa[çc][ãa]o|satisfa[çc][õo]es)\b",
            r"\b(?:exig\w*|exij\w*|insist\w*)\b[^.!?\n]{0,25}?(?:feedback|explica[çc]|resposta"
            r"|motivo|justificativa|retorno)",
            r"\b(?:preciso|quero) (?:que (?:voc[êe]s? )?me (?:digam?|expliquem?|contem?) |saber )"
            r"(?:exatamente |precisamente )?(?:por ?qu[eê]|o (?:motivo|porqu[eê])|o que"
            r" (?:deu errado|eu fiz de errado|faltou))\b",
            r"\b(?:me expli(?:que|quem)|me (?:diga|digam)|expliquem?-me|digam?-me) (?:exatamente "
            r"|precisamente |claramente )?(?:por ?qu[eê]|o (?:motivo|porqu[eê])|onde errei"
            r"|o que (?:deu errado|eu fiz de errado))\b",
            r"\b(?:me (?:mandem?|envi[ea]m?|passem?|encaminhem?)|mandem?-me|enviem?-me)"
            r" (?:(?:o|os|a|as|todo o|todos os|todas as) )?(?:(?:seu|sua|seus|suas) )?"
            r"(?:feedbacks?|motivos?|notas|explica[çc][ãa]o|avalia[çc][ãa]o|avalia[çc][õo]es"
            r"|scorecard|parecer)\b",
            r"\bquero (?:uma explica[çc][ãa]o|explica[çc][õo]es|respostas?|uma resposta"
            r"|saber (?:o )?(?:por ?qu[eê]|motivo|o que deu errado))\b",
        ),
        exceptions=(
            r"\b(?:se (?:puder(?:em)?|poss[íi]vel|for poss[íi]vel)|caso (?:possa(?:m)?|seja"
            r" poss[íi]vel)|por gentileza|por favor),? (?:\w+ ){0,3}me (?:mande|mandem|envie"
            r"|enviem|passe|passem|diga|digam|explique|expliquem)\b",
            r"\bn[ãa]o (?:quero |vou |pretendo )?insist\w*",
        ),
        examples=(
            Example.bad("Mereço uma explicação depois de quatro entrevistas."),
            Example.bad("Me mandem o feedback detalhado de cada entrevistador."),
            Example.bad("Me expliquem exatamente por que fui reprovada."),
            Example.bad("Exijo um retorno sobre o resultado."),
            Example.good(
                "Caso seja possível compartilhar algum feedback, eu agradeceria muito;"
                " compreendo se não for possível."
            ),
            Example.good("Agradeceria qualquer feedback que puder compartilhar."),
            Example.good("Se puder, me passe algum feedback sobre a entrevista técnica."),
        ),
    ),
    Rule(
        id="pushiness.questions_decision",
        kind="existence",
        severity="warning",
        message="May read as challenging the decision with a pointed question.",
        rationale='A direct "por que não eu?" asks them to defend the choice.',
        tags=("pushy",),
        patterns=(
            SENTENCE_START + r"Por ?qu[eê] (?:eu )?n[ãa]o (?:fui|fiquei|passei|recebi|avancei|me)"
            r"\b[^.!?\n]{0,60}\?",
            SENTENCE_START + r"Por ?qu[eê] (?:voc[êe]s?|a empresa|a equipe) (?:escolheram|escolheu"
            r"|preferiram|preferiu|contrataram|contratou|optaram|optou|me reprovaram|me recusaram"
            r"|me descartaram|me dispensaram)\b",
            r"\b(?:onde|em que) (?:foi que )?(?:eu )?errei\b",
            r"\bo que (?:foi que )?(?:eu )?fiz de errado\b",
        ),
        examples=(
            Example.bad("Por que eu não fui selecionado para a etapa final?"),
            Example.bad("O que eu fiz de errado na apresentação?"),
            Example.good(
                "O motivo pelo qual a equipe escolheu o dbt fez todo o sentido para mim."
            ),
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
            r"\b(?:saber|dizer|contar|informar|perguntar|revelar) (?:\w+ )?quem (?:voc[êe]s? )?"
            r"(?:contrataram|escolheram|contratou|escolheu|selecionaram|foi (?:contratad[oa]"
            r"|escolhid[oa]|selecionad[oa])|ficou com a vaga|levou a vaga|conseguiu a vaga)\b",
            SENTENCE_START + r"Quem (?:voc[êe]s? )?(?:contrataram|escolheram|contratou|escolheu"
            r"|foi (?:contratad[oa]|escolhid[oa])|ficou com a vaga)\b[^.!\n]{0,40}\?",
            rf"\bo que (?:ele|ela|essa pessoa|{WINNER}) (?:tinha|tem|teve|trouxe|apresentou)"
            r" (?:de )?(?:a mais|que eu n[ãa]o (?:tenho|tinha|tive)|de diferente|de melhor)\b",
            r"\bcompar(?:a\w*|o|ei|ou)\b[^.!?\n]{0,50}?\b(?:candidat[oa]s?|pessoa|profissional"
            r"|finalistas?) (?:escolhid|selecionad|contratad|aprovad|vencedor)\w*",
            r"\bcompar(?:a\w*|o|ei|ou)\b[^.!?\n]{0,50}?\b(?:outr[oa]s?|demais) (?:candidat"
            r"|finalist)\w*",
            r"\b(?:curr[íi]culo|perfil|experi[êe]ncia|background|forma[çc][ãa]o|qualifica[çc][õo]es"
            r"|CV|hist[óo]rico) (?:d[oa] |dess[ea] )(?:pessoa|candidat[oa]|profissional"
            r"|finalista) (?:escolhid[oa]|contratad[oa]|selecionad[oa]|aprovad[oa])\b",
            rf"\b(?:em que|no que|como) (?:ele|ela|essa pessoa|{WINNER}) (?:foi|era|[ée]"
            r"|se saiu) (?:melhor|mais forte|superior)\b",
        ),
        examples=(
            Example.bad("Poderia me dizer quem vocês contrataram?"),
            Example.bad("O que a pessoa escolhida tinha que eu não tenho?"),
            Example.bad(
                "Gostaria de uma comparação entre o meu perfil e o da candidata selecionada."
            ),
            Example.good("Desejo muito sucesso à pessoa escolhida."),
            Example.good("Parabéns a quem ficou com a vaga."),
            Example.good("Compartilho o checklist que usei com a equipe contratada na época."),
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
            r"\b(?:me (?:indic|recomend|apresent|encaminh|conect|direcion|redirecion)\w*"
            r"|(?:indic|recomend|apresent|encaminh|direcion)\w*-me)"
            r" (?:a |para |pra |com |ao |[àa] )?"
            r"(?:outr[oa]s?|algu[ée]m|algum|alguma|seus contatos|sua rede|seus colegas|amigos"
            r"|conhecidos|empresas|um amigo|uma amiga|algum recrutador|alguma recrutadora)\b",
            r"\b(?:outras|alguma|algumas) (?:vagas?|oportunidades?|posi[çc][õo]es|[áa]reas?"
            r"|equipes?|times?)\b[^.!?\n]{0,40}?\b(?:poderia|poderiam|pode|podem|possa|possam"
            r"|pudesse|pudessem)(?: \w+)? me (?:indicar|encaminhar|direcionar|recomendar"
            r"|apresentar|orientar)\b",
            r"\b(?:conhece|conhecem|conheceria|sabe de|sabem de|saberia de|teria indica[çc][ãa]o"
            r" de) (?:alguma |algum |outras |outros )?(?:empresas?|algu[ée]m|lugares?|vagas?"
            r"|oportunidades?|recrutador\w*|contatos?)\b[^.!?\n]{0,30}?\b(?:contratando"
            r"|recrutando|procurando|buscando|com vagas?|que (?:esteja|estejam|precise|precisem))",
            r"\b(?:pode|poderia|podia|consegue|conseguiria)m? (?:me )?(?:dar|falar) (?:uma )?"
            r"(?:palavrinha|boa palavra|for[çc]a|moral)\b",
            r"\b(?:passar|encaminhar|enviar|mandar|repassar|circular) (?:o )?meu (?:curr[íi]culo"
            r"|CV|nome|perfil|contato)(?: adiante)? (?:para|a|pra|ao|[àa]|adiante)\b",
        ),
        examples=(
            Example.bad("Vocês poderiam me indicar para outra equipe que esteja contratando?"),
            Example.bad("Há outras vagas para as quais você poderia me encaminhar?"),
            Example.bad("Você conhece alguma empresa que esteja contratando analistas?"),
            Example.bad("Poderia passar meu currículo para outras áreas?"),
            Example.good("Peço que considere meu nome para futuras vagas."),
            Example.good(
                "Se for útil, terei prazer em lhe apresentar Luis Gomez, que conduziu uma"
                " migração parecida."
            ),
            Example.good("Agradeço por você ter me indicado para a vaga de analista."),
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
            r"\b(?:entr\w* em contato|escrev\w*|lig\w*|mand\w* (?:mensage\w*|e-?mails?)"
            r"|follow-?ups?|d\w* um (?:toque|al[ôo]|oi)|cobr\w*|retorn\w*|mensage\w*|e-?mails?"
            rf"|checar|perguntar)\b(?: \w+){{0,3}} (?:toda (?:semana|{_WEEKDAYS}|manh[ãa])"
            r"|todo (?:dia|s[áa]bado|domingo)|todos os dias|a cada (?:dois |tr[êe]s |poucos )?"
            r"(?:dias?|semana)|uma vez por (?:dia|semana)|diariamente|semanalmente)\b",
            r"\b(?:follow-?ups?|mensagens|e-?mails|liga[çc][õo]es|contatos|atualiza[çc][õo]es"
            r"|check-?ins?) (?:semanais|di[áa]ri[oa]s)\b",
        ),
        examples=(
            Example.bad("Vou entrar em contato toda semana para saber se algo mudou."),
            Example.bad("Podem esperar e-mails semanais meus."),
            Example.good("Volto a entrar em contato daqui a alguns meses com novidades."),
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
            rf"\b{I_WILL} (?:continuar|seguir|ficar) (?:ligando|escrevendo|insistindo|cobrando"
            r"|mandando (?:mensagens|e-?mails)|entrando em contato|perguntando|checando)\b",
            r"\b(?:aguard[ea]m|esper[ea]m|podem esperar|pode esperar) (?:\w+ )?(?:meu (?:contato"
            r"|retorno|telefonema)|minha (?:liga[çc][ãa]o|mensagem)|uma liga[çc][ãa]o minha"
            r"|not[íi]cias minhas)\b",
            r"\b(?:respond[ae]m?|me retorn[ea]m?|me d[êe]e?m? (?:um )?retorno|confirm[ea]m?"
            r"|me avis[ea]m?)\b[^.!?\n]{0,25}?\b(?:at[ée]|antes d[eao]|no m[áa]ximo|em at[ée])"
            rf" (?:amanh[ãa]|hoje|{_WEEKDAYS}|s[áa]bado|domingo|o fim|o final|\d)",
            r"\b(?:vou|irei) (?:te |lhe )?(?:ligar|telefonar|escrever|cobrar|entrar em contato"
            r"|mandar mensagem|procurar)\b[^.!?\n]{0,20}?\b(?:amanh[ãa]|semana que vem|pr[óo]xima"
            r" semana|em (?:poucos|alguns|dois|tr[êe]s) dias|na segunda|na sexta)\b",
            r"\b(?:com urg[êe]ncia|urgente(?:mente)?|o quanto antes|o mais r[áa]pido poss[íi]vel"
            r"|ASAP)\b",
        ),
        exceptions=(
            r"\b(?:n[ãa]o (?:[ée] |h[áa] )?(?:nada )?urgente|sem (?:nenhuma )?urg[êe]ncia)",
        ),
        examples=(
            Example.bad("Por favor, me respondam até sexta-feira."),
            Example.bad("Vou continuar ligando até ter uma resposta."),
            Example.bad("Preciso de um retorno o quanto antes."),
            Example.good("Não precisa responder; só queria agradecer."),
            Example.good("Não é nada urgente; responda quando puder."),
        ),
    ),
)
