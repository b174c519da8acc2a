"""Brazilian Portuguese: salutations, one form of address, neutral wording, Babel forms."""

from __future__ import annotations

import re
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language import conventions, resolve_locale, translations
from rejection_kit.recipes import RECIPES
from rejection_kit.tone import Rule, builtin_rules, check, validate_rule
from rejection_kit.tone._builtin import pack
from rejection_kit.tone._pack import example_fires

PORTUGUESE_RULES = pack("pt_br")

# The informal forms a formal message must never use, and the formal ones ("lhe", "o
# senhor") an informal message must never use. "seu/sua" serve both registers.
INFORMAL = re.compile(r"\b(?:vocês?|te|tu|ti|teus?|tuas?|contigo)\b", re.IGNORECASE)
FORMAL = re.compile(r"\b(?:lhes?|senhor(?:a|es|as)?|Vossa Senhoria)\b", re.IGNORECASE)
# Words that would agree with the writer's (unknown) gender: "obrigada", "grato", ...
WRITER_GENDER = re.compile(
    r"\b(?:obrigad[oa]|grat[oa]|decepcionad[oa]|chatead[oa]|orgulhos[oa]|interessad[oa]"
    r"|animad[oa]|honrad[oa]|convencid[oa]|ansios[oa]|agradecid[oa]|satisfeit[oa]"
    r"|triste e decepcionad[oa])\b",
    re.IGNORECASE,
)
PORTUGUESE_TOPICS = {
    "Priya Raman": ["a migração dos dashboards para o dbt"],
    "Daniel Okafor": ["como a equipe de dados conquista a confiança das lideranças de vendas"],
    "Sam Ortiz": [],
    "Lena Park": ["testes de modelos SQL antes de chegarem à produção"],
    "Joe": ["a máquina de espresso do escritório"],
}


def _portuguese(data: dict[str, Any], recipe: str = "", **contact: Any) -> rk.Situation:
    """The sample with Portuguese topics and offers, every contact given ``contact``'s fields.

    Feedback already given leaves nothing to ask for, so ``feedback_request`` gets none.
    For ``ghosted_closure`` the news never came (the recipe now refuses a situation in
    which it did, so the sample's phone call is taken out).
    """
    if recipe == "ghosted_closure":
        data["rejection"] = {"via": "none", "stage": "final"}
    if recipe == "reapply":  # the note that goes with a new application needs an invitation
        data["rejection"].update(reapply_invited=True, reapply_after_months=6)
    for c in data["contacts"]:
        c["topics"] = PORTUGUESE_TOPICS[c["name"]]
        for key in ("gender", "address", "honorific"):
            c.pop(key, None)
        c.update({k: v for k, v in contact.items() if v is not None})
    if recipe != "ghosted_closure":
        data["rejection"]["feedback"] = (
            None
            if recipe == "feedback_request"
            else "Foi apertado; escolheram alguém com mais dbt."
        )
    data["offers"] = [
        {
            "kind": "resource",
            "for": "Priya Raman",
            "topic": "a migração para o dbt",
            "title": "o checklist de migração que usei na Contoso",
            "url": "https://example.com/dbt-checklist",
        },
        {
            "kind": "introduction",
            "for": "Priya Raman",
            "person": "Luis Gomez",
            "about": "ele conduziu uma migração parecida na Contoso",
        },
        {
            "kind": "resource",
            "for": "Daniel Okafor",
            "topic": "o trabalho com lideranças de vendas",
            "title": "uma palestra curta sobre árvores de métricas",
        },
    ]
    return rk.Situation.from_dict(data)


def _body(text: str) -> str:
    """The text after the salutation line."""
    return text.split("\n", 1)[1].lstrip("\n")


@pytest.mark.parametrize(
    ("asked", "served"), [("pt_BR", "pt_BR"), ("pt-BR", "pt_BR"), ("pt", "pt_BR")]
)
def test_portuguese_locales_resolve_to_pt_br(asked: str, served: str) -> None:
    """Brazilian Portuguese, and bare Portuguese, resolve to the pt_BR catalog."""
    assert resolve_locale(asked) == served


def test_conventions_are_three_registers_with_a_capital_after_the_comma() -> None:
    """pt_BR has formal, informal and team (vocês) registers and writes letters formally."""
    conv = conventions("pt_BR")
    # "team" was added deliberately: a message to the whole hiring team says "vocês".
    assert conv.registers == ("formal", "informal", "team")
    assert conv.default_address == "formal"
    assert conv.light_address == conv.note_address == "informal"
    assert not conv.lowercase_after_salutation
    assert "equipe" in conv.common_words


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ({"gender": "female"}, "Prezada Sra. Raman,"),
        ({"gender": "male"}, "Prezado Sr. Raman,"),
        ({}, "Olá, Priya Raman,"),
        ({"gender": "female", "honorific": "dr"}, "Prezada Dra. Raman,"),
        ({"gender": "male", "honorific": "dr"}, "Prezado Dr. Raman,"),
        ({"honorific": "dr"}, "Olá, Priya Raman,"),
        ({"gender": "female", "honorific": "prof"}, "Prezada Professora Raman,"),
        ({"gender": "male", "honorific": "prof"}, "Prezado Professor Raman,"),
        ({"honorific": "prof"}, "Olá, Prof. Priya Raman,"),
        ({"gender": "female", "address": "informal"}, "Olá, Priya,"),
        ({"address": "informal"}, "Olá, Priya,"),
    ],
)
def test_salutation_follows_gender_title_and_address(
    sample_data: dict[str, Any], contact: dict[str, Any], salutation: str
) -> None:
    """The salutation agrees with a known gender, adds the title, and never guesses one."""
    situation = _portuguese(sample_data, **contact)
    message = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="pt_BR")
    assert message.text.splitlines()[0] == salutation


def test_team_salutation_names_the_recruiting_team(sample_data: dict[str, Any]) -> None:
    """With no contact, the letter opens "Prezada equipe de recrutamento da <X>,"."""
    sample_data["contacts"], sample_data["interviews"], sample_data["offers"] = [], [], []
    sample_data["rejection"].pop("by")
    situation = rk.Situation.from_dict(sample_data)
    message = rk.compose(situation, recipe="thank_you", locale="pt_BR")
    # Changed deliberately (stop 41): a name ending in a firm's trade in English
    # ("… Analytics") is "a empresa" and takes "da", as Brazilians write it; the team is
    # written to as "vocês".
    assert message.text.splitlines()[0] == "Prezada equipe de recrutamento da Northwind Analytics,"
    assert message.address == "team"


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_body_starts_with_a_capital_after_the_comma(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """The salutation ends with a comma and the body starts with a capital letter."""
    situation = _portuguese(sample_data, recipe, gender="female", address=address)
    for message in rk.compose_all(situation, recipe=recipe, locale="pt_BR"):
        first_line = message.text.splitlines()[0]
        assert first_line.endswith(","), message.text
        assert _body(message.text)[0].isupper(), message.text


@pytest.mark.parametrize(
    ("tone", "address", "closing"),
    [
        ("formal", "formal", "Atenciosamente,"),
        ("neutral", "formal", "Cordialmente,"),
        # Changed deliberately (stop 41): "Um cordial abraço," is a calque ("un cordial
        # saludo") after "Prezada Sra."; the native read asked for "Cordialmente,".
        ("warm", "formal", "Cordialmente,"),
        ("formal", "informal", "Cordialmente,"),
        ("neutral", "informal", "Abraços,"),
        ("warm", "informal", "Um grande abraço,"),
    ],
)
def test_closing_follows_tone_and_register(
    sample_data: dict[str, Any], tone: str, address: str, closing: str
) -> None:
    """The closing is a Brazilian e-mail formula, the signature on the next line."""
    situation = _portuguese(sample_data, gender="female", address=address)
    message = rk.compose(
        situation, recipe="thank_you", to="Priya Raman", locale="pt_BR", tone=tone
    )
    assert message.text.endswith(f"\n\n{closing}\nMaya Chen")


def test_front_desk_says_voce_and_linkedin_keeps_the_email_register(
    sample_data: dict[str, Any],
) -> None:
    """The front-desk note says você; a LinkedIn note keeps the register of the e-mail."""
    situation = _portuguese(sample_data)
    joe = rk.compose(situation, recipe="thank_you", to="Joe", locale="pt_BR")
    email = rk.compose(situation, recipe="thank_you", to="Lena Park", locale="pt_BR")
    note = rk.compose(situation, recipe="linkedin_connect", to="Lena Park", locale="pt_BR")
    assert joe.address == "informal"
    assert joe.text.startswith("Olá, Joe,\n")
    assert joe.text.endswith("\n\nUm abraço,\nMaya Chen")
    # Changed with the composer: one person keeps one register on every channel, so a
    # LinkedIn note to a contact written to formally is formal too (no more "você").
    assert note.address == email.address == "formal"
    assert note.text.startswith("Olá, Lena Park,\n")


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_variant_keeps_one_address(
    sample_data: dict[str, Any], recipe: str, address: str
) -> None:
    """No formal message says você or te; no informal one says lhe or o senhor."""
    situation = _portuguese(sample_data, recipe, gender="female", address=address)
    contacts = [c.name for c in situation.contacts if RECIPES[recipe].eligible(c, situation)]
    seen = 0
    for name in contacts:
        for message in rk.every_variant(situation, recipe=recipe, to=name, locale="pt_BR"):
            seen += 1
            text = f"{message.subject or ''}\n{message.text}"
            assert message.address == address
            wrong = INFORMAL if address == "formal" else FORMAL
            assert not wrong.search(text), message.text
            assert not WRITER_GENDER.search(text), message.text
    assert seen


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_body_does_not_agree_with_the_recipients_gender(
    sample_data: dict[str, Any], address: str
) -> None:
    """Only the salutation knows the gender: the bodies for Sra. and Sr. are the same."""
    bodies = []
    for gender in ("female", "male", None):
        situation = _portuguese(sample_data, gender=gender, address=address)
        messages = rk.compose_all(situation, recipe="full_response", locale="pt_BR")
        bodies.append([_body(m.text) for m in messages])
    assert bodies[0] == bodies[1] == bodies[2]


@pytest.mark.parametrize("recipe", sorted(RECIPES))
@pytest.mark.parametrize("gender", ["female", "male", None])
@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_recipe_passes_the_portuguese_rules(
    sample_data: dict[str, Any], recipe: str, gender: str | None, address: str
) -> None:
    """Every recipe composes for each gender and address with no error-level finding."""
    situation = _portuguese(sample_data, recipe, gender=gender, address=address)
    for message in rk.compose_all(situation, recipe=recipe, locale="pt_BR"):
        report = rk.check(
            message.text,
            situation=situation,
            locale="pt_BR",
            channel=message.channel,
            recipe=recipe,
            tone=message.tone,
        )
        assert report.ok, [(f.rule_id, f.match) for f in report.findings]


def test_linkedin_note_fits_200_characters(sample_data: dict[str, Any]) -> None:
    """Every Portuguese LinkedIn note, greeting included, stays within 200 characters."""
    for address in ("formal", "informal"):
        situation = _portuguese(sample_data, gender="female", address=address)
        for name in ("Priya Raman", "Sam Ortiz"):
            for message in rk.every_variant(
                situation, recipe="linkedin_connect", to=name, locale="pt_BR"
            ):
                assert len(message.text) <= 200, message.text


def test_dates_come_from_babel_in_portuguese(sample_data: dict[str, Any]) -> None:
    """The interview date is Babel's Portuguese day and month: "10 de novembro"."""
    situation = _portuguese(sample_data)
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Lena Park", locale="pt_BR")
    ]
    # The filler is now "a conversa que tivemos no dia …" (the English "our conversation
    # on …").
    assert any("a conversa que tivemos no dia 10 de novembro." in t for t in texts)


def test_names_are_listed_with_e(sample_data: dict[str, Any]) -> None:
    """Colleagues to thank are listed by Babel with the Portuguese conjunction "e"."""
    situation = _portuguese(sample_data, gender="female")
    texts = [
        m.text
        for m in rk.every_variant(
            situation, recipe="full_response", to="Priya Raman", locale="pt_BR"
        )
    ]
    assert any("a Lena Park e Daniel Okafor" in t for t in texts)


def test_plural_forms_follow_the_count() -> None:
    """One conversation and several read differently (Portuguese plural forms)."""
    pt = translations("pt_BR")
    # The sentence of the old test is gone from the English source; its filler is what
    # varies with the count now.
    one = "our conversation about the %(role)s role"
    many = "our conversations about the %(role)s role"
    assert pt.ngettext(one, many, 1) == "a nossa conversa sobre a vaga de %(role)s"
    assert pt.ngettext(one, many, 3) == "as nossas conversas sobre a vaga de %(role)s"


def test_informal_catalog_says_voce() -> None:
    """The informal catalog says você where the formal one words the sentence impersonally."""
    # The msgid of the old test is gone from the English source (round 2: "the outcome").
    msgid = "Thank you for calling to let me know the outcome for the %(role)s role."
    assert translations("pt_BR").gettext(msgid) == (
        "Agradeço por ter me ligado para comunicar o resultado do processo para a vaga de"
        " %(role)s."
    )
    assert translations("pt_BR", "informal").gettext(msgid) == (
        "Agradeço por você ter me ligado para contar o resultado do processo para a vaga de"
        " %(role)s."
    )


def test_no_english_in_a_portuguese_message(sample_data: dict[str, Any]) -> None:
    """A Portuguese message built from Portuguese facts contains no English words."""
    # Not "for": "se a vaga for reaberta" is Portuguese.
    english = re.compile(r"\b(?:the|and|you|thank|your|with|role|regards|dear|would)\b", re.I)
    for address in ("formal", "informal"):
        situation = _portuguese(sample_data, gender="female", address=address)
        for recipe in ("thank_you", "full_response", "stay_on_radar", "keep_door_open"):
            for message in rk.compose_all(situation, recipe=recipe, locale="pt_BR"):
                text = f"{message.subject or ''}\n{message.text}"
                assert not english.search(text), message.text


PORTUGUESE_EXAMPLES = [(rule, example) for rule in PORTUGUESE_RULES for example in rule.examples]


@pytest.mark.parametrize("rule", PORTUGUESE_RULES, ids=lambda r: r.id)
def test_portuguese_rule_validates(rule: Rule) -> None:
    """Each Portuguese rule compiles and has a good and a bad Portuguese example that behave."""
    validate_rule(rule, language="pt_br")


@pytest.mark.parametrize(
    ("rule", "example"),
    PORTUGUESE_EXAMPLES,
    ids=[
        f"{r.id}:{'bad' if e.fires else 'good'}:{i}"
        for i, (r, e) in enumerate(PORTUGUESE_EXAMPLES)
    ],
)
def test_portuguese_examples_behave_through_check(rule: Rule, example: Any) -> None:
    """A bad example draws its rule's finding from ``check(locale="pt_BR")``, a good one not."""
    assert example_fires(rule, example, language="pt_br") is example.fires
    report = check(
        example.text,
        locale="pt_BR",
        channel=example.channel,
        recipe=example.recipe,
        tone=example.tone,
        situation=example.situation,
    )
    assert (rule.id in {f.rule_id for f in report.findings}) is example.fires


def test_pt_br_runs_its_own_pack() -> None:
    """pt_BR runs the Portuguese pack over the root pack, never the English one."""
    ids = {r.id for r in builtin_rules("pt_BR")}
    assert {r.id for r in PORTUGUESE_RULES} <= ids
    assert "personalization.placeholders" in ids
    assert not check("You'll regret this decision.", locale="pt_BR").findings


def test_portuguese_rules_share_the_english_ids() -> None:
    """Categories that exist in English keep their ids, so one disable() covers both."""
    english = {r.id for r in builtin_rules("en")}
    portuguese = {r.id for r in PORTUGUESE_RULES}
    shared = {
        "bitterness.disputes_decision",
        "bitterness.blames_process",
        "bitterness.disparages_winner",
        "sarcasm.backhanded",
        "threat.consequences",
        "public.complaint",
        "desperation.plea",
        "desperation.reconsider",
        "desperation.self_discounting",
        "desperation.self_undermining",
        "pushiness.demands_explanation",
        "pushiness.questions_decision",
        "pushiness.compares_with_winner",
        "pushiness.asks_referral",
        "pushiness.contact_cadence",
        "pushiness.follow_up_pressure",
        "apology.count",
        "apology.for_time",
        "apology.self_deprecation",
        "apology.over_justifying",
        "emotion.oversharing",
        "emotion.gushing",
        "door_open.missing",
        "linkedin.default_note",
        "formality.slang",
    }
    assert shared <= portuguese & english
    assert "formality.mixed_address" in portuguese


@pytest.mark.parametrize(
    ("text", "match"),
    [
        (
            "Prezada Sra. Raman,\n\nAgradeço ao senhor pela conversa. Espero que você esteja bem.",
            "você",
        ),
        ("Olá, Priya,\n\nAgradeço por você ter ligado. Desejo sucesso a ti e ao time.", "a ti"),
    ],
)
def test_mixing_forms_of_address_is_an_error(text: str, match: str) -> None:
    """ "o senhor" with você, or tu with você, in one message is an error."""
    report = check(text, locale="pt_BR")
    assert not report.ok
    assert [f.match for f in report.findings if f.rule_id == "formality.mixed_address"] == [match]


@pytest.mark.parametrize(
    "line",
    [
        "Confesso que a notícia me decepcionou, mas compreendo a decisão.",
        "Lamento que não tenha dado certo desta vez.",
        "Peço que considere meu nome para futuras vagas.",
        "Caso seja possível compartilhar algum feedback, eu agradeceria muito; compreendo"
        " perfeitamente se não for possível.",
        "Se puder me passar algum feedback, eu agradeceria; entendo se não for possível.",
        "Se surgir outra vaga — ou se as coisas não derem certo com a pessoa contratada —,"
        " continuo com muita vontade de fazer parte da equipe.",
        "Se a pessoa contratada não der certo, eu ainda adoraria entrar para o time.",
        "Se for útil, terei prazer em lhe apresentar Luis Gomez, que conduziu uma migração"
        " parecida.",
        "Como não recebi retorno, imagino que o processo tenha seguido com outra pessoa.",
        "Desejo muito sucesso à pessoa escolhida.",
        "Fico à disposição para o que precisar.",
    ],
)
def test_gracious_lines_are_not_flagged(line: str) -> None:
    """Precision first: disappointment, keep-me-in-mind and the backup line draw nothing."""
    text = f"Prezada Sra. Raman,\n\nAgradeço o retorno. {line}\n\nAtenciosamente,\nMaya Chen"
    assert check(text, locale="pt_BR").findings == ()
