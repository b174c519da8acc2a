"""The command line: demo, render, check; errors as one line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rejection_kit._cli import main
from rejection_kit.tone import Doc


def _run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(list(argv), out=out)
    return status, out.getvalue()


def test_demo_prints_the_complete_set() -> None:
    """The demo writes a note to every contact, the full response, LinkedIn and radar notes."""
    status, out = _run("demo")
    assert status == 0
    for name in ("Priya Raman", "Daniel Okafor", "Sam Ortiz", "Lena Park", "Joe"):
        assert f"thank_you to {name}" in out
    assert "full_response to Priya Raman" in out
    assert "linkedin_connect to Priya Raman" in out
    assert "stay_on_radar to Priya Raman" in out
    assert "Subject: Thank you — Senior Data Analyst interview" in out


def test_module_entry_point_runs_the_demo() -> None:
    """python -m rejection_kit demo works as a process."""
    run = subprocess.run(
        [sys.executable, "-m", "rejection_kit", "demo"], capture_output=True, text=True, check=True
    )
    assert "Maya Chen" in run.stdout


def test_render_one_message(tmp_path: Path, sample_data: dict[str, Any]) -> None:
    """render prints one message for the named contact and recipe."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(sample_data), encoding="utf-8")
    status, out = _run("render", str(path), "--recipe", "thank_you", "--to", "Lena Park")
    assert status == 0
    assert out.startswith("Subject: Thank you")
    assert "Dear Lena Park," in out
    status, out = _run("render", str(path), "--recipe", "thank_you", "--to", "Joe", "--json")
    assert json.loads(out)["recipient"] == "Joe"


def test_bad_situation_is_one_line_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad file gives a one-line error and exit status 2, not a traceback."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps({"candidate": {"name": ""}}), encoding="utf-8")
    status, _ = _run("render", str(path))
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1
    assert "candidate.name: must not be empty" in err


@pytest.mark.parametrize(
    ("content", "message"), [(None, "cannot read"), ("{not json", "not valid JSON")]
)
def test_unreadable_files_are_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    """A missing file or broken JSON is reported in one line."""
    path = tmp_path / "s.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    status, _ = _run("render", str(path))
    assert status == 2
    assert message in capsys.readouterr().err


def test_unknown_contact_is_one_line(
    tmp_path: Path, sample_data: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """--to naming nobody lists the contacts."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(sample_data), encoding="utf-8")
    status, _ = _run("render", str(path), "--to", "Nobody")
    assert status == 2
    assert "unknown contact 'Nobody'" in capsys.readouterr().err


def test_check_flags_a_bitter_draft(tmp_path: Path) -> None:
    """check exits 1 and lists findings for a draft that needs a rewrite."""
    path = tmp_path / "draft.txt"
    path.write_text("Thanks for nothing. You made a huge mistake.", encoding="utf-8")
    status, out = _run("check", str(path))
    assert status == 1
    assert "verdict: rewrite" in out


def test_check_premium_lifts_the_linkedin_note_limit(tmp_path: Path) -> None:
    """--premium allows a 300-character connection note; without it the note is too long."""
    path = tmp_path / "note.txt"
    note = (
        "Hi Priya, thank you for the interviews for the analyst role and for your candid notes"
        " on my case study. I am sorry it did not work out this time, and I would be glad to"
        " stay in touch here. Your advice on the forecasting model was generous. Maya"
    )
    path.write_text(note, encoding="utf-8")
    status, out = _run("check", str(path), "--channel", "linkedin_note")
    assert status == 1
    assert "channel.over_limit" in out
    status, out = _run("check", str(path), "--channel", "linkedin_note", "--premium")
    assert "channel.over_limit" not in out
    assert status == 0


@pytest.mark.parametrize(
    ("locale", "label"),
    [("de", "Betreff: "), ("fr", "Objet\u00a0: "), ("pt_BR", "Assunto: "), ("nl", "Onderwerp: ")],
)
def test_the_subject_label_is_in_the_messages_language(
    tmp_path: Path, sample_data: dict[str, Any], locale: str, label: str
) -> None:
    """A German message is printed under "Betreff:", not the English "Subject:" (native
    reads of stop 41), and `check` reads that line back as the subject."""
    path = tmp_path / "s.json"
    path.write_text(json.dumps(sample_data), encoding="utf-8")
    status, out = _run(
        "render", str(path), "--recipe", "thank_you", "--to", "Lena Park", "--locale", locale
    )
    assert status == 0
    assert out.startswith(label), out
    assert "Subject:" not in out
    doc = Doc(out)
    assert doc.subject is not None
    assert out[slice(*doc.subject)].startswith(label.strip())
