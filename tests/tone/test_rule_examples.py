"""Every built-in rule is well formed and agrees with its own examples."""

from __future__ import annotations

import re

import pytest

from rejection_kit.tone import Rule, builtin_rules, check, validate_rule
from rejection_kit.tone._builtin import has_pack, pack
from rejection_kit.tone._pack import example_fires

RULES = builtin_rules("en")
#: Every pack's rules with the language their cue rules read words in.
PACKS = [name for name in ("root", "en", "de", "es", "fr", "it", "nl", "pt_br") if has_pack(name)]
ALL = [(name, rule) for name in PACKS for rule in pack(name)]
EXAMPLES = [(name, rule, example) for name, rule in ALL for example in rule.examples]


def _language(name: str) -> str:
    return "en" if name == "root" else name


@pytest.mark.parametrize(("name", "rule"), ALL, ids=[f"{n}:{r.id}" for n, r in ALL])
def test_rule_validates(name: str, rule: Rule) -> None:
    """Each rule compiles and has at least one good and one bad example that behave,
    read with its own pack's lemma table."""
    validate_rule(rule, language=_language(name))


@pytest.mark.parametrize(
    ("name", "rule", "example"),
    EXAMPLES,
    ids=[f"{n}:{r.id}:{'bad' if e.fires else 'good'}:{i}" for i, (n, r, e) in enumerate(EXAMPLES)],
)
def test_example(name: str, rule: Rule, example: object) -> None:
    """A bad example fires its rule and a good one does not."""
    fired = example_fires(rule, example, language=_language(name))  # type: ignore[arg-type]
    assert fired is example.fires  # type: ignore[attr-defined]


_LOCALES = {"root": "en", "pt_br": "pt_BR"}
FIRING = [(n, r, e) for n, r, e in EXAMPLES if e.fires]


@pytest.mark.parametrize(
    ("name", "rule", "example"),
    FIRING,
    ids=[f"{n}:{r.id}:{i}" for i, (n, r, _) in enumerate(FIRING)],
)
def test_bad_example_fires_through_check(name: str, rule: Rule, example: object) -> None:
    """A bad example also draws the rule's finding from the full ``check`` in its locale."""
    report = check(
        example.text,  # type: ignore[attr-defined]
        locale=_LOCALES.get(name, name),
        channel=example.channel,  # type: ignore[attr-defined]
        recipe=example.recipe,  # type: ignore[attr-defined]
        tone=example.tone,  # type: ignore[attr-defined]
        situation=example.situation,  # type: ignore[attr-defined]
    )
    assert rule.id in {f.rule_id for f in report.findings}


def test_ids_are_unique_and_dotted() -> None:
    """Rule ids are unique, dotted lower-case words."""
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z_]+(\.[a-z_]+)+", i) for i in ids)


def test_messages_say_may_read_as() -> None:
    """Every rule's message is worded "May read as ..."."""
    assert all(r.message.startswith("May read as") for r in RULES)


def test_every_domain_category_is_covered() -> None:
    """The English pack covers every "what not to do" category of the domain notes."""
    ids = {r.id for r in RULES}
    expected = {
        "gratitude.missing",
        "bitterness.disputes_decision",
        "bitterness.blames_process",
        "bitterness.disparages_winner",
        "sarcasm.backhanded",
        "desperation.reconsider",
        "desperation.plea",
        "desperation.self_undermining",
        "pushiness.demands_explanation",
        "pushiness.compares_with_winner",
        "pushiness.asks_referral",
        "pushiness.contact_cadence",
        "apology.count",
        "apology.for_time",
        "apology.over_justifying",
        "emotion.gushing",
        "emotion.oversharing",
        "hedging.insecurity",
        "threat.consequences",
        "public.complaint",
        "linkedin.default_note",
        "linkedin.note_ask",
        "personalization.placeholders",
        "personalization.unknown_recipient",
        "personalization.wrong_company",
        "channel.too_long",
        "channel.over_limit",
        "intensity.caps",
        "intensity.punctuation",
        "intensity.emoji",
        "door_open.missing",
        "resource_offer.presumptuous",
        "formality.slang",
    }
    assert expected <= ids
