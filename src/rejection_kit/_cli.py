"""The command line: ``python -m rejection_kit demo | render | plan | check``.

Errors are one line on stderr and exit status 2 (bad input) or 1 (a draft that needs a
rewrite), never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TextIO

from rejection_kit._errors import RejectionKitError
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


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SystemExit(f"rejection_kit: cannot read {path}: {exc}") from None


def _load(path: str) -> Situation:
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise SystemExit(f"rejection_kit: {path} is not valid JSON: {exc}") from None
    return Situation.from_dict(data)


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
        Path(args.ics).write_bytes(result.to_ics())
    if args.json:
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2), file=out)
    else:
        print(result.to_text(), file=out, end="")
    return 0


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise SystemExit(f"rejection_kit: {value!r} is not a date written YYYY-MM-DD") from None


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
    p_plan.set_defaults(run=plan)

    p_check = sub.add_parser("check", help="check a draft's tone (exit 1 when it needs a rewrite)")
    p_check.add_argument("draft", metavar="DRAFT.txt", help="a file, or - for standard input")
    p_check.add_argument("--situation", default=None, metavar="SITUATION.json")
    p_check.add_argument("--locale", default="en")
    p_check.add_argument("--channel", default="email")
    p_check.add_argument("--json", action="store_true")
    p_check.set_defaults(run=check_draft)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; return the exit status."""
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args, out or sys.stdout)
    except RejectionKitError as exc:
        print(f"rejection_kit: {exc}".replace("\n", "; "), file=sys.stderr)
        return 2
    except SystemExit as exc:
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
            return 2
        raise
    return status
