"""Another company's name where a draft speaks of the company it is written to.

A letter copied from another application keeps the old company's name in the places that
speak of the company written to ("the team at", "rejoindre", "vaga na"). Those places are
data per language (``packs/root/company_slots.toml``); these drafts were written for the
test, not taken from the corpora the places were tuned on.
"""

from __future__ import annotations

import pytest

from rejection_kit.tone import check

RULE = "personalization.wrong_company"


def _situation(company: str) -> dict[str, object]:
    return {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": company},
        "position": {"title": "Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager"}],
    }


def _found(text: str, locale: str, company: str) -> list[str]:
    report = check(text, locale=locale, situation=_situation(company))
    return [f.match for f in report.findings if f.rule_id == RULE]


SLIPS = [
    (
        "en",
        "Brightwater Energy",
        "I would have loved to join Harbour Freight Partners.",
        "Harbour Freight Partners",
    ),
    (
        "de",
        "Hofmann Haustechnik GmbH",
        "Die Arbeit bei Bergmann Bau GmbH hätte mich gereizt.",
        "Bergmann Bau GmbH",
    ),
    (
        "fr",
        "Maison Lorin",
        "J'aurais aimé rejoindre Transports Vasseur et Fils.",
        "Transports Vasseur et Fils",
    ),
    (
        "es",
        "Lácteos del Bajío",
        "Me habría encantado formar parte de Farmacéutica Orión.",
        "Farmacéutica Orión",
    ),
    (
        "it",
        "Farmaceutici Ardenza S.p.A.",
        "Mi sarebbe piaciuto contribuire alla crescita di Lanificio Bertolini.",
        "Lanificio Bertolini",
    ),
    (
        "nl",
        "Tromp Transport",
        "Ik zou nog steeds graag werken bij Van Dalen Logistics.",
        "Van Dalen Logistics",
    ),
    (
        "pt_BR",
        "Hospital Santa Clara",
        "Continuo admirando o crescimento do Hospital São Lucas.",
        "Hospital São Lucas",
    ),
]


@pytest.mark.parametrize(("locale", "company", "text", "name"), SLIPS, ids=[s[0] for s in SLIPS])
def test_another_company_in_its_place_is_found(
    locale: str, company: str, text: str, name: str
) -> None:
    """The old company's name is reported, in the draft's own language."""
    report = check(text, locale=locale, situation=_situation(company))
    found = [f for f in report.findings if f.rule_id == RULE]
    assert [f.match for f in found] == [name]
    assert found[0].suggestion == company
    if locale != "en":
        assert "May read as careless" not in found[0].message


FINE = [
    # The company itself, or a short form of it.
    ("en", "Northwind Analytics", "I would have loved to join Northwind."),
    ("pt_BR", "Clínica Odonto Sorriso", "Agradeço a oportunidade na Clínica Sorriso."),
    # A local team, a place, a person, a course: no company.
    ("fr", "Armor Habitat", "Merci pour la rencontre avec l'équipe de Quimper."),
    ("es", "Agencia Aduanal Frontera", "Fue un gusto conocer al equipo de Nuevo Laredo."),
    ("it", "Banca del Tirreno", "È stato un piacere conoscere il team di Livorno."),
    ("nl", "Nordwin Verzekeringen", "Wil je een goed woordje doen bij Hans?"),
    ("de", "Hofmann Haustechnik GmbH", "Bei Fragen stehe ich Ihnen gern zur Verfügung."),
    ("en", "Prairie Wind Energy", "I am retaking the Working at Heights module."),
    # The writer's own past, or another company named on purpose.
    ("en", "Northwind Analytics", "In my previous role at Contoso I built the dashboards."),
    ("fr", "Maison Lorin", "Mon stage chez Hermès m'a beaucoup appris."),
    ("fr", "Maison Lorin", "Luis a mené une migration similaire chez Contoso Conseil."),
    ("es", "Lácteos del Bajío", "Me encantaría trabajar con Luis Gómez algún día."),
    (
        "es",
        "Lácteos del Bajío",
        "Gracias por presentarme a Luis: sería un placer trabajar en Grupo Lala algún día.",
    ),
    (
        "en",
        "Northwind Analytics",
        "Thanks for the introduction to Dana on the team at Harbor Health.",
    ),
]


@pytest.mark.parametrize(
    ("locale", "company", "text"), FINE, ids=[f"{f[0]}-{i}" for i, f in enumerate(FINE)]
)
def test_no_slip_where_none_is_made(locale: str, company: str, text: str) -> None:
    """Places, people, titles, the writer's own past and short forms are not slips."""
    assert _found(text, locale, company) == []


def test_linear_on_a_long_run_of_lead_ins() -> None:
    """A draft made of the lead-in repeated is read in one pass (no slip, no hang)."""
    text = "the team at " * 20_000 + "x"
    assert _found(text, "en", "Northwind Analytics") == []
    text = "la crescita di " * 20_000 + "Lanificio " * 5
    assert len(_found(text, "it", "Farmaceutici Ardenza")) >= 1


AUTHORS = [
    ("en", "I followed your tip and read the work of Kahneman on judgement."),
    ("nl", "Je tip om het werk van Van Gemert-Pijnen te lezen heb ik direct opgevolgd."),
    ("fr", "J'ai suivi votre conseil et lu le travail de Bourdieu sur le sujet."),
    ("es", "Seguí tu consejo y leí el trabajo de Ostrom sobre bienes comunes."),
    ("it", "Ho seguito il suo consiglio e letto il lavoro di Mazzucato sul tema."),
    ("pt_BR", "Segui sua dica e li o trabalho do Paulo Freire sobre educação."),
]


@pytest.mark.parametrize(("locale", "text"), AUTHORS, ids=[a[0] for a in AUTHORS])
def test_the_work_of_a_researcher_is_no_other_company(locale: str, text: str) -> None:
    """ "The work of" names an author as often as a company: no error for it."""
    assert _found(text, locale, "Hogeschool Oostland") == []
