"""Verzweiflung: pleading, asking them to reconsider, discounting yourself."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

_LATER = r"(?:künftig|zukünftig|später|kommend|nächst)\w*"

RULES: tuple[Rule, ...] = (
    Rule(
        id="desperation.plea",
        kind="existence",
        severity="error",
        message="May read as pleading.",
        rationale="Need-based appeals make the reader uncomfortable and never change a decision.",
        tags=("desperate",),
        patterns=(
            r"\bich brauche (?:\w+ )?(?:diese[nrs]?|die|den|das) (?:\w+ )?(?:Stelle|Job|Arbeit"
            r"|Chance|Position|Geld|Einkommen|Zusage)\b",
            r"\bich brauche (?:\w+ )?(?:dringend|unbedingt) (?:eine[nr]? )?(?:Stelle|Job|Arbeit"
            r"|Zusage)\b",
            r"\bich (?:würde|werde|mache|täte) (?:wirklich |einfach |absolut )?alles (?:tun"
            r"|dafür tun|machen|dafür geben|geben)\b",
            r"\bich (?:würde|täte) alles\b",
            r"\b(?:flehe|anflehen|anzuflehen|bettle|bettele|betteln)\b",
            r"\bbitte,? bitte\b",
            r"\bich bitte (?:Sie|dich|euch) (?:inständig|eindringlich|flehentlich|von Herzen)\b",
            r"\b(?:Sie sind|ihr seid|du bist|das ist|das war) meine (?:letzte|einzige) (?:Hoffnung"
            r"|Chance|Option)\b",
            r"\bmeine (?:Familie|Kinder|Miete|Frau|Mann|Partner\w*) (?:ist|sind|hängt|hängen)\b"
            r"[^.!?\n]{0,30}?\b(?:angewiesen|ab)\b",
            r"\bich (?:bin|fühle mich) (?:so |wirklich |völlig |total |langsam )?(?:verzweifelt"
            r"|am Verzweifeln|am Ende)\b",
            r"\b(?:geben|gib|gebt) (?:Sie |ihr )?mir (?:doch |bitte |einfach |nur |noch )*"
            r"(?:eine|die) Chance\b",
        ),
        examples=(
            Example.bad(
                "Ich brauche diesen Job wirklich, meine Ersparnisse sind fast aufgebraucht."
            ),
            Example.bad("Ich würde alles tun, um Teil des Teams zu sein."),
            Example.bad("Bitte, bitte geben Sie mir eine Chance, mich zu beweisen."),
            Example.good("Ich würde mich freuen, künftig mit dem Team zusammenzuarbeiten."),
            Example.good("Bitte denken Sie bei künftigen Stellen gern an mich."),
        ),
    ),
    Rule(
        id="desperation.reconsider",
        kind="existence",
        severity="error",
        message="May read as asking them to reverse the decision.",
        rationale="Most sources call asking to reconsider a mistake: the decision is made.",
        suggestion="Bitten Sie stattdessen darum, bei künftigen Stellen an Sie zu denken.",
        tags=("desperate",),
        patterns=(
            r"\b(?:Entscheidung|Wahl|Absage) (?:\w+ ){0,3}(?:überdenken|überdacht|revidieren"
            r"|revidiert|rückgängig|zurücknehmen|zurückzunehmen|korrigieren|ändern|zu ändern"
            r"|überprüfen)\b",
            r"\b(?:überdenken|revidieren|ändern|überprüfen) (?:Sie|ihr|du) (?:bitte |doch |noch"
            r" einmal |nochmals )*(?:Ihre|eure|deine|die|diese) (?:Entscheidung|Wahl|Absage)\b",
            r"\b(?:eine|einer|um eine) (?:zweite|weitere|letzte|neue) Chance\b",
            r"\b(?:ein|einem|um ein) (?:zweites|weiteres|letztes) (?:Vorstellungsgespräch"
            r"|Interview)\b",
            r"\b(?:es|sich das|es sich) (?:\w+ )?(?:noch einmal |nochmals )?anders überlegen\b",
            r"\bumzuentscheiden\b|\bumentscheiden\b",
            r"\b(?:gibt es|besteht) (?:\w+ )?(?:eine |irgendeine |noch eine |vielleicht eine"
            r" )?(?:Möglichkeit|Chance|Weg)\b[^.?!\n]{0,60}?\b(?:doch noch|trotzdem|dennoch|noch)"
            r" (?:\w+ ){0,4}(?:berücksichtig\w*|einzustellen|einstellen|in Betracht|zu"
            r" überdenken)",
            r"\bmeine (?:Bewerbung|Kandidatur|Unterlagen) (?:\w+ ){0,2}(?:noch einmal|nochmals"
            r"|erneut) (?:\w+ ){0,2}(?:prüfen|ansehen|anschauen|betrachten|in Betracht ziehen"
            r"|überdenken|berücksichtigen)\b",
        ),
        exceptions=(
            rf"\b(?:Chance|Gespräch|Bewerbung|berücksichtig\w*)\b[^.!?\n]{{0,40}}?\b{_LATER}",
            rf"\b{_LATER}\b[^.!?\n]{{0,40}}?\b(?:Chance|Gespräch|berücksichtig\w*)\b",
        ),
        examples=(
            Example.bad("Würden Sie Ihre Entscheidung bitte noch einmal überdenken?"),
            Example.bad("Ich bitte um eine zweite Chance im finalen Gespräch."),
            Example.bad(
                "Gibt es eine Möglichkeit, mich doch noch für diese Stelle zu berücksichtigen?"
            ),
            Example.good(
                "Ich respektiere Ihre Entscheidung und hoffe, dass sich unsere Wege wieder"
                " kreuzen."
            ),
            Example.good(
                "Bei künftigen Stellen würde ich mich freuen, wieder berücksichtigt zu werden."
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
            r"\b(?:geringere[sn]?|niedrigere[sn]?|weniger) (?:Gehalt|Lohn|Bezahlung|Vergütung"
            r"|Geld)\b",
            r"\b(?:unentgeltlich|unbezahlt|ohne Bezahlung|kostenlos|umsonst|gratis) (?:\w+ )?"
            r"(?:arbeiten|mitarbeiten|aushelfen|anfangen|Probe\w*|Praktikum)\b",
            r"\b(?:unbezahlte[sn]?|kostenlose[sn]?) (?:Probe\w*|Praktikum|Projekt|Arbeit"
            r"|Testaufgabe)\b",
            r"\b(?:jede|irgendeine) (?:beliebige |andere )?(?:Stelle|Position|Rolle|Aufgabe"
            r"|Tätigkeit)\b[^.!?\n]{0,30}?\b(?:annehmen|akzeptieren|nehmen|übernehmen|egal)\b",
            r"\b(?:rund um die Uhr|Tag und Nacht|24/7) (?:\w+ )?(?:verfügbar|erreichbar"
            r"|einsatzbereit)\b",
        ),
        examples=(
            Example.bad("Ich würde auch ein geringeres Gehalt akzeptieren."),
            Example.bad("Ich könnte einen Monat unentgeltlich arbeiten, um mich zu beweisen."),
            Example.good("Über eine künftige Ausschreibung würde ich mich freuen."),
        ),
    ),
    Rule(
        id="desperation.self_undermining",
        kind="existence",
        severity="warning",
        message="May read as defensive: it names the very impression it hopes to avoid.",
        rationale='"Ich möchte nicht verbittert klingen" makes the reader look for bitterness.',
        tags=("desperate",),
        patterns=(
            r"\bsaure Trauben\b",
            r"\bschlechte[rn]? Verlierer\w*\b",
            r"\b(?:möchte|will) (?:\w+ ){0,2}nicht (?:\w+ )?(?:verbittert|beleidigt|verzweifelt"
            r"|kleinlich|nachtragend|bedürftig|aufdringlich|gekränkt|eingeschnappt) (?:klingen"
            r"|wirken|erscheinen|rüberkommen)\b",
            r"\bich weiß,? (?:dass )?(?:das|es|dies)\b[^.!?\n]{0,20}?\b(?:verzweifelt|verbittert"
            r"|kleinlich|nachtragend|erbärmlich|aufdringlich)\b",
            r"\bohne (?:\w+ )?(?:verbittert|beleidigt|verzweifelt|kleinlich|nachtragend"
            r"|aufdringlich) (?:klingen|wirken|erscheinen) zu wollen\b",
        ),
        examples=(
            Example.bad("Ich hoffe, das wirkt nicht wie saure Trauben."),
            Example.bad("Ich möchte nicht verbittert klingen, aber ich war überrascht."),
            Example.good("Ich habe mich gefreut, mehr über die Pläne des Teams zu erfahren."),
        ),
    ),
)
