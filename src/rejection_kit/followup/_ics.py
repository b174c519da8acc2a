"""A follow-up plan as an iCalendar file, through the optional ``icalendar`` package."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from rejection_kit._errors import MissingExtraError

if TYPE_CHECKING:
    from rejection_kit.followup._plan import Plan


def plan_ics(plan: Plan) -> bytes:
    """One all-day VEVENT per step, with the message as its description.

    UIDs and the DTSTAMP derive from the plan, so the same plan gives the same file.
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
    for index, step in enumerate(plan.steps):
        event = icalendar.Event()
        seed = f"{plan.title}|{index}|{step.due.isoformat()}|{step.kind}|{step.recipient}"
        digest = hashlib.blake2b(seed.encode(), digest_size=12).hexdigest()
        event.add("uid", f"{digest}@rejection-kit")
        event.add("dtstamp", stamp)
        event.add("dtstart", step.due)
        event.add("dtend", step.due + timedelta(days=1))
        event.add("summary", step.label)
        if step.message is not None:
            subject = f"{step.message.subject}\n\n" if step.message.subject else ""
            event.add("description", subject + step.message.text)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
