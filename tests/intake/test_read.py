"""Reading a received rejection: each field from the newest message, nothing invented."""

from __future__ import annotations

from datetime import date

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk

LETTER = """Hi Maya,

Thank you for interviewing for the Senior Data Analyst position with us. It was a very
close decision, and you were one of two finalists. In the end we were looking for
someone with more hands-on experience with dbt in production.

We'd love for you to apply again in six months.

Best regards,
Anna Schmidt
Talent Acquisition Partner
Northwind Analytics
"""


def test_a_personal_rejection_is_read_field_by_field() -> None:
    reading = rk.read_rejection(eml(LETTER, subject="Your application at Northwind Analytics"))
    assert reading.get("sender.name") == "Anna Schmidt"
    assert reading.get("sender.title") == "Talent Acquisition Partner"
    assert reading.get("sender.role") == "recruiter"
    assert reading.get("position") == "Senior Data Analyst"
    assert reading.get("company") == "Northwind Analytics"
    assert reading.get("date") == date(2026, 11, 24)
    assert reading.get("stage") == "final"
    assert reading.get("finalist") is True
    assert reading.get("feedback") == (
        "In the end we were looking for someone with more hands-on experience with dbt in "
        "production.",
    )
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == 6
    assert reading.can_reply
    assert reading.reply_to == "anna.schmidt@northwind.example"
    assert reading.language == "en"
    assert reading.message_id == "<rejection-1@northwind.example>"


@pytest.mark.parametrize(
    "quote_header",
    [
        "On Mon, 2 Nov 2026 at 09:00, Lena Park <lena@contoso.example> wrote:",
        "Am 02.11.2026 um 09:00 schrieb Lena Park <lena@contoso.example>:",
        "Le lun. 2 nov. 2026 à 09:00, Lena Park <lena@contoso.example> a écrit :",
        "El lun, 2 nov 2026 a las 9:00, Lena Park (<lena@contoso.example>) escribió:",
        "Em seg., 2 de nov. de 2026 às 09:00, Lena Park <lena@contoso.example> escreveu:",
        "Il giorno lun 2 nov 2026 alle ore 09:00 Lena Park <lena@contoso.example> ha scritto:",
        "Op ma 2 nov. 2026 om 09:00 schreef Lena Park <lena@contoso.example>:",
        "-----Original Message-----",
        "-----Ursprüngliche Nachricht-----",
        "From: Lena Park <lena@contoso.example>\nSent: Monday, November 2, 2026 9:00 AM",
        "Von: Lena Park <lena@contoso.example>\nGesendet: Montag, 2. November 2026 09:00",
        "De : Lena Park <lena@contoso.example>\nEnvoyé : lundi 2 novembre 2026 09:00",
        "> Dear Lena,",
    ],
)
def test_quoted_history_never_fills_a_field(quote_header: str) -> None:
    history = (
        f"{quote_header}\n"
        "Thank you for interviewing for the Principal Engineer position at Contoso Ltd.\n"
        "We were looking for someone with more Rust experience. Please apply again next year.\n"
        "Lena Park\nHead of Engineering\nContoso Ltd\n"
    )
    body = "Hi Maya,\n\nUnfortunately we will not move forward.\n\nBest,\nAnna\n\n" + history
    reading = rk.read_rejection(eml(body, sender="Northwind <jobs@northwind.example>"))
    assert reading.get("position") is None
    assert reading.get("company") in (None, "Northwind")
    assert reading.get("feedback") is None
    assert reading.get("reapply_invited") is False
    assert reading.get("stage") == "application"
    assert "Contoso" not in str(reading.to_dict())


def test_an_html_only_rejection_is_read_without_its_quoted_block() -> None:
    html = (
        "<html><head><style>p{color:red}</style></head><body>"
        "<p>Dear Maya,</p><p>Thank you for applying for the <b>Data&nbsp;Engineer</b> role. "
        "After careful review we decided to move forward with other candidates.</p>"
        "<p>Kind regards,<br>Priya Raman<br>Recruiter</p>"
        '<div class="gmail_quote"><p>Thank you for interviewing for the Rust Lead role at '
        "Contoso.</p></div></body></html>"
    )
    reading = rk.read_rejection(eml("", html=html, cte="quoted-printable"))
    assert reading.get("position") == "Data Engineer"
    assert reading.get("sender.name") == "Anna Schmidt"
    assert reading.get("stage") == "application"
    assert "Contoso" not in str(reading.to_dict())


def test_a_no_reply_ats_e_mail_names_the_person_or_says_there_is_none() -> None:
    body = (
        "Dear Maya,\n\nThank you for your interest in Northwind Analytics and for applying to "
        "the Data Engineer position. We have decided to pursue other candidates.\n\n"
        "Please do not reply to this e-mail.\n\nThe Recruiting Team\n"
    )
    reading = rk.read_rejection(
        eml(body, sender="Northwind Analytics Careers <no-reply@myworkday.com>")
    )
    assert reading.get("sender.name") is None
    assert reading.get("sender.automated") is True
    assert not reading.can_reply
    assert reading.reply_to is None
    assert reading.get("company") == "Northwind Analytics"
    signed = body.replace("The Recruiting Team", "Priya Raman\npriya.raman@northwind.example")
    reading = rk.read_rejection(
        eml(signed, sender="Northwind Analytics Careers <no-reply@myworkday.com>")
    )
    assert reading.reply_to == "priya.raman@northwind.example"


def test_a_reply_to_that_is_a_person_is_where_the_reply_goes() -> None:
    reading = rk.read_rejection(
        eml(
            LETTER,
            sender="Northwind Careers <noreply@northwind.example>",
            headers={"Reply-To": "Anna Schmidt <anna.schmidt@northwind.example>"},
        )
    )
    assert reading.reply_to == "anna.schmidt@northwind.example"
    assert reading.get("sender.name") == "Anna Schmidt"


def test_an_agency_recruiter_names_the_client_as_the_company() -> None:
    body = (
        "Hi Maya,\n\nI've heard back from my client Northwind Analytics about the Senior Data "
        "Analyst role: they've decided to go with another candidate.\n\n"
        "Best,\nTom Baker\nSenior Consultant\nHays Recruitment Ltd\n"
    )
    reading = rk.read_rejection(eml(body, sender="Tom Baker <tom.baker@hays.example>"))
    assert reading.get("company") == "Northwind Analytics"
    assert reading.get("agency") == "Hays Recruitment Ltd"
    assert reading.get("sender.role") == "agency_recruiter"


def test_encoded_headers_and_base64_bodies_are_decoded() -> None:
    body = "Hallo Maya,\n\nvielen Dank für Ihre Bewerbung als Datenanalystin (m/w/d).\n"
    raw = eml(
        body,
        sender="=?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <juergen.mueller@firma.example>",
        subject="=?iso-8859-1?b?SWhyZSBCZXdlcmJ1bmc=?=",
        cte="base64",
    )
    reading = rk.read_rejection(raw)
    assert reading.get("sender.name") == "Jürgen Müller"
    assert reading.subject == "Ihre Bewerbung"
    assert reading.get("position") == "Datenanalystin (m/w/d)"


def test_pasted_text_without_headers_is_read_as_the_body() -> None:
    reading = rk.read_rejection(LETTER)
    assert reading.get("position") == "Senior Data Analyst"
    assert reading.get("date") is None  # a pasted text has no date: not guessed
    assert reading.message_id is None


def test_the_situation_is_made_and_what_is_missing_is_named() -> None:
    situation = rk.Situation.from_email(
        eml(LETTER, subject="Your application at Northwind Analytics"),
        candidate={"name": "Maya Chen", "email": "maya.chen@example.com"},
    )
    assert situation.company.name == "Northwind Analytics"
    assert situation.rejection is not None
    assert situation.rejection.by == "Anna Schmidt"
    message = rk.compose(situation, recipe="thank_you", to="Anna Schmidt")
    assert message.subject == "Re: Your application at Northwind Analytics"
    assert message.in_reply_to == "<rejection-1@northwind.example>"
    with pytest.raises(rk.ValidationError) as caught:
        rk.Situation.from_email("Thank you for applying.", candidate="Maya Chen")
    assert {p.path for p in caught.value.problems} == {"company.name", "position.title"}
    given = rk.Situation.from_email(
        "Thank you for applying.",
        candidate="Maya Chen",
        overrides={"company": {"name": "Acme"}, "position": {"title": "Analyst"}},
    )
    assert given.position.title == "Analyst"


def test_a_reply_keeps_the_whole_thread_and_one_prefix() -> None:
    raw = eml(
        LETTER,
        subject="Re: AW: Ihre Bewerbung",
        headers={
            "References": "<a@x.example> <b@x.example>",
            "In-Reply-To": "<b@x.example>",
        },
    )
    situation = rk.Situation.from_email(
        raw, candidate="Maya Chen", overrides={"company": {"name": "Northwind"}}
    )
    message = rk.compose(situation, recipe="thank_you", to="Anna Schmidt")
    assert message.subject == "Re: Ihre Bewerbung"
    wire = message.to_email_message()
    assert wire["References"] == "<a@x.example> <b@x.example> <rejection-1@northwind.example>"
    assert wire["In-Reply-To"] == "<rejection-1@northwind.example>"


def test_a_no_reply_address_is_refused_as_a_contact() -> None:
    with pytest.raises(rk.ValidationError, match=r"contacts\[0\]\.email: .*takes no replies"):
        rk.Situation.from_dict(
            {
                "candidate": {"name": "Maya Chen"},
                "company": {"name": "Northwind"},
                "position": {"title": "Analyst"},
                "contacts": [{"name": "Anna Schmidt", "email": "no-reply@northwind.example"}],
            }
        )


def test_the_reading_is_plain_data() -> None:
    data = rk.read_rejection(eml(LETTER)).to_dict()
    assert data["fields"]["date"] == {"value": "2026-11-24", "confidence": "high",
                                      "source": "header"}  # fmt: skip
    assert "feedback" in data["uncertain"]


GERMAN = """Hallo Frau Brandt,

vielen Dank für Ihre Bewerbung. Leider haben wir uns
für die Stelle als Teamleiter Controlling (m/w/d) nach langer Abwägung
für eine andere Kandidatin entschieden.

Uns hat vor allem Erfahrung mit der Konzernkonsolidierung nach HGB gefehlt. Außerdem
haben wir gemerkt, dass Sie bisher wenig mit SAP S/4HANA gearbeitet haben. Wir wünschen
Ihnen alles Gute.

Viele Grüße
Jana Weber
Recruiterin
Nordwerk Logistik GmbH
"""


def test_a_title_ends_at_its_gender_note_and_added_feedback_is_kept() -> None:
    """ "(m/w/d)" ends the title; "Außerdem …" after a reason is a reason too; the wish
    after it is not."""
    reading = rk.read_rejection(eml(GERMAN, subject="Ihre Bewerbung"))
    assert reading.get("position") == "Teamleiter Controlling (m/w/d)"
    assert reading.get("feedback") == (
        "Uns hat vor allem Erfahrung mit der Konzernkonsolidierung nach HGB gefehlt.",
        "Außerdem haben wir gemerkt, dass Sie bisher wenig mit SAP S/4HANA gearbeitet haben.",
    )


def test_a_reference_number_is_not_part_of_the_title() -> None:
    body = GERMAN.replace(
        "Teamleiter Controlling (m/w/d) nach langer Abwägung",
        "Senior Data Engineer - Kennziffer 2026-0117",
    )
    assert rk.read_rejection(eml(body)).get("position") == "Senior Data Engineer"


def test_a_cv_kept_on_file_is_no_invitation_and_an_office_no_agency() -> None:
    """ "Nous conserverons votre CV …" keeps a file; "notre bureau d'Anvers" is an office."""
    body = """Bonjour Madame Laurent,

Nous vous remercions pour votre candidature au poste de Chargée de mission. Nous avons
retenu un autre profil. L'équipe travaille avec notre bureau d'Anvers.

Nous conserverons votre CV dans notre CVthèque pendant deux ans afin de vous recontacter
si une opportunité se présentait.

Cordialement,
Sophie Janssens
Meridia Assurances SA
"""
    reading = rk.read_rejection(eml(body, sender="Sophie Janssens <sophie@meridia.example>"))
    assert reading.get("reapply_invited") is False
    assert reading.get("agency") is None
    assert reading.get("company") == "Meridia Assurances SA"


def test_a_system_writing_in_a_persons_name_is_read_as_that_person() -> None:
    """ "Jordan Reyes" <no-reply@hire.lever.co> with Reply-To Jordan: the person wrote; the
    company is the one after their title, not the tool's footer."""
    body = """Hi Maya,

Thank you for your time over the last few weeks. We have decided to move forward with
other candidates for the Product Analyst role.

Best,
Jordan Reyes
Recruiting Lead, Tidepool Health

--
Sent with Lever
"""
    reading = rk.read_rejection(
        eml(
            body,
            sender="Jordan Reyes <no-reply@hire.lever.co>",
            headers={"Reply-To": "Jordan Reyes <jordan.reyes@tidepoolhealth.example>"},
        )
    )
    assert reading.get("sender.name") == "Jordan Reyes"
    assert reading.get("company") == "Tidepool Health"
    assert reading.get("reply_to") == "jordan.reyes@tidepoolhealth.example"
    assert reading.get("can_reply") is True


def test_a_duration_is_not_when_to_apply_again() -> None:
    """ "a development plan for the next year" says how long, not "apply in 12 months"."""
    body = LETTER.replace(
        "We'd love for you to apply again in six months.",
        "I'd encourage you to apply for future openings, and Niamh has offered to put"
        " together a development plan with you for the next year.",
    )
    reading = rk.read_rejection(eml(body))
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") is None
    assert rk.read_rejection(eml(LETTER)).get("reapply_after_months") == 6


def test_a_programme_signing_is_no_person() -> None:
    """ "Programa Trainee Jequitibá" <no-reply@…> signs as a programme, not a person."""
    body = """Olá Ana,

Agradecemos sua participação no processo seletivo. Infelizmente você não seguirá para
a próxima etapa.

Abraços,
Equipe Programa Trainee Jequitibá
Grupo Jequitibá

Esta mensagem foi enviada automaticamente. Por favor, não responda a este e-mail.
"""
    reading = rk.read_rejection(
        eml(body, sender="Programa Trainee Jequitibá <notificacoes@mail.talentum.example>")
    )
    assert reading.get("sender.name") is None
    assert reading.get("can_reply") is False


def test_a_reason_after_praise_is_feedback_and_a_department_is_no_company() -> None:
    """ "The team liked X, but was looking for Y" gives its reason (praise before a
    contrast does not hide it); "z. B." inside brackets does not end a sentence; a
    signature's department line ("HR – Recruitment & Employer Branding") is neither the
    company nor an agency."""
    letter = (
        "Beste Maya,\n\n"
        "Het selectiecomité was onder de indruk van uw analytische vaardigheden, maar vond "
        "uw ervaring met IRB-modellen nog te beperkt voor deze functie.\n\n"
        "Met vriendelijke groeten,\n\nLotte Peeters\nTalent Acquisition Partner\n"
        "HR – Recruitment & Employer Branding\nScheldebank NV\n"
    )
    reading = rk.read_rejection(
        eml(letter, sender="Lotte Peeters <lotte.peeters@scheldebank.example>")
    )
    assert reading.get("feedback") == (
        "Het selectiecomité was onder de indruk van uw analytische vaardigheden, maar vond "
        "uw ervaring met IRB-modellen nog te beperkt voor deze functie.",
    )
    assert reading.get("company") == "Scheldebank NV"
    assert reading.get("agency") is None
    german = (
        "Hallo Maya,\n\nUns hat vor allem Erfahrung mit Intraday-Handel gefehlt. Außerdem "
        "hast du bisher wenig in einem skalierten Setup (z. B. SAFe) gearbeitet.\n\n"
        "Viele Grüße\nKai Thomsen\n"
    )
    feedback = rk.read_rejection(eml(german)).get("feedback")
    assert feedback is not None
    assert feedback[-1].endswith("(z. B. SAFe) gearbeitet.")


def test_praise_alone_is_still_no_feedback() -> None:
    letter = "Hi Maya,\n\nWe were impressed by your background, but we have decided to move on.\n"
    assert not rk.read_rejection(eml(letter)).get("feedback")


def test_a_title_keeps_its_qualifier_after_a_comma() -> None:
    """ "Analyst, Credit Risk" is one title; a clause after the comma is not part of it."""
    letter = "Hi Maya,\n\nThank you for applying for the position of Analyst, Credit Risk.\n"
    assert rk.read_rejection(eml(letter)).get("position") == "Analyst, Credit Risk"
    running = (
        "Hi Maya,\n\nThank you for applying for the position of Data Analyst, and for your "
        "patience.\n"
    )
    assert rk.read_rejection(eml(running)).get("position") == "Data Analyst"


def test_a_gender_note_marks_a_title_with_no_phrase_around_it() -> None:
    """ "bei der Teamleitung … (m/w/d) für …" names the job; words that still belong to
    the title after its gender note are kept, a pronoun or a lower-case word ends it."""
    letter = (
        "Hallo Markus,\n\nwir haben uns bei der Teamleitung Schadenregulierung Kfz (m/w/d) "
        "für eine andere Kollegin entschieden.\n"
    )
    reading = rk.read_rejection(eml(letter, subject="Rückmeldung"))
    assert reading.get("position") == "Teamleitung Schadenregulierung Kfz (m/w/d)"
    tail = (
        "Hallo,\n\ndanke für Ihre Bewerbung als Werkstudent (m/w/d) Controlling und Ihr "
        "Interesse.\n"
    )
    assert rk.read_rejection(eml(tail)).get("position") == "Werkstudent (m/w/d) Controlling"
    pronoun = "Hallo,\n\nals Data Engineer (m/w/d) Ihnen leider absagen zu müssen, tut uns leid.\n"
    assert rk.read_rejection(eml(pronoun)).get("position") == "Data Engineer (m/w/d)"


@pytest.mark.parametrize(
    "subject",
    [
        "Actualización de tu candidatura",
        "Aggiornamento sulla tua candidatura",
        "AW: Einladung zum Gespräch",
        "Recrutamento interno",
        "Internal application update",
    ],
)
def test_a_subject_made_of_the_usual_words_names_no_position(subject: str) -> None:
    letter = "Hello,\n\nthank you for your interest. We will not move forward.\n"
    assert rk.read_rejection(eml(letter, subject=subject)).get("position") is None


def test_a_subjects_own_words_before_a_title_are_not_part_of_it() -> None:
    subject = "Interne Ausschreibung Teamleitung Schadenregulierung Kfz – Einladung zum Gespräch"
    letter = "Hallo Markus,\n\nwir haben uns für eine andere Kollegin entschieden.\n"
    reading = rk.read_rejection(eml(letter, subject=subject))
    assert reading.get("position") == "Teamleitung Schadenregulierung Kfz"
    numbered = "Interne Stellenausschreibung Nr. 07/2026 – Projektleiter:in Netzbetrieb"
    assert rk.read_rejection(eml(letter, subject=numbered)).get("position") == (
        "Projektleiter:in Netzbetrieb"
    )


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("ti ringrazio per la candidatura per il ruolo di Risk Analyst – Direzione Rischi "
         "(rif. IJP-2026-07) e per il colloquio.", "Risk Analyst – Direzione Rischi"),
        ("gracias por participar en el proceso para la posición de UX Researcher y por la "
         "entrevista con el equipo de Diseño.", "UX Researcher"),
        ("Bodegas Valdecuervo ha decidido no continuar con tu candidatura para el puesto de "
         "Key Account Manager Canal Horeca tras la entrevista con su Director Comercial.",
         "Key Account Manager Canal Horeca"),
        ("agradecemos sua participação no processo de recrutamento interno para a vaga "
         "Especialista em Crédito Rural (código 4471).", "Especialista em Crédito Rural"),
    ],
)  # fmt: skip
def test_a_title_ends_where_the_sentence_goes_on(sentence: str, title: str) -> None:
    """A reference in parentheses, "… y por la entrevista", "… tras la entrevista" and
    the process ("recrutamento interno") are not part of the job's name."""
    assert rk.read_rejection(eml(f"Hola,\n\n{sentence}\n")).get("position") == title


def test_a_reason_that_names_the_gdpr_is_no_legal_footer() -> None:
    """Small print needs two marks ("personal data", "GDPR"), or one with no reason."""
    letter = (
        "Caro Davide,\n\nti comunichiamo che la scelta è ricaduta su un altro collega. La "
        "commissione ha ritenuto che fosse necessaria una conoscenza più approfondita del "
        "GDPR.\n\nI tuoi dati personali sono trattati ai sensi del GDPR.\n"
    )
    assert rk.read_rejection(eml(letter)).get("feedback") == (
        "La commissione ha ritenuto che fosse necessaria una conoscenza più approfondita del "
        "GDPR.",
    )


def test_an_also_among_the_first_words_adds_to_the_reason_and_a_decision_is_none() -> None:
    letter = (
        "Hi Kwame,\n\nIn the end we offered the position to the other candidate. They were "
        "looking for someone who has owned a migration to .NET 8. They also mentioned that "
        "they would have liked more depth on message queues. We also wish you well.\n"
    )
    assert rk.read_rejection(eml(letter)).get("feedback") == (
        "They were looking for someone who has owned a migration to .NET 8.",
        "They also mentioned that they would have liked more depth on message queues.",
    )


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Bitte bewirb dich gern wieder, wenn die nächste Stelle ausgeschrieben wird.", None),
        ("Ich würde mich freuen, wenn Sie sich in etwa einem Jahr erneut bei uns bewerben.", 12),
        ("Nos encantaría que volvieras a presentarte dentro de tres meses.", 3),
        ("Tra circa sei mesi apriremo una posizione: se ti va, candidati di nuovo.", 6),
        ("Ik zou het leuk vinden als je over een half jaar opnieuw solliciteert.", 6),
        ("We'd welcome an application from you for future roles.", None),
        ("Bewerben Sie sich gerne erneut, sobald Sie mehr Erfahrung gesammelt haben.", None),
        ("Me han pedido que te anime a presentarte de nuevo cuando abran vacantes.", None),
        ("Ti incoraggio a ricandidarti al prossimo job posting, tra circa un anno.", 12),
        ("Esperamos ver sua inscrição nos próximos processos internos de liderança.", None),
    ],
)
def test_invitations_to_apply_again_in_their_usual_words(
    sentence: str, months: int | None
) -> None:
    reading = rk.read_rejection(eml(f"Hallo,\n\n{sentence}\n"))
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == months


def test_the_name_is_written_as_the_person_signs_it() -> None:
    """A header's "Colombo Marta" or "Restrepo Velez" is the signature's "Marta Colombo",
    "Restrepo Vélez"; a shared mailbox's signature ("Equipo de Talento") is no one."""
    letter = (
        "Cara Valentina,\n\nla scelta è ricaduta su un altro collega.\n\nUn saluto,\n"
        "Marta Colombo\n"
    )
    sender = "Colombo Marta <marta.colombo@creditolariano.example>"
    assert rk.read_rejection(eml(letter, sender=sender)).get("sender.name") == "Marta Colombo"
    accents = "Hola,\n\ngracias.\n\nUn saludo,\nPaula Restrepo Vélez\n"
    sender = "Paula Restrepo Velez <paula@andina.example>"
    assert rk.read_rejection(eml(accents, sender=sender)).get("sender.name") == (
        "Paula Restrepo Vélez"
    )
    shared = (
        "Hola Javier:\n\nhemos decidido continuar con otros candidatos.\n\nUn saludo,\n\n"
        "Equipo de Talento\n"
    )
    reading = rk.read_rejection(eml(shared, sender="Grupo Alcazaba <alcazaba@myworkday.example>"))
    assert reading.get("sender.name") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Leider hat sich der Kunde gegen ein Vorstellungsgespräch entschieden.",
        "We hebben besloten om je niet uit te nodigen voor een kennismakingsgesprek.",
        "Abbiamo valutato il suo CV con attenzione, ma non procederemo con un colloquio.",
        "Por el momento, no vamos a avanzar con ella a la fase de entrevistas.",
        "O cliente decidiu não seguir com sua candidatura para a etapa de entrevistas.",
    ],
)
def test_an_interview_named_to_say_there_was_none_is_no_interview(sentence: str) -> None:
    reading = rk.read_rejection(eml(f"Hallo,\n\n{sentence}\n"))
    assert reading.get("stage") == "application"
    met = rk.read_rejection(eml(f"Hallo,\n\ndanke für das Fachgespräch.\n\n{sentence}\n"))
    assert met.get("stage") == "interview"


def test_a_system_sending_on_a_companys_behalf_is_no_agency() -> None:
    letter = (
        "Hi Maya,\n\nThank you for applying for the Night Manager role. We have decided to "
        "move forward with other candidates.\n\nBest regards,\nJo Park\nTalent Acquisition\n"
        "Holloway Hotels\n\nThis message was sent via SmartRecruiters on behalf of Holloway "
        "Hotels. Replies to this address are not monitored.\n"
    )
    reading = rk.read_rejection(
        eml(letter, sender="Holloway Hotels <no-reply@smartrecruiters.com>")
    )
    assert reading.get("agency") is None
    assert reading.get("company") == "Holloway Hotels"
    agency = letter.replace(
        "This message was sent via SmartRecruiters on behalf of", "I write on behalf of"
    )
    assert rk.read_rejection(eml(agency)).get("agency") is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous ne manquerons pas de vous recontacter si un poste venait à se libérer.",
        "Conservaremos su currículum en nuestra base de datos para futuros procesos de selección.",
        "Seu currículo continuará em nosso banco de talentos para futuras oportunidades.",
    ],
)
def test_a_promise_to_get_in_touch_is_no_invitation(sentence: str) -> None:
    assert rk.read_rejection(eml(f"Bonjour,\n\n{sentence}\n")).get("reapply_invited") is False


@pytest.mark.parametrize(
    "sentence",
    [
        "Hemos decidido seguir con otros perfiles que se ajustan más a los requisitos del puesto.",
        "Optamos por seguir com pessoas candidatas com perfis mais alinhados aos requisitos.",
        "We have chosen candidates whose experience more closely matches the requirements.",
    ],
)
def test_a_profile_that_fits_the_requirements_better_is_no_reason(sentence: str) -> None:
    assert rk.read_rejection(eml(f"Hola,\n\n{sentence}\n")).get("feedback") is None


def test_a_senior_title_keeps_its_abbreviation_and_a_person_is_no_company() -> None:
    """ "Sr." does not end a title; "Moreau, Hélène" in the From is a person written
    family name first, never the hiring company."""
    letter = (
        "Hola Javier:\n\nGracias por presentar tu candidatura a la posición Analista de "
        "Datos Sr. - Remoto. Hemos decidido continuar con otros candidatos.\n"
    )
    reading = rk.read_rejection(eml(letter, sender='"Moreau, Hélène" <h.moreau@iroise.example>'))
    assert reading.get("position") == "Analista de Datos Sr. - Remoto"
    assert reading.get("company") != "Moreau, Hélène"
    assert reading.get("sender.name") == "Hélène Moreau"


def test_a_forward_written_as_a_reply_is_read_for_the_message_it_forwards() -> None:
    """ "RV:"/"TR:" with Outlook's "-----Mensaje original-----": the rejection is the
    original, not the friend's note above it."""
    letter = (
        "Diego, te reenvío lo que me ha contestado Irene. Lo siento mucho.\n\nUn abrazo,\n"
        "Marta\n\n-----Mensaje original-----\nDe: Irene Ruiz <irene.ruiz@vortice.example>\n"
        "Enviado el: lunes, 9 de marzo de 2026 12:05\nAsunto: Referido: Diego Fuentes\n\n"
        "Hola Marta:\n\nHemos decidido no avanzar con él. Buscamos a alguien con experiencia "
        "lanzando un título free-to-play en móvil.\n\nIrene Ruiz\nPeople Partner\n"
    )
    reading = rk.read_rejection(
        eml(letter, subject="RV: Referido: Diego Fuentes", sender="Marta <marta@vortice.example>")
    )
    assert reading.get("sender.name") == "Irene Ruiz"
    assert reading.get("feedback") == (
        "Buscamos a alguien con experiencia lanzando un título free-to-play en móvil.",
    )


def test_a_moreover_after_a_sentences_first_words_adds_to_the_reason() -> None:
    letter = (
        "Ciao,\n\nAlla fine abbiamo scelto una persona che ha già gestito un prodotto di "
        "pagamenti, un aspetto per noi decisivo. Nel case study, inoltre, avremmo voluto "
        "vedere più dati. Ti auguriamo il meglio.\n"
    )
    assert rk.read_rejection(eml(letter)).get("feedback") == (
        "Alla fine abbiamo scelto una persona che ha già gestito un prodotto di pagamenti, un "
        "aspetto per noi decisivo.",
        "Nel case study, inoltre, avremmo voluto vedere più dati.",
    )


def test_an_invitation_to_apply_again_is_no_reason() -> None:
    letter = (
        "Hallo,\n\nUns fehlte Erfahrung mit Spring Boot. Wir würden uns freuen, wenn Sie sich "
        "in etwa einem Jahr erneut bei uns bewerben.\n"
    )
    reading = rk.read_rejection(eml(letter))
    assert reading.get("feedback") == ("Uns fehlte Erfahrung mit Spring Boot.",)
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == 12


def test_a_title_at_a_company_is_the_title_and_the_company() -> None:
    letter = LETTER.replace(
        "Talent Acquisition Partner\nNorthwind Analytics\n",
        "Talent Partner @ Northwind Analytics\n",
    )
    reading = rk.read_rejection(eml(letter, subject="Your application"))
    assert reading.get("sender.title") == "Talent Partner"
    assert reading.get("company") == "Northwind Analytics"


@pytest.mark.parametrize(
    ("letter", "reasons"),
    [
        (
            "Bonjour Maya,\n\nMerci pour votre candidature. Nous recherchons un profil ayant "
            "une expérience de la construction navale. Il a également souligné que la maîtrise "
            "de CATIA V5 est indispensable pour ce poste.\n\nCordialement,\nAnne Martin\n",
            2,
        ),
        (
            "Hoi Maya,\n\nDe belangrijkste reden is dat we iemand zoeken die al ervaring heeft "
            "met de MDR. Daarnaast vonden we je roadmap sterk op visie, maar miste er een "
            "concrete vertaling naar meetbare doelen.\n\nGroet,\nFemke de Vries\n",
            2,
        ),
        (
            "Hola Maya,\n\nBuscábamos a alguien con experiencia directa con SPEI. También te "
            "deseamos mucho éxito en tu búsqueda.\n\nSaludos,\nLucía Ferrer\n",
            1,
        ),
    ],
)
def test_a_sentence_that_adds_to_a_reason_is_one_whatever_kind_word_it_holds(
    letter: str, reasons: int
) -> None:
    """ "Il a également souligné que … est indispensable" and "Daarnaast … sterk, maar
    miste …" add a reason though they hold a kind word; a wish after a reason does not."""
    feedback = rk.read_rejection(eml(letter)).get("feedback")
    assert len(feedback) == reasons, feedback


def test_a_profile_closer_to_the_requirements_is_no_reason_in_portuguese() -> None:
    letter = (
        "Olá Maya,\n\nAgradecemos sua participação. No entanto, neste momento optamos por "
        "seguir com outras pessoas candidatas cujo perfil está mais aderente aos requisitos "
        "da vaga.\n\nAtenciosamente,\nEquipe de Recrutamento\n"
    )
    assert not rk.read_rejection(eml(letter)).get("feedback")


def test_a_cv_kept_on_file_in_italian_is_no_invitation() -> None:
    letter = (
        "Ciao Marco,\n\nla posizione è stata coperta da un collega. Il tuo profilo resterà "
        "nella nostra banca dati per 12 mesi e potrà essere preso in considerazione per "
        "future opportunità.\n\nUn cordiale saluto,\nTalent Acquisition\n"
    )
    reading = rk.read_rejection(eml(letter))
    assert reading.get("reapply_invited") is False
    assert reading.get("reapply_after_months") is None


def test_another_opening_suggested_is_no_feedback_and_a_legal_line_no_sender() -> None:
    letter = (
        "Estimada Paula:\n\nHemos decidido no continuar con tu candidatura. Te recomendamos "
        "echar un vistazo a la vacante de Técnico/a de Suscripción Junior, que sigue abierta "
        "en nuestro portal de empleo.\n\nUn cordial saludo,\nEquipo de Talento\n\n"
        "Meridiano Seguros y Reaseguros, S.A. · Inscrita en el Registro Mercantil de Madrid\n"
    )
    reading = rk.read_rejection(
        eml(letter, sender="Grupo Meridiano <meridiano@myworkday.example>")
    )
    assert not reading.get("feedback")
    assert reading.get("sender.name") is None


_PASTED = (
    "From: Lucía Ferrer <lucia.ferrer@hotelesmar.example>\n"
    "Subject: Su candidatura al puesto de Analista de Datos\n"
    "{extra}Date: Tue, 24 Nov 2026 10:00:00 +0100\n\n"
    "Estimada Maya:\n\nGracias por participar en nuestro proceso de selección para el "
    "puesto de Analista de Datos. Hemos decidido continuar con otra persona.\n\n"
    "Un saludo,\nLucía Ferrer\nResponsable de Selección, Hoteles Mar\n"
)


@pytest.mark.parametrize(
    "source",
    [
        _PASTED.format(extra=""),  # text pasted with its headers
        _PASTED.format(extra="").encode(),
        # The header names Latin-1, but pasted text is already characters.
        _PASTED.format(extra="Content-Type: text/plain; charset=iso-8859-1\n"),
        _PASTED.format(extra="Content-Type: text/plain; charset=iso-8859-1\n").encode("latin-1"),
    ],
)
def test_accented_text_reads_the_same_pasted_or_as_bytes(source: str | bytes) -> None:
    """Pasted text with headers used to lose its accents ("Selecci\ufffdn"), and with them
    the department before the company's name."""
    reading = rk.read_rejection(source)
    assert reading.get("company") == "Hoteles Mar"
    assert reading.locale == "es"


@pytest.mark.parametrize(("language", "locale"), [("pt", "pt_BR"), ("de", "de"), (None, None)])
def test_the_locale_to_reply_in_is_a_shipped_one(language: str | None, locale: str | None) -> None:
    from rejection_kit.intake import Reading

    assert Reading(fields={}, language=language).locale == locale
