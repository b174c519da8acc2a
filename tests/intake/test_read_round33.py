"""Reading a received rejection, round 33: advice right after a reason is feedback too
("A good next step would be …", "Ti consiglierei di …"), advice alone is not.

The sentences are written for these tests; the round was tuned on the batch ``fresh10``
and measured on ``fresh11`` (see ``tests/fixtures/intake/blind/MANIFEST.json``).
"""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk


def _feedback(body: str) -> tuple[str, ...]:
    reading = rk.read_rejection(eml(f"{body}\n\nBest,\nAnna Schmidt\n"))
    return tuple(reading.get("feedback") or ())


@pytest.mark.parametrize(
    ("reason", "advice"),
    [
        (
            "We were looking for more experience with SAP.",
            "A good next step would be to lead a module rollout yourself.",
        ),
        (
            "Uns fehlte noch mehr Erfahrung mit SAP.",
            "Ein guter nächster Schritt wäre aus unserer Sicht ein eigenes Rollout-Projekt.",
        ),
        (
            "Il team cercava maggiore esperienza con SAP.",
            "Ti consiglierei di seguire un progetto di migrazione dall'inizio alla fine.",
        ),
        (
            "Votre expérience sur SAP ne correspondait pas encore au besoin.",
            "Je vous conseille de piloter vous-même un déploiement complet.",
        ),
        (
            "Echaron en falta más experiencia con SAP.",
            "Te recomendaría liderar una implantación completa.",
        ),
    ],
)
def test_advice_after_a_reason_is_feedback(reason: str, advice: str) -> None:
    assert _feedback(f"Hi Maya,\n\nThank you for your time. {reason} {advice}") == (
        reason,
        advice,
    )


def test_advice_alone_is_no_feedback() -> None:
    """Without a reason before it, "a good next step" is the ATS's boilerplate."""
    body = (
        "Hi Maya,\n\nThank you for applying; we have decided to move forward with other "
        "candidates. A good next step would be to create a profile in our talent community."
    )
    assert _feedback(body) == ()


@pytest.mark.parametrize(
    ("sender", "company"),
    [
        (
            "Ferretti Alimentari - Lavora con noi <noreply@inrecruiting.example>",
            "Ferretti Alimentari",
        ),
        ("Assicurazioni Laguna - Lavora con noi <noreply@laguna.example>", "Assicurazioni Laguna"),
        ("Lavora con noi <noreply@inrecruiting.example>", None),
    ],
)
def test_a_careers_slogan_after_the_employer_is_not_the_company(
    sender: str, company: str | None
) -> None:
    """A careers site signs "Acme - Lavora con noi": the employer is Acme, never "con noi"."""
    body = (
        "Gentile Maya,\n\nla ringraziamo per la candidatura. Purtroppo abbiamo scelto un"
        " altro profilo."
    )
    reading = rk.read_rejection(eml(f"{body}\n\nCordiali saluti\n", sender=sender))
    assert reading.get("company") == company
