"""Reading a received rejection, round 32: another opening suggested is neither the
position lost nor feedback, a pointer back ("este puesto") is no title, the words after a
title ("… con altri candidati") are not part of it, and a finalist reached the last round.

The sentences are written for these tests; the round was tuned on the batch ``fresh8``
and measured on ``fresh9`` (see ``tests/fixtures/intake/blind/README.md``).
"""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk


def _read(body: str, subject: str = "Your application") -> rk.Reading:
    return rk.read_rejection(eml(f"{body}\n\nBest,\nAnna Schmidt\n", subject=subject))


@pytest.mark.parametrize(
    ("body", "subject", "title"),
    [
        (
            "Hi Maya,\n\nThank you for applying. We have chosen another candidate.\n\nWe do"
            " have another opening, the Benefits Analyst position, which may suit you.",
            "Your application - Payroll Specialist",
            "Payroll Specialist",
        ),
        (
            "Beste Maya,\n\nDank voor je sollicitatie. We kiezen voor een andere kandidaat."
            "\n\nWel wijs ik je graag op de vacature Projectsecretaris Ruimte, die nog twee"
            " weken openstaat.",
            "Uitslag sollicitatie Beleidsmedewerker Wonen",
            "Beleidsmedewerker Wonen",
        ),
        (
            "Hola Maya:\n\nGracias por tu interés. Hemos elegido otro perfil.\n\nPor otro lado,"
            " logística tiene abierta una vacante de Planificadora de Rutas que podría"
            " interesarte.",
            "Tu candidatura – Técnica de Compras",
            "Técnica de Compras",
        ),
    ],
)
def test_another_opening_suggested_is_not_the_position(
    body: str, subject: str, title: str
) -> None:
    """The lost role is named only in the subject; the body suggests another one."""
    assert _read(body, subject).get("position") == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Por otro lado, estamos com uma vaga aberta de Analista de Estoque que combina bem com"
        " o que você tem feito.",
        "Par ailleurs, un autre poste de technicien, ouvert sur le même site, pourrait vous"
        " intéresser.",
    ],
)
def test_another_opening_suggested_is_no_feedback(sentence: str) -> None:
    body = (
        "Hello Maya,\n\nThank you for your time. We were looking for more experience with"
        f" SAP. {sentence}"
    )
    assert _read(body).get("feedback") == ("We were looking for more experience with SAP.",)


@pytest.mark.parametrize(
    ("body", "subject", "title"),
    [
        (
            "Hola Maya:\n\nLamentamos comunicarte que no seguiremos con tu candidatura para"
            " este puesto.",
            "Tu candidatura – Recepcionista de Noche",
            "Recepcionista de Noche",
        ),
        (
            "Olá Maya,\n\nInfelizmente não vamos seguir com a sua candidatura para essa posição.",
            "Re: Currículo – vaga de Auxiliar de Cozinha",
            "Auxiliar de Cozinha",
        ),
    ],
)
def test_a_pointer_back_is_no_title(body: str, subject: str, title: str) -> None:
    assert _read(body, subject).get("position") == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Abbiamo deciso di proseguire la selezione per la posizione di Magazziniere con"
            " altri candidati.",
            "Magazziniere",
        ),
        (
            "Nous vous remercions pour votre candidature au poste de Chef d'équipe sur le site"
            " de Lorient.",
            "Chef d'équipe",
        ),
        (
            "Infelizmente, a vaga de Analista Fiscal Pleno neste momento foi preenchida"
            " internamente.",
            "Analista Fiscal Pleno",
        ),
    ],
)
def test_the_words_after_a_title_are_not_part_of_it(sentence: str, title: str) -> None:
    assert _read(f"Hello Maya,\n\n{sentence}").get("position") == title


@pytest.mark.parametrize(
    "sentence",
    [
        "Sie gehörten zu den letzten beiden Kandidaten, und wir haben nach den Gesprächen"
        " lange überlegt.",
        "Lei era tra i due candidati che abbiamo incontrato al colloquio con la direzione.",
        "It genuinely came down to the two of you.",
        "Uiteindelijk moesten we kiezen tussen jou en één andere kandidaat.",
        "A decisão ficou entre você e outra colega da filial.",
        "La scelta è stata combattuta fino all'ultimo con l'altro candidato rimasto in shortlist.",
    ],
)
def test_a_finalist_reached_the_last_round(sentence: str) -> None:
    reading = _read(f"Hello Maya,\n\n{sentence}")
    assert reading.get("finalist") is True
    assert reading.get("stage") == "final"


def test_an_interview_not_reached_is_no_final_round() -> None:
    reading = _read(
        "Bonjour Maya,\n\nSuite à vos entretiens, nous avons décidé de ne pas retenir votre"
        " candidature pour l'entretien final."
    )
    assert reading.get("stage") == "interview"


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("De commissie miste concrete voorbeelden van je eigen projecten.", True),
        # after a reason, the writer's own regret adds none ("want" is no reason)
        ("Ik vind het zelf ook jammer, want ik dacht echt dat het een goede match was.", False),
        (
            "A organização do código ficou abaixo do que esperamos para o nível sênior.",
            True,
        ),
    ],
)
def test_reasons_and_regret_in_more_words(sentence: str, wanted: bool) -> None:
    reason = "Ze misten vooral ervaring met budgetbeheer."
    feedback = _read(f"Hallo Maya,\n\n{reason} {sentence}").get("feedback") or ()
    assert reason in feedback
    assert (sentence in feedback) is wanted


@pytest.mark.parametrize(
    ("display", "company"),
    [
        ("Werken bij Gemeente Zuidhaven", "Gemeente Zuidhaven"),
        ("Careers at Bluebell Foods", "Bluebell Foods"),
        ("Karriere bei Lindner Bau", "Lindner Bau"),
    ],
)
def test_a_careers_site_name_is_not_part_of_the_company(display: str, company: str) -> None:
    mail = eml(
        "Hello Maya,\n\nWe have chosen another candidate.\n\nKind regards,\nThe Talent Team\n",
        sender=f'"{display}" <noreply@jobs.example>',
    )
    assert rk.read_rejection(mail).get("company") == company


def test_a_vacancy_number_and_a_subjects_own_words_are_not_the_title() -> None:
    internal = _read(
        "Hallo Lukas,\n\nleider haben wir uns für jemand anderen entschieden.",
        "Rückmeldung zu deiner internen Bewerbung – Schichtleitung Versand",
    )
    assert internal.get("position") == "Schichtleitung Versand"
    numbered = _read(
        "Geachte heer Jansen,\n\nDank voor uw belangstelling voor de functie Adviseur"
        " Bodemkwaliteit (vacaturenummer 2026-114) bij ons."
    )
    assert numbered.get("position") == "Adviseur Bodemkwaliteit"


@pytest.mark.parametrize(
    ("sentence", "invited", "months"),
    [
        ("I'd be very glad if you applied again next year.", True, 12),
        ("Solliciteer gerust over een half jaar opnieuw.", True, 6),
        ("Te animamos a que vuelvas a presentar tu candidatura más adelante.", True, None),
        # keeping the data longer, with consent, is no invitation
        (
            "Daarna verwijderen wij uw gegevens, tenzij u ons toestemming geeft ze een jaar"
            " langer te bewaren voor toekomstige vacatures.",
            False,
            None,
        ),
    ],
)
def test_invitations_to_apply_again_in_more_words(
    sentence: str, invited: bool, months: int | None
) -> None:
    reading = _read(f"Hello Maya,\n\nWe chose another candidate. {sentence}")
    assert reading.get("reapply_invited") is invited
    assert reading.get("reapply_after_months") == months


@pytest.mark.parametrize(
    ("sentence", "stage"),
    [
        ("Thanks for making time to meet the client last week.", "interview"),
        (
            "Helaas moeten wij u meedelen dat u niet bent uitgenodigd voor een gesprek.",
            "application",
        ),
    ],
)
def test_how_far_the_candidate_got_in_more_words(sentence: str, stage: str) -> None:
    assert _read(f"Hello Maya,\n\n{sentence}").get("stage") == stage
