"""Digests of everything the library writes and finds, to prove a change left it alone.

A speed-up, a refactoring or a new cache must not change a single byte of output or a
single finding. ``digests()`` composes every recipe for every recipient of every test
situation in every shipped locale and register (two seeds each, plus the follow-up plan),
and checks every draft of the tone corpora; each group is reduced to one SHA-256, so a
failing comparison names the situation, locale or corpus file that changed.
``scripts/golden.py --update`` records them in ``digests.json`` when a change of output is
intended (new phrasings, a fixed rule); the diff of that file then shows what moved.
"""

from __future__ import annotations

import datetime
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tests.composition.situations import with_address, with_sample

import rejection_kit as rk
from rejection_kit.language import conventions, resolve_locale, supported_locales

HERE = Path(__file__).parent
RECORDED = HERE / "digests.json"
CORPORA = HERE.parent / "fixtures" / "tone"
SEEDS = (0, 1)


def _report(report: rk.Report) -> list[Any]:
    return [report.verdict] + [
        [f.rule_id, f.start, f.end, f.severity, f.message, f.suggestion] for f in report.findings
    ]


def _messages(situation: rk.Situation, locale: str) -> Iterator[Any]:
    for recipe_name, recipe in sorted(rk.recipes.RECIPES.items()):
        targets = [c.name for c in situation.contacts if recipe.eligible(c, situation)]
        for to in targets or [None]:
            for seed in SEEDS:
                try:
                    m = rk.compose(situation, recipe=recipe_name, to=to, locale=locale, seed=seed)
                except rk.RejectionKitError as exc:
                    yield [recipe_name, to, seed, type(exc).__name__, str(exc)]
                    continue
                report = rk.check(
                    m.text,
                    situation=situation,
                    locale=locale,
                    channel=m.channel,
                    recipe=recipe_name,
                )
                yield [recipe_name, to, seed, m.subject, m.text, m.variant_ids, _report(report)]
    try:
        plan = rk.plan_follow_ups(situation, locale=locale, start=datetime.date(2026, 3, 2))
        yield ["plan", plan.to_text()]
    except rk.RejectionKitError as exc:
        yield ["plan", type(exc).__name__, str(exc)]


def _sha(items: Iterator[Any]) -> str:
    h = hashlib.sha256()
    for item in items:
        h.update(json.dumps(item, ensure_ascii=False, default=str).encode())
        h.update(b"\n")
    return h.hexdigest()


def _drafts(path: Path) -> Iterator[Any]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        locale = row.get("lang", row.get("locale", "en"))
        try:
            report = rk.check(row["text"], locale=locale, channel=row.get("channel", "email"))
        except rk.RejectionKitError as exc:
            yield [row.get("id"), type(exc).__name__]
            continue
        yield [row.get("id"), _report(report)]


def digests() -> dict[str, str]:
    """Group name → SHA-256 of what the library writes or finds for that group."""
    out: dict[str, str] = {}
    for name, data in with_sample().items():
        for locale in supported_locales():
            registers = [r for r in conventions(resolve_locale(locale)).registers if r != "team"]
            for address in registers:
                situation = with_address(data, address)
                out[f"compose/{name}/{locale}/{address}"] = _sha(_messages(situation, locale))
    for path in sorted(CORPORA.rglob("*.jsonl")):
        out[f"check/{path.relative_to(CORPORA).as_posix()}"] = _sha(_drafts(path))
    return out
