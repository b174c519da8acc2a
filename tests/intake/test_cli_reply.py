"""The ``reply`` command: read a received rejection, show it, and answer the sender."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

from tests.intake.conftest import eml

from rejection_kit._cli import main

LETTER = (
    "Hallo Maya,\n\nvielen Dank für Ihre Bewerbung als Datenanalystin bei der Nordwind GmbH. "
    "Leider haben wir uns für eine andere Kandidatin entschieden.\n\n"
    "Mit freundlichen Grüßen\nAnna Schmidt\nRecruiterin\nNordwind GmbH\n"
)


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(argv), out=out), out.getvalue()


def test_reply_shows_the_reading_and_answers_in_the_e_mail_s_language(tmp_path: Path) -> None:
    path = tmp_path / "absage.eml"
    path.write_bytes(eml(LETTER, subject="Ihre Bewerbung"))
    status, text = _run("reply", str(path), "--name", "Maya Chen")
    assert status == 0
    assert "position: Datenanalystin" in text
    assert "To: anna.schmidt@northwind.example" in text
    assert "Subject: Re: Ihre Bewerbung" in text
    closing = r"^(?:Mit freundlichen Grüßen|(?:Viele|Herzliche|Beste|Freundliche) Grüße)$"
    assert re.search(closing, text, re.MULTILINE)


def test_reply_as_json_carries_reading_situation_and_reply(tmp_path: Path) -> None:
    path = tmp_path / "absage.eml"
    path.write_bytes(eml(LETTER, subject="Ihre Bewerbung"))
    status, text = _run("reply", str(path), "--name", "Maya Chen", "--json", "--locale", "en")
    data = json.loads(text)
    assert status == 0
    assert data["situation"]["company"]["name"] == "Nordwind GmbH"
    assert data["reply"]["locale"] == "en"


def test_reply_to_a_no_reply_e_mail_says_there_is_no_one(tmp_path: Path) -> None:
    body = LETTER.replace("Anna Schmidt\nRecruiterin\n", "Ihr Recruiting-Team\n")
    path = tmp_path / "absage.eml"
    path.write_bytes(
        eml(body + "\nBitte antworten Sie nicht auf diese E-Mail.\n",
            sender="Nordwind Karriere <noreply@nordwind.example>")
    )  # fmt: skip
    status, text = _run("reply", str(path), "--name", "Maya Chen")
    assert status == 1
    assert "No one to reply to" in text


def test_reply_names_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "pasted.txt"
    path.write_text("Thank you for applying. We went with someone else.", encoding="utf-8")
    status, _ = _run("reply", str(path), "--name", "Maya Chen")
    assert status == 2
    status, _ = _run(
        "reply", str(path), "--name", "Maya Chen", "--company", "Acme", "--position", "Analyst"
    )
    assert status == 1  # pasted text has no sender: nobody to answer
