"""Hostile e-mails: the attacks of docs/security.md against the intake, as tests that can fail."""

from __future__ import annotations

import email.message
import re

import attrs
import pytest
from tests.intake.conftest import eml

import rejection_kit as rk
from rejection_kit.intake._cues import _CAPTURE, _QUOTED, Phrase, cues
from rejection_kit.intake._mime import MAX_BYTES
from rejection_kit.tone._redos import attacks, exponential, superlinear

#: Linear work grows about 4x per 4x input; quadratic about 16x.
LIMIT = 10.0
BODY = "Hi Maya,\n\nThank you for applying for the Data Engineer role at Acme.\n\nBest,\nAnna\n"


def test_too_large_or_wrongly_typed_input_is_refused_naming_the_argument() -> None:
    with pytest.raises(rk.ArgumentError, match="email: is 5,000,001 bytes"):
        rk.read_rejection(b"x" * (MAX_BYTES + 1))
    with pytest.raises(rk.ArgumentError, match="email: must be the e-mail's bytes"):
        rk.read_rejection(12345)
    with pytest.raises(rk.ArgumentError, match="candidate: must be a name"):
        rk.Situation.from_email(eml(BODY), candidate=3.5)
    with pytest.raises(rk.ArgumentError, match="overrides: must be a mapping"):
        rk.Situation.from_email(eml(BODY), candidate="Maya", overrides=["x"])  # type: ignore[arg-type]


def _nested(depth: int) -> bytes:
    head = b"From: a@b.example\r\nSubject: x\r\n"
    parts = []
    for i in range(depth):
        parts.append(f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode())
    inner = b"Content-Type: text/plain\r\n\r\nfor the position of Deep Engineer\r\n"
    tail = b"".join(f"\r\n--b{i}--\r\n".encode() for i in reversed(range(depth)))
    return head + b"".join(parts) + inner + tail


def test_deeply_nested_and_very_many_parts_are_bounded() -> None:
    reading = rk.read_rejection(_nested(300))  # deeper than MAX_DEPTH: its text is not read
    assert reading.get("position") is None
    many = (
        b"From: a@b.example\r\nContent-Type: multipart/mixed; boundary=z\r\n\r\n"
        + (b"--z\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n" * 20_000)
        + b"--z\r\nContent-Type: text/plain\r\n\r\nfor the position of Late Engineer\r\n--z--\r\n"
    )
    assert rk.read_rejection(many).get("position") is None  # past MAX_PARTS


def test_encoded_words_cannot_smuggle_headers_into_the_reply() -> None:
    raw = eml(
        BODY,
        subject="=?utf-8?b?SGVsbG8NCkJjYzogZXZpbEBleGFtcGxlLmNvbQ==?=",  # Hello\r\nBcc: evil@…
        sender="=?utf-8?q?Anna_=3Cevil=40x=2Eexample=3E?= <anna@acme.example>",
    )
    reading = rk.read_rejection(raw)
    assert "\n" not in (reading.subject or "")
    assert "\r" not in (reading.subject or "")
    name = reading.get("sender.name")
    assert name is None or not re.search(r"[<>@]", name)
    situation = rk.Situation.from_email(
        raw, candidate="Maya Chen", overrides={"contacts": [{"name": "Anna Kim"}]}
    )
    message = rk.compose(situation, recipe="thank_you", to="Anna Kim")
    wire = message.to_email_message()
    assert wire.get_all("Bcc") is None
    assert "Bcc" not in str(wire["Subject"]).split(":")[0]


def test_unknown_charsets_and_broken_encodings_are_read_with_replacements() -> None:
    raw = (
        b"From: Anna <anna@acme.example>\r\nSubject: =?x-unknown?q?abc?=\r\n"
        b"Content-Type: text/plain; charset=x-made-up\r\nContent-Transfer-Encoding: base64\r\n"
        b"\r\n!!!not base64!!!\r\n"
    )
    reading = rk.read_rejection(raw)
    assert reading.get("sender.email") == "anna@acme.example"


@pytest.mark.parametrize(
    "piece",
    [
        " ",
        "\n",
        "a",
        "<div>",
        "<blockquote>",
        "On x wrote:\n",
        "> ",
        "From: a\n",
        "for the position of ",
        "Data Engineer ",
        "Werkstudent (m/w/d) Controlling ",
        "Job Location: Leeds ",  # a details block of labelled fields
        "Account Manager y seguirá ",  # a title that goes on with a new clause
        "Anna Schmidt (she/her)\n",  # pronouns after a name
        "Best regards,\n",
        "a. ",
        "&amp;",
        "=?utf-8?q?a?= ",
    ],
)
def test_reading_grows_linearly_with_crafted_bodies(piece: str) -> None:
    def run(text: str) -> object:
        return rk.read_rejection(text.encode() if text.startswith("<") else text)

    attack = [("Hi, ", piece, " thanks")]
    assert superlinear(run, attack, limit=LIMIT, start=256, stop=65_536) is None


def test_an_html_nesting_bomb_is_read_in_linear_time() -> None:
    html = "<div>" * 100_000 + "for the position of Bomb Engineer" + "</div>" * 100_000
    reading = rk.read_rejection(eml("", html=html))
    assert reading.get("position") is None  # past the depth limit, the text is ignored


def _cue_patterns() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]]]:
    """Every compiled cue pattern, and those worth pumping: each union, and the first
    phrases of each list (the phrases of a list differ only in their literal words)."""
    compiled = cues()
    every: list[re.Pattern[str]] = []
    pumped: list[re.Pattern[str]] = []
    for field in attrs.fields(type(compiled)):
        value = getattr(compiled, field.name)
        items = value if isinstance(value, tuple) else (value,)
        found = [
            x.pattern if isinstance(x, Phrase) else x
            for item in items
            for x in (item if isinstance(item, tuple) else (item,))
            if isinstance(x, (re.Pattern, Phrase))
        ]
        every += found
        pumped += found[:6]
    return every, pumped


def test_every_cue_pattern_is_free_of_ambiguous_repetition() -> None:
    every, _ = _cue_patterns()
    assert len(every) > 300
    problems = [
        f"{p.pattern[:80]}: {why}" for p in every if (why := exponential(p.pattern, p.flags))
    ]
    assert problems == []


def test_cue_patterns_and_their_wildcards_grow_linearly() -> None:
    _, pumped = _cue_patterns()
    wildcards = [re.compile(_CAPTURE.format("t")), re.compile(_QUOTED.format("t"))]
    problems = []
    for pattern in pumped + wildcards:
        bad = superlinear(
            lambda text, p=pattern: sum(1 for _ in p.finditer(text)),
            attacks(pattern.pattern, pattern.flags),
            limit=LIMIT,
        )
        if bad:
            problems.append(f"{pattern.pattern[:80]}: grows {bad[1]:.0f}x on {bad[0]!r}")
    assert problems == []


def test_a_parsed_message_object_is_accepted() -> None:
    msg = email.message_from_bytes(eml(BODY))
    assert rk.read_rejection(msg).get("position") == "Data Engineer"


@pytest.mark.parametrize(
    "piece", ["Aggiornamento sulla tua ", "Interne Ausschreibung ", "Data Engineer (m/w/d) – "]
)
def test_reading_grows_linearly_with_crafted_subjects(piece: str) -> None:
    """A subject's own words are stripped before a title in one pass, not word by word."""

    def run(subject: str) -> object:
        return rk.read_rejection(f"Subject: {subject}\nFrom: a@b.example\n\n{BODY}")

    assert superlinear(run, [("", piece, "Analyst")], limit=LIMIT, start=256, stop=65_536) is None


def _forward_chain(depth: int) -> bytes:
    """A forward of a forward of … ``depth`` times, each attaching the one before."""
    inner = email.message.EmailMessage()
    inner["From"] = "Deep Sender <deep@example.org>"
    inner["Subject"] = "Your application"
    inner.set_content("Hi Maya,\n\nfor the position of Deep Engineer we chose another person.")
    for i in range(depth):
        outer = email.message.EmailMessage()
        outer["From"] = f"Forwarder {i} <f{i}@example.org>"
        outer["Subject"] = "Fwd: Your application"
        outer.set_content("See below.")
        outer.add_attachment(inner)
        inner = outer
    return inner.as_bytes()


def test_a_chain_of_attached_forwards_is_bounded() -> None:
    """A forward that attaches a forward that attaches …: only the first attached message
    is read as the original, and the walk is bounded like any nesting."""
    reading = rk.read_rejection(_forward_chain(40))
    assert reading.get("sender.email") == "f38@example.org"  # attached to the top one


def test_the_header_dates_of_forwards_grow_linearly() -> None:
    from rejection_kit.intake._dates import _months, header_date

    _, day_first, month_first = _months()
    for pattern in (day_first, month_first):
        assert exponential(pattern.pattern, pattern.flags) is None
    attack = [("Datum: ", "19 maart ", "2025"), ("Date: ", "February 19, ", "x")]
    assert superlinear(header_date, attack, limit=LIMIT) is None


def test_a_quoted_forward_grows_linearly() -> None:
    """Apple Mail quotes a forward whole with ``>``: taking a level off reads each line
    once, however many there are."""

    def run(text: str) -> object:
        return rk.read_rejection(eml(text, subject="Fwd: Your application"))

    attack = [("Hi,\n\nBegin forwarded message:\n\n> From: A <a@b.example>\n", "> x\n", "")]
    assert superlinear(run, attack, limit=LIMIT, start=256, stop=32_768) is None


def test_a_huge_display_name_repeated_in_the_body_grows_linearly() -> None:
    """The display name is looked for in the body as an organisation's name."""

    def run(name: str) -> object:
        return rk.read_rejection(f"From: {name} <a@b.example>\nSubject: x\n\nHi,\n\n{name} Team\n")

    assert superlinear(run, [("Anna ", "Schmidt ", "Team")], limit=LIMIT, start=256) is None
