"""The pre-filter tables shipped with the packs are current, and only save time."""

from __future__ import annotations

import re
from pathlib import Path

from tests._scripts import load_script

from rejection_kit.tone._compile import Part
from rejection_kit.tone._prefilter import (
    clauses_for,
    load_loose,
    loose_for,
    required_words,
    shipped_clauses,
)
from rejection_kit.tone._re2set import loosened

ROOT = Path(__file__).resolve().parents[2]


def test_every_table_is_current() -> None:
    """A pack edited without `python scripts/clauses.py` fails here (and would only be
    slower at its first check, never wrong: a missing pattern is parsed)."""
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, text in load_script("clauses").expected().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run python scripts/clauses.py"


def test_tables_hold_what_the_parser_finds() -> None:
    table = shipped_clauses()
    assert len(table) > 2000
    for (pattern, case_sensitive), clauses in table.items():
        assert clauses == required_words(pattern, 0 if case_sensitive else re.IGNORECASE)


def test_a_pattern_of_ones_own_is_parsed() -> None:
    pattern = r"\bmy very own (?:phrase|wording)\b"
    assert (pattern, False) not in shipped_clauses()
    assert clauses_for(pattern, False) == required_words(pattern, re.IGNORECASE)
    assert Part(pattern, False, "house.own", twin=True).needed is not None


def test_the_shipped_loosened_forms_are_what_loosening_gives() -> None:
    # The RE2 set is built from these instead of loosening every pattern again: a wrong
    # one would make the set skip a pattern that matches (tests/tone/test_re2set.py).
    for name in ("root", "en", "de", "es", "fr", "it", "nl", "pt_br"):
        load_loose(name)
    table = shipped_clauses()
    assert table
    for pattern, case_sensitive in table:
        assert loose_for(pattern, case_sensitive) == loosened(pattern, case_sensitive)
