"""A follow-up plan as an iCalendar file, through the optional ``icalendar`` package."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from rejection_kit._errors import MissingExtraError

if TYPE_CHECKING:
    from rejection_kit.followup._plan import Plan


def plan_ics(plan: Plan) -> bytes:
    """One VEVENT per step, with the message as its description and a VALARM.

    With the plan's time zone, an event starts at the send time in it (the zone's
    VTIMEZONE included); without, it is an all-day event whose alarm goes off at the send
    time, in the calendar's own zone. UIDs and the DTSTAMP derive from the plan, so the
    same plan gives the same file.
    """
    try:
        import icalendar
    except ImportError:
        raise MissingExtraError(
            "Plan.to_ics() needs the icalendar package: pip install 'rejection_kit[ics]'",
            extra="ics",
        ) from None
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//rejection_kit//follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", plan.title)
    stamp = datetime.combine(plan.start, time(0, 0), tzinfo=UTC)
    offset = timedelta(hours=plan.send_time.hour, minutes=plan.send_time.minute)
    for index, step in enumerate(plan.steps):
        event = icalendar.Event()
        seed = f"{plan.title}|{index}|{step.due.isoformat()}|{step.kind}|{step.recipient}"
        digest = hashlib.blake2b(seed.encode(), digest_size=12).hexdigest()
        event.add("uid", f"{digest}@rejection-kit")
        event.add("dtstamp", stamp)
        if step.send_at is not None:
            event.add("dtstart", step.send_at)
            event.add("dtend", step.send_at + timedelta(minutes=30))
        else:
            event.add("dtstart", step.due)
            event.add("dtend", step.due + timedelta(days=1))
        event.add("summary", step.label)
        if step.message is not None:
            subject = f"{step.message.subject}\n\n" if step.message.subject else ""
            event.add("description", subject + step.message.text)
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", step.label)
        # At the send time: the event's start, or that time into an all-day event.
        alarm.add("trigger", timedelta(0) if step.send_at is not None else offset)
        event.add_component(alarm)
        calendar.add_component(event)
    if plan.time_zone:
        calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
