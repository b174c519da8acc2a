"""The JSON copies of the shipped TOML data: current, used when current, ignored when not."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from tests._scripts import load_script

from rejection_kit._toml import COMPILED_SUFFIX, compiled, read_toml

ROOT = Path(__file__).resolve().parent.parent / "src" / "rejection_kit"


def test_every_shipped_toml_has_a_current_copy() -> None:
    script = load_script("compile_data")
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, text in script.expected().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run python scripts/compile_data.py"
    assert len(script.expected()) > 100  # the packs, locales, cues and model data


def test_a_copy_holds_exactly_the_toml_table() -> None:
    source = ROOT / "tone" / "packs" / "en" / "bitterness.toml"
    assert read_toml(source.parent, source.name) == tomllib.loads(source.read_text("utf-8"))


def _write(folder: Path, toml: str, copy_of: str | None, data: dict[str, object]) -> None:
    (folder / "x.toml").write_text(toml, encoding="utf-8")
    if copy_of is not None:
        raw = copy_of.encode("utf-8")
        text = compiled(raw, data)
        (folder / ("x.toml" + COMPILED_SUFFIX)).write_text(text, encoding="utf-8")


def test_a_current_copy_is_what_is_read(tmp_path: Path) -> None:
    # The copy says something else than its TOML would parse to: seeing it proves the
    # copy, not the TOML, was read.
    _write(tmp_path, 'a = "toml"\n', 'a = "toml"\n', {"a": "copy"})
    assert read_toml(tmp_path, "x.toml") == {"a": "copy"}


@pytest.mark.parametrize(
    "copy_of",
    [
        'a = "told"\n',  # same size, other bytes: an edited pack
        'a = "before the edit"\n',  # another size
        None,  # no copy at all
    ],
)
def test_an_edited_toml_is_read_as_it_now_is(tmp_path: Path, copy_of: str | None) -> None:
    _write(tmp_path, 'a = "toml"\n', copy_of, {"a": "stale"})
    assert read_toml(tmp_path, "x.toml") == {"a": "toml"}


def test_a_damaged_copy_is_not_trusted(tmp_path: Path) -> None:
    (tmp_path / "x.toml").write_text('a = "toml"\n', encoding="utf-8")
    (tmp_path / "x.toml.json").write_text(json.dumps({"data": {"a": "no stamp"}}), "utf-8")
    assert read_toml(tmp_path, "x.toml") == {"a": "toml"}


def test_a_missing_file_raises_file_not_found(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_toml(tmp_path, "missing.toml")


def test_checking_a_draft_loads_neither_templates_nor_toml_parser() -> None:
    # A bot that only lints drafts should not pay for the composer's templates (Jinja)
    # or parse TOML: its first check was 40 % slower when it did.
    code = (
        "import sys, rejection_kit as rk; rk.check('Thank you for letting me know.');"
        "print(sorted(m for m in ('jinja2', 'tomllib', 'rejection_kit.composition._blocks')"
        " if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
