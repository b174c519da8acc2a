"""The rule reference is generated and current; the how-to's examples run."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
from tests._scripts import load_script

from rejection_kit.tone import builtin_rules

ROOT = Path(__file__).resolve().parents[2]
HOWTO = ROOT / "docs" / "howto-rule-pack.md"


def test_rules_md_is_up_to_date() -> None:
    """docs/rules.md matches what scripts/gen_rule_docs.py renders from the packs."""
    expected = load_script("gen_rule_docs").render()
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == expected


def test_rules_md_lists_every_rule_with_disable_hint() -> None:
    """Every built-in rule has a section with its disable call."""
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in builtin_rules("en"):
        assert f"### `{rule.id}`" in text
        assert f'disable("{rule.id}")' in text


def _blocks(language: str) -> list[str]:
    text = HOWTO.read_text(encoding="utf-8")
    return re.findall(rf"```{language}\n(.*?)```", text, re.S)


def test_howto_examples_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The how-to's TOML pack loads and its Python blocks print what the page says."""
    (tmp_path / "acme.toml").write_text(_blocks("toml")[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for block in _blocks("python"):
        expected = [line[2:] for line in block.splitlines() if line.startswith("# [")]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(block, str(HOWTO), "exec"), {})
        assert out.getvalue().splitlines() == expected
