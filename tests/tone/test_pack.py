"""TOML rule packs: loading, validation against their own examples, use per call."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from rejection_kit import Situation, tone
from rejection_kit._errors import RulePackError
from rejection_kit.tone import check, load_pack
from rejection_kit.tone._builtin import has_pack, pack

PACKS = Path(tone.__file__).parent / "packs"

GOOD = """
name = "acme"

[[rule]]
id = "acme.no_salary_talk"
kind = "existence"
severity = "warning"
tags = ["oversharing"]
message = "May read as negotiating after the decision."
patterns = ['\\bsalary\\b', '\\bcompensation\\b']
exceptions = ['\\bsalary survey\\b']
examples.bad = ["Happy to revisit the salary question."]
examples.good = ["I read your salary survey with interest.", {text = "Thanks!", channel = "sms"}]

[[rule]]
id = "acme.needs_sign_off"
kind = "required"
severity = "suggestion"
message = "May read as abrupt without a sign-off."
patterns = ['\\b(?:regards|best|cheers)\\b']
examples.bad = ["Thank you for the update."]
examples.good = ["Thank you for the update. Best, Maya"]
"""


def test_load_from_text_and_use() -> None:
    """A valid pack loads from TOML text and its rules run when passed in ``rules=``."""
    pack = load_pack(GOOD)
    assert pack.name == "acme"
    assert [r.id for r in pack] == ["acme.no_salary_talk", "acme.needs_sign_off"]
    assert len(pack) == 2
    report = check("Thank you. Let's discuss salary.", rules=[pack])
    assert {f.rule_id for f in report.findings} == {"acme.no_salary_talk", "acme.needs_sign_off"}


def test_load_from_path_and_json(tmp_path: Path) -> None:
    """Packs load from a .toml path (name from the file) and from .json."""
    path = tmp_path / "house.toml"
    path.write_text(GOOD.replace('name = "acme"\n', ""), encoding="utf-8")
    assert load_pack(path).name == "house"
    assert load_pack(str(path)).source == str(path)
    data = {
        "rule": [
            {
                "id": "acme.jargon",
                "severity": "warning",
                "message": "May read as jargon.",
                "patterns": ["\\bsynergy\\b"],
                "examples": {"bad": ["Great synergy."], "good": ["Great team."]},
            }
        ]
    }
    json_path = tmp_path / "jargon.json"
    json_path.write_text(json.dumps(data), encoding="utf-8")
    assert [r.id for r in load_pack(json_path)] == ["acme.jargon"]


def _rule(**overrides: object) -> str:
    fields = {
        "id": '"acme.x"',
        "severity": '"warning"',
        "message": '"May read as x."',
        "patterns": "['\\bxyzzy\\b']",
        "examples.bad": '["xyzzy"]',
        "examples.good": '["plugh"]',
    }
    fields.update({k: str(v) for k, v in overrides.items()})
    body = "\n".join(f"{k} = {v}" for k, v in fields.items() if v != "DROP")
    return f"[[rule]]\n{body}\n"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_rule(**{"examples.bad": '["plugh"]'}), "bad example does not fire"),
        (_rule(**{"examples.good": '["xyzzy again"]'}), "good example fires"),
        (_rule(**{"examples.good": "DROP"}), "at least one good example"),
        (_rule(**{"examples.bad": "DROP"}), "at least one bad example"),
        (_rule(patterns="['(unclosed']"), "does not compile"),
        (_rule(id='"Acme X"'), "id must match"),
        (_rule(kind='"metric"'), "kind must be one of"),
        (_rule(colour='"red"'), "unknown keys: colour"),
        (_rule(patterns='"not a list"'), "must be a list of strings"),
        (_rule(severity='"fatal"'), "severity"),
        (_rule(message="DROP"), "'message' is required"),
        (_rule(skip_situation_values='"yes"'), "skip_situation_values must be true or false"),
        (_rule() + _rule(), "duplicate rule id"),
        (_rule(**{"examples.good": "[42]"}), "each example is a string"),
        (
            _rule(examples="3").replace(
                'examples.bad = ["xyzzy"]\nexamples.good = ["plugh"]\n', ""
            ),
            "examples must be a table",
        ),
    ],
)
def test_invalid_packs_name_the_rule(text: str, message: str) -> None:
    """A malformed pack, or one that fails its own examples, is refused with the rule's id."""
    with pytest.raises(RulePackError, match=message) as info:
        load_pack(text)
    assert info.value.source == "<string>"


def test_file_level_errors(tmp_path: Path) -> None:
    """Unreadable files, bad TOML, unknown top-level keys and empty packs are errors."""
    with pytest.raises(RulePackError, match="cannot read"):
        load_pack(tmp_path / "missing.toml")
    with pytest.raises(RulePackError, match="not a valid pack"):
        load_pack("[[rule]\nid =")
    with pytest.raises(RulePackError, match="unknown top-level keys"):
        load_pack('title = "x"\n' + _rule())
    with pytest.raises(RulePackError, match="at least one"):
        load_pack('name = "empty"\n')
    with pytest.raises(TypeError):
        load_pack(42)  # type: ignore[arg-type]
    with pytest.raises(RulePackError, match="at least one"):
        load_pack('name = "empty"\n')
    with pytest.raises(TypeError):
        load_pack(42)  # type: ignore[arg-type]


def test_a_pack_rule_can_skip_the_situations_own_values() -> None:
    """``skip_situation_values`` spares a company really called "ACME Labs"."""
    pack = load_pack(
        _rule(
            patterns="['\\bACME\\b']", case_sensitive="true", skip_situation_values="true"
        ).replace('examples.bad = ["xyzzy"]', 'examples.bad = ["Thanks, ACME."]')
    )
    draft = "Thank you to everyone at ACME Labs."
    assert [f.rule_id for f in check(draft, rules=[pack]).findings] == ["acme.x"]

    def at(company: str) -> Situation:
        return Situation.from_dict(
            {
                "candidate": {"name": "Maya"},
                "company": {"name": company},
                "position": {"title": "Analyst"},
            }
        )

    assert check(draft, rules=[pack], situation=at("ACME Labs")).findings == ()
    flagged = check(draft, rules=[pack], situation=at("Globex")).findings
    assert "acme.x" in {f.rule_id for f in flagged}  # another company: still flagged


def _built_in_patterns() -> list[tuple[str, str]]:
    """Every pattern and exception of every built-in pack, with its rule's id."""
    names = sorted(p.name for p in PACKS.iterdir() if p.is_dir() and p.name != "messages")
    return [
        (rule.id, pattern)
        for name in names
        if has_pack(name)
        for rule in pack(name)
        for pattern in (*rule.patterns, *rule.exceptions)
    ]


def test_no_pattern_makes_the_doubled_consonant_optional_instead_of_the_ending() -> None:
    """ "nulle?" matches "null" and "nulle", never "nul": "je suis nul" went unflagged. The
    ending that doubles a consonant is written "nul(?:le)?", "bon(?:ne)?"."""
    doubled = re.compile(r"([a-zà-ÿ])\1e\?")
    patterns = _built_in_patterns()
    assert len(patterns) > 1000
    assert [(rule, p) for rule, p in patterns if doubled.search(p)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Je suis nul.",
        "Je ne suis pas assez bon pour ce poste.",
        "Mes réponses étaient brouillonnes.",
    ],
)
def test_a_french_masculine_ending_is_caught_too(text: str) -> None:
    assert any(f.rule_id.startswith("apology.") for f in check(text, locale="fr").findings)
