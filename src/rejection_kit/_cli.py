"""The command line: ``python -m rejection_kit demo | render | plan | check | reply``.

Errors are one line on stderr and exit status 2 (bad input) or 1 (a draft that needs a
rewrite), never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import sys
import tempfile
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from rejection_kit._errors import RejectionKitError, shown
from rejection_kit._pipeline import compose, compose_all
from rejection_kit.composition import PROFILES, RECIPES
from rejection_kit.model import Situation
from rejection_kit.render import Message

_STORY = (
    "Maya Chen was a finalist for Senior Data Analyst at Northwind Analytics. She was\n"
    "brought back twice, got on well with the VP of Data, joked with Joe at the front\n"
    "desk about the espresso machine, and was told it looked good. Then the recruiter\n"
    "called: they chose someone with more dbt experience. Here is what she sends."
)


def sample_situation() -> Situation:
    """The built-in sample: a finalist turned down after four rounds."""
    source = resources.files("rejection_kit") / "samples" / "finalist.json"
    return Situation.from_dict(json.loads(source.read_text(encoding="utf-8")))


def _show(message: Message, title: str, out: TextIO) -> None:
    rule = "=" * 72
    print(rule, file=out)
    print(
        f"{title} — {message.recipe} to {message.recipient or 'the hiring team'}"
        f" ({message.channel}, {message.word_count} words)",
        file=out,
    )
    print(rule, file=out)
    if message.subject:
        print(f"Subject: {message.subject}\n", file=out)
    print(message.text, file=out)
    print(file=out)


def demo(args: argparse.Namespace, out: TextIO) -> int:
    """Print the whole set of messages for the sample situation."""
    situation = sample_situation()
    print(_STORY + "\n", file=out)
    options = {"locale": args.locale, "seed": args.seed}
    for note in compose_all(situation, recipe="thank_you", **options):
        _show(note, "Thank-you note", out)
    manager = next(c.name for c in situation.contacts if c.role == "hiring_manager")
    _show(compose(situation, recipe="full_response", to=manager, **options), "Full response", out)
    _show(
        compose(situation, recipe="linkedin_connect", to=manager, **options),
        "LinkedIn note, once the decision has settled",
        out,
    )
    _show(
        compose(situation, recipe="stay_on_radar", to=manager, **options),
        "Stay on the radar, three or four weeks later",
        out,
    )
    return 0


#: The largest input file the command line reads (a draft or a situation).
MAX_INPUT = 10_000_000


def _read_bytes(path: str) -> bytes:
    name = "standard input" if path == "-" else path
    try:
        if path == "-":
            raw = sys.stdin.buffer.read(MAX_INPUT + 1)
        else:
            with Path(path).open("rb") as handle:
                raw = handle.read(MAX_INPUT + 1)
    except OSError as exc:
        raise SystemExit(f"rejection_kit: cannot read {name}: {exc.strerror or exc}") from None
    if len(raw) > MAX_INPUT:
        raise SystemExit(f"rejection_kit: {name} is larger than {MAX_INPUT} bytes")
    return raw


def _read(path: str) -> str:
    name = "standard input" if path == "-" else path
    try:
        return _read_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SystemExit(
            f"rejection_kit: {name} is not UTF-8 text (byte {exc.start}: {exc.reason})"
        ) from None


def _load(path: str) -> Situation:
    try:
        data = json.loads(_read(path))
    except RecursionError:
        raise SystemExit(f"rejection_kit: {path} is not valid JSON: nested too deeply") from None
    except ValueError as exc:  # JSONDecodeError, and integers of more than 4,300 digits
        raise SystemExit(f"rejection_kit: {path} is not valid JSON: {shown(str(exc))}") from None
    return Situation.from_dict(data)


def _write_new(path: str, data: bytes, *, force: bool) -> None:
    """Write ``data`` to a new file; never follow a symbolic link, never overwrite
    unless ``force`` (and then by renaming a complete temporary file over it)."""
    target = Path(path)
    try:
        if force:
            folder = target.parent
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(data)
                os.replace(tmp, target)  # replaces a link itself, never what it points to
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            return
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(target, flags, 0o644)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise SystemExit(
            f"rejection_kit: {path} exists; choose another file or pass --force"
        ) from None
    except OSError as exc:
        raise SystemExit(f"rejection_kit: cannot write {path}: {exc.strerror or exc}") from None


def render(args: argparse.Namespace, out: TextIO) -> int:
    """Render one message from a situation file."""
    message = compose(
        _load(args.situation),
        recipe=args.recipe,
        to=args.to,
        locale=args.locale,
        channel=args.channel,
        tone=args.tone,
        seed=args.seed,
    )
    if args.json:
        print(json.dumps(message.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        if message.subject:
            print(f"Subject: {message.subject}\n", file=out)
        print(message.text, file=out)
    return 0


def check_draft(args: argparse.Namespace, out: TextIO) -> int:
    """Check a draft read from a file (or ``-`` for standard input)."""
    from rejection_kit.tone import check

    text = _read(args.draft)
    situation = _load(args.situation) if args.situation else None
    report = check(text, situation=situation, locale=args.locale, channel=args.channel)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        for f in report.findings:
            print(f"{f.start}-{f.end} {f.severity} {f.rule_id}: {f.message}", file=out)
        print(f"verdict: {report.verdict}", file=out)
    return 1 if report.verdict == "rewrite" else 0


def plan(args: argparse.Namespace, out: TextIO) -> int:
    """Print a follow-up plan for a situation file, or write it as JSON or iCalendar."""
    from rejection_kit.followup import plan_follow_ups

    start = _date(args.start) if args.start else None
    until = _date(args.until) if args.until else None
    result = plan_follow_ups(
        _load(args.situation),
        start=start,
        until=until,
        locale=args.locale,
        seed=args.seed,
        updates=args.update or (),
    )
    if args.ics:
        _write_new(args.ics, result.to_ics(), force=args.force)
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(result.to_text(), file=out, end="")
    return 0


#: The locale a reply is written in when the e-mail's language is known: the shipped one.
_LOCALE_OF_LANGUAGE = {"pt": "pt_BR"}


def reply(args: argparse.Namespace, out: TextIO) -> int:
    """Read a received rejection e-mail, show what it says, and compose the reply."""
    from rejection_kit.intake import FIELDS, read_rejection

    reading = read_rejection(_read_bytes(args.email))
    overrides: dict[str, Any] = {}
    if args.company:
        overrides["company"] = {"name": args.company}
    if args.position:
        overrides["position"] = {"title": args.position}
    candidate = {"name": args.name, **({"email": args.address} if args.address else {})}
    situation = reading.to_situation(candidate, overrides=overrides)
    locale = args.locale
    if locale == "auto":
        language = reading.language or "en"
        locale = _LOCALE_OF_LANGUAGE.get(language, language)
    person = reading.get("sender.name") if reading.can_reply else None
    message = None
    if reading.can_reply:
        message = compose(situation, recipe=args.recipe, to=person, locale=locale, seed=args.seed)
    if args.json:
        data: dict[str, Any] = {
            "reading": reading.to_dict(),
            "situation": situation.to_dict(),
            "reply": message.to_dict() if message else None,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2), file=out)
    else:
        print("What the e-mail says (? = please confirm):", file=out)
        for field in FIELDS:
            if field in reading.fields:
                mark = "?" if field in reading.uncertain else " "
                print(f" {mark} {field}: {reading.fields[field].value}", file=out)
        print(file=out)
        if message is None:
            print(
                "No one to reply to: the e-mail comes from an address that takes no replies "
                "and names no one who does.",
                file=out,
            )
        else:
            print(f"To: {message.recipient_email or message.recipient or 'the hiring team'}",
                  file=out)  # fmt: skip
            if message.subject:
                print(f"Subject: {message.subject}\n", file=out)
            print(message.text, file=out)
    return 0 if message is not None else 1


def _date(value: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(
            f"rejection_kit: {shown(value)} is not a date written YYYY-MM-DD"
        ) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rejection_kit", description="Gracious messages after a job rejection."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p_demo = sub.add_parser("demo", help="print the messages for a built-in sample situation")
    p_demo.add_argument("--locale", default="en")
    p_demo.add_argument("--seed", type=int, default=None)
    p_demo.set_defaults(run=demo)

    p_render = sub.add_parser("render", help="render one message from SITUATION.json")
    p_render.add_argument("situation", metavar="SITUATION.json")
    p_render.add_argument("--recipe", default="full_response", choices=sorted(RECIPES))
    p_render.add_argument("--to", default=None, metavar="NAME")
    p_render.add_argument("--locale", default="en")
    p_render.add_argument("--channel", default=None)
    p_render.add_argument("--tone", default=None, choices=sorted(PROFILES))
    p_render.add_argument("--seed", type=int, default=None)
    p_render.add_argument("--json", action="store_true", help="print the message as JSON")
    p_render.set_defaults(run=render)

    p_plan = sub.add_parser("plan", help="plan the follow-ups for SITUATION.json")
    p_plan.add_argument("situation", metavar="SITUATION.json")
    p_plan.add_argument("--locale", default="en")
    p_plan.add_argument("--start", default=None, metavar="YYYY-MM-DD")
    p_plan.add_argument("--until", default=None, metavar="YYYY-MM-DD")
    p_plan.add_argument("--update", action="append", metavar="TEXT", help="news for a check-in")
    p_plan.add_argument("--seed", type=int, default=None)
    p_plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    p_plan.add_argument("--ics", default=None, metavar="FILE", help="also write an iCalendar file")
    p_plan.add_argument(
        "--force", action="store_true", help="replace the --ics file if it already exists"
    )
    p_plan.set_defaults(run=plan)

    p_reply = sub.add_parser(
        "reply",
        help="read a received rejection (.eml or pasted text) and compose the reply "
        "(exit 1 when no one can be answered)",
    )
    p_reply.add_argument("email", metavar="REJECTION.eml", help="a file, or - for standard input")
    p_reply.add_argument("--name", required=True, help="your name, as you sign")
    p_reply.add_argument("--address", default=None, help="your e-mail address")
    p_reply.add_argument("--recipe", default="thank_you", choices=sorted(RECIPES))
    p_reply.add_argument(
        "--locale", default="auto", help="the reply's language (default: the e-mail's)"
    )
    p_reply.add_argument("--company", default=None, help="the company, if the e-mail omits it")
    p_reply.add_argument("--position", default=None, help="the position, if the e-mail omits it")
    p_reply.add_argument("--seed", type=int, default=None)
    p_reply.add_argument("--json", action="store_true", help="print reading, situation and reply")
    p_reply.set_defaults(run=reply)

    p_check = sub.add_parser("check", help="check a draft's tone (exit 1 when it needs a rewrite)")
    p_check.add_argument("draft", metavar="DRAFT.txt", help="a file, or - for standard input")
    p_check.add_argument("--situation", default=None, metavar="SITUATION.json")
    p_check.add_argument("--locale", default="en")
    p_check.add_argument("--channel", default="email")
    p_check.add_argument("--json", action="store_true")
    p_check.set_defaults(run=check_draft)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status.

    Every error is one line on standard error with status 2: bad input, unreadable or
    unwritable files, a full disk. When the reader of the output goes away
    (``... | head``), the command stops quietly, as command-line tools do.
    """
    args = _parser().parse_args(argv)
    stream = out or sys.stdout
    try:
        status: int = args.run(args, stream)
        stream.flush()
    except RejectionKitError as exc:
        print(f"rejection_kit: {exc}".replace("\n", "; "), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at nothing.
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 1
    except OSError as exc:
        print(f"rejection_kit: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return 2
        raise
    return status
