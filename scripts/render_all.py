"""Render what a locale says, for translators and for the native-level review.

    python scripts/render_all.py LOCALE [--messages] [--values FILE.json] [--out FILE]

For every realistic situation of ``tests/composition/situations.py`` and the built-in
sample, every recipe and every recipient it is written to, in every register the locale
has (and the plural one for a message to the hiring team), and every phrasing
(``every_variant``), this lists each distinct sentence once, with the variant ids and the
contexts that produced it. ``--messages`` prints whole messages instead (one per recipe,
recipient and register), to read the flow of a letter, and each situation's follow-up
plan. ``--values`` replaces the situations' free-text values (topics, plans, feedback) by
their translations (a JSON object from English value to the locale's), as a user of the
locale would type them. Phrasings the tone rules refuse are listed at the end, not dropped.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.composition.situations import with_address, with_sample  # noqa: E402

import rejection_kit as rk  # noqa: E402 - after the path that finds the tests' situations
from rejection_kit.language import conventions  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def _localized(node: Any, values: dict[str, str]) -> Any:
    if isinstance(node, dict):
        return {k: _localized(v, values) for k, v in node.items()}
    if isinstance(node, list):
        return [_localized(v, values) for v in node]
    return values.get(node, node) if isinstance(node, str) else node


def _targets(situation: rk.Situation, recipe: rk.Recipe) -> list[str | None]:
    if not situation.contacts:
        return [None]
    return [c.name for c in situation.contacts if recipe.eligible(c, situation)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale")
    parser.add_argument("--messages", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--values", type=Path, help="translations of the free-text values")
    args = parser.parse_args(argv)
    locale = args.locale
    values = json.loads(args.values.read_text(encoding="utf-8")) if args.values else {}
    refused: list[str] = []
    registers = [
        r for r in conventions(rk.language.resolve_locale(locale)).registers if r != "team"
    ]
    sentences: dict[str, set[str]] = defaultdict(set)
    lines: list[str] = []
    for name, english in with_sample().items():
        data = _localized(english, values)
        for address in registers:
            situation = with_address(data, address)
            if args.messages:
                try:
                    plan = rk.plan_follow_ups(situation, locale=locale, address=address)
                    lines.append(f"### {name} / plan / {address}\n\n{plan.to_text()}")
                except rk.RejectionKitError as exc:
                    lines.append(f"### {name} / plan / {address}\n\n(refused: {exc})\n")
            for recipe_name, recipe in sorted(rk.recipes.RECIPES.items()):
                for to in _targets(situation, recipe):
                    where = f"{name} / {recipe_name} / {to or 'hiring team'} / {address}"
                    try:
                        if args.messages:
                            message = rk.compose(situation, recipe=recipe, to=to, locale=locale)
                            label = conventions(locale).subject_label
                            subject = f"{label} {message.subject}\n" if message.subject else ""
                            lines.append(f"### {where}\n\n{subject}{message.text}\n")
                            continue
                        for message in rk.every_variant(
                            situation, recipe=recipe_name, to=to, locale=locale
                        ):
                            for part in message.parts:
                                for sentence in _SENTENCE.split(part.text):
                                    if sentence.strip():
                                        sentences[sentence.strip()].add(
                                            f"{part.variant} ({where})"
                                        )
                    except rk.RejectionKitError as exc:
                        if args.messages:
                            lines.append(f"### {where}\n\n(refused: {exc})\n")
                        elif isinstance(exc, rk.ConstraintError):
                            refused.append(f"- {where}: {exc}")
    if not args.messages:
        for sentence, sources in sorted(sentences.items()):
            first = sorted(sources)[0]
            lines.append(f"- {sentence}\n  <!-- {first}; {len(sources)} contexts -->")
        if refused:
            lines.append("\n## Phrasings the tone rules refused\n")
            lines.extend(refused)
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(sentences) or len(lines)} entries written to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
