"""German: salutations, lower case after the comma, Sie or du throughout, Babel forms."""

from __future__ import annotations

import re
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language import conventions, resolve_locale, translations
from rejection_kit.recipes import RECIPES
from rejection_kit.tone import Rule, builtin_rules, check, validate_rule
from rejection_kit.tone._builtin import pack
from rejection_kit.tone._pack import example_fires

GERMAN_RULES = pack("de")

# Capitalised polite forms inside a sentence (at its start "Sie" may mean "they").
FORMAL = re.compile(
    r"(?<![.!?:\n]\s)(?<![.!?:\n])\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b"
)
INFORMAL = re.compile(
    r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Ee]uer|[Ee]ur(?:e|em|en|er|es))\b"
)
GERMAN_TOPICS = {
    "Priya Raman": ["die Umstellung der Dashboards auf dbt"],
    "Daniel Okafor": ["das Vertrauen der Vertriebsleitung in die Datenteams"],
    "Lena Park": ["das Testen von SQL-Modellen vor dem Produktivbetrieb"],
    "Joe": ["die Espressomaschine im Büro"],
}


def _german(data: dict[str, Any], recipe: str = "", **contact: Any) -> rk.Situation:
    """The sample with German topics and offers, every contact given ``contact``'s fields.

    For ``feedback_request`` the feedback is left out: one does not ask for it twice.
    For ``ghosted_closure`` the news never came (the recipe now refuses a situation in
    which it did, so the sample's phone call is taken out).
    """
    if recipe == "feedback_request":
        data["rejection"].pop("feedback", None)
    if recipe == "ghosted_closure":
        data["rejection"] = {"via": "none", "stage": "final"}
    if recipe == "reapply":  # the note that goes with a new application needs an invitation
        data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    for c in data["contacts"]:
        c["topics"] = GERMAN_TOPICS.get(c["name"], [])
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update({k: v for k, v in contact.items() if v is not None})
    data["offers"] = [
        {
            "kind": "resource",
            "for": "Priya Raman",
            "topic": "die dbt-Migration",
            "title": "die Checkliste, die ich bei Contoso verwendet habe",
            "url": "https://example.com/dbt-checklist",
        },
        {
            "kind": "introduction",
            "for": "Priya Raman",
            "person": "Luis Gomez",
            "about": "er hat bei Contoso eine ähnliche Migration geleitet",
        },
    ]
    return rk.Situation.from_dict(data)


def _body(text: str) -> str:
    """The text after the salutation line."""
    return text.split("\n", 1)[1].lstrip("\n")


@pytest.mark.parametrize(("asked", "served"), [("de", "de"), ("de_AT", "de"), ("de-CH", "de")])
def test_german_locales_resolve_to_de(asked: str, served: str) -> None:
    """German from any region resolves to the German catalog."""
    assert resolve_locale(asked) == served


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ({"gender": "female"}, "Sehr geehrte Frau Raman,"),
        ({"gender": "male"}, "Sehr geehrter Herr Raman,"),
        ({}, "Guten Tag Priya Raman,"),
        ({"gender": "female", "honorific": "dr"}, "Sehr geehrte Frau Dr. Raman,"),
        ({"gender": "male", "honorific": "dr"}, "Sehr geehrter Herr Dr. Raman,"),
        # No gender known: the title with the full name, never "Herr" or "Frau" guessed:
        # "Guten Tag Prof. Santos" alone reads as curt in German academia.
        ({"honorific": "dr"}, "Guten Tag Dr. Priya Raman,"),
        ({"gender": "female", "honorific": "prof"}, "Sehr geehrte Frau Professorin Raman,"),
        ({"gender": "male", "honorific": "prof"}, "Sehr geehrter Herr Professor Raman,"),
        ({"honorific": "prof"}, "Guten Tag Prof. Priya Raman,"),
        ({"gender": "female", "address": "informal"}, "Hallo Priya,"),
        ({"address": "informal"}, "Hallo Priya,"),
    ],
)
def test_salutation_follows_gender_title_and_address(
    sample_data: dict[str, Any], contact: dict[str, Any], salutation: str
) -> None:
    """The salutation agrees with the known gender, adds the title, and never guesses."""
    situation = _german(sample_data, **contact)
    message = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="de")
    assert message.text.splitlines()[0] == salutation


def test_team_salutation_drops_the_company(sample_data: dict[str, Any]) -> None:
    """With no contact, the letter opens with "Sehr geehrte Damen und Herren,"."""
    sample_data["contacts"], sample_data["interviews"], sample_data["offers"] = [], [], []
    sample_data["rejection"].pop("by")
    situation = rk.Situation.from_dict(sample_data)
    message = rk.compose(situation, recipe="thank_you", locale="de")
    assert message.text.splitlines()[0] == "Sehr geehrte Damen und Herren,"
    assert message.address == "formal"


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_body_continues_in_lower_case(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """After the comma the body starts in lower case, unless with a capitalised Sie form."""
    keep = conventions("de").keep_capitalized
    situation = _german(sample_data, recipe, gender="female", address=address)
    for message in rk.compose_all(situation, recipe=recipe, locale="de"):
        first_line, body = message.text.split("\n", 1)
        assert first_line.endswith(",")
        body = body.lstrip("\n")
        word = re.match(r"\w+", body)
        assert word is not None
        assert body[0].islower() or word.group() in keep, message.text


def test_formal_closing_has_no_comma(sample: rk.Situation) -> None:
    """The formal profile closes with "Mit freundlichen Grüßen", no comma, then the name."""
    message = rk.compose(sample, recipe="thank_you", locale="de", tone="formal")
    assert message.text.endswith("\n\nMit freundlichen Grüßen\nMaya Chen")


@pytest.mark.parametrize("tone", ["warm", "formal", "concise", "neutral"])
def test_no_closing_line_ends_with_punctuation(sample: rk.Situation, tone: str) -> None:
    """German closing formulas ("Herzliche Grüße", "Viele Grüße") take no punctuation."""
    for message in rk.compose_all(sample, recipe="thank_you", locale="de", tone=tone):
        closing = message.text.splitlines()[-2]
        assert re.fullmatch(r"[A-ZÄÖÜ][\w ]+ Grüßen?", closing), closing


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_variant_keeps_one_address(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """No formal message says du, dich, dir, dein or euch; no informal one says Sie."""
    situation = _german(sample_data, recipe, gender="female", address=address)
    contacts = [c.name for c in situation.contacts if RECIPES[recipe].eligible(c, situation)]
    seen = 0
    for name in contacts:
        for message in rk.every_variant(situation, recipe=recipe, to=name, locale="de"):
            seen += 1
            # The body continues the salutation's sentence: join them, so that a capital
            # "Ihnen" right after "Hallo Priya," still counts as the polite form.
            body = re.sub(r",\n+", ", ", message.text, count=1)
            text = f"{message.subject or ''}\n{body}"
            assert message.address == address
            wrong = INFORMAL if address == "formal" else FORMAL
            assert not wrong.search(text), message.text
    assert seen


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("gender", ["female", "male", None])
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_recipe_passes_the_german_rules(
    sample_data: dict[str, Any], recipe: str, gender: str | None, address: str
) -> None:
    """Every recipe composes for each gender and address with no error-level finding."""
    situation = _german(sample_data, recipe, gender=gender, address=address)
    for message in rk.compose_all(situation, recipe=recipe, locale="de"):
        report = rk.check(
            message.text,
            situation=situation,
            locale="de",
            channel=message.channel,
            recipe=recipe,
            tone=message.tone,
        )
        assert report.ok, [(f.rule_id, f.match) for f in report.findings]


def test_front_desk_and_linkedin_default_to_sie(sample_data: dict[str, Any]) -> None:
    """Without an explicit address, even the light notes say Sie: du is offered, not assumed."""
    situation = _german(sample_data)
    joe = rk.compose(situation, recipe="thank_you", to="Joe", locale="de")
    note = rk.compose(situation, recipe="linkedin_connect", to="Lena Park", locale="de")
    assert joe.address == note.address == "formal"
    assert joe.text.startswith("Guten Tag Joe,")


def test_linkedin_note_fits_200_characters(sample_data: dict[str, Any]) -> None:
    """Every German LinkedIn note, greeting included, stays within 200 characters."""
    situation = _german(sample_data, gender="female")
    for name in ("Priya Raman", "Sam Ortiz"):
        for message in rk.every_variant(
            situation, recipe="linkedin_connect", to=name, locale="de"
        ):
            assert len(message.text) <= 200, message.text


@pytest.mark.parametrize(
    ("address", "pronoun", "if_news"),
    [
        # A to-do line, as a note to oneself: no "Sie" or "du" in it (a native read).
        ("formal", "Ihnen", "Kurzes Lebenszeichen an Priya Raman, falls es Neues gibt"),
        ("informal", "dir", "Kurzes Lebenszeichen an Priya Raman, falls es Neues gibt"),
    ],
)
def test_check_in_shares_german_news_in_one_register(
    sample_data: dict[str, Any], address: str, pronoun: str, if_news: str
) -> None:
    """A check-in puts the user's German news after a German lead-in; without news the
    plan only reminds you (in your own register), and a hello written anyway says one."""
    situation = _german(sample_data, gender="female", address=address)
    news = {
        "kind": "article",
        "text": "ein Beitrag über Datenqualität",
        "url": "https://example.com/dq",
    }
    plan = rk.plan_follow_ups(situation, locale="de", updates=[news], seed=1, address=address)
    check_ins = [s for s in plan.steps if s.kind == "check_in"]
    assert len(check_ins) == 1
    assert check_ins[0].label == "Kurzes Lebenszeichen an Priya Raman"
    reminders = [s for s in plan.steps if s.kind == "check_in_if_news"]
    assert len(reminders) == 3
    for step in reminders:
        assert step.message is None
        assert step.label == if_news
    first = check_ins[0].message
    hellos = list(rk.every_variant(situation, recipe="check_in", to="Priya Raman", locale="de"))
    assert first is not None
    assert hellos
    assert first.subject == "Kurzer Gruß von Maya Chen"
    assert ": ein Beitrag über Datenqualität (https://example.com/dq)." in first.text
    for message in (first, *hellos):
        body = _body(message.text)
        assert body[0].islower(), message.text
        wrong = INFORMAL if address == "formal" else FORMAL
        assert not wrong.search(re.sub(r",\n+", ", ", message.text, count=1)), message.text
    assert any(pronoun in m.text for m in hellos)


def test_dates_come_from_babel_in_german(sample: rk.Situation) -> None:
    """The interview date is Babel's German day and month: "am 10. November"."""
    texts = [
        m.text for m in rk.every_variant(sample, recipe="thank_you", to="Lena Park", locale="de")
    ]
    # The filler is "unser Gespräch am …" (the English "our conversation on …").
    assert any("Gespräch am 10. November." in t for t in texts)


def test_names_are_listed_with_und(sample: rk.Situation) -> None:
    """Colleagues to thank are listed by Babel with the German conjunction."""
    texts = [
        m.text
        for m in rk.every_variant(sample, recipe="full_response", to="Priya Raman", locale="de")
    ]
    assert any("Lena Park und Daniel Okafor" in t for t in texts)


def test_plural_forms_follow_the_count() -> None:
    """One interview and several interviews read differently (German plural forms)."""
    de = translations("de")
    # The sentence of the old test is gone from the English source; its filler is what
    # varies with the count now.
    one = "our conversation about the %(role)s role"
    many = "our conversations about the %(role)s role"
    assert de.ngettext(one, many, 1) == "das Gespräch über die Stelle als %(role)s"
    assert de.ngettext(one, many, 3) == "die Gespräche über die Stelle als %(role)s"


def test_informal_catalog_says_du() -> None:
    """The informal catalog is the du register of the same sentences."""
    msgid = "Thank you for the update on the %(role)s position."
    assert (
        translations("de").gettext(msgid)
        == "Danke für Ihre Rückmeldung zur Position als %(role)s."
    )
    assert translations("de", "informal").gettext(msgid) == (
        "Danke für deine Rückmeldung zur Position als %(role)s."
    )


def test_no_english_in_a_german_message(sample_data: dict[str, Any]) -> None:
    """A German message built from German facts contains no English words."""
    situation = _german(sample_data, gender="female")
    english = re.compile(r"\b(?:the|and|you|thank|your|with|for|role|regards)\b", re.IGNORECASE)
    for recipe in ("thank_you", "full_response", "stay_on_radar", "keep_door_open"):
        for message in rk.compose_all(situation, recipe=recipe, locale="de"):
            assert not english.search(f"{message.subject or ''}\n{message.text}"), message.text


def test_pronoun_keeps_its_capital_after_the_salutation() -> None:
    """The composer lower-cases the first word after the comma, but never "Ihnen"."""
    conv = conventions("de")
    assert conv.lowercase_after_salutation
    assert (
        conv.lower_first("Ihnen noch einmal herzlichen Dank.")
        == "Ihnen noch einmal herzlichen Dank."
    )
    assert conv.lower_first("Vielen Dank für Ihre Zeit.") == "vielen Dank für Ihre Zeit."


GERMAN_EXAMPLES = [(rule, example) for rule in GERMAN_RULES for example in rule.examples]


@pytest.mark.parametrize("rule", GERMAN_RULES, ids=lambda r: r.id)
def test_german_rule_validates(rule: Rule) -> None:
    """Each German rule compiles and has a good and a bad German example that behave."""
    validate_rule(rule, language="de")


@pytest.mark.parametrize(
    ("rule", "example"),
    GERMAN_EXAMPLES,
    ids=[f"{r.id}:{'bad' if e.fires else 'good'}:{i}" for i, (r, e) in enumerate(GERMAN_EXAMPLES)],
)
def test_german_bad_examples_fire_through_check(rule: Rule, example: Any) -> None:
    """A bad example draws its rule's finding from ``check(locale="de")``, a good one not."""
    assert example_fires(rule, example, language="de") is example.fires
    report = check(
        example.text,
        locale="de",
        channel=example.channel,
        recipe=example.recipe,
        tone=example.tone,
        situation=example.situation,
    )
    assert (rule.id in {f.rule_id for f in report.findings}) is example.fires


def test_german_rules_share_the_english_ids() -> None:
    """Categories that exist in English keep their ids, so one disable() covers both."""
    english = {r.id for r in builtin_rules("en")}
    german = {r.id for r in GERMAN_RULES}
    shared = {
        "gratitude.missing",
        "bitterness.disputes_decision",
        "bitterness.blames_process",
        "bitterness.disparages_winner",
        "sarcasm.backhanded",
        "threat.consequences",
        "public.complaint",
        "desperation.plea",
        "desperation.reconsider",
        "desperation.self_undermining",
        "pushiness.demands_explanation",
        "pushiness.compares_with_winner",
        "pushiness.asks_referral",
        "pushiness.contact_cadence",
        "pushiness.follow_up_pressure",
        "apology.count",
        "apology.for_time",
        "linkedin.default_note",
        "formality.slang",
    }
    assert shared <= german & english
    assert "formality.mixed_address" in german


MIXED = (
    "Sehr geehrte Frau Raman,\n\nvielen Dank für Ihre Zeit. Ich hoffe, du hattest eine gute Woche."
)


def test_mixing_sie_and_du_is_an_error() -> None:
    """Sie and du in one message is an error in German."""
    report = check(MIXED, locale="de")
    assert not report.ok
    assert [f.match for f in report.findings if f.rule_id == "formality.mixed_address"] == ["du"]


@pytest.mark.parametrize(
    "line",
    [
        "Ich bin natürlich enttäuscht, verstehe die Entscheidung aber.",
        "Es tut mir leid, dass es diesmal nicht geklappt hat.",
        "Bitte denken Sie bei künftigen Stellen gern an mich.",
        "Falls Sie mir eine kurze Rückmeldung geben können, würde ich mich freuen – ich habe"
        " aber volles Verständnis, wenn das nicht möglich ist.",
        "Falls eine andere Stelle frei wird – oder es mit der Person, die Sie eingestellt haben,"
        " nicht klappt –, würde ich nach wie vor sehr gern ins Team kommen.",
        "Schade, dass es nicht geklappt hat, aber ich habe mich sehr gefreut, das Team"
        " kennenzulernen.",
        "Ihnen und der neuen Person im Team wünsche ich viel Erfolg.",
    ],
)
def test_gracious_lines_are_not_flagged(line: str) -> None:
    """Precision first: disappointment, keep-me-in-mind and the backup line draw nothing."""
    text = (
        f"Sehr geehrte Frau Raman,\n\nvielen Dank für Ihre Nachricht. {line}\n\nBeste Grüße\nMaya"
    )
    assert check(text, locale="de").findings == ()


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("ich habe die dbt-Zertifizierung abgeschlossen", ": Ich habe die dbt-Zertifizierung"),
        ("dbt-Zertifizierung abgeschlossen", ": dbt-Zertifizierung abgeschlossen"),
    ],
)
def test_a_typed_sentence_after_a_colon_starts_with_a_capital(
    sample_data: dict[str, Any], typed: str, written: str
) -> None:
    """ "…: Ich habe …" (a whole sentence after a colon); a fragment stays as typed. Both
    in a check-in and in the note that goes with a new application."""
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    situation = rk.Situation.from_dict(sample_data)
    for seed in range(3):
        plan = rk.plan_follow_ups(situation, locale="de", updates=[typed, typed], seed=seed)
        texts = [
            s.message.text for s in plan.steps if s.kind in ("check_in", "reapply") and s.message
        ]
        assert len(texts) == 2
        for text in texts:
            assert written in text, text
