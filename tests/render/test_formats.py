"""Output formats: Markdown, HTML, EmailMessage, dict, notebook display."""

from __future__ import annotations

import email
import email.policy
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.render import escape_markdown


def _hostile(sample_data: dict[str, Any]) -> rk.Situation:
    sample_data["company"]["name"] = "R&D <Labs>"
    sample_data["contacts"][0]["topics"] = ["<script>alert(1)</script> & *bold*"]
    return rk.Situation.from_dict(sample_data)


def test_html_escapes_every_situation_value(sample_data: dict[str, Any]) -> None:
    """A company called R&D <Labs> stays text in HTML."""
    message = rk.compose(_hostile(sample_data), recipe="full_response")
    assert "R&amp;D &lt;Labs&gt;" in message.html
    assert "<Labs>" not in message.html
    assert "<script>" not in message.html
    assert message.html.startswith("<p><strong>")
    assert message._repr_html_().count("<script>") == 0


def test_markdown_escapes_syntax(sample_data: dict[str, Any]) -> None:
    """Markdown output shows values literally and keeps the sign-off's line break."""
    message = rk.compose(_hostile(sample_data), recipe="full_response")
    assert r"R&D \<Labs\>" in message.markdown
    assert r"\*bold\*" in message.markdown
    assert "regards,  \nMaya Chen" in message.markdown
    assert message._repr_markdown_() == message.markdown
    assert escape_markdown("# 1. - x") == r"\# 1. - x"


def test_email_message_round_trips(sample_data: dict[str, Any]) -> None:
    """to_email_message() parses back with the expected headers, threaded when asked."""
    sample_data["rejection"]["subject"] = "Your application for Senior Data Analyst"
    sample_data["rejection"]["message_id"] = "<abc123@northwind.example>"
    sample_data["contacts"][2]["name"] = "José Ñúñez"
    sample_data["interviews"][0]["with"] = ["José Ñúñez"]
    sample_data["rejection"]["by"] = "José Ñúñez"
    situation = rk.Situation.from_dict(sample_data)
    message = rk.compose(situation, recipe="thank_you", to="José Ñúñez")
    assert message.subject == "Re: Your application for Senior Data Analyst"
    raw = message.to_email_message().as_bytes()
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert parsed["To"] == "José Ñúñez <sam.ortiz@northwind.example>"
    assert parsed["From"] == "Maya Chen <maya.chen@example.com>"
    assert parsed["Subject"] == "Re: Your application for Senior Data Analyst"
    assert parsed["In-Reply-To"] == "<abc123@northwind.example>"
    assert parsed["References"] == "<abc123@northwind.example>"
    assert parsed.get_content().rstrip("\n") == message.text
    other = rk.compose(situation, recipe="thank_you", to="Lena Park")
    assert other.subject == "Thank you — Senior Data Analyst interview"
    assert other.in_reply_to is None


def test_header_injection_is_refused(sample_data: dict[str, Any]) -> None:
    """A name carrying CR/LF never reaches a header: the model and the message refuse it."""
    sample_data["contacts"][0]["name"] = "Priya\r\nBcc: x@example.com"
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(sample_data)
    assert "contacts[0].name" in info.value.paths
    message = rk.compose(rk.Situation.from_dict(_clean()), recipe="thank_you")
    import attrs

    with pytest.raises(rk.ValidationError, match="recipient"):
        attrs.evolve(message, recipient="Priya\r\nBcc: x@example.com")


def _clean() -> dict[str, Any]:
    return {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind"},
        "position": {"title": "Analyst"},
    }


def test_message_without_addresses_still_builds() -> None:
    """Without e-mail addresses, To and From are left for the caller to set."""
    message = rk.compose(rk.Situation.from_dict(_clean()), recipe="thank_you")
    built = message.to_email_message()
    assert built["From"] is None
    assert built["To"] is None
    assert built["Subject"] == "Thank you — Analyst application"


def test_to_dict_is_json_ready(sample: rk.Situation) -> None:
    """to_dict() holds the text, the provenance and the addresses, and serialises."""
    import json

    data = rk.compose(sample, recipe="thank_you", to="Priya Raman").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["recipient_email"] == "priya.raman@northwind.example"
    assert data["address"] == "formal"


def test_report_shows_findings_highlighted_in_a_notebook() -> None:
    """A report's HTML marks each finding in the escaped text; Markdown lists them."""
    report = rk.check("Dear Priya,\n\nThank you. You made a huge mistake <b>!!!")
    page = report._repr_html_()
    assert "Verdict: <strong>rewrite</strong>" in page
    assert '<mark style="background:#fee2e2" title="bitterness.disputes_decision' in page
    assert ">You made a huge mistake</mark>" in page
    assert "&lt;b&gt;" in page
    assert "<b>" not in page
    assert "- **error** `bitterness.disputes_decision`" in report._repr_markdown_()
    clean = rk.check("Thank you for letting me know.")
    assert "<mark" not in clean._repr_html_()


def test_message_shows_itself_in_a_notebook(sample: rk.Situation) -> None:
    """A message's HTML has a caption and the escaped body."""
    page = rk.compose(sample, recipe="thank_you", to="Lena Park")._repr_html_()
    assert page.startswith('<div class="rejection-kit-message"><p><small>thank_you to Lena Park')
    assert "<p>Dear Lena Park,</p>" in page
