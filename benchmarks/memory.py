"""Memory stays flat over many composes: caches are bounded.

Usage::

    python benchmarks/memory.py [COUNT]

Composes COUNT messages (default 100,000) with distinct seeds and recipients, checking
each, and prints the traced memory after the first tenth and at the end.
"""

from __future__ import annotations

import sys
import tracemalloc

import rejection_kit as rk
from rejection_kit._cli import sample_situation


def main(count: int = 100_000) -> int:
    situation = sample_situation()
    names = [c.name for c in situation.contacts]
    tracemalloc.start()
    marks = []
    for i in range(count):
        message = rk.compose(situation, recipe="thank_you", to=names[i % len(names)], seed=i)
        rk.check(message.text, situation=situation)
        if i + 1 in (count // 10, count):
            marks.append(tracemalloc.get_traced_memory()[0])
    grown = marks[1] - marks[0]
    print(
        f"{count} composes: {marks[0] / 1e6:.1f} MB after {count // 10}, "
        f"{marks[1] / 1e6:.1f} MB at the end ({grown / 1e6:+.1f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000))
