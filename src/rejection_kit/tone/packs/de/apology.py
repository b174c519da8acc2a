"""Entschuldigungen, Rechtfertigungen, Selbstabwertung, Überschwang und zu viel Gefühl."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

_SORRY = (
    r"(?:entschuldigen Sie|entschuldige|entschuldigt|Entschuldigung|verzeihen Sie|verzeih"
    r"|Verzeihung|sorry|(?:es )?tut mir leid)"
)
_NERVES = r"(?:nervös|aufgeregt|übermüdet|krank|erkältet|abgelenkt|unkonzentriert|angespannt)"

RULES: tuple[Rule, ...] = (
    Rule(
        id="apology.count",
        kind="occurrence",
        severity="warning",
        message="May read as over-apologetic: more than one apology in the message.",
        rationale='One "Schade, dass es nicht geklappt hat" is gracious; several apologies '
        "sound like guilt.",
        tags=("apologetic",),
        patterns=(
            r"\bentschuldig\w*",
            r"\bverzeih\w*",
            r"\btut mir (?:\w+ )?leid\b",
            r"\bbitte (?:ich )?um Nachsicht\b",
            r"\bsorry\b",
        ),
        max=1,
        examples=(
            Example.bad(
                "Entschuldigen Sie die lange Nachricht. Es tut mir leid, falls das unpassend ist."
            ),
            Example.good("Es tut mir leid, dass es diesmal nicht geklappt hat."),
        ),
    ),
    Rule(
        id="apology.for_time",
        kind="existence",
        severity="warning",
        message="May read as over-apologetic: apologising for taking their time.",
        rationale="They chose to spend the time; thank them for it instead.",
        suggestion="Vielen Dank für Ihre Zeit.",
        tags=("apologetic",),
        patterns=(
            rf"\b{_SORRY},? (?:\w+ ){{0,3}}(?:die Störung|dass ich (?:\w+ ){{0,3}}(?:störe"
            r"|belästige|aufhalte|beanspruche|beansprucht|Zeit|schon wieder|erneut|noch einmal)"
            r"|(?:für )?(?:die|meine) lange[n]? (?:E-Mail|Nachricht|Mail)|(?:Ihre|deine|eure)"
            r" (?:kostbare |wertvolle )?Zeit)",
            r"\b(?:Entschuldigung|Verzeihung|sorry) für die (?:Störung|lange (?:E-Mail|Nachricht"
            r"|Mail))\b",
        ),
        examples=(
            Example.bad("Entschuldigen Sie, dass ich Ihre Zeit so lange beansprucht habe."),
            Example.bad("Entschuldigen Sie die Störung – ich melde mich noch einmal."),
            Example.good("Vielen Dank für die Zeit, die Sie sich für mich genommen haben."),
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
            r"\b(?:ich (?:war|bin)|(?:war|bin) ich) (?:\w+ ){0,2}nicht (?:gut|klug|qualifiziert"
            r"|erfahren|stark|kompetent|fähig|überzeugend) genug\b",
            r"\b(?:ich bin|bin ich) (?:eben |halt |wohl |einfach |nur )*(?:ein(?:e)? )?(?:Versager"
            r"\w*|Idiot\w*|hoffnungslos\w*|nutzlos|unfähig)\b",
            r"\bich hätte mich (?:\w+ ){0,2}(?:nie|gar nicht|nicht) bewerben sollen\b",
            rf"\b{_SORRY},? dass ich (?:\w+ ){{0,3}}(?:nicht gut genug|nicht (?:das|die|der)"
            r" (?:Richtige|war)|nicht überzeugen|nicht überzeugt)\w*",
        ),
        examples=(
            Example.bad("Ich weiß, ich war einfach nicht gut genug für ein Team wie Ihres."),
            Example.bad("Es tut mir leid, dass ich Sie nicht überzeugen konnte."),
            Example.good("Aus der technischen Runde habe ich viel gelernt."),
        ),
    ),
    Rule(
        id="apology.over_justifying",
        kind="existence",
        severity="warning",
        message="May read as over-justifying: explaining the interview after the decision.",
        rationale="Re-explaining answers reads as arguing; a short note lands better.",
        tags=("apologetic",),
        patterns=(
            rf"\b{_NERVES}\b[^.!?\n]{{0,60}}?\b(?:deshalb|weshalb|darum|daher|deswegen|erklärt"
            r"|der Grund|wodurch)\b",
            rf"\b(?:weil|da) ich (?:\w+ ){{0,4}}{_NERVES}\b",
            r"\b(?:lassen Sie mich|lass mich|ich möchte|ich muss|darf ich) (?:\w+"
            r" ){0,2}(?:erklären"
            r"|klarstellen|richtigstellen|rechtfertigen)\b",
            r"\bzu meiner Verteidigung\b",
            r"\bwas ich (?:eigentlich|damit) (?:sagen wollte|meinte|gemeint habe)\b",
        ),
        examples=(
            Example.bad("Ich war im letzten Gespräch sehr nervös, deshalb habe ich gestockt."),
            Example.bad("Lassen Sie mich erklären, was ich mit meiner Antwort zum Testen meinte."),
            Example.good("Die Diskussion über das Testen im letzten Gespräch hat mir gefallen."),
        ),
    ),
    Rule(
        id="emotion.oversharing",
        kind="existence",
        severity="warning",
        message="May read as oversharing: strong feelings about the decision.",
        rationale="One sentence of mild disappointment is gracious; distress makes them uneasy.",
        patterns=(
            r"\bam Boden zerstört\b",
            r"\b(?:niedergeschmettert|todunglücklich|untröstlich)\b",
            r"\b(?:geweint|weinen musste|in Tränen|Tränen in den Augen)\b",
            r"\b(?:kann|konnte) (?:seitdem |deswegen |kaum |die ganze Nacht )*(?:nicht|kaum)"
            r" (?:mehr )?schlafen\b",
            r"\bhat mir (?:den|die|das) (?:ganze[n]? )?(?:Tag|Woche|Wochenende|Monat) (?:\w+ )?"
            r"(?:ruiniert|verdorben|versaut)\b",
            r"\b(?:ich bin|bin ich|ich war|war ich) (?:\w+ ){0,2}(?:verletzt|gekränkt|wütend|sauer"
            r"|verärgert|verbittert|fassungslos|erschüttert)\b",
        ),
        examples=(
            Example.bad("Ehrlich gesagt war ich am Boden zerstört, als ich Ihre E-Mail las."),
            Example.bad("Diese Nachricht hat mir die ganze Woche verdorben."),
            Example.good("Ich bin natürlich enttäuscht, verstehe die Entscheidung aber."),
            Example.good(
                "Schade, dass es nicht geklappt hat – aber das Team kennenzulernen hat mir viel"
                " Freude gemacht."
            ),
        ),
    ),
    Rule(
        id="emotion.gushing",
        kind="existence",
        severity="warning",
        message="May read as gushing.",
        rationale="Praise works when it is specific and measured.",
        patterns=(
            r"\b(sehr|so|wirklich|echt|total|super)[, ]+\1\b",
            r"\b(?:der|die|das) (?:allerbeste|beste|tollste|großartigste|schönste)[nrs]? (?:\w+ )?"
            r"(?:Unternehmen|Team|Firma|Arbeitgeber|Gespräch|Erfahrung|Vorstellungsgespräch|Tag"
            r"|Menschen)\b[^.!?\n]{0,20}?(?:der Welt|aller Zeiten|überhaupt|meines Lebens"
            r"|, (?:die|das|den) ich je)",
            r"\bmein(?:en)? (?:absolute[rn]? |größte[rn]? )?Traum(?:job|arbeitgeber|unternehmen"
            r"|stelle)\b",
            r"\bTraumjob\b",
            r"\bich (?:liebe|vergöttere) (?:Sie|euch|dich|Ihr Unternehmen|eure Firma)\b",
        ),
        examples=(
            Example.bad("Das war wirklich wirklich ein schöner Tag."),
            Example.bad("Sie sind das beste Team der Welt!"),
            Example.good("Das Team kennenzulernen hat mir sehr gefallen."),
        ),
    ),
)
