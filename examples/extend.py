"""Extending rejection_kit: a custom block, custom phrasings and a rule pack, end to end."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

import rejection_kit as rk
from rejection_kit.blocks import BlockContext
from rejection_kit.tone import load_pack


@attrs.frozen
class Portfolio:
    """A block of our own: a line pointing to the candidate's portfolio, when there is one."""

    url: str
    name: str = "portfolio"
    paragraph: str = "portfolio"
    optional: bool = True

    def variants(self, ctx: BlockContext) -> Sequence[str]:
        return ("portfolio.link.1",) if ctx.locale == "en" else ()

    def render(self, variant: str, ctx: BlockContext) -> str:
        return f"My recent work is at {self.url}, in case it is ever useful to the team."


PACK = """
name = "acme"

[[rule]]
id = "acme.no_salary_talk"
kind = "existence"
severity = "error"
message = "May read as negotiating after the decision."
patterns = ['\\bsalary\\b', '\\bcompensation\\b']
examples.bad = ["I could also accept a lower salary."]
examples.good = ["Thank you for the interviews."]
"""

situation = rk.Situation.from_dict(
    {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager", "gender": "female"}],
        "interviews": [{"date": "2026-11-17", "kind": "final", "with": ["Priya Raman"]}],
        "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
    }
)

# 1. A recipe with our block, and the team's own way of wishing well.
wishes = rk.phrasings(
    "well_wishes",
    ["Wishing everyone at {{ c.company }} a strong finish to the year."],
    replace=True,
)
recipe = (rk.recipes.keep_door_open + Portfolio(url="https://example.com/maya")).replacing(wishes)

# 2. A rule pack, validated against its own examples when it loads.
pack = load_pack(PACK)

message = rk.compose(situation, recipe=recipe, rules=[pack])
print(message.text)
print()
print("parts:", ", ".join(message.variant_ids))

# 3. The same pack lints a draft.
draft = "Thank you for letting me know. I could also accept a lower salary if that helps."
report = rk.check(draft, rules=[pack])
print("draft:", report.verdict, [f.rule_id for f in report.findings])
assert "acme.no_salary_talk" in {f.rule_id for f in report.findings}
