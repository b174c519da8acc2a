"""Plans that live on real calendars: no step on a public holiday of either side, alarms
in the calendar file, a time zone and a send time, and today as the default start."""

from __future__ import annotations

import datetime as dt
from typing import Any

import holidays
import icalendar
import pytest

import rejection_kit as rk

COUNTRIES = ["US", "DE", "FR", "ES", "BR", "IT", "NL"]
YEAR = [dt.date(2027, 1, 1) + dt.timedelta(days=i) for i in range(365)]


def _situation(company_country: str | None = None, candidate_country: str | None = None) -> Any:
    return rk.Situation.from_dict(
        {
            "candidate": {"name": "Maya Chen", "country": candidate_country},
            "company": {"name": "Northwind", "country": company_country},
            "position": {"title": "Data Analyst"},
            "contacts": [{"name": "Priya Raman", "role": "hiring_manager"}],
            "interviews": [{"with": ["Priya Raman"], "date": "2026-11-02"}],
            "rejection": {"via": "email", "stage": "final", "reapply_invited": True},
        }
    )


@pytest.mark.parametrize("country", COUNTRIES)
def test_no_step_falls_on_a_weekend_or_a_public_holiday_all_year(country: str) -> None:
    """Every start date of a year: each step is a weekday that is no holiday there."""
    situation = _situation(country)
    calendar = holidays.country_holidays(country)
    for start in YEAR:
        plan = rk.plan_follow_ups(situation, start=start)
        assert plan.countries == (country,)
        for step in plan.steps:
            assert step.due.weekday() < 5, (start, step)
            assert step.due not in calendar, (start, step, calendar.get(step.due))
            assert step.due > start


def test_thanks_wait_for_the_day_after_thanksgiving() -> None:
    """Told on the Wednesday before Thanksgiving (2026-11-25): thanks go out on Friday."""
    plan = rk.plan_follow_ups(_situation("US"), start=dt.date(2026, 11, 25))
    assert plan.steps[0].due == dt.date(2026, 11, 27)
    weekdays_only = rk.plan_follow_ups(_situation(), start=dt.date(2026, 11, 25))
    assert weekdays_only.steps[0].due == dt.date(2026, 11, 26)


def test_both_sides_holidays_count_and_a_subdivision_narrows_them() -> None:
    """A candidate in Bavaria writing to a US company: neither Epiphany (Bavaria) nor a
    US holiday; a Berliner has no Epiphany off."""
    bavaria = rk.plan_follow_ups(_situation("US", "DE-BY"), start=dt.date(2027, 1, 5))
    assert bavaria.countries == ("DE-BY", "US")
    assert bavaria.steps[0].due == dt.date(2027, 1, 7)  # 6 January is Epiphany in Bavaria
    berlin = rk.plan_follow_ups(_situation("US", "DE-BE"), start=dt.date(2027, 1, 5))
    assert berlin.steps[0].due == dt.date(2027, 1, 6)


def test_countries_given_to_the_call_replace_the_situation_s() -> None:
    """Ascension Day (6 May 2027) is a holiday in the Netherlands, not in the US."""
    assert dt.date(2027, 5, 6) in holidays.country_holidays("NL")
    us = rk.plan_follow_ups(_situation("US"), start=dt.date(2027, 5, 5))
    assert us.steps[0].due == dt.date(2027, 5, 6)
    nl = rk.plan_follow_ups(_situation("US"), start=dt.date(2027, 5, 5), countries=["NL"])
    assert nl.countries == ("NL",)
    assert nl.steps[0].due == dt.date(2027, 5, 7)


def test_time_zone_and_send_time_give_each_step_its_moment() -> None:
    plan = rk.plan_follow_ups(
        _situation("DE"), start=dt.date(2027, 3, 1), time_zone="Europe/Berlin", send_time="10:30"
    )
    for step in plan.steps:
        assert step.send_at is not None
        assert step.send_at.date() == step.due
        assert (step.send_at.hour, step.send_at.minute) == (10, 30)
        assert step.send_at.utcoffset() in (dt.timedelta(hours=1), dt.timedelta(hours=2))
    data = plan.to_dict()
    assert data["time_zone"] == "Europe/Berlin"
    assert data["send_time"] == "10:30"
    assert data["steps"][0]["send_at"].startswith(plan.steps[0].due.isoformat() + "T10:30")


def test_the_calendar_file_validates_and_every_event_has_an_alarm() -> None:
    """Timed events in the plan's zone (with its VTIMEZONE), each with a VALARM at the send
    time; without a zone, all-day events whose alarm goes off at the send time."""
    timed = rk.plan_follow_ups(
        _situation("FR"), start=dt.date(2027, 3, 1), time_zone="Europe/Paris", send_time="08:45"
    )
    cal = icalendar.Calendar.from_ical(timed.to_ics())
    events = cal.walk("VEVENT")
    assert len(events) == len(timed.steps)
    assert cal.walk("VTIMEZONE")
    for event, step in zip(events, timed.steps, strict=True):
        start = event.decoded("dtstart")
        assert start == step.send_at
        alarms = event.walk("VALARM")
        assert len(alarms) == 1
        assert alarms[0]["action"] == "DISPLAY"
        assert alarms[0].decoded("trigger") == dt.timedelta(0)
    all_day = rk.plan_follow_ups(_situation("FR"), start=dt.date(2027, 3, 1), send_time="08:45")
    cal = icalendar.Calendar.from_ical(all_day.to_ics())
    for event in cal.walk("VEVENT"):
        assert isinstance(event.decoded("dtstart"), dt.date)
        assert not isinstance(event.decoded("dtstart"), dt.datetime)
        (alarm,) = event.walk("VALARM")
        assert alarm.decoded("trigger") == dt.timedelta(hours=8, minutes=45)


def test_a_plan_without_any_date_starts_today() -> None:
    situation = _situation("US")
    plan = rk.plan_follow_ups(situation)
    assert plan.start == dt.date.today()
    tokyo = rk.plan_follow_ups(situation, time_zone="Asia/Tokyo")
    from zoneinfo import ZoneInfo

    assert tokyo.start == dt.datetime.now(ZoneInfo("Asia/Tokyo")).date()


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"time_zone": "../../../etc/passwd"}, "time_zone"),
        ({"time_zone": "Europe/" + "x" * 10_000}, "time_zone"),
        ({"time_zone": "Mars/Olympus"}, "time_zone"),
        ({"time_zone": 3}, "time_zone"),
        ({"send_time": "25:00"}, "send_time"),
        ({"send_time": "9"}, "send_time"),
        ({"send_time": dt.time(9, tzinfo=dt.UTC)}, "send_time"),
        ({"countries": "US"}, "countries"),
        ({"countries": ["XX"]}, "countries[0]"),
        ({"countries": ["DE-ZZ"]}, "countries[0]"),
        ({"countries": ["us"]}, "countries[0]"),
        ({"countries": ["=?utf-8?q?US?="]}, "countries[0]"),
        ({"countries": ["US"] * 10_000}, "countries"),
    ],
)
def test_bad_calendars_are_refused_naming_the_argument(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(rk.ValidationError) as info:
        rk.plan_follow_ups(_situation(), start=dt.date(2027, 1, 4), **kwargs)
    assert path in info.value.paths
    assert len(str(info.value)) < 400


@pytest.mark.parametrize("value", ["us", "USA", "DE_BY", "<b>DE</b>", "DE-BAVARIA", "D" * 10_000])
def test_a_country_field_must_be_an_iso_code(value: str) -> None:
    data = _situation().to_dict()
    data["company"]["country"] = value
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    assert "company.country" in info.value.paths
    assert len(str(info.value)) < 400


def test_an_unknown_country_in_the_situation_is_named_when_planning() -> None:
    data = _situation().to_dict()
    data["candidate"]["country"] = "QQ"  # well formed, but no calendar exists
    situation = rk.Situation.from_dict(data)
    with pytest.raises(rk.ValidationError) as info:
        rk.plan_follow_ups(situation, start=dt.date(2027, 1, 4))
    assert info.value.paths == ("candidate.country",)


def _in_year_end_break(day: dt.date) -> bool:
    return (day.month, day.day) >= (12, 20) or (day.month, day.day) <= (1, 6)


def _not_invited() -> Any:
    data = _situation("DE").to_dict()
    data["rejection"]["reapply_invited"] = False
    return rk.Situation.from_dict(data)


@pytest.mark.parametrize("invited", [True, False])
def test_no_step_that_can_wait_falls_in_the_year_end_break(invited: bool) -> None:
    """The stay-on-the-radar note, the check-ins and the reminder to apply again wait
    out 20 December to 6 January (a reviewer read a third contact just before Christmas
    as tone-deaf); the thank-you and the LinkedIn note do not. The radar note moves to
    before the break when that is still three weeks on, a check-in by at most two weeks;
    the reminder to apply again never comes before the time the company named."""
    situation = _situation("DE") if invited else _not_invited()
    waits = ("radar", "check_in_if_news", "check_in", "reapply")
    for start in YEAR:
        plan = rk.plan_follow_ups(situation, start=start)
        kinds = {s.kind for s in plan.steps}
        assert ("reapply" if invited else "radar") in kinds, (start, kinds)
        for step in plan.steps:
            if step.kind in waits:
                assert not _in_year_end_break(step.due), (start, step.kind, step.due)
            if step.kind == "radar":
                assert 21 <= (step.due - start).days <= 45, (start, step.due)
            if step.kind == "reapply":
                assert step.due >= start + dt.timedelta(days=181), (start, step.due)


def test_a_plan_started_before_christmas_still_thanks_the_next_day() -> None:
    plan = rk.plan_follow_ups(_not_invited(), start=dt.date(2027, 12, 21))
    assert plan.steps[0].due == dt.date(2027, 12, 22)
    radar = next(s for s in plan.steps if s.kind == "radar")
    assert radar.due == dt.date(2028, 1, 17)  # 25 days on is 15 January, a Saturday
