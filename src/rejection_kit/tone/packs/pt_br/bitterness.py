"""Amargura, sarcasmo, ameaças e reclamações públicas: as mensagens que queimam pontes."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.pt_br._common import BOSSES, I_WILL, SENTENCE_START, WINNER

__all__ = ["RULES"]

_NEGATED = r"(?:n[ãa]o|nunca|nada|jamais|longe de|de (?:jeito|forma|modo) (?:nenhum|alguma|algum))"

RULES: tuple[Rule, ...] = (
    Rule(
        id="bitterness.disputes_decision",
        kind="existence",
        severity="error",
        message="May read as disputing the decision.",
        rationale="Relitigating a rejection closes the door the note is meant to keep open.",
        suggestion='Acknowledge the decision: "Compreendo a decisão e agradeço o retorno."',
        tags=("bitter",),
        patterns=(
            # "não entendo por que não fui escolhida", "não consigo compreender como ..."
            r"\bn[ãa]o (?:consigo |consegui |d[áa] (?:pra|para) )?(?:entend\w*|compreend\w*)"
            r" (?:o )?(?:por ?qu[eê]|como|o motivo|a raz[ãa]o)\b",
            # "achei que eu era o candidato perfeito", "tinha certeza de que seria a escolha"
            r"\b(?:achei|achava|pensei|pensava|acreditei|acreditava|imaginei|tinha certeza"
            r"|tinha convic[çc][ãa]o|estava (?:convict[oa]|cert[oa]|segur[oa])) (?:de )?que"
            r" (?:eu )?(?:era|seria|fosse|estava) (?:\w+ ){0,2}(?:perfeit[oa]|ideal|cert[oa]"
            r"|mais qualificad[oa]|melhor (?:candidat[oa]|op[çc][ãa]o|escolha|nome)|escolhid[oa]"
            r"|aprovad[oa])\b",
            # "meu perfil era perfeito para a vaga", "minhas habilidades eram exatamente o que"
            r"\b(?:meu perfil|minha experi[êe]ncia|minhas (?:habilidades|compet[êe]ncias"
            r"|qualifica[çc][õo]es)|minha forma[çc][ãa]o|meu curr[íi]culo)(?: \w+)? (?:era|eram"
            r"|seria|seriam|[ée]|s[ãa]o) (?:\w+ )?(?:perfeit[oa]s?|ideal|ideais|exatamente o que"
            r"|o que voc[êe]s)\b",
            r"\b(?:claramente|obviamente|evidentemente|sem d[úu]vida(?: alguma)?|de longe)"
            r" (?:eu )?(?:era |sou |fui )?(?:o|a) (?:mais (?:qualificad[oa]|preparad[oa]"
            r"|experiente|indicad[oa])|melhor (?:candidat[oa]|op[çc][ãa]o|escolha|nome|perfil))\b",
            r"\b(?:eu (?:era|sou|estava|seria)|sou|fui) (?:claramente |obviamente |muito |bem )?"
            r"(?:mais (?:qualificad[oa]|preparad[oa]|experiente)|melhor preparad[oa])\b",
            # "vocês cometeram um grande erro", "a empresa está cometendo um equívoco"
            r"\b(?:voc[êe]s?|a empresa|a equipe|o time|a banca|o comit[êe]|o senhor|a senhora)"
            r" (?:\w+ )?(?:cometeu|cometeram|est[áa] cometendo|est[ãa]o cometendo|fez|fizeram)"
            r" (?:um|uma) (?:\w+ )?(?:erro|equ[íi]voco|escolha errada|decis[ãa]o errada)\b",
            r"\b(?:decis[ãa]o|escolha|avalia[çc][ãa]o) (?:\w+ )?(?:errada|equivocada|injusta"
            r"|question[áa]vel|p[ée]ssima|precipitada|absurda)\b",
            r"\bdiscordo (?:\w+ )?(?:da|dessa|desta|do|desse|deste) (?:sua )?(?:decis[ãa]o"
            r"|escolha|avalia[çc][ãa]o|conclus[ãa]o|feedback|resultado)\b",
            r"\b(?:contestar|contesto|questionar|questiono|recorrer|recorro) (?:\w+ )?(?:a|da"
            r"|dessa|desta|essa|esta|o|do) (?:\w+ )?(?:decis[ãa]o|escolha|resultado"
            r"|avalia[çc][ãa]o|reprova[çc][ãa]o)\b",
            # "vocês não levaram em conta minha experiência"
            r"\b(?:voc[êe]s|a empresa|a equipe|o time) (?:\w+ )?n[ãa]o (?:viram|viu|perceberam"
            r"|percebeu|leram|leu|consideraram|considerou|notaram|notou|levaram em conta"
            r"|levou em conta|analisaram|analisou)(?: direito| bem)? (?:o |a )?(?:meu|minha"
            r"|meus|minhas|que eu)\b",
            r"\b(?:lhes?|te|voc[êe]s?|ao senhor|[àa] senhora) (?:lembrar|relembrar|recordar)"
            r" (?:que|de)\b",
            r"\b(?:como|por ?qu[eê]) (?:voc[êe]s? |a empresa )?(?:puderam|p[ôo]de|conseguiram)"
            r" (?:n[ãa]o )?(?:me )?(?:recusar|rejeitar|dispensar|descartar|reprovar|preferir"
            r"|escolher outr[oa]|deixar passar)",
        ),
        exceptions=(r"\b(?:escolha|decis[ãa]o) (?:errada|equivocada) (?:da minha parte|minha)\b",),
        examples=(
            Example.bad("Não entendo por que não fui escolhida para a vaga."),
            Example.bad("Achei que eu era o candidato perfeito para essa vaga."),
            Example.bad("Vocês cometeram um grande erro ao escolher outra pessoa."),
            Example.bad("Eu era claramente mais qualificada do que a média."),
            Example.bad("Nao consigo entender como voces me recusaram."),
            Example.good("Compreendo a decisão e agradeço a análise da minha candidatura."),
            Example.good("Entendo por que a equipe optou por alguém com mais experiência em dbt."),
            Example.good("Continuo acreditando que posso contribuir muito em uma vaga futura."),
            Example.good("Compreendo perfeitamente se não houver essa possibilidade."),
        ),
    ),
    Rule(
        id="bitterness.blames_process",
        kind="existence",
        severity="error",
        message="May read as bitter: it criticises the process, the people or the company.",
        rationale="Complaints about the process are heard as sour grapes, whatever their merit.",
        tags=("bitter",),
        patterns=(
            r"\b(?:uma |grande |completa |total |enorme |pura )?perda de tempo\b",
            r"\b(?:perdi|desperdicei|jogaram fora|me fizeram perder|fizeram eu perder)"
            r" (?:o |todo o |tanto )?(?:meu )?tempo\b",
            r"\b(?:desorganizad[oa]s?|antiprofissional|falta de profissionalismo"
            r"|desrespeitos[oa]s?|falta de respeito|descaso|amadorismo|vergonhos[oa])\b",
            r"\b(?:me deram (?:um )?(?:ghost|v[áa]cuo)|ghost(?:ing|ado|ada|aram)|me ignoraram"
            r"|me deixaram no v[áa]cuo|simplesmente sumiram|voc[êe]s sumiram)\b",
            r"\besperava (?:muito )?(?:mais|melhor) (?:de|da|do) (?:voc[êe]s?|uma empresa"
            r"|uma organiza[çc][ãa]o|empresa|sua empresa|um processo)\b",
            r"\b(?:j[áa] )?(?:tinham|tinha|t[êe]m) (?:algu[ée]m|um candidato|uma candidata"
            r"|outra pessoa|um nome|o nome) (?:\w+ )?em mente\b",
            r"\b(?:cartas marcadas|cumprir tabela|mera formalidade|(?:processo|sele[çc][ãa]o) de"
            r" fachada|marmelada|jogo de cena|pura encena[çc][ãa]o|s[óo] (?:pra|para) constar)\b",
            r"\bj[áa] (?:estava|estavam) (?:tudo )?(?:decidid[oa]s?|definid[oa]s?"
            r"|escolhid[oa]s?|combinad[oa]s?)\b",
            r"\bnunca (?:iam|iriam|foram|pretendiam|tiveram (?:a )?(?:inten[çc][ãa]o|interesse)"
            r"(?: de| em)?) (?:me )?(?:contratar|escolher|considerar|chamar)\b",
            r"\b(?:o|esse|este|todo o|todo esse) (?:\w+ )?(?:processo|recrutamento|entrevistas?"
            r"|sele[çc][ãa]o)(?: \w+)? (?:foi|foram|[ée]|est[áa]|pareceu|parece) (?:\w+ ){0,2}"
            r"(?:uma |um )?(?:bagun[çc]a|piada|desastre|pesadelo|farsa|injust[oa]s?"
            r"|tendencios[oa]s?|rid[íi]cul[oa]s?|vergonha|caos|ca[óo]tic[oa]s?|mal conduzid[oa]s?"
            r"|mal feit[oa]s?)\b",
            r"\b(?:nepotismo|panelinha|apadrinhamento|pistol[ãa]o)\b",
            r"\b(?:que|muito|bem) conveniente\b",
            r"\b(?:gente como voc[êe]s|esse povo|essa gente)\b",
        ),
        exceptions=(
            rf"\b{_NEGATED} (?:\w+ ){{0,3}}(?:uma )?(?:\w+ )?perda de tempo\b",
            r"\bn[ãa]o (?:quero|gostaria de|queria) (?:parecer|soar|ser) (?:\w+ )?"
            r"(?:desrespeitos[oa]|antiprofissional)\b",
        ),
        examples=(
            Example.bad("Sinceramente, o processo todo foi uma perda de tempo."),
            Example.bad("Ficou claro que vocês já tinham alguém em mente antes da entrevista."),
            Example.bad("As entrevistas foram desorganizadas do início ao fim."),
            Example.bad("O processo seletivo foi uma grande piada."),
            Example.good("As entrevistas foram muito bem conduzidas, e aprendi muito com elas."),
            Example.good("Não foi perda de tempo de jeito nenhum; aprendi muito."),
            Example.good(
                "Como não recebi retorno, imagino que o processo tenha seguido com outra pessoa."
            ),
        ),
    ),
    Rule(
        id="bitterness.disparages_winner",
        kind="existence",
        severity="error",
        message="May read as bitter about the person who was hired.",
        rationale="Belittling the new hire insults the people who chose them.",
        tags=("bitter",),
        patterns=(
            rf"\b{WINNER} (?:[ée]|era|parece|ser[áa]) (?:claramente |obviamente |bem )?menos"
            r" (?:qualificad[oa]|experiente|preparad[oa]|capaz|competente)\b",
            r"\b(?:candidat[oa]|pessoa|algu[ée]m|profissional|op[çc][ãa]o|contrata[çc][ãa]o)"
            r" (?:bem |muito )?(?:mais barat[oa]|mais nov[oa]|mais jovem|menos qualificad[oa]"
            r"|menos experiente|menos preparad[oa])\b",
            rf"\b(?:quando|assim que|depois que|no dia em que) {WINNER} (?:n[ãa]o der certo"
            r"|falhar|fracassar|sair|pedir (?:demiss[ãa]o|as contas)|desistir|n[ãa]o aguentar"
            r"|for embora|n[ãa]o der conta)\b",
            rf"\b{WINNER} n[ãa]o (?:vai|v[ãa]o|iria|deve) (?:durar|dar conta|aguentar|dar certo"
            r"|se sustentar|segurar)\b",
            r"\bporque (?:ele|ela|essa pessoa) (?:[ée]|era|foi) (?:\w+ )?(?:amig[oa]|parente"
            r"|conhecid[oa]|filh[oa]|sobrinh[oa]|indica[çc][ãa]o)\b",
            r"\bcandidat[oa] intern[oa] (?:desde o (?:in[íi]cio|come[çc]o)|o tempo todo"
            r"|de qualquer (?:jeito|forma))\b",
        ),
        examples=(
            Example.bad("Me liga quando a pessoa contratada não der certo."),
            Example.bad("Soube que vocês escolheram um candidato mais barato."),
            Example.bad("A pessoa escolhida não vai durar três meses."),
            Example.good(
                "Se surgir outra vaga — ou se as coisas não derem certo com a pessoa contratada"
                " —, continuo com muito interesse."
            ),
            Example.good("Se a pessoa escolhida não der certo, vou adorar ter notícias suas."),
            Example.good("Desejo muito sucesso à pessoa escolhida."),
        ),
    ),
    Rule(
        id="sarcasm.backhanded",
        kind="existence",
        severity="error",
        message="May read as sarcastic: polite words with a barb.",
        rationale="Sentiment tools score these as positive; readers do not.",
        tags=("bitter",),
        patterns=(
            r"\bboa sorte (?:pra|para|em|na hora de) (?:encontrar|achar|contratar|substituir"
            r"|me substituir)(?: \w+){0,3} (?:melhor|t[ãa]o bo[am]|[àa] altura|como eu"
            r"|mais qualificad[oa]|igual a mim|do meu n[íi]vel)\b",
            r"\b(?:tenho (?:certeza|certeza absoluta)|com certeza|certamente|sem d[úu]vida)"
            rf"(?: de)?(?: que)? {WINNER} (?:[ée]|ser[áa]|deve ser|vai ser) (?:simplesmente "
            r"|absolutamente |muito |bem )?(?:[óo]tim[oa]|maravilhos[oa]|perfeit[oa]"
            r"|incr[íi]vel|brilhante|melhor|excelente|fant[áa]stic[oa])\b",
            SENTENCE_START + r"(?:Beleza|Que seja|T[áa] bom|Tanto faz|Ok|Okay|Tudo bem,? ent[ãa]o"
            r"|Ah,? t[áa]|Legal,? ent[ãa]o|Uau)[.!]",
            r"\bboa sorte com isso\b",
            r"\b(?:obrigad[oa]|valeu) por nada\b",
            r"\b(?:azar (?:o seu|o de voc[êe]s|de voc[êe]s|da empresa)|quem perde (?:s[ãa]o"
            r" voc[êe]s|[ée] voc[êe]|[ée] a empresa)|voc[êe]s? (?:que|quem) perde[m]?"
            r"|a perda [ée] (?:de voc[êe]s|sua|da empresa))\b",
            r"\b(?:aparentemente|pelo jeito|pelo visto|obviamente|claramente|evidentemente)"
            r" (?:eu )?n[ãa]o (?:era|sou|fui|estava) (?:\w+ )?(?:bo[am]|suficiente"
            r"|o que voc[êe]s|a pessoa|o perfil|[àa] altura)",
            r"\bparab[ée]ns (?:pela|por|pelo) (?:\w+ ){0,3}(?:med[íi]ocre|barat[oa]|conformismo"
            r"|comodismo)\b",
            r"\bque piada\b",
        ),
        examples=(
            Example.bad("Boa sorte para encontrar alguém melhor."),
            Example.bad("Tenho certeza de que a pessoa contratada é ótima."),
            Example.bad("Beleza. Obrigado por avisar, eu acho."),
            Example.bad("Pelo jeito eu não era bom o suficiente para vocês."),
            Example.bad("Azar o de vocês."),
            Example.good("Boa sorte com o lançamento do produto no mês que vem."),
            Example.good("Tenho certeza de que a equipe fará grandes coisas este ano."),
            Example.good("Tudo bem se não for possível compartilhar um feedback."),
            Example.good(
                "Pelo jeito vocês escolheram outra pessoa, então quis fechar esse ciclo."
            ),
        ),
    ),
    Rule(
        id="threat.consequences",
        kind="existence",
        severity="error",
        message="May read as a threat or as going over their heads.",
        rationale="Warnings, escalation and talk of competitors end the relationship.",
        tags=("bitter",),
        patterns=(
            r"\b(?:v[ãa]o|vai|ir[ãa]o|h[ãa]o de|ainda v[ãa]o) se arrepender\b",
            rf"\b(?:{I_WILL}|posso) (?:\w+ ){{0,3}}(?:para|pra|[àa]) (?:a |um |uma |o )?"
            r"(?:concorr[êe]ncia|concorrentes?)\b",
            r"\b(?:a concorr[êe]ncia|seus concorrentes|os concorrentes) (?:vai|v[ãa]o|ficar[ãa]o"
            r"|ficar[áa]|iria|iriam) (?:\w+ )?(?:adorar|agradecer|feliz|felizes|me contratar)\b",
            rf"\b(?:seu|sua|o|a) {BOSSES} (?:vai|v[ãa]o|ir[áa]|deveria|precisa) (?:ficar sabendo"
            r"|saber|ouvir falar|tomar conhecimento)\b",
            rf"\b{I_WILL} (?:\w+ )?(?:entrar em contato com|escrever (?:para|ao|[àa])|falar com"
            r"|reclamar (?:com|ao|[àa]|para)|acionar|levar (?:isso|o caso|o assunto) (?:a|ao|[àa]"
            r"|para)|copiar|encaminhar (?:isso|este e-?mail|esta mensagem) (?:para|ao|[àa]))"
            rf" (?:o |a |seu |sua |o seu |a sua )?{BOSSES}\b",
            r"\b(?:a[çc][ãa]o judicial|processo judicial|meu advogado|minha advogada"
            r"|vou processar|procurar a justi[çc]a|acionar a justi[çc]a|isso n[ãa]o vai ficar"
            r" assim|n[ãa]o vai ficar barato|me aguardem|voc[êe]s v[ãa]o ver s[óo])\b",
            r"\b(?:passar|passando) por cima (?:de voc[êe]|d[oa] senhor[a]?|de voc[êe]s)\b",
        ),
        examples=(
            Example.bad("Vocês ainda vão se arrepender dessa decisão."),
            Example.bad("Vou levar minhas habilidades para a concorrência."),
            Example.bad("O seu diretor vai ficar sabendo de como isso foi conduzido."),
            Example.bad("Vou entrar em contato com o seu gestor sobre isso."),
            Example.good("Vou continuar acompanhando com interesse o trabalho da equipe."),
            Example.good("Peço que estenda meus agradecimentos também ao seu gestor."),
        ),
    ),
    Rule(
        id="public.complaint",
        kind="existence",
        severity="error",
        message="May read as a threat to complain in public.",
        rationale="Posts and reviews about a rejection are seen by every future employer.",
        tags=("bitter",),
        patterns=(
            r"\b(?:postar|postando|publicar|publicando|expor|expondo|denunciar|denunciando"
            r"|relatar|relatando|contar (?:essa|esta|minha) experi[êe]ncia|compartilhar (?:essa"
            r"|esta|minha) experi[êe]ncia)\b[^.!?\n]{0,60}?\b(?:n[oa]s? |em )(?:LinkedIn"
            r"|Twitter|Facebook|Glassdoor|Reclame Aqui|Instagram|TikTok|redes sociais|internet"
            r"|meu blog)\b",
            r"\b(?:deixar|deixando|escrever|escrevendo|fazer|fazendo|postar|publicar)"
            r" (?:uma |minha )?(?:\w+ )?(?:avalia[çc][ãa]o|review|resenha|reclama[çc][ãa]o"
            r"|den[úu]ncia)"
            r"(?: \w+)? (?:no|na|em)\b",
            r"\bReclame ?Aqui\b",
            r"\b(?:post|publica[çc][ãa]o|den[úu]ncia|reclama[çc][ãa]o) p[úu]blica\b",
            r"\b(?:expor|expondo) (?:voc[êe]s|a empresa|isso|o caso|o processo)\b",
            r"\btornar (?:isso |o caso |o assunto )?p[úu]blico\b",
            r"\b(?:todo mundo|minha rede|meus seguidores|meus contatos|o mercado|o setor"
            r"|a comunidade) (?:vai|v[ãa]o|precisa|merece|deveria|deve) (?:\w+ )?(?:saber"
            r"|ficar sabendo|conhecer|ouvir)\b",
        ),
        examples=(
            Example.bad("Vou postar sobre essa experiência no LinkedIn."),
            Example.bad("Pretendo deixar uma avaliação sincera no Glassdoor."),
            Example.bad("Minha rede merece saber como os candidatos são tratados."),
            Example.good("Vamos manter contato pelo LinkedIn."),
            Example.good("Gostei de ler os posts da equipe sobre a migração para o dbt."),
        ),
    ),
)
