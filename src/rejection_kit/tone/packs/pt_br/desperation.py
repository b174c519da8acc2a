"""Desespero: súplicas, pedidos para rever a decisão, autodesvalorização."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="desperation.plea",
        kind="existence",
        severity="error",
        message="May read as pleading.",
        rationale="Need-based appeals make the reader uncomfortable and never change a decision.",
        tags=("desperate",),
        patterns=(
            r"\b(?:eu )?(?:realmente |muito |desesperadamente )?preciso (?:muito |demais |tanto "
            r"|realmente |desesperadamente )?(?:desse|deste|dessa|desta) (?:emprego|vaga"
            r"|trabalho|oportunidade|sal[áa]rio|cargo|chance)\b",
            r"\bpreciso (?:muito |demais |tanto )(?:de um|de uma|do|da) (?:emprego|vaga|trabalho"
            r"|oportunidade|sal[áa]rio|renda|dinheiro)\b",
            r"\b(?:fa[çc]o|faria|farei) (?:qualquer coisa|o que for (?:preciso|necess[áa]rio)"
            r"|tudo o que (?:voc[êe]s )?(?:pedirem|quiserem|mandarem))\b",
            r"\b(?:implor\w*|suplic\w*|pelo amor de Deus)\b",
            r"\bpor favor,? por favor\b",
            r"\bpor favor,? (?:s[óo] )?(?:me d[êe]em|me d[êe]|me contrat[ea]m?|me deix[ea]m?"
            r" (?:provar|mostrar|tentar)|n[ãa]o desist[ae]m? de mim|me aceit[ea]m?)\b",
            r"\b(?:s[ãa]o|[ée]|era|eram|foi) (?:a )?minha (?:[úu]ltima|[úu]nica) (?:esperan[çc]a"
            r"|chance|op[çc][ãa]o|sa[íi]da)\b",
            r"\b(?:minha fam[íi]lia|meus filhos|minhas contas|meu aluguel|meu sustento)"
            r" (?:depende[m]?|est[áa] dependendo|est[ãa]o dependendo|precisa[m]?) (?:disso|desse"
            r"|dessa|deste|desta)\b",
            r"\bn[ãa]o posso (?:me dar ao luxo de (?:perder|ficar)|perder (?:essa|esta) (?:vaga"
            r"|oportunidade|chance))\b",
            r"\bn[ãa]o tenho (?:mais )?(?:para onde|pra onde|a quem) (?:ir|recorrer|correr)\b",
            r"\bn[ãa]o tenho (?:mais )?(?:nenhuma )?outra (?:op[çc][ãa]o|sa[íi]da|alternativa)\b",
            r"\b(?:estou|t[ôo]|fiquei|me sinto) (?:muito |bem |t[ãa]o )?desesperad[oa]\b",
        ),
        examples=(
            Example.bad("Preciso muito desse emprego, minhas economias estão acabando."),
            Example.bad("Faço qualquer coisa para fazer parte da equipe."),
            Example.bad("Por favor, por favor, me deem uma chance de provar meu valor."),
            Example.bad("Vocês são minha última esperança."),
            Example.good("Adoraria ter a chance de trabalhar com a equipe no futuro."),
            Example.good("Peço que considere meu nome para futuras vagas."),
            Example.good("Por favor, manda meus parabéns para a pessoa escolhida."),
        ),
    ),
    Rule(
        id="desperation.reconsider",
        kind="existence",
        severity="error",
        message="May read as asking them to reverse the decision.",
        rationale="Most sources call asking to reconsider a mistake: the decision is made.",
        suggestion="Ask to be kept in mind for future roles instead.",
        tags=("desperate",),
        patterns=(
            r"\b(?:reconsider(?:ar|em|e|asse|assem)|rever|revejam|reveja|revissem|revisse"
            r"|reavali(?:ar|em|e|assem)|repens(?:ar|em|e|assem)|revert(?:er|am|a|essem)"
            r"|mud(?:ar|em|e|assem)) (?:a |sua |essa |esta |a sua |de )?(?:decis[ãa]o|escolha"
            r"|avalia[çc][ãa]o|resultado|veredito|ideia)\b",
            r"\breconsidera[çc][ãa]o\b",
            r"\b(?:reconsider|reavali|rever|revejam|reveja)\w* (?:a )?(?:minha candidatura"
            r"|meu nome|meu perfil|meu caso|meu curr[íi]culo)\b",
            r"\b(?:me d[êe]em|me d[êe]|me conced[ae]m?|mere[çc]o|pe[çc]o|pedir|pedindo|pelo menos)"
            r" (?:mais uma|uma segunda|uma nova|outra|uma [úu]ltima|uma outra) (?:chance"
            r"|oportunidade|entrevista|tentativa|avalia[çc][ãa]o)\b",
            r"\b(?:segunda chance|mais uma chance)\b",
            r"\b(?:existe|h[áa]|haveria|teria) (?:alguma |a |uma )?(?:forma|chance|possibilidade"
            r"|maneira|jeito) (?:de|que) (?:voc[êe]s? |eu |a empresa )?[^.?!\n]{0,40}"
            r"(?:reconsider|mud[ae]|ainda (?:ser|me)|contrat|me consider|me chamar"
            r"|voltar atr[áa]s)",
            r"\bvolt(?:ar|em|assem|e) atr[áa]s\b",
        ),
        exceptions=(
            r"\b(?:consider|reconsider|avali)\w* (?:\w+ ){0,3}(?:para|em|a) (?:futuras|pr[óo]ximas"
            r"|outras|novas|uma futura|uma pr[óo]xima|uma nova|outra) (?:vagas?|oportunidades?"
            r"|posi[çc][õo]es|processos?)\b",
        ),
        examples=(
            Example.bad("Vocês poderiam reconsiderar a decisão?"),
            Example.bad("Peço uma segunda chance na entrevista final."),
            Example.bad("Existe alguma forma de vocês ainda me considerarem para essa vaga?"),
            Example.bad("Será que não dá para voltar atrás?"),
            Example.good("Respeito a decisão e espero que nossos caminhos se cruzem novamente."),
            Example.good("Teria muito interesse em concorrer a futuras vagas."),
            Example.good("Peço que se lembre de mim caso surja uma nova oportunidade."),
            Example.good(
                "Se o cenário mudar, será uma alegria ter a chance de integrar a equipe."
            ),
        ),
    ),
    Rule(
        id="desperation.self_discounting",
        kind="existence",
        severity="warning",
        message="May read as desperate: an unprompted concession.",
        rationale="Offering to take less money or any role at all lowers your standing.",
        tags=("desperate",),
        patterns=(
            r"\b(?:sal[áa]rio|remunera[çc][ãa]o|pagamento|cargo) (?:menor|mais baix[oa]"
            r"|reduzid[oa]|inferior)\b",
            r"\b(?:ganhar|receber) menos\b",
            r"\b(?:trabalh\w*|estagi\w*|come[çc]\w*|fazer um teste) (?:\w+ ){0,2}(?:de gra[çc]a"
            r"|sem (?:remunera[çc][ãa]o|receber|pagamento)|gratuitamente)\b",
            r"\b(?:teste|projeto|trabalho|per[íi]odo) (?:\w+ )?(?:gratuito|n[ãa]o remunerado)\b",
            r"\b(?:aceito|aceitaria|topo|toparia|pego|pegaria|serve|serviria)\b[^.!?\n]{0,20}?"
            r"\bqualquer (?:vaga|cargo|fun[çc][ãa]o|posi[çc][ãa]o|coisa|trabalho)\b",
            r"\bqualquer (?:vaga|cargo|fun[çc][ãa]o|posi[çc][ãa]o|trabalho),? (?:mesmo|seja qual"
            r" for|n[ãa]o importa)\b",
            r"\bdispon[íi]vel (?:a qualquer hora|24 ?h(?:oras)?|dia e noite|o tempo todo"
            r"|inclusive (?:nos |aos )?fins? de semana)\b",
        ),
        examples=(
            Example.bad("Aceitaria um salário menor, se isso mudar alguma coisa."),
            Example.bad("Posso até trabalhar de graça por um mês para provar meu valor."),
            Example.bad("Aceito qualquer vaga na empresa."),
            Example.good("Teria interesse em participar de um futuro processo seletivo."),
            Example.good("Fico à disposição para o que precisar."),
        ),
    ),
    Rule(
        id="desperation.self_undermining",
        kind="existence",
        severity="warning",
        message="May read as defensive: it names the very impression it hopes to avoid.",
        rationale='"Não quero parecer amargurado" makes the reader look for bitterness.',
        tags=("desperate",),
        patterns=(
            r"\b(?:dor de cotovelo|recalque|recalcad[oa]|choro de perdedor|mimimi)\b",
            r"\bn[ãa]o (?:quero|gostaria de|queria) (?:que (?:isso|este e-?mail|esta mensagem"
            r"|isto) )?(?:parecer|soar|pare[çc]a|soe) (?:\w+ )?(?:amarg|desesperad|ressentid"
            r"|mal-agradecid|chat|carente|insistente|pegajos|grudent)\w*",
            r"\bsei que (?:isso |isto )?(?:pode |vai |deve )?(?:soar|parecer) (?:\w+ )?"
            r"(?:desesperad|amarg|ressentid|pat[ée]tic|carente|insistente|lou[cq])\w*",
        ),
        examples=(
            Example.bad("Espero que isso não seja visto como dor de cotovelo."),
            Example.bad("Não quero parecer amargurada, mas fiquei surpresa."),
            Example.bad("Sei que isso pode soar desesperado."),
            Example.good("Fiquei feliz em saber mais sobre os planos da equipe."),
        ),
    ),
)
