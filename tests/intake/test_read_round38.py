"""Reading a received rejection, round 38: nothing invented from a job ad's details block,
a place after a title, a company's name in a header, a CV kept on file or a final round
the others reached; names with titles, pronouns and two particles; invitations whose
delay stands in the sentence before.

The round ran in five steps (38a–e), each tuned on blind batches read only after one
aggregate measurement (``fresh20`` … ``fresh29``) and measured on the next pair; the
comments below say which. The sentences here are written for these tests.
"""

from __future__ import annotations

import pytest
from tests.intake.conftest import eml

import rejection_kit as rk

_SIGNATURE = "\n\nBest,\nAnna Schmidt\n"


def _read(body: str, **kwargs: object) -> rk.Reading:
    return rk.read_rejection(eml(body, **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "details",
    [
        # A French cue ("requis") and an Italian one ("requisiti") are words of their own,
        # not the start of "Requisition".
        "Job Requisition ID: R-2291\nLocation: Leeds (Hybrid)\nApplied on: 2 March 2026",
        "Requisition: 4471\nTeam: Payments",
        # A details block is a form, whatever its words say.
        "Position: Data Engineer\nRequired skills: Python, dbt\nLocation: Remote",
    ],
)
def test_a_job_ads_details_block_is_no_feedback(details: str) -> None:
    reading = _read(
        "Hi Maya,\n\nThank you for applying for the Data Engineer position.\n\n"
        f"{details}\n\nAfter careful review we will not move forward with your"
        f" application.{_SIGNATURE}"
    )
    assert reading.get("feedback") is None


def test_a_french_cue_still_finds_its_own_word() -> None:
    reason = "Le niveau d'anglais requis pour ce poste n'était pas encore atteint."
    reading = _read(f"Bonjour Maya,\n\nMerci pour votre temps. {reason}\n\nCordialement,\nAnna")
    assert reading.get("feedback") == (reason,)


def test_an_italian_plural_requirement_is_feedback() -> None:
    reason = (
        "Il cliente cerca tre anni di revisione contabile, requisiti che dal Suo CV non"
        " emergono ancora."
    )
    reading = _read(f"Gentile Maya,\n\nGrazie del colloquio. {reason}\n\nCordiali saluti,\nAnna")
    assert reading.get("feedback") == (reason,)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "El cliente ha decidido no continuar contigo en el proceso de Key Account Manager"
            " Hospitalario y seguirá con otros perfiles.",
            "Key Account Manager Hospitalario",
        ),
        (
            "We close your application for the position of Senior Buyer Packaging and"
            " wish you every success.",
            "Senior Buyer Packaging",
        ),
    ],
)
def test_a_title_ends_where_a_new_clause_begins(sentence: str, title: str) -> None:
    """A title in capitals is cut where "and"/"y" goes on in lower case."""
    assert _read(f"Hola Maya:\n\n{sentence}{_SIGNATURE}").get("position") == title


def test_a_title_in_lower_case_keeps_its_and() -> None:
    sentence = "No seguiremos con tu candidatura para el puesto de jefe de ventas y marketing."
    assert _read(f"Hola Maya:\n\n{sentence}{_SIGNATURE}").get("position") == (
        "jefe de ventas y marketing"
    )


def test_a_place_after_the_title_is_not_an_agencys_client() -> None:
    """ "Proceso KAM – Zona Centro": the region is part of the job, not the client."""
    reading = _read(
        "Hola Beatriz:\n\nTe escribo para darte el feedback que te prometí. El cliente ha"
        " decidido no continuar contigo en el proceso de Key Account Manager Hospitalario –"
        " Zona Centro y seguirá con otros dos perfiles.\n\nUn abrazo,\nÁlvaro Medina\n"
        "Consultor Senior\nTalentia Search & Selection\n",
        sender="Álvaro Medina <a.medina@talentia-search.example>",
        subject="Re: Proceso KAM Hospitalario – Zona Centro",
    )
    assert reading.get("position") == "Key Account Manager Hospitalario – Zona Centro"
    assert reading.get("company") is None
    assert reading.get("agency") == "Talentia Search & Selection"


# The invented fields of older tuning splits (fresh6, fresh7, fresh9), each a kind.


@pytest.mark.parametrize(
    "team", ["Ihr Personalteam", "Your Recruiting Team", "Uw Wervingsteam", "Votre Service RH"]
)
def test_a_team_signing_as_one_is_no_sender_name(team: str) -> None:
    reading = _read(
        f"Hello,\n\nWe will not take your application further.\n\nBest regards,\n{team}\n",
        sender="no-reply@jobs.northwind.example",
    )
    assert reading.get("sender.name") is None


def test_a_firm_called_cabinet_is_no_agency() -> None:
    """A French law or accounting firm is a "cabinet"; a recruitment firm says so."""
    reading = _read(
        "Bonjour Julien,\n\nNous ne retiendrons pas votre candidature au poste de juriste"
        " en droit social.\n\nBien cordialement,\nNathalie Roussel\nChargée de recrutement\n"
        "Cabinet Lefort & Associés\n",
        sender="Nathalie Roussel <nathalie.roussel@cabinet-lefort.example>",
    )
    assert reading.get("agency") is None
    assert reading.get("company") == "Cabinet Lefort & Associés"


def test_naming_the_case_study_not_reached_is_no_feedback() -> None:
    reading = _read(
        "Bonjour Maya,\n\nNous avons décidé de ne pas poursuivre le processus avec vous :"
        " nous ne vous proposerons donc pas l'étude de cas finale.\n\nCordialement,\nAnna"
    )
    assert reading.get("feedback") is None


# Tuned on fresh20 and fresh21 after they were measured.


@pytest.mark.parametrize(
    ("question", "invitation", "months"),
    [
        (
            "Heb je over een jaar meer ervaring opgedaan met TypeScript?",
            "Dan zien we je sollicitatie graag opnieuw tegemoet.",
            12,
        ),
        (
            "Have you led a team of your own in six months' time?",
            "Then we would love to see you apply again.",
            6,
        ),
    ],
)
def test_a_question_that_sets_the_invitations_condition(
    question: str, invitation: str, months: int
) -> None:
    """The question before an invitation is its condition: not feedback, and its delay is
    the invitation's."""
    reason = "We zoeken iemand met vijf jaar ervaring, en die zien we nog niet in je cv."
    reading = _read(f"Hi Maya,\n\n{reason}\n\n{question} {invitation}{_SIGNATURE}")
    assert reading.get("feedback") == (reason,)
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == months


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "Gracias por tu candidatura al puesto de Técnico/a de Calidad el pasado 12 de mayo.",
            "Técnico/a de Calidad",
        ),
        (
            "Não seguiremos com você para a vaga de Desenvolvedor(a) Back-end depois da"
            " entrevista técnica.",
            "Desenvolvedor(a) Back-end",
        ),
    ],
)
def test_a_title_ends_before_when(sentence: str, title: str) -> None:
    assert _read(f"Hola Maya:\n\n{sentence}{_SIGNATURE}").get("position") == title


def test_an_agent_offering_another_vacancy_gives_no_feedback() -> None:
    reason = "El cliente busca a alguien con cartera activa en farmacias."
    reading = _read(
        f"Hola Maya:\n\n{reason} Por otro lado, tengo una vacante de Gerente Regional de"
        f" Ventas con otro cliente del sector salud que podría interesarte.{_SIGNATURE}"
    )
    assert reading.get("feedback") == (reason,)


# Tuned on fresh22 and fresh23 after their one measurement.


def test_an_ats_display_name_that_the_mail_signs_as_a_company_is_no_person() -> None:
    reading = _read(
        "Dear Alex,\n\nWe have decided not to move forward with your application.\n\n"
        "Best regards,\nHalcyon Biotherapeutics Talent Acquisition\n",
        sender="Halcyon Biotherapeutics <halcyon@myworkday.example>",
    )
    assert reading.get("sender.name") is None


def test_a_person_with_hr_in_her_title_keeps_her_name() -> None:
    reading = _read(
        "Hi Maya,\n\nWe will not take your application further.\n\nBest,\n"
        "Maria Silva, HR Business Partner\n",
        sender="Maria Silva <maria.silva@northwind.example>",
    )
    assert reading.get("sender.name") == "Maria Silva"


@pytest.mark.parametrize("pronouns", ["(she/her)", "(they/them)", "(he/him/his)"])
def test_pronouns_after_the_name_keep_the_signature(pronouns: str) -> None:
    reading = _read(
        "Hi Jordan,\n\nUnfortunately the team decided not to move you forward.\n\nMarisol\n\n"
        f"Marisol Díaz {pronouns}\n\nSenior Recruiter – Go-to-Market\n\nCobalt Peak Software\n",
        sender="Marisol Díaz <marisol.diaz@cobaltpeak.example>",
    )
    assert reading.get("sender.title") == "Senior Recruiter – Go-to-Market"
    assert reading.get("agency") is None


def test_a_bracket_cut_at_its_dash_is_no_company() -> None:
    """ "(Remote – US)" cut at its dash leaves "US)", which no company is called."""
    from collections import Counter

    from rejection_kit.intake._extract import _merge

    assert _merge(Counter({"US)": 4, "Cobalt Peak": 2}), None) == [("Cobalt Peak", 2)]


def test_an_agency_that_never_names_its_client() -> None:
    """A Mexican consultant: "Lic." before the name, "el cliente valoró", and "no
    avanzarás a la terna final" is no place among the finalists."""
    reading = _read(
        "Hola, Daniel:\n\nTuve la llamada con el cliente y, lamentablemente, no avanzarás a"
        " la terna final para la posición de Gerente de Asuntos Regulatorios.\n\nEl cliente"
        " valoró mucho tu conocimiento técnico.\n\nSaludos cordiales,\n\n"
        "Lic. Rodrigo Esquivel Treviño\nConsultor Senior – Life Sciences\n"
        "Cuadrante Consultores en Talento, S.C.\n",
        sender="Rodrigo Esquivel Treviño <resquivel@cuadrante.example>",
    )
    assert reading.get("agency") == "Cuadrante Consultores en Talento, S.C."
    assert reading.get("company") is None
    assert reading.get("sender.title") == "Consultor Senior – Life Sciences"
    assert reading.get("finalist") is False
    assert reading.get("stage") != "final"


def test_prioritising_other_candidates_is_feedback() -> None:
    reason = "The team is prioritizing candidates with direct ownership of SaaS renewals."
    assert _read(f"Hi Jordan,\n\n{reason}{_SIGNATURE}").get("feedback") == (reason,)


def test_suggesting_another_opening_does_not_change_the_position() -> None:
    reading = _read(
        "Hi Jordan,\n\nThanks for applying for the Customer Success Manager role. We will not"
        " move you forward. That said, I think you'd be a strong fit for our Onboarding"
        f" Specialist opening.{_SIGNATURE}"
    )
    assert reading.get("position") == "Customer Success Manager"


@pytest.mark.parametrize(
    "reason",
    [
        "Uns ist aber aufgefallen, dass du bisher kaum Erfahrung mit Führung sammeln konntest.",
        "La commissione ha scelto un collega che ha già gestito una filiale per due anni.",
        "Sin embargo, considera que tu experiencia se ha limitado a dispositivos médicos.",
        "La partie sur les reprises sur erreur est restée un peu superficielle.",
    ],
)
def test_more_ways_of_giving_a_reason(reason: str) -> None:
    assert _read(f"Hallo Maya,\n\nDanke für das Gespräch. {reason}{_SIGNATURE}").get(
        "feedback"
    ) == (reason,)


@pytest.mark.parametrize(
    "praise",
    [
        "Ihre Präsentation zur Liquiditätsplanung kam dagegen ausgesprochen gut an.",
        "Vale dizer que a sua apresentação do case foi muito elogiada pelo Sérgio.",
    ],
)
def test_praise_of_a_presentation_after_a_reason_is_no_feedback(praise: str) -> None:
    reason = "Den Ausschlag hat gegeben, dass Ihnen Erfahrung mit SAP S/4HANA fehlt."
    reading = _read(f"Hallo Maya,\n\n{reason} {praise}{_SIGNATURE}")
    assert reading.get("feedback") == (reason,)


def test_a_choice_without_a_reason_is_no_feedback() -> None:
    reading = _read(
        "Ciao Maya,\n\nPurtroppo devo comunicarti che per la posizione di BIM Specialist"
        f" abbiamo scelto un'altra candidata.{_SIGNATURE}"
    )
    assert reading.get("feedback") is None


def test_considerations_announced_before_a_list_are_feedback() -> None:
    points = (
        "In het tweede gesprek bleef je voorbeeld over de reorganisatie vrij algemeen.",
        "Je ervaring met roosteren in Nedap ONS is beperkt.",
    )
    reading = _read(
        "Hoi Maya,\n\nIk geef je onze belangrijkste overwegingen mee:\n\n"
        + "\n".join(f"- {p}" for p in points)
        + _SIGNATURE
    )
    assert reading.get("feedback") == points


def test_a_heading_on_its_own_line_is_not_part_of_the_point() -> None:
    point = "Recomendamos aprofundar seus conhecimentos em mídia paga (Google Ads)."
    reading = _read(f"Olá Maya,\n\nPontos de desenvolvimento:\n{point}{_SIGNATURE}")
    assert reading.get("feedback") == (point,)


# Tuned on fresh24 and fresh25 after their one measurement.


def test_a_reply_to_in_the_companys_name_is_no_person() -> None:
    reading = _read(
        "Bonjour Léa,\n\nNous ne donnerons pas suite à votre candidature.\n\nBelle continuation,"
        "\n\nL'équipe Talents\nOctave Énergie\n\nOctave Énergie SAS – 45 quai Rambaud, Lyon\n",
        sender="Octave Énergie <no-reply@teamtailor-mail.example>",
        headers={"Reply-To": "Octave Énergie <reply+8f3c@inbound.teamtailor-mail.example>"},
    )
    assert reading.get("sender.name") is None
    assert reading.get("can_reply") is True


def test_a_cv_kept_for_future_openings_is_no_invitation() -> None:
    reading = _read(
        "Hola Rodrigo:\n\nHemos decidido avanzar con otros candidatos. Tu información quedará"
        " registrada en nuestra base de datos y podrá ser considerada para futuras"
        f" oportunidades.{_SIGNATURE}"
    )
    assert reading.get("reapply_invited") is False


@pytest.mark.parametrize(
    ("header", "signed", "expected"),
    [
        ("Chiara Benedetti", "Dott.ssa Chiara Benedetti", "Dott.ssa Chiara Benedetti"),
        ("Longo Federica", "Dott.ssa Federica Longo", "Dott.ssa Federica Longo"),
        ("Dr. Anja Köhler", "Anja Köhler", "Dr. Anja Köhler"),
        (
            "Rodrigo Esquivel Treviño",
            "Lic. Rodrigo Esquivel Treviño",
            "Lic. Rodrigo Esquivel Treviño",
        ),
    ],
)
def test_the_name_keeps_the_title_either_side_gives(
    header: str, signed: str, expected: str
) -> None:
    reading = _read(
        "Gentile Maya,\n\nnon proseguiremo con la Sua candidatura.\n\nCordiali saluti,\n"
        f"{signed}\n",
        sender=f"{header} <persona@northwind.example>",
    )
    assert reading.get("sender.name") == expected


@pytest.mark.parametrize(
    ("name", "full", "gender"),
    [
        ("Lic. Rodrigo Esquivel", "Rodrigo Esquivel", None),
        ("Mtra. Daniela Ocampo", "Daniela Ocampo", "female"),
        ("Mtro. Luis Ibarra", "Luis Ibarra", "male"),
    ],
)
def test_mexican_titles_are_no_part_of_the_name(name: str, full: str, gender: str | None) -> None:
    from rejection_kit.model._names import parse_name

    parsed = parse_name(name)
    assert (parsed.full, parsed.gender) == (full, gender)


@pytest.mark.parametrize(
    ("before", "invitation", "months"),
    [
        ("Over een half jaar breiden we het team opnieuw uit.", "Solliciteer dan gerust!", 6),
        ("In a year we will open a second site.", "Do apply again then.", 12),
    ],
)
def test_an_invitation_that_points_back_takes_the_delay_before_it(
    before: str, invitation: str, months: int
) -> None:
    reading = _read(f"Hi Maya,\n\nWe chose another candidate. {before} {invitation}{_SIGNATURE}")
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == months


def test_a_delay_before_an_invitation_that_does_not_point_back_is_not_its_delay() -> None:
    reading = _read(
        "Hi Maya,\n\nWe keep your data for 12 months. Feel free to apply again for future"
        f" roles.{_SIGNATURE}"
    )
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Si dentro de un año sigues interesado, preséntate de nuevo.",
        "Ti incoraggiamo a partecipare di nuovo ai job posting il prossimo anno.",
    ],
)
def test_more_invitations_to_apply_again(sentence: str) -> None:
    reading = _read(f"Hola Maya:\n\nHemos elegido a otra persona. {sentence}{_SIGNATURE}")
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == 12


def test_two_candidates_left_in_dutch_make_a_finalist_and_the_title_ends() -> None:
    reading = _read(
        "Hoi Maya,\n\nUiteindelijk bleven er twee kandidaten over, jij en nog iemand, en we"
        " hebben voor de functie van Projectingenieur Staalbouw voor de andere kandidaat"
        f" gekozen.{_SIGNATURE}"
    )
    assert reading.get("finalist") is True
    assert reading.get("position") == "Projectingenieur Staalbouw"


@pytest.mark.parametrize(
    "advice",
    [
        "Mein Tipp für künftige Gespräche: Belegen Sie Ihre Führungserfahrung mit Zahlen.",
        "Si me permites un consejo, en la entrevista te centraste poco en las personas.",
        "Nossa sugestão é aprofundar em Jetpack Compose.",
        "Ik zou je aanraden om je verder te verdiepen in incrementality-testen.",
    ],
)
def test_advice_on_its_own_is_feedback(advice: str) -> None:
    assert _read(f"Hallo Maya,\n\nDanke für Ihre Zeit. {advice}{_SIGNATURE}").get("feedback") == (
        advice,
    )


# Tuned on fresh26 and fresh27 after their one measurement.


def test_the_others_reaching_the_final_is_no_final_for_the_candidate() -> None:
    reading = _read(
        "Hola Maya:\n\nEl cliente ha decidido avanzar a la terna final con otros tres perfiles,"
        f" y tú no estás entre ellos.{_SIGNATURE}"
    )
    assert reading.get("finalist") is False
    assert reading.get("stage") != "final"


def test_reaching_the_final_together_with_others_is_a_final() -> None:
    reading = _read(
        "Hola Maya:\n\nLlegaste a la terna final junto con otros dos candidatos y fue una"
        f" decisión muy cerrada.{_SIGNATURE}"
    )
    assert reading.get("finalist") is True


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("Você poderá se candidatar novamente às nossas vagas após 90 dias.", 3),
        ("Se tra un anno avrà voglia di riprovarci, sarò felice di rivederla.", 12),
        (
            "We plan a second SRE role in roughly six months and I'd really like you to apply"
            " for it.",
            6,
        ),
    ],
)
def test_more_invitations_and_delays(sentence: str, months: int) -> None:
    reading = _read(f"Hi Maya,\n\nWe chose another candidate. {sentence}{_SIGNATURE}")
    assert reading.get("reapply_invited") is True
    assert reading.get("reapply_after_months") == months


@pytest.mark.parametrize(
    ("signed", "expected"),
    [
        ("Thijs van den Berg", "Thijs van den Berg"),
        ("dr. ir. Joost Hendriks", "dr. ir. Joost Hendriks"),
    ],
)
def test_dutch_names_with_two_particles_or_two_titles_sign(signed: str, expected: str) -> None:
    reading = _read(
        f"Hoi Maya,\n\nWe gaan niet verder met je sollicitatie.\n\nMet vriendelijke groet,\n"
        f"{signed}\nSenior Recruitment Consultant\n",
        sender="werving@vandermeer.example",
    )
    assert reading.get("sender.name") == expected
    assert reading.get("sender.title") == "Senior Recruitment Consultant"


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Ihr People-Team der Nordlicht Energiesysteme GmbH", "Nordlicht Energiesysteme GmbH"),
        ("L'équipe Talent d'Oréane", "Oréane"),
    ],
)
def test_the_team_that_signs_is_no_part_of_the_company(line: str, company: str) -> None:
    from collections import Counter

    from rejection_kit.intake._extract import _merge

    assert _merge(Counter({line: 3}), None) == [(company, 3)]


@pytest.mark.parametrize(
    "reason",
    [
        "The honest reason is Kubernetes depth.",
        "Where the other candidate edged ahead was stakeholder management.",
        "Mein persönlicher Rat: Stellen Sie Ihre Refinanzierung stärker in den Vordergrund.",
        "Votre expérience de SAFe a été jugée encore un peu juste pour le poste.",
        "Hemos valorado mucho que la persona seleccionada ya ha abierto una tienda.",
    ],
)
def test_more_reasons_in_plain_words(reason: str) -> None:
    assert _read(f"Hi Maya,\n\nThanks for your time. {reason}{_SIGNATURE}").get("feedback") == (
        reason,
    )


def test_an_agency_coming_back_if_a_mission_turns_up_gives_no_feedback() -> None:
    reason = "Notre client attendait une expérience plus solide de la certification IFS Food."
    reading = _read(
        f"Bonjour Maya,\n\n{reason} Je ne manquerai pas de revenir vers vous si une mission"
        " correspondant à votre profil se présente chez l'un de nos clients.\n\nCordialement,"
        "\nAnna"
    )
    assert reading.get("feedback") == (reason,)


# Tuned on fresh28 and fresh29 after their one measurement.


@pytest.mark.parametrize(
    "sentence",
    [
        "Te tendremos en cuenta para futuras oportunidades: mantendremos tu candidatura en"
        " nuestra base de datos.",
        "La invitiamo inoltre a consultare le altre posizioni aperte nella sezione Lavora con"
        " noi.",
    ],
)
def test_a_cv_kept_or_open_positions_are_no_invitation(sentence: str) -> None:
    reading = _read(f"Hola Maya:\n\nHemos elegido a otra persona. {sentence}{_SIGNATURE}")
    assert reading.get("reapply_invited") is False


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been through your application and I'm afraid we won't be taking it forward to"
        " interview this time.",
        "Toch moet ik u meedelen dat we uw kandidatuur niet weerhouden voor een gesprek.",
    ],
)
def test_an_interview_denied_is_none(sentence: str) -> None:
    assert _read(f"Hi Maya,\n\n{sentence}{_SIGNATURE}").get("stage") == "application"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hoogeveen Accountants heeft besloten je niet uit te nodigen voor een tweede gesprek.",
        "Nous ne te proposerons donc pas l'entretien final avec Camille.",
        # Dutch "nu pas" (only now) is no French "pas".
        "Je ervaring met AFAS kwam nu pas in het gesprek naar boven.",
    ],
)
def test_a_later_round_denied_means_an_interview_was_held(sentence: str) -> None:
    assert _read(f"Hoi Maya,\n\n{sentence}{_SIGNATURE}").get("stage") == "interview"


def test_a_comma_in_brackets_does_not_end_the_denying_clause() -> None:
    reading = _read(
        "Hi Maya,\n\nI'm sorry to say that we won't be taking your application for the Senior"
        " Data Engineer (Hybrid, Manchester) role through to the final stage. The technical"
        f" interview was a long afternoon.{_SIGNATURE}"
    )
    assert reading.get("stage") == "interview"


def test_a_german_ordinal_date_ends_no_sentence() -> None:
    from rejection_kit.intake._text import sentences

    assert sentences("Wir hatten am 12. März ein Gespräch. Danke dafür.") == [
        "Wir hatten am 12. März ein Gespräch.",
        "Danke dafür.",
    ]
    assert sentences("Das waren 12. Alle anderen kamen später.") == [
        "Das waren 12.",
        "Alle anderen kamen später.",
    ]
