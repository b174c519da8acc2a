"""Spanish, native-grade: titles, names without contractions, usted/tú/ustedes, frames."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile
from tests.composition.situations import SITUATIONS

import rejection_kit as rk
from rejection_kit.channels import sms_segments
from rejection_kit.language._phrases import phrase

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "src" / "rejection_kit" / "locales" / "es" / "LC_MESSAGES"
RECIPES = (
    "thank_you",
    "be_a_resource",
    "keep_door_open",
    "full_response",
    "linkedin_connect",
    "stay_on_radar",
    "check_in",
    "feedback_request",
)
# Marks of each address. "su", "le" and third-person verbs are left out of USTED: they
# also speak of a third person ("su nuevo puesto").
USTED = re.compile(r"\busted\b|\b[Ll]e (?:agradezco|agradecería|escribo|ruego|deseo)\b")
TU = re.compile(r"\b(?:tú|te|tu|tus|ti|contigo)\b")
CONTRACTION_MISSED = re.compile(r"\b(?:de|a) el\b")


def _spanish(
    sample_data: dict[str, Any],
    *,
    company: str = "Mercadona",
    team: str | None = "Políticas de Vivienda",
    role: str = "Analista de Datos Sénior",
    **contact: Any,
) -> dict[str, Any]:
    """The sample as a Spanish user types it: company, team, role, topics, plan and
    offers in Spanish; every contact given ``contact``'s fields."""
    data = copy.deepcopy(sample_data)
    data["company"] = {"name": company}
    data["position"] = {"title": role, **({"team": team} if team else {})}
    data["candidate"]["plan"] = "terminar la certificación de AWS"
    data["rejection"].pop("feedback", None)
    topics = {
        "Priya Raman": ["sobre la migración de los cuadros de mando a dbt"],
        "Daniel Okafor": ["el trabajo del equipo de datos con ventas"],
        "Lena Park": ["las pruebas de los modelos SQL antes de producción"],
        "Joe": ["la cafetera de la oficina"],
    }
    for c in data["contacts"]:
        c["topics"] = topics.get(c["name"], [])
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update({k: v for k, v in contact.items() if v is not None})
    data["offers"] = [
        {
            "kind": "resource",
            "for": "Priya Raman",
            "topic": "el paso a dbt",
            "title": "el informe de métricas que preparé en Contoso",
            "url": "https://example.com/metricas",
        },
        {
            "kind": "introduction",
            "for": "Priya Raman",
            "person": "Luis Gómez",
            "about": "dirigió una migración parecida en Contoso",
        },
    ]
    return data


def _variants(situation: rk.Situation, recipe: str, to: str | None) -> list[rk.Message]:
    try:
        return list(rk.every_variant(situation, recipe=recipe, to=to, locale="es"))
    except rk.CompositionError:
        return []  # the recipe has nothing to say to this contact


def _every_message(situation: rk.Situation, *names: str | None) -> Iterator[rk.Message]:
    for recipe in RECIPES:
        for to in names:
            yield from _variants(situation, recipe, to)


def _first_line(situation: rk.Situation, to: str | None, **kwargs: Any) -> str:
    message = rk.compose(situation, recipe="thank_you", to=to, locale="es", **kwargs)
    return message.text.split("\n")[0]


def _contact(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "role": "hiring_manager", **fields}


def _one_contact(minimal_data: dict[str, Any], **contact: Any) -> rk.Situation:
    data = copy.deepcopy(minimal_data)
    data["contacts"] = [_contact(**contact)]
    data["interviews"] = [{"date": "2026-11-10", "kind": "onsite", "with": [contact["name"]]}]
    data["rejection"] = {"date": "2026-11-20", "via": "email", "by": contact["name"]}
    return rk.Situation.from_dict(data)


# --- salutations ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        ({"name": "Ana Molina", "gender": "female", "honorific": "dr"}, "Estimada Dra. Molina:"),
        ({"name": "Pablo Ortega", "gender": "male", "honorific": "dr"}, "Estimado Dr. Ortega:"),
        (
            {"name": "Ana Molina", "gender": "female", "honorific": "prof"},
            "Estimada profesora Molina:",
        ),
        ({"name": "Pablo Ortega", "honorific": "dr"}, "Buenos días, Pablo Ortega:"),
    ],
)
def test_titles_from_the_honorific_field(
    minimal_data: dict[str, Any], contact: dict[str, Any], expected: str
) -> None:
    """Dr./Dra. and profesor/profesora agree with a known gender; unknown: the full name."""
    situation = _one_contact(minimal_data, **contact)
    assert _first_line(situation, contact["name"]) == expected


@pytest.mark.parametrize(
    ("name", "gender", "expected"),
    [
        ("Prof. Dr. Henning Lorenz", "male", "Estimado profesor Lorenz:"),
        ("Dr. Katrin Albrecht", "female", "Estimada Dra. Albrecht:"),
        ("Dra. Ana Molina", None, "Estimada Dra. Molina:"),
        ("Prof. Maria Santos", None, "Buenos días, Prof. Maria Santos:"),
        # Given name and two family names: never the mother's name ("Sr. Treviño"); a
        # double given name looks the same, and "Sra. José García" would be worse. Without
        # family_name, three words or more are greeted in full after the title.
        ("Rodrigo Esquivel Treviño", "male", "Estimado Sr. Rodrigo Esquivel Treviño:"),
        ("Dra. María José García", None, "Estimada Dra. María José García:"),
        ("Juan Carlos Pérez García", "male", "Estimado Sr. Juan Carlos Pérez García:"),
        ("Roberto Villarreal", "male", "Estimado Sr. Villarreal:"),
    ],
)
def test_titles_from_the_name(
    minimal_data: dict[str, Any], name: str, gender: str | None, expected: str
) -> None:
    """A title typed in the name is used, never kept twice, and never guesses a gender."""
    fields = {"gender": gender} if gender else {}
    situation = _one_contact(minimal_data, name=name, **fields)
    assert _first_line(situation, name) == expected


def test_double_surname_keeps_the_first_one(minimal_data: dict[str, Any]) -> None:
    """With family_name set, Luis García Herrera is "Sr. García", never "Sr. Herrera"."""
    situation = _one_contact(
        minimal_data, name="Luis García Herrera", gender="male", family_name="García"
    )
    assert _first_line(situation, "Luis García Herrera") == "Estimado Sr. García:"


def test_portuguese_keeps_the_last_family_name(minimal_data: dict[str, Any]) -> None:
    """Brazil uses the last family name alone: "Prezado Sr. Santos,"."""
    situation = _one_contact(minimal_data, name="João Silva Santos", gender="male")
    message = rk.compose(situation, recipe="thank_you", to="João Silva Santos", locale="pt_BR")
    assert message.text.split("\n")[0] == "Prezado Sr. Santos,"


def test_the_salutation_ends_with_a_colon_and_the_body_starts_with_a_capital(
    sample_data: dict[str, Any],
) -> None:
    """The salutation "Estimada Sra. Raman:" ends with a colon; the body starts capitalised."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    text = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="es").text
    assert text.startswith("Estimada Sra. Raman:\n\n")
    assert text.split("\n\n")[1][:1].isupper()


# --- register: usted, tú and ustedes -----------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "greeting", "address"),
    [
        ({"gender": "female"}, "Estimada Sra. Raman:", "formal"),
        ({"gender": "female", "address": "informal"}, "Hola, Priya:", "informal"),
        ({}, "Buenos días, Priya Raman:", "formal"),
    ],
)
def test_register_is_kept_per_person_across_email_and_linkedin(
    sample_data: dict[str, Any], contact: dict[str, Any], greeting: str, address: str
) -> None:
    """One person gets the same register and salutation by e-mail and on LinkedIn."""
    situation = rk.Situation.from_dict(_spanish(sample_data, **contact))
    email = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="es")
    note = rk.compose(
        situation,
        recipe="linkedin_connect",
        to="Priya Raman",
        locale="es",
        channel="linkedin_note",
    )
    for message in (email, note):
        assert message.address == address
        assert message.text.split("\n")[0] == greeting
    forbidden = TU if address == "formal" else USTED
    assert forbidden.search(note.text) is None, note.text


def test_team_message_speaks_to_the_team_as_ustedes(minimal_data: dict[str, Any]) -> None:
    """With no contact, every variant greets the selection team and says ustedes throughout."""
    data = copy.deepcopy(minimal_data)
    data["interviews"] = [{"date": "2026-11-05", "kind": "onsite"}]
    data["rejection"] = {"date": "2026-11-12", "via": "email", "stage": "interview"}
    situation = rk.Situation.from_dict(data)
    messages = list(_every_message(situation, None))
    assert len(messages) > 40
    for message in messages:
        assert message.address == "team"
        assert (
            message.text.split("\n")[0] == "Estimado equipo de selección de Northwind Analytics:"
        )
        assert USTED.search(message.text) is None, message.text
        assert TU.search(message.text) is None, message.text
    texts = "\n".join(m.text for m in messages)
    assert "Les agradecería que me tuvieran en cuenta si surge otra vacante" in texts
    assert "Si pudieran compartir conmigo algún comentario sobre mis entrevistas" in texts


def test_team_message_after_an_application_asks_them_to_keep_me_in_mind(
    minimal_data: dict[str, Any],
) -> None:
    """The plural request reads "Les agradecería que me tuvieran presente …"."""
    situation = rk.Situation.from_dict(minimal_data)
    texts = [m.text for m in _variants(situation, "keep_door_open", None)]
    assert any(
        "Les agradecería que me tuvieran presente para futuros puestos acordes con mi perfil." in t
        for t in texts
    )


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_spanish_values_keep_one_register_in_every_variant(
    sample_data: dict[str, Any], address: str
) -> None:
    """With Spanish topics and offers, usted and tú never mix in any phrasing."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female", address=address))
    forbidden = TU if address == "formal" else USTED
    count = 0
    for message in _every_message(situation, "Priya Raman", "Lena Park", "Sam Ortiz"):
        count += 1
        assert forbidden.search(message.text) is None, message.text
    assert count > 100


# --- names, companies and teams at the seams ----------------------------------------------


def test_company_names_take_no_article_or_contraction(sample_data: dict[str, Any]) -> None:
    """A company name keeps its article, as the RAE writes it: "de El Corte Inglés"."""
    situation = rk.Situation.from_dict(
        _spanish(sample_data, company="El Corte Inglés", team=None, gender="female")
    )
    texts = [m.text for m in _every_message(situation, "Priya Raman", "Daniel Okafor")]
    joined = "\n".join(texts)
    assert "de El Corte Inglés" in joined
    assert "en El Corte Inglés" in joined
    assert re.search(r"\b(?:del|al) Corte Inglés", joined) is None


def test_topics_and_titles_starting_with_el_need_no_contraction(
    sample_data: dict[str, Any],
) -> None:
    """A topic or title typed with "el" never follows "de" or "a" ("de el paso a dbt")."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    texts = [m.text for m in _every_message(situation, "Priya Raman", "Daniel Okafor")]
    assert any("el informe de métricas que preparé en Contoso" in t for t in texts)
    for text in texts:
        assert CONTRACTION_MISSED.search(text) is None, text


@pytest.mark.parametrize("team", ["Housing Policy", "Finanzas", "Políticas de Vivienda"])
def test_team_names_are_written_as_el_equipo_de(sample_data: dict[str, Any], team: str) -> None:
    """Any team name, multi-word or Spanish, reads "el equipo de …" and is never glued."""
    situation = rk.Situation.from_dict(_spanish(sample_data, team=team, gender="female"))
    texts = [m.text for m in _variants(situation, "thank_you", "Priya Raman")]
    assert any(
        f"Mis mejores deseos de éxito para usted y el equipo de {team}." in t for t in texts
    )
    assert any(
        f"Seguiré con mucho interés los próximos pasos del equipo de {team}." in t for t in texts
    )
    for text in texts:
        assert f"{team}-" not in text
        assert f"equipo {team}" not in text


# --- frames and fillers -------------------------------------------------------------------


def test_interview_frames_read_right_with_every_filler(sample_data: dict[str, Any]) -> None:
    """Each interview frame ("Gracias por …", "Le agradezco mucho …") reads right with
    each filler."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    sentences = {
        part.text
        for m in _variants(situation, "thank_you", "Lena Park")
        for part in m.parts
        if part.variant.startswith("gratitude.interview.")
    }
    expected = {
        "Le agradezco mucho la conversación que mantuvimos el 10 de noviembre.",
        "Gracias por el tiempo que me dedicó en las entrevistas para el puesto de"
        " Analista de Datos Sénior.",
        "Le agradezco sinceramente sus preguntas en las entrevistas, que me hicieron reflexionar.",
        "Quería agradecerle la oportunidad de hablar con usted sobre el puesto de"
        " Analista de Datos Sénior.",
        "Muchas gracias por su tiempo y su franqueza al hablar del trabajo en Mercadona.",
        "Gracias por la entrevista.",
    }
    assert expected <= sentences
    for sentence in sentences:
        assert not re.search(r"\bpor por\b|\bpara para\b|\bla la\b|\bel el\b", sentence)


def test_well_wish_frames_read_right_with_every_filler(sample_data: dict[str, Any]) -> None:
    """Every wish takes its filler after "para": no clitic to agree, no "todo … todo"."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    sentences = {
        part.text
        for m in _variants(situation, "thank_you", "Priya Raman")
        for part in m.parts
        if part.variant.startswith("well_wishes.team.")
    }
    assert (
        "Mis mejores deseos para usted y el resto del equipo de Políticas de Vivienda en los"
        " próximos meses." in sentences
    )
    assert "Mis mejores deseos de éxito para todo el equipo de Políticas de Vivienda." in sentences
    for sentence in sentences:
        assert not re.search(r"Todo lo mejor para todo|\ben \w+ \w+ en los próximos", sentence)
        assert not re.search(r"\b(?:Le|Les|Te) deseo\b", sentence), sentence


def test_a_kindness_typed_as_an_infinitive_is_thanked_as_an_act(
    sample_data: dict[str, Any],
) -> None:
    """A kindness typed as "buscarme una sala tranquila" is thanked, never called a chat."""
    data = _spanish(sample_data)
    data["contacts"].append(
        {
            "name": "Carmen Ruiz",
            "role": "coordinator",
            "gender": "female",
            "kindnesses": ["buscarme una sala tranquila antes de la entrevista final"],
        }
    )
    situation = rk.Situation.from_dict(data)
    texts = [m.text for m in _variants(situation, "thank_you", "Carmen Ruiz")]
    assert any(
        "Muchísimas gracias por buscarme una sala tranquila antes de la entrevista final." in t
        for t in texts
    )
    assert any(
        "Gracias por buscarme una sala tranquila antes de la entrevista final; ese detalle me"
        " hizo sentir muy a gusto." in t
        for t in texts
    )
    assert not any(
        "conversación sobre buscarme" in t or "charla sobre buscarme" in t for t in texts
    )


def test_typed_phrases_are_addressed_to_the_person() -> None:
    """Lead-ins go, "ella" becomes "usted" with usted, and a tú note never gets "usted"."""
    assert phrase("sobre la migración a dbt", locale="es").text == "la migración a dbt"
    made = phrase("cómo ella montó las pruebas", locale="es", address="formal")
    assert made.text == "cómo usted montó las pruebas"
    made = phrase("cómo ella montó las pruebas", locale="es", address="informal")
    assert made.text == "cómo ella montó las pruebas"
    assert phrase("su llamada después de la segunda ronda", locale="es").kind == "act"
    assert phrase("la cafetera de la oficina", locale="es").kind == "topic"


def test_reapply_months_and_plan_read_as_one_sentence(sample_data: dict[str, Any]) -> None:
    """The months and the plan (an infinitive) join the reapply frames as one sentence."""
    data = _spanish(sample_data, gender="female")
    data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    texts = [
        m.text for m in _variants(rk.Situation.from_dict(data), "keep_door_open", "Priya Raman")
    ]
    assert any(
        "Gracias por animarme a volver a presentar mi candidatura: tengo previsto hacerlo dentro"
        " de unos seis meses, después de terminar la certificación de AWS." in t
        for t in texts
    )
    assert any(
        "lo haré dentro de unos seis meses, tras terminar la certificación de AWS." in t
        for t in texts
    )
    data["rejection"]["reapply_after_months"] = 1
    texts = [
        m.text for m in _variants(rk.Situation.from_dict(data), "keep_door_open", "Priya Raman")
    ]
    assert any("dentro de un mes, más o menos" in t for t in texts)
    assert not any("1 meses" in t for t in texts)


def test_introductions_say_presentarle_a(sample_data: dict[str, Any]) -> None:
    """An introduction is "le presento a …" / "presentarle a …", never "hacer de enlace"."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    texts = [m.text for m in _variants(situation, "be_a_resource", "Priya Raman")]
    assert any(
        "Si le resulta útil, con mucho gusto le presento a Luis Gómez: dirigió una migración"
        " parecida en Contoso." in t
        for t in texts
    )
    assert not any("enlace" in t for t in texts)


# --- wording that reviewers flagged ---------------------------------------------------------


def _catalog_strings() -> Iterator[tuple[str, str]]:
    for name in ("messages.po", "messages_informal.po", "messages_team.po"):
        with (CATALOGS / name).open("rb") as fh:
            catalog = pofile.read_po(fh, locale="es")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for string in strings:
                yield name, str(string)


def test_no_year_end_wishes_or_sports_calques_in_any_catalog() -> None:
    """No seasonal wishes ("fin de año", "el nuevo trimestre": sent in any month), no "animo
    al equipo"."""
    forbidden = re.compile(
        r"año que viene|próximo año|fin de año|final del año|Navidad|[Ff]eliz|anim[oa] al equipo"
        r"|trimestre|\baño\b|temporada|vacaciones|verano"
        r"|hacer de enlace|\b[Oo]s\b|vosotr|vuestr"
    )
    for name, string in _catalog_strings():
        assert forbidden.search(string) is None, (name, string)


def test_registers_do_not_leak_between_catalogs() -> None:
    """The tú catalog has no usted; the usted catalog no tú; the team catalog no singular."""
    singular = re.compile(r"\b[Ll]e (?:agradezco|agradecería|ruego|deseo|escribo)\b|\bdisponga\b")
    for name, string in _catalog_strings():
        if name == "messages_informal.po":
            assert USTED.search(string) is None, string
        elif name == "messages.po":
            assert TU.search(string) is None, string
        else:
            assert TU.search(string) is None, string
            assert singular.search(string) is None, string


def test_the_body_never_signs_off_before_the_closing(sample_data: dict[str, Any]) -> None:
    """No closing formula inside the body: one sign-off, on its own line, before the name."""
    closings = re.compile(
        r"(?:^|[.;:] )(?:Un (?:cordial |afectuoso )?saludo|Un saludo afectuoso|Saludos cordiales"
        r"|Atentamente|Un abrazo)\b",
        re.MULTILINE,
    )
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    for message in _every_message(situation, "Priya Raman", "Joe"):
        paragraphs = message.text.split("\n\n")
        body = "\n\n".join(paragraphs[1:-1])
        assert closings.search(body) is None, message.text


def test_subjects_name_the_position_not_a_job_title(sample_data: dict[str, Any]) -> None:
    """Subjects say "el puesto de …", so the role never reads as the candidate's own title."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    subjects = {
        recipe: rk.compose(situation, recipe=recipe, to="Priya Raman", locale="es").subject
        for recipe in ("thank_you", "keep_door_open", "stay_on_radar")
    }
    assert subjects == {
        "thank_you": "Gracias — entrevista para el puesto de Analista de Datos Sénior",
        "keep_door_open": "Gracias y seguimos en contacto — puesto de Analista de Datos Sénior",
        "stay_on_radar": "Seguimiento sobre el puesto de Analista de Datos Sénior — Maya Chen",
    }


def test_plan_labels_read_naturally(minimal_data: dict[str, Any]) -> None:
    """Plan labels: "Plan de seguimiento: puesto de …", "… para el equipo de selección de …"."""
    data = copy.deepcopy(minimal_data)
    data["interviews"] = [{"date": "2026-11-05", "kind": "onsite"}]
    data["rejection"] = {
        "date": "2026-11-24",
        "via": "email",
        "stage": "interview",
        "reapply_invited": True,
    }
    plan = rk.plan_follow_ups(rk.Situation.from_dict(data), locale="es")
    assert plan.title == "Plan de seguimiento: puesto de Data Analyst en Northwind Analytics"
    labels = [step.label for step in plan.steps]
    assert "Respuesta breve para el equipo de selección de Northwind Analytics" in labels
    assert (
        "Recordatorio: vuelva a presentar su candidatura en Northwind Analytics, como le"
        " propusieron" in labels
    )
    assert not any(re.search(r"\ba el\b", label) for label in labels)


def test_linkedin_notes_fit_200_characters(sample_data: dict[str, Any]) -> None:
    """Every Spanish LinkedIn note, salutation and signature included, fits 200 characters."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female"))
    for to in ("Priya Raman", "Daniel Okafor", "Sam Ortiz", "Lena Park"):
        message = rk.compose(situation, recipe="linkedin_connect", to=to, locale="es")
        assert len(message.text) <= 200, message.text


# --- round 2: new groups, relations and seams ---------------------------------------------


def _situation(name: str, **changes: Any) -> rk.Situation:
    data = copy.deepcopy(SITUATIONS[name][0])
    data.update(changes)
    return rk.Situation.from_dict(data)


def _parts(messages: list[rk.Message], prefix: str) -> set[str]:
    return {p.text for m in messages for p in m.parts if p.variant.startswith(prefix)}


def test_gender_neutral_titles_greet_with_the_full_name() -> None:
    """Without a gender, "Dear Dr. Santos" cannot be "Dr./Dra. Santos": the full name is used,
    never the bare family name ("Buenos días, Santos:")."""
    for name, string in _catalog_strings():
        if string.endswith(":") and "%(full)s" in string:
            assert "%(name)s" not in string
            assert not re.search(r"Dra?\.|[Pp]rofesora?\b|Estimad", string), (name, string)
    for catalog in ("messages.po", "messages_informal.po", "messages_team.po"):
        with (CATALOGS / catalog).open("rb") as fh:
            messages = pofile.read_po(fh, locale="es")
        for msgid in ("Dear Dr. %(name)s,", "Dear Professor %(name)s,"):
            assert "%(full)s" in str(messages.get(msgid).string), (catalog, msgid)


@pytest.mark.parametrize(
    ("address", "check_in", "radar"),
    [
        (
            "formal",
            "Retomar el contacto con Priya Raman si hay novedades",
            "Mensaje a Priya Raman para que me tenga en cuenta",
        ),
        (
            "informal",
            "Retomar el contacto con Priya Raman si hay novedades",
            "Mensaje a Priya Raman para que me tenga en cuenta",
        ),
    ],
)
def test_plan_labels_speak_in_the_plans_register_and_name_channels_in_spanish(
    sample: rk.Situation, address: str, check_in: str, radar: str
) -> None:
    """An informal plan says "retoma el contacto" and "te tenga presente" (never usted), a
    formal one "retome"; channels read "correo electrónico", "invitación de LinkedIn"."""
    plan = rk.plan_follow_ups(
        sample, locale="es", address=address, channel_prefs={"radar": "linkedin_message"}
    )
    labels = [step.label for step in plan.steps]
    assert check_in in labels
    assert radar in labels
    if address == "informal":
        assert not any(
            USTED.search(label) or re.search(r"\b(?:tiene|retome)\b", label) for label in labels
        )
    else:
        assert not any(TU.search(label) for label in labels)
    text = plan.to_text()
    for channel in ("correo electrónico", "mensaje de LinkedIn"):
        assert f"({channel})" in text
    assert not re.search(r"\((?:email|linkedin_note|linkedin_message|sms|card)\)", text)


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            "formal",
            {
                "Le ruego que transmita también mi agradecimiento al resto de las personas que"
                " me entrevistaron; fue un placer conocerlas a todas.",
                "Le agradecería que diera también las gracias de mi parte al resto del equipo"
                " entrevistador.",
                "Mi agradecimiento también a todas las demás personas que conocí durante las"
                " entrevistas.",
            },
        ),
        (
            "informal",
            {
                "Transmite también mi agradecimiento al resto de las personas que me"
                " entrevistaron, por favor; fue un placer conocerlas a todas.",
                "Te agradecería que dieras también las gracias de mi parte al resto del equipo"
                " entrevistador.",
                "Mi agradecimiento también a todas las demás personas que conocí durante las"
                " entrevistas.",
            },
        ),
    ],
)
def test_a_large_panel_is_thanked_together(address: str, expected: set[str]) -> None:
    """Past four other interviewers the manager is asked to thank "las personas que me
    entrevistaron" (never a gendered "entrevistadores"), with no roll call of names."""
    data = copy.deepcopy(SITUATIONS["many_contacts"][0])
    for contact in data["contacts"]:
        contact["address"] = address
    situation = rk.Situation.from_dict(data)
    messages = list(
        rk.every_variant(situation, recipe="full_response", to="Alex Kim", locale="es")
    )
    assert _parts(messages, "pass_thanks.") == expected


def test_an_agency_recruiter_is_thanked_for_passing_on_the_client_s_news() -> None:
    """To the agency: thanks for the news and the help, feedback "that the client passed
    on"; the decision is never called theirs ("su decisión", "su elección")."""
    situation = _situation("agency_recruiter")
    messages = [
        m
        for recipe in ("thank_you", "feedback_request", "full_response")
        for m in rk.every_variant(situation, recipe=recipe, to="Tom Reed", locale="es")
    ]
    gratitude = _parts(messages, "gratitude.")
    assert "Gracias por contarme cómo terminó el proceso con Helix Robotics." in gratitude
    assert "Gracias por comunicarme con tanta rapidez la decisión de Helix Robotics." in gratitude
    asks = _parts(messages, "feedback_request.")
    assert all(p.startswith(("Si ", "Cualquier comentario")) for p in asks), asks
    assert any("el cliente" in p for p in asks)
    for message in messages:
        assert not re.search(r"\b(?:su|tu) (?:decisión|elección)\b", message.text), message.text


def test_an_internal_candidate_writes_to_colleagues_as_a_colleague() -> None:
    """An internal candidate's notes end with a colleague's wish ("hablamos pronto", "el
    próximo proyecto"), with no sign-off in the body and nothing that agrees with a gender."""
    situation = _situation("internal_candidate")
    for to in ("Miriam Kessler", "Tobias Wendt", "Aylin Demir"):
        messages = list(rk.every_variant(situation, recipe="thank_you", to=to, locale="es"))
        wishes = {
            (p.variant, p.text) for m in messages for p in m.parts if p.block == "well_wishes"
        }
        assert wishes
        for variant, text in wishes:
            assert variant.startswith("well_wishes.colleague."), (to, variant)
            assert not re.search(r"\b(?:juntos|juntas|Un abrazo|Un saludo)\b", text), text
    short = rk.compose(situation, recipe="thank_you", to="Aylin Demir", locale="es", channel="sms")
    assert "Gracias por darme ánimos." in short.text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_spanish_text_messages_fit_two_segments_uncut(
    sample_data: dict[str, Any], address: str
) -> None:
    """Accents put Spanish in UCS-2 (67 characters a segment): every thank-you SMS, every
    phrasing, fits two segments with whole sentences, and the short ones fit one."""
    situation = rk.Situation.from_dict(_spanish(sample_data, gender="female", address=address))
    count = 0
    for to in ("Priya Raman", "Daniel Okafor", "Sam Ortiz", "Lena Park", "Joe"):
        for message in rk.every_variant(
            situation, recipe="thank_you", to=to, locale="es", channel="sms"
        ):
            count += 1
            assert sms_segments(message.text) <= 2, message.text
            assert all(part.text[1:] in message.text for part in message.parts)
            assert message.text.endswith("\nMaya Chen")
        default = rk.compose(situation, recipe="thank_you", to=to, locale="es", channel="sms")
        assert sms_segments(default.text) <= 2, default.text
    assert count > 10


@pytest.mark.parametrize(
    ("name", "to", "role"),
    [
        ("sample", "Priya Raman", "Senior Data Analyst"),
        ("agency_recruiter", "Tom Reed", "Embedded Software Engineer"),
        ("team_only", None, "BI Developer"),
        ("ats_rejection", None, "Merchandise Planner"),
    ],
)
def test_a_check_in_without_news_names_the_role_and_asks_nothing(
    sample_data: dict[str, Any], name: str, to: str | None, role: str
) -> None:
    """A hello months later says which role it is about (or the company) and asks nothing.
    Two of the agency's English hellos name neither ("I hope all is well with you and the
    team."), so those are only checked for asking nothing."""
    situation = rk.Situation.from_dict(sample_data) if name == "sample" else _situation(name)
    messages = list(rk.every_variant(situation, recipe="check_in", to=to, locale="es"))
    hellos = {(p.variant, p.text) for m in messages for p in m.parts if p.block == "check_in"}
    assert len(hellos) >= 3
    company = situation.company.name
    for variant, sentence in hellos:
        assert "?" not in sentence
        if variant in ("check_in.hello_agency.1", "check_in.hello_agency.3"):
            continue
        assert f"puesto de {role}" in sentence or company in sentence, sentence


def test_subjects_follow_the_relation() -> None:
    """Referrer, colleague and agency get their own subject; a very long role title gives
    way to the candidate's name."""
    cases = [
        ("referral_and_promise", "Mira Shah", "Gracias por la recomendación — Isabel Ruiz"),
        ("internal_candidate", "Aylin Demir", "Gracias por el apoyo — Jonas Becker"),
        ("agency_recruiter", "Tom Reed", "Gracias — proceso de selección de Helix Robotics"),
        ("long_values", "Paul Weber", "Gracias por la entrevista — Noor Al-Sayed"),
    ]
    for name, to, subject in cases:
        message = rk.compose(_situation(name), recipe="thank_you", to=to, locale="es")
        assert message.subject == subject


@pytest.mark.parametrize(
    ("company", "inside", "opening"),
    [
        ("Universidad de Salamanca", "de la Universidad de Salamanca", "La Universidad de"),
        ("University of Freiburg", "en la University of Freiburg", "La University of"),
        ("Fundación Telefónica", "de la Fundación Telefónica", "La Fundación"),
    ],
)
def test_institutions_named_by_a_noun_take_la(
    sample_data: dict[str, Any], company: str, inside: str, opening: str
) -> None:
    """Institutions named by a noun take "la": "en la Universidad de Salamanca", "La
    Fundación … me sigue interesando"; the article is added once, capitalised at the start
    of a sentence (locales/es/grammar.toml)."""
    situation = rk.Situation.from_dict(_spanish(sample_data, company=company, gender="female"))
    texts = [m.text for m in _every_message(situation, "Priya Raman", "Sam Ortiz")]
    joined = "\n".join(texts)
    assert inside in joined
    assert re.search(rf"(?:^|[.:] ){re.escape(opening)}", joined, re.MULTILINE), joined
    assert not re.search(rf"\b(?:la|La) (?:la|La) {re.escape(company)}", joined)
    assert not re.search(rf"(?:\bde|\ben|\bpor|\ba) {re.escape(company)}", joined)
    plan = rk.plan_follow_ups(situation, locale="es")
    assert plan.title.endswith(f" en la {company}")
