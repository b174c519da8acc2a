"""Patterns are compiled the first time a draft wakes them, not all at the first check:
that was most of the cost of a bot's first request."""

from __future__ import annotations

import pytest

import rejection_kit as rk
from rejection_kit.tone import _compile


def test_a_first_check_compiles_only_the_patterns_its_draft_wakes() -> None:
    rk.clear_caches()
    report = rk.check("Thank you for the call yesterday; I appreciated it.", locale="en")
    assert report.verdict == "send"
    parts = list(_compile._parts.values())
    compiled = [p for p in parts if p._compiled is not None]
    assert len(parts) > 500  # every English pattern is known (its clauses parsed)...
    assert len(compiled) < len(parts) // 5  # ...but few are compiled


def test_a_woken_pattern_finds_the_same_as_before_and_a_bad_one_is_still_named(
    tmp_path: pytest.TempPathFactory,
) -> None:
    rk.clear_caches()
    report = rk.check("Please reconsider your decision.", locale="en")
    assert "desperation.reconsider" in {f.rule_id for f in report.findings}
    for pattern in (r"a{99999999999}", r"(?<=a+)b"):
        pack = tmp_path / "bad.toml"  # type: ignore[operator]
        pack.write_text(
            f"""name = "acme"
[[rule]]
id = "acme.bad"
kind = "existence"
severity = "warning"
message = "May read as bad."
patterns = ['{pattern}']
examples.bad = ["ab"]
examples.good = ["x"]
""",
            encoding="utf-8",
        )
        with pytest.raises(rk.RulePackError, match="does not compile"):
            rk.tone.load_pack(pack)
