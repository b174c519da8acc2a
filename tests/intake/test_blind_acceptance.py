"""Issue 18's acceptance, measured on mail its rules never saw.

``fresh30`` and ``fresh31`` (42 e-mails in seven languages, each by an author who saw
neither the extractor nor any other corpus) were frozen by hash before anyone read them,
and were only ever measured in aggregate (see ``tests/fixtures/intake/blind/README.md``).
Whoever tunes the extractor must not read their misses; a new blind pair replaces them
when they have been read.
"""

from __future__ import annotations

from pathlib import Path

from tests._scripts import load_script

_BLIND = Path(__file__).resolve().parents[1] / "fixtures" / "intake" / "blind"


def test_the_last_blind_pair_is_read_ninety_percent_exact_with_nothing_invented() -> None:
    evaluation = load_script("intake_eval", folder="benchmarks")
    files = [f for split in ("fresh30", "fresh31") for f in evaluation._files(_BLIND, split, None)]
    assert len(files) == 42
    result = evaluation.score(files)
    assert sum(result.total.values()) == 546
    assert result.share >= 0.90
    assert sum(result.invented.values()) == 0
