"""Quick start: a situation from plain data, one message, a batch, and a draft checked."""

from __future__ import annotations

import rejection_kit as rk

situation = rk.Situation.from_dict(
    {
        "candidate": {"name": "Maya Chen", "email": "maya.chen@example.com"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst", "team": "Analytics"},
        "contacts": [
            {
                "name": "Priya Raman",
                "role": "hiring_manager",
                "gender": "female",
                "topics": ["moving the dashboards to dbt"],
            },
            {"name": "Lena Park", "role": "interviewer"},
        ],
        "interviews": [
            {"date": "2026-11-17", "kind": "final", "with": ["Priya Raman", "Lena Park"]}
        ],
        "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
        "offers": [
            {
                "kind": "introduction",
                "for": "Priya Raman",
                "person": "Luis Gomez",
                "about": "he led a similar migration at Contoso",
            }
        ],
    }
)

message = rk.compose(situation, recipe="full_response", to="Priya Raman")
print("Subject:", message.subject)
print(message.text)
print()

for note in rk.compose_all(situation, recipe="thank_you"):
    print(f"--- to {note.recipient}: {note.word_count} words")

draft = "Thanks for nothing. I deserve an explanation for this decision."
report = rk.check(draft, situation=situation)
print(f"\nDraft verdict: {report.verdict}")
for finding in report.findings:
    print(f"  {finding.severity:10} {finding.rule_id}: {draft[finding.start : finding.end]!r}")
