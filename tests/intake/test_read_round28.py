"""Reading a received rejection: mistakes a careless reader makes, each refused once."""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        (
            "Rif: colloquio Responsabile Qualità - Officine Baroni",
            "Gentile Maya,\n\nin riferimento al colloquio, abbiamo scelto un altro profilo. "
            "Officine Baroni le augura il meglio.\n\nCordiali saluti\nAnna Schmidt\n",
            "Officine Baroni",
        ),
        (
            "RES: Processo Gerente de Controladoria - Laticínios Serra Azul",
            "Olá Maya,\n\nagradecemos o seu interesse. A Laticínios Serra Azul decidiu seguir "
            "com outra pessoa.\n\nAtenciosamente,\nAnna Schmidt\n",
            "Laticínios Serra Azul",
        ),
    ],
)
def test_a_reply_prefix_is_never_the_company(subject: str, body: str, company: str) -> None:
    """ "Rif:" and "RES:" are the mail client's: the subject is read without them, so that
    "rif" (in "riferimento") or "res" (in "interesse") cannot make them a company the
    text seems to name."""
    reading = rk.read_rejection(eml(body, subject=subject))
    assert reading.get("company") == company


@pytest.mark.parametrize(
    "subject",
    ["Convocatoria interna 07/2026", "Mobilité interne n° 2026-0457"],
)
def test_a_reference_number_is_not_the_position(subject: str) -> None:
    """An internal call's reference ("07/2026", "n° 2026-0457") names no job: the
    position stays unread, not set to the reference."""
    body = "Hola Maya:\n\nGracias por tu interés. No seguiremos adelante.\n\nUn saludo,\nAna\n"
    reading = rk.read_rejection(eml(body, subject=subject))
    assert reading.get("position") is None


def test_hours_in_a_title_are_not_a_reference() -> None:
    """ "(32-40 uur)" is part of how the vacancy is titled, not a reference number."""
    body = (
        "Beste Maya,\n\nBedankt voor je sollicitatie op de vacature Data Engineer (32-40 uur). "
        "We hebben gekozen voor een andere kandidaat.\n\nMet vriendelijke groet,\nAnna Schmidt\n"
    )
    reading = rk.read_rejection(eml(body, subject="Je sollicitatie"))
    assert reading.get("position") == "Data Engineer (32-40 uur)"


def test_a_clause_about_the_candidate_is_not_the_position() -> None:
    """ "a forma como você estruturou o raciocínio" holds "como", as "candidatura como
    Analista" does, but what follows is the candidate, not a job."""
    body = (
        "Oi Maya,\n\nO time gostou da forma como você estruturou o raciocínio no live coding. "
        "Infelizmente não vamos seguir com a sua candidatura.\n\nAbraço,\nJoão Almeida\n"
    )
    reading = rk.read_rejection(
        eml(body, subject="Retorno sobre o processo - Desenvolvedor(a) Backend Sênior")
    )
    assert reading.get("position") == "Desenvolvedor(a) Backend Sênior"


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        (
            "Bonjour Maya,\n\nAprès vos deux entretiens, nous ne vous proposerons pas le dernier "
            "entretien avec notre CTO.\n\nBien cordialement,\nAnna Schmidt\n",
            "interview",
        ),
        (
            "Hi Maya,\n\nThank you for the two interviews. We have decided not to invite you to "
            "the final round.\n\nBest,\nAnna Schmidt\n",
            "interview",
        ),
        (
            "Hi Maya,\n\nThank you for meeting the panel in the final round. We have chosen "
            "another candidate.\n\nBest,\nAnna Schmidt\n",
            "final",
        ),
    ],
)
def test_a_final_round_named_but_not_reached_is_no_final(body: str, stage: str) -> None:
    reading = rk.read_rejection(eml(body))
    assert reading.get("stage") == stage


def test_a_job_title_on_a_line_of_its_own_is_not_the_sender() -> None:
    """An ATS message whose summary repeats the vacancy on a line of its own after the
    team's sign-off: the job ("Analista de Datos Sr.") is no one's name."""
    body = (
        "Hola Daniel:\n\nGracias por postularte a la vacante Analista de Datos Sr. Hemos "
        "decidido continuar el proceso con otros perfiles.\n\nUn saludo,\nEquipo de Talento\n"
        "Grupo Alcántara Retail\n\nVacante\n\nAnalista de Datos Sr.\n\nEstado\n\nCerrada\n"
    )
    sender = "Grupo Alcántara Retail <notificaciones@alcantara.myworkdayjobs.example>"
    reading = rk.read_rejection(eml(body, sender=sender, subject="Tu candidatura"))
    assert reading.get("sender.name") is None


def test_a_system_sending_for_the_employer_is_no_agency() -> None:
    """ "über SmartRecruiters im Auftrag von … versendet": the verb comes last in German,
    and the platform sent it for the employer; no agency wrote."""
    body = (
        "Hallo Maya,\n\nvielen Dank für das Gespräch. Leider haben wir uns für eine andere "
        "Person entschieden.\n\nBeste Grüße\nTobias Lehmann\nTalent Acquisition Manager\n"
        "Falkenstein Mobility GmbH\n\n--\nDiese Nachricht wurde über SmartRecruiters im "
        "Auftrag von Falkenstein Mobility GmbH versendet.\n"
    )
    sender = "Falkenstein Mobility GmbH <notifications@smartrecruiters.com>"
    reading = rk.read_rejection(eml(body, sender=sender))
    assert reading.get("agency") is None
    assert reading.get("company") == "Falkenstein Mobility GmbH"
    assert reading.get("sender.role") != "agency_recruiter"


def test_an_internal_notice_is_never_from_an_agency() -> None:
    """A consultant applying internally hears of "ta mission chez notre client": the
    client is their assignment's, not an agency's."""
    body = (
        "Bonjour Maya,\n\nTa candidature interne au poste de Product Owner n'a pas été "
        "retenue.\n\nRien ne change pour ta mission actuelle chez notre client\nBernier "
        "Assurances.\n\nBelle journée,\nKarim\n\n--\nKarim Haddad\nResponsable mobilité "
        "interne – DRH\nGroupe Hexaline\n"
    )
    reading = rk.read_rejection(
        eml(
            body,
            sender="Karim Haddad <karim.haddad@hexaline.example>",
            subject="Re: Ta candidature interne – Product Owner",
        )
    )
    assert reading.get("agency") is None
    assert reading.get("sender.role") != "agency_recruiter"


@pytest.mark.parametrize(
    "sentence",
    [
        "Für diese Stelle suchen wir jemanden, der an vier Tagen im Büro sein kann.",
        "Im Fachgespräch hat uns Ihre Herleitung der Kennzahlen nicht ganz überzeugt.",
        "Nous attendions davantage de pratique de la relation client.",
        "Il vous serait utile de approfondir la modélisation financière.",
        "El principal motivo fue su disponibilidad para viajar.",
        "La scelta è caduta su un'altra persona, principalmente per la conoscenza del settore.",
        "Eén ding wil ik je nog meegeven: de presentatie mocht korter.",
        "O cargo exige experiência com auditoria externa, que não apareceu na conversa.",
    ],
)
def test_a_reason_said_in_other_words_is_feedback(sentence: str) -> None:
    body = f"Hello Maya,\n\nThank you for your time. {sentence}\n\nKind regards,\nAnna Schmidt\n"
    reading = rk.read_rejection(eml(body))
    assert reading.get("feedback") == (sentence,)


def test_being_one_of_two_finalists_is_no_reason() -> None:
    body = (
        "Hi Maya,\n\nI'll be honest: it came down to you and one other finalist. We chose "
        "the other candidate.\n\nBest,\nAnna Schmidt\n"
    )
    assert not rk.read_rejection(eml(body)).get("feedback")


_CLIENTS = [
    (
        "Rory Callaghan <rory.callaghan@harbourline.example>",
        "RE: Brightmoor Insurance - Head of Finance Transformation - feedback",
        "Hi Hannah,\n\nI've finally had the feedback from Brightmoor following your second "
        "interview. Unfortunately they have decided not to take your application further.\n\n"
        "Cheers,\nRory Callaghan\nSenior Consultant\nHarbourline Talent\n",
        "Brightmoor Insurance",
    ),
    (
        "Jan Pauly <jan.pauly@kessler-personal.example>",
        "AW: Vorstellung Vossberg Pharma - Qualitätsmanager GMP (m/w/d)",
        "Hallo Frau Demir,\n\nich habe die Rückmeldung von Vossberg Pharma erhalten. Unser "
        "Mandant verfolgt Ihr Profil leider nicht weiter.\n\nBeste Grüße\nJan Pauly\n"
        "Senior Personalberater\nKessler Personalberatung GmbH\n",
        "Vossberg Pharma",
    ),
    (
        "Pieter de Graaf <pieter@oranjewoud.example>",
        "Update Van Dijk Medisch / Sales",
        "Hoi Sanne,\n\nVan Dijk Medisch heeft gekozen voor een andere kandidaat. Onze "
        "opdrachtgever bedankt je voor je tijd.\n\nGroet,\nPieter de Graaf\n"
        "Oranjewoud Recruitment\n",
        "Van Dijk Medisch",
    ),
]


@pytest.mark.parametrize(("sender", "subject", "body", "company"), _CLIENTS)
def test_an_agencys_client_is_read_from_the_subject_the_text_names(
    sender: str, subject: str, body: str, company: str
) -> None:
    """The client an agency writes about is in the subject, and the text names it, in full
    or shortened ("Brightmoor"); the subject's own words ("Vorstellung", "Update") are not
    part of it, and the job is no company."""
    reading = rk.read_rejection(eml(body, subject=subject, sender=sender))
    assert reading.get("company") == company


def test_the_candidates_own_name_in_the_subject_is_no_company() -> None:
    """ "Candidature de Lucas Perret" names the candidate the e-mail greets."""
    body = (
        "Bonjour Lucas,\n\nLucas Perret a été reçu en entretien, mais nous avons retenu un "
        "autre profil.\n\nCordialement,\nAnna Schmidt\n"
    )
    reading = rk.read_rejection(eml(body, subject="TR: Candidature de Lucas Perret – Ingénieur"))
    assert reading.get("company") != "Lucas Perret"


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Te animo a que te presentes de nuevo dentro de seis meses.", 6),
        ("Tra sei mesi apriremo un'altra posizione: mi farebbe piacere se ti ricandidassi.", 6),
        ("La invitiamo inoltre a candidarsi nuovamente tra un anno.", 12),
        ("Heb je volgend jaar nog interesse, solliciteer dan vooral opnieuw.", 12),
        ("We nodigen je van harte uit om over een paar maanden opnieuw te kijken.", None),
        ("Incentivamos que você se candidate de novo no ano que vem.", 12),
    ],
)
def test_an_invitation_to_apply_again_in_other_words(sentence: str, months: int | None) -> None:
    body = f"Hello Maya,\n\nThank you for your time. {sentence}\n\nKind regards,\nAnna Schmidt\n"
    reading = rk.read_rejection(eml(body))
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == months
