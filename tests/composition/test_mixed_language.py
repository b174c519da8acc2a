"""A field typed in another language than the message is reported, not silently mixed in."""

from __future__ import annotations

from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.language._detect import foreign


def _situation(topic: str, *, about: str | None = None, plan: str | None = None) -> Any:
    data: dict[str, Any] = {
        "candidate": {"name": "Maya Chen", "email": "maya.chen@example.com"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst"},
        "contacts": [
            {
                "name": "Priya Raman",
                "role": "hiring_manager",
                "gender": "female",
                "topics": [topic],
            },
        ],
        "interviews": [{"date": "2026-11-17", "kind": "final", "with": ["Priya Raman"]}],
        "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
    }
    if about:
        data["offers"] = [
            {"kind": "introduction", "for": "Priya Raman", "person": "Luis Gomez", "about": about}
        ]
    if plan:
        data["candidate"]["plan"] = plan
    return rk.Situation.from_dict(data)


def _mixed(message: rk.Message) -> list[str]:
    return [w for w in message.warnings if "reads as" in w]


def test_an_english_topic_in_a_german_letter_is_reported_with_its_field() -> None:
    message = rk.compose(
        _situation("moving the dashboards to dbt", about="he led a similar migration"),
        recipe="full_response",
        to="Priya Raman",
        locale="de",
    )
    notes = _mixed(message)
    assert any(n.startswith("contacts[0].topics[0]:") and "English" in n for n in notes)
    assert any(n.startswith("offers[0].about:") and "German" in n for n in notes)


def test_the_same_fields_in_the_message_language_are_not_reported() -> None:
    message = rk.compose(
        _situation(
            "die Migration der Dashboards auf dbt", about="er hat eine ähnliche Migration geleitet"
        ),
        recipe="full_response",
        to="Priya Raman",
        locale="de",
    )
    assert _mixed(message) == []
    english = rk.compose(
        _situation("moving the dashboards to dbt", about="he led a similar migration"),
        recipe="full_response",
        to="Priya Raman",
    )
    assert _mixed(english) == []


def test_a_german_topic_in_an_english_letter_is_reported() -> None:
    message = rk.compose(
        _situation("die Migration unserer Zahlungsplattform"),
        recipe="thank_you",
        to="Priya Raman",
    )
    assert any("German" in n and "English" in n for n in _mixed(message))


@pytest.mark.parametrize(
    "value", ["Kubernetes", "data pipelines", "dbt", "das Checkout-Redesign", "Go"]
)
def test_short_values_and_loanwords_are_not_judged(value: str) -> None:
    assert foreign(value, "de") is None
    assert foreign(value, "en") is None


@pytest.mark.parametrize(
    ("value", "locale", "language"),
    [
        ("la refonte complète du parcours client", "en", "fr"),
        ("a migração da nossa plataforma de pagamentos", "es", "pt"),
        ("la migración de nuestra plataforma de pagos", "pt_BR", "es"),
        ("de migratie van ons betaalplatform naar de cloud", "de", "nl"),
        ("la migrazione della piattaforma dei pagamenti", "fr", "it"),
    ],
)
def test_each_shipped_language_is_told_apart(value: str, locale: str, language: str) -> None:
    assert foreign(value, locale) == language
    assert foreign(value, language) is None


def test_a_field_the_message_does_not_quote_is_not_reported() -> None:
    # The plan goes into notes that mention what the candidate does next, not a thank-you.
    message = rk.compose(
        _situation(
            "die Migration der Dashboards auf dbt",
            plan="I am moving to Lisbon to start a consultancy",
        ),
        recipe="thank_you",
        to="Priya Raman",
        locale="de",
    )
    assert "Lisbon" not in message.text
    assert not any(n.startswith("candidate.plan") for n in _mixed(message))


def test_a_huge_value_is_judged_on_its_beginning_only() -> None:
    # 10,000 characters cost what 400 do: only the beginning is read.
    german = "die Migration unserer Zahlungsplattform " * 10
    value = german + "the migration of our payments platform " * 250
    assert foreign(value, "en") == "de"
    assert foreign(value, "de") is None


def test_an_unknown_language_is_never_judged() -> None:
    assert foreign("die Migration unserer Zahlungsplattform", "ja") is None


def _corpus() -> list[dict[str, str]]:
    import json
    from pathlib import Path

    folder = Path(__file__).parents[1] / "fixtures" / "mixed"
    return [
        json.loads(line)
        for split in ("dev", "test")
        for line in (folder / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]


_LOCALES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "it": "it", "nl": "nl", "pt": "pt_BR"}


def test_values_in_the_message_language_are_never_reported_even_dense_with_loanwords() -> None:
    """The blind corpus: no own-language value is reported, jargon and names included."""
    alarms = [
        (row["text"], row["language"])
        for row in _corpus()
        if row["language"] in _LOCALES
        and foreign(row["text"], _LOCALES[row["language"]]) is not None
    ]
    assert alarms == []


def test_most_values_in_another_language_are_reported() -> None:
    """Plain and long values typed in another language are reported nearly always."""
    rows = [r for r in _corpus() if r["language"] in _LOCALES and r["style"] in ("plain", "long")]
    caught = total = 0
    for row in rows:
        for code, locale in _LOCALES.items():
            if code != row["language"]:
                total += 1
                caught += foreign(row["text"], locale) is not None
    assert caught / total >= 0.95


def test_small_words_settle_the_usual_case_without_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A value whose small words say it is in the letter's language is never sent to the
    model (whose loading is most of a first message's time); one with a word the language
    lacks still is."""
    from rejection_kit.language import _detect

    asked: list[str] = []

    class Model:
        def rank(self, text: str) -> list[tuple[str, float]]:
            asked.append(text)
            return [("fr", 1.0), ("en", 0.0)]

    monkeypatch.setattr(_detect, "_model", Model)
    foreign.cache_clear()
    try:
        assert foreign("moving the dashboards to dbt", "en") is None
        assert foreign("die Migration unserer Plattform auf Kubernetes", "de") is None
        assert asked == []
        assert foreign("your approach to la gestion des équipes à distance", "en") == "fr"
        assert foreign("the migration of our payments platform", "de") == "fr"
        assert len(asked) == 2
    finally:
        foreign.cache_clear()


def test_the_small_words_never_answer_otherwise_than_the_model() -> None:
    """On the blind corpus, in every message language, the shortcut agrees with the model."""
    from rejection_kit.language._detect import _model, _plainly_in

    model = _model()
    disagree = []
    for row in _corpus():
        for code in _LOCALES:
            if _plainly_in(row["text"], code) and len(row["text"].split()) >= 3:
                ranked = dict(model.rank(row["text"]))
                best = max(ranked, key=ranked.__getitem__)
                if best != code and ranked[best] >= 0.7 and ranked.get(code, 0.0) <= 0.05:
                    disagree.append((row["text"], code, best))
    assert disagree == []


@pytest.mark.parametrize(
    ("value", "locale", "language"),
    [("the warm welcome", "de", "en"), ("el pricing", "fr", "es"), ("een master", "it", "nl")],
)
def test_a_short_value_is_told_by_a_word_only_its_language_has(
    value: str, locale: str, language: str
) -> None:
    """Too short for the model, but "the" is no German word: the value is English."""
    assert foreign(value, locale) == language
    assert foreign(value, language) is None


def test_a_short_english_topic_in_a_german_letter_is_reported() -> None:
    message = rk.compose(
        _situation("the warm welcome"), recipe="thank_you", to="Priya Raman", locale="de"
    )
    assert any(n.startswith("contacts[0].topics[0]:") and "English" in n for n in _mixed(message))


def test_an_optional_value_in_another_language_is_left_out_not_pasted() -> None:
    """A German letter does not switch to English mid-sentence: the topic typed in
    English is left out (the note says so and how to have it said), and the highlight
    falls back to a sentence of its own language."""
    message = rk.compose(
        _situation("moving the dashboards to dbt"),
        recipe="full_response",
        to="Priya Raman",
        locale="de",
    )
    assert "dashboards" not in message.text
    notes = [n for n in _mixed(message) if n.startswith("contacts[0].topics[0]:")]
    assert notes
    assert "left out" in notes[0]
    assert "type it in German" in notes[0]


def test_a_plan_in_another_language_is_left_out_where_it_would_be_said() -> None:
    """The plan goes into a keep-the-door-open note; in English in a German one, it is
    left out with a note. A thank-you that would not say it gets no note about it."""
    situation = _situation(
        "die Migration der Dashboards auf dbt", plan="I am moving to Lisbon to start a consultancy"
    )
    door = rk.compose(situation, recipe="keep_door_open", to="Priya Raman", locale="de")
    assert "Lisbon" not in door.text
    assert any(n.startswith("candidate.plan:") and "left out" in n for n in door.warnings)
    english = rk.compose(situation, recipe="keep_door_open", to="Priya Raman", locale="en")
    assert "Lisbon" in english.text
    assert not any(n.startswith("candidate.plan:") for n in english.warnings)


# --- the language of the rejection received --------------------------------------------

_SPANISH_MAIL = (
    "From: Lucía Ferrer <lucia.ferrer@hotelesmar.example>\n"
    "To: Ana Ruiz <ana@example.com>\n"
    "Subject: Su candidatura al puesto de Analista de Datos\n"
    "Date: Tue, 24 Nov 2026 10:00:00 +0100\n"
    "Content-Type: text/plain; charset=utf-8\n\n"
    "Estimada Ana:\n\nGracias por participar en el proceso de selección de Hoteles Mar para "
    "el puesto de Analista de Datos. Tras valorar todas las candidaturas, hemos decidido "
    "continuar con otra persona.\n\nLe deseamos mucha suerte.\n\nUn saludo,\nLucía Ferrer\n"
    "Responsable de Selección, Hoteles Mar\n"
)


def _received(subject: str | None, feedback: str | None = None) -> rk.Situation:
    rejection: dict[str, Any] = {"date": "2026-11-24", "via": "email"}
    if subject:
        rejection["subject"] = subject
    if feedback:
        rejection["feedback"] = feedback
    return rk.Situation.from_dict(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": {"name": "Hoteles Mar"},
            "position": {"title": "Key Account Manager – Sector Retail"},
            "rejection": rejection,
        }
    )


def _about_received(message: rk.Message) -> list[str]:
    return [w for w in message.warnings if w.startswith("rejection.") and "pass locale=" in w]


def test_a_spanish_email_answered_in_english_says_which_locale_to_pass() -> None:
    situation = rk.Situation.from_email(_SPANISH_MAIL.encode(), candidate="Ana Ruiz")
    english = rk.compose(situation, recipe="thank_you")
    notes = _about_received(english)
    assert len(notes) == 1
    assert "Spanish" in notes[0]
    assert "locale='es'" in notes[0]
    assert not _about_received(rk.compose(situation, recipe="thank_you", locale="es"))


@pytest.mark.parametrize(
    ("subject", "feedback", "locale", "expected"),
    [
        # The subject is judged without the job title and the company: an English title
        # in a Spanish subject says nothing.
        ("Key Account Manager – Sector Retail (Hoteles Mar)", None, "es", None),
        (
            "Actualización sobre su candidatura: Key Account Manager – Sector Retail",
            None,
            "en",
            "es",
        ),
        # The feedback outweighs the subject.
        (
            "Your application",
            "Nos faltó algo más de experiencia con clientes de gran consumo.",
            "en",
            "es",
        ),
        (
            "Ihre Bewerbung bei Hoteles Mar",
            "We were looking for more retail experience.",
            "en",
            None,
        ),
        ("Ihre Bewerbung bei Hoteles Mar", None, "en", "de"),
        (None, None, "en", None),
    ],
)
def test_the_note_judges_feedback_first_and_the_subject_without_names(
    subject: str | None, feedback: str | None, locale: str, expected: str | None
) -> None:
    message = rk.compose(_received(subject, feedback), recipe="thank_you", locale=locale)
    notes = _about_received(message)
    if expected is None:
        assert notes == []
    else:
        assert len(notes) == 1
        assert f"locale={expected!r}" in notes[0]


def test_a_hostile_subject_is_shortened_in_the_note() -> None:
    subject = "Actualización sobre su candidatura " + "y el proceso de selección " * 15
    message = rk.compose(_received(subject[:300].strip()), recipe="thank_you")
    (note,) = _about_received(message)
    assert len(note) < 300
    assert "..." in note
