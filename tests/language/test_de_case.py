"""German case at the seams: typed phrases declined where a frame holds them."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
from babel.messages import pofile

import rejection_kit as rk
from rejection_kit.language._case import decline
from rejection_kit.language._grammar import grammar
from rejection_kit.tone._redos import superlinear

LOCALES = Path(__file__).resolve().parents[2] / "src" / "rejection_kit" / "locales"
RULES = grammar("de").case
assert RULES is not None


@pytest.mark.parametrize(
    ("typed", "accusative", "dative"),
    [
        ("der herzliche Empfang", "den herzlichen Empfang", "dem herzlichen Empfang"),
        ("das STRIDE-Arbeitsblatt", "das STRIDE-Arbeitsblatt", "dem STRIDE-Arbeitsblatt"),
        ("die Migrations-Checkliste", "die Migrations-Checkliste", "der Migrations-Checkliste"),
        (
            "Ihr ermutigender Anruf nach der zweiten Runde",
            "Ihren ermutigenden Anruf nach der zweiten Runde",
            "Ihrem ermutigenden Anruf nach der zweiten Runde",
        ),
        ("ein kurzes Video", "ein kurzes Video", "einem kurzen Video"),
        ("dein Anruf", "deinen Anruf", "deinem Anruf"),
        ("Ihr Angebot", "Ihr Angebot", "Ihrem Angebot"),
        (
            "Ihr Wechsel in die Industrie",
            "Ihren Wechsel in die Industrie",
            "Ihrem Wechsel in die Industrie",
        ),
        ("euer herzlicher Empfang", "euren herzlichen Empfang", "eurem herzlichen Empfang"),
        ("unsere Idee", "unsere Idee", "unserer Idee"),
        # Already in the accusative: nothing to change.
        ("den herzlichen Empfang", "den herzlichen Empfang", "den herzlichen Empfang"),
        ("Ihren Anruf", "Ihren Anruf", "Ihren Anruf"),
    ],
)
def test_a_nominative_phrase_is_declined(typed: str, accusative: str, dative: str) -> None:
    """Article, possessive and adjectives take the case; the rest stays as typed."""
    assert decline(typed, "acc", RULES) == accusative
    assert decline(typed, "dat", RULES) == dative
    assert decline(typed, "nom", RULES) == typed


@pytest.mark.parametrize(
    "typed",
    [
        "Ihr Einwand",  # masculine, but no rule knows the noun: left as typed
        "dbt",  # no article: the case does not show
        "Meinungen zur Roadmap",  # starts like "mein", is no determiner
        "einige Tipps",
    ],
)
def test_a_phrase_whose_case_cannot_be_told_is_left_alone(typed: str) -> None:
    """No guess: ``None`` (the seam keeps the phrase as typed)."""
    assert decline(typed, "acc", RULES) is None


def _apply(text: str, *phrases: str, company: str = "", gender: str | None = None) -> str:
    return grammar("de").apply(text, phrases=phrases, company=company, gender=gender)


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "Danke für der herzliche Empfang.",
            "der herzliche Empfang",
            "Danke für den herzlichen Empfang.",
        ),
        (
            "Für der herzliche Empfang bin ich dankbar.",
            "der herzliche Empfang",
            "Für den herzlichen Empfang bin ich dankbar.",
        ),
        # No preposition: a typed phrase in a frame is an object.
        (
            "Hier finden Sie ein kurzer Vortrag.",
            "ein kurzer Vortrag",
            "Hier finden Sie einen kurzen Vortrag.",
        ),
        # A token names another case.
        ("{nom} Ihr Anruf hat mir geholfen.", "Ihr Anruf", "Ihr Anruf hat mir geholfen."),
        (
            "Ich denke gern {dat} der Empfang nach.",
            "der Empfang",
            "Ich denke gern dem Empfang nach.",
        ),
        # Dative prepositions, fused with the article.
        (
            "Passend zu der herzliche Empfang.",
            "der herzliche Empfang",
            "Passend zum herzlichen Empfang.",
        ),
        ("Ein Gruß von die Konferenz.", "die Konferenz", "Ein Gruß von der Konferenz."),
    ],
)
def test_the_seam_declines_a_phrase_by_its_preposition_or_token(
    text: str, phrase: str, expected: str
) -> None:
    assert _apply(text, phrase) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "unser Gespräch über wie sich das Team entwickelt.",
            "unser Gespräch darüber, wie sich das Team entwickelt.",
        ),
        (
            "Wie im Gespräch über wie sich das Team entwickelt angekündigt, schicke ich",
            "Wie im Gespräch darüber, wie sich das Team entwickelt, angekündigt, schicke ich",
        ),
        (
            "Ihr Blick auf wie sich das Team entwickelt – danke.",
            "Ihr Blick darauf, wie sich das Team entwickelt – danke.",
        ),
        (
            "Über wie sich das Team entwickelt sprechen wir noch.",
            "Darüber, wie sich das Team entwickelt, sprechen wir noch.",
        ),
    ],
)
def test_a_clause_takes_the_pronominal_adverb_and_its_commas(text: str, expected: str) -> None:
    """ "über wie …" is never German: "darüber, wie …," with the clause closed by a comma."""
    assert _apply(text, "wie sich das Team entwickelt") == expected


def test_a_phrase_ending_in_a_clause_is_closed_by_a_comma_but_not_before_a_bracket() -> None:
    title = "der Vortrag, den ich erwähnt hatte"
    assert _apply(f"Auch {title} habe ich.", title) == (
        "Auch den Vortrag, den ich erwähnt hatte, habe ich."
    )
    assert _apply(f"Hier finden Sie {title} (https://example.com).", title) == (
        "Hier finden Sie den Vortrag, den ich erwähnt hatte (https://example.com)."
    )


def test_a_name_ending_in_a_dot_ends_the_sentence_with_one_dot() -> None:
    name = "Deutsches Zentrum für Luft- und Raumfahrt e.V."
    assert _apply(f"Alles Gute bei {name}.", company=name) == (
        "Alles Gute beim Deutschen Zentrum für Luft- und Raumfahrt e.V."
    )
    assert grammar("en").apply("Best wishes to Acme Inc..", company="Acme Inc.") == (
        "Best wishes to Acme Inc."
    )


def test_a_clause_without_a_preposition_is_left_as_typed() -> None:
    text = "Da Sie wie sich das Team entwickelt erwähnt hatten"
    assert _apply(text, "wie sich das Team entwickelt") == text


@pytest.mark.parametrize(
    ("company", "gender", "bei", "zu", "fuer"),
    [
        (
            "University of Freiburg",
            None,
            "bei der University of Freiburg",
            "zur University of Freiburg",
            "für die University of Freiburg",
        ),
        (
            "Hanseatische Kühllogistik GmbH",
            None,
            "bei der Hanseatischen Kühllogistik GmbH",
            "zur Hanseatischen Kühllogistik GmbH",
            "für die Hanseatische Kühllogistik GmbH",
        ),
        (
            "Deutsche Bank",
            None,
            "bei der Deutschen Bank",
            "zur Deutschen Bank",
            "für die Deutsche Bank",
        ),
        (
            "Max-Planck-Institut",
            "n",
            "beim Max-Planck-Institut",
            "zum Max-Planck-Institut",
            "für das Max-Planck-Institut",
        ),
        ("Zalando", None, "bei Zalando", "zu Zalando", "für Zalando"),
        (
            "Robert Bosch GmbH",
            None,
            "bei der Robert Bosch GmbH",
            "zur Robert Bosch GmbH",
            "für die Robert Bosch GmbH",
        ),
        (
            "Deutsches Zentrum für Luft- und Raumfahrt e.V.",
            None,
            "beim Deutschen Zentrum für Luft- und Raumfahrt e.V.",
            "zum Deutschen Zentrum für Luft- und Raumfahrt e.V.",
            "für das Deutsche Zentrum für Luft- und Raumfahrt e.V.",
        ),
        (
            "Bayerischer Rundfunk",
            None,
            "beim Bayerischen Rundfunk",
            "zum Bayerischen Rundfunk",
            "für den Bayerischen Rundfunk",
        ),
        (
            "Stadtwerke Münster",
            None,
            "bei den Stadtwerken Münster",
            "zu den Stadtwerken Münster",
            "für die Stadtwerke Münster",
        ),
        (
            "Landratsamt Ravensburg",
            None,
            "beim Landratsamt Ravensburg",
            "zum Landratsamt Ravensburg",
            "für das Landratsamt Ravensburg",
        ),
        (
            "Hertie School",
            None,
            "bei der Hertie School",
            "zur Hertie School",
            "für die Hertie School",
        ),
        ("TU Dresden", None, "bei der TU Dresden", "zur TU Dresden", "für die TU Dresden"),
        ("Kakadu Games", None, "bei Kakadu Games", "zu Kakadu Games", "für Kakadu Games"),
    ],
)
def test_a_company_takes_an_article_only_when_its_name_needs_one(
    company: str, gender: str | None, bei: str, zu: str, fuer: str
) -> None:
    text = f"Ich war bei {company}, wechsle zu {company} und arbeite für {company} gern."
    assert _apply(text, company=company, gender=gender) == (
        f"Ich war {bei}, wechsle {zu} und arbeite {fuer} gern."
    )


def test_a_word_ending_in_a_preposition_is_not_one() -> None:
    """ "Gespräch" ends in no preposition, "Rundum" is none: only whole words govern."""
    text = "Ich lobe das Darum der herzliche Empfang."
    assert _apply(text, "der herzliche Empfang") == "Ich lobe das Darum den herzlichen Empfang."
    long_word = "Donaudampfschifffahrtsgesellschaftsbei der herzliche Empfang."
    assert _apply(long_word, "der herzliche Empfang").endswith("den herzlichen Empfang.")


def test_other_locales_are_not_touched() -> None:
    for locale in ("en", "fr", "es", "it", "nl", "pt_BR"):
        text = "für der herzliche Empfang"
        assert grammar(locale).apply(text, phrases=["der herzliche Empfang"]) == text


# -- hostile values -------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "x" * 500,
        "der " * 120 + "Empfang",
        "über " * 100,
        "{akk} " * 80,
        "wie " + "sehr " * 95,
        "Ihr" + "e" * 400,
    ],
)
def test_hostile_values_resolve_in_one_piece(value: str) -> None:
    """Huge or repetitive values are declined once each, never duplicated or lost."""
    text = ("Danke für " + value + ". ") * 20
    out = _apply(text, value)
    assert out.count("Danke") == 20
    assert len(text) - 200 < len(out) < len(text) + 200


def test_a_brace_the_user_typed_is_not_a_token() -> None:
    """Only the catalog's tokens resolve: "{de}" or "{akk}" inside a typed value stays."""
    french = grammar("fr").apply(
        "le bug {de} parsing, poste {de} Office", phrases=["bug {de} parsing"]
    )
    assert french == "le bug {de} parsing, poste d'Office"
    german = _apply("Danke für {akk} der Tipp zu {akk} Feldern.", "der Tipp zu {akk} Feldern")
    assert german == "Danke für den Tipp zu {akk} Feldern."


@pytest.mark.parametrize(
    "attack",
    [
        ("Danke für ", "der herzliche Empfang. Danke für ", "!"),
        ("", "über wie es geht ", "."),
        ("bei ", "bei ", "University of Freiburg"),
        ("", "x" * 40 + " ", "der herzliche Empfang"),
    ],
)
def test_the_seam_takes_linear_time(attack: tuple[str, str, str]) -> None:
    """Many values, prepositions or long words in one text: the time grows linearly."""
    values = ("der herzliche Empfang", "wie es geht")

    def run(text: str) -> object:
        return _apply(text, *values, company="University of Freiburg")

    assert superlinear(run, [attack], limit=10.0) is None


# -- the catalogs and whole messages --------------------------------------------------


def test_every_token_in_a_catalog_is_one_its_locale_resolves() -> None:
    """A misspelt token ("{akk}" in French, "{ak}" in German) would reach a letter."""
    problems = []
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/*.po")):
        locale = po.parts[-3]
        known = grammar(locale).tokens
        with po.open("rb") as fh:
            catalog = pofile.read_po(fh)
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for string in strings:
                for token in re.findall(r"\{([a-z_]+)\}", str(string or "")):
                    if token not in known:
                        problems.append(f"{po.name} ({locale}): {{{token}}} in {message.id!r}")
    assert problems == []


def _german(sample_data: dict[str, Any]) -> rk.Situation:
    data = copy.deepcopy(sample_data)
    data["company"] = {"name": "University of Freiburg"}
    data["position"] = {"title": "Referent Controlling"}
    data["rejection"].pop("feedback", None)
    data["candidate"].pop("plan", None)
    data["offers"] = [
        {
            "kind": "resource",
            "for": "Priya Raman",
            "title": "ein kurzer Vortrag über Metric Trees",
            "url": "https://example.com/metric-trees",
        }
    ]
    for contact in data["contacts"]:
        contact["topics"] = []
        contact.pop("kindnesses", None)
    data["contacts"][0]["kindnesses"] = ["ihr ermutigender Anruf nach der zweiten Runde"]
    data["contacts"][1]["topics"] = ["wie sich das Datenteam das Vertrauen erarbeitet"]
    return rk.Situation.from_dict(data)


def test_whole_german_messages_hold_typed_phrases_in_the_right_case(
    sample_data: dict[str, Any],
) -> None:
    """Every phrasing of every recipe: no nominative after a preposition, no "über wie"."""
    situation = _german(sample_data)
    priya, daniel = situation.contacts[0].name, situation.contacts[1].name
    text = ""
    for recipe in ("thank_you", "be_a_resource", "full_response", "keep_door_open"):
        for to in (priya, daniel):
            try:
                for message in rk.every_variant(situation, recipe=recipe, to=to, locale="de"):
                    text += f"{message.subject}\n{message.text}\n"
            except rk.CompositionError:
                continue
    assert "ermutigenden Anruf" in text
    assert "einen kurzen Vortrag" in text
    assert "darüber, wie sich das Datenteam" in text or "darauf, wie sich das Datenteam" in text
    assert "bei der University of Freiburg" in text
    assert not re.search(r"\b(?:für|über|auf) (?:Ihr|dein|ein|der) \w+er\b", text)
    assert not re.search(r"\b(?:über|auf|für) wie\b", text)
    assert not re.search(r"\b(?:bei|von|zu|für) University\b", text)
    assert "{" not in text


@pytest.mark.parametrize(
    ("typed", "warned"),
    [
        ("ihre buchempfehlung", "Buchempfehlung"),
        ("ein podcast zu nachhaltiger Logistik", "Podcast"),
        ("sein kontakt zur Personalabteilung", "Kontakt"),
        ("ihre Buchempfehlung", None),
        ("die dbt-Migration", None),
        ("barrierefreie Websites", None),
    ],
)
def test_a_noun_typed_in_lower_case_is_reported(
    sample_data: dict[str, Any], typed: str, warned: str | None
) -> None:
    """German capitalises nouns: the message warns about the field, and says how."""
    data = copy.deepcopy(sample_data)
    data["contacts"][0]["kindnesses"] = [typed]
    data["contacts"][0]["topics"] = []
    situation = rk.Situation.from_dict(data)
    name = situation.contacts[0].name
    warnings = rk.compose(situation, recipe="thank_you", to=name, locale="de", seed=1).warnings
    found = [w for w in warnings if "lower case" in w]
    if warned is None:
        assert found == []
    else:
        assert len(found) == 1
        assert found[0].startswith("contacts[0].kindnesses[0]:")
        assert repr(warned) in found[0]
    english = rk.compose(situation, recipe="thank_you", to=name, locale="en", seed=1).warnings
    assert not [w for w in english if "lower case" in w]
