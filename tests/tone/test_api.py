"""The public API: per-call rules, profiles, channels, locales, reports and factories."""

from __future__ import annotations

import json
from collections.abc import Iterator

import attrs
import pytest

import rejection_kit as rk
import rejection_kit.tone as tone
from rejection_kit._errors import (
    RulePackError,
    UnknownChannelError,
    UnknownLocaleError,
    UnknownToneError,
)
from rejection_kit.channels import CHANNELS, sms_segments
from rejection_kit.composition import ToneProfile
from rejection_kit.tone import (
    Doc,
    Example,
    Hit,
    Rule,
    check,
    disable,
    error_rule_ids,
    forbid,
    max_words,
    no_contractions,
    no_feedback_request,
    regrade,
    rules_for,
)

BITTER = "Dear Priya,\n\nThank you. You'll regret this. Sorry. Sorry again.\n\nBest,\nMaya"


def test_report_basics() -> None:
    """A report exposes ok, sorted findings, per-category scores and a verdict."""
    report = check(BITTER)
    assert not report.ok
    assert report.verdict == "rewrite"
    assert error_rule_ids(report) == ("threat.consequences",)
    assert report.scores["threat"] == 3.0
    assert report.scores["apology"] == 1.0
    assert report.scores["bitterness"] == 0.0
    assert [f.rule_id for f in report.warnings] == ["apology.count"]


def test_to_dict_is_json_and_stable() -> None:
    """``to_dict`` is JSON-ready, deterministic and carries the profile."""
    data = check(BITTER, channel="email").to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data == check(BITTER, channel="email").to_dict()
    assert data["profile"] == {"locale": "en", "channel": "email", "tone": None, "recipe": None}
    assert list(data["scores"]) == sorted(data["scores"])


def test_verdict_thresholds() -> None:
    """No finding sends; a warning reviews; an error or a high total rewrites."""
    assert check("Thank you for letting me know.").verdict == "send"
    warned = check("Thank you. I was devastated.")
    assert warned.ok
    assert warned.verdict == "review"
    assert warned.verdict_for(review_at=2.0) == "send"
    assert warned.verdict_for(rewrite_at=1.0) == "rewrite"
    suggestion_only = check("Thank you! Great team! Great offsite! Good luck!")
    assert suggestion_only.verdict == "send"


def test_disable_by_glob_and_id() -> None:
    """``disable`` removes rules by id or glob for one call."""
    assert check(BITTER, rules=[disable("threat.*")]).ok
    assert check(BITTER, rules=[disable("threat.consequences", "apology.count")]).findings == ()
    assert not check(BITTER).ok


def test_regrade() -> None:
    """``regrade`` changes a rule's severity for one call."""
    report = check(BITTER, rules=[regrade("threat.*", "suggestion")])
    assert report.ok
    assert {f.severity for f in report.findings if f.rule_id.startswith("threat")} == {
        "suggestion"
    }
    with pytest.raises(ValueError, match="severity"):
        regrade("x.y", "fatal")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        disable()


def test_add_rule_and_replace_builtin() -> None:
    """A Rule in ``rules=`` is added; one with a built-in id replaces it."""
    custom = forbid(r"\bsynergy\b", id="acme.jargon", severity="warning")
    report = check("Thank you. Synergy!", rules=[custom])
    assert [f.rule_id for f in report.findings] == ["acme.jargon"]
    quiet = Rule(
        id="threat.consequences",
        kind="existence",
        severity="suggestion",
        message="May read as a threat.",
        patterns=(r"\bregret\b",),
    )
    assert check(BITTER, rules=[quiet]).ok


def test_rules_spec_type_is_checked() -> None:
    """Anything else in ``rules=`` is a TypeError that says what was expected."""
    with pytest.raises(TypeError, match="disable"):
        check("Thank you.", rules=["pushiness.*"])  # type: ignore[list-item]


def test_factories() -> None:
    """The constraint factories produce error rules for the generator."""
    text = "Thank you, I'm grateful. Any feedback would help."
    assert error_rule_ids(check(text, rules=[max_words(5)])) == ("constraint.max_words",)
    assert check(text, rules=[max_words(50)]).ok
    assert error_rule_ids(check(text, rules=[no_contractions()])) == (
        "constraint.no_contractions",
    )
    assert error_rule_ids(check(text, rules=[no_feedback_request()])) == (
        "constraint.no_feedback_request",
    )
    assert max_words(10) == max_words(10)
    assert max_words(10) != max_words(11)
    with pytest.raises(rk.ArgumentError, match="n: must be between 1"):
        max_words(0)
    with pytest.raises(rk.ArgumentError, match="compile"):
        forbid("(", id="x.y")
    with pytest.raises(rk.ArgumentError, match="refused"):
        forbid(r"\bsend me (?:(?:all|the|all the) )+feedback", id="x.y")


def test_factory_examples_validate() -> None:
    """The factories' rules pass their own examples."""
    for rule in (max_words(4), no_contractions(), no_feedback_request()):
        tone.validate_rule(rule)


def test_recipe_enables_message_type_rules() -> None:
    """``door_open.missing`` runs only for keep-the-door-open messages."""
    text = "Dear Priya,\n\nThank you for letting me know.\n\nBest,\nMaya"
    assert check(text).findings == ()
    assert [f.rule_id for f in check(text, recipe="keep_door_open").findings] == [
        "door_open.missing"
    ]


def test_recipe_raises_missing_thanks_to_error() -> None:
    """Missing thanks is a warning for a draft and an error for a thank-you message."""
    text = "Dear Priya,\n\nI got your message.\n\nBest,\nMaya"
    assert check(text).ok
    assert not check(text, recipe="thank_you").ok
    assert check(text, recipe=type("R", (), {"name": "stay_on_radar"})()).verdict == "send"


def test_tone_profiles() -> None:
    """``formal`` flags contractions; ``concise`` lowers the word budget; names are checked."""
    text = "Thank you, I'm grateful for the time."
    assert check(text).findings == ()
    assert [f.rule_id for f in check(text, tone="formal").findings] == ["formality.contractions"]
    long_text = "Thank you for the conversations. " * 40
    assert check(long_text).findings == ()
    assert [f.rule_id for f in check(long_text, tone="concise").findings] == ["channel.too_long"]
    assert check(text, tone=ToneProfile(name="friendly")).findings == ()
    with pytest.raises(UnknownToneError, match="formal"):
        check(text, tone="grumpy")
    with pytest.raises(UnknownToneError):
        check(text, tone=42)


def test_unknown_channel() -> None:
    """An unknown channel is an error listing the known ones."""
    with pytest.raises(UnknownChannelError, match="linkedin_note"):
        check("Thank you.", channel="fax")
    assert check("Thank you.", channel=CHANNELS["sms"]).channel == "sms"


def test_locales() -> None:
    """English variants run the English pack; other locales run their own pack or the root."""
    bitter_placeholder = "Thank you. You'll regret this, [Name]."
    english = {f.rule_id for f in check(bitter_placeholder, locale="en_GB").findings}
    assert {"threat.consequences", "personalization.placeholders"} <= english
    assert check(bitter_placeholder, locale="en-US").locale == "en_US"
    for locale in ("es", "fr", "de", "pt_BR", "ja"):
        ids = {f.rule_id for f in check(bitter_placeholder, locale=locale).findings}
        assert "personalization.placeholders" in ids, locale
        assert "threat.consequences" not in ids, locale  # English phrases, not this language
    assert {f.rule_id for f in check(bitter_placeholder, locale="ja").findings} == {
        "locale.unsupported",
        "personalization.placeholders",
    }
    for bad in ("xx_YY", "", "klingon", 3):
        with pytest.raises(UnknownLocaleError):
            check("Thank you.", locale=bad)  # type: ignore[arg-type]


def test_rules_for_lists_the_active_rules() -> None:
    """``rules_for`` shows which rules a check would run."""
    ids = {r.id for r in rules_for(channel="linkedin_note")}
    assert "linkedin.note_ask" in ids
    assert "gratitude.missing" not in ids
    assert "formality.contractions" in {r.id for r in rules_for(tone="formal")}


def test_rule_validation_names_the_rule() -> None:
    """A malformed rule raises RulePackError naming it."""
    with pytest.raises(RulePackError, match=r"Bad\.Id"):
        Rule(id="Bad.Id", kind="existence", severity="error", message="m", patterns=("x",))
    with pytest.raises(RulePackError, match="needs a check"):
        Rule(id="a.b", kind="metric", severity="error", message="m")
    with pytest.raises(RulePackError, match="severity"):
        Rule(id="a.b", kind="existence", severity="fatal", message="m", patterns=("x",))  # type: ignore[arg-type]
    broken = Rule(id="a.b", kind="existence", severity="error", message="m", patterns=("(",))
    with pytest.raises(RulePackError, match=r"a\.b"):
        check("x", rules=[broken])
    lonely = Rule(
        id="a.c",
        kind="existence",
        severity="error",
        message="m",
        patterns=("x",),
        examples=(Example.good("x marks the spot"),),
    )
    with pytest.raises(RulePackError, match="bad example") as info:
        tone.validate_rule(lonely)
    assert info.value.rule_id == "a.c"


def test_finding_helpers() -> None:
    """Findings give line/column, UTF-16 offsets and a JSON dict."""
    text = "\U0001f60a\nThank you!!"
    finding = next(f for f in check(text).findings if f.rule_id == "intensity.punctuation")
    assert finding.line_column(text) == (2, 10)
    assert finding.utf16_span(text) == (12, 14)
    assert finding.to_dict()["fix"]["safety"] == "safe"
    assert not finding.is_document_level
    missing = check("I got your message.").findings[0]
    assert missing.is_document_level
    assert missing.match == ""


def test_check_rejects_non_text() -> None:
    """Checking something that is not a str is an ArgumentError (also a TypeError)."""
    with pytest.raises(rk.ArgumentError, match="text: must be a string") as info:
        check(b"bytes")  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)


def test_rules_for_follows_recipe_channel_tone_and_mods() -> None:
    """rules_for lists what check would run, for recipe names and recipe values alike."""
    import rejection_kit as rk

    default = {r.id for r in rules_for()}
    by_name = {r.id for r in rules_for(recipe="keep_door_open")}
    by_value = {r.id for r in rules_for(recipe=rk.recipes.keep_door_open)}
    assert "door_open.missing" not in default
    assert "door_open.missing" in by_name
    assert by_name == by_value
    assert "linkedin.note_ask" in {r.id for r in rules_for(channel="linkedin_note")}
    assert "linkedin.note_ask" not in default
    assert "formality.contractions" in {r.id for r in rules_for(tone="formal")}
    without = {r.id for r in rules_for(rules=[disable("gratitude.*")])}
    assert not any(i.startswith("gratitude.") for i in without)
    assert {r.id for r in rules_for(locale="de")} != default


def test_substitution_fix_covers_exactly_the_match() -> None:
    """An existence rule with a replacement proposes an edit over its own match only."""
    from rejection_kit.tone import Edit, apply_fixes

    rule = Rule(
        id="house.reach_out",
        kind="existence",
        severity="suggestion",
        message="May read as jargon.",
        patterns=(r"\breach(?:ing)? out\b",),
        replacement="write",
        fix_safety="safe",
        examples=(Example.bad("I am reaching out."), Example.good("I am writing.")),
    )
    text = "Thank you. I wanted to reach out again."
    (finding,) = [f for f in check(text, rules=[rule]).findings if f.rule_id == rule.id]
    assert finding.fix == Edit(
        start=finding.start, end=finding.end, replacement="write", safety="safe"
    )
    assert text[finding.start : finding.end] == "reach out"
    assert apply_fixes(text, [finding]) == "Thank you. I wanted to write again."


def test_a_callable_rule_with_an_impossible_span_is_refused() -> None:
    """A custom check that returns a span outside the text raises RulePackError naming it."""
    from rejection_kit import RulePackError
    from rejection_kit.tone import Hit

    def broken(doc: object, ctx: object) -> list[Hit]:
        return [Hit(start=0, end=10_000)]

    rule = Rule(
        id="house.broken",
        kind="callable",
        severity="warning",
        message="May read as broken.",
        check=broken,
    )
    with pytest.raises(RulePackError, match=r"house\.broken.*outside the text"):
        check("Thank you.", rules=[rule])


def test_report_markdown_shows_a_draft_as_text() -> None:
    """A draft's markup is escaped in the Markdown report: no live HTML, no emphasis."""
    report = check("Thank you for the role at <<img src=x onerror=alert(1)>>.")
    markdown = report._repr_markdown_()
    assert "<img" not in markdown.replace(r"\<", "")  # every "<" is escaped
    assert r"\<\<img src=x onerror=alert(1)\>\>" in markdown
    assert "\n\n\n" not in markdown


def test_report_markdown_keeps_each_finding_on_one_line() -> None:
    """A match that spans lines is folded onto the finding's own line."""
    report = check("Thank you.\n[Company\nName] is great.")
    assert all(
        line.startswith(("- ", "**")) for line in report._repr_markdown_().splitlines() if line
    )


def test_rules_that_differ_only_in_their_check_do_not_share_a_plan() -> None:
    """Two callable rules with one id and the same metadata each run their own check."""

    def says_a(doc: Doc, ctx: object) -> Iterator[Hit]:
        yield Hit(message="May read as A.")

    def says_b(doc: Doc, ctx: object) -> Iterator[Hit]:
        yield Hit(message="May read as B.")

    first = Rule(id="tenant.rule", kind="callable", severity="warning", message="x", check=says_a)
    second = Rule(id="tenant.rule", kind="callable", severity="warning", message="x", check=says_b)
    assert first != second
    messages = [
        next(
            f.message
            for f in check("Thanks.", rules=[rule]).findings
            if f.rule_id == "tenant.rule"
        )
        for rule in (first, second, first)
    ]
    assert messages == ["May read as A.", "May read as B.", "May read as A."]


def test_many_findings_are_capped_per_rule() -> None:
    """A phrase repeated thousands of times yields 100 findings of its rule and says so."""
    report = check("Thank you! " * 5000)
    exclamations = [f for f in report.findings if f.rule_id == "intensity.exclamations"]
    assert len(exclamations) == tone._engine.MAX_FINDINGS_PER_RULE
    assert "intensity.exclamations" in report.truncated
    assert report.to_dict()["truncated"] == list(report.truncated)


def test_a_language_without_rules_says_so() -> None:
    """A draft in a language with no pack is never sent on a clean bill: it says why."""
    report = check("ありがとうございました。", locale="ja")
    assert [f.rule_id for f in report.findings] == ["locale.unsupported"]
    assert report.verdict == "review"
    assert "No tone rules for 'ja'" in report.findings[0].message


def test_a_weak_error_warns_and_strong_ones_block() -> None:
    """One low-confidence error asks for a review; a confident one asks for a rewrite."""
    weak = Rule(
        id="acme.weak",
        kind="existence",
        severity="error",
        confidence="low",
        message="May read as odd.",
        patterns=[r"\bodd\b"],
    )
    strong = attrs.evolve(weak, id="acme.strong", confidence="high")
    text = "Thank you for the odd question."
    assert check(text, rules=[weak]).verdict == "review"
    assert check(text, rules=[strong]).verdict == "rewrite"


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Thank you again (mention something from the second interview here).", True),
        ("Vielen Dank für das Gespräch mit (Namen einfügen).", True),
        ("Merci pour l'échange sur (à compléter).", True),
        ("Beste <bedrijfsnaam>, bedankt voor het gesprek.", True),
        ("Dear <name>, thank you for your time.", True),
        ("Thank you (add me on LinkedIn if you like!).", False),
        ("Feel free to write anytime (I mentioned this in our call).", False),
        ("Reach me at <maya@example.com> <3", False),
        # round 32: dates, fields in snake case, "(name of …)", more instruction verbs
        ("Les agradezco la entrevista del día __/__ en la tienda.", True),
        ("Bedankt voor het gesprek van ../.. in Gent.", True),
        ("Dear INTERVIEWER_NAME, thanks for the chat.", True),
        ("Saludos a todo el equipo de (nombre del departamento).", True),
        ("Gracias por todo, (poner cargo).", True),
        ("The MAX_RETRIES setting we discussed was the culprit.", False),
        ("See you on 12/03 ... / thanks again", False),
        ("Gracias (incluido el equipo de ventas) por el trato.", False),
        # round 33: "add", "include", "specify" open an instruction too
        ("I enjoyed our chat (add one thing you liked about the call).", True),
        ("Thanks for the tour (include the lab's name).", True),
        ("Thanks again (added bonus: the coffee was great).", False),
        ("We talked about the pipeline (including its tests) at length.", False),
        # round 36: the verb last, then a second thought
        ("Viel gelernt (hier noch das Thema einbauen, irgendwas mit Fristen?) habe ich.", True),
        ("Danke für den Tipp (den ich gleich einbauen werde).", False),
    ],
)
def test_instructions_and_angle_fields_left_in_a_draft_are_placeholders(
    text: str, left: bool
) -> None:
    """An instruction to the writer in brackets, or a "<field>", is a leftover; an aside
    in brackets, an address in angle brackets or a heart is not."""
    ids = {f.rule_id for f in check(text).findings}
    assert ("personalization.placeholders" in ids) is left


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr/Ms Raman, here is the list (https://example.com/a/b).",
        "Thank you (insert the team's name) for the call: https://example.com/x",
        "Hello (Name), see https://example.com/x/y (my notes).",
        "Dear Dr./Mrs. Okafor (Hiring Manager), thank you.",
        "See the deck (link: https://example.com/deck) and the repo (github.com/maya/x).",
        "Two paths: a/b and c/d (none of them fields).",
    ],
)
def test_messages_with_only_brackets_and_slashes_find_the_same_placeholders(text: str) -> None:
    """The short cut for drafts whose only markers are "(" and "/" (a link, an aside)
    finds exactly what the whole placeholder pattern finds."""
    from rejection_kit.tone._placeholders import PLACEHOLDER

    found = [(f.start, f.end) for f in check(text).findings if f.rule_id.endswith("placeholders")]
    whole = []
    for m in PLACEHOLDER.finditer(text):
        if m.group("paren") or m.group("instruction") or "/" in m.group():
            whole.append(m.span())
    assert found == whole


_NOTE = (
    "Hi Priya, thank you for the interviews for the analyst role and for your candid notes on"
    " my case study. I am sorry it did not work out this time, and I would be glad to stay in"
    " touch here. Your advice on the forecasting model was generous. Maya"
)


def test_premium_lets_a_linkedin_note_hold_300_characters() -> None:
    """A note of 200-300 characters cannot be sent from a free account; with Premium it can."""
    assert 200 < len(_NOTE) <= 300
    free = check(_NOTE, channel="linkedin_note")
    assert "channel.over_limit" in {f.rule_id for f in free.findings}
    assert free.verdict == "rewrite"
    paid = check(_NOTE, channel="linkedin_note", premium=True)
    assert "channel.over_limit" not in {f.rule_id for f in paid.findings}
    longer = check(_NOTE + " " + _NOTE, channel="linkedin_note", premium=True)
    assert "channel.over_limit" in {f.rule_id for f in longer.findings}
    # Premium changes nothing for a channel without a Premium limit.
    assert check(_NOTE, premium=True).findings == check(_NOTE).findings


def test_premium_must_be_a_boolean() -> None:
    with pytest.raises(rk.ArgumentError) as caught:
        check(_NOTE, channel="linkedin_note", premium="yes")  # type: ignore[arg-type]
    assert "premium" in str(caught.value)


def test_a_long_gracious_text_message_is_sent_with_a_warning() -> None:
    """Over three SMS segments, a gracious text is a warning (phones join segments up),
    never an error; the verdict says to look again, not to rewrite."""
    text = (
        "Hi Priya, thank you for letting me know, and for the two interviews at the depot. "
        "I learnt a great deal from the tour of the night shift and from your planners. "
        "I would be glad to stay in touch and to hear of future openings in logistics. "
        "The advice you gave me on route planning software was generous, and I have "
        "already started the course you suggested. Congratulations to whoever joins the "
        "team, and best wishes to everyone at the depot for a calm winter season. Maya"
    )
    assert sms_segments(text) == 4
    report = check(text, channel="sms")
    assert [(f.rule_id, f.severity) for f in report.findings] == [("channel.too_long", "warning")]
    assert report.ok
    assert report.verdict != "rewrite"
