"""Reading a received rejection, round 29: reasons in other words, invitations that are
none, and the words after a title that are not part of it."""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk


def _read(sentence: str) -> rk.Reading:
    body = f"Hello Maya,\n\nThank you for your time. {sentence}\n\nKind regards,\nAnna Schmidt\n"
    return rk.read_rejection(eml(body))


@pytest.mark.parametrize(
    "sentence",
    [
        "Echaron en falta soltura con las herramientas de planificación de rutas.",
        "Il nous a manqué des exemples concrets de projets menés en autonomie.",
        "Le manca ancora esperienza nella gestione diretta dei fornitori.",
        "Ze misten vooral ervaring met het aansturen van een planningsteam.",
        "Uma dica: vale a pena incluir no currículo os números das suas campanhas.",
        "In the case study you didn't get to the pricing question at all.",
    ],
)
def test_a_reason_said_in_other_words_is_feedback(sentence: str) -> None:
    assert _read(sentence).get("feedback") == (sentence,)


@pytest.mark.parametrize(
    "sentence",
    [
        # regret for what the process missed, about no answer of the candidate's
        "I am sorry we didn't get to meet in person before the decision.",
        "Unfortunately we did not get to your application before the role was filled.",
        # the rejection itself, naming the step the candidate will not reach
        "Malheureusement, nous ne pourrons pas vous convier à l'étude de cas finale.",
        "Infelizmente, não vamos seguir com a sua candidatura para a próxima etapa (o case).",
    ],
)
def test_regret_or_the_rejection_itself_is_no_feedback(sentence: str) -> None:
    assert not _read(sentence).get("feedback")


@pytest.mark.parametrize(
    "sentence",
    [
        # an agency keeping a profile on file invites no new application
        "Tu perfil sigue en nuestra base de datos y te tendré en cuenta para futuros procesos.",
        # "noch einmal … Bewerbung": the employer read it again, the candidate is not invited
        "Wir haben uns noch einmal intensiv mit Ihrer Bewerbung beschäftigt.",
    ],
)
def test_no_invitation_to_apply_again_is_read_into_other_words(sentence: str) -> None:
    assert not _read(sentence).get("reapply_invited")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Bedankt voor de tijd die je in je sollicitatie voor de functie Customer Success "
            "Manager hebt gestoken.",
            "Customer Success Manager",
        ),
        (
            "La ringrazio per l'interesse per la posizione di Chief Financial Officer che "
            "stiamo seguendo.",
            "Chief Financial Officer",
        ),
        (
            "Gracias por tu candidatura al puesto de Product Manager Sr. para el equipo de Pagos.",
            "Product Manager Sr.",
        ),
    ],
)
def test_the_clause_after_a_title_is_not_part_of_it(sentence: str, title: str) -> None:
    body = f"Hello Maya,\n\n{sentence} We chose another candidate.\n\nBest,\nAnna Schmidt\n"
    assert rk.read_rejection(eml(body)).get("position") == title
