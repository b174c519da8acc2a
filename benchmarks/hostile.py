"""Run every reproducer of the hostile-input issue; print CPU time, peak memory and outcome.

Usage::

    python benchmarks/hostile.py

Each reproducer must end in a documented error or a safe result in under a second of CPU
time with under 200 MB of memory; the script exits with status 1 if one does not. The
tests under ``tests/security/`` assert the outcomes; this script measures the cost, which
unit tests do not.
"""

from __future__ import annotations

import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from importlib import resources
from typing import Any

import rejection_kit as rk

_SAMPLE = json.loads(
    (resources.files("rejection_kit") / "samples" / "finalist.json").read_text("utf-8")
)
_ENCODED = "=?utf-8?q?Your_application=0D=0ABcc:_victim@evil.example=0D=0A=0D=0ASmuggled_body?="
SECONDS = 1.0
MEGABYTES = 200


def _sample(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(_SAMPLE))
    for key, value in changes.items():
        section, _, field = key.partition("__")
        data[section][field] = value
    return data


def _header_subject() -> object:
    data = _sample()
    data["rejection"]["subject"] = _ENCODED
    return rk.Situation.from_dict(data)


def _offer_about() -> object:
    data = _sample()
    data["offers"][1]["about"] = ("all the " * 125).strip()
    return rk.compose(rk.Situation.from_dict(data), recipe="full_response").word_count


def _placeholders() -> object:
    situation = rk.Situation.from_dict(
        {"candidate": {"name": "Maya Chen"}, "company": {"name": "a"}, "position": {"title": "b"}}
    )
    return rk.check("[ab] " * 20_000, situation=situation).verdict


def _bomb(phrasing: str) -> Callable[[], object]:
    def run() -> object:
        block = rk.phrasings("well_wishes", [phrasing], replace=True)
        recipe = rk.recipes.thank_you.replacing(block)
        return rk.compose(rk.Situation.from_dict(_SAMPLE), recipe=recipe).text

    return run


def _many_contacts() -> object:
    data = _sample()
    data["contacts"] = [{"name": f"Person {i}"} for i in range(5000)]
    data["interviews"] = [{"kind": "onsite", "with": [f"Ghost {i}" for i in range(2000)]}]
    return rk.Situation.from_dict(data)


def _huge_name() -> object:
    return rk.Situation.from_dict(_sample(candidate__name="A" * 10_000_000))


def _markdown() -> object:
    return rk.check("Thank you for the role at <<img src=x onerror=alert(1)>>.")._repr_markdown_()


def _far_future() -> object:
    return rk.plan_follow_ups(rk.Situation.from_dict(_SAMPLE), start=date(9999, 12, 30))


def _pack() -> object:
    return rk.tone.load_pack(
        '[[rule]]\nid = "a.b"\nseverity = "warning"\nmessage = "x"\n'
        "patterns = ['\\bsend me (?:(?:all|the|all the) )+feedback']\n"
        'examples.bad = ["send me all the feedback"]\nexamples.good = ["thanks"]\n'
    )


REPRODUCERS: list[tuple[str, Callable[[], object]]] = [
    ("1 encoded word in rejection.subject", _header_subject),
    ("2 check: 'all the ' x 26", lambda: rk.check("Please send me " + "all the " * 26 + "xyz.")),
    ("2 compose: offers[].about of 1,000 characters", _offer_about),
    (
        "3 check: blanks around a sign-off (de)",
        lambda: rk.check("Hello\n" + " " * 2000 + "regards" + " " * 2000 + "x", locale="de"),
    ),
    ("4 placeholders with a company 'a' (100 KB)", _placeholders),
    ("4 'tu vous ' x 12,500 (fr)", lambda: rk.check("tu vous " * 12_500, locale="fr")),
    ("5 sandbox: '%999999999d' % 1", _bomb('{{ "%999999999d" % 1 }}')),
    ("5 sandbox: join with a huge separator", _bomb('{{ [c.company, c.role]|join("x" * 9999) }}')),
    ("5 sandbox: ((((10**64)**64)**64)**64)", _bomb("{{ ((((10**64)**64)**64)**64) }}")),
    (
        "5 sandbox: ~ and for multiplying output",
        _bomb("{% for x in c.company * 500 %}{{ x ~ x }}{% endfor %}"),
    ),
    ("5 sandbox: c.company.format", _bomb("{{ c.company.format }}")),
    ("6 5,000 contacts and 2,000 unknown names", _many_contacts),
    ("6 a 10 MB name", _huge_name),
    ("7 report Markdown with <img onerror>", _markdown),
    ("8 planted pack with an overlapping pattern", _pack),
    ("9 plan from 9999-12-30", _far_future),
    ("9 locale=['en']", lambda: rk.check("Thanks.", locale=["en"])),  # type: ignore[arg-type]
]


def _outcome(run: Callable[[], object]) -> tuple[str, bool]:
    try:
        result = run()
    except rk.RejectionKitError as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[-1].strip()[:60]}", True
    except Exception as exc:  # the point: anything else is a failure
        return f"UNDOCUMENTED {type(exc).__name__}: {exc!s:.60}", False
    return f"ok: {str(result)[:40]!r}", True


def main() -> int:
    # Load catalogs, templates and rules first: their one-off cost is not the input's.
    rk.compose(rk.Situation.from_dict(_SAMPLE))
    for locale in rk.supported_locales():
        rk.check("Thank you.", locale=locale)
    print(f"{'reproducer':<50} {'CPU s':>7} {'peak MB':>8}  outcome")
    failed = 0
    for label, run in REPRODUCERS:
        # Time first, then memory: tracing allocations slows Python code several times.
        start = time.process_time()
        outcome, documented = _outcome(run)
        seconds = time.process_time() - start
        tracemalloc.start()
        _outcome(run)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        costly = seconds > SECONDS or peak > MEGABYTES
        failed += costly or not documented
        flag = "TOO COSTLY " if costly else ""
        print(f"{label:<50} {seconds:>7.3f} {peak:>8.1f}  {flag}{outcome}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
