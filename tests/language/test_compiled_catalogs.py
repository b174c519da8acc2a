"""The catalogs compiled ahead of time are current, used, and say what the sources say."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from tests._scripts import load_script

from rejection_kit._errors import CatalogError
from rejection_kit.language import _catalog

ROOT = Path(__file__).resolve().parents[2]
LOCALES = ROOT / "src" / "rejection_kit" / "locales"
CATALOGS = sorted((p.parent.parent.name, p.stem) for p in LOCALES.glob("*/LC_MESSAGES/*.po"))


def _digests(value: dict[str, str]) -> functools._lru_cache_wrapper[dict[str, str]]:
    """A stand-in for the shipped digests (cached, as the loader's own is)."""
    return functools.cache(lambda: value)


def _register(domain: str) -> str:
    return "formal" if domain == "messages" else domain.removeprefix("messages_")


def test_every_compiled_catalog_is_current() -> None:
    """A .po edited without `python scripts/compile_catalogs.py` fails here (and is only
    slower at its first use, never wrong: a stale .mo is not loaded)."""
    stale = [
        path.relative_to(ROOT).as_posix()
        for path, data in load_script("compile_catalogs").expected().items()
        if not path.is_file()
        or (path.read_bytes() if isinstance(data, bytes) else path.read_text("utf-8")) != data
    ]
    assert stale == [], "run python scripts/compile_catalogs.py"


@pytest.mark.parametrize(("locale", "domain"), CATALOGS)
def test_every_catalog_loads_from_its_mo_and_says_what_its_po_says(
    locale: str, domain: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    register = _register(domain)
    _catalog.clear()

    def refuse(source: bytes, locale: str) -> bytes:
        raise AssertionError("the .po was parsed although its .mo is current")

    with monkeypatch.context() as patch:
        patch.setattr(_catalog, "compile_po", refuse)
        shipped = _catalog.translations(locale, register)
    _catalog.clear()
    with monkeypatch.context() as patch:
        patch.setattr(_catalog, "compiled_digests", _digests({}))
        parsed = _catalog.translations(locale, register)
    _catalog.clear()
    assert shipped._catalog == parsed._catalog
    assert len(shipped._catalog) > 50


def test_an_edited_po_is_compiled_from_source_not_served_stale(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A digest that no longer matches its .po (an edit since the last compilation) makes
    the loader parse the .po; a broken .po is then reported as a CatalogError."""
    _catalog.clear()
    monkeypatch.setattr(
        _catalog, "compiled_digests", _digests({"de/LC_MESSAGES/messages.po": "x"})
    )
    compiled: list[str] = []
    real = _catalog.compile_po

    def spy(source: bytes, locale: str) -> bytes:
        compiled.append(locale)
        return real(source, locale)

    monkeypatch.setattr(_catalog, "compile_po", spy)
    try:
        assert _catalog.translations("de").gettext("Best regards,") != "Best regards,"
        assert compiled == ["de"]
        _catalog.clear()
        monkeypatch.setattr(_catalog, "compiled_digests", _digests({}))

        def broken(source: bytes, locale: str) -> bytes:
            raise ValueError("line 3: unterminated string")

        monkeypatch.setattr(_catalog, "compile_po", broken)
        with pytest.raises(CatalogError, match="broken"):
            _catalog.translations("fr")
    finally:
        _catalog.clear()
