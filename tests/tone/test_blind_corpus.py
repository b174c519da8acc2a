"""The blind corpora are frozen: the files the figures are measured on never change."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

TONE = Path(__file__).parent.parent / "fixtures" / "tone"


@pytest.mark.parametrize(
    ("corpus", "files"),
    [
        ("blind", 14),
        ("fresh3", 7),
        ("fresh4", 7),
        ("fresh5", 7),
        ("fresh6", 7),
        ("fresh7", 7),
        ("fresh8", 7),
        ("fresh9", 7),
        ("fresh10", 7),
        ("fresh11", 7),
        ("fresh12", 7),
        ("fresh13", 7),
        ("fresh14", 7),
        ("fresh15", 7),
    ],
)
def test_the_frozen_split_is_unchanged(corpus: str, files: int) -> None:
    """Every file matches the hash recorded when the split was frozen."""
    folder = TONE / corpus
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    assert len(manifest) == files
    for name, expected in manifest.items():
        data = (folder / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == expected["sha256"], name
        assert data.count(b"\n") == expected["rows"], name


@pytest.mark.parametrize(
    "corpus",
    [
        "blind",
        "dev3",
        "dev4",
        "dev5",
        "fresh",
        "fresh2",
        "fresh3",
        "fresh4",
        "fresh5",
        "fresh6",
        "fresh7",
        "fresh8",
        "fresh9",
        "fresh10",
        "fresh11",
        "fresh12",
        "fresh13",
        "fresh14",
        "fresh15",
    ],
)
def test_rows_are_well_formed(corpus: str) -> None:
    """Each row has a label, a category and, when bad, a span taken from its text."""
    paths = sorted((TONE / corpus).glob("*/*.jsonl"))
    assert paths
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            assert row["label"] in ("good", "bad")
            assert row["category"].startswith("good") == (row["label"] == "good")
            if row["label"] == "bad":
                assert row["bad_span"] in row["text"], row["id"]
