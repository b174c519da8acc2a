"""The error contract: bad input raises the library's own error, naming the field, small.

Every public function is called with every kind of wrong argument; every reproducer of
the hostile-input issue is pinned; errors stay small however large the input; and the
command line answers with one line and status 2.
"""

from __future__ import annotations

import copy
import errno
import io
import json
import math
import os
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import rejection_kit as rk
import rejection_kit.tone as tone
from rejection_kit._cli import main

_BASE: dict[str, Any] = {
    "candidate": {"name": "Maya Chen", "email": "maya@example.com"},
    "company": {"name": "Northwind"},
    "position": {"title": "Data Analyst"},
    "contacts": [
        {"name": "Priya Raman", "role": "hiring_manager"},
        {"name": "José Núñez", "role": "recruiter"},
    ],
    "interviews": [{"date": "2026-11-10", "kind": "onsite", "with": ["Priya Raman"]}],
    "rejection": {"date": "2026-11-24", "via": "phone", "by": "José Núñez"},
}


def _data(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(_BASE)
    for dotted, value in changes.items():
        *head, last = dotted.split("__")
        target: Any = data
        for key in head:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return data


SITUATION = rk.Situation.from_dict(_BASE)
_NESTED: Any = []
for _ in range(100_000):
    _NESTED = [_NESTED]

#: Arguments of every wrong kind: each public call below gets each of them in turn.
BAD_VALUES: list[Any] = [
    123,
    -1,
    1.5,
    math.nan,
    math.inf,
    True,
    "",
    " \u3164 ",
    "x" * 1_000_000,
    "\x00",
    "=?utf-8?q?a=0D=0ABcc:_x@evil.example?=",
    ["en"],
    {"a": 1},
    b"en",
    object(),
    date(2026, 11, 24),
    datetime(2026, 11, 24, 9, 30),
    10**5000,
    _NESTED,
]

#: (call, the keyword arguments of a good call).
CALLS: list[tuple[Callable[..., Any], dict[str, Any]]] = [
    (rk.compose, {"situation": SITUATION, "recipe": "thank_you", "to": "Priya Raman"}),
    (rk.compose_all, {"situation": SITUATION, "recipe": "thank_you", "locale": "de"}),
    (rk.check, {"text": "Thank you for the update.", "locale": "en", "channel": "email"}),
    (rk.fix, {"text": "THANK YOU!!", "locale": "en"}),
    (rk.plan_follow_ups, {"situation": SITUATION, "start": date(2026, 11, 24)}),
    (rk.Situation.from_dict, {"data": _BASE}),
    (tone.max_words, {"n": 50}),
    (tone.forbid, {"pattern": r"\bsalary\b", "id": "acme.salary"}),
    (tone.regrade, {"pattern": "apology.*", "severity": "warning"}),
    (tone.load_pack, {"source": '[[rule]]\nid = "a.b"\nseverity = "warning"\n'}),
    (rk.phrasings, {"block": "well_wishes", "variants": ["All the best."]}),
]


def _arguments(call: Callable[..., Any], good: dict[str, Any]) -> list[tuple[str, Any]]:
    names = list(good)
    if call is rk.compose:
        names += ["locale", "channel", "tone", "seed", "rules", "max_chars", "premium"]
    if call in (rk.check, rk.fix):
        names += ["tone", "rules", "recipe", "situation"]
    if call is rk.plan_follow_ups:
        names += ["locale", "until", "updates", "seed", "channel_prefs"]
    return [(name, bad) for name in names for bad in BAD_VALUES]


def _positional(call: Callable[..., Any], kwargs: dict[str, Any]) -> Any:
    first = next(iter(kwargs))
    rest = {k: v for k, v in kwargs.items() if k != first}
    return call(kwargs[first], **rest)


@pytest.mark.parametrize(("call", "good"), CALLS, ids=[c.__qualname__ for c, _ in CALLS])
def test_every_wrong_argument_raises_the_librarys_own_error(
    call: Callable[..., Any], good: dict[str, Any]
) -> None:
    """No argument of any type or size makes a public call raise anything but our errors."""
    leaks = []
    for name, bad in _arguments(call, good):
        try:
            _positional(call, {**good, name: bad})
        except rk.RejectionKitError as exc:
            if len(str(exc)) > 2000:
                leaks.append(f"{name}={type(bad).__name__}: a {len(str(exc))}-character error")
        except Exception as exc:  # the point: nothing else may escape
            leaks.append(f"{name}={type(bad).__name__}: {type(exc).__name__}: {exc!s:.80}")
    assert leaks == []


# -- the reproducers of the hostile-input issue, item 9 ----------------------------


def test_keys_of_mixed_types_are_reported_as_unknown_fields() -> None:
    """A mapping with an int key beside the str keys names it instead of failing to sort."""
    data = _data()
    data[1] = "x"  # type: ignore[index]
    data["candidate"][2] = "y"
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    assert set(info.value.paths) == {"1", "candidate.2"}


@pytest.mark.parametrize(
    "value", ["20261110", "2026-W46-2", "2026-11-24T09:00", "2026-13-01", "9999-10-01"]
)
def test_dates_are_written_yyyy_mm_dd_and_lie_in_range(value: str) -> None:
    """Only YYYY-MM-DD within 1970-2199 passes; the error names the field."""
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(_data(rejection__date=value))
    assert info.value.paths == ("rejection.date",)


def test_datetimes_are_not_dates() -> None:
    """A datetime where a date belongs is refused, in data and in the classes."""
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(_data(interviews__0__date=datetime(2026, 11, 10, 9)))
    assert info.value.paths == ("interviews[0].date",)
    with pytest.raises(rk.ValidationError, match="date"):
        rk.Interview(date=datetime(2026, 11, 10, 9))  # type: ignore[arg-type]


def test_a_far_future_start_cannot_overflow_the_plan() -> None:
    """start= near the end of the calendar is refused before any date arithmetic."""
    with pytest.raises(rk.ArgumentError) as info:
        rk.plan_follow_ups(SITUATION, start=date(9999, 12, 30))
    assert info.value.paths == ("start",)


@pytest.mark.parametrize(
    ("updates", "path"),
    [([{"kind": "skill"}], "updates[0].text"), ([{"text": "x", 3: "y"}], "updates[0].3")],
)
def test_malformed_updates_name_their_path(updates: Any, path: str) -> None:
    """An update without text, or with a stray key, is a ValidationError at its path."""
    with pytest.raises(rk.ValidationError) as info:
        rk.plan_follow_ups(SITUATION, updates=updates)
    assert info.value.paths == (path,)


def test_a_start_given_as_a_string_is_an_argument_error() -> None:
    """start="2026-11-24" says to pass a date."""
    with pytest.raises(rk.ArgumentError, match=r"date\.fromisoformat") as info:
        rk.plan_follow_ups(SITUATION, start="2026-11-24")  # type: ignore[arg-type]
    assert info.value.paths == ("start",)
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize("call", [rk.compose, rk.compose_all, rk.plan_follow_ups])
@pytest.mark.parametrize("locale", [[["en"]], [1], [{"en": 1}], [], {"en"}])
def test_a_locale_list_of_non_strings_is_an_unknown_locale(
    call: Callable[..., Any], locale: object
) -> None:
    """A preference list of strings is negotiated (``["de_AT", "en"]``); anything else in a
    list raises UnknownLocaleError (not the TypeError of an unhashable key)."""
    with pytest.raises(rk.UnknownLocaleError):
        call(SITUATION, locale=locale)
    with pytest.raises(rk.UnknownLocaleError):
        rk.check("Thank you.", locale=locale)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["abc", math.nan, 0, 10**9, True])
def test_max_chars_must_be_a_sensible_whole_number(value: Any) -> None:
    """max_chars that is not a count of characters names the argument."""
    with pytest.raises(rk.ArgumentError) as info:
        rk.compose(SITUATION, recipe="linkedin_connect", max_chars=value)
    assert info.value.paths == ("max_chars",)


def test_to_is_matched_in_any_unicode_normal_form() -> None:
    """A name typed in decomposed form (NFD) finds the contact stored in NFC."""
    decomposed = "Jose\u0301 Nu\u0301n\u0303ez"
    assert rk.compose(SITUATION, recipe="thank_you", to=decomposed).recipient == "José Núñez"


@pytest.mark.parametrize("blank", ["\u3164", "\u2800", "\u115f\u1160", "\u3164 \u2800"])
def test_visually_blank_names_are_empty(blank: str) -> None:
    """A name of Hangul fillers or blank Braille draws nothing: it is refused as empty."""
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(_data(candidate__name=blank))
    assert info.value.problems[0].message == "must not be empty"


# -- errors stay small -------------------------------------------------------------


def test_thousands_of_bad_items_give_a_small_error_and_little_memory() -> None:
    """5,000 contacts and 2,000 unknown names: one short error, far under 200 MB."""
    data = _data()
    data["contacts"] = [{"name": f"Person {i}", "role": "interviewer"} for i in range(5000)]
    data["interviews"] = [{"kind": "onsite", "with": [f"Ghost {i}" for i in range(2000)]}]
    tracemalloc.start()
    try:
        with pytest.raises(rk.ValidationError) as info:
            rk.Situation.from_dict(data)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(str(info.value)) < 2000
    assert peak < 200e6
    assert "contacts" in info.value.paths


def test_a_problem_list_is_capped_but_counted() -> None:
    """Hundreds of problems keep the first 50 and say how many there were."""
    data = _data()
    data["contacts"] = [{"name": "", "role": "nobody"} for _ in range(50)]
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    error = info.value
    # 50 names, 50 roles, and the two people the interview and the news name
    assert error.count == 102
    assert len(error.problems) == rk._errors.MAX_PROBLEMS
    assert str(error).endswith("... and 52 more")


def test_a_huge_value_is_never_echoed() -> None:
    """A 10 MB name is reported by its length, and never quoted whole."""
    huge = "A" * 10_000_000
    data = _data(candidate__name=huge, interviews__0__with=[huge], rejection__by=huge)
    with pytest.raises(rk.ValidationError) as info:
        rk.Situation.from_dict(data)
    assert len(str(info.value)) < 1000
    with pytest.raises(rk.RejectionKitError) as unknown:
        rk.compose(SITUATION, to=huge)
    assert len(str(unknown.value)) < 1000


def test_deeply_nested_data_is_refused_without_recursion() -> None:
    """100,000 nested lists are one problem, not a RecursionError."""
    with pytest.raises(rk.ValidationError, match="nests deeper"):
        rk.Situation.from_dict(_data(candidate__name=_NESTED))


# -- rule packs ---------------------------------------------------------------------

_RULE = '[[rule]]\nid = "acme.x"\nseverity = "warning"\nmessage = "May read as x."\n'
_EXAMPLES = 'examples.bad = ["I want more salary."]\nexamples.good = ["Thank you."]\n'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("patterns = ['(salary)']\nreplacement = '\\9'\n", "replacement"),
        ("patterns = ['salary']\nkind = 'occurrence'\nmax = 'two'\n", "max must be"),
        ("patterns = ['salary']\nkind = 'occurrence'\nmax = nan\n", "max must be"),
        ("patterns = ['salary']\nkind = 'occurrence'\nmax = inf\n", "max must be"),
        ("patterns = 'salary'\n", "must be a list of strings"),
        ("patterns = ['salary']\nweight = 'heavy'\n", "weight must be"),
        ("patterns = ['salary']\ncase_sensitive = 'yes'\n", "case_sensitive must be"),
        ("patterns = ['salary']\nseverity_by_channel = 3\n", "severity_by_channel"),
        ("patterns = ['a{99999999999}']\n", "does not compile"),
        ("patterns = ['(?:(?:all|the|all the) )+salary']\n", "two different ways"),
        ("patterns = ['\\s+salary']\n", "grows"),
        ("patterns = ['x' ]\nexamples.good = [3]\n", "each example"),
    ],
)
def test_malformed_packs_are_rule_pack_errors(body: str, expected: str) -> None:
    """Bad types, values, backreferences and slow patterns all raise RulePackError."""
    text = _RULE + body + ("" if "examples" in body else _EXAMPLES)
    with pytest.raises(rk.RulePackError, match=expected):
        tone.load_pack(text)


@pytest.mark.parametrize("nesting", ["a = " + "[" * 100_000, '{"rule": ' + "[" * 100_000])
def test_deeply_nested_packs_are_rule_pack_errors(nesting: str, tmp_path: Path) -> None:
    """A pack nested 100,000 deep (TOML or JSON) is refused without a RecursionError."""
    path = tmp_path / ("pack.json" if nesting.startswith("{") else "pack.toml")
    path.write_text(nesting, encoding="utf-8")
    with pytest.raises(rk.RulePackError, match="not a valid pack"):
        tone.load_pack(path)


# -- the command line ---------------------------------------------------------------


def _cli(*argv: str) -> tuple[int, str]:
    """Run the CLI in-process; return the status and what it wrote to stderr."""
    err = io.StringIO()
    real = sys.stderr
    sys.stderr = err
    try:
        status = main(list(argv), out=io.StringIO())
    finally:
        sys.stderr = real
    return status, err.getvalue()


@pytest.fixture
def situation_file(tmp_path: Path) -> Path:
    """A valid situation file."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(_BASE), encoding="utf-8")
    return path


def _one_line_status_2(status: int, err: str, *fragments: str) -> None:
    assert status == 2
    assert err.count("\n") == 1
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err


def test_ics_into_a_missing_folder_or_a_directory(situation_file: Path, tmp_path: Path) -> None:
    """--ics into a folder that does not exist, or onto a directory, is one line."""
    _one_line_status_2(*_cli("plan", str(situation_file), "--ics", str(tmp_path / "no/p.ics")))
    _one_line_status_2(*_cli("plan", str(situation_file), "--ics", str(tmp_path)), "exists")


def test_ics_never_overwrites_or_follows_a_link(situation_file: Path, tmp_path: Path) -> None:
    """An existing file is kept unless --force; a symbolic link is never followed."""
    existing = tmp_path / "plan.ics"
    existing.write_text("keep me", encoding="utf-8")
    _one_line_status_2(*_cli("plan", str(situation_file), "--ics", str(existing)), "--force")
    assert existing.read_text(encoding="utf-8") == "keep me"
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "link.ics"
    link.symlink_to(victim)
    _one_line_status_2(*_cli("plan", str(situation_file), "--ics", str(link)))
    assert victim.read_text(encoding="utf-8") == "precious"
    status, _ = _cli("plan", str(situation_file), "--ics", str(link), "--force")
    assert status == 0
    assert victim.read_text(encoding="utf-8") == "precious"  # the link was replaced
    assert not link.is_symlink()
    assert link.read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_ics_on_a_full_disk_is_one_line(
    situation_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails with ENOSPC leaves no partial file and one line."""

    class _Full(io.BytesIO):
        def write(self, data: Any) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    import rejection_kit._cli as cli

    monkeypatch.setattr(cli.os, "fdopen", lambda fd, mode: (os.close(fd), _Full())[1])
    target = tmp_path / "p.ics"
    _one_line_status_2(*_cli("plan", str(situation_file), "--ics", str(target)), "No space")
    assert not target.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[" * 100_000, "nested too deeply"),
        ('{"seed": ' + "9" * 5000 + "}", "not valid JSON"),
        (b"\xff\xfe{}", "not UTF-8"),
    ],
)
def test_hostile_json_files_are_one_line(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    """Deep nesting, a 5,000-digit integer and invalid UTF-8 are each one line."""
    path = tmp_path / "s.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    _one_line_status_2(*_cli("render", str(path)), message)


def test_invalid_utf8_on_stdin_is_one_line() -> None:
    """check - with bytes that are not UTF-8 says so in one line."""
    run = subprocess.run(
        [sys.executable, "-m", "rejection_kit", "check", "-"],
        input=b"Thank you \xff\xfe",
        capture_output=True,
        check=False,
    )
    assert run.returncode == 2
    assert run.stderr.decode().count("\n") == 1
    assert b"not UTF-8" in run.stderr


def test_a_closed_pipe_ends_quietly() -> None:
    """demo | head: no traceback and no complaint when the reader goes away."""
    run = subprocess.run(
        f"{sys.executable} -m rejection_kit demo | head -c 10",
        shell=True,
        capture_output=True,
        check=False,
    )
    assert run.stdout == b"Maya Chen "
    assert run.stderr == b""


@pytest.mark.parametrize("value", ["20261110", "2026-W46-2", "tomorrow"])
def test_cli_dates_are_strict(situation_file: Path, value: str) -> None:
    """--start takes YYYY-MM-DD only."""
    _one_line_status_2(*_cli("plan", str(situation_file), "--start", value), "YYYY-MM-DD")
