"""Safe fixes: typography, emoji and placeholders from the situation; nothing else."""

from __future__ import annotations

from types import SimpleNamespace

from rejection_kit.tone import Edit, apply_fixes, check, fix

SITUATION = SimpleNamespace(
    candidate=SimpleNamespace(name="Maya Chen"),
    company=SimpleNamespace(name="Northwind Analytics"),
    position=SimpleNamespace(title="Senior Data Analyst"),
    contacts=(SimpleNamespace(name="Priya Raman", role="hiring_manager"),),
    rejection=None,
)


def test_collapses_punctuation_and_caps() -> None:
    """Repeated marks collapse and shouted words are lower-cased, keeping sentence case."""
    assert fix("THANK YOU for the update!!! It was NOT easy?!") == (
        "Thank you for the update! It was not easy?"
    )


def test_removes_emoji_in_email_but_keeps_one_in_sms() -> None:
    """Emoji go from an email, with their space; an SMS keeps one."""
    assert fix("Thank you for the update \U0001f60a") == "Thank you for the update"
    assert fix("Thanks for the call \U0001f642", channel="sms") == "Thanks for the call \U0001f642"


def test_fills_placeholders_from_situation() -> None:
    """Placeholders with a clear meaning are filled from the situation."""
    text = "Dear [Hiring Manager's Name],\n\nThank you for the [Job Title] role at {company}."
    assert fix(text, situation=SITUATION) == (
        "Dear Priya Raman,\n\nThank you for the Senior Data Analyst role at Northwind Analytics."
    )


def test_leaves_unclear_placeholders_and_meaning_alone() -> None:
    """An unclear placeholder stays, and bitter wording is never rewritten."""
    text = "Dear [Name], thank you. Frankly, the process was a waste of my time."
    assert fix(text, situation=SITUATION) == text
    assert not check(text).ok


def test_fix_without_findings_returns_text() -> None:
    """A clean text is returned unchanged."""
    text = "Thank you for letting me know."
    assert fix(text) == text


def test_apply_fixes_skips_overlaps_and_respects_safety() -> None:
    """Overlapping edits keep the first; edits above ``max_safety`` are skipped."""
    report = check("Thank you!!!")
    assert apply_fixes("Thank you!!!", report.findings, max_safety="unsafe") == "Thank you!"
    assert apply_fixes("abc", ()) == "abc"


def test_edit_to_dict() -> None:
    """An edit serialises with its safety."""
    assert Edit(start=1, end=2, replacement="x").to_dict() == {
        "start": 1,
        "end": 2,
        "replacement": "x",
        "safety": "safe",
    }
