"""Pflichtteile: thanks in every reply; a forward-looking line where it is the point."""

from __future__ import annotations

from rejection_kit.tone._rule import Example, Rule

__all__ = ["RULES"]

_THANKS_RECIPES = (
    "thank_you",
    "full_response",
    "keep_door_open",
    "be_a_resource",
    "ghosted_closure",
    "feedback_request",
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="gratitude.missing",
        kind="required",
        severity="warning",
        severity_by_recipe={
            **dict.fromkeys(_THANKS_RECIPES, "error"),
            "stay_on_radar": "suggestion",
        },
        severity_by_channel={"sms": "warning"},
        channels=("email", "linkedin_message", "sms", "card"),
        message="May read as ungracious: the message never thanks them.",
        rationale="Thanks come first in every expert's advice; a reply without them reads as a "
        "grievance.",
        suggestion="Danken Sie für die Zeit, die Gespräche oder die Rückmeldung.",
        patterns=(
            r"\bdank\w*",
            r"\bbedank\w*",
            r"\b(?:zu )?schätzen\b",
            r"\bgeschätzt\b",
            r"\bWertschätzung\b",
        ),
        min_words=4,
        examples=(
            Example.bad(
                "Sehr geehrte Frau Raman,\n\nich habe Ihre Nachricht zur Stelle erhalten.\n\n"
                "Beste Grüße\nMaya"
            ),
            Example.bad("Ich habe Ihre Nachricht zur Stelle erhalten.", recipe="thank_you"),
            Example.good(
                "Sehr geehrte Frau Raman,\n\nvielen Dank für Ihre Nachricht.\n\nBeste Grüße\nMaya"
            ),
            Example.good("Ich weiß die Zeit, die sich das Team genommen hat, sehr zu schätzen."),
            Example.good(
                "Hallo Priya, schön, dich kennengelernt zu haben.", channel="linkedin_note"
            ),
        ),
    ),
    Rule(
        id="door_open.missing",
        kind="required",
        severity="warning",
        recipes=("keep_door_open", "full_response"),
        message="May read as a goodbye: nothing says you would like to hear from them again.",
        rationale="The point of a keep-the-door-open note is to be the first call next time.",
        suggestion='Zum Beispiel: "Bitte denken Sie bei künftigen Stellen an mich."',
        patterns=(
            r"\b(?:zu)?künftig\w*",
            r"\bim Hinterkopf\b",
            r"\ban mich denk\w*",
            r"\bdenk\w* (?:\w+ ){0,6}an mich\b",
            r"\bin (?:Kontakt|Verbindung) (?:zu )?bleiben\b",
            r"\bWege (?:\w+ ){0,2}kreuzen\b",
            r"\b(?:frei wird|frei werden|wieder frei|neu ausgeschrieben|ausgeschrieben wird)\b",
            r"\b(?:erneut|wieder|noch einmal) (?:zu )?bewerben\b",
            r"\berneute[nr]? Bewerbung\b",
            r"\bberücksichtigt zu werden\b",
            r"\b(?:weiterhin|nach wie vor|immer noch) (?:\w+ ){0,3}(?:interessiert|Interesse"
            r"|gern)\b",
            r"\bmein Interesse\b",
            r"\bnicht (?:klappt|passt|funktioniert)\b",
            r"\bins Team\b",
            r"\b(?:weiter)?entwickeln\b",
            r"\bnächsten Mal\b",
            r"\bzusammenarbeiten\b",
        ),
        examples=(
            Example.bad(
                "Vielen Dank für Ihre Nachricht. Viel Erfolg beim Produktstart.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Vielen Dank für Ihre Nachricht. Bitte denken Sie bei künftigen Stellen an mich.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Vielen Dank. Mein Interesse an Ihrem Team ist unverändert.",
                recipe="keep_door_open",
            ),
            Example.good("Vielen Dank für Ihre Nachricht. Viel Erfolg beim Produktstart."),
        ),
    ),
    Rule(
        id="resource_offer.presumptuous",
        kind="existence",
        severity="warning",
        message="May read as presumptuous: the offer assumes they need rescuing.",
        rationale="An offer to help is generous; implying their work is broken is not.",
        patterns=(
            r"\bich (?:könnte|kann|würde) (?:\w+ ){0,3}(?:problemlos|leicht|mühelos|schnell"
            r"|im Handumdrehen) (?:\w+ ){0,3}(?:reparieren|lösen|retten|in Ordnung bringen"
            r"|aufräumen|fixen)\b",
            r"\b(?:Sie|ihr|du) (?:brauchen|braucht|brauchst) (?:eindeutig|offensichtlich|dringend"
            r"|ganz klar) (?:Hilfe|Unterstützung|jemanden)\b",
            r"\b(?:Ihre|eure|deine) (?:\w+ ){0,2}(?:ist|sind) (?:ein(?:e)? (?:Chaos|Katastrophe"
            r"|Baustelle)|kaputt|veraltet|völlig überholt|amateurhaft)\b",
        ),
        examples=(
            Example.bad("Ich könnte Ihre Datenpipeline problemlos reparieren, wenn Sie möchten."),
            Example.bad("Sie brauchen eindeutig Hilfe bei der dbt-Migration."),
            Example.good(
                "Falls es hilft, teile ich gern die Checkliste, die wir für die Migration"
                " verwendet haben."
            ),
        ),
    ),
)
