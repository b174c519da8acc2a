"""Reading a received rejection, round 37: a reason given through the person chosen, an
agency told by its own name or by the client it names, the candidate's own name never a
company, a final round named but not reached.

The sentences are written for these tests; the round was tuned on the batch ``fresh11``
and measured on ``fresh12`` and ``fresh13`` (see
``tests/fixtures/intake/blind/MANIFEST.json``).
"""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk

_SIGNATURE = "\n\nBest,\nAnna Schmidt\n"


def _read(body: str, **kwargs: object) -> rk.Reading:
    return rk.read_rejection(eml(body, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "reason",
    [
        "We offered the role to another candidate because she already ran a data team of ten.",
        "Die Wahl fiel auf einen Kollegen, weil er bereits zwei Werke in Polen aufgebaut hat.",
        "Nos quedamos con otra candidata porque ya tenía experiencia con auditorías de la CNMV.",
        "Le poste a été proposé à une autre personne, car elle avait déjà géré un budget"
        " régional.",
        "Abbiamo scelto un altro profilo perché aveva già guidato un team di dieci persone.",
        "We hebben voor een andere kandidaat gekozen omdat zij al met Oracle had gewerkt.",
        "Escolhemos outra pessoa porque já tinha vivência com auditoria externa.",
    ],
)
def test_a_reason_given_through_the_person_chosen_is_feedback(reason: str) -> None:
    """ "… because she already had …" says what the candidate lacked."""
    reading = _read(f"Hi Maya,\n\nThank you for your time with us. {reason}{_SIGNATURE}")
    assert reading.get("feedback") == (reason,)


def test_someones_feedback_was_that_is_feedback() -> None:
    reason = (
        "Daniel's feedback was that the pricing case stayed general when the panel asked"
        " for numbers."
    )
    reading = _read(f"Hi Maya,\n\nThanks again for the interviews. {reason}{_SIGNATURE}")
    assert reading.get("feedback") == (reason,)


def test_an_in_house_recruiter_saying_they_decided_is_no_agency() -> None:
    """ "The hiring team … they've decided" is how an in-house recruiter speaks of the
    team too: without a client named, no agency."""
    body = (
        "Hi Maya,\n\nThe hiring team reviewed your application carefully, but they've decided"
        " not to move you forward to interviews.\n\nBest,\nAnna Schmidt\nTalent Partner,"
        " Northwind Logistics"
    )
    reading = _read(body, sender="Anna Schmidt <anna.schmidt@northwindlogistics.example>")
    assert reading.get("agency") is None
    assert reading.get("company") == "Northwind Logistics"


def test_a_client_named_as_deciding_makes_the_writer_an_agency() -> None:
    body = (
        "Gentile Maya,\n\nTi scrivo sulla tua candidatura presso Officine Corradi. Purtroppo"
        " Officine Corradi ha deciso di non proseguire con la tua candidatura per la"
        " posizione di Responsabile Qualità.\n\nCordiali saluti,\nAnna Schmidt\nSenior"
        " Consultant\nVeritas Selezione S.r.l."
    )
    reading = _read(body, sender="Anna Schmidt <anna.schmidt@veritasselezione.example>")
    assert reading.get("agency") == "Veritas Selezione S.r.l."
    assert reading.get("company") == "Officine Corradi"


def test_a_firm_named_as_an_agency_is_one_even_without_a_client() -> None:
    """A signature "Brightwater Werving & Selectie" says who wrote: the agency is not
    the hiring company, even when the client is not named."""
    body = (
        "Hoi Maya,\n\nHelaas hebben ze gekozen voor de andere kandidaat.\n\nGroet,\nAnna"
        " Schmidt\nRecruitment Consultant\nBrightwater Werving & Selectie"
    )
    reading = _read(body, sender="Anna Schmidt <anna.schmidt@brightwater.example>")
    assert reading.get("agency") == "Brightwater Werving & Selectie"
    assert reading.get("company") is None


def test_the_candidates_own_name_in_the_subject_is_no_company() -> None:
    """A referrer's update "Referral update – Maya Chen – Data Analyst", to the mail
    addressed to maya.chen@…: Maya Chen is the candidate."""
    body = (
        "Hi Tom,\n\nThanks for referring Maya Chen for the Data Analyst role. The team"
        " reviewed her application, but they've decided not to move her forward.\n\nBest,"
        "\nAnna Schmidt\nRecruiter, Northwind Logistics"
    )
    reading = _read(
        body,
        sender="Anna Schmidt <anna.schmidt@northwindlogistics.example>",
        subject="Referral update – Maya Chen – Data Analyst",
    )
    assert reading.get("company") == "Northwind Logistics"
    assert reading.get("agency") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Hemos decidido no pasar tu candidatura a la última fase del proceso.",
        "Você não seguirá desta vez para a etapa final do processo.",
    ],
)
def test_a_final_round_named_but_not_reached_is_no_final_round(sentence: str) -> None:
    body = f"Hola Maya:\n\nGracias por las dos entrevistas. {sentence}{_SIGNATURE}"
    assert _read(body).get("stage") == "interview"


def test_reaching_the_final_in_italian_is_the_final_round() -> None:
    body = (
        "Buongiorno Maya,\n\nLei è arrivata in finale insieme a un'altra candidata, ma"
        f" abbiamo scelto un profilo interno.{_SIGNATURE}"
    )
    reading = _read(body)
    assert reading.get("stage") == "final"
    assert reading.get("finalist") is True


def test_a_german_title_ends_before_the_verb_of_applying() -> None:
    body = (
        "Hallo Maya,\n\ndanke, dass du dich auf die Stelle als Teamleitung Einkauf beworben"
        f" und dir Zeit für die Gespräche genommen hast. Leider sagen wir ab.{_SIGNATURE}"
    )
    assert _read(body).get("position") == "Teamleitung Einkauf"


def test_an_opportunity_in_the_subject_is_not_part_of_the_company() -> None:
    body = (
        "Bonjour Maya,\n\nMaison Lautrec a décidé de ne pas vous retenir pour le poste de"
        " Responsable de boutique.\n\nBelle journée,\nAnna Schmidt\nConsultante\nCabinet"
        " Schmidt Recrutement"
    )
    reading = _read(
        body,
        sender="Anna Schmidt <anna.schmidt@cabinet-schmidt.example>",
        subject="Re: Opportunité Maison Lautrec – Responsable de boutique",
    )
    assert reading.get("company") == "Maison Lautrec"
    assert reading.get("agency") == "Cabinet Schmidt Recrutement"
