"""The RE2 set that picks the patterns to run: never changes a finding, only skips work."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rejection_kit as rk
from rejection_kit.tone import _engine, _literals, builtin_rules
from rejection_kit.tone._compile import PrefilterIndex, compile_rule
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._locale import resolve_locale
from rejection_kit.tone._re2set import MAX_TEXT, PatternSet, loosened

LANGUAGES = ("en", "de", "es", "fr", "it", "nl", "pt_BR")
COMPILED = [compile_rule(r) for lang in LANGUAGES for r in builtin_rules(lang) if r.patterns]
KEYS = {(p.pattern, p.case_sensitive) for c in COMPILED for p in c.parts}
FAST = PatternSet(KEYS)
INDEX = PrefilterIndex(COMPILED)
CORPORA = Path(__file__).parent.parent / "fixtures" / "tone"

# The rules' own examples in every language, cut and mixed with hostile characters: case
# folding traps (ß, İ, ı, ſ, the Kelvin sign), combining marks, bidi marks, emoji, CJK.
_EXAMPLES = sorted({e.text for lang in LANGUAGES for r in builtin_rules(lang) for e in r.examples})
_HOSTILE = [
    "ß İ ı ſ \u212a ",
    "e\u0301 ",
    "\u202e\u2066\u200f ",
    "\U0001f60a ",
    "李雷 ",
    "\u00a0",
    "\u2028",
]
texts = st.lists(
    st.sampled_from(_EXAMPLES).flatmap(
        lambda t: st.tuples(st.integers(0, len(t)), st.integers(0, len(t))).map(
            lambda ij: t[min(ij) : max(ij)]
        )
    )
    | st.sampled_from(_HOSTILE)
    | st.text(max_size=15),
    max_size=8,
).map("".join)


def test_every_shipped_pattern_is_in_the_set() -> None:
    """The built-in packs are scanned in one pass, with no pattern left to the words."""
    assert FAST.keys == KEYS


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_the_set_never_changes_matches(text: str) -> None:
    """A pattern the set leaves out has no match: every rule finds the same spans."""
    doc = Doc(text)
    slow = [[(s, e) for s, e, _ in c.finditer(doc, prefilter=False)] for c in COMPILED]
    doc.active_parts = INDEX.active(doc, FAST)
    fast = [[(s, e) for s, e, _ in c.finditer(doc)] for c in COMPILED]
    assert fast == slow


@pytest.mark.parametrize(
    ("pattern", "text", "python_matches", "set_names_it"),
    [
        # No full case folding in either engine: neither matches.
        (r"\bstraße\b", "STRASSE", False, False),
        (r"\bweiß\b", "Ich WEIß es.", True, True),
        # The look-behind is dropped: a candidate Python then turns down.
        (r"(?<!not )\bgrateful\b", "I am not grateful", False, True),
        (r"(\w+) \1", "très très", True, True),  # a back-reference becomes "anything"
        (r"[^\W\d]+ção", "atenção", True, True),  # a negated class of categories
        (r"\s+—\s+", "a\u00a0—\u2003b", True, True),  # Unicode spaces
    ],
)
def test_loosened_patterns_keep_every_match(
    pattern: str, text: str, python_matches: bool, set_names_it: bool
) -> None:
    assert loosened(pattern, False) is not None
    assert bool(re.search(pattern, text, re.IGNORECASE)) is python_matches
    named = PatternSet([(pattern, False)]).candidates(text) == [(pattern, False)]
    assert named is set_names_it


def test_a_pattern_re2_cannot_say_keeps_the_word_filter() -> None:
    # RE2 refuses repeats above 1,000: such a pattern stays out of the set, and the
    # words of the text decide whether it runs, as without RE2.
    pattern = r"\bthank(?:s| you){1001}"
    assert loosened(pattern, False) is None
    rule = rk.tone.Rule(
        id="house.stutter",
        kind="existence",
        severity="warning",
        message="May read as a stutter.",
        patterns=(pattern, r"\bthanks\b"),
        examples=(
            rk.tone.Example(text="Thanks again", fires=True),
            rk.tone.Example(text="Best regards", fires=False),
        ),
    )
    compiled = compile_rule(rule)
    index = PrefilterIndex([compiled])
    fast = PatternSet([(p.pattern, p.case_sensitive) for p in compiled.parts])
    assert fast.keys == {(r"\bthanks\b", False)}
    doc = Doc("thank" + "s" * 1001 + " and thanks")
    assert index.active(doc, fast) == index.active(doc) == set(compiled.parts)
    assert [m.group() for _, _, m in compiled.finditer(doc)][-1] == "thanks"


def _drafts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(CORPORA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["text"], row.get("lang", "en")))
    return out


def _findings(text: str, locale: str) -> list[tuple[str, int, int]]:
    return [(f.rule_id, f.start, f.end) for f in rk.check(text, locale=locale).findings]


def test_findings_are_identical_with_and_without_the_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Over every corpus draft (thousands, seven languages) and a text too long for RE2."""
    drafts = [*_drafts(), ("Thank you!! " * (MAX_TEXT // 10), "en")]
    assert len(drafts) > 3000
    for locale in LANGUAGES:
        assert _engine.build_fast_set(resolve_locale(locale)[1]) is not None
    monkeypatch.setattr(_engine, "_SET_FOR_DRAFTS", True)  # check, too, scans with it
    with_set = [_findings(text, locale) for text, locale in drafts]
    monkeypatch.setattr(_engine, "fast_set", lambda chain: None)
    assert [_findings(text, locale) for text, locale in drafts] == with_set


def _without_literal_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # As with google-re2 but without pyahocorasick: the composer then scans with the set.
    monkeypatch.setattr(_engine, "literal_scan_available", lambda: False)


def test_with_the_literal_scan_no_set_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan for literals beats the set on new messages: it is the one used."""
    if not _engine.literal_scan_available():
        pytest.skip("pyahocorasick is not installed")
    monkeypatch.setattr(_engine, "_fast", {})
    monkeypatch.setattr(_engine, "_fast_uses", {})
    for _ in range(_engine._BUILD_AFTER + 5):
        _engine.errors("Merci de m'avoir prévenue.", locale="fr")
    rk.warm_up(["de"], detect=False)
    assert not _engine._fast


def test_a_draft_is_checked_without_the_set_and_a_message_composed_with_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The set pays off on the library's own phrasings, which RE2 has seen, and costs
    several times the word pre-filter on a person's draft, which it has not."""
    _without_literal_scan(monkeypatch)
    monkeypatch.setattr(_engine, "_fast", {})
    monkeypatch.setattr(_engine, "_fast_uses", {})
    for _ in range(_engine._BUILD_AFTER + 5):
        rk.check("Merci de m'avoir prévenue.", locale="fr")
    assert not _engine._fast
    situation = rk.Situation.from_dict(
        {
            "candidate": {"name": "Maya Chen"},
            "company": {"name": "Northwind"},
            "position": {"title": "Data Analyst"},
        }
    )
    for seed in range(_engine._BUILD_AFTER):
        rk.compose(situation, recipe="thank_you", locale="fr", seed=seed)
    assert ("fr", "root") in _engine._fast


def test_without_re2_check_still_works(monkeypatch: pytest.MonkeyPatch) -> None:
    # As without the package: the engine asks ``available()`` (the module's own name
    # for it may be a second copy when the doctests imported the file first).
    monkeypatch.setattr(_engine, "re2_available", lambda: False)
    monkeypatch.setattr(_engine, "_fast", {})
    monkeypatch.setattr(_engine, "_fast_uses", {})
    assert _engine.build_fast_set(("en", "root")) is None
    for _ in range(3):
        report = rk.check("I hope the other candidate turns out to be worth it!!!")
        assert report.findings
    assert _engine._fast == {}


def test_the_set_is_built_at_the_fiftieth_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A one-off script does not pay for building the set; a batch does, once."""
    _without_literal_scan(monkeypatch)
    monkeypatch.setattr(_engine, "_fast", {})
    monkeypatch.setattr(_engine, "_fast_uses", {})
    for _ in range(_engine._BUILD_AFTER - 1):
        _engine.errors("Merci de m'avoir prévenue.", locale="fr")
    assert not _engine._fast
    _engine.errors("Merci de m'avoir prévenue.", locale="fr")
    assert ("fr", "root") in _engine._fast


def test_warm_up_builds_the_sets_of_its_locales(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_literals, "_ahocorasick", None)  # warm_up asks the module itself
    monkeypatch.setattr(_engine, "_fast", {})
    rk.warm_up(["de"], detect=False)
    assert ("de", "root") in _engine._fast


def test_a_set_re2_refuses_is_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    """If RE2 cannot build the set, checks go on with the words, without retrying."""
    attempts = []

    def refuse(keys: object, loosen: object = None) -> PatternSet:
        attempts.append(keys)
        raise MemoryError

    monkeypatch.setattr(_engine, "PatternSet", refuse)
    monkeypatch.setattr(_engine, "_SET_FOR_DRAFTS", True)
    monkeypatch.setattr(_engine, "_fast", {})
    monkeypatch.setattr(_engine, "_fast_uses", {})
    text = "I hope the other candidate turns out to be worth it!!!"
    expected = _findings(text, "en")
    for _ in range(_engine._BUILD_AFTER + 20):
        assert _findings(text, "en") == expected
    assert len(attempts) == 1
