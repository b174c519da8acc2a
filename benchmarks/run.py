"""All benchmarks side by side, in one run, as a table of ratios.

Usage::

    python benchmarks/run.py [--quick]

Each row times rejection_kit and a baseline in the same process, alternating, and
prints the best time of several repeats and their ratio; the machine is shared and noisy,
so read ratios, not absolute times. Targets (from the design):

- render only within 2x of a hand-written Jinja2 + Babel template of the same text;
- ``check`` at least 10x faster than proselint on the same 150-word e-mail;
- ``import rejection_kit`` within 1.3x of ``import jinja2, attrs, babel.dates``;
- batch throughput on one core and over processes (reported, no target).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
import timeit
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import attrs
import jinja2
from babel.dates import format_skeleton
from babel.lists import format_list
from bench_check import EMAIL, _proselint

import rejection_kit as rk
from rejection_kit._cli import sample_situation
from rejection_kit._pipeline import _composer, _recipient
from rejection_kit.language import translations

# A full response of the sample situation, written by hand as one template with the same
# gettext messages and Babel list formatting.
HAND_WRITTEN = """\
{% trans name=family %}Dear Ms. {{ name }},{% endtrans %}

{% trans x=gettext("our conversation on %(day)s", day=day) %}I wanted to thank you for \
{{ x }}.{% endtrans %} {% trans %}While the news isn't what I had hoped for, I understand \
the decision and enjoyed the process.{% endtrans %}

{% trans topic=topic %}I came away with a lot to think about from our exchange on {{ topic }}.\
{% endtrans %} {% trans count=others|length, names=others|names %}My thanks go to {{ names }} \
too, for their time and thoughtful questions.{% pluralize %}My thanks go to {{ names }} too, \
for their time and thoughtful questions.{% endtrans %}

{% trans topic=offer_topic, title=title, url=url %}Since we talked about {{ topic }}, here is \
{{ title }} ({{ url }}), in case it is useful.{% endtrans %} {% trans person=person, \
about=about %}I'd be happy to connect you with {{ person }}, since {{ about }}.{% endtrans %}

{% trans company=company %}My interest in {{ company }} hasn't changed: if a new role comes \
up, I'd love to be considered.{% endtrans %}

{% trans x=gettext("the whole %(team)s team", team=team) %}Wishing {{ x }} continued \
success.{% endtrans %}

{% trans %}Warm regards,{% endtrans %}
{{ candidate }}"""


def best(fn: Callable[[], object], *, repeat: int, number: int) -> float:
    """The best time per call, in seconds, after a warm-up call."""
    fn()
    return min(timeit.repeat(fn, repeat=repeat, number=number)) / number


def pair(
    ours: Callable[[], object], base: Callable[[], object], *, repeat: int, number: int
) -> tuple[float, float]:
    """Best times per call of two functions, timed in alternation so they share the noise."""
    ours(), base()
    a, b = [], []
    for _ in range(repeat):
        a.append(timeit.timeit(ours, number=number) / number)
        b.append(timeit.timeit(base, number=number) / number)
    return min(a), min(b)


def _hand_written() -> Callable[[], str]:
    env = jinja2.Environment(extensions=["jinja2.ext.i18n"], undefined=jinja2.StrictUndefined)
    env.install_gettext_translations(translations("en"), newstyle=True)  # type: ignore[attr-defined]
    env.filters["names"] = lambda names: format_list(list(names), locale="en")
    template = env.from_string(HAND_WRITTEN)
    situation = sample_situation()
    interview = situation.interviews_with("Priya Raman")[-1]
    values = {
        "family": "Raman",
        "day": format_skeleton("MMMMd", interview.date, locale="en"),
        "role": situation.position.title,
        "topic": situation.contacts[0].topics[0],
        "others": ["Lena Park", "Daniel Okafor"],
        "offer_topic": situation.offers[0].topic,
        "title": situation.offers[0].title,
        "url": situation.offers[0].url,
        "person": situation.offers[1].person,
        "about": situation.offers[1].about,
        "company": situation.company.name,
        "team": situation.position.team,
        "candidate": situation.candidate.name,
    }
    return lambda: template.render(**values)


# The phrasings the hand-written template spells out; the composer is pinned to them so
# that both produce the same text whatever the seeded choice would be.
PINNED = {
    "gratitude": "gratitude.interview.5-5",
    "acknowledgement": "acknowledgement.finalist.4",
    "highlight": "highlight.topic.5",
    "pass_thanks": "pass_thanks.others.3",
    "resource_offer": "resource_offer.link.1",
    "resource_offer_2": "resource_offer_2.introduction.2",
    "keep_door_open": "keep_door_open.backup.4",
    "well_wishes": "well_wishes.team.4-4",
}


def _render_only() -> Callable[[], str]:
    situation = sample_situation()
    composer = attrs.evolve(_composer(situation, "full_response", seed=0), pinned=PINNED)
    recipient = _recipient(situation, "Priya Raman")

    def render() -> str:
        ctx = composer.context(recipient)
        parts = composer._parts(ctx, set(), set(), short=False, dropped=frozenset())
        return composer._text(parts)

    return render


def _import_time(statement: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        times.append(float(out.stdout))
    return min(times)


def _work(i: int) -> int:
    situation = sample_situation()
    return len(rk.compose_all(situation, recipe="thank_you", seed=i))


def _throughput(count: int, workers: int) -> float:
    started = time.perf_counter()
    if workers == 1:
        for i in range(count):
            _work(i)
    else:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            list(pool.map(_work, range(count), chunksize=max(1, count // (workers * 4))))
    return count / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    """Run every comparison and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats, for CI smoke runs")
    args = parser.parse_args(argv)
    repeat, number, runs, batch = (3, 20, 3, 40) if args.quick else (7, 200, 9, 400)

    hand, ours = _hand_written(), _render_only()
    assert hand() == ours(), "the hand-written template must produce the same text"
    situation = sample_situation()
    rows: list[tuple[str, str, float, str, float, str]] = []

    t_render, t_hand = pair(ours, hand, repeat=repeat, number=number)
    rows.append(
        ("render full response", "hand-written Jinja2+Babel", t_render, "", t_hand, "≤ 2x")
    )

    t_compose, t_render = pair(
        lambda: rk.compose(situation, recipe="full_response", to="Priya Raman", seed=0),
        ours,
        repeat=repeat,
        number=number,
    )
    rows.append(("compose with self-check", "render only", t_compose, "", t_render, "report"))

    lint = _proselint()
    if lint is not None:
        t_check, t_prose = pair(
            lambda: rk.check(EMAIL), lambda: lint(EMAIL), repeat=repeat, number=number // 4
        )
        rows.append(("check, 150-word e-mail", "proselint", t_check, "", t_prose, "≥ 10x faster"))

    t_import = _import_time("import rejection_kit", runs)
    t_base = _import_time("import jinja2, attrs, babel.dates", runs)
    # The package loads lazily; what a script pays before its first message is this:
    first = (
        "import rejection_kit as rk; from rejection_kit._cli import sample_situation; "
        "rk.compose(sample_situation())"
    )
    t_first = _import_time(first, runs)
    rows.append(
        (
            "import + first message",
            "import jinja2, attrs, babel.dates",
            t_first,
            "",
            t_base,
            "report",
        )
    )
    rows.append(
        (
            "import rejection_kit",
            "import jinja2, attrs, babel.dates",
            t_import,
            "",
            t_base,
            "≤ 1.3x",
        )
    )

    # check() on arbitrary text must stay linear: time per kilobyte at 1 KB and 100 KB.
    kilobyte = (EMAIL * 2)[:1024]
    big = kilobyte * 100
    t_small = best(lambda: rk.check(kilobyte), repeat=repeat, number=number // 4)
    t_big = best(lambda: rk.check(big), repeat=max(2, repeat // 2), number=2)
    rows.append(("check 100 KB, per KB", "check 1 KB", t_big / 100, "", t_small, "≈ 1x (linear)"))

    workers = os.cpu_count() or 1
    one = _throughput(batch // 4, 1)
    many = _throughput(batch, workers)

    print(f"machine: {platform.machine()}, {workers} cores, Python {platform.python_version()}")
    print(f"{'benchmark':28} {'ours':>10} {'baseline':>10} {'ratio':>8}  baseline / target")
    for name, base_name, ours_t, _, base_t, target in rows:
        ratio = ours_t / base_t
        shown = f"{1 / ratio:.1f}x faster" if ratio < 1 else f"{ratio:.2f}x"
        times = f"{ours_t * 1e6:8.0f}µs {base_t * 1e6:8.0f}µs"
        print(f"{name:28} {times} {shown:>8}  {base_name} / {target}")
    batch_line = f"{one:7.0f}/s on 1 core, {many:7.0f}/s on {workers} processes"
    print(f"{'batch thank-you notes':28} {batch_line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
