"""Lint a draft someone wrote: findings with their spans, a verdict, and safe fixes."""

from __future__ import annotations

import rejection_kit as rk

situation = rk.Situation.from_dict(
    {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager"}],
    }
)

draft = """Dear Priya,

Thank you for letting me know!!! I have to say I don't understand how I'm not a good fit,
since my skills matched the role exactly. Could you please reconsider?

Best,
[Your Name]"""

report = rk.check(draft, situation=situation)
print(f"verdict: {report.verdict}")
for f in report.findings:
    print(f"  {f.severity:10} {f.rule_id:35} {draft[f.start : f.end]!r}")
    if f.suggestion:
        print(f"  {'':10} suggestion: {f.suggestion}")

fixed = rk.fix(draft, situation=situation)
print("\nAfter the safe, mechanical fixes (punctuation, placeholders):\n")
print(fixed)
assert rk.fix(fixed, situation=situation) == fixed  # fixing twice changes nothing
