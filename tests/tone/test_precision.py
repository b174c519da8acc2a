"""Precision first: gracious notes and the generator's lines draw no error."""

from __future__ import annotations

import pytest

from rejection_kit.tone import check

LINES = [
    "I'm disappointed, of course, but I understand.",
    "I'm sorry it didn't work out this time.",
    "Please keep me in mind for future roles.",
    "If you are able to share any feedback, I'd be grateful; I understand if not.",
    "Bummed this one didn't pan out, but I loved meeting the team.",
    "If another position opens up — or if the person you hired doesn't work out — "
    "I would still love to join the team.",
    "I would be glad to introduce you to Luis Gomez, who led a similar migration.",
    "Wishing you and the new hire every success.",
    "Since I haven't heard back, I assume you have moved forward with another candidate.",
    "I understand the decision and appreciate you letting me know.",
    "It was great to hear how the team moved the dashboards to dbt.",
    "I hope our paths cross again.",
    "I'd welcome the chance to be considered for future openings.",
    "Congratulations to whoever joins the team; they are lucky to work with you.",
    "I enjoyed meeting Lena and hearing about the new forecasting work.",
    "Thanks again for calling me yesterday rather than sending an email.",
]

#: Gracious lines that the statistical model (``tone.model``) warns about all the same. It
#: is set to warn on about 5 % of good drafts; these are its known false alarms here, and
#: no rule may join them.
MODEL_FALSE_ALARMS = {"Thanks again for calling me yesterday rather than sending an email."}

FRAME = "Dear Priya,\n\nThank you for letting me know. {line}\n\nBest regards,\nMaya Chen"


@pytest.mark.parametrize("line", LINES)
def test_line_alone_has_no_error(line: str) -> None:
    """A gracious line checked alone draws no error, at most the whole-message thanks warning."""
    report = check(line)
    assert report.ok
    allowed = {"gratitude.missing"} | ({"tone.model"} if line in MODEL_FALSE_ALARMS else set())
    assert {f.rule_id for f in report.findings} <= allowed


@pytest.mark.parametrize("line", LINES)
def test_line_in_a_message_is_clean(line: str) -> None:
    """A gracious line inside a whole message draws no finding at all."""
    report = check(FRAME.format(line=line))
    if line in MODEL_FALSE_ALARMS:
        assert [f.rule_id for f in report.findings] == ["tone.model"]
        assert report.verdict == "review"
    else:
        assert report.findings == ()
        assert report.verdict == "send"


CASUAL = "Hi Sam,\n\nThanks! Bummed this one didn't pan out, but I loved meeting the team.\n\nMaya"


def test_casual_note_is_clean() -> None:
    """Mild informality with one exclamation mark is not flagged."""
    assert check(CASUAL).findings == ()


QUOTED = (
    'Dear Priya,\n\nThank you for the call. You mentioned the team wanted "a more senior '
    "profile\" and that the process was 'a waste of time' for nobody; I understand.\n\n"
    "Best regards,\nMaya"
)


def test_quoted_text_does_not_count() -> None:
    """Words inside quotation marks are the recruiter's, not the writer's."""
    assert check(QUOTED).findings == ()


GHOSTED = (
    "Hi Sam,\n\nSince I haven't heard back, I assume you have moved forward with another "
    "candidate. Thank you for your time during the process, and best of luck with the "
    "search.\n\nKind regards,\nMaya Chen"
)


def test_ghosted_closure_is_clean() -> None:
    """The ghosted-closure note is neither bitter nor pushy."""
    assert check(GHOSTED, recipe="ghosted_closure").findings == ()
