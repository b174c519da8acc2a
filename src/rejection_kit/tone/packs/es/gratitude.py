"""Required element: thanks in every reply."""

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
        suggestion="Agradezca su tiempo, las entrevistas o que le hayan comunicado la decisión.",
        patterns=(
            r"\bgracias\b",
            r"\bagradec\w*",
            r"\bagradezc\w*",
            r"\bgratitud\b",
            r"\bmil gracias\b",
        ),
        min_words=4,
        examples=(
            Example.bad(
                "Estimada Sra. Raman:\n\nHe recibido su mensaje sobre el puesto de analista."
                "\n\nUn cordial saludo,\nMaya"
            ),
            Example.bad("He recibido su mensaje sobre el puesto de analista.", recipe="thank_you"),
            Example.good(
                "Estimada Sra. Raman:\n\nGracias por comunicarme su decisión.\n\nUn cordial"
                " saludo,\nMaya"
            ),
            Example.good("Le agradezco de verdad el tiempo que me dedicó el equipo."),
            Example.good("Hola, Priya: fue un placer conocerte.", channel="linkedin_note"),
        ),
    ),
)
