"""warm_up loads what a first request needs, so that servers and bots start fast."""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import subprocess
import sys

import pytest

import rejection_kit as rk


def _fresh(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_warm_up_loads_catalogs_templates_rules_and_the_identifier() -> None:
    out = _fresh(
        "import json, rejection_kit as rk\n"
        "from rejection_kit.language import _env, _detect\n"
        "before = _env._environment.cache_info().currsize\n"
        "warmed = rk.warm_up(['de-AT', 'en'])\n"
        "print(json.dumps([warmed, before, _env._environment.cache_info().currsize,"
        " _detect._identifier is not None]))"
    )
    warmed, before, after, identifier = json.loads(out)
    assert warmed == ["de", "en"]
    assert before == 0
    assert after >= 3  # de formal and informal, en
    assert identifier


def test_warm_up_refuses_what_does_not_ship() -> None:
    with pytest.raises(rk.UnknownLocaleError):
        rk.warm_up(["ja"])
    with pytest.raises(rk.ArgumentError, match="locales"):
        rk.warm_up("en")  # type: ignore[arg-type]


def test_composing_from_threads_and_an_event_loop_gives_the_serial_results() -> None:
    rk.warm_up(["en"], detect=False)
    situation = rk.Situation.from_dict(
        json.loads(
            (__import__("pathlib").Path(rk.__file__).parent / "samples/finalist.json").read_text()
        )
    )
    serial = [rk.compose(situation, seed=i).text for i in range(16)]
    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        threaded = list(pool.map(lambda i: rk.compose(situation, seed=i).text, range(16)))

    async def gather() -> list[str]:
        runs = [asyncio.to_thread(rk.compose, situation, seed=i) for i in range(16)]
        return [m.text for m in await asyncio.gather(*runs)]

    assert threaded == serial
    assert asyncio.run(gather()) == serial


def test_warm_up_compiles_every_pattern_of_its_locales_rules() -> None:
    """A server's first drafts compile no pattern: warm_up compiled them all."""
    out = _fresh(
        "import json, rejection_kit as rk\n"
        "from rejection_kit.tone import _compile\n"
        "rk.warm_up(['de'], detect=False)\n"
        "parts = list(_compile._parts.values())\n"
        "print(json.dumps([len(parts), sum(p._compiled is None for p in parts),"
        " sum(p._fast is None for p in parts)]))"
    )
    parts, without_regex, without_twin = json.loads(out)
    assert parts > 300  # the German and language-free packs
    assert without_regex == 0
    assert without_twin == 0
