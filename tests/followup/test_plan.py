"""Follow-up plans: timing, shape per situation, no repetition, text and iCalendar."""

from __future__ import annotations

import io
import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from tests.strategies import situations

import rejection_kit as rk
from rejection_kit._cli import main
from rejection_kit._composer import sentences


def _body(message: rk.Message) -> set[str]:
    skip = {"greeting", "closing", "signature"}
    return set().union(*(sentences(p.text) for p in message.parts if p.paragraph not in skip))


def _assert_well_timed(plan: rk.Plan, start: date) -> None:
    days = [s.due for s in plan.steps]
    assert days == sorted(days)
    assert all(d.weekday() < 5 for d in days)
    assert plan.steps[0].due > start
    first_allowed = start + timedelta(days=1)
    while first_allowed.weekday() >= 5:
        first_allowed += timedelta(days=1)
    assert plan.steps[0].due == first_allowed


def _assert_no_repeated_sentence(plan: rk.Plan) -> None:
    seen: set[str] = set()
    for step in plan.steps:
        if step.message is not None:
            mine = _body(step.message)
            assert not mine & seen, (step.label, mine & seen)
            seen |= mine


def test_final_round_gets_the_full_sequence(sample: rk.Situation) -> None:
    """Thanks to everyone, LinkedIn notes, a radar note and quarterly check-ins for a year."""
    plan = rk.plan_follow_ups(sample)
    kinds = [s.kind for s in plan.steps]
    assert kinds.count("thank_you") == len(sample.contacts)
    assert kinds.count("linkedin") == 4  # not the front desk
    assert kinds.count("radar") == 1
    # Without news, each quarterly check-in is a reminder to you, not a message.
    assert kinds.count("check_in") == 0
    assert kinds.count("check_in_if_news") == 4
    assert all(s.message is None for s in plan.steps if s.kind == "check_in_if_news")
    start = date(2026, 11, 24)
    assert plan.start == start
    check_ins = [s.due for s in plan.steps if s.kind == "check_in_if_news"]
    assert check_ins[-1] - start >= timedelta(days=360)
    radar = next(s for s in plan.steps if s.kind == "radar")
    assert timedelta(days=21) <= radar.due - start <= timedelta(days=31)
    assert radar.recipient == "Priya Raman"
    _assert_well_timed(plan, start)
    _assert_no_repeated_sentence(plan)


def test_automated_rejection_gets_a_minimal_plan(minimal_data: dict[str, Any]) -> None:
    """An application turned down by the system gets one short note, nothing more."""
    minimal_data["rejection"] = {"date": "2026-11-27", "via": "ats", "stage": "application"}
    plan = rk.plan_follow_ups(rk.Situation.from_dict(minimal_data))
    assert [s.kind for s in plan.steps] == ["door"]
    assert plan.steps[0].due == date(2026, 11, 30)  # the Friday's next business day


def test_ghosted_gets_one_closing_note(sample_data: dict[str, Any]) -> None:
    """Silence gets one polite closing note."""
    sample_data["rejection"] = {"date": "2026-11-24", "via": "none", "stage": "interview"}
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data))
    assert [s.kind for s in plan.steps] == ["closure"]
    assert plan.steps[0].recipient == "Sam Ortiz"


def test_reapply_invitation_adds_the_new_application_with_a_note(
    sample_data: dict[str, Any],
) -> None:
    """About six months on: apply again, with a note to whoever gave the news."""
    sample_data["rejection"]["reapply_invited"] = True
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data), seed=1)
    step = next(s for s in plan.steps if s.kind == "reapply")
    assert 175 <= (step.due - plan.start).days <= 190
    assert step.recipient == "Sam Ortiz"  # he gave the news
    assert step.label == (
        "Apply again to Northwind Analytics (they invited you to), and send Sam Ortiz this "
        "note with your application"
    )
    assert step.message is not None
    assert step.message.subject == (
        "Reapplying for the Senior Data Analyst role, as invited — Maya Chen"
    )
    assert "Senior Data Analyst" in step.message.text
    assert re.search(r"apply again|new application", step.message.text)


_CREDITS = re.compile(r"\binvited? me to apply again")


def test_the_note_thanks_whoever_interviewed_and_invited(sample_data: dict[str, Any]) -> None:
    """Who interviewed the candidate and gave the news gave the invitation with it: the
    note says so ("you … invited me to apply again"); another interviewer is told that
    the candidate "was invited", which may have been the recruiter's doing."""
    sample_data["rejection"]["reapply_invited"] = True
    sample_data["rejection"]["by"] = "Priya Raman"  # the hiring manager, who interviewed
    situation = rk.Situation.from_dict(sample_data)
    notes = {
        rk.compose(situation, recipe="reapply", to="Priya Raman", seed=seed).parts[1].text
        for seed in range(12)
    }
    assert len(notes) >= 2
    assert all(_CREDITS.search(note) for note in notes), notes
    others = {
        rk.compose(situation, recipe="reapply", to="Daniel Okafor", seed=seed).parts[1].text
        for seed in range(12)
    }
    assert not any(_CREDITS.search(note) for note in others), others


def test_news_near_the_new_application_is_told_in_its_note(sample_data: dict[str, Any]) -> None:
    """An update whose check-in would fall within weeks of the new application goes in
    the note that comes with it; no check-in says it separately."""
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    news = ["I completed the dbt certification", "I led our reporting migration to dbt"]
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data), updates=news, seed=2)
    check_ins = [s for s in plan.steps if s.kind == "check_in"]
    assert len(check_ins) == 1
    assert check_ins[0].message is not None
    assert news[0] in check_ins[0].message.text
    note = plan.steps[-1]
    assert note.kind == "reapply"
    assert note.message is not None
    assert news[1] in note.message.text
    bodies = [_body(s.message) for s in plan.steps if s.message is not None]
    assert sum(len(b) for b in bodies) == len(set().union(*bodies))  # nothing said twice


def test_news_for_later_check_ins_is_still_sent(sample_data: dict[str, Any]) -> None:
    """Only the news due around the new application goes in its note: a check-in months
    after it still tells its own."""
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    news = [f"update {n}" for n in ("one", "two", "three", "four")]
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data), updates=news, seed=2)
    told = {
        n: [s.kind for s in plan.steps if s.message is not None and n in s.message.text]
        for n in news
    }
    assert told == {
        "update one": ["check_in"],
        "update two": ["reapply"],
        "update three": ["check_in"],
        "update four": ["check_in"],
    }


def test_with_only_an_agency_the_new_application_is_a_reminder(
    sample_data: dict[str, Any],
) -> None:
    """Applying again through an agency is asking to be put forward: no note is drafted."""
    sample_data["rejection"].update(reapply_invited=True, by=None)
    sample_data["contacts"] = [{"name": "Kim Lee", "role": "agency_recruiter"}]
    sample_data["interviews"] = []
    sample_data["offers"] = []
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data))
    step = next(s for s in plan.steps if s.kind == "reapply")
    assert step.message is None
    assert step.label == "Reminder: apply again to Northwind Analytics, as they invited you to"


def _months_said(plan: rk.Plan) -> dict[int, list[str]]:
    """The months to reapplying that each message names, by days after the plan's start."""
    return {
        (step.due - plan.start).days: re.findall(r"in about (\w+) months?", step.message.text)
        for step in plan.steps
        if step.message is not None and step.recipient == "Priya Raman"
    }


def test_the_first_reply_takes_up_an_invitation_to_reapply(sample_data: dict[str, Any]) -> None:
    """The thanks to the main contact says when and after what; no later note repeats it."""
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    sample_data["candidate"]["plan"] = "finish the dbt certification"
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data), seed=3)
    first = plan.steps[0]
    assert first.recipient == "Priya Raman"
    assert first.message is not None
    assert "reapply" in first.message.text
    assert "finish the dbt certification" in first.message.text
    assert _months_said(plan)[(first.due - plan.start).days] == ["six"]
    kinds = [s.kind for s in plan.steps]
    assert "radar" not in kinds  # it would only say the same again weeks later
    assert kinds[-1] == "reapply"
    later = [s.message.text for s in plan.steps[1:] if s.message is not None]
    assert not any("reapply" in text for text in later), later


def test_months_to_reapply_are_counted_from_the_rejection(sample_data: dict[str, Any]) -> None:
    """A plan started a month after "reapply in 6 months" says 5, and reminds on time."""
    sample_data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    sample_data["candidate"]["plan"] = "finish the dbt certification"
    rejected = date.fromisoformat(sample_data["rejection"]["date"])
    start = rejected + timedelta(days=31)
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data), start=start, seed=3)
    first = plan.steps[0]
    assert first.recipient == "Priya Raman"
    assert _months_said(plan)[(first.due - plan.start).days] == ["five"]
    reminder = next(s for s in plan.steps if s.kind == "reapply")
    assert 0 <= (reminder.due - rejected).days - 181 <= 4  # six months on, next business day


def test_referrer_gets_an_update(sample_data: dict[str, Any]) -> None:
    """A referrer is updated on the first day."""
    sample_data["contacts"].append({"name": "Ana Souza", "role": "referrer"})
    plan = rk.plan_follow_ups(rk.Situation.from_dict(sample_data))
    step = next(s for s in plan.steps if s.kind == "referrer_update")
    assert step.recipient == "Ana Souza"
    assert step.due == plan.steps[0].due


def test_check_ins_share_updates_and_otherwise_ask_nothing(sample: rk.Situation) -> None:
    """A check-in mentions news only when given, and never asks for anything."""
    updates = [
        {"kind": "skill", "text": "I finished the dbt Fundamentals course"},
        {
            "kind": "article",
            "text": "a short essay on testing data pipelines",
            "url": "https://example.com/essay",
        },
    ]
    plan = rk.plan_follow_ups(sample, updates=updates)
    check_ins = [s.message for s in plan.steps if s.kind == "check_in" and s.message]
    assert len(check_ins) == 2  # one per piece of news, and no "just saying hello"
    assert "I finished the dbt Fundamentals course." in check_ins[0].text
    assert "https://example.com/essay" in check_ins[1].text
    for message in check_ins:
        assert "?" not in message.text
    assert check_ins[0].variant_ids[1].startswith("check_in.skill.")
    later = [s for s in plan.steps if s.kind == "check_in_if_news"]
    assert len(later) == 2
    assert later[0].label == "Check in with Priya Raman if you have news to share"


def test_until_and_channel_prefs(sample: rk.Situation) -> None:
    """until= drops later steps; channel_prefs changes a kind's channel."""
    plan = rk.plan_follow_ups(
        sample, until=date(2026, 12, 31), channel_prefs={"check_in": "linkedin_message"}
    )
    assert all(s.due <= date(2026, 12, 31) for s in plan.steps)
    assert "check_in" not in {s.kind for s in plan.steps}
    longer = rk.plan_follow_ups(
        sample, channel_prefs={"check_in": "linkedin_message"}, updates=["I moved to Lisbon"]
    )
    assert {s.channel for s in longer.steps if s.kind.startswith("check_in")} == {
        "linkedin_message"
    }
    with pytest.raises(rk.ValidationError, match=r"channel_prefs\.dinner"):
        rk.plan_follow_ups(sample, channel_prefs={"dinner": "email"})
    with pytest.raises(rk.UnknownChannelError):
        rk.plan_follow_ups(sample, channel_prefs={"radar": "fax"})


def test_a_plan_without_a_date_starts_today(minimal_data: dict[str, Any]) -> None:
    """Without start= or a rejection date, the plan starts today (no error)."""
    plan = rk.plan_follow_ups(rk.Situation.from_dict(minimal_data))
    assert plan.start == date.today()
    assert plan.steps
    assert all(step.due > plan.start for step in plan.steps)


def test_bad_updates_are_refused(sample: rk.Situation) -> None:
    """Malformed updates name their index."""
    with pytest.raises(rk.ValidationError, match=r"updates\[1\]\.kind"):
        rk.plan_follow_ups(sample, updates=["fine", {"kind": "gossip", "text": "x"}])


_FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(data=situations(max_contacts=3))
def test_every_situation_gets_a_well_timed_plan(data: dict[str, Any]) -> None:
    """For any situation: dates never go backwards, no weekends, first step next business day."""
    situation = rk.Situation.from_dict(data)
    start = date(2026, 11, 28)  # a Saturday
    plan = rk.plan_follow_ups(situation, start=start)
    assert plan.steps
    _assert_well_timed(plan, start)
    _assert_no_repeated_sentence(plan)


def test_text_rendering_uses_locale_dates(sample: rk.Situation) -> None:
    """The readable plan shows each step's date in the plan's locale, with its message."""
    text = rk.plan_follow_ups(sample).to_text()
    assert text.startswith("Follow-up plan: Senior Data Analyst at Northwind Analytics")
    # The channel is named in the plan's language, not by its identifier.
    assert "Wednesday, November 25, 2026 — Thank-you note to Priya Raman (e-mail)" in text
    assert "    Dear Ms. Raman," in text


def test_to_dict_is_json_ready(sample: rk.Situation) -> None:
    """to_dict() serialises with every step and message."""
    data = rk.plan_follow_ups(sample).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["steps"][0]["due"] == "2026-11-25"


def test_ics_parses_with_one_event_per_step(sample: rk.Situation) -> None:
    """to_ics() writes a calendar that icalendar reads back, one event per step."""
    import icalendar

    plan = rk.plan_follow_ups(sample)
    calendar = icalendar.Calendar.from_ical(plan.to_ics())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(plan.steps)
    assert events[0].decoded("dtstart") == plan.steps[0].due
    assert str(events[0]["summary"]) == plan.steps[0].label
    assert plan.to_ics() == plan.to_ics()


def test_ics_without_the_extra_names_it(
    sample: rk.Situation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without icalendar installed, to_ics() raises an error naming the extra."""
    import sys

    monkeypatch.setitem(sys.modules, "icalendar", None)
    with pytest.raises(rk.MissingExtraError, match=r"rejection_kit\[ics\]") as info:
        rk.plan_follow_ups(sample).to_ics()
    assert info.value.extra == "ics"


def test_cli_plan(tmp_path: Path, sample_data: dict[str, Any]) -> None:
    """python -m rejection_kit plan prints the plan and can write an .ics file."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(sample_data), encoding="utf-8")
    ics = tmp_path / "plan.ics"
    out = io.StringIO()
    assert (
        main(
            ["plan", str(path), "--ics", str(ics), "--update", "I shipped a dbt package"], out=out
        )
        == 0
    )
    assert "Thank-you note to Lena Park" in out.getvalue()
    assert "I shipped a dbt package." in out.getvalue()
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    out = io.StringIO()
    assert main(["plan", str(path), "--json", "--until", "2026-12-01"], out=out) == 0
    assert json.loads(out.getvalue())["steps"]
    assert main(["plan", str(path), "--start", "24/11/2026"], out=io.StringIO()) == 2


def test_plan_is_deterministic(sample: rk.Situation) -> None:
    """The same inputs give the same plan."""
    assert rk.plan_follow_ups(sample, seed=4) == rk.plan_follow_ups(sample, seed=4)


def _panel(size: int, hiring_manager: bool = True) -> dict[str, Any]:
    names = [f"Person {chr(65 + i)} Example" for i in range(size)]
    contacts: list[dict[str, Any]] = [{"name": n, "role": "interviewer"} for n in names]
    if hiring_manager:
        contacts.insert(0, {"name": "Alex Kim", "role": "hiring_manager"})
    return {
        "candidate": {"name": "Chris Walker"},
        "company": {"name": "Fathom Games"},
        "position": {"title": "Gameplay Programmer"},
        "contacts": contacts,
        "interviews": [
            {"date": "2026-10-01", "kind": "panel", "with": [c["name"] for c in contacts]}
        ],
        "rejection": {"date": "2026-10-20", "via": "email", "stage": "final"},
    }


def test_a_large_panel_is_thanked_through_the_hiring_manager() -> None:
    """Nine interviewers get no nine near-identical notes: the manager passes thanks on."""
    data = _panel(9)
    data["contacts"][3]["topics"] = ["the physics rewrite"]  # something of their own
    plan = rk.plan_follow_ups(rk.Situation.from_dict(data), seed=1)
    first_day = [s for s in plan.steps if s.due == plan.steps[0].due]
    assert [s.recipient for s in first_day] == ["Alex Kim", "Person C Example"]
    manager = first_day[0].message
    assert manager is not None
    assert "the rest of the panel" in manager.text or "others on the panel" in manager.text
    invited = {s.recipient for s in plan.steps if s.kind == "linkedin"}
    assert invited == {"Alex Kim", "Person C Example"}


@pytest.mark.parametrize(("size", "manager"), [(4, True), (9, False)])
def test_a_small_panel_or_one_without_a_manager_is_thanked_one_by_one(
    size: int, manager: bool
) -> None:
    """Up to four interviewers, or with nobody to pass thanks on, each gets a note."""
    plan = rk.plan_follow_ups(rk.Situation.from_dict(_panel(size, manager)), seed=1)
    thanked = [s.recipient for s in plan.steps if s.kind == "thank_you"]
    assert len(thanked) == size + manager


# How each language's labels name the committee's professor and doctor: as typed where a
# title stands alone, as the letters refer to them in French, without the title where
# it would need an article ("para la Dra. Albrecht", "per la dott.ssa Albrecht").
_COMMITTEE_LABELS = {
    "en": ("Thank-you note to Prof. Dr. Henning Lorenz", "Thank-you note to Dr. Katrin Albrecht"),
    "de": (
        "Dankesnachricht an Prof. Dr. Henning Lorenz",
        "Dankesnachricht an Dr. Katrin Albrecht",
    ),
    "fr": ("Message de remerciement à M. Lorenz", "Message de remerciement à Mme Albrecht"),
    "nl": ("Bedankbericht aan prof. Lorenz", "Bedankbericht aan dr. Albrecht"),
    "es": (
        "Mensaje de agradecimiento para Henning Lorenz",
        "Mensaje de agradecimiento para Katrin Albrecht",
    ),
    "it": (
        "Messaggio di ringraziamento per Henning Lorenz",
        "Messaggio di ringraziamento per Katrin Albrecht",
    ),
    "pt_BR": (
        "Mensagem de agradecimento para Henning Lorenz",
        "Mensagem de agradecimento para Katrin Albrecht",
    ),
}


@pytest.mark.parametrize(("locale", "expected"), sorted(_COMMITTEE_LABELS.items()))
def test_plan_labels_name_titled_contacts_as_the_language_allows(
    locale: str, expected: tuple[str, str]
) -> None:
    from tests.composition.situations import SITUATIONS

    situation = rk.Situation.from_dict(SITUATIONS["university_committee"][0])
    plan = rk.plan_follow_ups(situation, locale=locale, seed=1, start=date(2026, 11, 15))
    labels = [s.label for s in plan.steps if s.kind == "thank_you"]
    assert labels[:2] == list(expected)
    # The step still names its recipient as the situation does, for a program to match.
    thanked = [s.recipient for s in plan.steps if s.kind == "thank_you"]
    assert thanked[:2] == ["Prof. Dr. Henning Lorenz", "Dr. Katrin Albrecht"]
