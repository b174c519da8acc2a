"""A greeting may put a title, office or rank before the contact's name; it still names them.

The titles come from the model's name lists (``model/names.toml``) and the greeting's own
words (``tone/packs/root/greetings.toml``): one list of titles for salutations and checks.
"""

from __future__ import annotations

import pytest

from rejection_kit.tone import check

_RULE = "personalization.unknown_recipient"


def _situation(contact: str) -> dict[str, object]:
    return {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Port Authority"},
        "position": {"title": "Harbour Pilot"},
        "contacts": [{"name": contact, "role": "hiring_manager"}],
    }


def _flags(text: str, locale: str, contact: str) -> bool:
    report = check(text, locale=locale, channel="email", situation=_situation(contact))
    return any(f.rule_id == _RULE for f in report.findings)


@pytest.mark.parametrize(
    ("locale", "greeting", "contact"),
    [
        ("fr", "Bonjour Commandant Giraud,", "Hervé Giraud"),
        ("es", "Ingeniero Basualdo, buenas tardes.", "Horacio Basualdo"),
        ("en", "Dear Captain Okafor,", "Ngozi Okafor"),
        ("de", "Sehr geehrter Herr Kapitän Brandt,", "Ole Brandt"),
        ("it", "Gentile Sig.ra Ferri,", "Laura Ferri"),
        ("nl", "Geachte burgemeester Smit,", "Anke Smit"),
        ("pt_BR", "Prezada Engenheira Couto,", "Lívia Couto"),
        # A title the model knows ("Prof.in"), which no greeting list spells out.
        ("de", "Sehr geehrte Frau Prof.in Wendt,", "Katrin Wendt"),
    ],
)
def test_a_title_before_the_contacts_name_is_no_stranger(
    locale: str, greeting: str, contact: str
) -> None:
    text = f"{greeting}\n\nThank you for your time and your kind words.\n\nMaya Chen"
    assert not _flags(text, locale, contact)


@pytest.mark.parametrize(
    ("greeting", "contact"),
    [
        # Parts of a German doctorate ("Dr. phil.", "Dr. rer. nat.") are titles only after
        # "Dr.": alone they are given names, and a greeting to someone else is still found.
        ("Hi Phil,", "Anna Smith"),
        ("Hi Nat,", "Anna Smith"),
        ("Dear Captain Hook,", "Anna Smith"),
    ],
)
def test_a_greeting_to_someone_else_is_still_found(greeting: str, contact: str) -> None:
    text = f"{greeting}\n\nThank you for your time and your kind words.\n\nMaya Chen"
    assert _flags(text, "en", contact)
