"""Measure the tone rules on the blind corpora: recall on bad drafts, precision on good.

Usage::

    python benchmarks/blind_eval.py tests/fixtures/tone/blind [--split test|dev|all]
        [--lang en,de,...] [--misses] [--json]

A bad draft counts as *flagged* when ``check`` reports a warning or an error (its
verdict is not ``send``); a good draft counts as *clean* when it has no error. Drafts are
checked in their own language and channel, with their situation (candidate, company,
recipient) as context. Figures are printed per language and per category; ``--misses``
lists the bad drafts that passed and the good ones with an error.

Two stricter columns keep those figures honest. A warning that the draft is too long for
its channel (``channel.*``) says nothing about its tone, yet it fires on long bad and good
drafts alike: *by tone* counts a bad draft only when a finding other than the channel's
flags it. *Good, no warning* counts the good drafts that get no tone warning at all, the
false alarms a writer would actually see.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from rejection_kit import RejectionKitError
from rejection_kit.tone import Report, check

_ROLES = {
    "hiring_manager": "hiring_manager",
    "recruiter": "recruiter",
    "agency_recruiter": "recruiter",
    "interviewer": "interviewer",
    "hr": "hr",
    "receptionist": "receptionist",
    "referrer": "referrer",
    "internal_manager": "hiring_manager",
}


def situation(row: dict[str, Any]) -> dict[str, Any] | None:
    """The draft's situation as the library's plain data, or None if it has none."""
    given = row.get("situation") or {}
    if not given.get("company"):
        return None
    data: dict[str, Any] = {
        "candidate": {"name": given.get("candidate") or "Maya Chen"},
        "company": {"name": given["company"]},
        "position": {"title": given.get("position") or "the role"},
    }
    recipient, role = given.get("recipient"), _ROLES.get(given.get("recipient_role", ""))
    if recipient and role:
        data["contacts"] = [{"name": recipient, "role": role}]
    return data


def run(row: dict[str, Any]) -> Report | None:
    """Check one draft; None when its situation or locale cannot be read."""
    text = row["text"]
    try:
        data = situation(row)
        return check(text, locale=row["lang"], channel=row["channel"], situation=data)
    except RejectionKitError:
        try:
            return check(text, locale=row["lang"], channel=row["channel"])
        except RejectionKitError:
            return None


def evaluate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Flagged and clean counts, overall, per language and per category, with the misses."""
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[dict[str, Any]] = []
    for row in rows:
        report = run(row)
        bad = row["label"] == "bad"
        if report is None:
            hit = False
        elif bad:
            hit = report.verdict != "send"
        else:
            hit = report.ok
        toned = bool(report) and any(
            f.severity in ("warning", "error") and not f.rule_id.startswith("channel.")
            for f in report.findings  # type: ignore[union-attr]
        )
        strict = toned if bad else not toned
        for key in ((row["lang"], row["category"]), (row["lang"], row["label"])):
            table[key][0] += hit
            table[key][1] += 1
        table[(row["lang"], f"{row['label']}/strict")][0] += strict
        table[(row["lang"], f"{row['label']}/strict")][1] += 1
        if not hit:
            misses.append(
                {
                    "id": row["id"],
                    "category": row["category"],
                    "span": row.get("bad_span"),
                    "findings": [f.rule_id for f in report.findings] if report else None,
                }
            )
    return {"table": {f"{k[0]}/{k[1]}": v for k, v in sorted(table.items())}, "misses": misses}


def _share(pair: list[int]) -> str:
    return f"{pair[0]}/{pair[1]} = {100 * pair[0] / pair[1]:.0f}%" if pair[1] else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--split", default="test", choices=["test", "dev", "all"])
    parser.add_argument("--lang", default="")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    splits = ["dev", "test"] if args.split == "all" else [args.split]
    langs = args.lang.split(",") if args.lang else None
    rows = [
        json.loads(line)
        for path in sorted(args.folder.glob("*/*.jsonl"))
        if path.stem in splits and (langs is None or path.parent.name in langs)
        for line in path.read_text(encoding="utf-8").splitlines()
    ]
    result = evaluate(rows)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    table = result["table"]
    print(f"split: {args.split}; bad drafts flagged (warning or error), good drafts without error")
    head = ("bad flagged", "good clean", "bad, by tone", "good, no warning")
    print(f"{'language':<8}" + "".join(f" {h:>18}" for h in head))
    for lang in sorted({k.split("/")[0] for k in table}):
        keys = (f"{lang}/bad", f"{lang}/good", f"{lang}/bad/strict", f"{lang}/good/strict")
        print(f"{lang:<8}" + "".join(f" {_share(table[k]):>18}" for k in keys))
    print("\nper category:")
    for key, pair in table.items():
        if key.count("/") == 1 and not key.endswith(("/bad", "/good")):
            print(f"  {key:<32} {_share(pair)}")
    if args.misses:
        print("\nmisses:")
        for miss in result["misses"]:
            found = miss["findings"]
            print(f"  {miss['id']:<10} {miss['category']:<20} {found} {miss['span']!r:.90}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
