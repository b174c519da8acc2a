"""Time ``rejection_kit.tone.check`` against proselint on the same 150-word email.

Usage::

    python benchmarks/bench_check.py [--repeat 7] [--number 200]

Both run in this process, on the same text, after a warm-up; the table shows the best
time per call over several repeats (``timeit``) and the ratio. proselint is a bench-only
dependency: ``pip install proselint`` (or ``pip install -e '.[bench]'``).
"""

from __future__ import annotations

import argparse
import sys
import timeit
from collections.abc import Callable

from rejection_kit.tone import check

EMAIL = """\
Dear Priya,

Thank you for letting me know about your decision, and for the time you, Lena and Sam
gave me over the past month and a half. I'm disappointed, of course, but I understand, and I
enjoyed every conversation along the way.

I especially valued our discussion about moving the dashboards to dbt. If it would help,
I'm happy to share the migration checklist we used at Contoso, and I would be glad to
introduce you to Luis Gomez, who led a similar migration there last year.

If another position opens up, or if the person you hired doesn't work out, I would still
love to join the team. If you are able to share any feedback on my final interview, I'd
be grateful; I understand if not.

Wishing you, the team and the new hire every success with the launch this spring.

Best regards,
Maya Chen
"""


def _proselint() -> Callable[[str], object] | None:
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        return None
    CheckRegistry().register_many(__register__)

    def run(text: str) -> object:
        return LintFile("<bench>", text).lint(DEFAULT)

    return run


def best(fn: Callable[[], object], *, repeat: int, number: int) -> float:
    """The best time per call, in seconds."""
    fn()  # warm-up: compile patterns, load packs
    return min(timeit.repeat(fn, repeat=repeat, number=number)) / number


def main(argv: list[str] | None = None) -> int:
    """Run the comparison and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--number", type=int, default=200)
    args = parser.parse_args(argv)
    lint = _proselint()
    if lint is None:
        print(
            "proselint is not installed; install it with `pip install proselint` "
            "(a bench-only dependency) and run again.",
            file=sys.stderr,
        )
        return 2
    words = len(EMAIL.split())
    ours = best(lambda: check(EMAIL), repeat=args.repeat, number=args.number)
    theirs = best(lambda: lint(EMAIL), repeat=args.repeat, number=max(1, args.number // 20))
    print(f"{words}-word email, best of {args.repeat} repeats")
    print(f"{'tool':<28} {'per call':>12}")
    print(f"{'rejection_kit.tone.check':<28} {ours * 1e6:>9.0f} µs")
    print(f"{'proselint (LintFile.lint)':<28} {theirs * 1e6:>9.0f} µs")
    print(f"{'ratio (proselint / check)':<28} {theirs / ours:>11.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
