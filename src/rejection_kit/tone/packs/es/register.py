"""Register: usted and tú mixed in one message, and chat slang."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit
from rejection_kit.tone._rule import Example, Rule

__all__ = ["FORMAL", "INFORMAL", "RULES", "mixed_address"]

#: Unambiguous marks of usted: the pronoun and the formulas that only address usted.
#: "su", "le" and third-person verbs are left out: they also speak of a third person.
#: "ustedes" is left out too: in Latin America it is the plural of tú as well.
FORMAL = re.compile(
    r"\b(?:usted|Ud|Vd)\b(?!es)"
    r"|\b(?:le|se lo|se la) (?:agradezco|agradecer[ií]a|escribo|ruego)\b"
    r"|\bno dude en\b|\ba su (?:entera )?disposici[oó]n\b"
    r"|\b(?:disc[uú]lpeme|perd[oó]neme|cu[ií]dese|d[ií]game|av[ií]seme|escr[ií]bame"
    r"|ll[aá]meme|cu[eé]nteme|h[aá]game|salude)\b",
    re.IGNORECASE,
)
#: Unambiguous marks of tú (and vos): pronouns, possessives and second-person forms.
#: "ti" only in lower case after a preposition ("TI" is information technology).
INFORMAL = re.compile(
    r"\b(?:t[uú]|tus|te|contigo|tuy[oa]s?|vos)\b"
    r"|\b(?:a|para|de|en|por|sin|contra|hacia|sobre|ante|entre) (?-i:ti)\b"
    r"|\b(?:puedes|puedas|podr[ií]as|pudieras|quieres|quieras|quisieras|tienes|tengas"
    r"|tendr[ií]as|tuvieras|eres|seas|ser[ií]as|est[aá]s|est[eé]s|estar[ií]as|sabes|sepas"
    r"|hayas|vas|vayas|necesitas|crees|sigues|sigas|pienses|hiciste|dijiste|elegiste"
    r"|decidiste|contrataste|dedicaste|compartiste|mencionaste|comentaste|podr[aá]s"
    r"|cu[ií]date|dime|av[ií]same|escr[ií]beme|ll[aá]mame|cu[eé]ntame|hazme|saluda"
    r"|perd[oó]name|disc[uú]lpame)\b"
    r"|\bhas (?=\w+(?:ado|ido|to|cho|so)\b)",
    re.IGNORECASE,
)


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Flag the marks of whichever address is in the minority (usted or tú)."""
    text = doc.flat
    formal = [m.span() for m in FORMAL.finditer(text) if not doc.in_quote(*m.span())]
    if not formal:
        return
    informal = [m.span() for m in INFORMAL.finditer(text) if not doc.in_quote(*m.span())]
    if not informal:
        return
    if len(formal) != len(informal):
        odd = formal if len(formal) < len(informal) else informal
    else:
        odd = formal if formal[0][0] > informal[0][0] else informal
    for start, end in odd:
        yield Hit(start=start, end=end)


RULES: tuple[Rule, ...] = (
    Rule(
        id="formality.mixed_address",
        kind="consistency",
        severity="error",
        message="May read as careless: it mixes usted and tú in one message.",
        rationale="Switching between usted and tú within one message reads as a pasted draft.",
        suggestion="Use usted (su, le) or tú (tu, te) throughout.",
        tags=("formal", "informal"),
        check=mixed_address,
        examples=(
            Example.bad("Le agradezco su tiempo. Espero que tú y tu equipo tengan un buen año."),
            Example.bad("Gracias por tu llamada. Quedo a su disposición para lo que necesite."),
            Example.bad("Fue un placer hablar con usted; te deseo lo mejor."),
            Example.good("Le agradezco su tiempo y le deseo mucho éxito, a usted y a su equipo."),
            Example.good("Te agradezco tu tiempo y te deseo mucho éxito, a ti y a tu equipo."),
            Example.good("Fue un placer hablar con usted y con el equipo de TI."),
            Example.good(
                "Gracias por tu tiempo. Espero que a ustedes, en el equipo, les vaya muy bien."
            ),
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
            r"\b(?:ja(?:ja)+|je(?:je)+|xd+|xq|porfa|tqm|bss|bsos|besit\w*|finde"
            r"|wey|g[uü]ey|boludo|parcero|chaval)\b",
        ),
        examples=(
            Example.bad("Gracias por avisar, jajaja, ya me lo imaginaba."),
            Example.good("Gracias también por las risas a cuenta de la cafetera de la oficina."),
        ),
    ),
)
