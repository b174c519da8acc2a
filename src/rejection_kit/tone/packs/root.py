"""The language-agnostic pack: placeholders, names, length per channel, typography."""

from __future__ import annotations

from rejection_kit.tone import _length, _names, _placeholders, _typography
from rejection_kit.tone._rule import Example, Rule
from rejection_kit.tone.packs._sample import SAMPLE_SITUATION

__all__ = ["RULES"]

_S = SAMPLE_SITUATION
_LONG_EMAIL = "Thank you for the conversations over the past month. " * 30
_LONG_NOTE = "Thank you for the interviews about the analytics role last week. " * 4
_LONG_SMS = "Hi Sam, this is Maya Chen. Thank you for calling me about the analyst role. " * 3

RULES: tuple[Rule, ...] = (
    Rule(
        id="personalization.placeholders",
        kind="callable",
        severity="error",
        message="May read as a mass mailing: a template placeholder was left in the text.",
        rationale="An unfilled [Company Name] tells the reader the note was not written for them.",
        skip_quoted=False,
        check=_placeholders.placeholders,
        tags=("all_channels",),
        examples=(
            Example.bad("Thank you for considering me for the role at [Company Name]."),
            Example.bad("Dear {name},\n\nThank you for your time."),
            Example.bad("I enjoyed learning about the <<role>> opening. TODO: add a detail."),
            Example.bad("Dear Mr./Ms. Raman, thank you for the update."),
            Example.bad("Thank you for the time.\n\nBest regards,\nYour Name"),
            Example.good("Thank you for considering me for the role at Northwind Analytics."),
            Example.good("The checklist [1] covers the migration steps; thank you again."),
        ),
    ),
    Rule(
        id="personalization.unknown_recipient",
        kind="consistency",
        severity="error",
        confidence="medium",
        message="May read as careless: the greeting names someone who is not a contact.",
        rationale="A wrong or misspelt name is the first thing the reader sees.",
        skip_quoted=False,
        check=_names.recipient,
        examples=(
            Example.bad("Dear Ms. Ramirez,\n\nThank you for the update.", situation=_S),
            Example.bad("Hi Pryia,\n\nThank you for letting me know.", situation=_S),
            Example.good("Dear Ms. Raman,\n\nThank you for the update.", situation=_S),
            Example.good("Hi Sam,\n\nThanks for calling me yesterday.", situation=_S),
            Example.good("Dear Hiring Manager,\n\nThank you for the update.", situation=_S),
            Example.good("Dear Ms. Ramirez,\n\nThank you for the update."),
        ),
    ),
    Rule(
        id="personalization.wrong_company",
        kind="consistency",
        severity="error",
        confidence="medium",
        message="May read as careless: the message names another company.",
        rationale="Naming a different employer is the classic copy-and-paste mistake.",
        check=_names.company,
        examples=(
            Example.bad(
                "Thank you for considering me for the analyst position at Contoso.", situation=_S
            ),
            Example.good(
                "Thank you for considering me for the analyst position at Northwind.",
                situation=_S,
            ),
            Example.good(
                "In my last role at Contoso I moved our dashboards to dbt.", situation=_S
            ),
        ),
    ),
    Rule(
        id="channel.over_limit",
        kind="metric",
        severity="error",
        message="May read as cut off: the text is over the channel's hard limit.",
        rationale="LinkedIn refuses notes over the limit; long SMS chains arrive out of order.",
        check=_length.over_limit,
        examples=(
            Example.bad(_LONG_NOTE, channel="linkedin_note"),
            Example.bad(_LONG_SMS * 3, channel="sms"),
            Example.good(
                "Thank you for the interviews, Priya. I'd be glad to stay in touch.",
                channel="linkedin_note",
            ),
            Example.good(_LONG_NOTE, channel="email"),
        ),
    ),
    Rule(
        id="channel.too_long",
        kind="metric",
        severity="warning",
        message="May read as too long for the channel.",
        rationale="Every source agrees: short. An email body of 80 to 200 words is plenty.",
        check=_length.too_long,
        examples=(
            Example.bad(_LONG_EMAIL),
            Example.bad(_LONG_SMS, channel="sms"),
            Example.bad("Thank you for the conversations. " * 40, tone="concise"),
            Example.good("Thank you for the conversations. " * 40),
            Example.good("Hi Sam, it's Maya Chen. Thanks for the call today!", channel="sms"),
        ),
    ),
    Rule(
        id="intensity.caps",
        kind="typography",
        severity="warning",
        message="May read as shouting: a word in capitals.",
        rationale="Capitals signal intensity; in a note after a rejection they read as anger.",
        check=_typography.caps,
        examples=(
            Example.bad("I was NOT expecting that answer."),
            Example.bad("THANK YOU for the interviews."),
            Example.bad("That was ABSOLUTELY the wrong call."),
            Example.good("I enjoyed talking about the SQL and AWS work with the BI team."),
            Example.good("Thank you for the time at IKEA.", situation=None),
        ),
    ),
    Rule(
        id="intensity.punctuation",
        kind="typography",
        severity="warning",
        message="May read as agitated: repeated punctuation.",
        rationale="One exclamation mark is warmth; several read as agitation.",
        check=_typography.punctuation_runs,
        examples=(
            Example.bad("Thank you so much!!!"),
            Example.bad("You chose someone else?!"),
            Example.bad("I see...."),
            Example.good("Thank you so much! It was a pleasure to meet the team."),
            Example.good("Would you be open to a short call next month?"),
        ),
    ),
    Rule(
        id="intensity.emoji",
        kind="typography",
        severity="warning",
        message="May read as too casual: emoji in a professional message.",
        rationale="Emoji are fine in a text to a friend, not in a note to a hiring manager.",
        channels=("email", "linkedin_note", "linkedin_message", "sms", "card"),
        check=_typography.emoji,
        examples=(
            Example.bad("Thank you for the update \U0001f60a"),
            Example.bad("Thanks \U0001f64f\U0001f64f", channel="sms"),
            Example.good("Thanks for the call today \U0001f642", channel="sms"),
            Example.good("Thank you for the update."),
        ),
    ),
    Rule(
        id="intensity.exclamations",
        kind="occurrence",
        severity="suggestion",
        message="May read as overexcited: more than two exclamation marks in one message.",
        patterns=(r"!",),
        max=2,
        channels=("email", "linkedin_message", "linkedin_note"),
        examples=(
            Example.bad(
                "Thank you! I loved meeting everyone! The offsite sounds great! Good luck!"
            ),
            Example.good("Thank you! It was great to meet everyone."),
        ),
    ),
)
