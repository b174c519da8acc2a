"""The English pack on a held-out corpus written for this project: recall and precision."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from rejection_kit.channels import CHANNELS
from rejection_kit.tone import Report, check

CORPUS = Path(__file__).parent.parent / "fixtures" / "tone" / "en" / "heldout.jsonl"
ROWS: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()
]
#: The rule that a missing thank-you triggers; most bad rows thank first, so it cannot count.
GRATITUDE = "gratitude.missing"


def _channel(row: dict[str, Any]) -> str:
    channel = str(row["channel"])
    if channel == "linkedin":
        return "linkedin_message"
    return channel if channel in CHANNELS else "email"


def _report(row: dict[str, Any]) -> Report:
    return check(row["text"], locale=row["lang"], channel=_channel(row))


def _flagged(report: Report) -> bool:
    return any(
        f.severity in ("error", "warning") and f.rule_id != GRATITUDE for f in report.findings
    )


def test_corpus_shape() -> None:
    """The corpus is large enough, English, labelled, and has the dev set's fields."""
    kinds = [row["kind"] for row in ROWS]
    assert kinds.count("bad") >= 80
    assert kinds.count("good") >= 60
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    for row in ROWS:
        assert set(row) == {"id", "lang", "kind", "channel", "text", "verbatim", "notes"}
        assert row["lang"] == "en"
        assert row["verbatim"] is False
        assert row["notes"].startswith("Category: ")
    bad = [row for row in ROWS if row["kind"] == "bad"]
    thanked = sum(row["text"].lower().startswith(("thank", "thanks")) for row in bad)
    assert thanked >= 0.9 * len(bad)


def test_bad_rows_flagged_by_a_rule_other_than_gratitude() -> None:
    """At least 90% of bad rows draw a warning or error from a rule other than the thanks rule."""
    bad = [row for row in ROWS if row["kind"] == "bad"]
    misses = [row["id"] for row in bad if not _flagged(_report(row))]
    assert len(bad) - len(misses) >= 0.90 * len(bad), misses


def test_good_rows_draw_no_error() -> None:
    """At least 95% of good rows draw no error."""
    good = [row for row in ROWS if row["kind"] == "good"]
    alarms = [
        (row["id"], [f.rule_id for f in _report(row).errors])
        for row in good
        if not _report(row).ok
    ]
    assert len(good) - len(alarms) >= 0.95 * len(good), alarms


@pytest.mark.parametrize("kind", ["bad", "good"])
def test_every_category_is_present(kind: str) -> None:
    """Both halves of the corpus span several categories, not one repeated phrasing."""
    categories = {row["notes"].split(".")[0] for row in ROWS if row["kind"] == kind}
    assert len(categories) >= 10
