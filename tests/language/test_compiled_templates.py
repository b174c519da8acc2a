"""The templates compiled ahead of time are current, used, and write what the sources do."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests._scripts import load_script

import rejection_kit as rk
from rejection_kit._cli import sample_situation
from rejection_kit.language import _env

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = sorted(p.relative_to(_env.TEMPLATES).as_posix() for p in _env.TEMPLATES.rglob("*.j2"))


def test_every_compiled_module_is_current() -> None:
    """A template edited without `python scripts/compile_templates.py` fails here (and is
    only slower at its first use, never wrong: a stale module is not loaded)."""
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, text in load_script("compile_templates").expected().items()
        if not path.is_file() or path.read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run python scripts/compile_templates.py"


@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_is_loaded_from_its_compiled_module(template: str) -> None:
    assert _env._compiled(template) is not None
    source = (_env.TEMPLATES / template).read_text(encoding="utf-8")
    assert _env.macro_signatures(template) == _env.parse_signatures(source)


def _messages() -> list[str]:
    situation = sample_situation()
    out = []
    for locale in ("en", "de", "fr", "pt_BR"):
        for recipe in ("thank_you", "keep_door_open", "be_a_resource"):
            for message in rk.compose_all(situation, recipe=recipe, locale=locale, seed=3):
                out.append(f"{message.subject}\n{message.text}")
    return out


def test_compiled_and_source_templates_write_the_same_messages(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every message of three batches in four languages, once from the compiled modules and once
    with every module read as stale (Jinja compiles the sources): the same bytes."""
    _env.clear()
    compiled = _messages()
    assert _env._compiled("blocks/gratitude.j2") is not None
    monkeypatch.setattr(_env, "source_digest", lambda source: "edited since compiled")
    _env.clear()
    try:
        assert _env._compiled("blocks/gratitude.j2") is None
        from_source = _messages()
    finally:
        monkeypatch.undo()
        _env.clear()
    assert len(compiled) > 40
    assert from_source == compiled
