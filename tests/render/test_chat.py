"""Messages for chat apps and web templates: each app's markup, every value escaped."""

from __future__ import annotations

import jinja2
import pytest
from markupsafe import Markup

import rejection_kit as rk

HOSTILE = "R&D <Labs> *Big* _co_ ~x~ `c` @everyone <!here> <@U123> [a](http://x) #1"


@pytest.fixture
def message() -> rk.Message:
    situation = rk.Situation.from_dict(
        {"candidate": {"name": "Maya Chen"}, "company": {"name": HOSTILE},
         "position": {"title": "Analyst"},
         "offers": [{"kind": "resource", "for": "Priya Raman", "title": "my notes",
                     "url": "https://example.com/my_notes_v2"}],
         "contacts": [{"name": "Priya Raman", "role": "hiring_manager"}]}
    )  # fmt: skip
    return rk.compose(situation, recipe="full_response", to="Priya Raman")


def test_slack_escapes_control_characters_and_defuses_formatting(message: rk.Message) -> None:
    text = message.format("slack")
    assert text.startswith(f"*{message.subject}*\n\n")
    assert "<" not in text
    assert "&lt;!here&gt;" in text
    assert "&lt;@U123&gt;" in text  # no mention
    assert "*\u200bBig*" in text  # a value's asterisks stay text
    assert "https://example.com/my_notes_v2" in text  # a link is left whole


def test_telegram_html_has_only_telegram_tags(message: rk.Message) -> None:
    text = message.format("telegram")
    assert text.startswith("<b>")
    tags = {t.split(">")[0].split()[0] for t in text.split("<")[1:]}
    assert tags <= {"b", "/b"}  # no <p>, <br>: Telegram rejects them
    assert "R&amp;D &lt;Labs&gt;" in text


def test_discord_escapes_markdown_and_mentions(message: rk.Message) -> None:
    text = message.format("discord")
    assert "@\u200beveryone" in text
    assert r"\*Big\*" in text
    assert r"\<@U123\>" in text
    assert "https://example.com/my_notes_v2" in text


def test_whatsapp_defuses_its_formatting(message: rk.Message) -> None:
    text = message.format("whatsapp")
    assert "_\u200bco_\u200b" in text
    assert "https://example.com/my_notes_v2" in text


def test_html_is_markup_that_templates_do_not_escape_twice(message: rk.Message) -> None:
    assert isinstance(message.html, Markup)
    page = (
        jinja2.Environment(autoescape=True)
        .from_string("<div>{{ m }}</div>")
        .render(m=message.html)
    )
    assert "<p>" in page
    assert "R&amp;D &lt;Labs&gt;" in page
    assert "&amp;amp;" not in page


def test_text_markdown_and_unknown_styles(message: rk.Message) -> None:
    assert message.format("text") == message.text
    assert message.format("markdown") == message.markdown
    with pytest.raises(rk.ArgumentError, match="style: must be one of"):
        message.format("teletype")  # type: ignore[arg-type]


def test_best_effort_returns_the_shortest_note_with_a_warning() -> None:
    name = "Bartholomew Fitzgerald-Worthington-Smythe Montgomery"
    situation = rk.Situation.from_dict(
        {"candidate": {"name": "Maximiliane Alexandra Theodora von Hohenberg-Schillingsfürst"},
         "company": {"name": "International Consolidated Transportation and Logistics "
                             "Holdings of the Northern Hemisphere"},
         "position": {"title": "Senior Principal Staff Engineering Manager, Platform"},
         "contacts": [{"name": name, "role": "hiring_manager"}],
         "interviews": [{"kind": "final", "with": [name]}], "rejection": {"stage": "final"}}
    )  # fmt: skip
    with pytest.raises(rk.ConstraintError):
        rk.compose(situation, recipe="linkedin_connect", to=name)
    note = rk.compose(situation, recipe="linkedin_connect", to=name, best_effort=True)
    assert len(note.text) > 200
    assert any(w.startswith("channel: no phrasing fits linkedin_note") for w in note.warnings)
    with pytest.raises(rk.ArgumentError, match="best_effort"):
        rk.compose(situation, recipe="linkedin_connect", to=name, best_effort="yes")  # type: ignore[arg-type]
