"""Brazilian Portuguese, native-grade: company articles, titles, teams, vocês, one register."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile

import rejection_kit as rk
from rejection_kit.channels import sms_segments
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


@pytest.mark.parametrize(
    "name", ["Vale", "Natura", "Petrobras", "Google", "Ambev", "Mercado Livre", "Casas Bahia"]
)
def test_company_gender_is_never_guessed_from_a_brand(name: str) -> None:
    """Without "genders", a one-word brand or a Portuguese name gets no guessed gender."""
    assert grammar("pt_BR").gender(name, {}) is None
    assert grammar("pt_BR").gender(name, {"pt": "f"}) == "f"


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Fathom Games", "f"),
        ("Helix Robotics", "f"),
        ("Quarry Labs", "f"),
        ("NORTHWIND ANALYTICS", "f"),
        ("Lumen Bank", "m"),
        ("Aurora Group", "m"),
        ("Games", None),
        ("Labs Mercado", None),
    ],
)
def test_a_firm_named_by_its_trade_in_english_takes_that_nouns_gender(
    name: str, gender: str | None
) -> None:
    """ "… Games" is "a empresa" ("na Fathom Games"), "… Bank" "o banco"; only a last word
    after another decides, and "genders" still comes first."""
    assert grammar("pt_BR").gender(name, {}) == gender
    assert grammar("pt_BR").gender(name, {"pt": "m"}) == "m"


@pytest.mark.parametrize(
    ("company", "genders", "said", "never"),
    [
        ("Nubank", {"pt": "m"}, "no Nubank", r"\b(?:na|da|pela|à) Nubank\b|empresa Nubank"),
        ("Petrobras", {"pt": "f"}, "na Petrobras", r"\b(?:no|do|pelo|ao) Petrobras\b"),
        (
            "Northwind",
            None,
            "na empresa Northwind",
            r"\b(?:no|na|do|da|pelo|pela|ao|à) Northwind\b",
        ),
        (
            "Northwind Analytics",
            None,
            "na Northwind Analytics",
            r"\b(?:no|do|pelo|ao) Northwind\b|empresa Northwind",
        ),
        ("Lumen Bank", None, "no Lumen Bank", r"\b(?:na|da|pela|à) Lumen\b|empresa Lumen"),
    ],
)
def test_company_takes_its_article_or_the_word_empresa(
    sample_data: dict[str, Any],
    company: str,
    genders: dict[str, str] | None,
    said: str,
    never: str,
) -> None:
    """Nubank (m) is "no Nubank", Petrobras (f) "na Petrobras", "… Analytics" "na", "… Bank"
    "no", and an unknown one "na empresa X"."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, company=company, genders=genders))
    texts = _texts(situation, ("thank_you", "full_response", "keep_door_open"))
    assert any(said in t for t in texts)
    assert not [t for t in texts if re.search(never, t)]


@pytest.mark.parametrize(
    ("company", "genders", "salutation"),
    [
        ("Nubank", {"pt": "m"}, "Prezada equipe de recrutamento do Nubank,"),
        ("Petrobras", {"pt": "f"}, "Prezada equipe de recrutamento da Petrobras,"),
        ("Tidewater", None, "Prezada equipe de recrutamento da empresa Tidewater,"),
        ("Tidewater Analytics", None, "Prezada equipe de recrutamento da Tidewater Analytics,"),
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
        ({"name": "Prof. Maria Santos"}, "Olá, Prof. Maria Santos,"),
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
        r"^(?:Agradeço(?: de coração| muito| sinceramente| demais)?|Gostaria de agradecer"
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
        assert "parabéns" in pt.gettext("Please pass my best wishes to %(name)s.")


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


@pytest.mark.parametrize(
    ("company", "genders", "at", "of"),
    [
        ("Nubank", {"pt": "m"}, "no Nubank", "do Nubank"),
        ("Petrobras", {"pt": "f"}, "na Petrobras", "da Petrobras"),
        ("Acme", None, "na empresa Acme", "da empresa Acme"),
    ],
)
def test_plan_labels_are_natural_portuguese(
    sample_data: dict[str, Any], company: str, genders: dict[str, str] | None, at: str, of: str
) -> None:
    """The plan's title and labels read as Portuguese and name the company with its article.

    Changed deliberately in round 2: plan labels now know the company's gender, so "vaga de
    X no Nubank" and "a equipe de recrutamento do Nubank" replace the article-free "— Nubank"
    and "(Nubank)" they needed before."""
    data = _portuguese(sample_data, company=company, genders=genders)
    data["rejection"]["reapply_invited"] = True
    plan = rk.plan_follow_ups(rk.Situation.from_dict(data), locale="pt_BR")
    assert plan.title == f"Plano de acompanhamento: vaga de Analista de Dados Sênior {at}"
    labels = {step.label for step in plan.steps}
    assert "Mensagem de agradecimento para Priya Raman" in labels
    assert "Convite no LinkedIn para Priya Raman" in labels
    assert (
        f"Candidatar-se de novo a uma vaga {at}, conforme o convite recebido, e enviar esta"
        " mensagem para Sam Ortiz junto com a candidatura" in labels
    )
    team = rk.plan_follow_ups(rk.Situation.from_dict(_team_only(data)), locale="pt_BR")
    assert any(
        step.label == f"Resposta breve para a equipe de recrutamento {of}" for step in team.steps
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


# -- round 2: agencies, referrers, panels, colleagues, check-ins, plans, text messages ------

NUBANK = {"pt": "m"}
# Only these may stand before "Nubank": its contracted articles (or a dash in a subject).
NUBANK_SEAM = re.compile(r"(\S+) Nubank\b")
NUBANK_ARTICLES = {"no", "do", "ao", "pelo", "o", "O", "—"}


def _with(data: dict[str, Any], *contacts: dict[str, Any], by: str | None = None) -> rk.Situation:
    """The Portuguese sample with more contacts, and the news told by ``by``."""
    data["contacts"] += contacts
    if by:
        data["rejection"]["by"] = by
    return rk.Situation.from_dict(data)


def _parts(messages: list[rk.Message], block: str) -> set[str]:
    return {p.text.strip() for m in messages for p in m.parts if p.block == block}


def _sentences(messages: list[rk.Message]) -> set[str]:
    return {p.text.strip() for m in messages for p in m.parts}


def test_agency_recruiter_passes_on_the_clients_decision(sample_data: dict[str, Any]) -> None:
    """The agency told the news: it is thanked for passing on the client's decision ("a decisão
    do Nubank"), the subject names the process there, and feedback is asked for as the
    client's, hedged; the company always takes its article."""
    tom = {"name": "Tom Reed", "role": "agency_recruiter", "gender": "male"}
    situation = _with(_portuguese(sample_data, genders=NUBANK), tom, by="Tom Reed")
    thanks = _variants(situation, "thank_you", "Tom Reed")
    assert {m.subject for m in thanks} == {"Agradecimento — processo seletivo no Nubank"}
    assert {
        "Agradeço por me informar como terminou o processo no Nubank.",
        "Agradeço por me comunicar tão rapidamente a decisão do Nubank.",
        "Agradeço por me informar e por tudo o que fez pela minha candidatura.",
    } <= _parts(thanks, "gratitude")
    asked = _variants(situation, "feedback_request", "Tom Reed")
    assert _parts(asked, "feedback_request") == {
        "Se o Nubank compartilhou algum feedback sobre as minhas entrevistas, gostaria muito de"
        " conhecê-lo; compreendo se não houver.",
        "Caso o cliente tenha repassado algum comentário, gostaria muito de saber.",
        "Qualquer feedback que tenha recebido seria muito útil para eu me preparar para o"
        " próximo processo; compreendo se não houver nenhum.",
    }
    text = "\n".join(f"{m.subject}\n{m.text}" for m in thanks + asked)
    assert set(NUBANK_SEAM.findall(text)) <= NUBANK_ARTICLES
    assert not VOCE.search(text)


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_referrer_is_thanked_for_the_referral(sample_data: dict[str, Any], address: str) -> None:
    """A referrer's subject and LinkedIn invitation thank for the referral ("a indicação ao
    Nubank"), within 200 characters, in the register of the person's e-mail."""
    mira = {"name": "Mira Shah", "role": "referrer", "gender": "female", "address": address}
    situation = _with(_portuguese(sample_data, genders=NUBANK), mira)
    mail = rk.compose(situation, recipe="thank_you", to="Mira Shah", locale="pt_BR")
    assert mail.subject == "Agradecimento pela indicação — Maya Chen"
    notes = _variants(situation, "linkedin_connect", "Mira Shah")
    assert len(_parts(notes, "connect_invite")) == 3  # the three referrer phrasings
    wrong = VOCE if address == "formal" else SENHOR
    for note in notes:
        assert len(note.text) <= 200, note.text
        assert re.search(r"indica(?:ção|do)", note.text), note.text
        assert not wrong.search(note.text), note.text
        assert set(NUBANK_SEAM.findall(note.text)) <= NUBANK_ARTICLES, note.text
    assert any("indicação ao Nubank" in n.text or "indicado ao Nubank" in n.text for n in notes)


def test_a_large_panel_is_thanked_together(sample_data: dict[str, Any]) -> None:
    """Past four other interviewers, the hiring manager is asked to thank "as demais pessoas"
    who interviewed the candidate: no roll call of names, no gender guessed for the group."""
    data = _portuguese(sample_data, gender="female")
    extra = ["Rafael Souza", "Beatriz Lima", "Tiago Rocha"]
    data["interviews"][-1]["with"] += extra
    situation = _with(data, *({"name": n, "role": "interviewer"} for n in extra))
    thanks = _parts(_variants(situation, "full_response", "Priya Raman"), "pass_thanks")
    assert thanks == {
        "Peço que transmita também meus agradecimentos às demais pessoas que me entrevistaram;"
        " foi um prazer conhecer cada uma delas.",
        "Se puder, agradeça também por mim às demais pessoas que participaram das entrevistas.",
        "Meus agradecimentos também a todas as outras pessoas que conheci durante as entrevistas.",
    }


INTERNAL: dict[str, Any] = {
    "candidate": {"name": "João Becker", "plan": "liderar o próximo projeto de relatórios"},
    "company": {"name": "Nubank", "genders": NUBANK},
    "position": {"title": "Coordenação de Controladoria", "team": "Controladoria"},
    "contacts": [
        {"name": "Miriam Kessler", "role": "hiring_manager", "gender": "female"},
        {"name": "Tobias Wendt", "role": "interviewer"},
        {"name": "Aline Dias", "role": "colleague"},
    ],
    "interviews": [
        {"date": "2026-10-20", "kind": "onsite", "with": ["Miriam Kessler", "Tobias Wendt"]}
    ],
    "rejection": {
        "date": "2026-11-02",
        "via": "in_person",
        "by": "Miriam Kessler",
        "stage": "internal",
        "hired": {"name": "Clara Hoffmann", "internal": True},
    },
}
COLLEAGUE_WISHES = {
    "formal": {
        "Aguardo com entusiasmo os nossos próximos projetos.",
        "Agradeço mais uma vez, e seguimos conversando.",
        "Agradeço por tudo — e que venha o próximo projeto em conjunto!",
    },
    "informal": {
        "Aguardo com entusiasmo os nossos próximos projetos.",
        "Valeu mais uma vez, e a gente se fala!",
        "Valeu por tudo — e que venha o próximo projeto em conjunto!",
    },
}


def _internal(address: str = "formal") -> rk.Situation:
    data = copy.deepcopy(INTERNAL)
    for contact in data["contacts"]:
        contact["address"] = address
    return rk.Situation.from_dict(data)


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_internal_candidate_writes_to_colleagues_as_a_colleague(address: str) -> None:
    """An internal candidate wishes the manager, an interviewer and a colleague well as a
    colleague ("nossos próximos projetos"), never as an outsider."""
    situation = _internal(address)
    for name in ("Miriam Kessler", "Tobias Wendt", "Aline Dias"):
        wishes = _parts(_variants(situation, "thank_you", name), "well_wishes")
        assert wishes
        assert wishes <= COLLEAGUE_WISHES[address], wishes


@pytest.mark.parametrize(
    ("address", "short"),
    [
        (
            "formal",
            {"Agradeço por ter sido tão transparente comigo.", "Agradeço muito a torcida."},
        ),
        (
            "informal",
            {"Agradeço por você ter sido tão transparente comigo.", "Valeu pela torcida!"},
        ),
    ],
)
def test_text_messages_fit_without_a_cut(address: str, short: set[str]) -> None:
    """Portuguese needs UCS-2 (67 characters a segment): every thank-you by text message still
    fits two segments, whole sentences only, signed; the short thanks are among them."""
    situation = _internal(address)
    seen: set[str] = set()
    for name in ("Miriam Kessler", "Tobias Wendt", "Aline Dias"):
        messages = list(
            rk.every_variant(situation, recipe="thank_you", to=name, locale="pt_BR", channel="sms")
        )
        assert messages
        for message in messages:
            assert sms_segments(message.text) <= 2, message.text
            assert message.text.endswith("\nJoão Becker")
            assert all(p.text.strip()[1:] in message.text for p in message.parts)
        seen |= _sentences(messages)
    assert short <= seen


def test_check_in_without_news_names_the_role_in_the_right_register(
    sample_data: dict[str, Any],
) -> None:
    """A hello to the hiring team says "vocês" and names the application, without naming the
    company its salutation has just named; an agency recruiter is greeted about the search."""
    team = _variants(
        rk.Situation.from_dict(_team_only(_portuguese(sample_data, genders=NUBANK))),
        "check_in",
        None,
    )
    assert _parts(team, "check_in") == {
        "Alguns meses depois da minha candidatura à vaga de Analista de Dados Sênior, gostaria"
        " de desejar tudo de bom a todos vocês.",
        "Alguns meses se passaram desde a minha candidatura à vaga de Analista de Dados Sênior, e"
        " espero que tudo esteja correndo bem por aí; continuo acompanhando o trabalho de vocês"
        " com interesse.",
        "Passados alguns meses da minha candidatura à vaga de Analista de Dados Sênior, envio"
        " meus cumprimentos a toda a equipe.",
    }
    for message in team:
        assert message.text.startswith("Prezada equipe de recrutamento do Nubank,\n\n")
        assert message.text.count("Nubank") == 1, message.text
    tom = {"name": "Tom Reed", "role": "agency_recruiter", "gender": "male"}
    agency = _parts(
        _variants(_with(_portuguese(sample_data), tom), "check_in", "Tom Reed"), "check_in"
    )
    assert (
        "Já faz algum tempo que trabalhamos juntos no processo para a vaga de Analista de Dados"
        " Sênior, e resolvi escrever para saber como estão as coisas." in agency
    )


def test_reapplying_in_some_months_is_said_once(sample_data: dict[str, Any]) -> None:
    """After the thanks for the invitation to reapply, the months are "a ideia é voltar daqui
    a …", not a second "me candidatar"; the sentence after a frame stays one sentence."""
    data = _portuguese(sample_data, gender="female")
    data["rejection"].update(reapply_invited=True, reapply_after_months=6, finalist=False)
    sentences = _sentences(
        _variants(rk.Situation.from_dict(data), "keep_door_open", "Priya Raman")
    )
    assert (
        "Agradeço o incentivo para me candidatar novamente: a ideia é voltar daqui a cerca de seis"
        " meses, depois de concluir a certificação em dbt." in sentences
    )
    data["candidate"].pop("plan")
    sentences = _sentences(
        _variants(rk.Situation.from_dict(data), "keep_door_open", "Priya Raman")
    )
    assert (
        "Fico feliz com o convite para me candidatar de novo — a ideia é voltar daqui a cerca de"
        " seis meses." in sentences
    )
    for sentence in sentences:
        assert len(re.findall(r"candidat", sentence)) <= 1, sentence
        assert not re.search(r"\. [a-zà-ú]", sentence), sentence  # no lower case after a stop


@pytest.mark.parametrize("address", ["formal", "informal"])
def test_plan_names_channels_and_reminders_in_portuguese(
    sample_data: dict[str, Any], address: str
) -> None:
    """The readable plan says "(por e-mail)", never "(email)"; a check-in without news is a
    to-do in the infinitive ("retomar o contato"), right in either register."""
    situation = rk.Situation.from_dict(_portuguese(sample_data, genders=NUBANK))
    plan = rk.plan_follow_ups(situation, locale="pt_BR", address=address)
    text = plan.to_text()
    assert "— Mensagem de agradecimento para Priya Raman (por e-mail)" in text
    assert "— Convite no LinkedIn para Priya Raman\n" in text  # the label names the channel once
    assert "— Se até lá houver novidades, retomar o contato com Priya Raman (por e-mail)" in text
    assert not re.search(r"\((?:email|linkedin_note|linkedin_message|sms|card)\)", text)
    labels = "\n".join(s.label for s in plan.steps)
    assert not VOCE.search(labels), labels
    assert not SENHOR.search(labels), labels


@pytest.mark.parametrize("domain", DOMAINS)
def test_catalog_wishes_nothing_seasonal(domain: str) -> None:
    """No wish tied to the calendar ("o próximo ano", "o novo trimestre"): a note is sent in
    any month, so wishes are for the coming months or for continued success."""
    seasonal = re.compile(r"\b(?:ano|anos|trimestre|semestre)\b", re.IGNORECASE)
    for msgid, msgstr in _catalog(domain):
        for text in _strings(msgstr):
            assert not seasonal.search(text), (msgid, text)


def test_a_kindness_is_thanked_without_repeating_the_interview(
    sample_data: dict[str, Any],
) -> None:
    """A kindness at the front desk ("a ajuda para encontrar uma sala tranquila antes da
    entrevista final") is thanked without a second "entrevista"."""
    carla = {
        "name": "Carla Dias",
        "role": "receptionist",
        "kindnesses": ["a ajuda para encontrar uma sala tranquila antes da entrevista final"],
    }
    situation = _with(_portuguese(sample_data), carla)
    thanks = _parts(_variants(situation, "thank_you", "Carla Dias"), "gratitude")
    assert (
        "Agradeço a ajuda para encontrar uma sala tranquila antes da entrevista final; isso me"
        " deixou bem mais à vontade." in thanks
    )
    for sentence in thanks:
        assert sentence.count("entrevista") <= 1, sentence
