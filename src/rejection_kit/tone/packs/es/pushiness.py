"""Pushiness: demanding reasons, comparing with the winner, asks and contact cadence."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.es._common import ASK_VERB, SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="pushiness.demands_explanation",
        kind="existence",
        severity="error",
        message="May read as demanding an explanation.",
        rationale="Feedback is a favour; framed as owed, it will not be given.",
        suggestion=(
            "Si pudiera compartir alguna valoración, se lo agradecería; entiendo"
            " perfectamente si no es posible."
        ),
        tags=("pushy",),
        patterns=(
            r"\b(?:merezco|me merezco|exijo|tengo derecho a|insisto en|requiero|me deben|me deben"
            r" al menos) (?:una |un |la |el |unas |unos |al menos una |al menos un )?(?:\w+ )?"
            r"(?:explicaci[oó]n|respuesta|motivos?|razones?|justificaci[oó]n|valoraci[oó]n"
            r"|comentarios)\b",
            r"\b(?:exijo|exigirles|exigirle|exigirte|insisto en) que (?:me )?(?:expliquen|explique"
            r"|expliques|digan|diga|digas|env[ií]en|env[ií]e|den|d[eé])\b",
            r"\bnecesito (?:saber|entender|que me (?:expliquen|explique|expliques|digan|diga"
            r"|digas)) (?:exactamente |con detalle )?(?:por qu[eé]|qu[eé] (?:fall[oó]|hice mal"
            r"|sali[oó] mal)|el motivo|los motivos)\b",
            r"\b"
            + ASK_VERB
            + r" (?:exactamente |con detalle |claramente |ahora )?(?:por qu[eé]|qu[eé]"
            r" (?:fall[oó]|hice mal|sali[oó] mal)|los motivos|el motivo)\b",
            r"\b(?:env[ií]enme|env[ií]eme|env[ií]ame|m[aá]ndenme|m[aá]ndeme|m[aá]ndame"
            r"|h[aá]ganme llegar|h[aá]game llegar|hazme llegar) (?:\w+ ){0,3}(?:valoraci[oó]n"
            r"|valoraciones|comentarios|motivos|evaluaci[oó]n|evaluaciones|informe|notas"
            r"|puntuaci[oó]n|puntuaciones)\b",
            r"\bquiero (?:saber (?:por qu[eé]|el motivo|los motivos|qu[eé] (?:fall[oó]|sali[oó]"
            r" mal|hice mal))|una (?:explicaci[oó]n|respuesta)|respuestas|explicaciones)\b",
        ),
        exceptions=(
            r"\b(?:podr[ií]a|podr[ií]an|podr[ií]as|pudiera|pudieran|pudieras|puede|pueden"
            r"|puedes) (?:usted )?(?:decirme|explicarme|indicarme|contarme|compartir)\b",
        ),
        examples=(
            Example.bad("Después de cuatro entrevistas, merezco una explicación."),
            Example.bad("Envíenme las valoraciones detalladas de cada entrevistador."),
            Example.bad("Dígame exactamente por qué me descartaron."),
            Example.good(
                "Si pudiera compartir conmigo alguna valoración sobre mis entrevistas, se lo"
                " agradecería; entiendo perfectamente si no es posible."
            ),
            Example.good("Le agradecería cualquier comentario que pueda compartir conmigo."),
        ),
    ),
    Rule(
        id="pushiness.questions_decision",
        kind="existence",
        severity="warning",
        message="May read as challenging the decision with a pointed question.",
        rationale='A direct "¿por qué yo no?" asks them to defend the choice.',
        tags=("pushy",),
        patterns=(
            r"(?:¿\s*|"
            + SENTENCE_START
            + r")Por qu[eé] (?:no )?(?:me |se me |fui |he sido |no fui )?(?:eligi\w*|elegi\w*"
            r"|escog\w*|descart\w*|rechaz\w*|prefiri\w*|prefer\w*|contrat\w*|seleccion\w*"
            r"|avanc[eé]|pas[eé]|quedaron|qued[eé]|dejaron)\b[^.!?\n]{0,80}\?",
            r"\b(?:qu[eé]|en qu[eé]) (?:es lo que )?(?:hice|he hecho|hicimos) mal\b",
            r"\ben qu[eé] (?:me equivoqu[eé]|fall[eé])\b",
        ),
        examples=(
            Example.bad("¿Por qué no me eligieron para la ronda final?"),
            Example.bad("¿Qué hice mal en la presentación?"),
            Example.good("Me pareció muy sensato lo que comentó sobre por qué eligieron dbt."),
            Example.good(
                "Si pudiera indicarme algún aspecto en el que mejorar, se lo agradecería mucho."
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
            r"(?:\bsaber|\bdecirme|\bd[ií]game|\bd[ií]ganme|\bdime|\bcontarme|\bpregunt\w*|¿)"
            r"\s*(?:a )?qui[eé]n (?:\w+ )?(?:contrat\w*|eligi\w*|elegi\w*|escog\w*|seleccion\w*"
            r"|se qued[oó] con|consigui[oó]|obtuvo|se llev[oó])",
            r"\bqu[eé] (?:ten[ií]a|tiene|aport\w*|ofrec\w*) (?:esa persona|[eé]l|ella"
            rf"|{WINNER}) que (?:yo )?no\b",
            r"\b(?:comparaci[oó]n|compar\w*)\b[^.!?\n]{0,40}?\b(?:con|frente a) " + WINNER,
            r"\b(?:el perfil|la experiencia|el curr[ií]culum|el CV|la formaci[oó]n|las"
            r" cualificaciones|los m[eé]ritos) de " + WINNER,
            r"\ben qu[eé] (?:me super[oó]|era mejor|fue mejor)\b",
        ),
        examples=(
            Example.bad("¿Podría decirme a quién han contratado finalmente?"),
            Example.bad("¿Qué tenía la persona elegida que yo no tenga?"),
            Example.bad("Me gustaría ver una comparación con la persona que contrataron."),
            Example.good("Les deseo mucho éxito a usted y a la nueva incorporación."),
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
            r"\b(?:recomendarme|referirme|derivarme|presentarme|ponerme en contacto|pasar mi"
            r" (?:cv|curr[ií]culum|perfil|nombre)|reenviar mi (?:cv|curr[ií]culum|perfil))"
            r" (?:\w+ ){0,2}(?:a|con|para|en|ante) (?:otr[oa]s?|alg[uú]n|alguna|alguien|sus"
            r" contactos|tus contactos|su red|tu red|empresas|gente)\b",
            r"\b(?:conoce|conoces|conocen|sabe|sabes|saben) (?:de )?(?:alguna|alguien|alg[uú]n"
            r"|otras?|otros) (?:empresas?|compañ[ií]as?|equipos?|vacantes?|puestos?|reclutador\w*"
            r"|contactos?|persona)?\b[^.!?\n]{0,40}?\b(?:buscando|contratando|que (?:busque"
            r"|est[eé]|necesite|pueda|tenga))",
            r"\b(?:hay|tienen|tiene|tienes) (?:alguna|alg[uú]n|otras?|otros) (?:vacantes?|puestos?"
            r"|posici[oó]n|posiciones|oportunidad|oportunidades)\b[^.!?\n]{0,40}?\b(?:me )?"
            r"(?:pueda|puedan|puedas|podr[ií]a|podr[ií]an|podr[ií]as) (?:recomendar|orientar"
            r"|dirigir|derivar|presentar|proponer)",
            r"\b(?:orientarme|dirigirme|derivarme|redirigirme) (?:hacia|a) (?:otr[oa]s?|alg[uú]n"
            r"|alguna)\b",
            r"\b(?:decir|poner|echar) una buena palabra\b",
            r"\b(?:hablar bien de m[ií]|interceder por m[ií])\b",
        ),
        examples=(
            Example.bad("¿Podría recomendarme a otro equipo que esté contratando?"),
            Example.bad("¿Tienen otras vacantes a las que me puedan orientar?"),
            Example.bad("¿Conoce alguna empresa que esté buscando analistas?"),
            Example.good("Le agradecería que me tuviera presente para futuros puestos."),
            Example.good(
                "Con mucho gusto le facilitaría el contacto de Luis Gómez, que dirigió una"
                " migración parecida."
            ),
            Example.good("Acepto con gusto su invitación a volver a presentarme."),
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
            r"\b(?:escrib\w*|llam\w*|contact\w*|consult\w*|pregunt\w*|seguimiento|insist\w*)"
            r"\b[^.!?\n]{0,25}?\b(?:cada (?:d[ií]a|semana|lunes|martes|mi[eé]rcoles|jueves"
            r"|viernes|pocos d[ií]as|dos d[ií]as)|todas las semanas|todos los d[ií]as"
            r"|semanalmente|a diario)\b",
            r"\b(?:correos?|llamadas?|mensajes?|seguimientos?) (?:semanales|diari[oa]s)\b",
        ),
        examples=(
            Example.bad("Le escribiré cada semana para ver si algo ha cambiado."),
            Example.bad("Cuente con llamadas semanales por mi parte."),
            Example.good("Le escribiré dentro de unos meses para contarle mis novedades."),
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
            r"\b(?:seguir[eé]|continuar[eé]) (?:insistiendo|escribiendo|llamando|contactando"
            r"|preguntando)\b",
            r"\b(?:responda|respondan|responde|conteste|contesten|contesta|confirme|confirmen"
            r"|confirma|av[ií]seme|av[ií]senme|av[ií]same)\b[^.!?\n]{0,25}?\b(?:antes del?"
            r"|a m[aá]s tardar|como muy tarde|en un plazo|hoy|mañana|el lunes|el martes"
            r"|el mi[eé]rcoles|el jueves|el viernes)\b",
            r"\b(?:necesito|espero) (?:una )?respuesta (?:antes|hoy|mañana|cuanto antes|urgente)",
            r"\b(?:lo antes posible|cuanto antes|con urgencia|urgentemente)\b",
            r"\b(?:les|le|te|os) (?:llamar[eé]|escribir[eé]) (?:mañana|la semana que viene"
            r"|la pr[oó]xima semana|el lunes|el viernes|en unos d[ií]as|dentro de unos d[ií]as"
            r"|pasado mañana)\b",
        ),
        examples=(
            Example.bad("Por favor, responda antes del viernes."),
            Example.bad("Seguiré insistiendo hasta tener una respuesta."),
            Example.good("No hace falta que me responda; solo quería darle las gracias."),
        ),
    ),
)
