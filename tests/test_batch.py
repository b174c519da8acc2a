"""Batches: one result per row, in order, errors per row, streamed, over processes too."""

from __future__ import annotations

import argparse
import io
import itertools
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit._cli import _parser, main

SAMPLE = json.loads((Path(rk.__file__).parent / "samples/finalist.json").read_text("utf-8"))


def _rows() -> list[object]:
    return [
        SAMPLE,
        {"situation": SAMPLE, "recipe": "full_response", "to": "Priya Raman"},
        "not an object",
        {"candidate": {"name": "Maya"}},
        {"situation": SAMPLE, "colour": "red"},
        {"situation": SAMPLE, "locale": "xx"},
    ]


def test_each_row_gives_its_messages_or_its_error_in_order() -> None:
    results = list(rk.batch.run(_rows()))
    assert [r["row"] for r in results] == list(range(6))
    assert len(results[0]["messages"]) == len(SAMPLE["contacts"])  # a thank-you to each
    assert results[1]["messages"][0]["recipe"] == "full_response"
    codes = [(r["error"]["code"], r["error"]["errors"][0]["loc"]) for r in results[2:]]
    assert codes == [
        ("argument", ["row"]),
        ("validation", ["company"]),
        ("argument", ["colour"]),
        ("unknown_locale", ["locale"]),
    ]
    json.dumps(results)


def test_processes_give_the_serial_results() -> None:
    rows = _rows() * 3
    assert list(rk.batch.run(rows, workers=2, chunk_size=4)) == list(rk.batch.run(rows))


def test_an_endless_input_is_streamed_not_read_whole() -> None:
    def endless() -> Iterator[dict[str, Any]]:
        while True:
            yield SAMPLE

    first = list(itertools.islice(rk.batch.run(endless(), chunk_size=2), 3))
    assert [r["row"] for r in first] == [0, 1, 2]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"workers": 0}, "workers"), ({"chunk_size": -1}, "chunk_size"), ({"colour": 1}, "colour")],
)
def test_bad_options_are_refused_before_any_row(kwargs: dict[str, Any], field: str) -> None:
    with pytest.raises(rk.ArgumentError) as info:
        next(rk.batch.run([SAMPLE], **kwargs))
    assert info.value.field == field


def test_the_batch_command_writes_json_lines_and_exits_1_on_a_bad_row(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(
        "\n".join([json.dumps(SAMPLE), "{not json", "", json.dumps({"situation": SAMPLE})]) + "\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    status = main(
        ["batch", str(path), "--recipe", "keep_door_open", "--progress", "never"], out=out
    )
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert status == 1
    assert [("messages" in r, r["row"]) for r in lines] == [(True, 0), (False, 1), (True, 2)]
    assert lines[1]["error"]["errors"][0]["msg"] == "line 2 is not JSON"
    assert lines[0]["messages"][0]["recipe"] == "keep_door_open"


def test_the_command_line_has_a_version_and_help_for_every_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("rejection_kit ")
    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, command in sub.choices.items():
        for action in command._actions:
            assert action.help, f"{name} {action.dest} has no help text"
