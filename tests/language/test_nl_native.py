"""Dutch: what a native reader expects of the salutation, the register and the seams."""

from __future__ import annotations

import copy
import re
from typing import Any

import attrs
import pytest
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.channels import sms_segments
from rejection_kit.language import conventions, resolve_locale, translations
from rejection_kit.language._grammar import grammar
from rejection_kit.language._phrases import Phrase, phrase
from rejection_kit.recipes import RECIPES

# Second-person forms of each register (the body only: "Beste Priya," holds none).
JE = re.compile(r"\b(?:je|jij|jou|jouw|jezelf)\b", re.IGNORECASE)
U = re.compile(r"\b(?:u|uw|uzelf|alstublieft)\b", re.IGNORECASE)
DUTCH_TOPICS = {
    "Priya Raman": ["het overzetten van de dashboards naar dbt"],
    "Daniel Okafor": ["hoe het datateam het vertrouwen van de salesleiding wint"],
    "Lena Park": ["het testen van SQL-modellen vóór de productie"],
    "Joe": ["de espressomachine op kantoor"],
}


def _dutch(data: dict[str, Any], recipe: str = "", **contact: Any) -> rk.Situation:
    """The sample with Dutch topics and offers, every contact given ``contact``'s fields.

    For ``feedback_request`` the feedback is left out (one does not ask twice); for
    ``ghosted_closure`` the news never came.
    """
    data = copy.deepcopy(data)
    if recipe == "feedback_request":
        data["rejection"].pop("feedback", None)
    if recipe == "ghosted_closure":
        data["rejection"] = {"via": "none", "stage": "final"}
    if recipe == "reapply":  # the note that goes with a new application needs an invitation
        data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    for c in data["contacts"]:
        c["topics"] = DUTCH_TOPICS.get(c["name"], [])
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update({k: v for k, v in contact.items() if v is not None})
    data["offers"] = [
        {
            "kind": "resource",
            "for": "Priya Raman",
            "topic": "de dbt-migratie",
            "title": "de checklist die ik bij Contoso gebruikte",
            "url": "https://example.com/dbt-checklist",
        },
        {
            "kind": "introduction",
            "for": "Priya Raman",
            "person": "Luis Gomez",
            "about": "hij heeft bij Contoso een vergelijkbare migratie geleid",
        },
    ]
    return rk.Situation.from_dict(data)


def _team_only(data: dict[str, Any], **position: Any) -> rk.Situation:
    """The sample with no named contact: a message to the hiring team."""
    data = copy.deepcopy(data)
    data["contacts"], data["offers"] = [], []
    for interview in data["interviews"]:
        interview["with"] = []
    data["rejection"].pop("by")
    data["position"].update(position)
    return rk.Situation.from_dict(data)


def _body(text: str) -> str:
    """The text after the salutation line."""
    return text.split("\n", 1)[1].lstrip("\n")


@pytest.mark.parametrize(("asked", "served"), [("nl", "nl"), ("nl_BE", "nl"), ("nl-NL", "nl")])
def test_dutch_locales_resolve_to_nl(asked: str, served: str) -> None:
    """Dutch of the Netherlands and of Flanders resolves to the one Dutch catalog."""
    assert resolve_locale(asked) == served


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ({"gender": "female"}, "Geachte mevrouw Raman,"),
        ({"gender": "male"}, "Geachte heer Raman,"),
        ({}, "Beste Priya Raman,"),
        # Changed deliberately (stop 41): the native read asked for "dr." whatever the
        # gender, as academic letters keep it and as "professor" is kept.
        ({"gender": "female", "honorific": "dr"}, "Geachte dr. Raman,"),
        ({"gender": "male", "honorific": "dr"}, "Geachte dr. Raman,"),
        ({"honorific": "dr"}, "Geachte dr. Raman,"),
        ({"gender": "female", "honorific": "prof"}, "Geachte professor Raman,"),
        ({"gender": "male", "honorific": "prof"}, "Geachte professor Raman,"),
        ({"honorific": "prof"}, "Geachte professor Raman,"),
        ({"gender": "female", "address": "informal"}, "Beste Priya,"),
        ({"address": "informal", "honorific": "prof"}, "Beste Priya,"),
    ],
)
def test_salutation_follows_gender_title_and_address(
    sample_data: dict[str, Any], contact: dict[str, Any], salutation: str
) -> None:
    """ "Geachte mevrouw/heer"; without a gender the full name, or the title and the family
    name when there is one ("Geachte dr. Raman,"), never the bare family name."""
    situation = _dutch(sample_data, **contact)
    message = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="nl")
    assert message.text.splitlines()[0] == salutation


@pytest.mark.parametrize(
    ("name", "gender", "salutation"),
    [
        ("Prof. Dr. Henning Lorenz", "male", "Geachte professor Lorenz,"),
        ("Dr. Katrin Albrecht", "female", "Geachte dr. Albrecht,"),
        ("Dr. Katrin Albrecht", None, "Geachte dr. Albrecht,"),
        ("Prof. Maria Santos", None, "Geachte professor Santos,"),
        ("Mevr. Sanne Jansen", None, "Geachte mevrouw Jansen,"),
    ],
)
def test_titles_typed_in_the_name(
    minimal_data: dict[str, Any], name: str, gender: str | None, salutation: str
) -> None:
    """Titles typed in the name are taken off; the salutation puts back what Dutch uses."""
    contact: dict[str, Any] = {"name": name, "role": "hiring_manager"}
    if gender:
        contact["gender"] = gender
    minimal_data["contacts"] = [contact]
    situation = rk.Situation.from_dict(minimal_data)
    message = rk.compose(situation, recipe="thank_you", to=name, locale="nl")
    assert message.text.splitlines()[0] == salutation


def test_name_particle_is_capitalised_without_the_first_name(
    minimal_data: dict[str, Any],
) -> None:
    """ "Geachte heer Van Dijk,": the particle takes a capital when the first name is left out."""
    minimal_data["contacts"] = [
        {"name": "Jan van Dijk", "role": "hiring_manager", "gender": "male"}
    ]
    situation = rk.Situation.from_dict(minimal_data)
    message = rk.compose(situation, recipe="thank_you", to="Jan van Dijk", locale="nl")
    assert message.text.splitlines()[0] == "Geachte heer Van Dijk,"


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_body_starts_with_a_capital_after_the_comma(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """Dutch puts a comma after the salutation and starts the body with a capital."""
    assert not conventions("nl").lowercase_after_salutation
    situation = _dutch(sample_data, recipe, gender="female", address=address)
    for message in rk.compose_all(situation, recipe=recipe, locale="nl"):
        first_line, body = message.text.split("\n", 1)
        assert first_line.endswith(","), message.text
        assert body.lstrip("\n")[0].isupper(), message.text


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_variant_keeps_one_address(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """No formal message says je or jouw, no informal one says u or uw, subject included."""
    situation = _dutch(sample_data, recipe, gender="female", address=address)
    wrong = JE if address == "formal" else U
    seen = 0
    for contact in situation.contacts:
        if not RECIPES[recipe].eligible(contact, situation):
            continue
        for message in rk.every_variant(situation, recipe=recipe, to=contact.name, locale="nl"):
            seen += 1
            assert message.address == address
            text = f"{message.subject or ''}\n{_body(message.text)}"
            assert not wrong.search(text), message.text
    assert seen


def test_register_is_kept_per_person_on_email_and_linkedin(sample_data: dict[str, Any]) -> None:
    """One person keeps u (by default) or je (when given) on e-mail and on LinkedIn alike."""
    formal = _dutch(sample_data, gender="female")
    informal = _dutch(sample_data, gender="female", address="informal")
    for situation, salutation, wrong in (
        (formal, "Geachte mevrouw Raman,", JE),
        (informal, "Beste Priya,", U),
    ):
        mail = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="nl")
        note = rk.compose(
            situation,
            recipe="linkedin_connect",
            to="Priya Raman",
            locale="nl",
            channel="linkedin_note",
        )
        assert mail.address == note.address
        for message in (mail, note):
            assert message.text.splitlines()[0] == salutation
            assert not wrong.search(_body(message.text)), message.text


def test_front_desk_is_addressed_with_je_by_first_name(sample_data: dict[str, Any]) -> None:
    """A light note to the receptionist says "Beste Joe," and je, as Dutch does."""
    message = rk.compose(_dutch(sample_data), recipe="thank_you", to="Joe", locale="nl")
    assert message.address == "informal"
    assert message.text.startswith("Beste Joe,\n")
    assert not U.search(_body(message.text)), message.text


def test_team_message_uses_the_plural_register(sample_data: dict[str, Any]) -> None:
    """With no contact the letter greets the selection committee in the team register."""
    situation = _team_only(sample_data)
    message = rk.compose(situation, recipe="thank_you", locale="nl")
    assert message.address == "team"
    assert message.text.splitlines()[0] == "Geacht recruitmentteam van Northwind Analytics,"
    assert not JE.search(message.text)


@pytest.mark.parametrize("recipe", ["thank_you", "full_response", "keep_door_open", "check_in"])
def test_team_message_never_presumes_one_reader(sample_data: dict[str, Any], recipe: str) -> None:
    """To a team, u is plural: no "u en het team", "u en uw team" or "u en iedereen"."""
    situation = _team_only(sample_data)
    singular = re.compile(r"\bu en (?:het|uw|iedereen)\b|\bu en uw team\b|\bjou\b")
    texts = [m.text for m in rk.every_variant(situation, recipe=recipe, locale="nl")]
    assert texts
    for text in texts:
        assert not singular.search(text), text


def test_team_fillers_in_the_catalog() -> None:
    """The team register rewrites the well-wish fillers that name one reader beside the team."""
    team = translations("nl", "team")
    formal = translations("nl")
    assert formal.gettext("you and the %(team)s team") == "u en het team %(team)s"
    assert team.gettext("you and the %(team)s team") == "het team %(team)s"
    assert team.gettext("you and everyone at %(company)s") == "iedereen bij %(company)s"
    assert team.gettext(
        "I hope all is well with you; I still think back to our work on the %(role)s search."
    ) == (
        "Ik hoop dat het u allen goed gaat; aan onze samenwerking rond de functie van %(role)s"
        " denk ik nog steeds graag terug."
    )


@pytest.mark.parametrize("team", ["Housing Policy", "Financiën", "Analytics"])
def test_team_names_stand_after_het_team(sample_data: dict[str, Any], team: str) -> None:
    """A team name, English, multi-word or Dutch, follows "het team" and is never glued on."""
    sample_data["position"]["team"] = team
    situation = _dutch(sample_data, gender="female")
    texts = [
        m.text
        for recipe in ("thank_you", "full_response")
        for m in rk.every_variant(situation, recipe=recipe, to="Priya Raman", locale="nl")
    ]
    assert any(f"het team {team}" in t for t in texts)
    for text in texts:
        assert f"{team}-team" not in text, text
        assert f"{team}team" not in text, text


def test_company_needs_no_article_or_token(minimal_data: dict[str, Any]) -> None:
    """Dutch sentences take the company without an article ("bij Hanseatische …"): no tokens."""
    assert grammar("nl").tokens == frozenset()
    minimal_data["company"]["name"] = "Hanseatische Kühllogistik GmbH"
    minimal_data["rejection"] = {"via": "ats", "stage": "application"}
    situation = rk.Situation.from_dict(minimal_data)
    texts = [m.text for m in rk.every_variant(situation, recipe="keep_door_open", locale="nl")]
    assert any("bij Hanseatische Kühllogistik GmbH" in t for t in texts)
    for text in texts:
        assert "{" not in text
        assert not re.search(r"\b(?:de|het) Hanseatische", text), text


@pytest.mark.parametrize(("address", "owner"), [("formal", "uw"), ("informal", "je")])
def test_a_kindness_typed_about_her_is_thanked_to_her(
    sample_data: dict[str, Any], address: str, owner: str
) -> None:
    """ "haar bemoedigende telefoontje" becomes "uw"/"je bemoedigende telefoontje", as an act."""
    sample_data["contacts"][0]["topics"] = ["haar bemoedigende telefoontje na de tweede ronde"]
    sample_data["contacts"][0]["address"] = address
    situation = rk.Situation.from_dict(sample_data)
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Priya Raman", locale="nl")
    ]
    assert any(f"{owner} bemoedigende telefoontje na de tweede ronde" in t for t in texts)
    for text in texts:
        assert "haar bemoedigende" not in text
        assert not re.search(r"(?:gesprek|praatje) over (?:uw|je) bemoedigende", text), text


def test_a_third_person_topic_is_addressed_with_its_verb() -> None:
    """ "hoe ze de checks heeft opgezet" to her: "hoe u … heeft", "hoe je … hebt"."""
    made = phrase("hoe ze de checks heeft opgezet", locale="nl", address="informal")
    assert made == Phrase("hoe je de checks hebt opgezet", "topic", theirs=True)
    made = phrase("hoe ze de checks heeft opgezet", locale="nl", address="formal")
    assert made == Phrase("hoe u de checks heeft opgezet", "topic", theirs=True)
    assert phrase("over de dbt-migratie", locale="nl").text == "de dbt-migratie"


def test_a_third_person_topic_that_cannot_be_rewritten_is_noted() -> None:
    """A plural verb ("ze" may be "they") or "ze" inside the phrase: left, and the user told."""
    for typed in ("hoe ze de checks hebben opgezet", "het team en hoe ze samenwerkt"):
        made = phrase(typed, locale="nl", address="informal")
        assert made.text == typed
        assert made.note is not None
        assert "'ze'" in made.note


def test_plan_is_an_infinitive_phrase_after_a_modal(minimal_data: dict[str, Any]) -> None:
    """The user's plan ("het AWS-certificaat halen") follows "ga ik" or "wil ik", never "te"."""
    minimal_data["candidate"]["plan"] = "het AWS-certificaat halen"
    minimal_data["contacts"] = [
        {"name": "Sofia Rossi", "role": "hiring_manager", "gender": "female"}
    ]
    minimal_data["interviews"] = [
        {"date": "2026-11-02", "kind": "technical", "with": ["Sofia Rossi"]}
    ]
    minimal_data["rejection"] = {
        "date": "2026-11-09",
        "via": "email",
        "by": "Sofia Rossi",
        "stage": "interview",
        "reapply_invited": True,
        "reapply_after_months": 6,
    }
    situation = rk.Situation.from_dict(minimal_data)
    texts = [
        m.text
        for m in rk.every_variant(
            situation, recipe="keep_door_open", to="Sofia Rossi", locale="nl"
        )
    ]
    assert any("over ongeveer zes maanden" in t for t in texts)
    assert any(re.search(r"\b(?:ga|wil) ik het AWS-certificaat halen\b", t) for t in texts)
    for text in texts:
        assert "te het AWS" not in text, text
        assert "om het AWS" not in text, text


@pytest.mark.parametrize(
    ("tone", "closing"),
    [
        ("formal", "Met vriendelijke groet,"),
        ("neutral", "Met vriendelijke groet,"),
        ("warm", "Met hartelijke groet,"),
    ],
)
def test_closings(sample_data: dict[str, Any], tone: str, closing: str) -> None:
    """ "Met vriendelijke groet," (or the warmer "Met hartelijke groet,") above the name."""
    situation = _dutch(sample_data, gender="female")
    message = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="nl", tone=tone)
    assert message.text.endswith(f"\n\n{closing}\nMaya Chen")


def test_subject_lines(sample_data: dict[str, Any]) -> None:
    """Subjects name the procedure, not a job the candidate holds, in the message's register."""
    formal = _dutch(sample_data, gender="female")
    informal = _dutch(sample_data, gender="female", address="informal")
    assert rk.compose(formal, recipe="thank_you", to="Priya Raman", locale="nl").subject == (
        "Sollicitatieprocedure Senior Data Analyst – hartelijk dank"
    )
    assert rk.compose(informal, recipe="thank_you", to="Priya Raman", locale="nl").subject == (
        "Sollicitatieprocedure Senior Data Analyst – bedankt"
    )
    assert rk.compose(formal, recipe="thank_you", to="Joe", locale="nl").subject == (
        "Bedankt voor de hartelijke ontvangst – Maya Chen"
    )


def test_no_new_year_wishes_in_any_month() -> None:
    """Well-wishes never say "de beste wensen" or speak of the year ahead or its end."""
    formal = translations("nl")
    informal = translations("nl", "informal")
    for msgid in (
        "Best wishes to %(x)s.",
        "Wishing %(x)s continued success.",
        "I hope the coming months go well for %(x)s.",
        "Thank you once more, and all the best.",
        "Thank you again, and all the best.",
        "Thanks again, and talk soon.",
        "I hope all is well with you; I still think back to our work on the %(role)s search.",
    ):
        for catalog in (formal, informal):
            text = catalog.gettext(msgid)
            assert not re.search(r"beste wensen|jaar|kwartaal", text, re.IGNORECASE), text


def test_dates_and_names_come_from_babel_in_dutch(sample_data: dict[str, Any]) -> None:
    """ "van 17 november", and colleagues listed with "en"."""
    situation = _dutch(sample_data, gender="female")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="full_response", to="Priya Raman", locale="nl")
    ]
    assert any("het gesprek van 17 november" in t for t in texts)
    assert any("Lena Park en Daniel Okafor" in t for t in texts)


def test_plan_labels_in_dutch(sample_data: dict[str, Any]) -> None:
    """The follow-up plan is labelled in Dutch: u in the formal catalog, je informally."""
    plan = rk.plan_follow_ups(_dutch(sample_data, gender="female"), locale="nl", seed=1)
    assert plan.title == "Opvolgplan: Senior Data Analyst bij Northwind Analytics"
    assert "Bedankbericht aan Priya Raman" in {s.label for s in plan.steps}
    msgid = "Reminder: apply again to %(name)s, as they invited you to"
    assert "heeft u daartoe uitgenodigd" in translations("nl").gettext(msgid)
    assert "heeft je daartoe uitgenodigd" in translations("nl", "informal").gettext(msgid)


def test_linkedin_note_fits_200_characters(sample_data: dict[str, Any]) -> None:
    """Every Dutch LinkedIn note, greeting and name included, stays within 200 characters."""
    for address in ("formal", "informal"):
        situation = _dutch(sample_data, gender="female", address=address)
        for name in ("Priya Raman", "Sam Ortiz", "Lena Park"):
            message = rk.compose(situation, recipe="linkedin_connect", to=name, locale="nl")
            assert len(message.text) <= 200, message.text


def test_no_english_in_a_dutch_message(sample_data: dict[str, Any]) -> None:
    """A message built from Dutch facts has no English word left in it."""
    situation = _dutch(sample_data, gender="female")
    english = re.compile(r"\b(?:the|and|you|your|thank|with|for|role|regards|dear)\b", re.I)
    for recipe in ("thank_you", "full_response", "stay_on_radar", "keep_door_open"):
        for message in rk.compose_all(situation, recipe=recipe, locale="nl"):
            assert not english.search(f"{message.subject or ''}\n{message.text}"), message.text


# -- round 2 of the English source: what a Dutch reader needs from the new phrasings ------


def _situation(name: str, address: str | None = None) -> rk.Situation:
    """One of the realistic situations of the composition tests, every contact in ``address``."""
    data = copy.deepcopy(SITUATIONS[name][0])
    if address:
        for contact in data.get("contacts", []):
            contact["address"] = address
    return rk.Situation.from_dict(data)


def _parts(messages: Any, block: str) -> list[str]:
    return [p.text for m in messages for p in m.parts if p.block == block]


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_plan_labels_channels_and_reminders_are_dutch(
    sample_data: dict[str, Any], address: str
) -> None:
    """Channels read "(per e-mail)"; a LinkedIn step names LinkedIn once; the news-only
    reminder is a to-do line in neither u nor je."""
    situation = _dutch(sample_data, gender="female")
    plan = rk.plan_follow_ups(situation, locale="nl", seed=1, address=address)
    text = plan.to_text()
    assert "(per e-mail)" in text
    linkedin = [line for line in text.splitlines() if "LinkedIn" in line and " — " in line]
    assert linkedin
    assert all("(" not in line for line in linkedin)  # named once, in the label
    assert not re.search(r"\((?:email|linkedin_note|e-mail|text message|card)\)", text)
    reminders = {s.label for s in plan.steps if s.kind == "check_in_if_news"}
    # A to-do line, in neither u nor je: a letter's "laat dan even van u horen" read as
    # an order to the candidate (a native read).
    assert reminders == {"Contact opnemen met Priya Raman als er nieuws te melden is"}
    wrong = JE if address == "formal" else U
    labels = "\n".join([plan.title, *(s.label for s in plan.steps)])
    assert not wrong.search(labels), labels
    channels = [translations("nl", address).gettext(n) for n in ("card", "text message")]
    assert channels == ["per kaart", "per sms"]


@pytest.mark.parametrize(
    ("name", "address"),
    [
        (name, address)
        for name in ("sample", "internal_candidate", "agency_recruiter", "university_committee")
        for address in ("formal", "informal")
    ],
)
def test_every_text_message_fits_two_segments(
    sample_data: dict[str, Any], name: str, address: str
) -> None:
    """Every Dutch thank-you by text message fits two SMS segments, no sentence cut."""
    if name == "sample":
        situation = _dutch(sample_data, gender="female", address=address)
    else:
        situation = _situation(name, address)
    seen = 0
    for contact in situation.contacts:
        if not RECIPES["thank_you"].eligible(contact, situation):
            continue
        for message in rk.every_variant(
            situation, recipe="thank_you", to=contact.name, locale="nl", channel="sms"
        ):
            seen += 1
            assert sms_segments(message.text) <= 2, message.text
            assert all(p.text[1:] in message.text for p in message.parts), message.text
    assert seen


def test_short_thanks_of_an_internal_candidate_fit_one_segment() -> None:
    """ "Bedankt voor je openheid." and "Bedankt dat je me zo hebt aangemoedigd." stay short."""
    informal = translations("nl", "informal")
    for msgid in ("Thank you for being so open with me.", "Thank you for cheering me on."):
        assert len(informal.gettext(msgid)) <= 45
        assert len(translations("nl").gettext(msgid)) <= 45


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_a_large_panel_is_thanked_as_the_sollicitatiecommissie(address: str) -> None:
    """Past four interviewers the note thanks the committee, it does not read a roll call."""
    situation = _situation("many_contacts", address)
    messages = list(
        rk.every_variant(situation, recipe="full_response", to="Alex Kim", locale="nl")
    )
    thanks = _parts(messages, "pass_thanks")
    assert thanks
    assert any("collega's met wie ik heb gesproken" in t for t in thanks)
    for text in thanks:
        assert not re.search(r"Moreno|Turner|Patel|Blake|Diaz|Brooks", text), text
        assert re.search(r"collega's met wie ik heb gesproken|iedereen", text), text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_agency_recruiter_is_thanked_for_passing_on_the_news(address: str) -> None:
    """The agency only passed on the client's decision: never "your decision" to them."""
    situation = _situation("agency_recruiter", address)
    messages = [
        *rk.every_variant(situation, recipe="thank_you", to="Tom Reed", locale="nl"),
        *rk.every_variant(situation, recipe="feedback_request", to="Tom Reed", locale="nl"),
    ]
    gratitude = _parts(messages, "gratitude")
    assert any("de beslissing van Helix Robotics" in t for t in gratitude)
    for text in gratitude:
        assert not re.search(r"\b(?:uw|je) beslissing\b", text), text
    requests = _parts(messages, "feedback_request")
    assert requests
    for text in requests:
        assert re.search(r"opdrachtgever|Helix Robotics|ontvangen", text), text
        assert "beleid" not in text, text


def test_frames_fit_their_new_fillers(sample_data: dict[str, Any]) -> None:
    """ "ons gesprek van 17 november" is thanked or valued, never "waardering voor" a talk."""
    situation = _dutch(sample_data, gender="female")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Priya Raman", locale="nl")
    ]
    assert any("Ik heb het gesprek van 17 november zeer gewaardeerd." in t for t in texts)
    for text in texts:
        assert "waardering voor ons gesprek" not in text, text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_reapply_fillers_follow_every_frame(address: str) -> None:
    """The filler never starts a sentence in lower case, nor says "opnieuw solliciteren" twice.
    The plan is typed in Dutch: one in English would be left out of a Dutch note."""
    situation = _situation("reapply_in_six_months", address)
    situation = attrs.evolve(
        situation,
        candidate=attrs.evolve(
            situation.candidate, plan="de AWS-certificering voor data engineering afronden"
        ),
    )
    texts = [
        m.text
        for recipe in ("keep_door_open", "full_response")
        for m in rk.every_variant(situation, recipe=recipe, to="Sofia Rossi", locale="nl")
    ]
    assert any(": dat doe ik over ongeveer zes maanden; eerst ga ik" in t for t in texts)
    for text in texts:
        assert not re.search(r"[.!?] [a-z]", text), text
        for sentence in re.split(r"(?<=[.!?])\s+", text):
            assert len(re.findall(r"\bsollicite(?:ren|er)\b", sentence)) <= 1, sentence


def test_subjects_follow_the_relation() -> None:
    """Referrer, colleague, agency and a long title each get a Dutch subject of their own."""

    def subject(name: str, to: str, address: str = "formal") -> str | None:
        return rk.compose(
            _situation(name, address), recipe="thank_you", to=to, locale="nl"
        ).subject

    assert subject("referral_and_promise", "Mira Shah") == (
        "Hartelijk dank voor uw aanbeveling – Isabel Ruiz"
    )
    assert subject("referral_and_promise", "Mira Shah", "informal") == (
        "Bedankt voor je aanbeveling – Isabel Ruiz"
    )
    assert subject("internal_candidate", "Aylin Demir", "informal") == (
        "Bedankt voor je steun – Jonas Becker"
    )
    assert subject("agency_recruiter", "Tom Reed") == (
        "Sollicitatie bij Helix Robotics – hartelijk dank"
    )
    # A title past 60 characters leaves the subject: the candidate's name stands in.
    assert subject("long_values", "Paul Weber") == "Sollicitatie Noor Al-Sayed – hartelijk dank"


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_check_in_without_news_names_the_role_and_no_season(
    sample_data: dict[str, Any], address: str
) -> None:
    """A hello months later says which procedure it was, and nothing of the year or quarter."""
    situation = _dutch(sample_data, gender="female", address=address)
    texts = [
        m.text
        for name in ("Priya Raman", "Sam Ortiz")
        for m in rk.every_variant(situation, recipe="check_in", to=name, locale="nl")
    ]
    assert texts
    for text in texts:
        opening = _body(text).split("\n\n")[0]
        assert re.search(r"Senior Data Analyst|Northwind Analytics", opening), text
        assert not re.search(r"\bjaar\b|kwartaal|beste wensen", text, re.IGNORECASE), text


def test_the_team_check_in_greets_everyone_in_the_plural(sample_data: dict[str, Any]) -> None:
    """To the hiring team: "u allen", "uw werk", never "u en het team"."""
    situation = _team_only(sample_data)
    openings = set(_parts(rk.every_variant(situation, recipe="check_in", locale="nl"), "check_in"))
    assert len(openings) == 3
    assert any("wens ik u allen het allerbeste" in t for t in openings)
    assert any("u allen" in t for t in openings)
    for text in openings:
        assert "Senior Data Analyst" in text or "uw werk" in text, text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_an_internal_winner_is_congratulated_whatever_the_role(address: str) -> None:
    """The hired colleague is wished well in "de nieuwe functie", not called a team lead,
    and named by first name, as colleagues name each other (a native read)."""
    situation = _situation("internal_candidate", address)
    messages = list(
        rk.every_variant(situation, recipe="thank_you", to="Miriam Kessler", locale="nl")
    )
    hired = _parts(messages, "acknowledgement")
    assert any(re.search(r"\bClara\b", t) for t in hired)
    assert not any("Clara Hoffmann" in t for t in hired)
    for text in hired:
        assert not re.search(r"teamleid|teamlead", text, re.IGNORECASE), text
    wishes = {
        p.variant.split(".")[1] for m in messages for p in m.parts if p.block == "well_wishes"
    }
    assert wishes == {"colleague"}


def test_a_note_says_gesprek_in_one_paragraph_only(sample_data: dict[str, Any]) -> None:
    """ "Dank voor ons gesprek van 17 november" is not followed by "ons gesprek over …"."""
    assert not {"gesprek", "gesprekken"} & conventions("nl").common_words
    for address in ("formal", "informal"):
        situation = _dutch(sample_data, gender="female", address=address)
        for recipe in ("thank_you", "full_response", "keep_door_open"):
            for message in rk.compose_all(situation, recipe=recipe, locale="nl"):
                talks = [p for p in message.parts if re.search(r"\bgesprek(?:ken)?\b", p.text)]
                assert len(talks) <= 1, message.text
