"""How well ``read_rejection`` reads e-mails it has never seen: fields exact, fields invented.

    python benchmarks/intake_eval.py tests/fixtures/intake/blind --split test [--misses]

Each ``<lang>/<nn>.eml`` has a key ``<nn>.json`` written by someone who never saw the
extractor (see the folder's README). A field is *exact* when the reading equals the key
(names and titles compared without case, punctuation and legal forms; feedback as a set
of sentences); *invented* when the key says the e-mail does not state it (null, false,
empty) and the reading holds a value anyway.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import operator
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rejection_kit import read_rejection

#: Reading field → key path.
FIELDS = {
    "company": "company",
    "agency": "agency",
    "position": "position",
    "date": "date",
    "stage": "stage",
    "finalist": "finalist",
    "feedback": "feedback",
    "reapply_invited": "reapply_invited",
    "reapply_after_months": "reapply_after_months",
    "sender.name": "sender.name",
    "sender.title": "sender.title",
    "reply_to": "reply_to",
    "can_reply": "can_reply",
}
_LEGAL = re.compile(
    r"\b(gmbh|ag|se|kg|inc|ltd|llc|plc|sas|sarl|sa de cv|sa|sl|spa|srl|bv|nv|ltda|me|eireli"
    r"|corp|co)\b",
    re.I,
)


def _compact(value: Any) -> str:
    """Case, punctuation and legal form ("S.p.A.", ", S.A. de C.V.") do not count."""
    text = _LEGAL.sub("", str(value).replace(".", "").replace(",", " ")).casefold()
    return "".join(c for c in text if c.isalnum())


def _key(key: dict[str, Any], path: str) -> Any:
    value: Any = key
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _empty(value: Any) -> bool:
    return value in (None, False, "", [], ())


def _same(field: str, got: Any, want: Any) -> bool:
    if _empty(got) and _empty(want):
        return True
    if field == "feedback":
        return {_compact(s) for s in got or ()} == {_compact(s) for s in want or ()}
    if field == "date":
        return str(got) == str(want)
    if isinstance(want, (bool, int)):
        return got == want
    return _compact(got) == _compact(want)


def _files(root: Path, split: str, lang: str | None) -> list[Path]:
    manifest = json.loads((root / "MANIFEST.json").read_text(encoding="utf-8"))
    names = (
        manifest["splits"][split]
        if split != "all"
        else functools.reduce(operator.iadd, manifest["splits"].values(), [])
    )
    paths = [root / name for name in sorted(names)]
    return [p for p in paths if lang is None or p.parent.name == lang]


@dataclasses.dataclass
class Score:
    """Fields exact and invented, per field and per language."""

    exact: Counter[str] = dataclasses.field(default_factory=Counter)
    total: Counter[str] = dataclasses.field(default_factory=Counter)
    invented: Counter[str] = dataclasses.field(default_factory=Counter)
    by_lang: dict[str, Counter[str]] = dataclasses.field(
        default_factory=lambda: defaultdict(Counter)
    )
    misses: list[str] = dataclasses.field(default_factory=list)

    @property
    def share(self) -> float:
        """The share of all fields read exactly."""
        return sum(self.exact.values()) / max(sum(self.total.values()), 1)


def score(files: list[Path]) -> Score:
    """Read each e-mail of ``files`` and compare it with its key."""
    result = Score()
    for eml in files:
        key = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
        reading = read_rejection(eml.read_bytes())
        lang = eml.parent.name
        for field, path in FIELDS.items():
            got, want = reading.get(field), _key(key, path)
            result.total[field] += 1
            result.by_lang[lang]["total"] += 1
            if _same(field, got, want):
                result.exact[field] += 1
                result.by_lang[lang]["exact"] += 1
                continue
            if _empty(want) and not _empty(got):
                result.invented[field] += 1
            result.misses.append(f"{lang}/{eml.name} {field}: got {got!r}, want {want!r}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--split", default="dev", help="a split of the folder's MANIFEST, or all")
    parser.add_argument("--lang")
    parser.add_argument("--misses", action="store_true", help="print each wrong field")
    args = parser.parse_args(argv)
    splits = json.loads((args.root / "MANIFEST.json").read_text(encoding="utf-8"))["splits"]
    if args.split != "all" and args.split not in splits:
        parser.error(f"--split: no split {args.split!r}; the manifest has {', '.join(splits)}")
    files = _files(args.root, args.split, args.lang)
    result = score(files)
    if args.misses:
        print("\n".join(result.misses))
    print(f"{len(files)} e-mails, {sum(result.total.values())} fields ({args.split})")
    print(f"{'field':24} {'exact':>7} {'invented':>9}")
    for field in FIELDS:
        share = result.exact[field] / result.total[field] if result.total[field] else 0
        print(f"{field:24} {share:7.0%} {result.invented[field]:9d}")
    print(f"{'all':24} {result.share:7.1%} {sum(result.invented.values()):9d}")
    for lang, counts in sorted(result.by_lang.items()):
        print(f"  {lang}: {counts['exact'] / counts['total']:.0%} exact")
    return 0


if __name__ == "__main__":
    sys.exit(main())
