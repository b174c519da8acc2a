"""Institutions named by their noun take an article in French, Italian, Dutch and
Portuguese letters, with the preposition before it merged as each language writes it."""

from __future__ import annotations

import re

import attrs
import pytest

import rejection_kit as rk
from rejection_kit._cli import sample_situation
from rejection_kit.language._grammar import grammar

RECIPES = ("thank_you", "full_response", "keep_door_open", "be_a_resource", "stay_on_radar")


def _letters(locale: str, company: str) -> str:
    base = sample_situation()
    situation = attrs.evolve(base, company=attrs.evolve(base.company, name=company))
    texts = []
    for recipe in RECIPES:
        for seed in (1, 2):
            texts += [
                m.text for m in rk.compose_all(situation, recipe=recipe, locale=locale, seed=seed)
            ]
    return "\n".join(texts)


@pytest.mark.parametrize(
    ("locale", "company", "present", "absent"),
    [
        (
            "fr",
            "University of Freiburg",
            ["à l'University of Freiburg"],
            ["chez University", "d'University", "pour University"],
        ),
        (
            "fr",
            "Collège de France",
            ["au Collège de France", "Le Collège de France"],
            ["au le ", "chez Collège", "de le ", "à le "],
        ),
        (
            "fr",
            "Fondation de France",
            ["à la Fondation de France"],
            ["chez Fondation", "de Fondation"],
        ),
        (
            "it",
            "Università di Bologna",
            ["presso l'Università di Bologna"],
            ["presso Università", "di Università", "la l'"],
        ),
        (
            "it",
            "Politecnico di Milano",
            ["presso il Politecnico di Milano"],
            ["di il ", "presso Politecnico"],
        ),
        (
            "it",
            "University of Freiburg",
            ["presso la University of Freiburg"],
            ["presso University", "di la "],
        ),
        (
            "nl",
            "Universiteit Utrecht",
            ["bij de Universiteit Utrecht"],
            ["bij Universiteit", "de de "],
        ),
        (
            "nl",
            "Ministerie van Financiën",
            ["bij het Ministerie van Financiën"],
            ["bij Ministerie"],
        ),
        ("pt_BR", "University of Freiburg", ["na University of Freiburg"], ["empresa University"]),
        (
            "pt_BR",
            "Instituto Butantan",
            ["no Instituto Butantan"],
            ["empresa Instituto", "na Instituto"],
        ),
    ],
)
def test_institutions_take_their_article(
    locale: str, company: str, present: list[str], absent: list[str]
) -> None:
    joined = _letters(locale, company)
    for wording in present:
        assert wording in joined, (wording, joined)
    for wording in absent:
        assert wording not in joined, wording
    # At the start of a sentence the article is capitalised.
    assert not re.search(rf"(?:^|[.!?] )(?:la|l'|il|de|het) {re.escape(company)}", joined, re.M)


def test_a_brand_keeps_no_article() -> None:
    for locale, preposition in (("fr", "chez"), ("it", "presso"), ("nl", "bij")):
        joined = _letters(locale, "Northwind Analytics")
        assert f"{preposition} Northwind Analytics" in joined


@pytest.mark.parametrize(
    ("locale", "text", "company", "expected"),
    [
        (
            "it",
            "Grazie per la reception di Università di Pisa.",
            "Università di Pisa",
            "Grazie per la reception dell'Università di Pisa.",
        ),
        (
            "it",
            "Da Fondazione Agnelli, grazie.",
            "Fondazione Agnelli",
            "Dalla Fondazione Agnelli, grazie.",
        ),
        (
            "it",
            "Fondazione Agnelli mi interessa.",
            "Fondazione Agnelli",
            "La Fondazione Agnelli mi interessa.",
        ),
        (
            "it",
            "presso la Fondazione Agnelli",
            "Fondazione Agnelli",
            "presso la Fondazione Agnelli",
        ),
        ("fr", "Un poste chez Institut Curie.", "Institut Curie", "Un poste à l'Institut Curie."),
        (
            "fr",
            "Des offres {de} Institut Curie.",
            "Institut Curie",
            "Des offres de l'Institut Curie.",
        ),
        (
            "nl",
            "Hogeschool Utrecht blijft me trekken.",
            "Hogeschool Utrecht",
            "De Hogeschool Utrecht blijft me trekken.",
        ),
        (
            "en",
            "at University of Freiburg",
            "University of Freiburg",
            "at the University of Freiburg",
        ),
        (
            "es",
            "en Universidad de Salamanca",
            "Universidad de Salamanca",
            "en la Universidad de Salamanca",
        ),
    ],
)
def test_the_article_and_its_contraction(
    locale: str, text: str, company: str, expected: str
) -> None:
    assert grammar(locale).apply(text, company=company) == expected


def test_portuguese_gender_comes_from_the_noun_unless_given() -> None:
    pt = grammar("pt_BR")
    assert pt.gender("Universidade Federal do Rio", {}) == "f"
    assert pt.gender("Instituto Butantan", {}) == "m"
    assert pt.gender("Instituto Butantan", {"pt": "f"}) == "f"
    assert pt.gender("Nubank", {}) is None


@pytest.mark.parametrize(
    ("text", "company", "expected"),
    [
        ("Des offres {de} Centre Pompidou.", "Centre Pompidou", "Des offres du Centre Pompidou."),
        ("Un poste chez Centre Pompidou.", "Centre Pompidou", "Un poste au Centre Pompidou."),
        # Rendered twice (a phrase inside its frame): the merged article is not repeated.
        ("Le quotidien au Musée Rodin.", "Musée Rodin", "Le quotidien au Musée Rodin."),
        # A word that merely ends like "au" is no article.
        ("Un chapeau Musée Rodin.", "Musée Rodin", "Un chapeau le Musée Rodin."),
    ],
)
def test_french_masculine_institutions_merge_with_the_preposition(
    text: str, company: str, expected: str
) -> None:
    assert grammar("fr").apply(text, company=company) == expected


@pytest.mark.parametrize(
    ("company", "italian"),
    [
        ("Université {de} \\1 (x|y)* [z]", None),
        ("Fondazione " + "a" * 5_000, "la"),
        ("Università %(company)s {{ c.company }}", "l'"),
    ],
)
def test_a_hostile_institution_name_is_placed_as_typed(company: str, italian: str | None) -> None:
    """Braces, backslashes, pattern syntax and a very long name are text: the name stays
    as typed, is never read as a token, template or pattern, and gets its article once."""
    text = f"Lavorare presso {company}. " * 50
    for locale in ("fr", "it", "nl", "pt_BR", "es"):
        assert grammar(locale).apply(text, company=company).count(company) == 50
    out = grammar("it").apply(text, company=company)
    if italian is not None:
        joined = italian if italian.endswith("'") else f"{italian} "
        assert out.count(f"presso {joined}{company}") == 50
    else:
        assert out == text


@pytest.mark.parametrize(
    ("locale", "text", "company", "expected"),
    [
        # The genitive: which sample letter says it depends on the phrasing chosen.
        (
            "fr",
            "la décision {de} Collège de France",
            "Collège de France",
            "la décision du Collège de France",
        ),
        (
            "it",
            "la decisione di Università di Bologna",
            "Università di Bologna",
            "la decisione dell'Università di Bologna",
        ),
        ("fr", "la décision {de} Northwind", "Northwind", "la décision de Northwind"),
    ],
)
def test_institutions_take_their_article_after_de(
    locale: str, text: str, company: str, expected: str
) -> None:
    assert grammar(locale).apply(text, company=company) == expected
