"""Plain-text mail is hard-wrapped at 72 to 78 columns: a title may run over a line break."""

from __future__ import annotations

import pytest

import rejection_kit as rk
from rejection_kit.intake._extract import _unwrapped

_MAIL = (
    "From: Lucía Ferrer <lucia.ferrer@hotelesmar.example>\n"
    "Subject: {subject}\n"
    "Date: Tue, 24 Nov 2026 10:00:00 +0100\n\n"
    "{greeting}\n\n{body}\n\n{closing}\nLucía Ferrer\nHoteles Mar\n"
)


@pytest.mark.parametrize(
    ("subject", "greeting", "body", "closing", "title"),
    [
        (
            "Su candidatura",
            "Estimada Maya:",
            "Gracias por participar en nuestro proceso de selección para el puesto de\n"
            "Analista de Datos Sénior. Hemos decidido continuar con otra persona.",
            "Un saludo,",
            "Analista de Datos Sénior",
        ),
        (
            "Your application",
            "Dear Maya,",
            "Thank you for the time you spent with us interviewing for the Senior Data\n"
            "Analyst position. We have decided to move forward with another candidate.",
            "Best regards,",
            "Senior Data Analyst",
        ),
        (
            "Ihre Bewerbung",
            "Sehr geehrte Frau Chen,",
            "vielen Dank für Ihr Interesse an der Position als Senior Data Analyst im\n"
            "Bereich Controlling. Leider haben wir uns für eine andere Person entschieden.",
            "Mit freundlichen Grüßen",
            "Senior Data Analyst im Bereich Controlling",
        ),
    ],
)
def test_a_title_wrapped_over_two_lines_is_read_whole(
    subject: str, greeting: str, body: str, closing: str, title: str
) -> None:
    mail = _MAIL.format(subject=subject, greeting=greeting, body=body, closing=closing)
    assert rk.read_rejection(mail).get("position") == title


@pytest.mark.parametrize(
    "text",
    [
        "A short line\nAnother line",  # not wrapped: lines under 50 characters
        "This sentence ends after more than fifty characters of text.\nNext one.",
        "A list follows after more than fifty characters of introduction here:\n- one",
        "Something that goes on for over fifty characters and stops there\n\nA paragraph",
    ],
)
def test_only_breaks_inside_a_long_sentence_are_undone(text: str) -> None:
    assert _unwrapped(text) == text


def test_a_wrapped_sentence_is_joined() -> None:
    text = "We have decided to move forward with other candidates for the Senior\nAnalyst role."
    assert _unwrapped(text) == text.replace("\n", " ")


def test_a_huge_wrapped_body_is_joined_whole() -> None:
    """Its pattern's time is measured with every module-level pattern's, for linear
    growth, in ``tests/security/test_linear_time.py``."""
    body = ("x" * 60 + "\n") * 20_000 + ("y" * 200_000)
    assert _unwrapped(body).count("\n") == 0
