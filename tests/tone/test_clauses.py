"""The pre-filter tables shipped with the packs are current, and only save time."""

from __future__ import annotations

import re
from pathlib import Path

from tests._scripts import load_script

from rejection_kit.tone._compile import Part
from rejection_kit.tone._prefilter import clauses_for, required_words, shipped_clauses

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
