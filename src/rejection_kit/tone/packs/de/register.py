"""Register and channel fit: Sie and du, slang, stiffness, LinkedIn notes, leverage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit
from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES", "mixed_address"]

# The polite pronouns are capitalised; at the start of a sentence "Sie" and "Ihr" may
# equally mean "they" or "her", so only a capital form inside a sentence counts.
_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
# du, dich, dir, dein..., euch, euer, eure...: informal in any case and position ("ihr"
# is left out: it is also "her" and "their").
_INFORMAL = re.compile(
    r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e|em|en|er|es)?|[Ee]uch|[Ee]uer|[Ee]ur(?:e|em|en|er"
    r"|es))\b"
)
_LEAD = " \t\"'\u201e\u201c\u00bb\u00ab(\u2013\u2014-"


def _sentence_start(text: str, start: int) -> bool:
    i = start
    while i > 0 and text[i - 1] in _LEAD:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n"


def _names(situation: Any) -> list[str]:
    # Names the user typed (a company "Café du Monde", a team, a role) are not address.
    found: list[str] = []
    for owner, attr in (("company", "name"), ("position", "title"), ("position", "team")):
        value = getattr(getattr(situation, owner, None), attr, None)
        if isinstance(value, str) and value:
            found.append(value)
    for contact in getattr(situation, "contacts", ()) or ():
        found += [v for v in (getattr(contact, "name", None),) if isinstance(v, str) and v]
    return found


def _in_names(text: str, names: list[str], start: int, end: int) -> bool:
    for name in names:
        at = text.find(name, max(0, start - len(name)), end + len(name))
        while at != -1 and at < end:
            if at <= start and end <= at + len(name):
                return True
            at = text.find(name, at + 1, end + len(name))
    return False


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Sie and du in one message: flags the forms of the rarer register."""
    text = doc.norm
    names = _names(ctx.situation) if ctx.situation is not None else []

    def counts(m: re.Match[str]) -> bool:
        start, end = m.start(), m.end()
        return not doc.in_quote(start, end) and not _in_names(text, names, start, end)

    formal = [
        m for m in _FORMAL.finditer(text) if not _sentence_start(text, m.start()) and counts(m)
    ]
    informal = [m for m in _INFORMAL.finditer(text) if counts(m)]
    if not formal or not informal:
        return
    odd, usual = (formal, "du") if len(formal) < len(informal) else (informal, "Sie")
    for m in odd:
        yield Hit(
            start=m.start(),
            end=m.end(),
            message=f"May read as inconsistent: {m.group()!r} in a message that says {usual!r}.",
        )


RULES: tuple[Rule, ...] = (
    Rule(
        id="formality.mixed_address",
        kind="callable",
        severity="error",
        message="May read as inconsistent: it mixes Sie and du.",
        rationale="Switching between Sie and du in one message looks careless or overfamiliar; "
        "choose one and keep it.",
        check=mixed_address,
        examples=(
            Example.bad("Vielen Dank für Ihre Zeit. Ich hoffe, du hattest eine gute Woche."),
            Example.bad("Danke für deine Nachricht; ich wünsche Ihnen alles Gute."),
            Example.good("Vielen Dank für Ihre Zeit. Ich hoffe, Sie hatten eine gute Woche."),
            Example.good("Danke für deine Nachricht! Ich wünsche dir und dem Team alles Gute."),
            Example.good(
                "Danke für deine Nachricht. Sie haben sich für eine andere Person entschieden,"
                " das verstehe ich."
            ),
            Example.good('Du hattest gesagt, das Team wolle "Ihre Erfahrung" sehen; danke dir.'),
        ),
    ),
    Rule(
        id="formality.slang",
        kind="existence",
        severity="warning",
        message="May read as too casual for a professional message.",
        rationale="Mild informality is fine; chat slang and abbreviated greetings are not.",
        channels=("email", "linkedin_message", "linkedin_note", "card"),
        tags=("informal",),
        patterns=(
            r"\b(?:lol|omg|thx|hdl|digga|krass|geil|btw)\b",
            r"(?:^|(?<=\n))[ \t]*(?:LG|VG|MfG|vlg)\b",
        ),
        examples=(
            Example.bad("Thx für die Info, war echt krass lol."),
            Example.bad("Danke für das Gespräch!\n\nLG\nMaya"),
            Example.good(
                "Schade, dass es nicht geklappt hat – aber das Team kennenzulernen hat echt Spaß"
                " gemacht."
            ),
        ),
    ),
    Rule(
        id="formality.stiff",
        kind="existence",
        severity="warning",
        message="May read as stiff for a text message.",
        rationale="A letter's formulas look odd in a text.",
        channels=("sms",),
        tags=("formal",),
        patterns=(
            r"\b(?:Sehr geehrte[r]? (?:Damen und Herren|Frau|Herr)|Mit freundlichen Grüßen"
            r"|Hochachtungsvoll|Mit vorzüglicher Hochachtung)\b",
        ),
        examples=(
            Example.bad("Sehr geehrte Damen und Herren, danke für den Anruf.", channel="sms"),
            Example.good("Hallo Sam, hier ist Maya. Danke für den Anruf heute.", channel="sms"),
        ),
    ),
    Rule(
        id="linkedin.default_note",
        kind="existence",
        severity="warning",
        severity_by_channel={"linkedin_note": "error"},
        message="May read as generic: this is LinkedIn's default invitation text.",
        rationale="The default text tells them no thought went into the request.",
        suggestion='Sagen Sie, woher Sie sich kennen: "Wir haben letzten Monat über die Stelle'
        ' als Analystin gesprochen ..."',
        patterns=(
            r"\b(?:zu meinem|in mein) (?:beruflichen |berufliches )?Netzwerk (?:auf LinkedIn )?"
            r"(?:hinzufügen|aufnehmen)\b",
            r"^\s*(?:ich möchte|ich würde) mich (?:gern |gerne )?(?:mit (?:Ihnen|dir) )?"
            r"(?:auf LinkedIn )?(?:vernetzen|verbinden)[.!]?\s*$",
        ),
        examples=(
            Example.bad(
                "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
                channel="linkedin_note",
            ),
            Example.bad("Ich würde mich gern mit Ihnen vernetzen.", channel="linkedin_note"),
            Example.good(
                "Priya, danke für die Gespräche zur Analystenstelle. Gern bleibe ich mit Ihnen in"
                " Kontakt.",
                channel="linkedin_note",
            ),
        ),
    ),
    Rule(
        id="linkedin.note_ask",
        kind="existence",
        severity="warning",
        channels=("linkedin_note",),
        message="May read as pushy: an ask in a first connection note.",
        rationale="The first note is a thank-you; asks come later, if ever.",
        patterns=(
            r"\b(?:auf|zu) (?:einen|einem) (?:Kaffee|Call|Anruf|Mittagessen|virtuellen Kaffee)\b",
            r"\b(?:kurzes|kurzen) (?:Telefonat|Call|Videocall|Austausch)\b",
            r"\b(?:suchen|sucht|suchst) (?:Sie|ihr|du) (?:noch |gerade |aktuell |derzeit )+\w+",
            r"\b(?:offene|andere|weitere) (?:Stellen|Positionen|Rollen|Jobs)\b",
            r"\b(?:empfehlen|vorstellen|vermitteln|weiterempfehlen) (?:Sie|du|ihr) mich\b",
            r"\b(?:könnten|können|würden|kannst|könntest) (?:Sie|du|ihr) (?:mir |mich )?"
            r"(?:\w+ ){0,3}(?:helfen|empfehlen|vermitteln|weiterleiten|ansehen|durchsehen)\b",
            r"\b\d+ (?:Minuten|Min\.)",
        ),
        examples=(
            Example.bad(
                "Danke für die Gespräche, Priya. Hätten Sie Zeit für einen Kaffee nächste Woche?"
                " Gern auf einen Kaffee!",
                channel="linkedin_note",
            ),
            Example.bad(
                "Danke für die Gespräche. Gibt es bei Ihnen noch andere Stellen?",
                channel="linkedin_note",
            ),
            Example.good(
                "Danke für die Gespräche, Priya. Gern bleibe ich mit Ihnen in Kontakt.",
                channel="linkedin_note",
            ),
        ),
    ),
    Rule(
        id="oversharing.leverage",
        kind="existence",
        severity="warning",
        message="May read as leverage or oversharing: other offers, pay or your current employer.",
        rationale="Bargaining after the decision, or criticising an employer, reads badly.",
        patterns=(
            r"\b(?:andere|weitere|mehrere|zwei|drei|konkurrierende)n? (?:Job-?|Arbeits-?)?"
            r"(?:Angebote?|Zusagen)\b",
            r"\bGehalts(?:vorstellung|forderung|wunsch)\w*\b",
            r"\bmein (?:aktueller|jetziger|derzeitiger|ehemaliger|früherer|alter) (?:Arbeitgeber"
            r"|Chef|Job|Vorgesetzter)\b[^.!?\n]{0,20}?\b(?:ist|war) (?:\w+ )?(?:furchtbar|toxisch"
            r"|schrecklich|unerträglich|eine Katastrophe|inkompetent|das Letzte)\b",
        ),
        examples=(
            Example.bad("Ich habe zwei andere Angebote, deshalb brauche ich bald Klarheit."),
            Example.bad("Mein aktueller Arbeitgeber ist toxisch, deshalb habe ich mich beworben."),
            Example.good("Die Arbeit Ihres Teams interessiert mich nach wie vor sehr."),
        ),
    ),
)
