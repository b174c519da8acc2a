"""Over-apologising, self-deprecation and oversharing."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="apology.count",
        kind="occurrence",
        severity="warning",
        message="May read as over-apologetic: more than one apology in the message.",
        rationale='One "lamento que no haya salido bien" is gracious; several sound like guilt.',
        tags=("apologetic",),
        patterns=(
            r"\blo siento\b",
            r"\bdisculp(?:e|en|a|as|o|eme|enme|ame|arme|as)\b",
            r"\b(?:mis|pido|pedir|ofrezco) disculpas\b",
            r"\bperd[oó]n\b",
            r"\bperd[oó]n(?:e|en|a|eme|enme|ame)\b",
            r"\b(?:siento|lamento) (?:mucho )?(?:molestar\w*|las molestias|la molestia|insistir"
            r"|escribir(?:le|te|les)? de nuevo|la extensi[oó]n)\b",
        ),
        max=1,
        examples=(
            Example.bad(
                "Disculpe la extensión del correo. Le pido perdón si está fuera de lugar."
            ),
            Example.good("Lamento que esta vez no haya salido bien."),
            Example.good("Siento no poder unirme al equipo, pero lo entiendo."),
        ),
    ),
    Rule(
        id="apology.for_time",
        kind="existence",
        severity="warning",
        message="May read as over-apologetic: apologising for taking their time.",
        rationale="They chose to spend the time; thank them for it instead.",
        suggestion="Gracias por su tiempo.",
        tags=("apologetic",),
        patterns=(
            r"\b(?:disculpe|disculpa|disculpen|perdone|perdona|perdonen|lo siento|siento|lamento"
            r"|pido disculpas|mis disculpas|perd[oó]n)\b[^.!?\n]{0,15}?\b(?:(?:las|cualquier)"
            r" molestias?|quitarle|quitarte|quitarles|robarle|robarte|robarles|hacerle perder"
            r"|hacerte perder|molestar\w*|importunar\w*|la extensi[oó]n|lo largo|volver a"
            r" escribir|insistir|este correo|este mensaje|(?:su|tu|vuestro) tiempo)\b",
        ),
        examples=(
            Example.bad("Disculpe por quitarle tanto tiempo."),
            Example.bad("Siento molestarle de nuevo con esto."),
            Example.good("Gracias por el tiempo que me dedicó."),
            Example.good("Siento no poder unirme al equipo, pero comprendo la decisión."),
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
            r"\bno (?:era|fui|soy|estaba|estoy|estuve) (?:lo )?(?:suficientemente|bastante"
            r"|lo bastante|tan) (?:buen[oa]|brillante|preparad[oa]|cualificad[oa]|calificad[oa]"
            r"|capaz|fuerte|experimentad[oa]|list[oa]|s[oó]lid[oa])\b",
            r"\bs[eé] que no (?:soy|era|estoy|estaba|estuve) (?:el mejor|la mejor|a la altura"
            r"|lo bastante|suficiente|perfect[oa]|preparad[oa])\b",
            r"\b(?:soy|me siento) (?:un|una) (?:fracasad[oa]|in[uú]til|desastre|idiota|perdedor"
            r"|perdedora|fracaso)\b",
            r"\bno (?:deber[ií]a|deb[ií]) haber(?:me)? (?:presentado|postulado|enviado mi"
            r" candidatura|molestado)\b",
            r"\b(?:siento|lamento|perd[oó]n por|disculpe|disculpen) (?:no haber estado|no estar"
            r"|no ser|no haber sido) (?:a la altura|lo que (?:buscaban|buscaba|buscabas"
            r"|esperaban|esperaba|esperabas)|suficiente)\b",
        ),
        examples=(
            Example.bad("Sé que no estaba a la altura de un equipo como el suyo."),
            Example.bad("Siento no haber sido lo que buscaban."),
            Example.good("Aprendí mucho de la prueba técnica."),
            Example.good("Siento no poder unirme al equipo, pero lo entiendo."),
        ),
    ),
    Rule(
        id="emotion.oversharing",
        kind="existence",
        severity="warning",
        message="May read as oversharing: strong feelings about the decision.",
        rationale="One sentence of mild disappointment is gracious; distress makes them uneasy.",
        patterns=(
            r"\b(?:destrozad[oa]|devastad[oa]|desolad[oa]|deshech[oa]|desconsolad[oa]"
            r"|hech[oa] polvo|hech[oa] pedazos)\b",
            r"\b(?:con el coraz[oó]n roto|me (?:ha|has|han) roto el coraz[oó]n|me rompi[oó] el"
            r" coraz[oó]n)\b",
            r"\b(?:llor[eé]|he llorado|estuve llorando|no paro de llorar|me puse a llorar"
            r"|no (?:pude|puedo|he podido) dormir)\b",
            r"\bme (?:ha |han |has )?(?:arruinad[oa]|arruin[oó]|fastidiad[oa]|amargad[oa])"
            r" (?:el d[ií]a|la semana|el fin de semana|el mes|el año)\b",
            r"\b(?:estoy|me siento|me sent[ií]|qued[eé]) (?:muy |tan |realmente |profundamente"
            r" )?(?:dolid[oa]|furios[oa]|indignad[oa]|rabios[oa]|hundid[oa]|enfadad[oa]"
            r"|enojad[oa]|herid[oa])\b",
        ),
        examples=(
            Example.bad("Sinceramente, me quedé destrozada al leer su correo."),
            Example.bad("Esta noticia me ha arruinado la semana."),
            Example.good("La noticia me decepciona, claro, pero lo entiendo."),
            Example.good("Lamento que esta vez no haya salido bien."),
        ),
    ),
)
