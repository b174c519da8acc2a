"""Evaluate the tone rules on a labelled JSONL corpus.

Usage::

    python benchmarks/tone_eval.py CORPUS.jsonl [--lang en|all] [--quiet]

Each row has ``id``, ``lang``, ``kind`` (``good`` or ``bad``), ``channel``, ``text``,
``verbatim`` and ``notes``. Published good samples are templates, so their placeholders
(``[Company Name]``, ``{the position}``, ``(Title)``, ``____``, ``Mr./Ms.``, a "Your Name"
signature) are replaced with realistic values before checking. Channels: ``linkedin``
becomes ``linkedin_note`` only for a short text that is clearly a connection invitation,
``linkedin_message`` otherwise; ``other`` becomes ``email``.

Figures: the share of bad texts with at least one warning or error, and the share of good
texts with no error; overall, for verbatim and paraphrased rows, per language and per rule
category. False alarms (good texts with an error) and misses are listed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from rejection_kit._errors import UnknownLocaleError
from rejection_kit.channels import CHANNELS
from rejection_kit.tone import Report, check

COMPANY = "Northwind Analytics"
TITLE = "Senior Data Analyst"
CANDIDATE = "Maya Chen"
MANAGER = "Priya Raman"
RECRUITER = "Sam Ortiz"

_HONORIFICS = re.compile(r"\b(?:Mr|Ms|Mrs|Miss|Mx)\.?(?:/(?:Mr|Ms|Mrs|Miss|Mx)\.?)+")
_BRACKETED = re.compile(r"\[([^\[\]\n]{1,80})\]|\{([^{}\n]{1,80})\}|<<([^<>\n]{1,80})>>")
_TEMPLATE_PAREN = re.compile(
    r"\((title|name|company|company name|your name|job title|position|role|recruiter"
    r"|hiring manager|interviewer|manager)\)",
    re.IGNORECASE,
)
_BLANK = re.compile(r"_{3,}")
_SIGNATURE = re.compile(r"^[ \t]*Your (?:Full )?Name[ \t]*$", re.MULTILINE)
_INVITATION = re.compile(
    r"\b(?:add you to my (?:professional )?network|join your (?:professional )?network"
    r"|connect(?:ing)? (?:with you )?on LinkedIn)\b",
    re.IGNORECASE,
)


def _value(label: str) -> str:
    key = label.casefold()
    if "your" in key or "my name" in key:
        return CANDIDATE
    if "recruiter" in key:
        return RECRUITER
    if "company" in key or "organization" in key or "organisation" in key:
        return COMPANY
    if any(w in key for w in ("manager", "interviewer", "name")):
        return MANAGER
    if any(w in key for w in ("title", "position", "role", "job")):
        return TITLE
    if "detail" in key or "project" in key:
        return "the plan to move the dashboards to dbt"
    if "cite" in key or "vision" in key or "goal" in key:
        return "its mission"
    if "expertise" in key or "skill" in key:
        return "data analysis"
    return ""


def fill_template(text: str) -> str:
    """Replace template placeholders with realistic values, as a person would."""
    text = _HONORIFICS.sub("Ms.", text)
    text = _BRACKETED.sub(lambda m: _value(next(g for g in m.groups() if g)), text)
    text = _TEMPLATE_PAREN.sub(lambda m: _value(m.group(1)), text)
    text = _BLANK.sub("Priya", text)
    text = _SIGNATURE.sub(CANDIDATE, text)
    return re.sub(r"[ \t]{2,}", " ", text)


def map_channel(channel: str, text: str) -> str:
    """The library's channel for a corpus channel label."""
    if channel == "linkedin":
        invitation = len(text) <= CHANNELS["linkedin_note"].premium_max_chars  # type: ignore[operator]
        return "linkedin_note" if invitation and _INVITATION.search(text) else "linkedin_message"
    return channel if channel in CHANNELS else "email"


def _flagged(report: Report) -> bool:
    return any(f.severity in ("error", "warning") for f in report.findings)


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:5.1f}%" if whole else "n/a"


def evaluate(
    rows: list[dict[str, Any]], *, lang: str = "en", quiet: bool = False
) -> dict[str, Any]:
    """Check every row and print the figures; return them as a dict."""
    results = []
    skipped = []
    for row in rows:
        if lang != "all" and row.get("lang") != lang:
            continue
        text = row["text"]
        if row["kind"] == "good":
            text = fill_template(text)
        channel = map_channel(row.get("channel", "email"), text)
        try:
            report = check(text, locale=row.get("lang", "en"), channel=channel)
        except UnknownLocaleError:
            skipped.append(row["id"])
            continue
        results.append((row, channel, text, report))

    def figures(selection: list[Any]) -> tuple[int, int, int, int]:
        bad = [r for r in selection if r[0]["kind"] == "bad"]
        good = [r for r in selection if r[0]["kind"] == "good"]
        return (
            sum(_flagged(r[3]) for r in bad),
            len(bad),
            sum(r[3].ok for r in good),
            len(good),
        )

    out: dict[str, Any] = {}
    print(f"Tone rules on {len(results)} rows (lang={lang})")
    print(f"{'slice':<22} {'bad flagged (warning+)':<26} {'good without error':<22}")
    slices: list[tuple[str, list[Any]]] = [("overall", results)]
    slices.append(("bad verbatim", [r for r in results if r[0].get("verbatim")]))
    slices.append(("bad paraphrase", [r for r in results if not r[0].get("verbatim")]))
    for language in sorted({r[0]["lang"] for r in results}):
        slices.append((f"lang={language}", [r for r in results if r[0]["lang"] == language]))
    for name, selection in slices:
        bf, bn, gc, gn = figures(selection)
        if name == "bad paraphrase":
            gc = gn = 0  # paraphrases are descriptions of mistakes, never good samples
        print(f"{name:<22} {_pct(bf, bn):<26} {_pct(gc, gn):<22}")
        out[name] = {"bad_flagged": bf, "bad": bn, "good_clean": gc, "good": gn}

    caught: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    for row, _, _, report in results:
        categories = {f.category for f in report.findings if f.severity != "suggestion"}
        if row["kind"] == "bad":
            caught.update(categories)
        else:
            alarms.update({f.category for f in report.errors})
    print("\nPer rule category: bad rows it flags / good rows it gives an error")
    for category in sorted(set(caught) | set(alarms)):
        print(f"  {category:<18} {caught[category]:>3} / {alarms[category]:>3}")

    if not quiet:
        print("\nFalse alarms (good rows with an error):")
        false_alarms = [r for r in results if r[0]["kind"] == "good" and not r[3].ok]
        for row, channel, _, report in false_alarms:
            hits = ", ".join(f"{f.rule_id} {f.match!r}" for f in report.errors)
            print(f"  {row['id']} [{channel}]: {hits}")
        if not false_alarms:
            print("  none")
        print("\nGood rows with warnings (allowed, listed for review):")
        warned = [r for r in results if r[0]["kind"] == "good" and r[3].ok and r[3].warnings]
        for row, channel, _, report in warned:
            hits = ", ".join(f"{f.rule_id} {f.match!r}" for f in report.warnings)
            print(f"  {row['id']} [{channel}]: {hits}")
        if not warned:
            print("  none")
        print("\nMisses (bad rows without a warning or error):")
        misses = [r for r in results if r[0]["kind"] == "bad" and not _flagged(r[3])]
        for row, channel, text, _ in misses:
            kind = "verbatim" if row.get("verbatim") else "paraphrase"
            print(f"  {row['id']} [{channel}, {kind}]: {text[:90]!r}")
        if not misses:
            print("  none")
        print("\nWhat flagged each bad row:")
        for row, _, _, report in results:
            if row["kind"] == "bad" and _flagged(report):
                hits = sorted({f.rule_id for f in report.findings if f.severity != "suggestion"})
                print(f"  {row['id']}: {', '.join(hits)}")
    if skipped:
        print(f"\nSkipped (locale not known): {', '.join(skipped)}")
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--lang", default="en", help="a language code, or 'all'")
    parser.add_argument("--quiet", action="store_true", help="figures only")
    args = parser.parse_args(argv)
    rows = [
        json.loads(line)
        for line in args.corpus.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    evaluate(rows, lang=args.lang, quiet=args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
