"""Memory stays flat over many composes: caches are bounded.

Usage::

    python benchmarks/memory.py [COUNT] [--trace]

Composes COUNT messages (default 100,000) with distinct seeds and recipients, checking
each, and prints the process's resident memory (peak RSS) after the first tenth and at
the end; with ``--trace``, Python's traced allocations too (``tracemalloc``, about three
times slower).
"""

from __future__ import annotations

import resource
import sys
import time
import tracemalloc

import rejection_kit as rk
from rejection_kit._cli import sample_situation


def _rss_mb() -> float:
    # Linux reports kilobytes, macOS bytes.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 1e6


def main(count: int = 100_000, *, trace: bool = False) -> int:
    situation = sample_situation()
    names = [c.name for c in situation.contacts]
    if trace:
        tracemalloc.start()
    marks: list[tuple[float, float]] = []
    started = time.process_time()
    for i in range(count):
        message = rk.compose(situation, recipe="thank_you", to=names[i % len(names)], seed=i)
        rk.check(message.text, situation=situation)
        if i + 1 in (count // 10, count):
            traced = tracemalloc.get_traced_memory()[0] / 1e6 if trace else float("nan")
            marks.append((_rss_mb(), traced))
    cpu = time.process_time() - started
    (rss0, traced0), (rss1, traced1) = marks
    print(
        f"{count} composes and checks in {cpu:.0f} s CPU: peak RSS {rss0:.0f} MB after "
        f"{count // 10}, {rss1:.0f} MB at the end ({rss1 - rss0:+.0f} MB)"
    )
    if trace:
        print(f"traced: {traced0:.1f} MB after {count // 10}, {traced1:.1f} MB at the end")
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(int(args[0]) if args else 100_000, trace="--trace" in sys.argv))
