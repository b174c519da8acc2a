"""German, native-grade: names without case endings, titles, Sie/du per person, frames."""

from __future__ import annotations

import copy
import itertools
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile
from tests.composition.situations import with_address, with_sample

import rejection_kit as rk
from rejection_kit.channels import sms_segments

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "src" / "rejection_kit" / "locales" / "de" / "LC_MESSAGES"
RECIPES = (
    "thank_you",
    "be_a_resource",
    "keep_door_open",
    "full_response",
    "linkedin_connect",
    "stay_on_radar",
    "check_in",
)
COMPANY = "Hanseatische Kühllogistik GmbH"
SIE = re.compile(r"(?<![.!?:\n]\s)(?<![.!?:\n])\b(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b")
DU = re.compile(r"\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein\w*|[Ee]uch|[Ee]uer|[Ee]ur(?:e|em|en|er|es))\b")


def _german(
    sample_data: dict[str, Any],
    *,
    company: str = COMPANY,
    team: str | None = "Finanzen",
    role: str = "Referent Controlling",
    **contact: Any,
) -> dict[str, Any]:
    """The sample in German: company, team and role as a German user types them, German
    topics, a German plan and German offers; every contact given ``contact``'s fields."""
    data = copy.deepcopy(sample_data)
    data["company"] = {"name": company}
    data["position"] = {"title": role, **({"team": team} if team else {})}
    data["candidate"]["plan"] = "die dbt-Zertifizierung abschließen"
    data["rejection"].pop("feedback", None)
    topics = {
        "Priya Raman": ["über die Umstellung der Dashboards auf dbt"],
        "Daniel Okafor": ["das Vertrauen der Vertriebsleitung in das Datenteam"],
        "Lena Park": ["das Testen von SQL-Modellen vor dem Produktivbetrieb"],
        "Joe": ["die Espressomaschine im Büro"],
    }
    for c in data["contacts"]:
        c["topics"] = topics.get(c["name"], [])
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
    return data


def _variants(situation: rk.Situation, recipe: str, to: str | None) -> list[rk.Message]:
    try:
        return list(rk.every_variant(situation, recipe=recipe, to=to, locale="de"))
    except rk.CompositionError:
        return []  # the recipe has nothing to say to this contact


def _everything(situation: rk.Situation) -> list[rk.Message]:
    """Every phrasing of every recipe to every contact (and the team when there is none)."""
    out: list[rk.Message] = []
    targets = [c.name for c in situation.contacts] or [None]
    for recipe in RECIPES:
        for to in targets:
            out += _variants(situation, recipe, to)
    return out


def _sentences(messages: list[rk.Message]) -> set[str]:
    return {
        s for m in messages for part in m.parts for s in re.split(r"(?<=[.!?;])\s+", part.text)
    }


# -- company and team names: articles in case, no glued compound ----------------------


DECLINED = "Hanseatischen Kühllogistik GmbH"


def test_company_name_takes_its_article_in_the_case_of_its_preposition(
    sample_data: dict[str, Any],
) -> None:
    """A "GmbH" takes "die", declined with its adjective: "bei der Hanseatischen … GmbH"."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female"))
    messages = _everything(situation)
    text = "\n".join(f"{m.subject or ''}\n{m.text}" for m in messages)
    found = re.findall(r"(\S+ \S+) (?:Hanseatische|Hanseatischen) Kühllogistik GmbH", text)
    assert found
    assert set(found) <= {"bei der", "von der", "für die"}, sorted(set(found))
    assert re.search(rf"\bbei der {DECLINED}\b", text)
    assert not re.search(rf"\b(?:bei|von|für|zu) {re.escape(COMPANY)}", text)
    assert not re.search(r"\b(?:bei|von) der Hanseatische ", text)
    assert f"die {DECLINED}" not in text


def test_company_name_without_article_stays_bare(sample_data: dict[str, Any]) -> None:
    """A brand name takes no article: "bei Zalando", never "bei der Zalando"."""
    situation = rk.Situation.from_dict(_german(sample_data, company="Zalando"))
    text = "\n".join(m.text for m in _everything(situation))
    assert "bei Zalando" in text
    assert not re.search(r"\b(?:der|die|dem|den|zur|zum) Zalando\b", text)


def test_company_name_is_never_the_bare_subject(sample_data: dict[str, Any]) -> None:
    """The referrer hears that the post went elsewhere without "Firma hat sich entschieden"."""
    data = _german(sample_data)
    data["contacts"].append({"name": "Mira Shah", "role": "referrer", "gender": "female"})
    situation = rk.Situation.from_dict(data)
    texts = {m.parts[2].text for m in _variants(situation, "thank_you", "Mira Shah")}
    assert texts == {
        f"Ich wollte Ihnen kurz Bescheid geben, dass die Stelle bei der {DECLINED} anderweitig"
        " besetzt wurde.",
        # The English no longer names the company here ("I heard back from them"): the
        # sentence before it has, so German does not repeat it either.
        "Inzwischen habe ich Bescheid bekommen: Die Wahl ist diesmal auf jemand anderen gefallen.",
        "Leider nicht das Ergebnis, auf das wir gehofft hatten: Die Stelle bei der"
        f" {DECLINED} geht an jemand anderen.",
    }


@pytest.mark.parametrize("team", ["Housing Policy", "Finanzen", "Analytics"])
def test_team_name_follows_das_team(sample_data: dict[str, Any], team: str) -> None:
    """A multi-word or German team name stands after "Team", never glued as "…-Team"."""
    situation = rk.Situation.from_dict(_german(sample_data, team=team, gender="female"))
    messages = _variants(situation, "thank_you", "Priya Raman")
    text = "\n".join(m.text for m in messages)
    assert f"{team}-Team" not in text
    assert f"{team} Team" not in text
    sentences = _sentences(messages)
    assert f"Ich wünsche Ihnen und dem Team {team} viel Erfolg." in sentences
    assert f"Ich wünsche Ihnen und allen im Team {team} viel Erfolg." in sentences
    assert f"Ich wünsche dem ganzen Team {team} weiterhin alles Gute." in sentences


def test_without_a_team_the_wishes_name_the_company(sample_data: dict[str, Any]) -> None:
    """With no team known, the wishes go to "Ihnen und allen bei …", in the dative."""
    situation = rk.Situation.from_dict(_german(sample_data, team=None, gender="female"))
    sentences = _sentences(_variants(situation, "thank_you", "Priya Raman"))
    assert f"Ich wünsche Ihnen und allen bei der {DECLINED} viel Erfolg." in sentences
    assert (
        "Ich wünsche Ihnen und Ihren Kolleginnen und Kollegen weiterhin alles Gute." in sentences
    )


# -- salutations and titles ------------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ({"gender": "female", "honorific": "dr"}, "Sehr geehrte Frau Dr. Raman,"),
        ({"gender": "male", "honorific": "prof"}, "Sehr geehrter Herr Professor Raman,"),
        ({"honorific": "dr"}, "Guten Tag Dr. Priya Raman,"),
        ({}, "Guten Tag Priya Raman,"),
        ({"name": "Dr. Katrin Albrecht", "gender": "female"}, "Sehr geehrte Frau Dr. Albrecht,"),
        (
            {"name": "Dr.-Ing. Katrin Albrecht", "gender": "female"},
            "Sehr geehrte Frau Dr. Albrecht,",
        ),
        (
            {"name": "Prof. Dr. Henning Lorenz", "gender": "male"},
            "Sehr geehrter Herr Professor Lorenz,",
        ),
        ({"name": "Prof. Maria Santos"}, "Guten Tag Prof. Maria Santos,"),
        ({"name": "Frau Anna von Berg"}, "Sehr geehrte Frau von Berg,"),
    ],
)
def test_salutation_with_titles(
    sample_data: dict[str, Any], contact: dict[str, Any], salutation: str
) -> None:
    """Titles from the honorific field or the typed name; no gender is ever guessed."""
    data = _german(sample_data)
    manager = data["contacts"][0]
    old, name = manager["name"], contact.pop("name", manager["name"])
    for offer in data["offers"]:
        offer["for"] = name
    for interview in data["interviews"]:
        interview["with"] = [name if w == old else w for w in interview["with"]]
    manager.update(name=name, **contact)
    situation = rk.Situation.from_dict(data)
    message = rk.compose(situation, recipe="thank_you", to=name, locale="de")
    first, body = message.text.split("\n", 1)
    assert first == salutation
    assert body.lstrip("\n")[0].islower() or body.lstrip().startswith(("Ihnen", "Ihr"))


def test_team_letter_opens_with_damen_und_herren_and_says_sie(
    sample_data: dict[str, Any],
) -> None:
    """A message to a hiring team with no contact: "Sehr geehrte Damen und Herren," and Sie."""
    data = _german(sample_data)
    data["contacts"], data["interviews"], data["offers"] = [], [], []
    data["rejection"].pop("by")
    situation = rk.Situation.from_dict(data)
    message = rk.compose(situation, recipe="thank_you", locale="de")
    assert message.text.startswith("Sehr geehrte Damen und Herren,\n\n")
    assert message.address == "formal"
    assert not DU.search(message.text)


# -- one register per person, on every channel -------------------------------------------


@pytest.mark.parametrize(
    ("address", "greeting", "wrong"),
    [("formal", "Sehr geehrte Frau Raman,", DU), ("informal", "Hallo Priya,", SIE)],
)
def test_register_is_kept_across_email_and_linkedin(
    sample_data: dict[str, Any], address: str, greeting: str, wrong: re.Pattern[str]
) -> None:
    """Priya is Sie (or du) by e-mail and in the LinkedIn note alike."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female", address=address))
    mail = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="de")
    note = rk.compose(
        situation, recipe="thank_you", to="Priya Raman", locale="de", channel="linkedin_note"
    )
    invite = rk.compose(situation, recipe="linkedin_connect", to="Priya Raman", locale="de")
    for message in (mail, note, invite):
        assert message.address == address
        assert message.text.startswith(greeting)
        joined = re.sub(r",\n+", ", ", message.text, count=1)
        assert not wrong.search(joined), message.text


def test_default_register_is_sie_on_linkedin_too(sample_data: dict[str, Any]) -> None:
    """Without an address, e-mail and LinkedIn note both say Sie: du is offered, not assumed."""
    situation = rk.Situation.from_dict(_german(sample_data))
    note = rk.compose(situation, recipe="linkedin_connect", to="Lena Park", locale="de")
    assert note.address == "formal"
    assert note.text.startswith("Guten Tag Lena Park,\n")
    assert not DU.search(note.text)


# -- frames and fillers agree ------------------------------------------------------------


def test_every_thanks_frame_takes_every_filler_in_the_accusative(
    sample_data: dict[str, Any],
) -> None:
    """ "Vielen Dank für …", "Ich danke Ihnen sehr für …": each filler fits each frame."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female"))
    sentences = _sentences(_variants(situation, "thank_you", "Lena Park"))
    role = "Referent Controlling"
    for expected in (
        "Vielen Dank für die persönlichen Gespräche über die Stelle als Referent Controlling.",
        f"Ich danke Ihnen sehr für die Gelegenheit, mit Ihnen über die Stelle als {role} zu"
        " sprechen.",
        "Ich bin Ihnen sehr dankbar für die anregenden Fragen in meinen"
        " Vorstellungsgesprächen und den offenen Austausch.",
        f"Haben Sie herzlichen Dank für die Zeit, die Sie sich in den Vorstellungsgesprächen für"
        f" die Stelle als {role} genommen haben.",
        "Herzlichen Dank für Ihre Zeit und Ihre offenen Worte über die Arbeit bei der"
        f" {DECLINED}.",
    ):
        assert expected in sentences, expected


def test_informal_fillers_say_du(sample_data: dict[str, Any]) -> None:
    """The du register changes the filler too: "die du dir … genommen hast"."""
    situation = rk.Situation.from_dict(_german(sample_data, address="informal"))
    sentences = _sentences(_variants(situation, "thank_you", "Lena Park"))
    assert (
        "Danke für die Zeit, die du dir in den Vorstellungsgesprächen für die Stelle"
        " als Referent Controlling genommen hast." in sentences
    )


def test_resource_title_is_closed_off_after_its_relative_clause(
    sample_data: dict[str, Any],
) -> None:
    """A title with a relative clause is always followed by its link or a comma."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female"))
    texts = [m.text for m in _variants(situation, "be_a_resource", "Priya Raman")]
    title = "die Checkliste, die ich bei Contoso verwendet habe"
    found = [t for t in texts if title in t]
    assert found
    for text in found:
        after = text.split(title, 1)[1]
        assert after.startswith((" (https://", ",", ".")), after[:40]
    assert any(
        "Passend zu unserem Gespräch über die dbt-Migration finden Sie hier " + title in t
        for t in found
    )


# -- what the user typed, addressed to the person ----------------------------------------


@pytest.mark.parametrize(
    ("address", "expected"),
    [("formal", "Ihren ermutigenden Anruf"), ("informal", "deinen ermutigenden Anruf")],
)
def test_kindness_about_her_is_addressed_to_her(
    sample_data: dict[str, Any], address: str, expected: str
) -> None:
    """ "ihren Anruf" typed about Priya becomes "Ihren"/"deinen Anruf" and is thanked as an act."""
    data = _german(sample_data, gender="female", address=address)
    data["contacts"][0]["topics"] = ["ihren ermutigenden Anruf nach der zweiten Runde"]
    situation = rk.Situation.from_dict(data)
    texts = [m.text for m in _variants(situation, "thank_you", "Priya Raman")]
    assert any(f"{expected} nach der zweiten Runde" in t for t in texts)
    assert not any("Gespräch über ihren" in t or "Gespräch über Ihren" in t for t in texts)


def test_topic_lead_in_is_not_repeated(sample_data: dict[str, Any]) -> None:
    """ "über die Umstellung …" typed with its "über" reads "Gespräch über die Umstellung"."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female"))
    texts = "\n".join(m.text for m in _variants(situation, "thank_you", "Priya Raman"))
    assert "Gespräch über die Umstellung der Dashboards auf dbt." in texts
    assert "über über" not in texts


def test_plan_is_an_infinitive_phrase_after_a_modal(sample_data: dict[str, Any]) -> None:
    """The plan "die dbt-Zertifizierung abschließen" ends the clause after "werde"/"möchte"."""
    data = _german(sample_data, gender="female")
    data["rejection"].update(reapply_invited=True, reapply_after_months=6, finalist=False)
    situation = rk.Situation.from_dict(data)
    sentences = _sentences(_variants(situation, "keep_door_open", "Priya Raman"))
    assert (
        "Ihrer Ermutigung, mich erneut zu bewerben, folge ich gern – ich melde mich in rund"
        " sechs Monaten wieder und werde bis dahin die dbt-Zertifizierung abschließen."
        in sentences
    )
    assert any(
        s.endswith(
            "ich bewerbe mich voraussichtlich in rund sechs Monaten wieder und"
            " möchte bis dahin die dbt-Zertifizierung abschließen."
        )
        for s in sentences
    )


# -- letter mechanics, subjects and labels ----------------------------------------------


def test_formal_profile_signs_mit_freundlichen_gruessen(sample_data: dict[str, Any]) -> None:
    """The formal profile closes "Mit freundlichen Grüßen" (no comma); du gets "Viele Grüße"."""
    formal = rk.Situation.from_dict(_german(sample_data, gender="female"))
    informal = rk.Situation.from_dict(_german(sample_data, address="informal"))
    one = rk.compose(formal, recipe="thank_you", to="Priya Raman", locale="de", tone="formal")
    two = rk.compose(informal, recipe="thank_you", to="Priya Raman", locale="de", tone="formal")
    assert one.text.endswith("\n\nMit freundlichen Grüßen\nMaya Chen")
    assert two.text.endswith("\n\nViele Grüße\nMaya Chen")


def test_subjects_name_the_application_not_a_job_held(sample_data: dict[str, Any]) -> None:
    """Subjects say "Bewerbung als …" or "Vorstellungsgespräch für die Stelle als …"."""
    data = _german(sample_data, gender="female")
    situation = rk.Situation.from_dict(data)
    subjects = {
        recipe: rk.compose(situation, recipe=recipe, to="Priya Raman", locale="de").subject
        for recipe in ("thank_you", "keep_door_open", "stay_on_radar")
    }
    assert subjects == {
        "thank_you": "Vielen Dank – Vorstellungsgespräch für die Stelle als Referent Controlling",
        "keep_door_open": "Herzlichen Dank – Bewerbung als Referent Controlling",
        "stay_on_radar": "Kurzer Gruß nach meiner Bewerbung als Referent Controlling – Maya Chen",
    }


def test_plan_labels_are_natural_german(sample_data: dict[str, Any]) -> None:
    """The plan's title and step labels read as German to-do items."""
    data = _german(sample_data)
    data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    plan = rk.plan_follow_ups(rk.Situation.from_dict(data), locale="de", seed=1)
    labels = {s.label for s in plan.steps}
    assert plan.title == f"Nachbereitung der Bewerbung als Referent Controlling bei der {DECLINED}"
    assert "Dankesnachricht an Priya Raman" in labels
    assert "LinkedIn-Kontaktanfrage an Priya Raman" in labels
    assert (
        f"Erneut bei der {DECLINED} bewerben (dazu wurden Sie eingeladen) und diese Nachricht"
        " zusammen mit der Bewerbung an Sam Ortiz senden" in labels
    )


BANNED = [
    "meint es gut",  # "das Jahr meint es gut mit Ihnen": a calque
    "Jahr",  # no seasonal wishes ("ein gutes neues Jahr"), whatever the month
    "Quartal",  # "das kommende Quartal": the same, in business words
    "gebaut habe",  # "woran ich gebaut habe": a calque of "building"
    "Beste Wünsche an",  # a calque of "Best wishes to"
    "Ehre",  # servile
    "-Team",  # "Finanzen-Team" glued to a typed name
    "zu %(company)s",  # would need "zur …"
    "Jahresende",
    "Jahresausklang",  # year-end wishes, whatever the month
    "einen Unterschied gemacht",  # "made a difference"
]


@pytest.mark.parametrize("domain", ["messages", "messages_informal"])
def test_catalog_has_no_calques_or_servile_turns(domain: str) -> None:
    """No calque, servile phrase, glued team name or year-end wish in either catalog."""
    with (CATALOGS / f"{domain}.po").open("rb") as fh:
        catalog = pofile.read_po(fh)
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:
            for banned in BANNED:
                if banned == "-Team" and "Recruiting-Team" in string:
                    continue
                assert banned not in string, (message.id, string)


def test_no_english_left_in_german_letters(sample_data: dict[str, Any]) -> None:
    """Built from German facts, no German message has an English word in it."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female"))
    english = re.compile(
        r"\b(?:the|and|you|your|thank|with|for|role|regards|team at|hiring)\b", re.IGNORECASE
    )
    for message in _everything(situation):
        assert not english.search(f"{message.subject or ''}\n{message.text}"), message.text


# -- round 2: agencies, referrers, panels, colleagues, reminders, text messages ----------


def _with(data: dict[str, Any], *contacts: dict[str, Any], by: str | None = None) -> rk.Situation:
    """The German sample with more contacts, and the news told by ``by``."""
    data["contacts"] += contacts
    if by:
        data["rejection"]["by"] = by
    return rk.Situation.from_dict(data)


def _parts(messages: list[rk.Message], block: str) -> set[str]:
    return {p.text.strip() for m in messages for p in m.parts if p.block == block}


def test_agency_recruiter_passes_on_the_clients_decision(sample_data: dict[str, Any]) -> None:
    """The agency told the news: "die Entscheidung von …" (no genitive s on a typed name),
    a subject about the application there, and feedback asked for as the client's."""
    tom = {"name": "Tom Reed", "role": "agency_recruiter", "gender": "male"}
    situation = _with(_german(sample_data), tom, by="Tom Reed")
    messages = _variants(situation, "thank_you", "Tom Reed")
    assert {m.subject for m in messages} == {f"Vielen Dank – Bewerbung bei der {DECLINED}"}
    sentences = _sentences(messages)
    for expected in (
        f"Vielen Dank, dass Sie mir die Entscheidung von der {DECLINED} so zeitnah mitgeteilt"
        " haben.",
        f"Danke, dass Sie mir Bescheid gegeben haben, wie es bei der {DECLINED} ausgegangen ist.",
        "Danke für die Nachricht und für alles, was Sie für mich getan haben.",
    ):
        assert expected in sentences, expected
    asked = _variants(situation, "feedback_request", "Tom Reed")
    text = "\n".join(m.text for m in messages + asked)
    assert f"{COMPANY}s" not in text
    assert set(re.findall(rf"(\S+) {re.escape(COMPANY)}", text)) <= {"bei", "für", "von"}
    assert _parts(asked, "feedback_request") == {
        f"Falls Sie von der {DECLINED} eine Rückmeldung zu meinen Gesprächen bekommen haben, würde"
        " ich mich freuen, davon zu hören; falls nicht, ist das natürlich auch in Ordnung.",
        "Sollte sich das Unternehmen zu meinen Gesprächen geäußert haben, wäre ich für einen"
        " kurzen Hinweis dankbar.",
        "Falls Sie eine Rückmeldung erhalten haben, würde sie mir bei der Vorbereitung auf die"
        " nächste Bewerbung helfen – falls nicht, ist das natürlich auch in Ordnung.",
    }


@pytest.mark.parametrize(("address", "wrong"), [("formal", DU), ("informal", SIE)])
def test_referrer_is_thanked_for_the_referral(
    sample_data: dict[str, Any], address: str, wrong: re.Pattern[str]
) -> None:
    """A referrer's subject and LinkedIn invitation thank for the referral, within 200
    characters, the company after "bei", in one register."""
    mira = {"name": "Mira Shah", "role": "referrer", "gender": "female", "address": address}
    situation = _with(_german(sample_data), mira)
    mail = rk.compose(situation, recipe="thank_you", to="Mira Shah", locale="de")
    assert mail.subject == "Danke für die Empfehlung – Maya Chen"
    notes = _variants(situation, "linkedin_connect", "Mira Shah")
    assert len(_parts(notes, "connect_invite")) == 3  # the three referrer phrasings
    for note in notes:
        assert len(note.text) <= 200, note.text
        assert re.search(r"Empfehlung|empfohlen", note.text), note.text
        assert not wrong.search(re.sub(r",\n+", ", ", note.text, count=1)), note.text
    you = "Sie mich" if address == "formal" else "du mich"
    assert any(f", dass {you} bei der {DECLINED} empfohlen" in n.text for n in notes)


def test_a_large_panel_is_thanked_together(sample_data: dict[str, Any]) -> None:
    """Past four other interviewers, the hiring manager is asked to thank the panel, and
    no name is listed ("die Gesprächsrunde", not a roll call)."""
    data = _german(sample_data, gender="female")
    extra = ["Jonas Weber", "Aylin Demir", "Tobias Wendt"]
    data["interviews"][-1]["with"] += extra
    situation = _with(data, *({"name": n, "role": "interviewer"} for n in extra))
    thanks = _parts(_variants(situation, "full_response", "Priya Raman"), "pass_thanks")
    assert thanks == {
        "Bitte geben Sie meinen Dank auch an die anderen aus der Gesprächsrunde weiter; ich habe"
        " mich gefreut, sie alle kennenzulernen.",
        "Ich wäre Ihnen dankbar, wenn Sie auch den anderen aus der Gesprächsrunde in meinem Namen"
        " danken könnten.",
        "Mein Dank gilt auch allen anderen, die ich in den Vorstellungsgesprächen kennengelernt"
        " habe.",
    }


INTERNAL: dict[str, Any] = {
    "candidate": {"name": "Jonas Becker", "plan": "das nächste Reporting-Projekt leiten"},
    "company": {"name": COMPANY},
    "position": {"title": "Teamleitung Controlling", "team": "Controlling"},
    "contacts": [
        {"name": "Miriam Kessler", "role": "hiring_manager", "gender": "female"},
        {"name": "Tobias Wendt", "role": "interviewer"},
        {"name": "Aylin Demir", "role": "colleague"},
    ],
    "interviews": [
        {"date": "2026-10-20", "kind": "onsite", "with": ["Miriam Kessler", "Tobias Wendt"]}
    ],
    "rejection": {
        "date": "2026-11-02",
        "via": "in_person",
        "by": "Miriam Kessler",
        "stage": "internal",
        "hired": {"name": "Clara Hoffmann", "internal": True},
    },
}
COLLEAGUE_WISHES = {
    "Ich freue mich auf unsere nächsten gemeinsamen Projekte.",
    "Nochmals vielen Dank und bis bald!",
    "Vielen Dank – ich freue mich auf unsere weitere Zusammenarbeit.",
}


def _internal(address: str = "formal") -> rk.Situation:
    data = copy.deepcopy(INTERNAL)
    for contact in data["contacts"]:
        contact["address"] = address
    return rk.Situation.from_dict(data)


def test_internal_candidate_writes_to_colleagues_as_a_colleague() -> None:
    """An internal candidate wishes the manager and interviewers well as a colleague, and
    every note to a colleague thanks in so many words, even when it asks the manager who
    gave the news for feedback."""
    situation = _internal()
    for name in ("Miriam Kessler", "Tobias Wendt", "Aylin Demir"):
        wishes = _parts(_variants(situation, "thank_you", name), "well_wishes")
        assert wishes
        assert wishes <= COLLEAGUE_WISHES, wishes
    asked = list(
        rk.every_variant(situation, recipe="feedback_request", to="Miriam Kessler", locale="de")
    )
    assert asked
    for message in asked:
        assert re.search(r"[Dd]ank|schätz", message.text), message.text


@pytest.mark.parametrize(
    ("address", "short"),
    [
        (
            "formal",
            {
                "Danke, dass Sie mir gegenüber so offen waren.",
                "Danke, dass Sie mir die Daumen gedrückt haben.",
            },
        ),
        (
            "informal",
            {
                "Danke, dass du mir gegenüber so offen warst.",
                "Danke, dass du mir die Daumen gedrückt hast.",
            },
        ),
    ],
)
def test_text_messages_fit_without_a_cut(address: str, short: set[str]) -> None:
    """Every German thank-you by text message fits two segments, whole sentences only,
    signed with the name; the short thanks written for texts are among them."""
    situation = _internal(address)
    seen: set[str] = set()
    for name in ("Miriam Kessler", "Tobias Wendt", "Aylin Demir"):
        messages = list(
            rk.every_variant(situation, recipe="thank_you", to=name, locale="de", channel="sms")
        )
        assert messages
        for message in messages:
            assert sms_segments(message.text) <= 2, message.text
            assert message.text.endswith("\nJonas Becker")
            assert all(p.text.strip()[1:] in message.text for p in message.parts)
        seen |= _sentences(messages)
    assert short <= seen


def test_check_in_without_news_names_the_role(sample_data: dict[str, Any]) -> None:
    """A hello to the hiring team is "Sehr geehrte Damen und Herren," and Sie, and names the
    application; an agency recruiter is greeted about their searches or the role."""
    data = _german(sample_data)
    data["contacts"], data["interviews"], data["offers"] = [], [], []
    data["rejection"].pop("by")
    team = _variants(rk.Situation.from_dict(data), "check_in", None)
    assert team
    for message in team:
        assert message.text.startswith("Sehr geehrte Damen und Herren,\n\n")
        assert not DU.search(message.text)
        assert "als Referent Controlling" in message.text or f"bei der {DECLINED}" in message.text
    tom = {"name": "Tom Reed", "role": "agency_recruiter", "gender": "male"}
    agency = _sentences(_variants(_with(_german(sample_data), tom), "check_in", "Tom Reed"))
    assert (
        "Ich wollte mich einfach kurz bei Ihnen melden und hoffe, dass Ihre Suchmandate gut"
        " laufen." in agency
    )


def test_reapplying_in_some_months_is_said_once(sample_data: dict[str, Any]) -> None:
    """Without a plan, "ich bewerbe mich voraussichtlich in rund sechs Monaten wieder"
    follows the thanks for the invitation to reapply: a whole clause that says what the
    writer will do (not a bare "in rund sechs Monaten" hung on "weiß ich zu schätzen",
    nor "darauf zurückkommen", "ist es so weit" or "werde ich das tun": all from native
    reviews)."""
    data = _german(sample_data, gender="female")
    data["candidate"].pop("plan")
    data["rejection"].update(reapply_invited=True, reapply_after_months=6, finalist=False)
    sentences = _sentences(
        _variants(rk.Situation.from_dict(data), "keep_door_open", "Priya Raman")
    )
    assert (
        "Die Einladung, mich erneut zu bewerben, weiß ich sehr zu schätzen – ich bewerbe"
        " mich voraussichtlich in rund sechs Monaten wieder." in sentences
    )


@pytest.mark.parametrize(
    ("address", "lead", "wrong"),
    [
        ("formal", "Kurzes Lebenszeichen an Priya Raman, falls es Neues gibt", DU),
        ("informal", "Kurzes Lebenszeichen an Priya Raman, falls es Neues gibt", SIE),
    ],
)
def test_plan_names_channels_and_reminders_in_german(
    sample_data: dict[str, Any], address: str, lead: str, wrong: re.Pattern[str]
) -> None:
    """The readable plan says "(E-Mail)", not "(email)"; a check-in without news is a
    reminder written as a note to oneself (no "Sie" or "du" in it), addressed "an" the
    person, and the other labels keep the plan's register."""
    plan = rk.plan_follow_ups(
        rk.Situation.from_dict(_german(sample_data)), locale="de", address=address
    )
    text = plan.to_text()
    assert "– Dankesnachricht an Priya Raman (E-Mail)" in text
    assert "– LinkedIn-Kontaktanfrage an Priya Raman\n" in text  # the label names the channel once
    assert f"– {lead} (E-Mail)" in text
    assert not re.search(r"\((?:email|linkedin_note|linkedin_message|sms|card)\)", text)
    labels = "\n".join(s.label for s in plan.steps)
    assert not wrong.search(labels), labels


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_a_check_in_does_not_send_greetings_twice(
    sample_data: dict[str, Any], address: str
) -> None:
    """„… möchte ich Ihnen herzliche Grüße senden.“ before „Herzliche Grüße“ said it twice."""
    sample_data["contacts"][0]["address"] = address
    situation = rk.Situation.from_dict(sample_data)
    assert situation.contacts[0].name == "Priya Raman"
    for message in rk.every_variant(situation, recipe="check_in", to="Priya Raman", locale="de"):
        body = message.text.rsplit("\n\n", 1)[0]  # without the closing and signature
        assert "Grüße" not in body, message.text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_a_reapply_note_thanks_for_the_open_door_not_for_a_chance(
    sample_data: dict[str, Any], address: str
) -> None:
    """Keeping the door open is no chance given: the note says "die Tür … offen" and recalls
    the lost role without "die Wahl bei der Stelle"."""
    data = _german(sample_data, address=address)
    data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    situation = rk.Situation.from_dict(data)
    rejection = {**data["rejection"], "by": None}
    team = rk.Situation.from_dict(
        {**data, "contacts": [], "interviews": [], "offers": [], "rejection": rejection}
    )
    texts = [
        m.text for to in ("Priya Raman", "Sam Ortiz") for m in _variants(situation, "reapply", to)
    ]
    texts += [m.text for m in _variants(team, "reapply", None)]
    assert any("die Tür für mich offen" in t for t in texts)
    for text in texts:
        assert "Chance geb" not in text, text
        assert "Wahl bei der Stelle" not in text, text


@pytest.mark.parametrize(
    ("address", "you", "mail"),
    [
        ("formal", "Ihnen", "In Kürze erhalten Sie eine E-Mail, in der ich Sie beide"),
        ("informal", "dir", "In Kürze bekommst du eine E-Mail, in der ich euch"),
    ],
)
def test_a_promised_introduction_is_made_as_promised_with_no_pronoun_for_the_person(
    sample_data: dict[str, Any], address: str, you: str, mail: str
) -> None:
    """Why the person is worth meeting stands after a dash, as typed, whatever their gender.
    The introduction is still to come, and is the reader's: "Wie versprochen stelle ich
    Ihnen den Kontakt … her", not "Ich habe nicht vergessen, Sie … bekannt zu machen",
    which a native review read as already done, and a calque."""
    data = _german(sample_data, address=address)
    data["offers"][1]["promised"] = True
    situation = rk.Situation.from_dict(data)
    texts = [m.text for m in _variants(situation, "full_response", "Priya Raman")]
    said = [t for t in texts if f"Wie versprochen stelle ich {you} den Kontakt" in t]
    assert said
    for text in texts:
        assert "nicht vergessen, Sie" not in text, text
    for text in said:
        assert f"{you} den Kontakt zu Luis Gomez her – er hat bei Contoso" in text, text
    assert any(f"eine ähnliche Migration geleitet. {mail}" in t for t in said)


@pytest.mark.parametrize(
    ("address", "closing"),
    [("formal", "Mit freundlichen Grüßen"), ("informal", "Herzliche Grüße")],
)
def test_a_warm_letter_closes_as_its_register_does(
    sample_data: dict[str, Any], address: str, closing: str
) -> None:
    """ "Sehr geehrte Frau Raman, … Mit freundlichen Grüßen"; "Hallo Priya, … Herzliche
    Grüße": a warm Sie-letter does not close as a du-letter does (native review)."""
    situation = rk.Situation.from_dict(_german(sample_data, gender="female", address=address))
    message = rk.compose(situation, to="Priya Raman", locale="de", tone="warm")
    assert message.text.splitlines()[-2] == closing, message.text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_no_noun_echoes_in_the_next_sentence(address: str) -> None:
    """ "Entscheidung" and "Bewerbung" are not said in two sentences in a row.

    A native reviewer found "vielen Dank, dass Sie mir die Entscheidung zur Stelle …
    mitgeteilt haben. Ich respektiere Ihre Entscheidung …" and, to an ATS, "… das Ergebnis
    meiner Bewerbung … Ich verstehe die Entscheidung und weiß es zu schätzen, dass Sie
    meine Bewerbung geprüft haben." A later one found "gern" twice in a two-sentence
    LinkedIn note: "ich habe mich gern mit dir … unterhalten. Gern würde ich mich …".
    """
    gern = re.compile(r"\bgerne?\b", re.IGNORECASE)
    echoes = []
    for name, data in sorted(with_sample().items()):
        for message in _everything(with_address(data, address)):
            sentences = re.split(r"(?<=[.!?])\s+", message.text)
            echoes += [
                (name, noun, first, second)
                for first, second in itertools.pairwise(sentences)
                for noun in ("Entscheidung", "Bewerbung")
                if noun in first and noun in second
            ]
            echoes += [
                (name, "gern", first, second)
                for first, second in itertools.pairwise(sentences)
                if gern.search(first) and gern.search(second)
            ]
    assert echoes == []
