"""Locales are negotiated by Babel: headers, lists and Locale objects, never a silent swap."""

from __future__ import annotations

import babel
import pytest

import rejection_kit as rk
from rejection_kit.language._locales import negotiate

SITUATION = rk.Situation.from_dict(
    {"candidate": {"name": "Maya Chen"}, "company": {"name": "Northwind"},
     "position": {"title": "Analyst"}}
)  # fmt: skip


@pytest.mark.parametrize(
    ("request_", "locale"),
    [
        ("en_US", "en"),
        ("de-AT", "de"),
        ("it-IT,de;q=0.9", "it"),
        ("ja,zh;q=0.8,nl;q=0.5", "nl"),
        ("fr-CA;q=0.2,es-MX;q=0.9", "es"),
        (["xx", "nl-BE"], "nl"),
        (babel.Locale("de", "CH"), "de"),
        ("pt", "pt_BR"),
        ("pt-BR", "pt_BR"),
    ],
)
def test_requests_are_negotiated_to_a_shipped_locale(request_: object, locale: str) -> None:
    assert negotiate(request_) == (locale, None)
    assert rk.compose(SITUATION, recipe="keep_door_open", locale=request_).locale == locale  # type: ignore[arg-type]


def test_another_regional_variant_is_used_with_a_warning_not_silently() -> None:
    message = rk.compose(SITUATION, recipe="keep_door_open", locale="pt_PT")
    assert message.locale == "pt_BR"
    assert any(w.startswith("locale: pt_PT does not ship; wrote pt_BR") for w in message.warnings)


@pytest.mark.parametrize(
    "request_", ["ja", "xx-YY", "", 5, None, ["ja", 3], "*;q=1", "x" * 5000, b"de"]
)
def test_nothing_that_ships_raises_naming_what_does(request_: object) -> None:
    with pytest.raises(rk.UnknownLocaleError) as info:
        rk.compose(SITUATION, recipe="keep_door_open", locale=request_)  # type: ignore[arg-type]
    assert "expected one of: de, en, es, fr, it, nl, pt_BR" in str(info.value)
    assert info.value.to_dict()["errors"][0]["loc"] == ["locale"]


def test_a_hostile_header_is_read_in_bounded_time() -> None:
    header = ",".join(f"x{i};q=0.{i % 9}" for i in range(100_000)) + ",de"
    with pytest.raises(rk.UnknownLocaleError):
        negotiate(header)  # longer than a header may be: refused, not parsed
    assert negotiate(",".join(["zz"] * 19 + ["de"])) == ("de", None)
