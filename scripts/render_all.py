"""Render what a locale says, for translators and for the native-level review.

    python scripts/render_all.py LOCALE [--messages] [--out FILE]

For every realistic situation of ``tests/composition/situations.py`` and the built-in
sample, every recipe and every recipient it is written to, in every register the locale
has (and the plural one for a message to the hiring team), and every phrasing
(``every_variant``), this lists each distinct sentence once, with the variant ids and the
contexts that produced it. ``--messages`` prints whole messages instead (one per recipe,
recipient and register), to read the flow of a letter.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import rejection_kit as rk  # noqa: E402 - after the path that finds the tests' situations
from rejection_kit.language import conventions  # noqa: E402
from tests.composition.situations import SITUATIONS  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def _situations() -> dict[str, dict[str, Any]]:
    sample = json.loads(
        (resources.files("rejection_kit") / "samples" / "finalist.json").read_text("utf-8")
    )
    return {"sample": sample, **{name: data for name, (data, _) in SITUATIONS.items()}}


def _with_address(data: dict[str, Any], address: str) -> rk.Situation:
    copy = json.loads(json.dumps(data))
    for contact in copy.get("contacts", []):
        contact["address"] = address
    return rk.Situation.from_dict(copy)


def _targets(situation: rk.Situation, recipe: rk.Recipe) -> list[str | None]:
    if not situation.contacts:
        return [None]
    return [c.name for c in situation.contacts if recipe.eligible(c, situation)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("locale")
    parser.add_argument("--messages", action="store_true")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args(argv)
    locale = args.locale
    registers = [r for r in conventions(rk.language.resolve_locale(locale)).registers if r != "team"]
    sentences: dict[str, set[str]] = defaultdict(set)
    lines: list[str] = []
    for name, data in _situations().items():
        for address in registers:
            situation = _with_address(data, address)
            for recipe_name, recipe in sorted(rk.recipes.RECIPES.items()):
                for to in _targets(situation, recipe):
                    where = f"{name} / {recipe_name} / {to or 'hiring team'} / {address}"
                    try:
                        if args.messages:
                            message = rk.compose(situation, recipe=recipe, to=to, locale=locale)
                            subject = f"Subject: {message.subject}\n" if message.subject else ""
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
    if not args.messages:
        for sentence, sources in sorted(sentences.items()):
            first = sorted(sources)[0]
            lines.append(f"- {sentence}\n  <!-- {first}; {len(sources)} contexts -->")
    text = "\n".join(lines) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        print(f"{len(sentences) or len(lines)} entries written to {args.out}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
