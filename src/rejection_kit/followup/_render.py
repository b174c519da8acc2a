"""A follow-up plan as readable text, with dates formatted for its locale."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rejection_kit.language import JinjaTemplates, conventions
from rejection_kit.language._env import local_date

if TYPE_CHECKING:
    from rejection_kit.followup._plan import Plan


def plan_text(plan: Plan) -> str:
    """The title, then each step: its date, label, channel and message (indented)."""
    conv = conventions(plan.locale)
    labels = JinjaTemplates(plan.locale, conv.register(plan.address))
    dash = conv.dash
    lines = [plan.title, "=" * len(plan.title), ""]
    for step in plan.steps:
        day = local_date(step.due, "full", plan.locale)
        if step.kind == "linkedin" and step.channel == "linkedin_note":
            lines.append(f"{day} {dash} {step.label}")  # the label already says where
        else:
            channel = labels.render("plan.j2", "channel", name=step.channel)
            lines.append(f"{day} {dash} {step.label} ({channel})")
        if step.message is None:
            lines.append(f"    {labels.render('plan.j2', 'reminder')}")
        else:
            if step.message.subject:
                lines.append(f"    {step.message.subject}")
            lines.extend(f"    {line}".rstrip() for line in step.message.text.splitlines())
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
