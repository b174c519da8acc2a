"""Spanish checks: usted and tú mixed in one message."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["mixed_address"]

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
    r"|tendr[ií]as|tuvieras|eres|seas|ser[ií]as|estás|est[eé]s|estar[ií]as|sabes|sepas"
    r"|hayas|vas|vayas|necesitas|crees|sigues|sigas|pienses|hiciste|dijiste|elegiste"
    r"|decidiste|contrataste|dedicaste|compartiste|mencionaste|comentaste|podr[aá]s"
    r"|cu[ií]date|dime|av[ií]same|escr[ií]beme|ll[aá]mame|cu[eé]ntame|hazme|saluda"
    r"|perd[oó]name|disc[uú]lpame)\b"
    # vos (Río de la Plata, Central America): its present and imperative forms
    # ("necesitás", "tenés", "contá conmigo", "avisame"); an accent-less form is either
    # vos or tú, informal all the same, but "mira", "hace" also speak of a third person.
    r"|\b(?:(?-i:sos)|necesit[aá]s|ten[eé]s|pod[eé]s|quer[eé]s|sab[eé]s|ven[ií]s|dec[ií]s"
    r"|hac[eé]s|pens[aá]s|cre[eé]s|prefer[ií]s|busc[aá]s|conoc[eé]s|segu[ií]s|viv[ií]s"
    r"|pas[aá]s|mand[aá]s|and[aá]s|contá|mirá|tené|vení|hacé|fijate"
    r"|acordate|decime|avisame|escribime|llamame|contame|mandame|pasame|escuchame"
    r"|disculpame|perdoname)\b"
    r"|\bhas (?=\w+(?:ado|ido|to|cho|so)\b)"
    # "estas" without its accent is "these" before a noun ("estas decisiones"); as "you
    # are" it ends a question or goes with a gerund, a participle or "bien".
    r"|\bestas(?=\s*(?:[?!.,;:)]|$)|\s+(?:\w+(?:ando|iendo|yendo|ado|ada|ido|ida)"
    r"|bien|mal|muy|tan|list[oa]|segur[oa]|de acuerdo)\b)",
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
