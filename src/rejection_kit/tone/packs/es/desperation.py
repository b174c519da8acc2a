"""Desperation: pleading, asking them to reconsider, discounting yourself."""

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
            r"\bnecesito (?:\w+ ){0,2}(?:este|ese|el|un) (?:trabajo|empleo|puesto|sueldo|salario"
            r"|contrato|dinero)\b",
            r"\bnecesito (?:much[ií]simo |desesperadamente |de verdad )?"
            r"(?:esto|esta oportunidad)\b",
            r"\bhar[ií]a (?:lo que fuera|lo que sea|cualquier cosa|todo lo posible por entrar)\b",
            r"\bhar[eé] (?:lo que sea|cualquier cosa)\b",
            r"\b(?:le|te|les|os) (?:suplico|imploro)\b",
            r"\b(?:le|te|les|os) ruego (?:que )?(?:me (?:den|d[eé]|des|deis|contraten|contrate"
            r"|contrates|elijan|elija|elijas)|una oportunidad|otra oportunidad)\b",
            r"\bpor favor,? por favor\b",
            r"\bpor favor,? (?:d[eé]nme|deme|dame|contr[aá]tenme|contr[aá]teme|contr[aá]tame"
            r"|no (?:me )?descarten)\b",
            r"\b(?:es|eres|son|sois) mi (?:[uú]ltima|[uú]nica) (?:esperanza|oportunidad|opci[oó]n"
            r"|salida)\b",
            r"\bmi (?:familia|hij[oa]s?|alquiler|hipoteca|pareja) (?:depende|dependen|necesita)\b",
            r"\bno (?:me )?puedo permitir(?:me)? (?:perder|otro rechazo|quedarme sin)\b",
            r"\b(?:estoy|me siento) (?:tan |muy |realmente )?desesperad[oa]\b",
            r"\bno tengo (?:otra|ninguna otra|m[aá]s) (?:opci[oó]n|salida|alternativa)\b",
        ),
        examples=(
            Example.bad("Necesito de verdad este trabajo; mis ahorros se están acabando."),
            Example.bad("Haría lo que fuera por formar parte del equipo."),
            Example.bad("Por favor, por favor, denme una oportunidad de demostrarlo."),
            Example.good(
                "Me encantaría tener la oportunidad de trabajar con el equipo en el futuro."
            ),
            Example.good("Le agradecería que me tuviera presente para futuros puestos."),
            Example.good("Le ruego que transmita también mi agradecimiento a Lena Park."),
        ),
    ),
    Rule(
        id="desperation.reconsider",
        kind="existence",
        severity="error",
        message="May read as asking them to reverse the decision.",
        rationale="Most sources call asking to reconsider a mistake: the decision is made.",
        suggestion="Pida, en su lugar, que le tengan en cuenta para futuras vacantes.",
        tags=("desperate",),
        patterns=(
            r"\breconsider\w*",
            r"\brecapacit\w*",
            r"\b(?:replante\w*|revis\w*|reevalu\w*|cambi\w*|revert\w*|rectific\w*) (?:\w+ )?"
            r"(?:su|tu|la|esta|esa|vuestra) (?:decisi[oó]n|elecci[oó]n)\b",
            r"\bcambi\w* de (?:opini[oó]n|idea|parecer)\b",
            r"\b(?:d[eé]nme|deme|dame|darme|conced\w*|merezco|me merezco|pido|pedirles?|pedirte"
            r"|solicito|me dieran|me diera|me dieras) (?:\w+ )?(?:otra|una segunda|una [uú]ltima"
            r"|una nueva) (?:oportunidad|entrevista|ocasi[oó]n)\b",
            r"\b(?:hay|habr[ií]a|existe) (?:alguna|alg[uú]n|la) (?:forma|manera|posibilidad"
            r"|opci[oó]n|modo) (?:de )?(?:que )?[^.?!\n]{0,30}(?:todav[ií]a|a[uú]n|seguir en el"
            r" proceso|volver al proceso|contrat\w*|elegir\w*)",
        ),
        exceptions=(
            r"\b(?:para|en) (?:futur[oa]s|pr[oó]xim[oa]s|otr[oa]s) (?:vacantes|puestos"
            r"|oportunidades|procesos)\b",
        ),
        examples=(
            Example.bad("¿Podrían reconsiderar su decisión, por favor?"),
            Example.bad("Le pido una segunda oportunidad en la entrevista final."),
            Example.bad(
                "¿Hay alguna posibilidad de que todavía me tengan en cuenta para este puesto?"
            ),
            Example.good("Respeto su decisión y espero que nuestros caminos vuelvan a cruzarse."),
            Example.good("Me encantaría que se me tuviera en cuenta para futuras vacantes."),
            Example.good("Si surge una nueva oportunidad, me encantaría participar."),
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
            r"\b(?:salario|sueldo|remuneraci[oó]n|categor[ií]a) (?:m[aá]s )?(?:baj[oa]|inferior"
            r"|menor|reducid[oa])\b",
            r"\b(?:cobrar|ganar) menos\b",
            r"\btrabajar (?:gratis|sin cobrar|sin sueldo|de forma gratuita|gratuitamente)\b",
            r"\b(?:prueba|periodo de prueba|per[ií]odo de prueba|proyecto|pr[aá]cticas)"
            r" (?:gratis|gratuit[oa]s?|sin remunerar|no remunerad[oa]s?)\b",
            r"\b(?:aceptar[ií]a|acepto|me conformo con|me conformar[ií]a con|estoy dispuest[oa] a"
            r" aceptar) (?:cualquier|lo que sea|un puesto (?:inferior|m[aá]s junior|de menor))",
            r"\bdisponible (?:a cualquier hora|las 24 horas|en todo momento|d[ií]a y noche"
            r"|cuando (?:quieran|quiera|quieras))\b",
        ),
        examples=(
            Example.bad("Aceptaría un sueldo más bajo si eso cambia algo."),
            Example.bad("Podría incluso trabajar gratis un mes para demostrarlo."),
            Example.good("Me encantaría presentar mi candidatura a una futura vacante."),
        ),
    ),
    Rule(
        id="desperation.self_undermining",
        kind="existence",
        severity="warning",
        message="May read as defensive: it names the very impression it hopes to avoid.",
        rationale='"No quiero parecer resentido" makes the reader look for resentment.',
        tags=("desperate",),
        patterns=(
            r"\bno (?:quiero|quisiera|pretendo) (?:parecer|sonar|que (?:esto |esta nota |este"
            r" mensaje )?(?:suene|parezca|se tome como)) (?:a )?(?:un |una )?(?:resentid[oa]"
            r"|amargad[oa]|desesperad[oa]|mezquin[oa]|pesad[oa]|rencoros[oa]|mal perdedor"
            r"|mala perdedora|una pataleta|una queja)\b",
            r"\bs[eé] que (?:esto |esta nota |este mensaje )?(?:puede |podr[ií]a )?(?:sonar"
            r"|suena|parecer|parece) (?:\w+ )?(?:desesperad|resentid|pat[eé]tic|amargad|rar)\w*",
            r"\b(?:mal perdedor|mala perdedora|pataleta|las uvas est[aá]n verdes)\b",
        ),
        examples=(
            Example.bad("No quiero que esto suene a pataleta, pero me sorprendió."),
            Example.bad("Sé que esto puede sonar desesperado, pero sigo interesado."),
            Example.good("Me alegró conocer mejor los planes del equipo."),
        ),
    ),
)
