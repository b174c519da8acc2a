"""Spanish: letter conventions, usted/tú consistency, Babel formatting and the tone pack."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile

import rejection_kit as rk
from rejection_kit.tone import Rule, builtin_rules, validate_rule
from rejection_kit.tone._builtin import pack

ROOT = Path(__file__).resolve().parents[2]
RECIPES = (
    "thank_you",
    "be_a_resource",
    "keep_door_open",
    "full_response",
    "linkedin_connect",
    "stay_on_radar",
    "check_in",
    "feedback_request",
    "ghosted_closure",
)
CATALOGS = ROOT / "src" / "rejection_kit" / "locales" / "es" / "LC_MESSAGES"
TOPICS = {
    "Priya Raman": ["la migración de los cuadros de mando a dbt"],
    "Daniel Okafor": ["cómo se gana el equipo de datos la confianza de ventas"],
    "Lena Park": ["las pruebas de los modelos SQL antes de producción"],
    "Joe": ["la cafetera de la oficina"],
}
# Marks of each address, kept apart from the tone pack's own lists on purpose.
TU = re.compile(
    r"\b(?:tú|te|tu|tus|contigo|tuyas?|tuyos?)\b|\b(?:a|para) ti\b"
    r"|\b\w+aste\b|\b(?:compartiste|elegiste|dijiste|hiciste|diste|recibiste)\b"
    r"|\b(?:puedes|pudieras|tienes|tengas|pienses)\b"
)
USTED = re.compile(
    r"\busted\b|\b(?:le|se lo) (?:agradezco|agradecería|escribo|ruego)\b"
    r"|\b(?:reciba|cuídese|salude|disponga)\b"
)
VOSOTROS = re.compile(r"\b(?:os|vosotr[oa]s|vuestr[oa]s?|habéis|tenéis|sois)\b", re.IGNORECASE)
# Words that would agree with the candidate's (unknown) gender.
GENDERED_WRITER = re.compile(
    r"\b(?:agradecid|encantad|decepcionad|interesad|content|orgullos|ilusionad|dispuest"
    r"|convencid|bienvenid)[oa]s?\b",
    re.IGNORECASE,
)


def _situation(sample_data: dict[str, Any], **contact: Any) -> rk.Situation:
    data = copy.deepcopy(sample_data)
    for c in data["contacts"]:
        c["topics"] = TOPICS.get(c["name"], c.get("topics", []))
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update(contact)
    data["offers"][0].update(
        topic="la migración a dbt", title="la lista de comprobación que usé en Contoso"
    )
    data["offers"][1].update(about="dirigió una migración parecida en Contoso")
    data["offers"][2].update(topic="las reuniones con ventas", title="una charla sobre métricas")
    return rk.Situation.from_dict(data)


def _first_line(situation: rk.Situation, to: str | None, **kwargs: Any) -> str:
    return rk.compose(situation, recipe="thank_you", to=to, locale="es", **kwargs).text.split(
        "\n"
    )[0]


def _compose_all(situation: rk.Situation, recipe: str) -> list[rk.Message]:
    try:
        return rk.compose_all(situation, recipe=recipe, locale="es")
    except rk.CompositionError:  # e.g. no feedback to ask for: the feedback was given
        return []


def _every_message(situation: rk.Situation) -> Iterator[rk.Message]:
    for recipe in RECIPES:
        targets = [c.name for c in situation.contacts] or [None]
        for to in targets:
            try:
                yield from rk.every_variant(situation, recipe=recipe, to=to, locale="es")
            except rk.CompositionError:  # the recipe has nothing to say to this contact
                continue


@pytest.mark.parametrize(
    ("contact", "to", "expected"),
    [
        ({"gender": "female"}, "Priya Raman", "Estimada Sra. Raman:"),
        ({"gender": "male"}, "Sam Ortiz", "Estimado Sr. Ortiz:"),
        ({}, "Sam Ortiz", "Buenos días, Sam Ortiz:"),
        ({"gender": "female", "honorific": "dr"}, "Priya Raman", "Estimada Dra. Raman:"),
        ({"gender": "male", "honorific": "dr"}, "Daniel Okafor", "Estimado Dr. Okafor:"),
        ({"gender": "male", "honorific": "prof"}, "Daniel Okafor", "Estimado profesor Okafor:"),
        ({"gender": "female", "address": "informal"}, "Priya Raman", "Hola, Priya:"),
    ],
)
def test_salutations(
    sample_data: dict[str, Any], contact: dict[str, Any], to: str, expected: str
) -> None:
    """Salutations agree with a known gender, stay neutral without one and end with a colon."""
    address = {"address": "formal"} | contact
    assert _first_line(_situation(sample_data, **address), to) == expected


def test_unknown_gender_with_a_title_never_guesses(sample_data: dict[str, Any]) -> None:
    """With Dr. and no gender the salutation has no gendered title (no Dr./Dra. guess)."""
    situation = _situation(sample_data, honorific="dr", address="formal")
    line = _first_line(situation, "Lena Park")
    assert line.endswith(":")
    assert not re.search(r"\b(?:Dr|Dra|Estimad[oa])\b", line)


def test_team_salutation_without_contacts(minimal_data: dict[str, Any]) -> None:
    """With no contact the letter greets the company's selection team, with a colon."""
    situation = rk.Situation.from_dict(minimal_data)
    assert _first_line(situation, None) == "Estimado equipo de selección de Northwind Analytics:"


def test_every_salutation_ends_with_a_colon_and_the_body_starts_capitalised(
    sample_data: dict[str, Any],
) -> None:
    """Each salutation ends with a colon, then a blank line and a capitalised body."""
    for address in ("formal", "informal"):
        for gender in ("female", "male", None):
            situation = _situation(sample_data, address=address, gender=gender)
            for recipe in RECIPES:
                for message in _compose_all(situation, recipe):
                    greeting, _, rest = message.text.partition("\n")
                    assert greeting.endswith(":"), greeting
                    assert not greeting.endswith(",:")
                    body = rest.lstrip("\n")
                    assert body[:1].isupper(), message.text


def test_every_salutation_in_the_catalogs_ends_with_a_colon() -> None:
    """Every salutation msgstr in both registers ends with a colon, never a comma."""
    for name in ("messages.po", "messages_informal.po"):
        with (CATALOGS / name).open("rb") as fh:
            catalog = pofile.read_po(fh, locale="es")
        greetings = [
            m for m in catalog if isinstance(m.id, str) and m.id.startswith(("Dear", "Hi "))
        ]
        assert len(greetings) == 14
        assert all(str(m.string).endswith(":") for m in greetings)


@pytest.mark.parametrize(
    ("tone", "closing"),
    [
        ("formal", "Atentamente,"),
        ("neutral", "Un cordial saludo,"),
        ("warm", "Saludos cordiales,"),
    ],
)
def test_closings(sample_data: dict[str, Any], tone: str, closing: str) -> None:
    """The formal profile closes with "Atentamente," and the candidate signs on the next line."""
    situation = _situation(sample_data, gender="female", address="formal")
    text = rk.compose(situation, recipe="thank_you", locale="es", tone=tone).text
    assert text.endswith(f"\n\n{closing}\nMaya Chen")


def test_front_desk_note_is_informal_and_light(sample_data: dict[str, Any]) -> None:
    """The note to the receptionist uses tú, "Hola, Joe:" and closes with "Un abrazo,"."""
    situation = _situation(sample_data)
    message = rk.compose(situation, recipe="thank_you", to="Joe", locale="es")
    assert message.address == "informal"
    assert message.text.startswith("Hola, Joe:\n\n")
    assert message.text.endswith("Un abrazo,\nMaya Chen")
    assert message.subject == "Gracias por la acogida — Maya Chen"


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_address_is_consistent_in_every_variant(sample_data: dict[str, Any], address: str) -> None:
    """Formal messages never use tú and informal ones never use usted, in any variant."""
    situation = _situation(sample_data, address=address, gender="female")
    forbidden = TU if address == "formal" else USTED
    count = 0
    for message in _every_message(situation):
        count += 1
        assert message.address == address
        found = forbidden.search(message.text)
        assert found is None, (found, message.text)
    assert count > 100


def test_no_vosotros_and_no_gendered_words_about_the_writer(sample_data: dict[str, Any]) -> None:
    """Neither register uses vosotros, and nothing agrees with the candidate's gender."""
    for address in ("formal", "informal"):
        situation = _situation(sample_data, address=address)
        for message in _every_message(situation):
            assert VOSOTROS.search(message.text) is None, message.text
            assert GENDERED_WRITER.search(message.text) is None, message.text


@pytest.mark.parametrize("address", ["formal", "informal"])
@pytest.mark.parametrize("gender", ["female", "male", None])
def test_every_recipe_passes_the_spanish_rules(
    sample_data: dict[str, Any], address: str, gender: str | None
) -> None:
    """Every recipe composes for each gender and address with no error from the es rules."""
    situation = _situation(sample_data, address=address, gender=gender)
    for recipe in RECIPES:
        for message in _compose_all(situation, recipe):
            channel = "linkedin_note" if recipe == "linkedin_connect" else "email"
            report = rk.check(message.text, locale="es", recipe=recipe, channel=channel)
            assert not [f for f in report.findings if f.severity == "error"], message.text


def test_dates_come_from_babel_in_spanish(sample_data: dict[str, Any]) -> None:
    """The interview date is Babel's Spanish day and month: "el 10 de noviembre"."""
    situation = _situation(sample_data, address="formal")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Lena Park", locale="es")
    ]
    # The date sits in "la conversación que mantuvimos el …" ("our conversation on …").
    assert any("que mantuvimos el 10 de noviembre." in t for t in texts)


def test_names_are_listed_with_y(sample_data: dict[str, Any]) -> None:
    """The other interviewers are listed by Babel with the Spanish conjunction "y"."""
    situation = _situation(sample_data, address="formal", gender="female")
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="full_response", to="Priya Raman", locale="es")
    ]
    assert any("Lena Park y Daniel Okafor" in t for t in texts)


def test_batch_notes_share_no_sentence(sample_data: dict[str, Any]) -> None:
    """Notes to colleagues in one batch have distinct Spanish sentences."""
    situation = _situation(sample_data, address="formal")
    messages = rk.compose_all(situation, recipe="thank_you", locale="es")
    seen: set[str] = set()
    for message in messages:
        lines = message.text.split("\n\n")[1:-1]
        sentences = {s for line in lines for s in re.split(r"(?<=[.;:])\s+", line) if s}
        assert not sentences & seen
        seen |= sentences


def test_no_english_is_left_in_a_spanish_message(sample_data: dict[str, Any]) -> None:
    """A Spanish message contains none of the English template words."""
    situation = _situation(sample_data, address="formal")
    english = re.compile(r"\b(?:Dear|Thank|regards|interview|role|the|you|your|I'm|I'd)\b")
    for message in rk.compose_all(situation, recipe="full_response", locale="es"):
        assert english.search(message.text) is None, message.text


# --- the Spanish tone pack -------------------------------------------------------------

ES_RULES = pack("es")
ES_EXAMPLES = [(rule, example) for rule in ES_RULES for example in rule.examples]


@pytest.mark.parametrize("rule", ES_RULES, ids=lambda r: r.id)
def test_spanish_rules_validate(rule: Rule) -> None:
    """Each Spanish rule compiles and agrees with its own good and bad examples."""
    validate_rule(rule, language="es")


@pytest.mark.parametrize(
    ("rule", "example"),
    [(r, e) for r, e in ES_EXAMPLES if e.fires],
    ids=[r.id for r, e in ES_EXAMPLES if e.fires],
)
def test_spanish_bad_examples_fire_through_check(rule: Any, example: Any) -> None:
    """Each bad example draws its rule's finding from check(locale="es")."""
    report = rk.check(
        example.text,
        locale="es",
        channel=example.channel,
        recipe=example.recipe,
        tone=example.tone,
        situation=example.situation,
    )
    assert rule.id in {f.rule_id for f in report.findings}


def test_spanish_rules_share_ids_with_english() -> None:
    """The core categories use the English rule ids, so disabling one works across languages."""
    english = {r.id for r in builtin_rules("en")}
    spanish = {r.id for r in ES_RULES}
    core = {
        "bitterness.disputes_decision",
        "bitterness.blames_process",
        "bitterness.disparages_winner",
        "sarcasm.backhanded",
        "desperation.reconsider",
        "desperation.plea",
        "pushiness.demands_explanation",
        "pushiness.compares_with_winner",
        "pushiness.asks_referral",
        "pushiness.follow_up_pressure",
        "apology.count",
        "apology.for_time",
    }
    assert core <= spanish
    assert spanish - english == {"formality.mixed_address"}
    assert {r.id for r in builtin_rules("es")} >= spanish


@pytest.mark.parametrize(
    "text",
    [
        "Aunque la noticia me decepciona, entiendo y respeto su decisión.",
        "Lamento que esta vez no haya salido bien, pero ha sido un placer conocer al equipo.",
        "Le agradecería que me tuviera presente para futuras vacantes.",
        "Si pudiera compartir conmigo alguna valoración sobre mis entrevistas, se lo"
        " agradecería; entiendo perfectamente si no es posible.",
        "Sigo con muchas ganas de formar parte del equipo, así que, si surge otra vacante"
        " —o si con la persona elegida las cosas no salen bien—, espero que piense en mí.",
        "Si la persona que contrataron no termina de encajar, me encantaría incorporarme.",
        "Siento no poder unirme al equipo, pero comprendo la decisión.",
    ],
)
def test_gracious_spanish_is_not_flagged(text: str) -> None:
    """Gracious Spanish lines (disappointment, keep me in mind, the backup line) pass clean."""
    report = rk.check("Gracias por su tiempo. " + text, locale="es")
    assert [f.rule_id for f in report.findings] == []


def test_mixing_usted_and_tu_is_an_error() -> None:
    """A note that switches between usted and tú draws an error on the minority form."""
    text = "Le agradezco mucho su tiempo. Espero que tú y tu equipo tengan un gran año."
    report = rk.check(text, locale="es")
    found = [f for f in report.findings if f.rule_id == "formality.mixed_address"]
    assert found
    assert {f.severity for f in found} == {"error"}
    assert {f.match.lower() for f in found} == {"le agradezco"}
