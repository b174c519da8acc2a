"""Aufdringlichkeit: demanding reasons, comparing with the winner, asks and cadence."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.de._common import SENTENCE_START, WINNER

__all__ = ["RULES"]

_REASONS = (
    r"(?:Begründung|Erklärung|Feedback|Rückmeldung|Antwort|Gründe|Stellungnahme"
    r"|Rechtfertigung)"
)
_DAY = (
    r"(?:morgen|heute|übermorgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Ende (?:der"
    r"|dieser|nächster) Woche|zum \d+)"
)
_OTHER = r"(?:ausgewählten|anderen|erfolgreichen|gewählten|eingestellten|neuen)"

RULES: tuple[Rule, ...] = (
    Rule(
        id="pushiness.demands_explanation",
        kind="existence",
        severity="error",
        message="May read as demanding an explanation.",
        rationale="Feedback is a favour (and in Germany rarely given); framed as owed, it will "
        "not be given.",
        suggestion=(
            "Falls Sie mir eine kurze Rückmeldung geben können, würde ich mich freuen – ich habe"
            " aber Verständnis, wenn das nicht möglich ist."
        ),
        tags=("pushy",),
        patterns=(
            r"\b(?:habe|hätte) (?:ich )?(?:doch |wohl |zumindest |mindestens )*(?:ein(?:en)?"
            r" )?(?:Recht"
            rf"|Anspruch|Anrecht) auf (?:eine |ein |die )?(?:\w+ )?{_REASONS}\b",
            r"\b(?:verlange|fordere|erwarte|bestehe auf)\b[^.!?\n]{0,25}?\b" + _REASONS + r"\b",
            r"\b(?:Recht|Anspruch) (?:darauf,? )?zu (?:erfahren|wissen|hören)\b",
            r"\b(?:Sie schulden|ihr schuldet|du schuldest) mir\b",
            r"\b(?:eine Erklärung|eine Begründung|eine Antwort) (?:bin ich|sind Sie mir|seid ihr"
            r" mir|bist du mir) (?:\w+ )?(?:wert|schuldig)\b",
            r"\b(?:schicken|senden|nennen|geben|mailen|leiten) (?:Sie|ihr) mir (?:\w+ ){0,2}"
            r"(?:die|eine|alle|Ihre|eure|das) (?:\w+ )?(?:Gründe|Begründung|Bewertung\w*"
            r"|Bewertungsbögen|Notizen|Feedback|Protokoll\w*|Unterlagen)\b",
            r"\b(?:schick|sende|nenn|gib|leite) mir (?:\w+ ){0,2}(?:die|eine|alle|deine|eure|das)"
            r" (?:\w+ )?(?:Gründe|Begründung|Bewertung\w*|Notizen|Feedback|Protokoll\w*)\b",
            r"\bich (?:will|muss) (?:\w+ ){0,2}wissen,? (?:warum|weshalb|wieso|was (?:ich falsch"
            r"|schiefgelaufen|nicht gepasst))\b",
            r"\b(?:erklären|sagen|begründen) (?:Sie|ihr) mir (?:\w+ ){0,2}(?:genau|bitte|ehrlich"
            r"|sofort)?,? ?(?:warum|weshalb|wieso|was)\b",
            r"\b(?:erklär|erkläre|sag|sage) mir,? (?:\w+ ){0,2}(?:warum|weshalb|wieso)\b",
        ),
        exceptions=(
            r"\b(?:könnten|würden|können|dürfte|könntest|würdest|kannst) (?:Sie|du|ihr) (?:mir )?"
            r"(?:\w+ ){0,2}(?:sagen|erklären|nennen|schicken)\b",
            r"\berwarte (?:\w+ )?(?:keine|kein)\b",
        ),
        examples=(
            Example.bad("Nach vier Gesprächen habe ich ein Recht auf eine Begründung."),
            Example.bad("Schicken Sie mir die Bewertungsbögen aller Beteiligten."),
            Example.bad("Erklären Sie mir genau, warum ich abgelehnt wurde."),
            Example.good(
                "Falls Sie mir eine kurze Rückmeldung zu meinen Gesprächen geben können, würde"
                " ich mich freuen – ich habe aber volles Verständnis, wenn das nicht möglich ist."
            ),
            Example.good("Ich erwarte keine Antwort; ich wollte mich nur bedanken."),
        ),
    ),
    Rule(
        id="pushiness.questions_decision",
        kind="existence",
        severity="warning",
        message="May read as challenging the decision with a pointed question.",
        rationale='A direct "Warum nicht ich?" asks them to defend the choice.',
        tags=("pushy",),
        patterns=(
            SENTENCE_START + r"(?:warum|wieso|weshalb) (?:wurde|bin|habe|haben|hat|hast|habt|war"
            r"|wurden) (?:ich|Sie|du|ihr|man|mein\w*)\b[^.!?\n]{0,80}\?",
            r"\b(?:was|wo) (?:genau )?habe ich (?:\w+ ){0,4}falsch gemacht\b",
            r"\bworan (?:hat es|lag es)\b[^.!?\n]{0,40}\?",
        ),
        examples=(
            Example.bad("Warum wurde ich nicht für die letzte Runde ausgewählt?"),
            Example.bad("Was habe ich in der Präsentation falsch gemacht?"),
            Example.good("Warum sich das Team für dbt entschieden hat, fand ich einleuchtend."),
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
            r"\bwer (?:hat )?(?:denn )?(?:die Stelle|den Job|die Position|die Zusage|den Zuschlag)"
            r" (?:\w+ )?(?:bekommen|erhalten|bekam|erhielt)\b",
            r"\bwen (?:haben Sie|habt ihr|hast du|Sie|ihr|du) (?:\w+ ){0,2}(?:eingestellt|genommen"
            r"|ausgewählt|gewählt)\b",
            r"\bfür wen (?:haben Sie|habt ihr|hast du|Sie|ihr|du) (?:sich|euch|dich) (?:\w+ )?"
            r"entschieden\b",
            rf"\bwas (?:hat|hatte|bringt|brachte) {WINNER},? (?:\w+ ){{0,3}}(?:mehr|besser|was ich"
            r" nicht|mitgebracht|voraus)\b",
            r"\b(?:Vergleich|verglichen|vergleichen|abgeschnitten)\b[^.!?\n]{0,40}?\b(?:mit|zu"
            rf"|gegenüber) (?:der|dem|den) {_OTHER} (?:Person|Kandidat\w*|Bewerber\w*"
            r"|Besetzung)\b",
            rf"\b(?:Profil|Lebenslauf|Erfahrung|Qualifikation\w*|Hintergrund) (?:der|des) {_OTHER}"
            r" (?:Person|Kandidat\w*|Bewerber\w*)\b",
            rf"\bwarum (?:war|ist) {WINNER} (?:\w+ )?(?:besser|geeigneter|stärker)\b",
        ),
        examples=(
            Example.bad("Könnten Sie mir sagen, wen Sie stattdessen eingestellt haben?"),
            Example.bad("Was hatte die ausgewählte Person, was ich nicht habe?"),
            Example.bad("Ich hätte gern einen Vergleich mit der ausgewählten Person."),
            Example.good("Ihnen und der neuen Person im Team wünsche ich viel Erfolg."),
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
            r"\b(?:könnten|können|würden|kannst|könntest|würdest|könntet) (?:Sie|du|ihr) mich"
            r" (?:\w+ ){0,4}(?:an|bei|für|in) (?:\w+ ){0,3}(?:empfehlen|weiterempfehlen|vermitteln"
            r"|weiterleiten|vorstellen|verweisen)\b",
            r"\b(?:empfehlen|vermitteln|verweisen) (?:Sie|ihr) mich (?:\w+ ){0,2}(?:an|bei"
            r"|weiter)\b",
            r"\bmich (?:\w+ ){0,4}(?:weiterempfehlen|weitervermitteln|weiterleiten)\b",
            r"\b(?:kennen Sie|kennst du|kennt ihr) (?:\w+ ){0,2}(?:andere|weitere|jemanden"
            r"|Unternehmen|Firmen|Teams|Personalverantwortliche|Recruiter\w*|Kontakte)\b"
            r"[^.!?\n]{0,50}?\b(?:suchen|sucht|einstellen|einstellt|Stellen|Bedarf)\b",
            r"\b(?:gibt es|hätten Sie|haben Sie|hast du|habt ihr|wüssten Sie|kennen Sie)"
            r" (?:\w+ ){0,2}(?:andere|weitere) (?:offene )?(?:Stellen|Positionen|Rollen|Teams"
            r"|Abteilungen|Möglichkeiten)\b[^.!?\n]{0,50}?\b(?:für mich|mich (?:\w+ )?(?:empfehlen"
            r"|vermitteln|hinweisen|verweisen)|passen würden|in Frage kämen|infrage kämen)",
            r"\bein gutes Wort (?:für mich )?einlegen\b",
            r"\bmeinen (?:Lebenslauf|CV|Namen|Kontakt) (?:\w+ ){0,3}weiter(?:leiten|geben"
            r"|reichen)\b",
            r"\bmeine (?:Unterlagen|Bewerbung) (?:\w+ ){0,3}(?:an|bei) (?:\w+ ){0,2}(?:andere"
            r"|Ihre Kontakte|Kollegen|Bekannte)\w* (?:\w+ )?weiter(?:leiten|geben|reichen)\b",
        ),
        examples=(
            Example.bad("Könnten Sie mich an ein anderes Team empfehlen, das gerade sucht?"),
            Example.bad("Gibt es andere offene Stellen, auf die Sie mich hinweisen könnten?"),
            Example.bad("Kennen Sie vielleicht andere Unternehmen, die Analysten suchen?"),
            Example.good("Bitte denken Sie bei künftigen Stellen gern an mich."),
            Example.good(
                "Falls es nützlich ist, stelle ich Ihnen gern Luis Gomez vor – er hat bei Contoso"
                " eine ähnliche Migration geleitet."
            ),
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
            r"\b(?:jede Woche|jeden Tag|jeden (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag)"
            r"|täglich|wöchentlich|alle paar Tage|einmal pro Woche|einmal die Woche|einmal am Tag)"
            r"\b[^.!?\n]{0,40}?\b(?:melden|melde|nachfragen|nachzufragen|nachfrage|nachhaken"
            r"|anrufen|schreiben|schreibe|nachhören)\b",
            r"\b(?:rufe|melde|schreibe|frage)\b[^.!?\n]{0,30}?\b(?:jede Woche|jeden Tag|täglich"
            r"|wöchentlich|alle paar Tage|einmal pro Woche|einmal die Woche)\b",
            r"\b(?:wöchentliche|tägliche)n? (?:Nachfrage|Update|E-Mail|Mail|Anruf"
            r"|Erinnerung)\w*\b",
        ),
        examples=(
            Example.bad("Ich werde mich ab jetzt jede Woche melden, um nachzufragen."),
            Example.bad("Rechnen Sie mit wöchentlichen Nachfragen von mir."),
            Example.good("In ein paar Monaten melde ich mich gern mit einem kurzen Update."),
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
            r"\b(?:bitte|Sie|ihr|du|Ihre|deine|eure)\b[^.!?\n]{0,30}?\b(?:Antwort|Rückmeldung"
            r"|antworten|Bescheid|melden|zurückmelden|zurückrufen)\b[^.!?\n]{0,20}?\bbis"
            rf" (?:spätestens )?{_DAY}",
            rf"\b(?:bitte|Sie|ihr|du)\b[^.!?\n]{{0,30}}?\bbis (?:spätestens )?{_DAY}\b"
            r"[^.!?\n]{0,15}?\b(?:Bescheid|Rückmeldung|Antwort|antworten|melden|zurück)\b",
            r"\b(?:umgehend|unverzüglich|schnellstmöglich|schnellstens|ASAP)\b",
            r"\bich (?:werde|bleibe) (?:\w+ ){0,2}(?:so lange|solange|immer wieder|hartnäckig)"
            r" (?:\w+ ){0,3}(?:nachfragen|nachhaken|anrufen|melden|dranbleiben|schreiben)\b",
            r"\b(?:weiter|immer wieder) nachhaken\b",
            r"\bbis ich (?:eine |Ihre |deine )?Antwort (?:habe|bekomme|erhalte)\b",
        ),
        examples=(
            Example.bad("Bitte geben Sie mir bis Freitag Bescheid."),
            Example.bad("Ich werde so lange nachhaken, bis ich eine Antwort bekomme."),
            Example.good("Sie müssen nicht antworten; ich wollte mich nur bedanken."),
            Example.good("Ich melde mich bei Ihnen bis Ende Januar mit einem kurzen Update."),
        ),
    ),
)
