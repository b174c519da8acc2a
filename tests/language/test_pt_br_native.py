"""Brazilian Portuguese, native-grade: company articles, titles, teams, vocês, one register."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile

import rejection_kit as rk
from rejection_kit.language import translations
from rejection_kit.language._grammar import grammar
from rejection_kit.language._phrases import phrase

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "src" / "rejection_kit" / "locales" / "pt_BR" / "LC_MESSAGES"
DOMAINS = ("messages", "messages_informal", "messages_team")
RECIPES = (
    "thank_you",
    "be_a_resource",
    "keep_door_open",
    "full_response",
    "linkedin_connect",
    "stay_on_radar",
    "check_in",
)
# A preposition left before an article the company or the user's phrase brings: Portuguese
# contracts them ("no", "da", "pelo"), so these never appear in a rendered message.
UNCONTRACTED = re.compile(r"\b(?:de|em|por) (?:o|a|os|as)\b")
VOCE = re.compile(r"\b(?:você|te|tu|ti|teus?|tuas?|contigo)\b", re.IGNORECASE)
SENHOR = re.compile(r"\b(?:lhes?|senhor(?:a|es|as)?)\b", re.IGNORECASE)


def _portuguese(
    sample_data: dict[str, Any],
    *,
    company: str = "Nubank",
    genders: dict[str, str] | None = None,
    team: str | None = "Finanças",
    **contact: Any,
) -> dict[str, Any]:
    """The sample as a Brazilian user fills it in: Portuguese role, team, topics, plan and
    offers; every contact given ``contact``'s fields."""
    data = copy.deepcopy(sample_data)
    data["company"] = {"name": company, **({"genders": genders} if genders else {})}
    data["position"] = {"title": "Analista de Dados Sênior", **({"team": team} if team else {})}
    data["candidate"]["plan"] = "concluir a certificação em dbt"
    data["rejection"].pop("feedback", None)
    topics = {
        "Priya Raman": ["sobre a migração dos dashboards para o dbt"],
        "Daniel Okafor": ["como a equipe de dados conquista a confiança da área de vendas"],
        "Lena Park": ["como ela montou as verificações de qualidade de dados"],
        "Joe": ["a máquina de café da recepção"],
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
    ]
    return data


def _team_only(data: dict[str, Any]) -> dict[str, Any]:
    """The same situation with no named contact: a message to the whole hiring team."""
    data = copy.deepcopy(data)
    data["contacts"], data["offers"] = [], []
    data["interviews"] = [{"date": "2026-11-10", "kind": "onsite"}]
    data["rejection"].pop("by", None)
    return data


def _variants(situation: rk.Situation, recipe: str, to: str | None) -> list[rk.Message]:
    try:
        return list(rk.every_variant(situation, recipe=recipe, to=to, locale="pt_BR"))
    except rk.CompositionError:
        return []  # the recipe has nothing to say to this recipient


def _texts(situation: rk.Situation, recipes: tuple[str, ...] = RECIPES) -> list[str]:
    """Every phrasing of every recipe to every contact (or to the team), with subjects."""
    targets: list[str | None] = [c.name for c in situation.contacts] or [None]
    return [
        f"{m.subject or ''}\n{m.text}"
        for recipe in recipes
        for to in targets
        for m in _variants(situation, recipe, to)
    ]


def _catalog(domain: str) -> list[tuple[Any, Any]]:
    with (CATALOGS / f"{domain}.po").open("rb") as fh:
        return [(m.id, m.string) for m in pofile.read_po(fh) if m.id]


def _strings(value: Any) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else (value,)


@pytest.mark.parametrize(
    ("gender", "tokens"),
    [
        ("m", ["no", "do", "ao", "pelo", "o"]),
        ("f", ["na", "da", "à", "pela", "a"]),
        (None, ["na empresa", "da empresa", "à empresa", "pela empresa", "a empresa"]),
    ],
)
def test_grammar_tokens_contract_with_the_company_article(
    gender: str | None, tokens: list[str]
) -> None:
    """{em}/{de}/{a}/{por}/{o} give "no Nubank", "na Petrobras", or "na empresa X" unknown."""
    rules = grammar("pt_BR")
    for token, expected in zip(("em", "de", "a", "por", "o"), tokens, strict=True):
        text = rules.apply(f"{{{token}}} Acme", company="Acme", gender=gender)
        assert text == f"{expected} Acme"


@pytest.mark.parametrize("name", ["Vale", "Natura", "Petrobras", "Google", "Ambev"])
def test_company_gender_is_never_guessed_from_the_name(name: str) -> None:
    """Without "genders", no article is guessed from the name's ending: the gender is None."""
    assert grammar("pt_BR").gender(name, {}) is None
    assert grammar("pt_BR").gender(name, {"pt": "f"}) == "f"


@pytest.mark.parametrize(
    ("company", "genders", "said", "never"),
    [
        ("Nubank", {"pt": "m"}, "no Nubank", r"\b(?:na|da|pela|à) Nubank\b|empresa Nubank"),
        ("Petrobras", {"pt": "f"}, "na Petrobras", r"\b(?:no|do|pelo|ao) Petrobras\b"),
        (
            "Northwind Analytics",
            None,
            "na empresa Northwind Analytics",
            r"\b(?:no|na|do|da|pelo|pela|ao|à) Northwind\b",
        ),
    ],
)
def test_company_takes_its_article_or_the_word_empresa(
    sample_data: dict[str, Any],
    company: str,
    genders: dict[str, str] | None,
    said: str,
    never: str,
) -> None:
    """Nubank (m) is "no Nubank", Petrobras (f) "na Petrobras", an unknown one "na empresa X"."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, company=company, genders=genders))
    texts = _texts(situation, ("thank_you", "full_response", "keep_door_open"))
    assert any(said in t for t in texts)
    assert not [t for t in texts if re.search(never, t)]


@pytest.mark.parametrize(
    ("company", "genders", "salutation"),
    [
        ("Nubank", {"pt": "m"}, "Prezada equipe de recrutamento do Nubank,"),
        ("Petrobras", {"pt": "f"}, "Prezada equipe de recrutamento da Petrobras,"),
        (
            "Tidewater Analytics",
            None,
            "Prezada equipe de recrutamento da empresa Tidewater Analytics,",
        ),
    ],
)
def test_team_salutation_contracts_with_the_company(
    sample_data: dict[str, Any], company: str, genders: dict[str, str] | None, salutation: str
) -> None:
    """The letter to the hiring team opens with "do Nubank", "da Petrobras", "da empresa X"."""
    data = _team_only(_portuguese(sample_data, company=company, genders=genders))
    message = rk.compose(rk.Situation.from_dict(data), recipe="thank_you", locale="pt_BR")
    assert message.text.splitlines()[0] == salutation


@pytest.mark.parametrize(
    ("company", "genders"), [("Nubank", {"pt": "m"}), ("Petrobras", {"pt": "f"}), ("Acme", None)]
)
def test_no_preposition_is_left_uncontracted(
    sample_data: dict[str, Any], company: str, genders: dict[str, str] | None
) -> None:
    """No "de o", "em a", "por a": every seam contracts, in every register."""
    for address in ("formal", "informal"):
        data = _portuguese(sample_data, company=company, genders=genders, address=address)
        for text in _texts(rk.Situation.from_dict(data)):
            assert not UNCONTRACTED.search(text), text
    for text in _texts(rk.Situation.from_dict(_team_only(data))):
        assert not UNCONTRACTED.search(text), text


@pytest.mark.parametrize(
    ("contact", "salutation"),
    [
        ({"name": "Dr. Katrin Albrecht", "gender": "female"}, "Prezada Dra. Albrecht,"),
        ({"name": "Prof. Dr. Henning Lorenz", "gender": "male"}, "Prezado Professor Lorenz,"),
        ({"name": "Prof. Maria Santos"}, "Olá, Maria Santos,"),
        ({"name": "Paulo Mendes", "gender": "male", "honorific": "dr"}, "Prezado Dr. Mendes,"),
        (
            {"name": "Ana Lima", "gender": "female", "honorific": "prof"},
            "Prezada Professora Lima,",
        ),
        ({"name": "Ana Lima", "honorific": "dr"}, "Olá, Ana Lima,"),
        ({"name": "Ana Lima"}, "Olá, Ana Lima,"),
        ({"name": "Ana Lima", "gender": "female", "address": "informal"}, "Olá, Ana,"),
    ],
)
def test_salutation_takes_titles_and_never_guesses_a_gender(
    minimal_data: dict[str, Any], contact: dict[str, Any], salutation: str
) -> None:
    """Dra./Dr./Professora from the honorific field or the name; no gender, no title guess."""
    minimal_data["contacts"] = [{"role": "hiring_manager", **contact}]
    situation = rk.Situation.from_dict(minimal_data)
    message = rk.compose(situation, recipe="thank_you", to=contact["name"], locale="pt_BR")
    assert message.text.splitlines()[0] == salutation


@pytest.mark.parametrize("team", ["Housing Policy", "Finanças"])
def test_team_name_follows_equipe_de(sample_data: dict[str, Any], team: str) -> None:
    """A team name, multi-word or Portuguese, always follows "equipe de" (or "colegas de")."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, team=team))
    mentions = [t for t in _texts(situation, ("thank_you", "full_response")) if team in t]
    assert mentions
    for text in mentions:
        for m in re.finditer(re.escape(team), text):
            before = text[: m.start()]
            assert before.endswith(("equipe de ", "colegas de ", "área de ")), text


def test_team_message_says_voces_throughout(sample_data: dict[str, Any]) -> None:
    """With no contact, the team register: "vocês", never "você", "lhe" or "Desejo-lhe"."""
    data = _team_only(_portuguese(sample_data))
    situation = rk.Situation.from_dict(data)
    message = rk.compose(situation, recipe="thank_you", locale="pt_BR")
    assert message.address == "team"
    texts = _texts(situation, ("thank_you", "full_response", "keep_door_open", "check_in"))
    assert any("vocês" in t for t in texts)
    for text in texts:
        assert not re.search(r"\b(?:você|lhe|te)\b|Desejo-lhe|\bseus? colegas\b", text), text


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_register_is_kept_across_email_and_linkedin(
    sample_data: dict[str, Any], address: str
) -> None:
    """A LinkedIn note uses the register of the e-mail to the same person."""
    data = _portuguese(sample_data, gender="female", address=address)
    situation = rk.Situation.from_dict(data)
    email = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="pt_BR")
    note = rk.compose(
        situation, recipe="thank_you", to="Priya Raman", locale="pt_BR", channel="linkedin_note"
    )
    invite = rk.compose(situation, recipe="linkedin_connect", to="Priya Raman", locale="pt_BR")
    assert email.address == note.address == invite.address == address
    first = "Prezada Sra. Raman," if address == "formal" else "Olá, Priya,"
    wrong = VOCE if address == "formal" else SENHOR
    for message in (email, note, invite):
        assert message.text.splitlines()[0] == first
        assert not wrong.search(message.text), message.text


def test_default_register_is_formal_on_linkedin_too(sample_data: dict[str, Any]) -> None:
    """Without an address, the e-mail and the LinkedIn invitation are both formal."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, gender="female"))
    invite = rk.compose(situation, recipe="linkedin_connect", to="Priya Raman", locale="pt_BR")
    assert invite.address == "formal"
    assert invite.text.startswith("Prezada Sra. Raman,\n")
    assert not VOCE.search(invite.text)


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_every_thanks_frame_takes_every_filler_as_its_object(
    sample_data: dict[str, Any], address: str
) -> None:
    """ "Agradeço", "Valorizei muito", "Gostaria de agradecer" + "o tempo que …", "a nossa
    conversa …": the filler is a direct object, never after "por"/"pela"."""
    data = _portuguese(sample_data, gender="female", address=address)
    situation = rk.Situation.from_dict(data)
    openings = {
        m.parts[1].text
        for m in _variants(situation, "thank_you", "Lena Park")
        if m.parts[1].block == "gratitude"
    }
    assert len(openings) > 20
    frames = re.compile(
        r"^(?:Agradeço(?: de coração| muito)?|Valorizei muito|Gostaria de agradecer"
        r"|Queria agradecer) (?:o|a|os|as) "
    )
    for text in openings:
        if text not in ("Agradeço pela entrevista.",):
            assert frames.match(text), text


def test_topics_and_kindnesses_are_addressed_to_the_person() -> None:
    """ "como ela montou" becomes "como montou" (formal) / "como você montou" (informal);
    "sobre" is not repeated; a call she made is an act, the coffee machine a topic."""
    topic = "como ela montou as verificações de qualidade"
    # The dropped pronoun leaves a double space that rendering folds.
    assert " ".join(phrase(topic, locale="pt_BR").text.split()) == (
        "como montou as verificações de qualidade"
    )
    assert phrase(topic, locale="pt_BR", address="informal").text == (
        "como você montou as verificações de qualidade"
    )
    assert phrase("sobre a migração para o dbt", locale="pt_BR").text == "a migração para o dbt"
    call = phrase("a ligação tão gentil que ela me fez", locale="pt_BR", address="informal")
    assert call.kind == "act"
    assert call.text == "a ligação tão gentil que você me fez"
    assert phrase("a máquina de café da recepção", locale="pt_BR").kind == "topic"
    assert phrase("a plataforma e como ela escala", locale="pt_BR").text == (
        "a plataforma e como ela escala"
    )


def test_congratulations_to_the_hire_are_parabens() -> None:
    """Wishes passed to the person hired are congratulations, in every register."""
    for register in ("formal", "informal", "team"):
        pt = translations("pt_BR", register)
        assert "parabéns" in pt.gettext("Please pass my best wishes to %(name)s as well.")
        assert "parabéns" in pt.gettext(
            "I understand the decision, and I have already congratulated %(name)s."
        )


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalog_never_agrees_with_the_writers_gender(domain: str) -> None:
    """No "Obrigado/Obrigada", "grato/a", "decepcionado/a": the candidate's gender is unknown."""
    writer = re.compile(
        r"\b(?:obrigad[oa]|grat[oa]|decepcionad[oa]|interessad[oa]|animad[oa]|honrad[oa]"
        r"|agradecid[oa]|comprometid[oa]|orgulhos[oa]|ansios[oa])\b",
        re.IGNORECASE,
    )
    for msgid, msgstr in _catalog(domain):
        for text in _strings(msgstr):
            assert not writer.search(text), (msgid, text)


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalog_has_no_year_end_wishes_or_servile_turns(domain: str) -> None:
    """No "fim de ano" or "Boas Festas" (sent any month), no "foi uma honra", no "Desejo-lhe,
    e a"."""
    bad = re.compile(
        r"fim de ano|ano novo|boas festas|feliz natal|foi uma honra|é uma honra|privilégio"
        r"|Desejo-lhe, e a|fico no aguardo",
        re.IGNORECASE,
    )
    for msgid, msgstr in _catalog(domain):
        for text in _strings(msgstr):
            assert not bad.search(text), (msgid, text)


def test_team_catalog_is_plural() -> None:
    """messages_team.po never addresses one person ("você", "lhe", "seu/sua")."""
    singular = re.compile(r"\b(?:você|lhe|te|seus?|suas?|tiver|puder)\b|^Saiba\b|^Cuide-se\b")
    for msgid, msgstr in _catalog("messages_team"):
        if isinstance(msgid, str) and msgid.startswith(("Dear", "Hi ")):
            continue  # salutations to one person are never used for the team
        for text in _strings(msgstr):
            assert not singular.search(text), (msgid, text)


def test_subjects_name_the_application_not_a_job_held(sample_data: dict[str, Any]) -> None:
    """Subject lines speak of the interview or application "para a vaga de …"."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, gender="female"))
    subject = rk.compose(situation, recipe="thank_you", to="Priya Raman", locale="pt_BR").subject
    assert subject == "Agradecimento — entrevista para a vaga de Analista de Dados Sênior"
    data = _portuguese(sample_data)
    data["rejection"] = {"date": "2026-11-24", "via": "none", "stage": "application"}
    closing = rk.compose(
        rk.Situation.from_dict(data), recipe="ghosted_closure", to="Sam Ortiz", locale="pt_BR"
    )
    assert closing.subject == "Sobre a minha candidatura à vaga de Analista de Dados Sênior"


def test_plan_labels_are_natural_portuguese(sample_data: dict[str, Any]) -> None:
    """The plan's title and labels read as Portuguese, whatever the company's gender."""
    data = _portuguese(sample_data, genders={"pt": "m"})
    data["rejection"]["reapply_invited"] = True
    plan = rk.plan_follow_ups(rk.Situation.from_dict(data), locale="pt_BR")
    assert plan.title == "Plano de acompanhamento: vaga de Analista de Dados Sênior — Nubank"
    labels = {step.label for step in plan.steps}
    assert "Mensagem de agradecimento para Priya Raman" in labels
    assert "Convite no LinkedIn para Priya Raman" in labels
    assert "Lembrete: candidatar-se de novo (Nubank), conforme o convite recebido" in labels
    team = rk.plan_follow_ups(rk.Situation.from_dict(_team_only(data)), locale="pt_BR")
    assert any(
        step.label == "Resposta breve para a equipe de recrutamento (Nubank)"
        for step in team.steps
    )


def test_plan_is_an_infinitive_after_vou_and_pretendo(sample_data: dict[str, Any]) -> None:
    """The plan ("concluir a certificação em dbt") follows "vou", "Pretendo", "depois de"."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, gender="female"))
    texts = _texts(situation, ("keep_door_open",))
    found = {m.group() for t in texts for m in re.finditer(r"\S+ concluir a certificação", t)}
    assert found
    assert found <= {
        "vou concluir a certificação",
        "Pretendo concluir a certificação",
        "é concluir a certificação",
        "de concluir a certificação",
        "para concluir a certificação",
    }


def test_no_english_left_in_portuguese_letters(sample_data: dict[str, Any]) -> None:
    """Every phrasing, in every register, built from Portuguese facts, is Portuguese."""
    english = re.compile(
        r"\b(?:the|and|you|thank|your|with|role|regards|dear|would|team|hiring|best)\b", re.I
    )
    for address in ("formal", "informal"):
        data = _portuguese(sample_data, gender="female", address=address)
        for text in _texts(rk.Situation.from_dict(data)):
            assert not english.search(text), text
    for text in _texts(rk.Situation.from_dict(_team_only(_portuguese(sample_data)))):
        assert not english.search(text), text
