"""Bitterkeit, Sarkasmus, Drohungen, öffentliche Beschwerden: notes that burn bridges."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs.de._common import SENTENCE_START, WINNER

__all__ = ["RULES"]

_FIT = (
    r"(?:perfekt|ideal\w*|genau richtig|bestens|hervorragend|optimal|pass(?:e|en|t|te|ten"
    r"|end\w*)|geeignet\w*|qualifiziert\w*|(?:die |der )?richtige\w*|erste Wahl|Wunsch\w+)"
)
_PLATFORM = (
    r"(?:LinkedIn|Xing|Twitter|Facebook|Instagram|TikTok|Reddit|Mastodon|Bluesky|kununu"
    r"|Glassdoor|sozialen Medien|Social Media|meinem Netzwerk|meinem Blog)"
)
_ABOUT = (
    r"(?:darüber|davon|über (?:diese[nms]?|meine|Ihre?[nm]?|eure?[nm]?|deine?[nm]?|das|den"
    r"|die) (?:\w+ )?(?:Erfahrung|Verfahren|Vorgehen|Umgang|Behandlung|Unternehmen|Firma"
    r"|Bewerbungsprozess|Auswahlverfahren|Absage|Prozess))"
)
_POST = (
    r"(?:berichten|berichte|posten|poste|schreiben|schreibe|erzählen|erzähle|warnen|warne"
    r"|veröffentlichen|veröffentliche|teilen|teile)"
)
_BOSS = (
    r"(?:Vorgesetzte\w*|Chef\w*|Geschäftsführung|Geschäftsführer\w*|Vorstand|Personalabteilung"
    r"|Betriebsrat)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="bitterness.disputes_decision",
        kind="existence",
        severity="error",
        message="May read as disputing the decision.",
        rationale="Relitigating a rejection closes the door the note is meant to keep open.",
        suggestion=(
            'Nehmen Sie die Entscheidung an: "Ich verstehe das und danke Ihnen für die'
            ' Rückmeldung."'
        ),
        tags=("bitter",),
        patterns=(
            r"\bich (?:verstehe|begreife) (?:\w+ ){0,3}nicht,? (?:warum|wieso|weshalb|weswegen"
            r"|wie)\b",
            r"\bich kann (?:\w+ ){0,3}nicht (?:verstehen|nachvollziehen|begreifen|fassen)\b",
            r"\b(?:ist|bleibt|war) mir (?:\w+ )?(?:unverständlich|ein Rätsel|schleierhaft"
            r"|unbegreiflich)\b",
            r"\bich (?:dachte|glaubte|war (?:mir )?(?:sicher|überzeugt)|hatte (?:gedacht|geglaubt)"
            r"|ging davon aus)\b,? (?:dass )?(?:ich|meine? (?:\w+ )?(?:Erfahrung|Qualifikationen?"
            r"|Fähigkeiten|Kenntnisse|Profil|Hintergrund|Lebenslauf))\b[^.!?\n]{0,60}?\b" + _FIT,
            r"\b(?:eindeutig|offensichtlich|klar|zweifellos|zweifelsohne|mit Abstand|bei weitem"
            r"|definitiv) (?:die |der |das )?(?:am besten (?:qualifizierte|geeignete)\w*"
            r"|bestqualifizierte\w*|beste\w*|geeignetste\w*|stärkste\w*) (?:\w+ )?(?:Kandidat\w*"
            r"|Person|Bewerb\w*|Wahl|Besetzung|Profil)\b",
            r"\bich (?:war|bin) (?:\w+ )?(?:besser|höher|stärker|mehr) (?:qualifiziert"
            r"|geeignet)\b",
            r"\b(?:Sie haben|ihr habt|du hast|Sie machen|ihr macht|das (?:ist"
            r"|war))\b[^.!?\n]{0,25}?"
            r"\b(?:einen|ein) (?:\w+ )?(?:Fehler|Fehlentscheidung|Fehlgriff)\b",
            r"\bFehlentscheidung\b",
            r"\b(?:falsche|schlechte|kurzsichtige|fragwürdige|unverständliche)n? (?:Entscheidung"
            r"|Wahl)\b",
            r"\b(?:bin|war) (?:\w+ )?(?:mit|über) (?:Ihrer|deiner|eurer|der|dieser)"
            r" (?:Entscheidung"
            r"|Wahl|Einschätzung|Bewertung|Absage) (?:\w+ )?nicht einverstanden\b",
            r"\b(?:widerspreche|widersprechen)\b[^.!?\n]{0,30}?\b(?:Entscheidung|Einschätzung"
            r"|Bewertung|Absage)\b",
            r"\b(?:Einspruch|Widerspruch) (?:gegen|einlegen|erheben)\b",
            r"\b(?:anfechten|anzufechten|angefochten)\b",
            r"\b(?:Sie haben|ihr habt|du hast)\b[^.!?\n]{0,40}?\b(?:übersehen|ignoriert|nicht"
            r" (?:gesehen|berücksichtigt|bemerkt|gelesen|beachtet))\b",
            r"\b(?:darf ich|möchte ich|ich möchte|lassen Sie mich) (?:Sie|dich|euch) (?:noch"
            r" einmal"
            r" |nochmals |kurz )?(?:daran )?erinnern\b",
            r"\bwie (?:konnten|konntet|konntest|könnt|kannst|können) (?:Sie|ihr"
            r"|du)\b[^.!?\n]{0,30}?"
            r"\b(?:ablehnen|absagen|übergehen|übersehen|entscheiden)\b",
        ),
        exceptions=(
            r"\b(?:keine|nicht die|nie eine) (?:falsche|schlechte) (?:Entscheidung|Wahl)\b",
            r"\b(?:Fehler|Fehlentscheidung) (?:meinerseits|von mir)\b",
        ),
        examples=(
            Example.bad("Ich verstehe wirklich nicht, warum ich nicht ins Profil passe."),
            Example.bad("Ich dachte, meine Erfahrung passt perfekt zur Stelle."),
            Example.bad("Ich war eindeutig die am besten qualifizierte Person im Verfahren."),
            Example.bad("Ich glaube, Sie haben einen großen Fehler gemacht."),
            Example.good("Ich bin natürlich enttäuscht, verstehe die Entscheidung aber."),
            Example.good(
                "Ich verstehe, warum sich das Team für mehr dbt-Erfahrung entschieden hat."
            ),
            Example.good("Ihre Wahl kann ich voll und ganz nachvollziehen."),
            Example.good(
                "Ich bin überzeugt, dass ich dem Team in einer künftigen Rolle viel geben könnte."
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
            r"\bZeitverschwendung\b",
            r"\bZeit (?:\w+ ){0,2}verschwendet\b",
            r"\b(?:unprofessionell|respektlos|unverschämt|unhöflich|desorganisiert)\w*\b",
            r"\b(?:Farce|Scheinverfahren|Alibiveranstaltung|Alibi-Veranstaltung|Schauveranstaltung"
            r"|reine Formsache|reine Formalität|abgekartet\w*)\b",
            r"\b(?:hatten|hattet|hattest|stand|standen) (?:doch |wohl |offenbar |anscheinend "
            r"|schon"
            r" |ohnehin |von Anfang an |längst |bereits )*(?:jemanden|jemand|eine[nr]?"
            r" (?:interne[nr]?"
            r"|andere[nr]?) (?:\w+ )?)(?:\w+ ){0,2}(?:im Kopf|im Auge|im Sinn|fest|vorgesehen"
            r"|ausgewählt|ausgeguckt)\b",
            r"\bvon (?:vornherein|Anfang an) (?:\w+ ){0,3}(?:festgestanden|feststand|klar war"
            r"|entschieden)\b",
            r"\b(?:nie|gar nicht|überhaupt nicht) (?:\w+ )?(?:vorgehabt|vorhatten|vorhattet"
            r"|die Absicht),? mich (?:\w+ )?(?:einzustellen|zu nehmen)\b",
            r"\b(?:Ihr|dein|euer|das|der) (?:ganze[sr]? |gesamte[sr]? )?(?:Auswahlverfahren"
            r"|Verfahren|Bewerbungsverfahren|Bewerbungsprozess|Prozess|Recruiting"
            r"|Vorstellungsgespräch|Interview)s? (?:war|ist|waren|wirkte) (?:\w+ ){0,2}(?:ein Witz"
            r"|eine Farce|ein Chaos|chaotisch|unfair|ungerecht|eine Zumutung|eine Katastrophe"
            r"|lächerlich|sinnlos|voreingenommen)\b",
            r"\bVetternwirtschaft\b",
            r"\bwie (?:typisch|bezeichnend)\b",
            r"\bihr Leute\b",
            r"\b(?:ghosten|geghostet|ghosting)\b",
            r"\b(?:hätte|hatte) (?:\w+ ){0,3}(?:mehr|Besseres|Professionelleres) (?:\w+ ){0,2}"
            r"erwartet\b",
        ),
        exceptions=(
            r"\b(?:keine|keineswegs|nicht|kein|alles andere als|bestimmt keine|auf keinen Fall)"
            r"(?: \w+){0,2} Zeitverschwendung\b",
            r"\bnicht (?:\w+ )?(?:unhöflich|respektlos|unprofessionell) (?:sein|wirken|klingen"
            r"|erscheinen)\b",
        ),
        examples=(
            Example.bad("Ehrlich gesagt war das ganze Verfahren Zeitverschwendung."),
            Example.bad("Sie hatten doch längst jemanden im Kopf, bevor wir uns trafen."),
            Example.bad("Die Gespräche waren von Anfang bis Ende unprofessionell."),
            Example.good("Die Gespräche waren gut organisiert, und ich habe viel gelernt."),
            Example.good("Es war keineswegs Zeitverschwendung; ich habe viel gelernt."),
            Example.good(
                "Nachdem ich nichts mehr gehört habe, gehe ich davon aus, dass Sie sich für eine"
                " andere Bewerbung entschieden haben."
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
            r"\b(?:weniger|schlechter|kaum|nicht (?:so|annähernd so|halb so) gut) (?:qualifiziert"
            r"|geeignet|erfahren)\w*\b",
            r"\b(?:billiger|günstiger|jünger)en? (?:Person|Kraft|Bewerbung|Bewerber\w*|Kandidat\w*"
            r"|Lösung|Alternative|Besetzung)\b",
            rf"\b(?:wenn|sobald|falls) {WINNER},? (?:\w+ ){{0,3}}(?:scheitert|versagt|kündigt"
            r"|hinwirft|hinschmeißt|aufgibt|überfordert ist|nicht klarkommt|das Handtuch wirft)\b",
            rf"\b{WINNER},? (?:wird|werden) (?:es |das )?(?:nicht lange (?:durchhalten|bleiben"
            r"|machen)|bald (?:scheitern|hinwerfen)|es nicht schaffen)\b",
            r"\b(?:weil|da) (?:er|sie) (?:jemanden |die Chefin |den Chef )?(?:kennt|kannte"
            r"|befreundet ist|verwandt ist)\b",
            r"\bVitamin B\b",
            r"\binterne[nr]? (?:Kandidat|Bewerber)\w* (?:\w+ ){0,3}(?:von Anfang an|ohnehin"
            r"|sowieso|längst) (?:fest|gesetzt|ausgewählt)\b",
        ),
        examples=(
            Example.bad("Melden Sie sich, sobald die neue Person scheitert."),
            Example.bad("Sie haben sich wohl für eine billigere Kraft entschieden."),
            Example.good(
                "Falls eine andere Stelle frei wird – oder es mit der Person, die Sie eingestellt"
                " haben, nicht klappt –, würde ich mich freuen, wenn Sie an mich denken."
            ),
            Example.good("Ihnen und der neuen Person im Team wünsche ich viel Erfolg."),
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
            r"\bviel (?:Glück|Erfolg) (?:bei der Suche|beim Suchen|beim Finden)\b[^.!?\n]{0,40}?"
            r"\b(?:Besser\w*|Gleichwertig\w*|so gut|so gute\w*|wie mich|wie mir|wie ich)\b",
            r"\bna dann,? viel (?:Glück|Erfolg)\b",
            r"\bdanke für nichts\b",
            r"\b(?:Ihr|dein|euer) (?:Pech|Verlust)\b",
            rf"\bsicher,? (?:dass )?{WINNER},? (?:ist |sind |wird |wäre )?(?:\w+ )?(?:großartig"
            r"|perfekt|toll|wunderbar|fantastisch|brillant|viel besser|so viel besser|besser)\b",
            SENTENCE_START + r"(?:Na dann|Tja|Na toll|Wie auch immer|Schön für (?:Sie|dich|euch))"
            r"[.!]",
            r"\bna toll\b",
            r"\b(?:offenbar|anscheinend|offensichtlich|wohl) (?:war|bin) (?:ich|mein (?:\w+ )?"
            r"(?:Profil|Lebenslauf)) (?:\w+ )?(?:nicht gut genug|nicht (?:das|die|der), (?:was|die"
            r"|den)|nicht qualifiziert genug|nicht (?:gut|erfahren|jung) genug)\b",
        ),
        examples=(
            Example.bad("Viel Glück bei der Suche nach jemand Besserem."),
            Example.bad("Ich bin sicher, die Person, die Sie eingestellt haben, ist großartig."),
            Example.bad("Na dann. Danke für die Info."),
            Example.bad("Offenbar war ich nicht das, was Sie gesucht haben."),
            Example.good("Viel Glück bei der Produkteinführung im nächsten Monat."),
            Example.good("Ich bin sicher, das Team wird dieses Jahr Großes leisten."),
            Example.good("Es ist völlig in Ordnung, wenn Sie kein Feedback geben können."),
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
            r"\b(?:Sie|ihr|du) (?:werden|werdet|wirst) (?:\w+ ){0,3}(?:bereuen|noch von mir"
            r" hören)\b",
            r"\b(?:gehe|wechsle|wechsele|gehen|bringe|wechseln)\b[^.!?\n]{0,40}?\bzur"
            r" Konkurrenz\b",
            r"\b(?:biete|bieten|anbieten)\b[^.!?\n]{0,50}?\bder Konkurrenz\b",
            r"\bder Konkurrenz (?:an|anbieten)\b",
            r"\b(?:Ihre|eure|deine|die) Konkurrenz (?:wird|würde) (?:sich (?:\w+ )?freuen|mich"
            r" (?:\w+ )?(?:nehmen|einstellen))\b",
            rf"\b(?:Ihr|Ihre|dein|deine|euer|eure) {_BOSS} (?:wird|soll|muss|sollte) (?:\w+ )?"
            r"(?:davon |das |es )?(?:erfahren|hören|wissen)\b",
            rf"\b(?:mich|ich) (?:\w+ ){{0,3}}(?:bei|an) (?:Ihre[rnm]?|eure[rnm]?|deine[rnm]?"
            r"|de[mnr]"
            rf"|die) (?:\w+ )?{_BOSS} (?:\w+ ){{0,2}}(?:beschweren|beschwere|wenden|wende)\b",
            r"\b(?:rechtliche Schritte|(?:meine[nm]? )?(?:Rechts)?(?:Anwalt|Anwältin) einschalten"
            r"|mein(?:e)? (?:Rechts)?(?:Anwalt|Anwältin)|verklagen|vor Gericht|Klage"
            r" einreichen)\b",
            r"\b(?:AGG|Antidiskriminierungsstelle|Diskriminierungsklage|diskriminiert)\b",
            r"\b(?:Entschädigung|Schadensersatz) (?:nach dem AGG|fordern|verlangen|geltend"
            r" machen)\b",
            r"\b(?:das|dies) (?:wird|werden) (?:noch )?Konsequenzen haben\b",
            r"\bnicht das letzte (?:Wort|von mir gehört)\b",
        ),
        examples=(
            Example.bad("Sie werden diese Entscheidung noch bereuen."),
            Example.bad("Dann biete ich meine Fähigkeiten eben der Konkurrenz an."),
            Example.bad("Ihre Vorgesetzte wird davon erfahren."),
            Example.bad("Ich werde mich bei Ihrer Geschäftsführung beschweren."),
            Example.good("Ich werde die Arbeit des Teams weiter mit Interesse verfolgen."),
            Example.good("Bitte richten Sie auch Ihrer Vorgesetzten meinen Dank aus."),
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
            rf"\b{_ABOUT}\b[^.!?\n]{{0,40}}?\b(?:auf|bei|in) {_PLATFORM}\b[^.!?\n]{{0,20}}?"
            rf"\b{_POST}\b",
            rf"\b{_POST}\b[^.!?\n]{{0,30}}?\b(?:auf|bei|in) {_PLATFORM}\b[^.!?\n]{{0,20}}?"
            rf"\b{_ABOUT}",
            rf"\b(?:auf|bei|in) {_PLATFORM}\b[^.!?\n]{{0,30}}?\b{_ABOUT}\b[^.!?\n]{{0,20}}?"
            rf"\b{_POST}\b",
            r"\b(?:Bewertung|Rezension|Erfahrungsbericht)\w* (?:auf|bei|in) (?:kununu|Glassdoor"
            r"|Google|Indeed)\b",
            r"\b(?:auf|bei) (?:kununu|Glassdoor)\b[^.!?\n]{0,40}?\b(?:bewerten|bewerte|schreiben"
            r"|schreibe|berichten|hinterlassen|hinterlasse)\b",
            r"\b(?:an die Öffentlichkeit (?:gehen|bringen)|öffentlich machen|publik machen)\b",
            r"\b(?:mein Netzwerk|meine Follower|meine Kontakte|alle|die ganze Branche)"
            r" (?:soll|sollen|sollte|sollten|muss|müssen|wird|werden|verdient|verdienen)"
            r" (?:\w+ )?(?:erfahren|wissen)\b",
        ),
        examples=(
            Example.bad("Ich werde auf LinkedIn über diese Erfahrung berichten."),
            Example.bad("Ich hinterlasse eine ehrliche Bewertung auf kununu."),
            Example.bad(
                "Mein Netzwerk sollte erfahren, wie hier mit Bewerbungen umgegangen wird."
            ),
            Example.good("Ich freue mich, auf LinkedIn in Kontakt zu bleiben."),
            Example.good("Ich habe auf LinkedIn viel über Ihr Unternehmen gelesen."),
        ),
    ),
)
