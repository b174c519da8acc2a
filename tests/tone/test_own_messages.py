"""The tone rules never warn about what the library writes itself.

A user who composes a note and then checks it (or edits it and checks again) must not be
told that the library's own gracious sentences read as sarcastic, threatening or
desperate. Every message of every recipe, for the realistic situations of
``tests/composition/situations.py``, in every locale, both registers and two seeds, is
checked with its situation and recipe: no warning, no error.

This held 400 such warnings when it was written (a Dutch wish "nog een fijne week" read
as sarcasm about speed, a company called "Orbit Media" as the press, an Italian "Qualche
mese fa … con Lei" as a slight on the winner, a check-in as a thank-you that forgot to
thank); each was mended in the rule, so that a person's draft saying the same is not
flagged either.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from tests.composition.situations import with_address, with_sample

import rejection_kit as rk
from rejection_kit.language import supported_locales

SEEDS = (0, 1)


def _messages(situation: rk.Situation, locale: str) -> Iterator[tuple[str, rk.Message]]:
    for recipe_name, recipe in sorted(rk.recipes.RECIPES.items()):
        targets = [c.name for c in situation.contacts if recipe.eligible(c, situation)]
        for to in targets or [None]:
            for seed in SEEDS:
                try:
                    message = rk.compose(
                        situation, recipe=recipe_name, to=to, locale=locale, seed=seed
                    )
                except rk.RejectionKitError:
                    continue  # the recipe has nothing to say here: not this test's matter
                yield recipe_name, message


@pytest.mark.parametrize("locale", supported_locales())
def test_no_composed_message_draws_a_warning(locale: str) -> None:
    """Every composed message checks clean: not one warning or error."""
    warned = []
    checked = 0
    for name, data in sorted(with_sample().items()):
        for address in ("formal", "informal"):
            situation = with_address(data, address)
            for recipe, message in _messages(situation, locale):
                report = rk.check(
                    message.text,
                    situation=situation,
                    locale=locale,
                    channel=message.channel,
                    recipe=recipe,
                )
                checked += 1
                warned += [
                    (name, address, recipe, f.rule_id, f.match)
                    for f in report.findings
                    if f.severity in ("warning", "error")
                ]
    assert checked > 300
    assert warned == []


# A company whose real name looks like template text in one language's sample-text rule.
TEMPLATE_LIKE_COMPANIES = {
    "de": "XYZ Logistik GmbH",
    "en": "Acme Ltd",
    "es": "SuEmpresa.es",
    "fr": "Groupe ABC",
    "it": "Acme S.p.A.",
    "nl": "<Labs>",
    "pt_BR": "Beltrano Engenharia",
}


@pytest.mark.parametrize("locale", sorted(TEMPLATE_LIKE_COMPANIES))
def test_a_company_named_like_template_text_is_not_sample_text(locale: str) -> None:
    """The library writes the company's real name; its self-check must not reject it.

    A Dutch check-in for a company called "<Labs>" once raised ``ConstraintError``
    (``personalization.sample_text`` read the name as a field "<Naam>" left in).
    """
    company = TEMPLATE_LIKE_COMPANIES[locale]
    situation = rk.Situation.from_dict(
        {
            "candidate": {"name": "Maya"},
            "company": {"name": company},
            "position": {"title": "Data Analyst"},
            "contacts": [],
        }
    )
    draft = f"Thank you, {company}.\n\nMaya"
    without = {f.rule_id for f in rk.check(draft, locale=locale).findings}
    assert "personalization.sample_text" in without  # the name does look like a template
    told = {f.rule_id for f in rk.check(draft, locale=locale, situation=situation).findings}
    assert "personalization.sample_text" not in told
    # Every message the library writes for it composes, on every channel.
    written = named = 0
    refused = []
    for channel in ("email", "linkedin", "card"):
        for recipe in sorted(rk.recipes.RECIPES):
            try:
                messages = rk.compose_all(
                    situation, recipe=recipe, locale=locale, channel=channel, seed=0
                )
            except rk.ConstraintError as error:
                refused.append((recipe, channel, str(error)))
                continue
            except rk.RejectionKitError:
                continue  # the recipe has nothing to say here: not this test's matter
            written += len(messages)
            named += sum(company in m.text for m in messages)
    assert refused == []
    assert written > 10
    assert named > 5  # the name is really in the text the self-check read
