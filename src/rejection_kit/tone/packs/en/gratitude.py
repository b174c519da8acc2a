"""Required elements: thanks in every reply; a forward-looking line where it is the point."""

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
        suggestion="Thank them for their time, the interviews or letting you know.",
        patterns=(
            r"\bthank(?:s|ful|ing)?\b",
            r"\bgrateful\b",
            r"\bgratitude\b",
            r"\bappreciat(?:e|ed|es|ing|ion|ive)\b",
            r"\bmuch obliged\b",
        ),
        min_words=4,
        examples=(
            Example.bad(
                "Dear Priya,\n\nI got your message about the analyst role.\n\nBest,\nMaya"
            ),
            Example.bad("I got your message about the analyst role.", recipe="thank_you"),
            Example.good("Dear Priya,\n\nThank you for letting me know.\n\nBest,\nMaya"),
            Example.good("I really appreciate the time the team gave me."),
            Example.good("Hi Priya, great to meet you.", channel="linkedin_note"),
        ),
    ),
    Rule(
        id="door_open.missing",
        kind="required",
        severity="warning",
        recipes=("keep_door_open", "full_response"),
        message="May read as a goodbye: nothing says you would like to hear from them again.",
        rationale="The point of a keep-the-door-open note is to be the first call next time.",
        suggestion=(
            'Add a line about future roles, e.g. "Please keep me in mind for future openings."'
        ),
        patterns=(
            r"\bfuture\b",
            r"\bkeep me in mind\b",
            r"\b(?:stay|keep) in touch\b",
            r"\b(?:stay|keep) connected\b",
            r"\bpaths (?:will )?cross\b",
            r"\b(?:another|other|new|similar|upcoming) (?:position|role|opening|opportunit(?:y"
            r"|ies)"
            r"|vacanc(?:y|ies))\b",
            r"\bwould (?:still )?love to (?:join|work)\b",
            r"\b(?:remain|still) (?:very |keenly |genuinely )?interested\b",
            r"\bdoesn't work out\b",
            r"\b(?:reapply|re-apply|apply again)\b",
            r"\bwork together\b",
            r"\b(?:opens? up|opened up|reopens?|comes? up|becomes? available)\b",
            r"\b(?:love|glad|happy|delighted|keen) to be considered\b",
            r"\bmy interest (?:in \w+(?: \w+){0,3} )?(?:hasn't|has not|remains|is still"
            r"|continues)\b",
            r"\blook(?:ing)? forward to (?:staying|keeping|hearing|working|the chance)\b",
            r"\bon file\b",
        ),
        examples=(
            Example.bad(
                "Thank you for letting me know. Good luck with the launch.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Thank you for letting me know. Please keep me in mind for future openings.",
                recipe="keep_door_open",
            ),
            Example.good(
                "Thank you. My interest in the team remains; if a role opens up, I'd love to be"
                " considered.",
                recipe="keep_door_open",
            ),
            Example.good("Thank you for letting me know. Good luck with the launch."),
        ),
    ),
    Rule(
        id="resource_offer.presumptuous",
        kind="existence",
        severity="warning",
        message="May read as presumptuous: the offer assumes they need rescuing.",
        rationale="An offer to help is generous; implying their work is broken is not.",
        patterns=(
            r"\bI (?:can|could|will|would) (?:easily |quickly |single-handedly )?(?:fix|solve"
            r"|sort out"
            r"|save|rescue|turn around|clean up) (?:your|the|all your|that mess)\b",
            r"\byou (?:clearly|obviously|really|desperately|badly) need (?:help|someone|me|a|an"
            r"|to)\b",
            r"\b(?:since|as) you (?:clearly |obviously )?(?:don't|do not|lack|can't|cannot)"
            r" (?:know|have|understand)\b",
            r"\byour (?:\w+ ){0,2}(?:is|are) (?:a (?:mess|disaster)|broken|outdated|behind the "
            r"times"
            r"|amateurish)\b",
        ),
        examples=(
            Example.bad("I could easily fix your data pipeline if you want."),
            Example.bad("You clearly need help with the dbt migration."),
            Example.good("If it helps, I'm happy to share the migration checklist we used."),
        ),
    ),
)
