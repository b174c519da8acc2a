"""What the native reviews of every language found, as behaviour: one meeting is not
"my interviews", colleagues are greeted as colleagues, a promise is kept in the plan,
an agency search keeps in touch through the agency, and no subject runs on."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from tests.composition.situations import SITUATIONS

import rejection_kit as rk

PLURAL_MEETINGS = ("my interviews", "our conversations")


def _situation(name: str) -> rk.Situation:
    return rk.Situation.from_dict(copy.deepcopy(SITUATIONS[name][0]))


@pytest.mark.parametrize("recipe", ["stay_on_radar", "linkedin_connect", "check_in"])
def test_one_phone_screen_is_not_my_interviews(recipe: str) -> None:
    situation = _situation("phone_screen")
    written = 0
    for contact in situation.contacts:
        for seed in range(12):
            try:
                message = rk.compose(situation, recipe=recipe, to=contact.name, seed=seed)
            except rk.CompositionError:
                continue
            written += 1
            assert not any(p in message.text for p in PLURAL_MEETINGS), message.text
    assert written


@pytest.mark.parametrize(
    ("locale", "greetings"),
    [
        ("en", {"Miriam Kessler": "Hi Miriam,", "Tobias Wendt": "Hi Tobias,"}),
        ("nl", {"Tobias Wendt": "Beste Tobias,", "Aylin Demir": "Beste Aylin,"}),
        ("de", {"Tobias Wendt": "Hallo Tobias,", "Aylin Demir": "Hallo Aylin,"}),
    ],
)
def test_an_internal_candidate_greets_colleagues_as_colleagues(
    locale: str, greetings: dict[str, str]
) -> None:
    """Teammates by first name in the informal register; in English (where the register
    only changes the salutation) the candidate's own manager too."""
    messages = rk.compose_all(_situation("internal_candidate"), recipe="thank_you", locale=locale)
    first_lines = {m.recipient: m.text.splitlines()[0] for m in messages}
    for name, greeting in greetings.items():
        assert first_lines[name] == greeting


def test_a_referrer_is_greeted_by_first_name_in_english() -> None:
    message = rk.compose(_situation("referral_and_promise"), recipe="thank_you", to="Mira Shah")
    assert message.text.startswith("Hi Mira,")


def test_the_plan_keeps_a_promise_with_the_thanks() -> None:
    """A resource promised in the interviews goes out with the thank-you note."""
    plan = rk.plan_follow_ups(_situation("referral_and_promise"))
    (thanks,) = [s for s in plan.steps if s.kind == "thank_you" and s.recipient == "Ethan Cole"]
    assert thanks.message is not None
    assert "STRIDE worksheet" in thanks.message.text
    assert "As promised" in thanks.message.text


def test_an_agency_search_keeps_in_touch_through_the_agency() -> None:
    plan = rk.plan_follow_ups(_situation("agency_recruiter"))
    later = [s for s in plan.steps if s.kind in ("radar", "check_in", "check_in_if_news")]
    assert later
    assert {s.recipient for s in later} == {"Tom Reed"}


def test_no_backup_line_once_the_hire_is_known() -> None:
    situation = _situation("hire_known")
    for recipe in ("full_response", "keep_door_open", "stay_on_radar"):
        for seed in range(8):
            text = rk.compose(situation, recipe=recipe, to="Julia Meyer", seed=seed).text
            assert "plans for this one change" not in text
            assert "changes with this one" not in text


@pytest.mark.parametrize("locale", ["en", "de", "fr", "es", "it", "nl", "pt_BR"])
def test_a_very_long_title_stays_out_of_every_subject(locale: str) -> None:
    situation = _situation("long_values")
    for recipe in ("thank_you", "keep_door_open", "stay_on_radar", "full_response"):
        try:
            messages = rk.compose_all(situation, recipe=recipe, locale=locale)
        except rk.CompositionError:
            continue
        for message in messages:
            assert message.subject is not None
            assert len(message.subject) <= 120, message.subject


@pytest.mark.parametrize(
    ("locale", "first"),
    [("fr", "1er décembre"), ("pt_BR", "1º de dezembro"), ("it", "1° dicembre")],
)
def test_plan_dates_write_the_first_of_the_month_as_the_language_does(
    locale: str, first: str
) -> None:
    plan = rk.plan_follow_ups(
        _situation("phone_screen"), start=dt.date(2026, 11, 30), locale=locale
    )
    assert plan.steps[0].due == dt.date(2026, 12, 1)
    assert first in plan.to_text()


def test_no_check_in_reminder_crowds_the_reminder_to_apply_again() -> None:
    """Invited back in six months: the reminder to reapply stands alone then."""
    plan = rk.plan_follow_ups(_situation("reapply_in_six_months"))
    (reapply,) = [s for s in plan.steps if s.kind == "reapply"]
    others = [s for s in plan.steps if s.kind != "reapply"]
    assert all(abs((s.due - reapply.due).days) >= 21 for s in others)


def test_a_german_plan_sets_the_gedankenstrich() -> None:
    text = rk.plan_follow_ups(_situation("phone_screen"), locale="de").to_text()
    assert " – " in text
    assert " — " not in text


def test_the_interview_subject_goes_only_to_people_who_interviewed() -> None:
    """Whoever did not interview the candidate (a coordinator) is thanked for the
    application, not for "the interview"."""
    messages = rk.compose_all(_situation("finalist_by_phone"), recipe="thank_you")
    subjects = {m.recipient: m.subject for m in messages}
    interviewed = {n for iv in _situation("finalist_by_phone").interviews for n in iv.with_}
    for name, subject in subjects.items():
        assert subject is not None
        assert ("interview" in subject) == (name in interviewed), (name, subject)


@pytest.mark.parametrize(
    ("locale", "closing"), [("de", "Mit freundlichen Grüßen"), ("en", "Kind regards,")]
)
def test_a_formal_salutation_is_not_closed_warmly(locale: str, closing: str) -> None:
    """After "Sehr geehrte Damen und Herren" or to a professor, the kind closing: a warm
    one ("Herzliche Grüße") is too familiar there."""
    for name in ("team_only", "university_committee"):
        for message in rk.compose_all(_situation(name), recipe="thank_you", locale=locale):
            assert message.text.splitlines()[-2] == closing, message.text


def test_an_executive_on_a_panel_with_a_hiring_manager_is_not_told_your_decision() -> None:
    situation = _situation("many_contacts")
    for seed in range(6):
        text = rk.compose(situation, recipe="full_response", to="Drew Evans", seed=seed).text
        assert "your decision" not in text
        assert "plans for this one change" not in text


# A formal letter to someone who knows the candidate well (their own manager, the person
# who referred them) opens warmly, still in the formal register: "Madame," and "Sehr
# geehrte Frau Kessler," are what a stranger writes (the stop 41 French native read).
_KNOWN = {
    "de": ("Liebe Frau Kessler,", "Sehr geehrte Frau Kessler,"),
    "fr": ("Bonjour Madame Kessler,", "Madame,"),
    "es": ("Estimada Miriam:", "Estimada Sra. Kessler:"),
    "it": ("Gentile Miriam,", "Gentile Sig.ra Kessler,"),
    "nl": ("Beste Miriam,", "Geachte mevrouw Kessler,"),
    "pt_BR": ("Prezada Miriam,", "Prezada Sra. Kessler,"),
}


@pytest.mark.parametrize(("locale", "greetings"), sorted(_KNOWN.items()))
def test_a_manager_who_knows_the_candidate_is_greeted_warmly(
    locale: str, greetings: tuple[str, str]
) -> None:
    known, stranger = greetings
    situation = _situation("internal_candidate")
    message = rk.compose(situation, recipe="thank_you", to="Miriam Kessler", locale=locale)
    assert message.text.startswith(known + "\n")
    # The register stays formal: the manager is still "Sie", "vous", "usted".
    assert message.address == "formal"
    # An address the user chose is kept as chosen: formal means the stranger's form.
    data = copy.deepcopy(SITUATIONS["internal_candidate"][0])
    data["contacts"][0]["address"] = "formal"
    chosen = rk.compose(
        rk.Situation.from_dict(data), recipe="thank_you", to="Miriam Kessler", locale=locale
    )
    assert chosen.text.startswith(stranger + "\n")


def test_the_warm_german_greeting_closes_warmly() -> None:
    """ "Liebe Frau Kessler" takes a warm closing, not "Mit freundlichen Grüßen"."""
    situation = _situation("internal_candidate")
    closings = {
        rk.compose(
            situation, recipe="thank_you", to="Miriam Kessler", locale="de", seed=seed
        ).text.splitlines()[-2]
        for seed in range(6)
    }
    assert closings
    assert "Mit freundlichen Grüßen" not in closings


def test_a_referrer_is_greeted_as_someone_who_knows_the_candidate() -> None:
    situation = _situation("referral_and_promise")
    message = rk.compose(situation, recipe="thank_you", to="Mira Shah", locale="fr")
    assert message.address == "formal"
    assert message.text.startswith("Bonjour Madame Shah,\n")


def test_a_titled_manager_keeps_the_titled_form() -> None:
    data = copy.deepcopy(SITUATIONS["internal_candidate"][0])
    data["contacts"][0]["name"] = "Dr. Miriam Kessler"
    data["interviews"][0]["with"][0] = data["rejection"]["by"] = "Dr. Miriam Kessler"
    message = rk.compose(
        rk.Situation.from_dict(data), recipe="thank_you", to="Dr. Miriam Kessler", locale="de"
    )
    assert message.text.startswith("Sehr geehrte Frau Dr. Kessler,\n")


def test_the_colleague_who_won_is_named_as_colleagues_name_each_other() -> None:
    """An internal candidate says "I'm pleased for Clara" to their manager; the full name
    stays when a contact shares the first name, or when the winner came from outside."""
    data = copy.deepcopy(SITUATIONS["internal_candidate"][0])

    def hired_lines(data: dict[str, object]) -> set[str]:
        situation = rk.Situation.from_dict(data)
        return {
            part.text
            for seed in range(12)
            for part in rk.compose(
                situation, recipe="thank_you", to="Miriam Kessler", seed=seed
            ).parts
            if "Clara" in part.text
        }

    lines = hired_lines(data)
    assert lines
    assert not any("Clara Hoffmann" in line for line in lines), lines
    data["contacts"].append({"name": "Clara Jung", "role": "colleague"})
    assert all("Clara Hoffmann" in line for line in hired_lines(data))
