"""The command line: ``python -m rejection_kit demo | render | plan | check | reply | batch``.

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
from collections.abc import Iterator, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any, TextIO

from rejection_kit._errors import RejectionKitError, shown
from rejection_kit._pipeline import compose, compose_all
from rejection_kit.channels import CHANNELS
from rejection_kit.composition import PROFILES, RECIPES
from rejection_kit.language import conventions
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


def _subject_label(message: Message) -> str:
    """ "Subject:", "Betreff:", "Objet :": the label in the message's language."""
    return conventions(message.locale).subject_label


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
        print(f"{_subject_label(message)} {message.subject}\n", file=out)
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
        premium=args.premium,
    )
    if args.json:
        print(json.dumps(message.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        if message.subject:
            print(f"{_subject_label(message)} {message.subject}\n", file=out)
        print(message.text, file=out)
    return 0


def check_draft(args: argparse.Namespace, out: TextIO) -> int:
    """Check a draft read from a file (or ``-`` for standard input)."""
    from rejection_kit.tone import check

    text = _read(args.draft)
    situation = _load(args.situation) if args.situation else None
    report = check(
        text,
        situation=situation,
        locale=args.locale,
        channel=args.channel,
        premium=args.premium,
    )
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
        locale = reading.locale or "en"
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
                # A header block, as a mail program shows one: its field names ("To:",
                # "Subject:") are the e-mail's own, in every language.
                print(f"Subject: {message.subject}\n", file=out)
            print(message.text, file=out)
    return 0 if message is not None else 1


def _rows(path: str) -> Iterator[object]:
    """The rows of a JSON Lines file (or standard input), read as they come."""
    from rejection_kit.batch import UnreadableRowError

    handle = sys.stdin if path == "-" else Path(path).open(encoding="utf-8")  # noqa: SIM115
    with contextlib.ExitStack() as stack:
        if handle is not sys.stdin:
            stack.enter_context(handle)
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            if len(line) > MAX_INPUT:
                yield UnreadableRowError(f"line {number} is longer than {MAX_INPUT} characters")
                continue
            try:
                yield json.loads(line)
            except (ValueError, RecursionError):
                yield UnreadableRowError(f"line {number} is not JSON")


def _progress(items: Iterator[dict[str, object]], mode: str) -> Iterator[dict[str, object]]:
    show = mode == "always" or (mode == "auto" and sys.stderr.isatty())
    if not show:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # the bar is optional: pip install rejection_kit[progress]
        return items
    return iter(tqdm(items, unit=" rows", file=sys.stderr, disable=False))


def batch_rows(args: argparse.Namespace, out: TextIO) -> int:
    """Compose for every row of a JSON Lines file; exit 1 when a row failed."""
    from rejection_kit.batch import run

    failed = 0
    options = {"recipe": args.recipe, "locale": args.locale, "seed": args.seed}
    if args.channel:
        options["channel"] = args.channel
    for result in _progress(run(_rows(args.rows), workers=args.workers, **options), args.progress):
        failed += "error" in result
        print(json.dumps(result, ensure_ascii=False), file=out)
    return 1 if failed else 0


def _date(value: str) -> date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(
            f"rejection_kit: {shown(value)} is not a date written YYYY-MM-DD"
        ) from None


_LOCALE_HELP = "the language: en, de, es, fr, it, nl, pt_BR, or a variant such as de-AT"
_SEED_HELP = "vary the phrasing; the same seed gives the same text"


def _common(p: argparse.ArgumentParser, *, locale: bool = True, seed: bool = True) -> None:
    if locale:
        p.add_argument("--locale", default="en", help=_LOCALE_HELP)
    if seed:
        p.add_argument("--seed", type=int, default=None, help=_SEED_HELP)


def _version() -> str:
    from importlib.metadata import version

    return f"rejection_kit {version('rejection_kit')}"


class _Help(argparse.ArgumentDefaultsHelpFormatter):
    """Shows a default only where there is one to show."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.default in (None, False) or action.default is argparse.SUPPRESS:
            return action.help
        return super()._get_help_string(action)


def _parser() -> argparse.ArgumentParser:
    formatter = _Help
    parser = argparse.ArgumentParser(
        prog="python -m rejection_kit",
        description="Gracious messages after a job rejection.",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=_version())
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=text, description=text, formatter_class=formatter)

    p_demo = command("demo", "print the messages for a built-in sample situation")
    _common(p_demo)
    p_demo.set_defaults(run=demo)

    p_render = command("render", "render one message from SITUATION.json")
    p_render.add_argument("situation", metavar="SITUATION.json", help="a situation as JSON")
    p_render.add_argument(
        "--recipe", default="full_response", choices=sorted(RECIPES), help="what to write"
    )
    p_render.add_argument(
        "--to", default=None, metavar="NAME",
        help="the contact to write to (default: the hiring manager, else the team)",
    )  # fmt: skip
    p_render.add_argument(
        "--channel", default=None, choices=sorted(CHANNELS),
        help="where it is sent (default: the recipe's own)",
    )  # fmt: skip
    p_render.add_argument(
        "--tone", default=None, choices=sorted(PROFILES), help="tone profile (default: warm)"
    )
    p_render.add_argument(
        "--premium", action="store_true",
        help="LinkedIn Premium: a connection note may hold 300 characters, not 200",
    )  # fmt: skip
    _common(p_render)
    p_render.add_argument("--json", action="store_true", help="print the message as JSON")
    p_render.set_defaults(run=render)

    p_plan = command("plan", "plan the follow-ups for SITUATION.json")
    p_plan.add_argument("situation", metavar="SITUATION.json", help="a situation as JSON")
    p_plan.add_argument(
        "--start", default=None, metavar="YYYY-MM-DD",
        help="the day the news came (default: the situation's rejection date)",
    )  # fmt: skip
    p_plan.add_argument(
        "--until", default=None, metavar="YYYY-MM-DD", help="leave out steps due after this day"
    )
    p_plan.add_argument(
        "--update", action="append", metavar="TEXT", help="news for a check-in (repeatable)"
    )
    _common(p_plan)
    p_plan.add_argument("--json", action="store_true", help="print the plan as JSON")
    p_plan.add_argument("--ics", default=None, metavar="FILE", help="also write an iCalendar file")
    p_plan.add_argument(
        "--force", action="store_true", help="replace the --ics file if it already exists"
    )
    p_plan.set_defaults(run=plan)

    p_reply = command(
        "reply",
        "read a received rejection (.eml or pasted text) and compose the reply "
        "(exit 1 when no one can be answered)",
    )
    p_reply.add_argument("email", metavar="REJECTION.eml", help="a file, or - for standard input")
    p_reply.add_argument("--name", required=True, help="your name, as you sign")
    p_reply.add_argument("--address", default=None, help="your e-mail address")
    p_reply.add_argument(
        "--recipe", default="thank_you", choices=sorted(RECIPES), help="what to write"
    )
    p_reply.add_argument(
        "--locale", default="auto", help="the reply's language (default: the e-mail's)"
    )
    p_reply.add_argument("--company", default=None, help="the company, if the e-mail omits it")
    p_reply.add_argument("--position", default=None, help="the position, if the e-mail omits it")
    p_reply.add_argument("--seed", type=int, default=None, help=_SEED_HELP)
    p_reply.add_argument("--json", action="store_true", help="print reading, situation and reply")
    p_reply.set_defaults(run=reply)

    p_check = command("check", "check a draft's tone (exit 1 when it needs a rewrite)")
    p_check.add_argument("draft", metavar="DRAFT.txt", help="a file, or - for standard input")
    p_check.add_argument(
        "--situation", default=None, metavar="SITUATION.json", help="check names against it"
    )
    p_check.add_argument(
        "--channel", default="email", choices=sorted(CHANNELS), help="where it will be sent"
    )
    p_check.add_argument(
        "--premium", action="store_true",
        help="LinkedIn Premium: a connection note may hold 300 characters, not 200",
    )  # fmt: skip
    _common(p_check, seed=False)
    p_check.add_argument("--json", action="store_true", help="print the report as JSON")
    p_check.set_defaults(run=check_draft)

    p_batch = command(
        "batch",
        "compose for every situation of a JSON Lines file; one JSON line per situation "
        "(messages, or an error) on standard output",
    )
    p_batch.add_argument(
        "rows", metavar="SITUATIONS.jsonl", help="one situation per line, or - for standard input"
    )
    p_batch.add_argument(
        "--recipe", default="thank_you", choices=sorted(RECIPES),
        help="what to write (a row may set its own)",
    )  # fmt: skip
    p_batch.add_argument(
        "--channel", default=None, choices=sorted(CHANNELS),
        help="where the messages are sent (default: the recipe's own)",
    )  # fmt: skip
    _common(p_batch)
    p_batch.add_argument("--workers", type=int, default=1, help="processes to spread over")
    p_batch.add_argument(
        "--progress", choices=["auto", "always", "never"], default="auto",
        help="a progress bar on standard error (auto: only on a terminal)",
    )  # fmt: skip
    p_batch.set_defaults(run=batch_rows)
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
