"""A topic typed about its person reaches them addressed, verb and all.

"how she built the data quality checks", typed for Lena Park, used to reach her as „wie
sie die Datenqualitätsprüfungen aufgebaut hat“, "comment elle a mis en place …", "hoe ze
… heeft opgezet": she read about herself in the third person (native reviews of
2026-12-05, de, fr, nl, it, es). A subject that opens the phrase, or its first clause,
is rewritten with its finite verb where the verb is known; where it is not, or where
the language drops the subject and the verb would change, the user is told.
"""

from __future__ import annotations

from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language._phrases import phrase


@pytest.mark.parametrize(
    ("locale", "address", "typed", "addressed"),
    [
        ("de", "formal", "wie sie die Tests aufgebaut hat", "wie Sie die Tests aufgebaut haben"),
        ("de", "informal", "wie sie die Tests aufgebaut hat", "wie du die Tests aufgebaut hast"),
        ("de", "formal", "warum er das Team umbauen wollte", "warum Sie das Team umbauen wollten"),
        (
            "de",
            "informal",
            "was er über Ownership gesagt hat",
            "was du über Ownership gesagt hast",
        ),
        (
            "fr",
            "formal",
            "comment elle a mis en place les tests",
            "comment vous avez mis en place les tests",
        ),
        (
            "fr",
            "informal",
            "comment elle a mis en place les tests",
            "comment tu as mis en place les tests",
        ),
        ("fr", "formal", "ce qu'il a dit sur l'équipe", "ce que vous avez dit sur l'équipe"),
        ("fr", "informal", "comment il s'est organisé", "comment tu t'es organisé"),
        ("nl", "formal", "hoe hij het team heeft opgebouwd", "hoe u het team heeft opgebouwd"),
        ("nl", "informal", "waarom ze is overgestapt", "waarom je bent overgestapt"),
        (
            "pt_BR",
            "informal",
            "como ela está montando a equipe",
            "como você está montando a equipe",
        ),
    ],
)
def test_subject_and_verb_are_addressed(
    locale: str, address: str, typed: str, addressed: str
) -> None:
    made = phrase(typed, locale=locale, address=address)
    assert made.text == addressed
    assert made.note is None


@pytest.mark.parametrize(
    ("locale", "address", "typed"),
    [
        ("de", "formal", "wie er das Team führt"),  # a verb the table does not know
        ("de", "formal", "wie sie das Team aufgebaut haben"),  # plural: "they"?
        ("fr", "formal", "la plateforme et comment elle a évolué"),  # "elle" may be the platform
        ("nl", "informal", "hoe ze de checks hebben opgezet"),
        ("es", "informal", "cómo montó los controles de calidad"),  # tú needs "montaste"
        ("es", "informal", "cómo ha montado los controles"),
        ("it", "informal", "come ha costruito i controlli"),  # tu needs "hai"
    ],
)
def test_what_cannot_be_rewritten_is_left_and_noted(locale: str, address: str, typed: str) -> None:
    made = phrase(typed, locale=locale, address=address)
    assert made.text == typed
    assert made.note is not None


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("de", "die Kunden und was sie brauchen"),  # "sie" inside: "they", not her
        ("de", "wie Sie das Team aufgebaut haben"),  # typed for the reader already
        ("es", "cómo montó los controles de calidad"),  # usted: the verb is right as typed
        ("it", "come ha costruito i controlli"),  # Lei: right as typed
    ],
)
def test_what_is_right_already_is_left_alone(locale: str, typed: str) -> None:
    made = phrase(typed, locale=locale, address="formal")
    assert made.text == typed
    assert made.note is None


def _lena(topic: str) -> dict[str, Any]:
    return {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Data Analyst"},
        "contacts": [
            {"name": "Priya Raman", "role": "hiring_manager", "gender": "female"},
            {"name": "Lena Park", "role": "interviewer", "gender": "female", "topics": [topic]},
        ],
        "interviews": [
            {"date": "2026-11-03", "kind": "onsite", "with": ["Priya Raman", "Lena Park"]}
        ],
        "rejection": {"date": "2026-11-10", "via": "email", "by": "Priya Raman"},
    }


@pytest.mark.parametrize(
    ("locale", "topic", "expected", "wrong"),
    [
        ("de", "wie sie die Tests aufgebaut hat", "wie Sie die Tests aufgebaut haben", "wie sie"),
        ("fr", "comment elle a mis en place les tests", "vous avez mis en place", "elle a"),
        ("nl", "hoe ze de checks heeft opgezet", "hoe u de checks heeft opgezet", "hoe ze"),
    ],
)
def test_the_message_to_her_speaks_to_her(
    locale: str, topic: str, expected: str, wrong: str
) -> None:
    """Every phrasing of the thank-you to Lena Park that holds the topic addresses her."""
    situation = rk.Situation.from_dict(_lena(topic))
    texts = [
        m.text
        for m in rk.every_variant(situation, recipe="thank_you", to="Lena Park", locale=locale)
    ]
    holding = [t for t in texts if expected in t]
    assert holding, texts[:2]
    assert not any(wrong in t for t in texts)


def test_french_clause_after_a_word_takes_a_noun() -> None:
    """ "sur comment vous …" is a calque: "sur la façon dont vous …"; at a start, as typed."""
    from rejection_kit.language._grammar import grammar

    fr = grammar("fr")
    topic = "comment vous avez mis en place les tests"
    said = fr.apply(f"Notre conversation sur {topic} m'a marquée.", phrases=[topic])
    assert said == (
        "Notre conversation sur la façon dont vous avez mis en place les tests m'a marquée."
    )
    # A sentence that says "façon" already takes the other noun.
    said = fr.apply(f"Votre façon d'aborder {topic} m'a appris.", phrases=[topic])
    assert "d'aborder la manière dont vous avez" in said
    opening = f"{topic[:1].upper()}{topic[1:]} m'a marquée."
    assert fr.apply(opening, phrases=[topic.capitalize()]) == opening
    why = "pourquoi vous avez changé d'outil"
    assert "sur les raisons pour lesquelles vous avez" in fr.apply(
        f"Merci pour l'échange sur {why}.", phrases=[why]
    )


@pytest.mark.parametrize(
    "typed", [r"comment vous \1 avez \g<0> fait", "comment {x} %(role)s {de}"]
)
def test_a_hostile_clause_is_kept_as_typed(typed: str) -> None:
    """Backreferences, braces and format keys in a typed clause come out as typed."""
    from rejection_kit.language._grammar import grammar

    said = grammar("fr").apply(f"Notre échange sur {typed}.", phrases=[typed])
    assert said == f"Notre échange sur la façon dont {typed.partition(' ')[2]}."


@pytest.mark.parametrize(
    ("locale", "typed"),
    [
        ("fr", "l'accueil chaleureux"),  # the noun after an elided article
        ("it", "l'accoglienza calorosa"),
        ("es", "la cálida bienvenida"),
        ("pt_BR", "a recepção calorosa"),
    ],
)
def test_a_warm_welcome_is_thanked_as_an_act(locale: str, typed: str) -> None:
    """Never "our chat about the warm welcome" (native reviews, es, fr, pt_BR)."""
    assert phrase(typed, locale=locale).kind == "act"


def test_an_elided_topic_stays_a_topic() -> None:
    assert phrase("l'architecture du pipeline", locale="fr").kind == "topic"


@pytest.mark.parametrize(
    ("address", "expected"),
    [("informal", "tu llamada de ánimo"), ("formal", "su llamada de ánimo")],
)
def test_a_spanish_act_opens_with_the_readers_possessive(address: str, expected: str) -> None:
    """ "Te doy las gracias por su llamada" mixed tú and usted (native review, es, major)."""
    made = phrase("su llamada de ánimo", locale="es", address=address, act=True)
    assert made.text == expected
    # A topic's "su" may be anyone's ("su impacto en el equipo"): left alone.
    assert phrase("su impacto en el equipo", locale="es", address=address).text.startswith("su ")


@pytest.mark.parametrize(
    ("locale", "kindness", "right", "wrong"),
    [
        ("fr", "m'avoir trouvé une salle au calme", "de m'avoir trouvé", "pour m'avoir"),
        ("pt_BR", "ter conseguido uma sala tranquila", "por ter conseguido", "muito ter"),
    ],
)
def test_an_act_typed_as_an_infinitive_is_thanked_with_the_right_word(
    locale: str, kindness: str, right: str, wrong: str
) -> None:
    """ "Merci pour m'avoir …" and "Agradeço muito ter …" (native reviews, fr, pt_BR)."""
    data = _lena("x")
    data["contacts"][1]["topics"] = []
    data["contacts"][1]["kindnesses"] = [kindness]
    situation = rk.Situation.from_dict(data)
    holding = []
    for seed in range(12):
        text = rk.compose(
            situation, recipe="thank_you", to="Lena Park", locale=locale, seed=seed
        ).text
        assert wrong not in text
        # "Je n'oublie pas non plus m'avoir …": the frame for a noun is not chosen.
        assert "n'oublie pas non plus m'avoir" not in text
        assert "não esqueci ter" not in text
        holding += [text] if right in text else []
    assert holding


def test_a_topic_that_tells_what_the_reader_did_is_not_their_view() -> None:
    """Not "the way you think about how you built …" nor „Ihren Blick darauf, wie Sie …“."""
    situation = rk.Situation.from_dict(_lena("how she built the data quality checks"))
    for seed in range(12):
        text = rk.compose(situation, recipe="thank_you", to="Lena Park", seed=seed).text
        assert "how you built" in text
        assert "the way you think about how" not in text
        assert "what you said about how" not in text


@pytest.mark.parametrize(
    ("locale", "address", "typed"),
    [
        ("de", "formal", "wie er das Team {0} führt"),
        ("es", "informal", "cómo montó {x} los controles"),
        ("fr", "formal", "avec elle {word!r} %(role)s"),
    ],
)
def test_a_noted_phrase_with_braces_is_kept_as_typed(
    locale: str, address: str, typed: str
) -> None:
    """The note on a third-person phrase quotes braces as typed (they raised IndexError)."""
    made = phrase(typed, locale=locale, address=address)
    assert made.text == typed
    assert made.note is not None
    assert repr(typed) in made.note


def test_the_infinitive_seam_knows_every_portuguese_act_verb() -> None:
    """`grammar.toml` [infinitive] repeats `phrases.toml` act_verbs: they must agree."""
    import tomllib

    from rejection_kit.language._data import package_file
    from rejection_kit.language._grammar import grammar

    data = tomllib.loads(package_file("locales", "pt_BR", "phrases.toml").read_text("utf-8"))
    pattern = grammar("pt_BR").infinitive
    assert pattern is not None
    missing = [v for v in data["act_verbs"] if not pattern.match(f"{v} algo")]
    assert missing == []
