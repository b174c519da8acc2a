"""Required literals: the pre-filter that skips a pattern whose literals a text lacks.

It must never change a finding (it only skips patterns that cannot match), with the
Aho–Corasick scan of ``pyahocorasick`` or without it, and must stay cheap on hostile
patterns and texts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from tests.tone.test_re2set import COMPILED, INDEX, _drafts, _findings, texts

import rejection_kit as rk
from rejection_kit.tone import _engine, _literals
from rejection_kit.tone._compile import PrefilterIndex
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._literals import LiteralFilter, required_literals
from rejection_kit.tone._locale import resolve_locale

PARTS = [p for c in COMPILED for p in c.parts]


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        # A run across optional words and a \b: every spelling the run can take.
        (r"\bi (?:really )?need\b", (("i need", "i really need"),)),
        # A branch of plain words is a clause of its own, and the words around it another.
        (
            r"\bfor the (?:second|third|fourth) time\b",
            (("for the fourth time", "for the second time", "for the third time"),),
        ),
        # A repeat that must occur once holds its literals; an optional one does not.
        (r"(?:no way)+ out", (("no way",), (" out",))),
        (r"(?:thanks )?a lot", (("a lot",),)),  # "thanks a lot" holds "a lot"
        # Classes of a few characters are spelled out; \w and ranges break the run.
        (r"cut[- ]paste", (("cut paste", "cut-paste"),)),
        (r"\bover\w+ promised", ((" promised",), ("over",))),
        # Nothing long enough to be worth a lookup.
        (r"[!?]{3,}", None),
        (r"\bi\b", None),
    ],
)
def test_required_literals(pattern: str, clauses: tuple[tuple[str, ...], ...] | None) -> None:
    assert required_literals(pattern) == clauses


def test_a_clause_implied_by_a_kept_one_is_left_out() -> None:
    # "need" adds nothing to "i really need": the second test could never fail alone.
    assert required_literals(r"\bi really need\b(?: it)?") == (("i really need",),)


@pytest.mark.parametrize(
    "pattern",
    [
        "(" * 90 + "thanks" + ")" * 90,  # nested deep
        "|".join(f"word{i}" for i in range(20_000)),  # a huge alternation
        "|".join(f"{chr(97 + i % 26)}{i:05}z" for i in range(20_000)),  # none holds another
        "(?:a|b|c|d)" * 200,  # a product that would explode
        "[",  # does not parse
    ],
)
def test_hostile_patterns_are_planned_quickly_and_safely(pattern: str) -> None:
    found = required_literals(pattern)
    assert found is None or all(clause and all(clause) for clause in found)
    assert found is None or all(len(clause) <= 64 for clause in found)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_a_pattern_that_matches_always_has_its_literals(text: str) -> None:
    """Every shipped pattern, on the rules' examples cut up and mixed with hostile
    characters: a pattern that matches is never filtered out, with or without the scan."""
    doc = Doc(text)
    active = INDEX.active(doc)
    for part in PARTS:
        if any(m.end() > m.start() for m in part.matches(doc)):
            assert part in active, (part.pattern, text)
            if doc.fast and part.literals:
                lower = doc.lower
                assert all(any(s in lower for s in clause) for clause in part.literals)


def test_the_scan_and_the_lookups_agree() -> None:
    if not _literals.ac_available():
        pytest.skip("pyahocorasick is not installed")
    filter_ = LiteralFilter(PARTS)
    assert filter_.prepare()
    for text, _ in _drafts()[::7]:
        doc = Doc(text)
        if not doc.fast:
            continue
        scanned = filter_.candidates(doc.lower)
        looked_up = filter_.keep(doc.lower, [p for p in PARTS if p.literals])
        assert scanned == looked_up, text


def test_findings_are_identical_with_the_scan_the_lookups_and_no_literals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over every corpus draft (thousands, seven languages)."""
    drafts = _drafts()
    assert len(drafts) > 3000
    rk.warm_up()
    default = [_findings(text, locale) for text, locale in drafts]
    monkeypatch.setattr(_literals, "_ahocorasick", None)  # as without the package
    assert not INDEX._literals.scans  # the engine's copy of the module, too
    assert [_findings(text, locale) for text, locale in drafts] == default
    monkeypatch.setattr(LiteralFilter, "keep", lambda self, lower, parts: frozenset(parts))
    assert [_findings(text, locale) for text, locale in drafts] == default


def test_the_filter_skips_what_the_words_let_through() -> None:
    """The point of it: a long e-mail full of common words wakes few patterns."""
    text = (
        "Thank you for letting me know. I had to think about it for a while, and I know "
        "you have a lot to deal with; you did the right thing to tell me early. I am "
        "grateful for the time you gave me and for the care the panel took."
    )
    rule = next(c for c in COMPILED if c.rule.id == "apology.runs_self_down")
    index = PrefilterIndex([rule])
    doc = Doc(text)
    words = doc.word_index
    woken = {p for p in rule.parts if p.needed and all(map(words.satisfies, p.needed))}
    assert woken, "the words alone wake some of the rule's patterns"
    assert not index.active(doc) & woken
    assert not any(re.search(p.pattern, text, re.IGNORECASE) for p in woken)


def test_the_scan_is_built_at_the_twentieth_check_or_by_warm_up(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A one-off script never pays for building the automaton; a batch soon has it, and
    a server has it from ``warm_up`` on."""
    if not _literals.ac_available():
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setattr(_literals, "_automata", {})
    filter_ = LiteralFilter(PARTS)
    assert [filter_.scans for _ in range(_literals.SCAN_AFTER)] == [False] * (
        _literals.SCAN_AFTER - 1
    ) + [True]
    assert LiteralFilter(PARTS).scans  # the same literals: the same automaton, at once
    rk.clear_caches()
    rk.warm_up(["de"], detect=False)
    chain = resolve_locale("de")[1]
    for errors_only in (False, True):
        index = _engine._plan(chain, "email", None, None, (), errors_only=errors_only).index
        assert index._literals._automaton is not None
