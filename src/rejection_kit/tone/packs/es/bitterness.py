"""Bitterness, sarcasm, threats and public complaints: the notes that burn bridges."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.es._common import SENTENCE_START, WINNER

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="bitterness.disputes_decision",
        kind="existence",
        severity="error",
        message="May read as disputing the decision.",
        rationale="Relitigating a rejection closes the door the note is meant to keep open.",
        suggestion='Acepte la decisión: "Lo entiendo, y le agradezco que me lo haya comunicado."',
        tags=("bitter",),
        patterns=(
            r"\bno (?:\w+ )?(?:entiendo|comprendo|me explico|logro (?:entender|comprender)"
            r"|consigo (?:entender|comprender)|acabo de (?:entender|comprender)) (?:por qu[eé]"
            r"|c[oó]mo|en qu[eé]) ",
            r"\b(?:cre[ií]a|pensaba|pens[eé]|estaba (?:convencid[oa]|segur[oa])|daba por hecho)"
            r" (?:de )?que (?:yo )?(?:era|ser[ií]a|encajaba|cumpl[ií]a|mi perfil|mis \w+|mi \w+)"
            r"\b[^.!?\n]{0,40}?\b(?:perfect\w*|ideal|encaj\w*|adecuad\w*|mejor|id[oó]ne\w*"
            r"|requisitos)\b",
            r"\b(?:claramente|sin duda|obviamente|evidentemente|con diferencia)"
            r" (?:era |soy |fui )?"
            r"(?:el|la) (?:candidat[oa] |persona |opci[oó]n )?(?:m[aá]s (?:cualificad[oa]"
            r"|calificad[oa]|preparad[oa]|adecuad[oa]|complet[oa])|mejor (?:candidat[oa]|opci[oó]n"
            r"|perfil))\b",
            r"\b(?:era|soy|estaba|estoy) (?:mucho |bastante |claramente |muy )?(?:m[aá]s|mejor)"
            r" (?:cualificad[oa]|calificad[oa]|preparad[oa]|adecuad[oa])\b",
            r"\b(?:han|ha|has|hab[eé]is|hayan|haya) (?:cometido|tomado) (?:un |una )?(?:\w+ )?"
            r"(?:error|equivocaci[oó]n|mala decisi[oó]n)\b",
            r"\b(?:se han|se ha|te has|os hab[eé]is) equivocado\b",
            r"\b(?:decisi[oó]n|elecci[oó]n) (?:\w+ )?(?:equivocad\w*|err[oó]ne\w*|injust\w*"
            r"|incomprensible)\b",
            r"\b(?:mala|p[eé]sima|injusta) (?:decisi[oó]n|elecci[oó]n)\b",
            r"\bno (?:estoy de acuerdo|comparto) (?:con )?(?:su|tu|la|esta|esa|vuestra) "
            r"(?:decisi[oó]n|valoraci[oó]n|evaluaci[oó]n|conclusi[oó]n|elecci[oó]n)\b",
            r"\b(?:recurrir|impugnar|cuestionar|rebatir|apelar|discutir) (?:\w+ )?(?:su|tu|la|esta"
            r"|esa) (?:decisi[oó]n|valoraci[oó]n|elecci[oó]n|evaluaci[oó]n)\b",
            r"\b(?:pasaron|pas[oó]|pasaste|han pasado|ha pasado|has pasado) por alto (?:mi|mis"
            r"|que)\b",
            r"\bno (?:tuvieron|tuvo|tuviste|han tenido|ha tenido) en cuenta (?:mi|mis|que)\b",
            r"\b(?:le|te|les|os) recuerdo que\b",
            r"\bc[oó]mo (?:pudieron|pudo|pudiste|es posible que) (?:no )?(?:elegir|escoger"
            r"|rechaz\w*|descart\w*|prefer\w*|pasar por alto)",
        ),
        exceptions=(r"\berror (?:por mi parte|m[ií]o)\b",),
        examples=(
            Example.bad("No entiendo por qué no encajo en este puesto."),
            Example.bad("Pensaba que mi perfil encajaba perfectamente con el equipo."),
            Example.bad("Claramente era la persona más cualificada de todo el proceso."),
            Example.bad("Creo que han cometido un error al elegir a otra persona."),
            Example.bad("Le recuerdo que tengo ocho años de experiencia con dbt."),
            Example.good("Aunque la noticia me decepciona, entiendo y respeto su decisión."),
            Example.good("Entiendo que el equipo necesitaba más experiencia con dbt."),
            Example.good("Sigo pensando que podría aportar mucho en un puesto futuro."),
            Example.good(
                "Si pudiera compartir conmigo alguna valoración, se lo agradecería; entiendo"
                " perfectamente si no es posible."
            ),
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
            r"\bp[eé]rdida de tiempo\b",
            r"\b(?:me )?(?:hicieron|han hecho|hizo|ha hecho|hiciste|has hecho) perder (?:el|mi"
            r"|tanto) tiempo\b",
            r"\b(?:desorganizad\w*|poco profesional\w*|falta de profesionalidad|falta de respeto"
            r"|irrespetuos\w*|vergonzos\w*|una verg[uü]enza|maleducad\w*|groser[oa]s?)\b",
            r"\b(?:ya|desde el principio|desde el primer d[ií]a) (?:ten[ií]an|ten[ií]a|ten[ií]as"
            r"|hab[ií]an (?:elegido|decidido)|hab[ií]a (?:elegido|decidido)) (?:a )?(?:alguien"
            r"|otra persona|un candidato|una candidata|un favorito|una favorita|a su candidat"
            r"[oa])\b",
            r"\bten[ií]an? (?:ya )?(?:a )?(?:alguien|otra persona) en mente\b",
            r"\bnunca (?:pensaron|pens[oó]|pensaste|tuvieron|tuvo|tuviste) (?:en )?(?:contratarme"
            r"|elegirme|la intenci[oó]n de contratarme|intenci[oó]n de contratarme)\b",
            r"\b(?:el proceso|las entrevistas|la entrevista|el proceso de selecci[oó]n) (?:fue"
            r"|fueron|ha sido|han sido|es|son|era|eran) (?:\w+ ){0,2}(?:un desastre|una farsa"
            r"|un caos|un chiste|una broma|una tomadura de pelo|injust\w+|amañad\w+|ca[oó]tic\w+"
            r"|absurd\w+|rid[ií]cul\w+|una p[eé]rdida)\b",
            r"\b(?:enchufismo|enchufad[oa]s?|amiguismo|tongo)\b",
            r"\bqu[eé] (?:casualidad|conveniente|t[ií]pico)\b",
        ),
        exceptions=(
            r"\b(?:no|nunca|en absoluto|ni mucho menos|lejos de) (?:\w+ ){0,3}(?:una )?"
            r"p[eé]rdida de tiempo\b",
            r"\bno (?:quiero|quisiera|pretendo) (?:faltar(?:le|te|les)? al respeto|ser "
            r"grosero|ser grosera)\b",
        ),
        examples=(
            Example.bad("Sinceramente, todo el proceso ha sido una pérdida de tiempo."),
            Example.bad("Está claro que ya tenían a alguien en mente antes de conocerme."),
            Example.bad("Las entrevistas fueron un caos de principio a fin."),
            Example.good("Las entrevistas estuvieron muy bien organizadas y aprendí mucho."),
            Example.good("No fue en absoluto una pérdida de tiempo: aprendí muchísimo."),
            Example.good(
                "Como no he vuelto a recibir noticias, supongo que el proceso ha seguido"
                " adelante con otra persona."
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
            rf"\b{WINNER} (?:es|era|será|sea|está) (?:claramente |obviamente |mucho )?(?:menos"
            r" (?:cualificad|calificad|preparad|experimentad|capaz)\w*|peor)\b",
            r"\bmenos (?:cualificad|calificad|preparad)\w* que yo\b",
            r"\b(?:un|una) (?:candidat[oa]|persona|perfil|opci[oó]n) m[aá]s (?:barat[oa]|joven)\b",
            r"\bcontrat\w* a alguien m[aá]s (?:barat[oa]|joven)\b",
            rf"\bcuando {WINNER} (?:fracase|falle|se vaya|renuncie|dimita|no funcione|no d[eé] la"
            r" talla|no rinda|se queme|lo deje|meta la pata)\b",
            r"\bcuando (?:fracase|falle|se vaya|renuncie|dimita|no funcione|no d[eé] la talla"
            rf"|no rinda|se queme|lo deje|meta la pata) {WINNER}",
            rf"\b{WINNER} no (?:va a (?:durar|aguantar|funcionar)|durar[aá]|aguantar[aá]"
            r"|dar[aá] la talla)\b",
            r"\bporque (?:es|era) (?:amig[oa]|conocid[oa]|familiar|pariente|hij[oa]|sobrin[oa])"
            r" de\b",
            r"\bel candidato interno (?:de siempre|desde el principio)\b",
        ),
        examples=(
            Example.bad("Llámeme cuando la persona que contrataron no dé la talla."),
            Example.bad("Por lo que me han dicho, se fueron a por una candidata más barata."),
            Example.good(
                "Si surge otra vacante —o si con la persona elegida las cosas no salen bien—,"
                " me seguiría encantando formar parte del equipo."
            ),
            Example.good(
                "Si la persona que contrataron no termina de encajar, me encantaría incorporarme."
            ),
            Example.good("Les deseo mucho éxito a usted y a la nueva incorporación."),
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
            r"\bsuerte (?:encontrando|para encontrar|buscando|en encontrar|al buscar) (?:a )?"
            r"(?:alguien|otra persona|un candidato|una candidata|otr[oa]|sustitut[oa])(?: \w+)?"
            r" (?:mejor|igual|tan buen[oa]|como yo|m[aá]s cualificad\w*|a mi altura)\b",
            r"\b(?:seguro|estoy segur[oa]|seguramente|sin duda) (?:de )?que "
            + WINNER
            + r" (?:es|será|sea|lo hará) (?:\w+ )?(?:genial|perfect\w*|maravillos\w*"
            r"|estupend\w*|much[ií]simo mejor|mucho mejor|mejor|brillante|fant[aá]stic\w*"
            r"|ideal)\b",
            SENTENCE_START
            + r"(?:Vale|Genial|Perfecto|Estupendo|En fin|Pues nada|Lo que sea|Ya veo|Qu[eé]"
            r" bien)[.!]",
            r"\bgracias por nada\b",
            r"\b(?:usted|ustedes|vosotros|t[uú]) se lo pierde\w*\b",
            r"\b(?:es|ser[aá]|ha sido) (?:su|tu|vuestra) p[eé]rdida\b",
            r"\b(?:vaya|qu[eé]) (?:broma|chiste|tomadura de pelo)\b",
            r"\b(?:por lo visto|al parecer|parece ser que|evidentemente|obviamente|est[aá] claro"
            r" que) (?:yo )?no (?:era|soy|fui|estaba|estuve) (?:lo (?:bastante|suficientemente)"
            r" (?:buen[oa]|brillante)|suficiente|lo que (?:buscaban|buscaba|buscabas|esperaban"
            r"|esperaba|quer[ií]an)|el perfil|la persona adecuada|a la altura)\b",
            r"\b(?:suerte|mucha suerte|buena suerte) con eso\b",
            r"\benhorabuena por (?:\w+ ){0,3}(?:conformarse|conformaros|la opci[oó]n barata"
            r"|lo mediocre|elegir lo f[aá]cil)\b",
        ),
        examples=(
            Example.bad("Suerte encontrando a alguien mejor."),
            Example.bad("Seguro que la persona que eligieron es genial."),
            Example.bad("Vale. Gracias por avisar, supongo."),
            Example.bad("Por lo visto no era lo que buscaban."),
            Example.good("Mucha suerte con el lanzamiento del producto el mes que viene."),
            Example.good("Seguro que el equipo hará grandes cosas este año."),
            Example.good("Entiendo perfectamente que no puedan compartir comentarios."),
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
            r"\b(?:se|te|os) (?:va|van|vas|vais) a arrepentir\b",
            r"\bse arrepentir[aá]n?\b",
            r"\b(?:lo|se lo) (?:van a lamentar|lamentar[aá]n?)\b",
            r"\b(?:me ir[eé]|me voy|llevar[eé] (?:mi|mis) \w+|ofrecer[eé] (?:mis|mi) \w+)"
            r" (?:\w+ ){0,3}(?:a |con )?la competencia\b",
            r"\bla competencia (?:estar[aá] encantad|me contratar[aá]|me recibir[aá]|sabr[aá]"
            r" valorar)",
            r"\b(?:su|tu) (?:jef[ea]|superior|director[a]?|responsable|gerente|CEO|direcci[oó]n)"
            r" (?:se (?:va a enterar|enterar[aá])|sabr[aá]|tendr[aá] noticias)\b",
            r"\b(?:hablar[eé]|escribir[eé]|me pondr[eé] en contacto|contactar[eé]|informar[eé]"
            r"|acudir[eé]|me quejar[eé]) (?:directamente )?(?:con |a )?(?:su|tu|el|la|los|las)"
            r" (?:jef\w*|superior\w*|director\w*|CEO|direcci[oó]n|recursos humanos|RR\.? ?HH)",
            r"\b(?:acciones legales|medidas legales|mi abogad[oa]|demandar(?:les|te|los|las)?"
            r"|denunciar(?:les|te|los|las)|los tribunales)\b",
            r"\bno ser[aá] la [uú]ltima vez que (?:sepan|sepa|sepas|sep[aá]is) de m[ií]\b",
            r"\b(?:recuerde|recuerden|recuerda) (?:bien )?mis palabras\b",
        ),
        examples=(
            Example.bad("Se van a arrepentir de esta decisión."),
            Example.bad("Me iré con mis conocimientos a la competencia."),
            Example.bad("Su jefe se va a enterar de cómo se ha gestionado esto."),
            Example.good("Seguiré con interés el trabajo del equipo."),
            Example.good("Le ruego que transmita también mi agradecimiento a su directora."),
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
            r"\b(?:publicar\w*|contar\w*|compartir\w*|denunciar\w*|escribir\w*|difundir\w*"
            r"|hablar\w*)\b[^.!?\n]{0,40}?\b(?:esta experiencia|mi experiencia|lo ocurrido"
            r"|lo que ha pasado|lo que pas[oó]|el proceso|su empresa|tu empresa|la empresa"
            r"|esto|ustedes)\b[^.!?\n]{0,30}?\b(?:en|por) (?:LinkedIn|Twitter|Facebook|Glassdoor"
            r"|Reddit|Instagram|TikTok|Indeed|(?:las )?redes(?: sociales)?|internet|mi blog)\b",
            r"\b(?:dejar\w*|escribir\w*|publicar\w*|poner\w*) (?:una |mi )?(?:\w+ )?(?:rese[ñn]a"
            r"|opini[oó]n|valoraci[oó]n|cr[ií]tica)(?: \w+)? (?:en|sobre|de)"
            r" (?:Glassdoor|Indeed|Google|internet|la empresa|su empresa|tu empresa|ustedes)\b",
            r"\b(?:mi red|mis contactos|mis seguidores|todo el mundo|el sector|la gente)"
            r" (?:deber[ií]a|merece|tiene que|va a|tendr[aá] que) (?:saber|enterarse|conocer)\b",
            r"\b(?:hacer(?:lo)?|har[eé]) p[uú]blico\b",
            r"\bdejar(?:les|te|los|las)? en evidencia\b",
        ),
        examples=(
            Example.bad("Pienso contar esta experiencia en LinkedIn."),
            Example.bad("Dejaré una reseña sincera en Glassdoor."),
            Example.bad("Mi red merece saber cómo tratan a las candidaturas."),
            Example.good("Me encantaría conectar en LinkedIn y seguir en contacto."),
            Example.good("Leí con interés las publicaciones del equipo sobre la migración a dbt."),
        ),
    ),
)
