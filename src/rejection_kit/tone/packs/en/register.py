"""Register and channel fit: slang, stiffness, contractions, LinkedIn notes, leverage."""

from __future__ import annotations

from rejection_kit.tone import _names
from rejection_kit.tone._factories import CONTRACTIONS
from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs._sample import SAMPLE_SITUATION

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="formality.slang",
        kind="existence",
        severity="warning",
        message="May read as too casual for a professional message.",
        rationale="Mild informality is fine; chat slang to a hiring manager is not.",
        channels=("email", "linkedin_message", "linkedin_note", "card"),
        tags=("informal",),
        patterns=(
            r"\b(?:gonna|wanna|gotta|dunno|lol|lmao|omg|tbh|idk|smh|thx|pls|plz|ur)\b",
            r"\bhey (?:guys|folks|y'all|dude)\b",
            r"\bcheers,? (?:mate|bro|dude)\b",
            r"\b(?:dude|bro|bruh)\b",
        ),
        examples=(
            Example.bad("Thx for the heads up, gonna keep an eye on the careers page."),
            Example.good("Bummed this one didn't pan out, but I loved meeting the team."),
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
            r"\b(?:Dear Sir(?: or Madam|/Madam)?|Dear Madam|To whom it may concern"
            r"|Yours (?:faithfully|sincerely|truly)|Respectfully yours)\b",
        ),
        examples=(
            Example.bad("Dear Sir or Madam, thank you for the call.", channel="sms"),
            Example.good("Hi Sam, it's Maya. Thanks for the call today.", channel="sms"),
        ),
    ),
    Rule(
        id="formality.contractions",
        kind="existence",
        severity="suggestion",
        tones=("formal",),
        message="May read as informal for a formal note: a contraction.",
        channels=("email", "linkedin_message", "card"),
        patterns=CONTRACTIONS,
        suggestion='Write the words out: "I am", "do not".',
        examples=(
            Example.bad("I'm grateful for the time you gave me.", tone="formal"),
            Example.good("I am grateful for the time you gave me.", tone="formal"),
            Example.good("I'm grateful for the time you gave me."),
        ),
    ),
    Rule(
        id="personalization.generic_salutation",
        kind="consistency",
        severity="warning",
        message="May read as impersonal: a generic greeting when you know their name.",
        check=_names.generic_greeting,
        examples=(
            Example.bad(
                "To whom it may concern,\n\nThank you for the update.", situation=SAMPLE_SITUATION
            ),
            Example.good(
                "Dear Ms. Raman,\n\nThank you for the update.", situation=SAMPLE_SITUATION
            ),
            Example.good("To whom it may concern,\n\nThank you for the update."),
        ),
    ),
    Rule(
        id="linkedin.default_note",
        kind="existence",
        severity="warning",
        severity_by_channel={"linkedin_note": "error"},
        message="May read as generic: this is LinkedIn's default invitation text.",
        rationale="The default text tells them no thought went into the request.",
        suggestion='Say how you met: "We spoke about the analyst role last month ..."',
        patterns=(
            r"\bI(?:'d| would) like to (?:add you to my (?:professional )?network|join your"
            r" (?:professional |LinkedIn )?network)\b",
            r"^\s*I(?:'d| would) like to connect(?: with you)?(?: on LinkedIn)?[.!]?\s*$",
        ),
        examples=(
            Example.bad(
                "I'd like to add you to my professional network on LinkedIn.",
                channel="linkedin_note",
            ),
            Example.bad("I'd like to connect with you on LinkedIn.", channel="linkedin_note"),
            Example.good(
                "Priya, thank you for the interviews on the analyst role. I'd like to"
                " stay in touch.",
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
            r"\b(?:grab|get|have|over) (?:a )?(?:coffee|quick call|call|chat|lunch|virtual "
            r"coffee)\b",
            r"\b(?:hop|jump) on a (?:quick )?call\b",
            r"\b(?:are you|is your team) (?:still )?(?:hiring|looking for)\b",
            r"\b(?:any|other) (?:openings|open roles|positions|opportunities|vacancies)\b",
            r"\b(?:refer|introduce|recommend) me\b",
            r"\bpick your brain\b",
            r"\b(?:\d+|five|ten|fifteen|twenty|thirty) (?:minutes|mins)\b",
            r"\b(?:could|can|would) you (?:help|refer|introduce|recommend|review|look at"
            r"|forward)\b",
            r"\b(?:open to|up for|free for|have time for|available for) (?:a |an )?(?:quick"
            r" |short |brief |virtual |\w+-minute )?(?:call|chat|coffee|meeting|zoom|catch-up"
            r"|conversation)\b",
            r"\b(?:other|any) (?:roles|jobs|teams)\b",
        ),
        examples=(
            Example.bad(
                "Thanks for the interviews, Priya. Could we grab a coffee next week?",
                channel="linkedin_note",
            ),
            Example.good(
                "Thanks for the interviews, Priya. I'd be glad to stay in touch.",
                channel="linkedin_note",
            ),
            Example.bad(
                "Thanks for the interviews. Are you free for a short chat next week?",
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
            r"\bI (?:have|'ve got|have received|received|'ve received) (?:\w+ )?(?:other|another"
            r"|several|two|three|multiple|competing) (?:job )?offers?\b",
            r"\b(?:other|competing) offers? (?:on the table|pending|in hand)\b",
            r"\bmy (?:salary|compensation|pay) (?:expectations?|requirements?)\b",
            r"\bmy (?:current|former|last|previous) (?:employer|boss|manager|company|job|team)"
            r" (?:is|was|are|were) (?:\w+ )?(?:terrible|awful|toxic|horrible|a nightmare|a mess"
            r"|incompetent|the worst)\b",
        ),
        examples=(
            Example.bad("I have two other offers, so I need to know soon."),
            Example.bad("My current employer is toxic, which is why I applied."),
            Example.good("I'm still keen on the work your team is doing."),
        ),
    ),
)
