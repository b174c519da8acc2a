"""rejection_kit as LLM tools: definitions in each API's shape, and a recorded round trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import rejection_kit as rk

RECORDED = json.loads(
    (Path(__file__).parent / "fixtures/tools/recorded_calls.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("style", ["openai", "anthropic", "json"])
def test_definitions_are_valid_schemas_in_each_api_s_shape(style: str) -> None:
    tools = rk.tools.definitions(style)  # type: ignore[arg-type]
    names = []
    for tool in tools:
        spec = tool["function"] if style == "openai" else tool
        params = spec["input_schema"] if style == "anthropic" else spec["parameters"]
        jsonschema.Draft202012Validator.check_schema(params)
        assert spec["description"]
        names.append(spec["name"])
    assert names == ["compose", "compose_all", "check", "plan_follow_ups"]


def _params(name: str) -> dict[str, Any]:
    return next(t["parameters"] for t in rk.tools.definitions("json") if t["name"] == name)


def test_the_enums_are_the_shipped_names() -> None:
    props = _params("compose")["properties"]
    assert set(props["recipe"]["enum"]) == set(rk.recipes.RECIPES)
    assert set(props["channel"]["enum"]) == set(rk.channels.CHANNELS)
    assert "de" in props["locale"]["enum"]
    assert "pt_BR" in props["locale"]["enum"]


def test_a_recorded_call_round_trips_to_the_same_message_as_compose() -> None:
    call = RECORDED["tool_calls"][0]["function"]
    arguments = json.loads(call["arguments"])
    jsonschema.Draft202012Validator(_params("compose")).validate(arguments)
    reply = rk.tools.call(call["name"], call["arguments"])
    direct = rk.compose(
        rk.Situation.from_dict(arguments["situation"]),
        recipe="thank_you", to="Lena Park", locale="en", seed=3,
    )  # fmt: skip
    assert reply == {"result": direct.to_dict()}
    json.dumps(reply)  # JSON-ready


def test_a_recorded_check_call_returns_the_report() -> None:
    call = RECORDED["tool_calls"][1]["function"]
    reply = rk.tools.call(call["name"], call["arguments"])
    assert reply["result"]["verdict"] == "rewrite"
    assert any("pushiness" in f["rule_id"] for f in reply["result"]["findings"])


def test_a_bad_call_comes_back_as_data_the_model_can_act_on() -> None:
    call = RECORDED["tool_calls"][2]["function"]
    reply = rk.tools.call(call["name"], call["arguments"])
    assert reply["error"]["code"] == "validation"
    assert reply["error"]["errors"] == [
        {"loc": ["situation", "position"], "code": "required", "msg": "is required"}
    ]


@pytest.mark.parametrize(
    ("name", "arguments", "code", "loc"),
    [
        ("compose", "{not json", "argument", ["arguments"]),
        ("compose", "[1, 2]", "argument", ["arguments"]),
        ("compose", {}, "argument", ["situation"]),
        ("compose", {"situation": {}, "colour": "red"}, "argument", ["colour"]),
        ("delete_all", {}, "argument", ["name"]),
        ("check", {"text": 5}, "argument", ["text"]),
        ("compose", "[" * 100_000, "argument", ["arguments"]),
        ("compose", "x" * 1_000_001, "argument", ["arguments"]),
    ],
)
def test_hostile_or_malformed_calls_never_raise(
    name: str, arguments: object, code: str, loc: list[str]
) -> None:
    reply = rk.tools.call(name, arguments)
    assert reply["error"]["code"] == code
    assert reply["error"]["errors"][0]["loc"] == loc


def test_an_unknown_recipe_names_the_argument() -> None:
    call = json.loads(RECORDED["tool_calls"][0]["function"]["arguments"])
    call["recipe"] = "apology_tour"
    reply = rk.tools.call("compose", call)
    assert reply["error"]["code"] == "unknown_recipe"
    assert reply["error"]["errors"][0]["loc"] == ["recipe"]


def test_a_plan_call_takes_dates_as_text() -> None:
    situation = json.loads(RECORDED["tool_calls"][0]["function"]["arguments"])["situation"]
    reply = rk.tools.call(
        "plan_follow_ups", {"situation": situation, "start": "2026-11-24", "until": "2026-12-31"}
    )
    steps = reply["result"]["steps"]
    assert steps
    assert all(s["due"] <= "2026-12-31" for s in steps)
    bad = rk.tools.call("plan_follow_ups", {"situation": situation, "start": "24/11/2026"})
    assert bad["error"]["errors"][0]["loc"] == ["start"]


def test_a_plan_call_takes_countries_a_time_zone_and_a_send_time() -> None:
    """Told the Wednesday before Thanksgiving, thanks go out on Friday at 09:30 New York."""
    situation = json.loads(RECORDED["tool_calls"][0]["function"]["arguments"])["situation"]
    reply = rk.tools.call(
        "plan_follow_ups",
        {
            "situation": situation,
            "start": "2026-11-25",
            "countries": ["US"],
            "time_zone": "America/New_York",
            "send_time": "09:30",
        },
    )
    first = reply["result"]["steps"][0]
    assert first["due"] == "2026-11-27"
    assert first["send_at"] == "2026-11-27T09:30:00-05:00"
    bad = rk.tools.call(
        "plan_follow_ups", {"situation": situation, "time_zone": "Mars/Olympus_Mons"}
    )
    assert bad["error"]["errors"][0]["loc"] == ["time_zone"]


def test_a_check_call_may_say_the_sender_has_premium() -> None:
    note = (
        "Hi Priya, thank you for the interviews and for the tour of the Leeds depot. I learnt "
        "a great deal about how your planners route the night shifts, and I would be glad to "
        "stay in touch as the team grows. All the best, Maya"
    )
    assert 200 < len(note) <= 300
    args = {"text": note, "channel": "linkedin_note"}
    free = rk.tools.call("check", args)["result"]
    paid = rk.tools.call("check", {**args, "premium": True})["result"]
    assert any(f["rule_id"] == "channel.over_limit" for f in free["findings"])
    assert not any(f["rule_id"] == "channel.over_limit" for f in paid["findings"])
    schema = next(d for d in rk.tools.definitions() if d["function"]["name"] == "check")
    assert schema["function"]["parameters"]["properties"]["premium"]["type"] == "boolean"


def test_premium_must_be_true_or_false() -> None:
    reply = rk.tools.call("check", {"text": "Thank you!", "premium": "yes"})
    assert reply["error"]["errors"][0]["loc"] == ["premium"]
