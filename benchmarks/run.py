"""All benchmarks side by side, in one run, as a table of ratios (issue 16's table).

Usage::

    python benchmarks/run.py [--quick]

Every row times rejection_kit and a plain anchor in the same process, alternating, in CPU
time (``time.process_time``), and prints the best of several repeats and their ratio.
The anchors are things a user could write or install instead, never the library's own
building blocks:

- ``compose(full_response)`` with its self-check, in English, German and French, against
  a hand-written Jinja2 template of the very same subject and text whose values (names,
  company, team, topics, the date formatted by Babel, the list of names joined by Babel)
  are filled in at each call; target ≤ 12x;
- ``check`` on a 150-word e-mail written by a person, and on the ``full_response`` the
  library composes (en/de/fr), against proselint on the same text; target ≥ 30x faster,
  and German/French within 1.5x of English;
- ``check`` on drafts written by people (the tone corpora's tuning splits), each draft
  new to the process, as a linting service sees them, against proselint on the same
  drafts: the rows above check one text again and again, which caches favour. They run
  after ``rk.warm_up``, which compiles every pattern, as a long-running service would;
- ``import rejection_kit`` and the first message, in a fresh interpreter with bytecode
  cached, against ``import jinja2, attrs, babel.dates``; target ≤ 2x;
- ``full_response`` messages per second on one core (CPU time), and over processes forked
  after ``rk.warm_up`` (wall time); target ≥ 4,000/s per core, near-linear.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import attrs
import jinja2
from babel.dates import format_skeleton
from babel.lists import format_list
from bench_check import EMAIL, _proselint

import rejection_kit as rk
from rejection_kit._cli import sample_situation

LANGUAGES = ("en", "de", "fr")
TO = "Priya Raman"


def _cpu(fn: Callable[[], object], number: int) -> float:
    return timeit.Timer(fn, timer=time.process_time).timeit(number) / number


def pair(
    ours: Callable[[], object], base: Callable[[], object], *, repeat: int, number: int
) -> tuple[float, float]:
    """Best CPU times per call of two functions, timed in alternation to share the noise."""
    ours(), base()
    a, b = [], []
    for _ in range(repeat):
        a.append(_cpu(ours, number))
        b.append(_cpu(base, number))
    return min(a), min(b)


_SITUATION = sample_situation()
_CORPORA = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "tone"


def _drafts(language: str) -> list[str]:
    """Drafts people wrote, from the tuning splits of the tone corpora, in a fixed order."""
    paths = sorted(_CORPORA.glob(f"*/{language}/dev.jsonl"))
    return [
        json.loads(line)["text"]
        for p in paths
        for line in p.read_text("utf-8").split("\n")
        if line
    ]


def _compose(language: str) -> rk.Message:
    # The situation is built once, as the anchor's values are: both time the writing.
    return rk.compose(_SITUATION, recipe="full_response", to=TO, seed=0, locale=language)


def _new_situations(count: int) -> list[rk.Situation]:
    """The sample situation, each time with another candidate (nothing composed for it yet)."""
    first = ("Jordan", "Alex", "Robin", "Sam", "Kim", "Noor", "Ilse", "Tomás", "Mei", "Ola")
    last = ("Lee", "Meyer", "Dubois", "Santos", "Rossi", "Visser", "Novak", "Okoro", "Berg")
    names = (
        f"{a} {chr(ord('A') + i % 26)}. {b}"
        for i, (a, b) in enumerate(itertools.product(first * 12, last))
    )
    base = _SITUATION
    return [
        attrs.evolve(base, candidate=attrs.evolve(base.candidate, name=name))
        for name in itertools.islice(names, count)
    ]


def hand_written(language: str) -> tuple[Callable[[], str], str]:
    """A plain Jinja2 template of the composed message, its values filled in per call.

    The template is the message's own subject and text with every situation value
    replaced by a variable, so it writes the same bytes; at each call the date is formatted
    and the list of names joined with Babel, as a hand-written template would.
    """
    situation = _SITUATION
    message = _compose(language)
    expected = f"{message.subject}\n\n{message.text}"
    final = situation.interviews_with(TO)[-1].date
    others = ["Lena Park", "Daniel Okafor"]
    plain: dict[str, str] = {"candidate": situation.candidate.name}
    plain["company"] = situation.company.name
    plain["title"] = situation.position.title
    plain["team"] = situation.position.team or ""
    for i, contact in enumerate(situation.contacts):
        plain[f"contact{i}"] = contact.name
        plain[f"family{i}"] = contact.name.split()[-1]
        for j, topic in enumerate(contact.topics):
            plain[f"topic{i}_{j}"] = topic
    for i, offer in enumerate(situation.offers):
        for field in ("topic", "title", "url", "person", "about"):
            value = getattr(offer, field, None)
            if value:
                plain[f"offer{i}_{field}"] = value
    computed = {
        "day": format_skeleton("MMMMd", final, locale=language),
        "others": format_list(others, locale=language),
    }
    source = expected
    # Longest first, so that a name inside a longer value stays part of that value.
    for key, value in sorted({**plain, **computed}.items(), key=lambda kv: -len(kv[1])):
        source = source.replace(value, "{{ " + key + " }}")
    template = jinja2.Environment(autoescape=False, keep_trailing_newline=True).from_string(source)

    def render() -> str:
        return template.render(
            day=format_skeleton("MMMMd", final, locale=language),
            others=format_list(others, locale=language),
            **plain,
        )

    assert render() == expected, f"the {language} anchor must write the same text"
    return render, expected


def _import_times(statements: list[str], runs: int) -> list[float]:
    """Best CPU time of each statement in a fresh interpreter; the statements take turns,
    run after run, so that a busy moment of the machine falls on all of them alike."""
    # The first round writes the bytecode caches, which a shell's PYTHONDONTWRITEBYTECODE
    # would forbid: every run would then compile the package's modules again.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    best = [float("inf")] * len(statements)
    for round_ in range(runs + 1):
        for i, statement in enumerate(statements):
            code = f"import time; t = time.process_time(); {statement}; "
            code += "print(time.process_time() - t)"
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
            )
            if round_:
                best[i] = min(best[i], float(out.stdout))
    return best


_TARGETS = [
    c.name
    for c in _SITUATION.contacts
    if rk.recipes.RECIPES["full_response"].eligible(c, _SITUATION)
]


def _batch(count: int, offset: int = 0) -> int:
    for i in range(offset, offset + count):
        rk.compose(_SITUATION, recipe="full_response", to=_TARGETS[i % len(_TARGETS)], seed=i)
    return count


def _throughput_one(count: int) -> float:
    # Warmed on other seeds first, as the forked workers are (they inherit this process).
    _batch(max(2, count // 5), offset=10**6)
    started = time.process_time()
    _batch(count)
    return count / (time.process_time() - started)


def _throughput_many(count: int, workers: int) -> float:
    rk.warm_up(["en"])  # before the fork, the documented way: workers start warm
    context = multiprocessing.get_context("fork")
    per = count // workers
    started = time.perf_counter()
    with context.Pool(workers) as pool:
        # Seeds no other row used: no worker starts with its messages cached.
        pool.starmap(_batch, [(per, 2 * 10**6 + k * per) for k in range(workers)])
    return per * workers / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    """Run every comparison and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for CI smoke runs")
    args = parser.parse_args(argv)
    repeat, number, runs, batch = (3, 10, 2, 60) if args.quick else (7, 100, 7, 2000)
    situation = _SITUATION
    rows: list[tuple[str, float, str, float, str]] = []
    # Steady state, as a server or a batch sees it: catalogs, templates, rules and (with
    # google-re2) the one-pass pattern sets are loaded first; cold start has its own row.
    rk.warm_up(LANGUAGES)

    for language in LANGUAGES:
        anchor, _ = hand_written(language)
        t_ours, t_base = pair(
            lambda language=language: _compose(language), anchor, repeat=repeat, number=number
        )
        rows.append(
            (
                f"compose full_response, {language}",
                t_ours,
                "hand-written template",
                t_base,
                "≤ 12x",
            )
        )

    # The rows above write one text again and again, which the kept phrasings favour; a
    # bot answering new users writes for a situation it has never seen at every call.
    fresh = iter(_new_situations(repeat * number + 1))
    anchor, _ = hand_written("en")
    t_ours, t_base = pair(
        lambda: rk.compose(next(fresh), recipe="full_response", to=TO, seed=0),
        anchor,
        repeat=repeat,
        number=number,
    )
    rows.append(
        (
            "compose, a new situation each call, en",
            t_ours,
            "hand-written template",
            t_base,
            "report",
        )
    )

    lint = _proselint()
    if lint is not None:
        t_ours, t_base = pair(
            lambda: rk.check(EMAIL), lambda: lint(EMAIL), repeat=repeat, number=number // 2
        )
        rows.append(("check, 150-word e-mail, en", t_ours, "proselint", t_base, "≥ 30x faster"))
        for language in LANGUAGES:
            drafts = _drafts(language)
            ours_next, theirs_next = itertools.cycle(drafts), itertools.cycle(drafts)
            t_ours, t_base = pair(
                lambda it=ours_next, language=language: rk.check(next(it), locale=language),
                lambda it=theirs_next: lint(next(it)),
                repeat=repeat,
                number=number // 2,
            )
            rows.append(
                (
                    f"check new drafts, {language} ({len(drafts)})",
                    t_ours,
                    "proselint",
                    t_base,
                    "≥ 30x faster",
                )
            )
        for language in LANGUAGES:
            text = _compose(language).text
            t_ours, t_base = pair(
                lambda text=text, language=language: rk.check(
                    text, situation=situation, locale=language, recipe="full_response"
                ),
                lambda text=text: lint(text),
                repeat=repeat,
                number=number // 2,
            )
            rows.append(
                (
                    f"check composed message, {language}",
                    t_ours,
                    "proselint",
                    t_base,
                    "≥ 30x faster",
                )
            )
    else:
        print("proselint is not installed (pip install -e '.[bench]'): check rows skipped")

    base = "import jinja2, attrs, babel.dates"
    first = (
        "import rejection_kit as rk; from rejection_kit._cli import sample_situation; "
        "rk.compose(sample_situation())"
    )
    t_base, t_import, t_first, t_check = _import_times(
        [base, "import rejection_kit", first, f"import rejection_kit as rk; rk.check({EMAIL!r})"],
        runs,
    )
    rows.append(("import rejection_kit", t_import, base, t_base, "report"))
    rows.append(("import + first message", t_first, base, t_base, "≤ 2x"))
    rows.append(("import + first check", t_check, base, t_base, "report"))

    # check() on arbitrary text must stay linear: time per kilobyte at 1 KB and 100 KB.
    kilobyte = (EMAIL * 2)[:1024]
    t_small = min(_cpu(lambda: rk.check(kilobyte), number // 2) for _ in range(repeat))
    t_big = min(_cpu(lambda: rk.check(kilobyte * 100), 1) for _ in range(max(2, repeat // 2)))
    rows.append(("check 100 KB, per KB", t_big / 100, "check 1 KB", t_small, "≈ 1x (linear)"))

    workers = os.cpu_count() or 1
    one = _throughput_one(batch // 2)
    many = _throughput_many(batch, workers)

    print(f"machine: {platform.machine()}, {workers} cores, Python {platform.python_version()}")
    print(f"{'benchmark':34} {'ours':>10} {'anchor':>10} {'ratio':>13}  anchor / target")
    for name, ours_t, base_name, base_t, target in rows:
        ratio = ours_t / base_t
        shown = f"{1 / ratio:.1f}x faster" if ratio < 1 else f"{ratio:.1f}x"
        times = f"{ours_t * 1e6:8.0f}µs {base_t * 1e6:8.0f}µs"
        print(f"{name:34} {times} {shown:>13}  {base_name} / {target}")
    print(
        f"{'full_response batch':34} {one:7.0f}/s on 1 core (CPU), "
        f"{many:7.0f}/s on {workers} forked processes (wall) / ≥ 4,000/s per core"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
