"""The blind corpora are frozen: the files the figures are measured on never change."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

BLIND = Path(__file__).parent.parent / "fixtures" / "tone" / "blind"


def test_the_frozen_split_is_unchanged() -> None:
    """Every file matches the hash recorded when the split was frozen."""
    manifest = json.loads((BLIND / "MANIFEST.json").read_text(encoding="utf-8"))
    assert len(manifest) == 14
    for name, expected in manifest.items():
        data = (BLIND / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == expected["sha256"], name
        assert data.count(b"\n") == expected["rows"], name


def test_rows_are_well_formed() -> None:
    """Each row has a label, a category and, when bad, a span taken from its text."""
    for path in sorted(BLIND.glob("*/*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["label"] in ("good", "bad")
            assert row["category"].startswith("good") == (row["label"] == "good")
            if row["label"] == "bad":
                assert row["bad_span"] in row["text"]
