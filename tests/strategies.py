"""Hypothesis strategies shared by the property tests: situations of every shape."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from rejection_kit.model import INTERVIEW_KINDS, STAGES

# Names in many scripts, with apostrophes, hyphens and particles; no control characters.
_NAME_PARTS = st.sampled_from(
    [
        "Maya",
        "Chen",
        "José",
        "Ñúñez",
        "O'Neil",
        "van der Berg",
        "Anne-Marie",
        "Łukasz",
        "Søren",
        "李雷",
        "Ólafur",
        "D'Angelo",
        "Zoë",
        "Nguyễn",
        "Иван",
        "Aïcha",
        "Björk",
        "R&D",
        "<Labs>",
        "Smith",
        "Okafor",
        "Raman",
    ]
)
# A person's name may not hold "<", ">" or "@" (it would pass for an address in a
# header); a company's may.
_PERSON_PARTS = _NAME_PARTS.filter(lambda part: not set("<>@") & set(part))
names = st.lists(_PERSON_PARTS, min_size=1, max_size=3).map(" ".join)
companies = (
    st.lists(_NAME_PARTS, min_size=1, max_size=3)
    .map(" ".join)
    .map(lambda s: s[:60].strip() or "Acme")
)
# Valid but hostile free text: markup, format strings, quotes, emoji, other scripts.
hostile_text = st.sampled_from(
    [
        "the roadmap for next year",
        'R&D <Labs> & "quotes"',
        "%(name)s and {0} and $HOME",
        "la migración a dbt",
        "数据平台迁移",
        "the café’s new menu 🙂",
        "O'Neil's pipeline — phase 2",
        "[EU] expansion",
    ]
)
# Things someone did for the candidate, typed as users type them.
kindnesses = st.sampled_from(
    [
        "finding me a quiet room before the final interview",
        "her encouraging call after the second round",
        "the warm welcome",
        "R&D <Labs> tips & tricks",
    ]
)
# What the candidate will do before reapplying: an infinitive phrase.
plans = st.sampled_from(["finish the dbt certification", "lead a migration at work"])
roles = st.sampled_from(
    [
        "Data Analyst",
        "Senior Staff Software Engineer, Platform Reliability",
        "Designer",
        "Head of People & Culture (EMEA)",
        "Account Executive",
    ]
)


@st.composite
def situations(draw: st.DrawFn, *, max_contacts: int = 5) -> dict[str, Any]:
    """A valid situation dict: minimal to many contacts, every stage and channel of news."""
    contact_names = draw(st.lists(names, max_size=max_contacts, unique=True))
    roles_ = [
        "hiring_manager",
        "interviewer",
        "recruiter",
        "agency_recruiter",
        "coordinator",
        "hr",
        "executive",
        "receptionist",
        "referrer",
        "colleague",
    ]
    contacts = [
        {
            "name": name,
            "role": draw(st.sampled_from(roles_)),
            **({"gender": g} if (g := draw(st.sampled_from([None, "female", "male"]))) else {}),
            **({"topics": [draw(hostile_text)]} if draw(st.booleans()) else {}),
            **({"kindnesses": [draw(kindnesses)]} if draw(st.booleans()) else {}),
            **(
                {"address": a}
                if (a := draw(st.sampled_from([None, "formal", "informal"])))
                else {}
            ),
        }
        for name in contact_names
    ]
    data: dict[str, Any] = {
        "candidate": {"name": draw(names)},
        "company": {"name": draw(companies)},
        "position": {"title": draw(roles)},
        "contacts": contacts,
    }
    if contact_names and draw(st.booleans()):
        data["offers"] = [
            {
                "kind": "resource",
                "for": contact_names[0],
                "title": draw(hostile_text),
                **({"url": "https://example.com/x?a=1&b=2"} if draw(st.booleans()) else {}),
            },
            {
                "kind": "introduction",
                "for": contact_names[-1],
                "person": draw(names),
                "promised": draw(st.booleans()),
            },
        ]
    if contact_names and draw(st.booleans()):
        data["interviews"] = [
            {
                "date": f"2026-10-{day:02d}",
                "kind": draw(st.sampled_from(INTERVIEW_KINDS)),
                **(
                    {"format": f}
                    if (f := draw(st.sampled_from([None, "phone", "video", "on_site"])))
                    else {}
                ),
                "with": draw(st.lists(st.sampled_from(contact_names), min_size=1, unique=True)),
            }
            for day in sorted(draw(st.sets(st.integers(1, 28), max_size=3)))
        ]
    if draw(st.booleans()):
        data["rejection"] = {
            "date": "2026-11-24",
            "via": draw(st.sampled_from(["email", "phone", "ats", "in_person", "none"])),
            "stage": draw(st.sampled_from(STAGES)),
            "finalist": draw(st.booleans()),
            "reapply_invited": draw(st.booleans()),
            **({"feedback_points": [draw(hostile_text)]} if draw(st.booleans()) else {}),
            **({"reapply_after_months": draw(st.integers(1, 36))} if draw(st.booleans()) else {}),
            **(
                {"hired": {"name": draw(names), "internal": draw(st.booleans())}}
                if draw(st.booleans())
                else {}
            ),
        }
    if draw(st.booleans()):
        data["candidate"]["plan"] = draw(plans)
    return data
