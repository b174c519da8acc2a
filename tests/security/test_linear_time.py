"""Every pattern the library runs, and ``check`` itself, take time linear in the input.

Patterns are pumped with repetitions of what their own repeated parts match (see
``rejection_kit.tone._redos``) and the growth of their CPU time is measured as the input
doubles; a static check finds ambiguous repetition. Both run over every rule of every
locale, the fast ASCII twins the engine builds, and every compiled pattern at module
level in the package, so that a new catastrophic pattern cannot land. The tests at the
end show that the same checks catch planted patterns.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import pytest

import rejection_kit as rk
from rejection_kit.tone import Rule
from rejection_kit.tone._compile import compile_rule
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._engine import build_fast_set, builtin_rules
from rejection_kit.tone._locale import resolve_locale
from rejection_kit.tone._redos import (
    Attack,
    _interleaved,
    attacks,
    exponential,
    growth,
    superlinear,
)

#: Growth of CPU time per 4x longer input above which a pattern counts as superlinear
#: (linear work gives about 4, quadratic about 16).
LIMIT = 10.0
LOCALES = ("en", "de", "es", "fr", "pt_BR", "it")


def _flags(rule: Rule) -> int:
    return 0 if rule.case_sensitive else re.IGNORECASE


def _all_rules() -> list[Rule]:
    seen: dict[int, Rule] = {}
    for locale in LOCALES:
        for rule in builtin_rules(locale):
            seen.setdefault(id(rule), rule)
    return list(seen.values())


def _module_patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern bound at module level anywhere in the package."""
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(rk.__path__, "rejection_kit."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return dict(found.values())


def _pattern_offenders(rules: Iterable[Rule]) -> Iterator[str]:
    """Rule patterns (as the engine runs them) and exceptions that grow superlinearly."""
    done: set[tuple[str, bool, bool]] = set()
    for rule in rules:
        if not rule.patterns:
            continue
        compiled = compile_rule(rule)
        for pattern, part in zip(rule.patterns, compiled.parts, strict=True):
            key = (pattern, rule.case_sensitive, part.fast is not None)
            if key in done:
                continue
            done.add(key)

            def run(doc: Doc, part: Any = part) -> object:
                return sum(1 for _ in part.matches(doc))

            bad = superlinear(run, attacks(pattern, _flags(rule)), limit=LIMIT, prepare=Doc)
            if bad:
                yield f"{rule.id}: {pattern!r} grows {bad[1]:.0f}x per 4x on {bad[0]!r}"
        if compiled.exceptions is not None:
            regex = compiled.exceptions
            bad = superlinear(
                lambda text, regex=regex: sum(1 for _ in regex.finditer(text)),
                attacks(regex.pattern, regex.flags),
                limit=LIMIT,
            )
            if bad:
                yield f"{rule.id} exceptions: grow {bad[1]:.0f}x per 4x on {bad[0]!r}"


def _modes(regex: re.Pattern[str]) -> dict[str, Callable[[str], object]]:
    return {
        "search": lambda text: sum(1 for _ in regex.finditer(text)),
        "match": regex.match,
        "fullmatch": regex.fullmatch,
    }


def test_no_builtin_pattern_backtracks_exponentially() -> None:
    """No rule pattern, exception or module-level pattern has ambiguous repetition."""
    problems = [
        f"{rule.id}: {pattern!r}: {why}"
        for rule in _all_rules()
        for pattern in (*rule.patterns, *rule.exceptions)
        if (why := exponential(pattern, _flags(rule)))
    ]
    problems += [
        f"{name}: {why}"
        for name, regex in _module_patterns().items()
        if (why := exponential(regex.pattern, regex.flags))
    ]
    assert problems == []


def test_every_rule_pattern_grows_linearly() -> None:
    """Each pattern of every pack, on its fast and its plain path, is linear when pumped."""
    assert list(_pattern_offenders(_all_rules())) == []


def test_every_module_pattern_grows_linearly_in_every_mode() -> None:
    """Each module-level pattern is linear under search, match and fullmatch alike."""
    problems = []
    for name, regex in _module_patterns().items():
        for mode, run in _modes(regex).items():
            bad = superlinear(run, attacks(regex.pattern, regex.flags), limit=LIMIT)
            if bad:
                problems.append(f"{name} ({mode}): grows {bad[1]:.0f}x per 4x on {bad[0]!r}")
    assert problems == []


def test_module_patterns_are_found() -> None:
    """The scan above sees the structural patterns it must hold to account."""
    names = set(_module_patterns())
    for expected in (
        "rejection_kit.tone._doc._CLOSING",
        "rejection_kit.tone._doc._GREETING",
        "rejection_kit.tone._placeholders.PLACEHOLDER",
        "rejection_kit.tone._typography._EMOJI",
        "rejection_kit.model._fields._URL",
    ):
        assert expected in names


# -- check() as a whole --------------------------------------------------------------

_SITUATION = rk.Situation.from_dict(
    {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "a"},
        "position": {"title": "b"},
        "contacts": [{"name": "Sam Ortiz", "topics": ["x"]}],
    }
)
#: Crafted drafts: (prefix, repeated part, suffix). The first few are the reproducers of
#: the hostile-input issue; the rest pump what the engine and the packs look at.
CRAFTED: tuple[Attack, ...] = (
    ("Please send me ", "all the ", "xyz. Thanks for the feedback."),
    ("Hello\n", " ", "regards x"),
    ("", "[ab] ", ""),
    ("", "tu vous ", ""),
    ("", "vous tu ", ""),
    ("", " ", "x"),
    ("", "\n", "x"),
    ("", "a\n", ""),
    ("", ".", "\x00"),
    ("", "!", ""),
    ("", "sorry ", ""),
    ("", "Sorry. ", ""),
    ("", '"a ', ""),
    ("", "'a ", ""),
    ("", "«a ", ""),
    ("", "AAAA ", ""),
    ("", "\U0001f600\u200d\U0001f600\ufe0f\ufe0f", "x"),
    ("", "Thanks for nothing. ", ""),
    ("", "[", ""),
    ("", "{", ""),
    ("", "<", ""),
    ("", "(", ""),
    ("", "Dear ", ""),
    ("", "Best regards\n", "x"),
    ("", "0", ""),
    ("", "Sie du ", ""),
    ("", "usted tú ", ""),
    ("", "você tu ", ""),
    ("", "\u2019", ""),
    ("", "é", ""),
    # Where a draft names the company it is written to, in one sentence and in many.
    ("", "the team at Contoso Partners ", ""),
    ("", "I would love to join Contoso. ", ""),
    ("", "la crescita di Lanificio Rossi e ", ""),
    # An account of the process announced, and a name that is no cue ("Orbit Media").
    ("", "I will tell everyone about the process ", ""),
    ("", "Maya Chen ", ""),
    # Words in capitals, alone and in runs: field names ("FIRMENNAME") and acronyms.
    ("", "FIRMENNAME ", ""),
    ("", "Team von TELEFONNUMMER und ", ""),
    ("", "%ABCDEFGH% ", ""),
    ("", "CACES, ", ""),
)


@pytest.mark.parametrize("locale", LOCALES)
def test_check_grows_linearly_on_crafted_drafts(locale: str) -> None:
    """``check`` stays linear on every crafted draft, with and without a situation."""
    # The one-pass RE2 set (built once per process, at the fiftieth check) must not be
    # built inside a timed call: that one-off cost is not growth.
    build_fast_set(resolve_locale(locale)[1])
    problems = []
    for situation in (None, _SITUATION):
        bad = superlinear(
            lambda text, s=situation: rk.check(text, locale=locale, situation=s),
            CRAFTED,
            limit=LIMIT,
            stop=16384,
            budget=0.5,
        )
        if bad:
            problems.append(f"situation={situation is not None}: {bad[1]:.0f}x on {bad[0]!r}")
    assert problems == []


_NORMAL = {
    "en": "Dear Ms. Raman,\n\nThank you for letting me know about your decision, and for "
    "the time you and the team spent with me over the past weeks. I enjoyed our "
    "conversation about moving the dashboards to dbt.\n\nIf another role opens up, I "
    "would be glad to be considered. I wish you and the team all the best.\n\nBest "
    "regards,\nMaya Chen\n\n",
    "de": "Sehr geehrte Frau Raman,\n\nvielen Dank für Ihre Nachricht und für die Zeit, "
    "die Sie und Ihr Team sich für die Gespräche genommen haben. Das Gespräch über die "
    "Umstellung der Dashboards auf dbt hat mir viel Freude gemacht.\n\nWenn sich eine "
    "andere Stelle ergibt, würde ich mich freuen, wieder von Ihnen zu hören.\n\nMit "
    "freundlichen Grüßen\nMaya Chen\n\n",
    "es": "Estimada Sra. Raman:\n\nMuchas gracias por comunicarme su decisión y por el "
    "tiempo que usted y su equipo me dedicaron. Disfruté mucho de nuestra conversación "
    "sobre la migración de los paneles a dbt.\n\nSi surge otro puesto, me encantaría "
    "volver a participar.\n\nUn cordial saludo,\nMaya Chen\n\n",
    "fr": "Madame,\n\nJe vous remercie de m'avoir informée de votre décision et du temps "
    "que vous m'avez consacré. J'ai beaucoup apprécié notre échange sur la migration des "
    "tableaux de bord vers dbt.\n\nSi un autre poste se libère, je serais heureuse d'être "
    "à nouveau candidate.\n\nBien cordialement,\nMaya Chen\n\n",
    "pt_BR": "Prezada Sra. Raman,\n\nMuito obrigada por me informar sobre a decisão e pelo "
    "tempo que a senhora e a equipe me dedicaram. Gostei muito da nossa conversa sobre a "
    "migração dos painéis para o dbt.\n\nSe surgir outra vaga, terei prazer em "
    "participar novamente.\n\nAtenciosamente,\nMaya Chen\n\n",
}
_NORMAL["it"] = _NORMAL["en"]
_SIZE = 100_000


@contextlib.contextmanager
def _untraced() -> Iterator[None]:
    """Time the library, not the coverage tracer (which slows Python code, not regexes)."""
    tracer = sys.gettrace()
    sys.settrace(None)
    try:
        yield
    finally:
        sys.settrace(tracer)


def _cpu(run: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    with _untraced():
        for _ in range(repeat):
            start = time.thread_time()
            run()
            best = min(best, time.thread_time() - start)
    return best


def _fill(piece: str) -> str:
    return (piece * (_SIZE // len(piece) + 1))[:_SIZE]


@pytest.mark.parametrize("locale", LOCALES)
def test_check_on_100kb_crafted_costs_at_most_5x_a_normal_100kb_draft(locale: str) -> None:
    """On 100 KB, no crafted draft costs more than 5 times a normal draft of that size."""
    normal = _fill(_NORMAL[locale])
    base = _cpu(lambda: rk.check(normal, locale=locale))
    ratios = {}
    for prefix, pump, suffix in CRAFTED:
        text = prefix + _fill(pump) + suffix
        ratios[pump] = _cpu(lambda t=text: rk.check(t, locale=locale, situation=_SITUATION)) / base
    worst = max(ratios, key=ratios.__getitem__)
    if ratios[worst] > 5:  # measure again: a pause of the machine is not a slow check
        text = _fill(worst)
        again = _cpu(lambda: rk.check(text, locale=locale, situation=_SITUATION), 5)
        ratios[worst] = again / _cpu(lambda: rk.check(normal, locale=locale), 5)
    assert ratios[worst] <= 5, (worst, ratios[worst])


# -- the checks catch what they must -------------------------------------------------

_PLANTED = (
    Rule(
        id="planted.overlapping",
        kind="existence",
        severity="warning",
        message="May read as planted.",
        patterns=(r"\bsend me (?:(?:all|the|all the) )+feedback\b",),
    ),
    Rule(
        id="planted.quadratic",
        kind="existence",
        severity="warning",
        message="May read as planted.",
        patterns=(r"\s+regards\b",),
    ),
)


def test_a_planted_ambiguous_pattern_is_caught_statically() -> None:
    """The static check names the overlapping alternatives of a planted pattern."""
    why = exponential(_PLANTED[0].patterns[0], re.IGNORECASE)
    assert why is not None
    assert "two different ways" in why


def test_planted_patterns_fail_the_pumping_test() -> None:
    """The pumping test that guards the packs flags both planted patterns."""
    found = list(_pattern_offenders(_PLANTED))
    assert [line.split(":")[0] for line in found] == [
        "planted.overlapping",
        "planted.quadratic",
    ]


def test_growth_of_linear_work_is_about_four() -> None:
    """The measure itself: a linear scan grows about 4x per 4x input, not more."""
    ratio = growth(lambda text: text.count("a") + text.find("z"), ("", "ab ", ""), stop=2**22)
    assert ratio < LIMIT


def _scan(text: str) -> int:
    """Linear work slow enough to time at every size: one Python step per character."""
    return sum(1 for char in text if char == "a")


def test_one_slow_run_is_not_taken_for_growth() -> None:
    """A linear scan with one run made 3x slower (a busy machine) still reads as linear.

    CI once failed a linear pattern at "13x per 4x": a single slow run had ended one
    ratio. Superlinear work raises every ratio from where it starts, so growth must show
    in two neighbouring ratios.
    """
    slowed: list[int] = []

    def run(text: str) -> object:
        found = _scan(text)
        if len(text) >= 2**14 and not slowed:  # once, in the middle of the schedule
            slowed.append(len(text))
            found += sum(_scan(text) for _ in range(2))
        return found

    ratio = growth(run, ("", "ab ", ""), stop=2**17, budget=2.0, repeat=1)
    assert slowed, "the slow run happened inside the measurement"
    assert ratio < LIMIT


def test_quadratic_work_is_still_caught() -> None:
    """The neighbour rule does not hide real growth: quadratic work reads as about 16."""

    def run(text: str) -> object:
        return sum(text.count("a") for _ in range(len(text) // 16))

    ratio = growth(run, ("", "ab ", ""), stop=2**16, budget=2.0, repeat=1)
    assert ratio > LIMIT


def _slowing_machine(rate: float = 1.8, cap: int = 64) -> Callable[[str], object]:
    """Linear work on a machine that gets ``rate`` times slower with every call, up to
    ``cap`` times (a host taking the CPU back during a long test run): the later, longer
    runs of a schedule pay more."""
    calls: list[int] = []

    def run(text: str) -> object:
        calls.append(1)
        factor = round(min(rate ** len(calls), cap))
        return sum(_scan(text) for _ in range(factor))

    return run


def test_a_machine_slowing_down_reads_as_growth_in_sequence() -> None:
    """The hazard the confirmation guards against: timed in order of size, the drift
    alone pushes linear work past the limit. The drift is steep (2.5x a call, so about 25
    per 4x of length), so that a busy host's noise on one run cannot hide it: at 1.8x a
    call (about 13) one CI run read 8.2."""
    ratio = growth(
        _slowing_machine(rate=2.5, cap=4096), ("", "ab ", ""), start=2048, stop=2**15, repeat=1
    )
    assert ratio > LIMIT


def test_sizes_timed_in_turn_read_linear_work_as_linear_on_a_slowing_machine() -> None:
    """The confirmation times the short and long input in turn, so the drift slows both
    alike and linear work reads as about 4."""
    ratio = _interleaved(
        _slowing_machine(), ("", "ab ", ""), 2**14, prepare=str, budget=2.0, rounds=3
    )
    assert ratio < LIMIT


def test_sizes_timed_in_turn_still_catch_quadratic_work() -> None:
    def run(text: str) -> object:
        return sum(text.count("a") for _ in range(len(text) // 16))

    ratio = _interleaved(run, ("", "ab ", ""), 2**12, prepare=str, budget=2.0)
    assert ratio > LIMIT


def test_superlinear_clears_linear_work_on_a_slowing_machine() -> None:
    """End to end: the first, sequential measurement is fooled by the drift; the
    confirmation that follows is not."""
    assert (
        superlinear(
            _slowing_machine(), [("", "ab ", "")], limit=LIMIT, start=2048, stop=2**15, budget=2.0
        )
        is None
    )
