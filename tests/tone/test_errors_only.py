"""``errors`` (the composer's self-check) finds exactly the error-level findings of ``check``.

It runs only the rules that are errors in context, so it must agree with a full check on
every draft: the blind corpora of every language, with per-call changes that disable a
rule or make a warning an error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rejection_kit.tone import check, disable, regrade
from rejection_kit.tone._engine import errors

BLIND = Path(__file__).parent.parent / "fixtures" / "tone" / "blind"
ROWS = [
    json.loads(line)
    for path in sorted(BLIND.glob("*/test.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
CHANGES = [
    None,
    [regrade("bitterness.*", "error"), disable("gratitude.missing")],
    [regrade("personalization.wrong_company", "warning")],
]


def test_the_corpora_hold_bad_drafts_that_raise_errors() -> None:
    """The comparison has something to compare: hundreds of drafts with errors."""
    with_errors = [r for r in ROWS if check(r["text"], locale=r["lang"]).errors]
    assert len(ROWS) > 500
    assert len(with_errors) > 100


@pytest.mark.parametrize(
    "changes", CHANGES, ids=["as-shipped", "bitterness-as-errors", "regraded"]
)
def test_errors_are_the_error_findings_of_check(changes: list[object] | None) -> None:
    for row in ROWS:
        full = check(row["text"], locale=row["lang"], rules=changes, recipe="thank_you")
        expected = tuple(f for f in full.findings if f.severity == "error")
        found = errors(row["text"], locale=row["lang"], rules=changes, recipe="thank_you")
        assert found == expected, row["id"]


def test_errors_checks_its_arguments_as_check_does() -> None:
    from rejection_kit._errors import RejectionKitError

    with pytest.raises(RejectionKitError, match="channel"):
        errors("Thanks!", channel="pigeon")
