"""Reading a received rejection, round 37: a reason given through the person chosen, an
agency told by its own name or by the client it names, the candidate's own name never a
company, a final round named but not reached.

The sentences are written for these tests. The round ran in six steps, each tuned on
blind batches read only after one aggregate measurement and measured on the next pair
(``fresh11`` … ``fresh21``; see ``tests/fixtures/intake/blind/README.md``); the comments
below say which step each group of tests comes from.
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


# Tuned on ``fresh13`` (read after one blind measurement), measured on ``fresh12``.


def test_a_forward_that_attaches_the_original_is_read_as_that_original() -> None:
    """Some clients forward a mail as a ``message/rfc822`` attachment: the rejection is
    the attached message (its sender, date, text), not the forwarder's note."""
    from email.message import EmailMessage
    from email.policy import SMTP

    original = EmailMessage(policy=SMTP)
    original["From"] = "Jonas Weber <jonas.weber@northwind.example>"
    original["To"] = "Maya Chen <maya.chen@example.com>"
    original["Subject"] = "Ihre Bewerbung als Data Engineer (m/w/d)"
    original["Date"] = "Thu, 9 Jan 2025 16:42:18 +0100"
    original.set_content(
        "Hallo Frau Chen,\n\nleider haben wir uns für eine andere Kandidatin entschieden. Uns"
        " hat mehr Erfahrung mit Spark gefehlt.\n\nViele Grüße\nJonas Weber\nHead of Data"
    )
    outer = EmailMessage(policy=SMTP)
    outer["From"] = "Maya Chen <maya.chen@example.com>"
    outer["To"] = "Tom Berger <tom@example.org>"
    outer["Subject"] = "WG: Ihre Bewerbung als Data Engineer (m/w/d)"
    outer["Date"] = "Sat, 11 Jan 2025 11:52:10 +0100"
    outer.set_content("Hi Tom, schau mal, was meinst du? Ich fand das Gespräch gut.\n\nMaya")
    outer.add_attachment(original)
    reading = rk.read_rejection(outer.as_bytes())
    assert reading.get("sender.name") == "Jonas Weber"
    assert reading.get("reply_to") == "jonas.weber@northwind.example"
    assert str(reading.get("date")) == "2025-01-09"
    assert reading.get("feedback") == ("Uns hat mehr Erfahrung mit Spark gefehlt.",)


def test_a_forward_quoted_whole_gives_the_originals_sender_and_date() -> None:
    """Apple Mail quotes the forwarded message with ``>``, headers included, in the
    language of the forwarder's phone: "Begin doorgestuurd bericht:", "Datum: 19 maart
    2025 om 16:05:12 CET"."""
    body = (
        "Hoi Mirjam,\n\nHieronder de afwijzing. Balen!\n\nGroet,\nMark\n\nBegin doorgestuurd"
        ' bericht:\n\n> Van: "Smit, Eva" <e.smit@waterdal.example>\n> Datum: 19 maart 2025 om'
        " 16:05:12 CET\n> Aan: mark@example.nl\n> Onderwerp: Uw sollicitatie Beleidsadviseur"
        "\n>\n> Geachte heer Hendriks,\n>\n> Helaas nodigen wij u niet uit voor de tweede"
        " ronde.\n>\n> Met vriendelijke groet,\n>\n> Eva Smit\n> HR-adviseur\n> Gemeente"
        " Waterdal\n"
    )
    reading = _read(
        body,
        sender="Mark Hendriks <mark@example.nl>",
        subject="Fwd: Uw sollicitatie Beleidsadviseur",
    )
    assert reading.get("sender.name") == "Eva Smit"
    assert reading.get("reply_to") == "e.smit@waterdal.example"
    assert str(reading.get("date")) == "2025-03-19"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Thu, 9 Jan 2025 16:42:18 +0100", "2025-01-09"),
        ("Thursday, February 19, 2026 2:15 PM", "2026-02-19"),
        ("19 maart 2025 om 16:05:12 CET", "2025-03-19"),
        ("lunes, 16 de junio de 2025 12:40", "2025-06-16"),
        ("terça-feira, 3 de junho de 2025 10:00", "2025-06-03"),
        ("venerdì 20 giugno 2025 17:32", "2025-06-20"),
        ("Montag, 3. März 2025 09:12", "2025-03-03"),
        ("jeudi 5 juin 2025 10:14", "2025-06-05"),
        ("2025-06-03 10:14", "2025-06-03"),
        ("19/02/2026 10:14", "2026-02-19"),
        ("03/06/2025 10:14", None),  # day-month or month-day: not known
        ("31 février 2025", None),
        ("Montag früh", None),
    ],
)
def test_a_forwarded_header_date_in_seven_languages(value: str, expected: str | None) -> None:
    from rejection_kit.intake._dates import header_date

    found = header_date(value)
    assert (str(found) if found else None) == expected


def test_a_huge_header_date_is_read_in_bounded_time() -> None:
    from rejection_kit.intake._dates import header_date

    assert header_date("19 " * 200_000 + "maart 2025") is None


def test_each_item_of_a_list_of_feedback_is_its_own_point() -> None:
    """A line announcing the points ("… the two points that decided it:") is none
    itself; every item of the list after it is one, with or without a reason word."""
    body = (
        "Hi Maya,\n\nThank you for the final interview. You asked for feedback, so here are"
        " the two points that decided it:\n\n- The case study stayed at the level of"
        " principles.\n- We did not hear how you would plan the first quarter.\n\nThe team"
        f" enjoyed meeting you.{_SIGNATURE}"
    )
    assert _read(body).get("feedback") == (
        "The case study stayed at the level of principles.",
        "We did not hear how you would plan the first quarter.",
    )


def test_list_items_are_split_at_their_marks() -> None:
    body = (
        "Olá Maya,\n\nReuni os pontos de feedback:\n\n• Faltou profundidade em arquitetura"
        " offline-first.\n• Ficou a impressão de pouca experiência com publicação nas"
        f" lojas.{_SIGNATURE}"
    )
    assert _read(body).get("feedback") == (
        "Faltou profundidade em arquitetura offline-first.",
        "Ficou a impressão de pouca experiência com publicação nas lojas.",
    )


def test_a_technical_database_is_no_data_notice() -> None:
    """ "database" was boilerplate about keeping CVs; "a Phase III database lock" is a
    reason."""
    reason = "We went with a candidate who already had experience leading a database lock."
    assert _read(f"Hi Maya,\n\nThank you. {reason}{_SIGNATURE}").get("feedback") == (reason,)


def test_a_careers_slogan_before_the_careers_site_is_not_the_company() -> None:
    body = (
        "Bonjour Maya,\n\nNous ne retenons pas votre candidature.\n\nBien cordialement,\n"
        "Anna Schmidt\nChargée de recrutement\nMaison Lautrec SAS\nRejoignez-nous !"
        " Carrières chez Maison Lautrec"
    )
    reading = _read(body, sender="Anna Schmidt <anna.schmidt@maison-lautrec.example>")
    assert reading.get("company") == "Maison Lautrec SAS"


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Merci pour votre candidature au poste de Responsable Logistique H/F basé à Lorient.",
            "Responsable Logistique H/F",
        ),
        (
            "Gracias por tu candidatura al puesto de Key Account Manager a través del"
            " programa de referidos.",
            "Key Account Manager",
        ),
    ],
)
def test_a_title_ends_before_where_and_how(sentence: str, title: str) -> None:
    reading = _read(f"Bonjour Maya,\n\n{sentence}{_SIGNATURE}")
    assert reading.get("position") == title
    assert reading.get("company") != "Lorient"


# Then tuned on ``fresh12`` (read after its one blind measurement); measured on
# ``fresh14`` and ``fresh15``.


def test_a_sector_word_makes_a_display_name_a_company() -> None:
    """ "Corvel Industries - Recrutement" is the employer's ATS, not a person."""
    body = "Bonjour Maya,\n\nNous ne donnerons pas suite à votre candidature.\n\nL'équipe"
    reading = _read(body, sender="Corvel Industries - Recrutement <corvel@myworkday.example>")
    assert reading.get("sender.name") is None
    assert reading.get("company") == "Corvel Industries"


def test_no_interview_said_as_not_moving_forward_with_one() -> None:
    body = (
        "Hi Maya,\n\nThe team reviewed your application, and unfortunately we won't be"
        f" moving forward with an interview.{_SIGNATURE}"
    )
    assert _read(body).get("stage") == "application"


def test_the_final_round_in_german_makes_a_finalist() -> None:
    body = (
        "Hallo Maya,\n\ndu warst mit einer Kollegin in der finalen Runde. Leider haben wir"
        f" uns für sie entschieden.{_SIGNATURE}"
    )
    reading = _read(body)
    assert reading.get("finalist") is True
    assert reading.get("stage") == "final"


def test_a_tagline_after_the_company_is_not_its_name() -> None:
    body = (
        "Hi Maya,\n\nWe won't be moving forward with your application.\n\nBest,\nAnna"
        " Schmidt\nTalent Partner\nCorvo: payroll for small teams, done right."
    )
    reading = _read(body, sender="Anna Schmidt <anna@corvo.example>")
    assert reading.get("company") == "Corvo"


# Then tuned on ``fresh14`` and ``fresh15`` (read after their one blind measurement);
# measured on ``fresh16`` and ``fresh17``.


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm sorry to say we won't be moving you forward to the final stage.",
        "Infelizmente, decidimos não seguir com a sua candidatura para a etapa final.",
        "Abbiamo deciso di non ammetterla al colloquio finale con la direzione.",
    ],
)
def test_a_final_round_denied_in_its_clause_is_none(sentence: str) -> None:
    body = f"Hi Maya,\n\nThank you for the interviews. {sentence}{_SIGNATURE}"
    assert _read(body).get("stage") == "interview"


def test_a_final_round_after_a_denial_in_another_clause_is_one() -> None:
    body = (
        "Hi Maya,\n\nAlthough we didn't offer you the role, you did very well in the final"
        f" round.{_SIGNATURE}"
    )
    assert _read(body).get("stage") == "final"


def test_other_openings_are_no_invitation_in_portuguese() -> None:
    body = (
        "Olá Maya,\n\nNão vamos seguir com a sua candidatura. Aproveite para conhecer outras"
        f" vagas abertas na nossa página de carreiras.{_SIGNATURE}"
    )
    assert _read(body).get("reapply_invited") is False


@pytest.mark.parametrize(
    ("place", "title"),
    [
        ("– Standort Bremen", "Disponent Seefracht (m/w/d) – Standort Bremen"),
        ("- Schwerpunkt Leben", "Aktuar (m/w/d) - Schwerpunkt Leben"),
    ],
)
def test_where_a_gendered_title_is_stays_in_it(place: str, title: str) -> None:
    job = title.removesuffix(f" {place}")
    body = (
        f"Sehr geehrte Frau Chen,\n\nvielen Dank für Ihre Bewerbung als {job} {place} und"
        f" Ihr Interesse an uns. Leider sagen wir ab.{_SIGNATURE}"
    )
    assert _read(body).get("position") == title


@pytest.mark.parametrize(
    ("sender", "signature", "company"),
    [
        (
            "Verde Vale <no-reply@verdevale.gupy.example>",
            "Equipe Gupy\nVerde Vale Alimentos S.A.",
            "Verde Vale Alimentos S.A.",
        ),
        (
            "Risorse Umane <hr@venturaalimentare.example>",
            "Direzione Risorse Umane Gruppo Ventura Alimentare S.p.A.",
            "Gruppo Ventura Alimentare S.p.A.",
        ),
        (
            "Sanne de Vries <sanne@polderpoort.example>",
            "Polderpoort B.V.\nWerken bij Polderpoort? Kijk op werkenbij.polderpoort.example",
            "Polderpoort B.V.",
        ),
    ],
)
def test_what_surrounds_a_companys_name_is_not_part_of_it(
    sender: str, signature: str, company: str
) -> None:
    """The ATS that sent it, a department before the name, a question after it."""
    body = f"Olá Maya,\n\nNão vamos seguir com a sua candidatura.\n\nAtenciosamente,\n{signature}"
    assert _read(body, sender=sender).get("company") == company


def test_a_date_after_a_company_is_not_part_of_it() -> None:
    body = (
        "Bonjour Maya,\n\nMerci pour votre entretien chez Octave Mobilités le 2 juin. Nous ne"
        f" donnerons pas suite.{_SIGNATURE}"
    )
    assert _read(body).get("company") != "Octave Mobilités le 2"


# Then tuned on ``fresh16`` and ``fresh17`` (read after their one blind measurement);
# measured on ``fresh18`` and ``fresh19``.


def test_an_agency_coming_back_to_you_is_no_invitation_to_apply_again() -> None:
    body = (
        "Sehr geehrte Frau Chen,\n\nunser Mandant hat sich für eine andere Kandidatin"
        " entschieden. Gern würde ich bei künftigen Mandaten wieder auf Sie zukommen."
        f"{_SIGNATURE}"
    )
    assert _read(body).get("reapply_invited") is False


def test_a_person_writing_via_the_careers_system_names_the_employer() -> None:
    body = "Hi Maya,\n\nWe won't be moving forward with your application.\n\nBest,\nMarisol"
    reading = _read(
        body,
        sender='"Marisol Vega (via Harborview Health Careers)" <careers@harborview.example>',
    )
    assert reading.get("company") == "Harborview Health"
    # Unquoted, the parenthesis is a comment the mail parser drops: a person on a shared
    # mailbox is still no company.
    bare = _read(body, sender="Marisol Vega <careers@harborview.example>")
    assert bare.get("company") != "Marisol Vega"


def test_the_final_shortlist_in_italian_makes_a_finalist() -> None:
    body = (
        "Buongiorno Maya,\n\nLei era nella rosa finale di tre candidati, ma abbiamo scelto"
        f" un altro profilo.{_SIGNATURE}"
    )
    reading = _read(body)
    assert reading.get("finalist") is True
    assert reading.get("stage") == "final"


# Then tuned on ``fresh18`` and ``fresh19`` (read after their one blind measurement);
# measured on ``fresh20`` and ``fresh21``.


def test_a_trade_compound_in_the_subject_names_an_agencys_client() -> None:
    body = (
        "Sehr geehrte Frau Chen,\n\nunser Mandant hat sich für einen anderen Kandidaten"
        " entschieden.\n\nMit freundlichen Grüßen\nAnna Schmidt\nPartner\nLindqvist"
        " Personalberatung GmbH"
    )
    reading = _read(
        body,
        sender="Anna Schmidt <anna@lindqvist.example>",
        subject="AW: Leitung Qualität (m/w/d) – Kessler Antriebstechnik",
    )
    assert reading.get("company") == "Kessler Antriebstechnik"


# Advice right after a reason, and invitations to apply again, in the words each batch
# brought (rounds 37b-37f).


@pytest.mark.parametrize(
    ("reason", "advice"),
    [
        (
            "In the end we went with someone who already had hands-on audit experience.",
            "One piece of advice: lead your portfolio with the problem, then the visuals.",
        ),
        (
            "Echamos en falta más experiencia con sistemas concurrentes.",
            "Te recomendaría profundizar en concurrencia en Go.",
        ),
        (
            "Le jury a estimé que votre expérience en management restait un peu courte.",
            "Nous vous encourageons à suivre un parcours de management de proximité.",
        ),
        (
            "We hebben gekozen voor iemand die al ervaring heeft met Azure.",
            "Mijn tip: laat meer van je eigen projecten zien.",
        ),
        (
            "Nos faltó ver experiencia con Kubernetes en producción.",
            "Te sugiero profundizar en patrones de resiliencia.",
        ),
        (
            "Nous avons retenu une personne qui avait déjà piloté une migration SEPA.",
            "Si je peux me permettre un conseil : explicitez vos hypothèses de charge.",
        ),
        (
            "We hebben gekozen voor een kandidaat die al ervaring heeft met roosters.",
            "Mijn advies zou zijn om eerst werkbegeleider te worden.",
        ),
        (
            "We went with a candidate who has shipped regulated products.",
            "My honest advice: put one or two projects on GitHub, with tests.",
        ),
        (
            "Der Mandant hat sich für jemanden entschieden, der bereits SAP verantwortet hat.",
            "Einen Rat möchte ich Ihnen noch mitgeben: Untermauern Sie Ihre Erfolge mit Zahlen.",
        ),
        (
            "Il cliente ha scelto un candidato che ha già gestito la certificazione.",
            "Le consiglio di rafforzare l'esperienza di audit.",
        ),
        (
            "El cliente ha optado por un candidato que ya había liderado una implantación Lean.",
            "Te recomendaría reforzar en tu CV los resultados concretos.",
        ),
        (
            "De commissie heeft gekozen voor kandidaten die ervaring hebben met de RES.",
            "Mijn advies: zoek een project waarin je daaraan meewerkt.",
        ),
        (
            "O que pesou foi a experiência dela com streaming em tempo real.",
            "Minha sugestão é estudar Kafka com um projeto próprio.",
        ),
    ],
)
def test_advice_after_a_reason_is_feedback_too(reason: str, advice: str) -> None:
    reading = _read(f"Hi Maya,\n\nThank you for your time. {reason} {advice}{_SIGNATURE}")
    assert reading.get("feedback") == (reason, advice)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dan zien we je sollicitatie graag opnieuw tegemoet.",
        "Je serais ravie que vous postuliez à nouveau à ce moment-là.",
        "Si en unos meses te apetece, vuelve a presentarte.",
        "Nos gustaría que volvieras a presentar tu candidatura dentro de un año.",
        "N'hésitez pas à nous solliciter à nouveau dans quelques mois.",
        "Adoraríamos receber uma nova candidatura sua daqui a uns seis meses.",
        "Nos encantaría volver a saber de ti dentro de un año.",
        "Ci piacerebbe rivedere la tua candidatura alla prossima apertura.",
        "Adoraríamos que você participasse de novos processos daqui a uns seis meses.",
    ],
)
def test_invitations_to_apply_again_in_more_words(sentence: str) -> None:
    reading = _read(f"Hoi Maya,\n\nHelaas ga je niet door. {sentence}{_SIGNATURE}")
    assert reading.get("reapply_invited") is True


def test_a_wrapped_line_that_begins_with_a_dash_is_no_list_item() -> None:
    """Hard-wrapped text: a line beginning "- wie …" continues the sentence above, which
    did not end; an item follows a line that ends a sentence or another item."""
    body = (
        "Hallo Maya,\n\nUns hat mehr Erfahrung mit SAP gefehlt, und zwar\n- wie schon im"
        f" Gespräch gesagt - vor allem im Controlling.{_SIGNATURE}"
    )
    assert _read(body).get("feedback") == (
        "Uns hat mehr Erfahrung mit SAP gefehlt, und zwar - wie schon im Gespräch gesagt -"
        " vor allem im Controlling.",
    )


def test_a_reply_that_attaches_an_older_mail_is_read_as_the_reply() -> None:
    """Only a forward ("Fwd:", "WG:") is read as the message it attaches."""
    from email.message import EmailMessage
    from email.policy import SMTP

    older = EmailMessage(policy=SMTP)
    older["From"] = "Maya Chen <maya.chen@example.com>"
    older["Subject"] = "My application"
    older.set_content("Hello, here is my application for the Data Analyst role.")
    reply = EmailMessage(policy=SMTP)
    reply["From"] = "Anna Schmidt <anna.schmidt@northwind.example>"
    reply["To"] = "Maya Chen <maya.chen@example.com>"
    reply["Subject"] = "Re: My application"
    reply.set_content("Hi Maya,\n\nWe have decided not to move forward.\n\nBest,\nAnna Schmidt")
    reply.add_attachment(older)
    reading = rk.read_rejection(reply.as_bytes())
    assert reading.get("sender.email") == "anna.schmidt@northwind.example"


#: (body, sender, subject, agency, company): who wrote, for whom (steps 37a-37f).
_WHO_WROTE = [
    # "The hiring team … they've decided" is how an in-house recruiter speaks of the team
    # too: without a client named, no agency.
    pytest.param(
        (
            "Hi Maya,\n\nThe hiring team reviewed your application carefully, but"
            " they've decided not to move you forward to interviews.\n\nBest,\nAnna"
            " Schmidt\nTalent Partner, Northwind Logistics"
        ),
        "Anna Schmidt <anna.schmidt@northwindlogistics.example>",
        None,
        None,
        "Northwind Logistics",
        id="an_in_house_recruiter_saying_they_decided_is_no_agency",
    ),
    pytest.param(
        (
            "Gentile Maya,\n\nTi scrivo sulla tua candidatura presso Officine"
            " Corradi. Purtroppo Officine Corradi ha deciso di non proseguire con"
            " la tua candidatura per la posizione di Responsabile"
            " Qualità.\n\nCordiali saluti,\nAnna Schmidt\nSenior Consultant\nVeritas"
            " Selezione S.r.l."
        ),
        "Anna Schmidt <anna.schmidt@veritasselezione.example>",
        None,
        "Veritas Selezione S.r.l.",
        "Officine Corradi",
        id="a_client_named_as_deciding_makes_the_writer_an_agency",
    ),
    # A signature "Brightwater Werving & Selectie" says who wrote: the agency is not the
    # hiring company, even when the client is not named.
    pytest.param(
        (
            "Hoi Maya,\n\nHelaas hebben ze gekozen voor de andere"
            " kandidaat.\n\nGroet,\nAnna Schmidt\nRecruitment Consultant\nBrightwater"
            " Werving & Selectie"
        ),
        "Anna Schmidt <anna.schmidt@brightwater.example>",
        None,
        "Brightwater Werving & Selectie",
        None,
        id="a_firm_named_as_an_agency_is_one_even_without_a_client",
    ),
    # A referrer's update "Referral update – Maya Chen – Data Analyst", to the mail
    # addressed to maya.chen@…: Maya Chen is the candidate.
    pytest.param(
        (
            "Hi Tom,\n\nThanks for referring Maya Chen for the Data Analyst role. The"
            " team reviewed her application, but they've decided not to move her"
            " forward.\n\nBest,\nAnna Schmidt\nRecruiter, Northwind Logistics"
        ),
        "Anna Schmidt <anna.schmidt@northwindlogistics.example>",
        "Referral update – Maya Chen – Data Analyst",
        None,
        "Northwind Logistics",
        id="the_candidates_own_name_in_the_subject_is_no_company",
    ),
    pytest.param(
        (
            "Bonjour Maya,\n\nMaison Lautrec a décidé de ne pas vous retenir pour le"
            " poste de Responsable de boutique.\n\nBelle journée,\nAnna"
            " Schmidt\nConsultante\nCabinet Schmidt Recrutement"
        ),
        "Anna Schmidt <anna.schmidt@cabinet-schmidt.example>",
        "Re: Opportunité Maison Lautrec – Responsable de boutique",
        "Cabinet Schmidt Recrutement",
        "Maison Lautrec",
        id="an_opportunity_in_the_subject_is_not_part_of_the_company",
    ),
    # "namens de selectiecommissie": an in-house writer signs so; "namens" makes an agency
    # only with a client named.
    pytest.param(
        (
            "Geachte mevrouw Chen,\n\nHelaas nodigen wij u niet uit voor de tweede"
            " ronde.\n\nMet vriendelijke groet,\nnamens de selectiecommissie,\n\nEva"
            " Smit\nHR-adviseur\nGemeente Waterdal"
        ),
        "Eva Smit <e.smit@waterdal.example>",
        None,
        None,
        "Gemeente Waterdal",
        id="on_behalf_of_a_committee_is_no_agency",
    ),
    pytest.param(
        (
            "Hoi Maya,\n\nOver je sollicitatie bij Havenbedrijf Zeeland: de klant"
            " vond je kennis sterk, maar miste ervaring in de"
            " havensector.\n\nGroet,\nAnna Schmidt\nConsultant\nTalentlijn BV"
        ),
        "Anna Schmidt <anna@talentlijn.example>",
        None,
        "Talentlijn BV",
        "Havenbedrijf Zeeland",
        id="the_client_judging_makes_a_dutch_writer_an_agency",
    ),
    pytest.param(
        (
            "Hi Maya,\n\nI've just spoken to my client and they won't be taking you"
            " forward.\n\nBest,\nAnna Schmidt\nPrincipal Consultant\nKestrel Search Ltd"
        ),
        "Anna Schmidt <anna@kestrelsearch.example>",
        "Re: Head of Treasury – Brookfield Foods",
        "Kestrel Search Ltd",
        "Brookfield Foods",
        id="an_agencys_client_named_only_in_the_subject",
    ),
    # "Mandat" (a headhunter's assignment) is in "ci hai mandato" (you sent us).
    pytest.param(
        (
            "Ciao Maya,\n\ngrazie per il bel messaggio che ci hai mandato. Purtroppo"
            " abbiamo scelto un altro profilo.\n\nUn saluto,\nAnna Schmidt\nHR"
            " Specialist\nNeroverde Consulting S.r.l."
        ),
        "Anna Schmidt <anna@neroverde.example>",
        None,
        None,
        "Neroverde Consulting S.r.l.",
        id="a_german_word_inside_an_italian_one_makes_no_agency",
    ),
    pytest.param(
        (
            "Hola Maya:\n\nNuestro cliente ha decidido no seguir adelante. Desde"
            " Altamira Partners seguiremos pendientes de otras opciones.\n\nUn"
            " saludo,\nAnna Schmidt\nConsultora\nAltamira Talent Partners, S.L."
        ),
        "Anna Schmidt <anna@altamira.example>",
        None,
        "Altamira Talent Partners, S.L.",
        None,
        id="an_agencys_shorter_name_is_still_the_agency_not_a_client",
    ),
    # "Agenzia di Livorno Centro" is a branch of an Italian bank, not a recruitment
    # agency; a "job posting interno" is an internal vacancy.
    pytest.param(
        (
            "Ciao Maya,\n\nti scrivo per l'esito del job posting interno per il ruolo"
            " di Responsabile Filiale – Agenzia di Livorno Centro. Purtroppo"
            " abbiamo scelto un altro collega.\n\nUn saluto,\nAnna Schmidt\nHR Business"
            " Partner\nBanca Tirrena S.p.A."
        ),
        "Anna Schmidt <anna@bancatirrena.example>",
        None,
        None,
        "Banca Tirrena S.p.A.",
        id="a_banks_branch_is_no_agency",
    ),
    pytest.param(
        (
            "Bonjour Maya,\n\nNotre client a décidé de ne pas vous retenir.\n\nBien"
            " cordialement,\nAnna Schmidt\nConsultante\nTalentis Conseil"
        ),
        "Anna Schmidt <anna@talentis.example>",
        "RE: Poste de DAF H/F – point sur votre candidature",
        "Talentis Conseil",
        None,
        id="the_job_in_a_subject_is_no_company",
    ),
    # "namens" plus a team in the writer's own signature ("Team HRM – Gemeente X"): the
    # team is no client, so no agency.
    pytest.param(
        (
            "Geachte mevrouw Chen,\n\nHelaas nodigen wij u niet uit voor een tweede"
            " gesprek.\n\nMet vriendelijke groet,\nnamens de selectiecommissie,\n\nLotte"
            " Kramer\nAdviseur Recruitment\nTeam HRM – Gemeente Zuiderveen"
        ),
        "Lotte Kramer <l.kramer@zuiderveen.example>",
        None,
        None,
        "Gemeente Zuiderveen",
        id="a_municipalitys_hr_team_signing_on_behalf_is_no_agency",
    ),
]


@pytest.mark.parametrize(("body", "sender", "subject", "agency", "company"), _WHO_WROTE)
def test_who_wrote_and_for_whom(
    body: str, sender: str, subject: str | None, agency: str | None, company: str | None
) -> None:
    """An agency and its client, or an employer writing for itself."""
    headers = {"subject": subject} if subject else {}
    reading = _read(body, sender=sender, **headers)
    assert (reading.get("agency"), reading.get("company")) == (agency, company)
