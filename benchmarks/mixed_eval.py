"""How well compose's mixed-language warning tells a foreign field from a loanword.

    python benchmarks/mixed_eval.py tests/fixtures/mixed --split dev

Each value of the blind corpus is put, in turn, into a message of every shipped
language. A value in another language than the message should be reported (*caught*);
a value in the message's own language must not be (*false alarm*) — least of all one
dense with English loanwords, as natives write them. Reported by style.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from rejection_kit.language._detect import foreign

LOCALES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "it": "it", "nl": "nl", "pt": "pt_BR"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--split", default="dev", choices=["dev", "test"])
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args(argv)
    rows = [
        json.loads(line)
        for line in (args.root / f"{args.split}.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    caught: Counter[str] = Counter()
    foreign_total: Counter[str] = Counter()
    alarms: Counter[str] = Counter()
    own_total: Counter[str] = Counter()
    mixed_warned = mixed_total = 0
    for row in rows:
        language, style, text = row["language"], row["style"], row["text"]
        for code, locale in LOCALES.items():
            said = foreign(text, locale)
            if language == "mixed":
                mixed_total += 1
                mixed_warned += said is not None
            elif language == code:
                own_total[style] += 1
                alarms[style] += said is not None
                if said and args.misses:
                    print(f"false alarm [{locale}] {style}: {text!r} -> {said}")
            else:
                foreign_total[style] += 1
                caught[style] += said is not None
                if not said and args.misses and style != "short":
                    print(f"missed [{locale}] {language} {style}: {text!r}")
    print(f"{len(rows)} values x {len(LOCALES)} message languages ({args.split})")
    print(f"{'style':8} {'caught':>16} {'false alarms':>16}")
    for style in sorted(own_total):
        print(
            f"{style:8} {caught[style]:5}/{foreign_total[style]:<5} "
            f"{caught[style] / max(foreign_total[style], 1):5.0%} "
            f"{alarms[style]:5}/{own_total[style]:<5} "
            f"{alarms[style] / max(own_total[style], 1):5.1%}"
        )
    c, f = sum(caught.values()), sum(foreign_total.values())
    a, o = sum(alarms.values()), sum(own_total.values())
    print(f"{'all':8} {c:5}/{f:<5} {c / max(f, 1):5.0%} {a:5}/{o:<5} {a / max(o, 1):5.1%}")
    print(f"mixed values reported: {mixed_warned}/{mixed_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
