"""Realistic situations, as a new user would bring them, with what each note must say.

Each situation comes with expectations per recipe and recipient: phrases that must
appear (regular expressions, case-insensitive), phrases that must not, and recipes that
must refuse. ``tests/composition/test_situations.py`` runs them all.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import rejection_kit as rk

Expect = dict[str, Any]

# Phrases that belong only to some recipients and situations.
# The backup-candidate line, said softly (another opening, or a change of plans for this
# one): only to whoever decided, after interviews.
BACKUP = (
    r"changes with this one|plans for this one change|another opening comes up; I'd still"
    r"|hasn't changed: if a new role|circumstances change and a position"
)
DECISION = (
    r"respect your decision|understand and respect|understand the decision|the choice you made"
)
MEET = r"pleasure to meet|meeting you|to meet you"
INTERVIEWS = r"\binterviews\b|our conversations"
OUTSIDER = r"think fondly|pleasure to meet|great place to work|stay connected|keep in touch here"

SITUATIONS: dict[str, tuple[dict[str, Any], list[Expect]]] = {}


def situation(name: str, data: dict[str, Any], *expects: Expect) -> None:
    SITUATIONS[name] = (data, list(expects))


# 1. A finalist turned down by phone, with feedback, a kind coordinator and a video panel.
situation(
    "finalist_by_phone",
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
            {"name": "Sam Ortiz", "role": "recruiter"},
            {
                "name": "Lena Park",
                "role": "interviewer",
                "topics": ["how she built the data quality checks"],
            },
            {
                "name": "Joe Briggs",
                "role": "coordinator",
                "kindnesses": ["finding me a quiet room before the final interview"],
            },
        ],
        "interviews": [
            {"date": "2026-11-03", "kind": "phone_screen", "with": ["Sam Ortiz"]},
            {
                "date": "2026-11-10",
                "kind": "panel",
                "format": "video",
                "with": ["Priya Raman", "Lena Park"],
            },
            {"date": "2026-11-17", "kind": "final", "format": "on_site", "with": ["Priya Raman"]},
        ],
        "rejection": {
            "date": "2026-11-24",
            "via": "phone",
            "by": "Sam Ortiz",
            "stage": "final",
            "finalist": True,
            "feedback": "They chose someone with more dbt experience.",
            "feedback_points": ["more hands-on experience with dbt"],
        },
    },
    {
        "recipe": "full_response",
        "to": "Priya Raman",
        "must": [BACKUP, DECISION],
        "must_not": [r"your feedback", r"candid feedback"],
    },
    {
        "recipe": "thank_you",
        "to": "Sam Ortiz",
        "must": [r"more hands-on experience with dbt", r"call|phon|personally"],
        "must_not": [BACKUP, r"respect your decision"],
    },
    {
        "recipe": "thank_you",
        "to": "Lena Park",
        "must": [r"how you built the data quality checks"],
        "must_not": [BACKUP, DECISION, r"how she built", MEET],
    },
    {
        "recipe": "thank_you",
        "to": "Joe Briggs",
        "must": [r"for finding me a quiet room"],
        # The news was not theirs to give: nothing about the decision or the disappointment.
        "must_not": [
            r"conversation about finding",
            r"chat about finding",
            BACKUP,
            DECISION,
            r"disappointed|hoped for|kept me well informed",
        ],
    },
    {
        "recipe": "linkedin_connect",
        "to": "Lena Park",
        "must": [r"speak|spoke|talking"],
        "must_not": [MEET],
    },
    {"refuses": "ghosted_closure", "match": r"never told"},
)

# 2. An internal candidate who lost to a colleague.
situation(
    "internal_candidate",
    {
        "candidate": {"name": "Jonas Becker", "plan": "lead the next reporting migration"},
        "company": {"name": "Hanseatic Logistics"},
        "position": {"title": "Team Lead, Controlling", "team": "Controlling"},
        "contacts": [
            {"name": "Miriam Kessler", "role": "hiring_manager", "gender": "female"},
            {"name": "Tobias Wendt", "role": "interviewer"},
            {"name": "Aylin Demir", "role": "colleague"},
        ],
        "interviews": [
            {"date": "2026-10-20", "kind": "onsite", "with": ["Miriam Kessler", "Tobias Wendt"]}
        ],
        "rejection": {
            "date": "2026-11-02",
            "via": "in_person",
            "by": "Miriam Kessler",
            "stage": "internal",
            "hired": {"name": "Clara Hoffmann", "internal": True},
        },
    },
    {
        "recipe": "thank_you",
        "to": "Miriam Kessler",
        "must": [r"\bClara\b(?! Hoffmann)", r"in person|face to face|yourself"],
        "must_not": [BACKUP, OUTSIDER, r"calling|call me"],
    },
    {
        "recipe": "keep_door_open",
        "to": "Miriam Kessler",
        "must": [r"grow|develop|next step|stronger candidate|skills"],
        "must_not": [BACKUP],
    },
    {"recipe": "thank_you", "to": "Tobias Wendt", "must_not": [BACKUP, OUTSIDER, DECISION]},
    {"recipe": "thank_you", "to": "Aylin Demir", "must_not": [BACKUP, OUTSIDER, DECISION]},
    {"refuses": "linkedin_connect", "match": r"inside the company"},
    {"refuses": "stay_on_radar", "match": r"inside the company"},
    # Colleagues are thanked in their own notes, not through the manager.
    {
        "recipe": "full_response",
        "to": "Miriam Kessler",
        "must_not": [r"thank Tobias|thanks to Tobias"],
    },
)

# 3. Detailed feedback in writing, with points the note can name.
situation(
    "detailed_feedback",
    {
        "candidate": {"name": "Ana Souza"},
        "company": {"name": "Brightpath Health"},
        "position": {"title": "Product Designer"},
        "contacts": [
            {"name": "Rachel Green", "role": "recruiter", "gender": "female"},
            {"name": "Omar Haddad", "role": "hiring_manager", "gender": "male"},
        ],
        "interviews": [
            {"date": "2026-11-05", "kind": "video", "with": ["Omar Haddad"]},
            {"date": "2026-11-12", "kind": "onsite", "with": ["Omar Haddad"]},
        ],
        "rejection": {
            "date": "2026-11-20",
            "via": "email",
            "by": "Rachel Green",
            "stage": "final",
            "feedback_points": [
                "the depth of the user research in the case study",
                "more experience with design systems",
            ],
        },
    },
    {
        "recipe": "thank_you",
        "to": "Rachel Green",
        "must": [r"the depth of the user research in the case study"],
        "must_not": [BACKUP],
    },
    {
        "recipe": "full_response",
        "to": "Omar Haddad",
        "must": [BACKUP],
        "must_not": [r"your feedback", r"the depth of the user research"],
    },
    {"refuses": "feedback_request", "match": r"feedback was already given"},
)

# 4. Invited to reapply in six months, with a plan.
situation(
    "reapply_in_six_months",
    {
        "candidate": {
            "name": "Kwame Mensah",
            "plan": "finish the AWS data engineering certification",
        },
        "company": {"name": "Lumen Bank"},
        "position": {"title": "Data Engineer"},
        "contacts": [{"name": "Sofia Rossi", "role": "hiring_manager", "gender": "female"}],
        "interviews": [{"date": "2026-11-02", "kind": "technical", "with": ["Sofia Rossi"]}],
        "rejection": {
            "date": "2026-11-09",
            "via": "email",
            "by": "Sofia Rossi",
            "stage": "interview",
            "reapply_invited": True,
            "reapply_after_months": 6,
        },
    },
    {
        "recipe": "keep_door_open",
        "to": "Sofia Rossi",
        "must": [
            r"6 months|six months|in a month",
            r"finish the AWS data engineering certification|apply again|reapply",
        ],
        "must_not": [BACKUP],
    },
    {
        "recipe": "full_response",
        "to": "Sofia Rossi",
        "must": [r"finish the AWS data engineering certification"],
        "must_not": [BACKUP],
    },
)

# 5. Ghosted after two interviews.
situation(
    "ghosted",
    {
        "candidate": {"name": "Leah Cohen"},
        "company": {"name": "Quarry Labs"},
        "position": {"title": "Backend Engineer"},
        "contacts": [
            {"name": "Mark Davis", "role": "recruiter"},
            {"name": "Nina Petrova", "role": "hiring_manager"},
        ],
        "interviews": [
            {"date": "2026-09-10", "kind": "phone_screen", "with": ["Mark Davis"]},
            {"date": "2026-09-20", "kind": "onsite", "with": ["Nina Petrova"]},
        ],
        "rejection": {"via": "none", "stage": "interview"},
    },
    {
        "recipe": "ghosted_closure",
        "to": "Mark Davis",
        "must": [r"another candidate|position has been filled"],
        "must_not": [DECISION, BACKUP, r"\?"],
    },
    {"recipe": "thank_you", "to": "Nina Petrova", "must_not": [DECISION, BACKUP]},
    # Feedback on a decision nobody communicated, or a reply to it that asks to be kept
    # in mind for future roles (native read of stop 41): close the loop instead.
    {"refuses": "feedback_request", "to": "Nina Petrova", "match": r"ghosted_closure"},
    {"refuses": "full_response", "to": "Nina Petrova", "match": r"ghosted_closure"},
    {"refuses": "keep_door_open", "to": "Mark Davis", "match": r"ghosted_closure"},
    {"refuses": "stay_on_radar", "to": "Mark Davis", "match": r"ghosted_closure"},
)

# 6. An agency recruiter who represented the candidate to a client.
situation(
    "agency_recruiter",
    {
        "candidate": {"name": "Priya Nair"},
        "company": {"name": "Helix Robotics"},
        "position": {"title": "Embedded Software Engineer"},
        "contacts": [
            {"name": "Tom Reed", "role": "agency_recruiter", "gender": "male"},
            {"name": "Greta Lind", "role": "hiring_manager", "gender": "female"},
        ],
        "interviews": [{"date": "2026-11-04", "kind": "onsite", "with": ["Greta Lind"]}],
        "rejection": {"date": "2026-11-12", "via": "phone", "by": "Tom Reed", "stage": "final"},
    },
    {
        "recipe": "thank_you",
        "to": "Tom Reed",
        "must": [r"other (searches|roles|clients)|represented me|advocacy|your advice"],
        "must_not": [BACKUP, r"respect your decision"],
    },
    {
        "recipe": "keep_door_open",
        "to": "Tom Reed",
        "must": [r"other searches|other roles you're recruiting|another of your clients"],
        "must_not": [BACKUP],
    },
    {
        "recipe": "linkedin_connect",
        "to": "Tom Reed",
        "must": [r"future searches|future roles|recent search"],
        "must_not": [r"interview"],
    },
)

# 7. An automated rejection after applying, nobody met.
situation(
    "ats_rejection",
    {
        "candidate": {"name": "Daniel Ortega"},
        "company": {"name": "Vantage Retail"},
        "position": {"title": "Merchandise Planner"},
        "rejection": {"date": "2026-11-21", "via": "ats", "stage": "application"},
    },
    {
        "recipe": "thank_you",
        "to": None,
        "must": [r"application"],
        "must_not": [r"conversation", r"interview", BACKUP, r"fondly"],
    },
    {
        "recipe": "keep_door_open",
        "to": None,
        "must": [r"future|openings|paths cross"],
        "must_not": [BACKUP, r"conversation"],
    },
    {"recipe": "check_in", "to": None, "must_not": [r"fondly", r"conversation"]},
)

# 8. A phone screen with the recruiter, then the news.
situation(
    "phone_screen",
    {
        "candidate": {"name": "Hannah Wright"},
        "company": {"name": "Orbit Media"},
        "position": {"title": "Content Strategist"},
        "contacts": [{"name": "Luis Fernandez", "role": "recruiter", "gender": "male"}],
        "interviews": [{"date": "2026-11-14", "kind": "phone_screen", "with": ["Luis Fernandez"]}],
        "rejection": {
            "date": "2026-11-18",
            "via": "email",
            "by": "Luis Fernandez",
            "stage": "phone_screen",
        },
    },
    {
        "recipe": "thank_you",
        "to": "Luis Fernandez",
        "must_not": [MEET, BACKUP, r"respect your decision"],
    },
    {"recipe": "linkedin_connect", "to": "Luis Fernandez", "must_not": [MEET, INTERVIEWS]},
    {"recipe": "keep_door_open", "to": "Luis Fernandez", "must_not": [BACKUP]},
    # One phone screen is no "interviews", nor "our conversations".
    {"recipe": "stay_on_radar", "to": "Luis Fernandez", "must_not": [INTERVIEWS]},
    {"recipe": "check_in", "to": "Luis Fernandez", "must_not": [INTERVIEWS]},
)

# 9. A university committee with academic titles in the names.
situation(
    "university_committee",
    {
        "candidate": {"name": "Elena Marković"},
        "company": {"name": "University of Freiburg"},
        "position": {"title": "Postdoctoral Researcher in Computational Linguistics"},
        "contacts": [
            {"name": "Prof. Dr. Henning Lorenz", "role": "hiring_manager", "gender": "male"},
            {"name": "Dr. Katrin Albrecht", "role": "interviewer", "gender": "female"},
            {"name": "Prof. Maria Santos", "role": "interviewer"},
        ],
        "interviews": [
            {
                "date": "2026-10-28",
                "kind": "panel",
                "format": "on_site",
                "with": ["Prof. Dr. Henning Lorenz", "Dr. Katrin Albrecht", "Prof. Maria Santos"],
            }
        ],
        "rejection": {
            "date": "2026-11-15",
            "via": "email",
            "by": "Prof. Dr. Henning Lorenz",
            "stage": "final",
        },
    },
    {
        "recipe": "thank_you",
        "to": "Prof. Dr. Henning Lorenz",
        "must": [r"^Dear Professor Lorenz,"],
        "must_not": [r"Mr\. Lorenz", r"Prof\.,"],
    },
    {
        "recipe": "thank_you",
        "to": "Dr. Katrin Albrecht",
        "must": [r"^Dear Dr\. Albrecht,"],
        "must_not": [r"Ms\. Albrecht", r"Hi Dr"],
    },
    {
        "recipe": "thank_you",
        "to": "Prof. Maria Santos",
        "must": [r"^Dear Professor Santos,"],
        "must_not": [r"Hi Prof"],
    },
)

# 10. Thirteen people, several sharing a first name, written to informally.
situation(
    "many_contacts",
    {
        "candidate": {"name": "Chris Walker"},
        "company": {"name": "Fathom Games"},
        "position": {"title": "Gameplay Programmer", "team": "Gameplay"},
        "contacts": [
            {"name": name, "role": role, "address": "informal"}
            for name, role in [
                ("Alex Kim", "hiring_manager"),
                ("Alex Moreno", "interviewer"),
                ("Alex Turner", "interviewer"),
                ("Sam Lee", "interviewer"),
                ("Sam Patel", "interviewer"),
                ("Jordan Blake", "interviewer"),
                ("Riley Chen", "interviewer"),
                ("Morgan Diaz", "interviewer"),
                ("Casey Nguyen Smith", "interviewer"),
                ("Taylor Brooks", "interviewer"),
                ("Jamie Fox", "interviewer"),
                ("Robin Hart", "recruiter"),
                ("Drew Evans", "executive"),
            ]
        ],
        "interviews": [
            {
                "date": "2026-10-01",
                "kind": "onsite",
                "with": [
                    "Alex Kim",
                    "Alex Moreno",
                    "Alex Turner",
                    "Sam Lee",
                    "Sam Patel",
                    "Jordan Blake",
                    "Riley Chen",
                ],
            },
            {
                "date": "2026-10-08",
                "kind": "video",
                "with": [
                    "Morgan Diaz",
                    "Casey Nguyen Smith",
                    "Taylor Brooks",
                    "Jamie Fox",
                    "Drew Evans",
                ],
            },
        ],
        "rejection": {"date": "2026-10-20", "via": "email", "by": "Robin Hart", "stage": "final"},
    },
    {"batch": "thank_you", "greetings_unique": True, "sentences_unique": True},
    {"recipe": "thank_you", "to": "Alex Moreno", "must": [r"^Hi Alex Moreno,"]},
    {"recipe": "thank_you", "to": "Jordan Blake", "must": [r"^Hi Jordan,"]},
)

# 11. Names written family name first, and a nickname.
situation(
    "names",
    {
        "candidate": {"name": "Zoë Martin"},
        "company": {"name": "Saigon Fintech"},
        "position": {"title": "Risk Analyst"},
        "contacts": [
            {"name": "Nguyễn Thị Minh Khai", "role": "hiring_manager", "gender": "female"},
            {"name": 'Robert "Bob" Lee', "role": "interviewer", "gender": "male"},
            {"name": "Wang Fang", "role": "interviewer", "address": "informal"},
        ],
        "interviews": [
            {
                "date": "2026-11-01",
                "kind": "onsite",
                "with": ["Nguyễn Thị Minh Khai", 'Robert "Bob" Lee', "Wang Fang"],
            }
        ],
        "rejection": {
            "date": "2026-11-10",
            "via": "email",
            "by": "Nguyễn Thị Minh Khai",
            "stage": "interview",
        },
    },
    {
        "recipe": "thank_you",
        "to": "Nguyễn Thị Minh Khai",
        "must": [r"^Dear Nguyễn Thị Minh Khai,"],
        "must_not": [r"Ms\. Nguy", r"Hi Nguyễn,"],
    },
    # "Thị" makes the Vietnamese order sure: a first-name note greets by the given name.
    {
        "recipe": "linkedin_connect",
        "to": "Nguyễn Thị Minh Khai",
        "must": [r"^Hi Minh Khai,"],
        "must_not": [r"Hi Nguyễn"],
    },
    {
        "recipe": "thank_you",
        "to": 'Robert "Bob" Lee',
        "must": [r"^Dear Mr\. Lee,"],
        "must_not": [r"\"Bob\""],
    },
    {"recipe": "linkedin_connect", "to": 'Robert "Bob" Lee', "must": [r"^Hi Bob,"]},
    {"recipe": "thank_you", "to": "Wang Fang", "must": [r"^Hi Wang Fang,"]},
)

# 12. A referral, and a resource promised in the interview.
situation(
    "referral_and_promise",
    {
        "candidate": {"name": "Isabel Ruiz"},
        "company": {"name": "Corvid Security"},
        "position": {"title": "Security Engineer"},
        "contacts": [
            {
                "name": "Ethan Cole",
                "role": "hiring_manager",
                "gender": "male",
                "topics": ["about threat modelling for the new API gateway"],
            },
            {"name": "Mira Shah", "role": "referrer", "gender": "female"},
        ],
        "interviews": [{"date": "2026-11-03", "kind": "onsite", "with": ["Ethan Cole"]}],
        "rejection": {"date": "2026-11-11", "via": "email", "by": "Ethan Cole", "stage": "final"},
        "offers": [
            {
                "kind": "resource",
                "for": "Ethan Cole",
                "promised": True,
                "title": "the STRIDE worksheet I mentioned",
                "url": "https://example.com/stride",
            }
        ],
    },
    {
        "recipe": "full_response",
        "to": "Ethan Cole",
        "must": [
            r"as promised|as I mentioned|as I said",
            r"threat modelling for the new API gateway",
        ],
        "must_not": [r"would be happy to send", r"about about"],
    },
    {
        "recipe": "thank_you",
        "to": "Mira Shah",
        "must": [r"referr|put my name forward|recommending"],
        "must_not": [DECISION, BACKUP],
    },
    {"refuses": "full_response", "to": "Mira Shah", "match": r"referrer"},
)

# 13. Topics typed as events, and news given in person.
situation(
    "events_and_in_person",
    {
        "candidate": {"name": "Marta Silva"},
        "company": {"name": "Green Field Energy"},
        "position": {"title": "Project Manager"},
        "contacts": [
            {
                "name": "Claire Dubois",
                "role": "hiring_manager",
                "gender": "female",
                "topics": ["her encouraging call after the second round"],
            },
            {"name": "Peter Novak", "role": "receptionist", "topics": ["the warm welcome"]},
        ],
        "interviews": [
            {"date": "2026-10-12", "kind": "onsite", "with": ["Claire Dubois"]},
            {"date": "2026-10-19", "kind": "final", "with": ["Claire Dubois"]},
        ],
        "rejection": {
            "date": "2026-10-26",
            "via": "in_person",
            "by": "Claire Dubois",
            "stage": "final",
        },
    },
    {
        "recipe": "thank_you",
        "to": "Claire Dubois",
        "must": [
            r"your encouraging call after the second round",
            r"in person|face to face|yourself",
        ],
        "must_not": [r"conversation about (her|your) encouraging", r"\bher\b", r"phoning|calling"],
        "warns": r"something they did",
    },
    {
        "recipe": "thank_you",
        "to": "Peter Novak",
        "must": [r"warm welcome"],
        "must_not": [r"chat about the warm welcome", r"conversation about the warm welcome"],
    },
)

# 14. Very long values: a 480-character title and a 500-character topic.
situation(
    "long_values",
    {
        "candidate": {"name": "Noor Al-Sayed"},
        "company": {"name": "Meridian Consulting"},
        "position": {"title": ("Senior Consultant, " + "Digital Transformation " * 19).strip()},
        "contacts": [
            {
                "name": "Paul Weber",
                "role": "hiring_manager",
                "gender": "male",
                "topics": [("the " + "long-term data platform roadmap " * 15).strip()],
            }
        ],
        "interviews": [{"date": "2026-11-02", "kind": "onsite", "with": ["Paul Weber"]}],
        "rejection": {"date": "2026-11-09", "via": "email", "by": "Paul Weber", "stage": "final"},
    },
    {"recipe": "thank_you", "to": "Paul Weber", "must": [r"Dear Mr\. Weber"]},
    {"recipe": "linkedin_connect", "to": "Paul Weber", "fits": 200},
)

# 15. The person hired is known, from outside.
situation(
    "hire_known",
    {
        "candidate": {"name": "Sven Olsen"},
        "company": {"name": "Arcadia Foods"},
        "position": {"title": "Supply Chain Analyst", "team": "Supply Chain"},
        "contacts": [{"name": "Julia Meyer", "role": "hiring_manager", "gender": "female"}],
        "interviews": [{"date": "2026-11-06", "kind": "onsite", "with": ["Julia Meyer"]}],
        "rejection": {
            "date": "2026-11-13",
            "via": "phone",
            "by": "Julia Meyer",
            "stage": "final",
            "hired": {"name": "Leo Martins"},
        },
    },
    # Greeting the hire by name and hoping "your plans for this one change" in one note
    # reads as hoping they fail: no backup line once the hire is known.
    {
        "recipe": "full_response",
        "to": "Julia Meyer",
        "must": [r"Leo Martins"],
        "must_not": [BACKUP],
    },
)

# 16. A hiring team with no named contacts after interviews, and a recruiter-only recipe.
situation(
    "team_only",
    {
        "candidate": {"name": "Grace Okoye"},
        "company": {"name": "Tidewater Analytics"},
        "position": {"title": "BI Developer"},
        "interviews": [{"date": "2026-11-05", "kind": "onsite"}],
        "rejection": {"date": "2026-11-12", "via": "email", "stage": "interview"},
    },
    {"recipe": "thank_you", "to": None, "must": [r"^Dear Tidewater Analytics Hiring Team,"]},
    {"refuses_all": "be_a_resource", "match": r"resource_offer|offered|none of the contacts"},
)


def with_sample() -> dict[str, dict[str, Any]]:
    """The built-in sample and every situation above, by name, as data."""
    sample = json.loads(
        (resources.files("rejection_kit") / "samples" / "finalist.json").read_text("utf-8")
    )
    return {"sample": sample, **{name: data for name, (data, _) in SITUATIONS.items()}}


def with_address(data: dict[str, Any], address: str) -> rk.Situation:
    """The situation with every contact addressed in ``address`` (formal, informal...)."""
    copy = json.loads(json.dumps(data))
    for contact in copy.get("contacts", []):
        contact["address"] = address
    return rk.Situation.from_dict(copy)
