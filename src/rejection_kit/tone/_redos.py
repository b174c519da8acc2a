"""Patterns that cannot take more than linear time: a static check and a pumping test.

Python's ``re`` backtracks, so a pattern whose repeated part can match the same text in
two ways (``(?:all|all the| )+``) takes time exponential in the length of a crafted
input, and one whose repeats overlap (``\\s*x`` searched in a run of spaces) takes
polynomial time. Two tools keep such patterns out:

* :func:`exponential` finds repetition that is *ambiguous*: it builds the pattern's
  position automaton (one state per character class, as in Glushkov's construction) and
  looks, in the product of the automaton with itself, for a loop that passes through
  both a state pair ``(q, q)`` and a pair ``(p, p')`` with ``p != p'``: two different
  ways of reading the same text from ``q`` back to ``q``. That is the condition for
  exponential backtracking (Weideman et al., 2016). It is decided exactly on the
  automaton; assertions (``\\b``, look-arounds) are ignored, which can only report more.
* :func:`attacks` and :func:`growth` pump a pattern with repetitions of what its own
  repeated parts match, after a prefix that reaches them and before a suffix that makes
  the match fail, and measure how the CPU time grows as the input doubles. Linear
  patterns grow about 4x per quadrupling; quadratic ones 16x. The measurement stops
  early, so even an exponential pattern costs milliseconds.

Built-in patterns are held to both in CI (``tests/security/test_linear_time.py``);
:func:`~rejection_kit.tone.load_pack` refuses user patterns that fail either.
"""

from __future__ import annotations

import gc
import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from re import _constants as _C  # type: ignore[attr-defined]  # noqa: N812 - as in sre
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["Attack", "attacks", "exponential", "growth", "superlinear", "unsafe"]

_REPEATS = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)
# Bounded repeats up to this many copies are unrolled; larger ones count as unbounded
# (which can only report more ambiguity, never less).
_UNROLL = 4
# Characters that stand for the categories when classes are compared.
_CATEGORY_SAMPLES = "aZ0 \n\t_é!.,'-\x00\u2603ß"
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    _C.CATEGORY_DIGIT: str.isdigit,
    _C.CATEGORY_NOT_DIGIT: lambda c: not c.isdigit(),
    _C.CATEGORY_SPACE: str.isspace,
    _C.CATEGORY_NOT_SPACE: lambda c: not c.isspace(),
    _C.CATEGORY_WORD: lambda c: c.isalnum() or c == "_",
    _C.CATEGORY_NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    _C.CATEGORY_LINEBREAK: lambda c: c == "\n",
    _C.CATEGORY_NOT_LINEBREAK: lambda c: c != "\n",
}
_CATEGORY_SAMPLE = {
    _C.CATEGORY_DIGIT: "0",
    _C.CATEGORY_NOT_DIGIT: "a!",
    _C.CATEGORY_SPACE: " \n\t",
    _C.CATEGORY_NOT_SPACE: "a!",
    _C.CATEGORY_WORD: "a0é",
    _C.CATEGORY_NOT_WORD: " !\n",
    _C.CATEGORY_LINEBREAK: "\n",
    _C.CATEGORY_NOT_LINEBREAK: "a ",
}


# -- character classes ---------------------------------------------------------------


def _class_matches(op: Any, av: Any, ch: str, *, ignorecase: bool) -> bool:
    """Whether the single-character node ``(op, av)`` matches ``ch``."""
    forms = {ch, ch.lower(), ch.upper(), ch.casefold()} if ignorecase else {ch}
    if op is _C.ANY:
        return ch != "\n"
    if op is _C.LITERAL:
        return chr(av) in forms or (ignorecase and chr(av).lower() in forms)
    if op is _C.NOT_LITERAL:
        return not (chr(av) in forms or (ignorecase and chr(av).lower() in forms))
    if op is _C.IN:
        negate = False
        hit = False
        for item_op, item_av in av:
            if item_op is _C.NEGATE:
                negate = True
            elif item_op is _C.LITERAL:
                hit = hit or any(chr(item_av) == f or chr(item_av).lower() == f for f in forms)
            elif item_op in (_C.RANGE, _C.RANGE_UNI_IGNORE):
                lo, hi = item_av
                hit = hit or any(lo <= ord(f) <= hi for f in forms if len(f) == 1)
            elif item_op is _C.CATEGORY:
                test = _CATEGORIES.get(item_av)
                hit = hit or test is None or test(ch)
        return hit != negate
    return True


def _key(av: Any) -> Any:
    return (
        tuple((o, tuple(a) if isinstance(a, list) else a) for o, a in av)
        if isinstance(av, list)
        else av
    )


_SAMPLES_CACHE: dict[tuple[Any, Any, bool], list[str]] = {}


def _class_samples(op: Any, av: Any, *, ignorecase: bool) -> list[str]:
    """A few characters the single-character node matches, the most telling first."""
    key = (op, _key(av), ignorecase)
    hit = _SAMPLES_CACHE.get(key)
    if hit is None:
        hit = _SAMPLES_CACHE[key] = _compute_samples(op, av, ignorecase=ignorecase)
        if len(_SAMPLES_CACHE) > 4096:
            _SAMPLES_CACHE.clear()
    return hit


def _compute_samples(op: Any, av: Any, *, ignorecase: bool) -> list[str]:
    out: list[str] = []
    if op is _C.LITERAL:
        out.append(chr(av))
    elif op is _C.IN and not any(item_op is _C.NEGATE for item_op, _ in av):
        for item_op, item_av in av:
            if item_op is _C.LITERAL:
                out.append(chr(item_av))
            elif item_op in (_C.RANGE, _C.RANGE_UNI_IGNORE):
                out.append(chr(item_av[0]))
            elif item_op is _C.CATEGORY:
                out.extend(_CATEGORY_SAMPLE.get(item_av, "a"))
    out += [c for c in _CATEGORY_SAMPLES if _class_matches(op, av, c, ignorecase=ignorecase)]
    return list(dict.fromkeys(out))[:4] or ["a"]


def _class_sample(op: Any, av: Any, *, ignorecase: bool) -> str:
    """One character the single-character node matches."""
    return _class_samples(op, av, ignorecase=ignorecase)[0]


def _literal_chars(parsed: Iterable[Any]) -> set[str]:
    out: set[str] = set()
    for op, av in parsed:
        if op is _C.LITERAL:
            out.add(chr(av))
        elif op is _C.IN:
            for item_op, item_av in av:
                if item_op is _C.LITERAL:
                    out.add(chr(item_av))
                elif item_op in (_C.RANGE, _C.RANGE_UNI_IGNORE):
                    out.update((chr(item_av[0]), chr(item_av[1])))
        for child in _children(op, av):
            out |= _literal_chars(child)
    return out


def _children(op: Any, av: Any) -> list[Any]:
    if op is _C.SUBPATTERN:
        return [av[-1]]
    if op is _C.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return [av[1]]
    if op is _C.ATOMIC_GROUP:
        return [av]
    if op is _C.GROUPREF_EXISTS:
        return [x for x in av[1:] if x is not None]
    return []


# -- the position automaton ----------------------------------------------------------


class _Automaton:
    """States are character-class positions; ``follow[p][q]`` counts the ways q follows p.

    Counting matters: ``(a*)*`` has one state with a self-loop, but two ways to take it
    (the inner or the outer star), which is exactly what makes it backtrack
    exponentially. Counts are capped at 2.
    """

    def __init__(self, alphabet: str, ignorecase: bool) -> None:
        self.alphabet = alphabet
        self.ignorecase = ignorecase
        self._index = {ch: i for i, ch in enumerate(alphabet)}
        self._bits: dict[Any, int] = {}
        self.classes: list[int] = []  # bit set over the alphabet
        self.follow: list[dict[int, int]] = []
        self.labels: list[str] = []

    def state(self, op: Any, av: Any) -> int:
        key = (op, _key(av))
        bits = self._bits.get(key)
        if bits is None:
            bits = 0
            if op is _C.LITERAL:  # the common case, without testing every character
                ch = chr(av)
                for form in {ch, ch.lower(), ch.upper()} if self.ignorecase else {ch}:
                    if form in self._index:
                        bits |= 1 << self._index[form]
            else:
                for i, ch in enumerate(self.alphabet):
                    if _class_matches(op, av, ch, ignorecase=self.ignorecase):
                        bits |= 1 << i
            self._bits[key] = bits
        self.classes.append(bits)
        self.follow.append({})
        self.labels.append(_class_sample(op, av, ignorecase=self.ignorecase))
        return len(self.classes) - 1

    def link(self, last: dict[int, int], first: dict[int, int]) -> None:
        for p, wp in last.items():
            out = self.follow[p]
            for q, wq in first.items():
                out[q] = min(2, out.get(q, 0) + wp * wq)


# A fragment: (ways to match the empty string, first states, last states), the states
# weighted by the number of ways (capped at 2) they can start or end a match.
_Frag = tuple[int, dict[int, int], dict[int, int]]


def _empty() -> _Frag:
    return (1, {}, {})


def _add(*weighted: tuple[dict[int, int], int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for states, factor in weighted:
        for q, w in states.items():
            out[q] = min(2, out.get(q, 0) + w * factor)
    return {q: w for q, w in out.items() if w}


def _concat(nfa: _Automaton, a: _Frag, b: _Frag) -> _Frag:
    nfa.link(a[2], b[1])
    return (min(2, a[0] * b[0]), _add((a[1], 1), (b[1], a[0])), _add((b[2], 1), (a[2], b[0])))


def _alt(frags: Sequence[_Frag]) -> _Frag:
    return (
        min(2, sum(f[0] for f in frags)),
        _add(*((f[1], 1) for f in frags)),
        _add(*((f[2], 1) for f in frags)),
    )


def _star(nfa: _Automaton, f: _Frag) -> _Frag:
    nfa.link(f[2], f[1])
    # re runs an empty iteration at most once, so a star matches "" in one way only.
    return (1, f[1], f[2])


def _build_seq(nfa: _Automaton, seq: Iterable[Any]) -> _Frag:
    frag = _empty()
    for op, av in seq:
        frag = _concat(nfa, frag, _build_item(nfa, op, av))
    return frag


def _build_item(nfa: _Automaton, op: Any, av: Any) -> _Frag:
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        s = nfa.state(op, av)
        return (0, {s: 1}, {s: 1})
    if op is _C.SUBPATTERN:
        return _build_seq(nfa, av[-1])
    if op is _C.ATOMIC_GROUP:
        return _build_seq(nfa, av)
    if op is _C.BRANCH:
        return _alt([_build_seq(nfa, alt) for alt in av[1]])
    if op is _C.GROUPREF_EXISTS:
        return _alt([_build_seq(nfa, x) if x is not None else _empty() for x in av[1:]])
    if op in _REPEATS:
        low, high, item = av
        unbounded = high == _C.MAXREPEAT or high > _UNROLL
        copies = min(low, _UNROLL)
        frag = _empty()
        for _ in range(copies):
            frag = _concat(nfa, frag, _build_seq(nfa, item))
        if unbounded:
            return _concat(nfa, frag, _star(nfa, _build_seq(nfa, item)))
        # x{0,3} as (x(x(x)?)?)?: the way the greedy counter really backtracks.
        tail = _empty()
        for _ in range(high - copies):
            inner = _concat(nfa, _build_seq(nfa, item), tail)
            tail = (1, inner[1], inner[2])
        return _concat(nfa, frag, tail)
    # Assertions, anchors and back-references read no character here.
    return _empty()


def _sccs(nodes: Sequence[Any], edges: Callable[[Any], Iterable[Any]]) -> list[list[Any]]:
    """Strongly connected components (iterative Tarjan)."""
    index: dict[Any, int] = {}
    low: dict[Any, int] = {}
    on_stack: set[Any] = set()
    stack: list[Any] = []
    out: list[list[Any]] = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(edges(root)))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, it = work[-1]
            advanced = False
            for nxt in it:
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, iter(edges(nxt))))
                    advanced = True
                    break
                if nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                out.append(component)
    return out


def _parse(pattern: str, flags: int) -> Any:
    try:
        return _sre_parse.parse(pattern, flags)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None


def exponential(pattern: str, flags: int = 0) -> str | None:
    """Why ``pattern`` can take exponential time, or ``None`` when it cannot.

    >>> exponential(r"\\b(?:(?:the|all|all the) )+feedback") is not None
    True
    >>> exponential(r"\\b(?:very\\s+)*good\\b") is None
    True
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None  # a pattern that does not compile is refused elsewhere
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    alphabet = "".join(sorted(_literal_chars(parsed) | set(_CATEGORY_SAMPLES)))
    if ignorecase:
        alphabet = "".join(sorted(set(alphabet.lower()) | set(alphabet.upper())))
    nfa = _Automaton(alphabet, ignorecase)
    _build_seq(nfa, parsed)
    for component in _sccs(range(len(nfa.classes)), lambda p: list(nfa.follow[p])):
        members = set(component)
        if len(members) == 1:
            (only,) = members
            if only not in nfa.follow[only]:
                continue
        if witness := _ambiguous_loop(nfa, members):
            return (
                f"a repeated part can read {witness!r} in two different ways, so an "
                "input that repeats it and then fails to match takes exponential time; make "
                "the alternatives of the repeated group distinct"
            )
    return None


def _ambiguous_loop(nfa: _Automaton, members: set[int]) -> str | None:
    classes = nfa.classes
    follow = [
        {q for q in nfa.follow[p] if q in members} if p in members else set()
        for p in range(len(classes))
    ]
    for p in members:
        for q, ways in nfa.follow[p].items():
            if ways > 1 and q in members:
                return nfa.labels[p] + nfa.labels[q]

    def edges(pair: tuple[int, int]) -> Iterator[tuple[int, int]]:
        p, q = pair
        for p2 in follow[p]:
            cp = classes[p2]
            for q2 in follow[q]:
                if cp & classes[q2]:
                    yield (p2, q2)

    diagonal = [(p, p) for p in sorted(members)]
    for component in _sccs(diagonal, edges):
        if len(component) < 2:
            continue
        inside = set(component)
        home = next((pair for pair in component if pair[0] == pair[1]), None)
        away = next((pair for pair in component if pair[0] != pair[1]), None)
        if home is None or away is None:
            continue
        loop = _path(home, away, edges, inside) + _path(away, home, edges, inside)
        return "".join(_char(nfa, p, q) for p, q in loop)
    return None


def _path(
    start: tuple[int, int],
    goal: tuple[int, int],
    edges: Callable[[tuple[int, int]], Iterable[tuple[int, int]]],
    inside: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The states after ``start`` on a shortest path to ``goal`` within ``inside``."""
    came: dict[tuple[int, int], tuple[int, int]] = {}
    frontier = [start]
    while frontier and goal not in came:
        nxt = []
        for node in frontier:
            for other in edges(node):
                if other in inside and other not in came:
                    came[other] = node
                    nxt.append(other)
        frontier = nxt
    path = [goal]
    while path[-1] != start or len(path) == 1:
        previous = came[path[-1]]
        if previous == start:
            break
        path.append(previous)
    return path[::-1]


def _char(nfa: _Automaton, p: int, q: int) -> str:
    both = nfa.classes[p] & nfa.classes[q]
    return nfa.alphabet[(both & -both).bit_length() - 1]


# -- pumping -------------------------------------------------------------------------

#: (prefix, pump, suffix): the input is ``prefix + pump * n + suffix``.
Attack = tuple[str, str, str]
_SUFFIXES = ("", "\x00", "!x", " \u2603")
# Runs shorter than this (seconds of CPU) are too noisy to compare.
_TIMEABLE = 2e-4
_MAX_SAMPLES = 6


def _samples(seq: Sequence[Any], ignorecase: bool, limit: int = _MAX_SAMPLES) -> list[str]:
    """A few short strings ``seq`` matches (assertions ignored)."""
    options = [_item_samples(op, av, ignorecase) for op, av in seq]
    base = [o[0] if o else "" for o in options]
    out = ["".join(base)]
    for i, opts in enumerate(options):
        for alt in opts[1:]:
            if len(out) >= limit:
                return out
            varied = "".join(base[:i]) + alt + "".join(base[i + 1 :])
            if varied not in out:
                out.append(varied)
    return out


def _item_samples(op: Any, av: Any, ignorecase: bool) -> list[str]:
    if op in (_C.LITERAL, _C.NOT_LITERAL, _C.ANY, _C.IN):
        return _class_samples(op, av, ignorecase=ignorecase)
    if op is _C.SUBPATTERN:
        return _samples(av[-1], ignorecase)
    if op is _C.ATOMIC_GROUP:
        return _samples(av, ignorecase)
    if op is _C.BRANCH:
        out: list[str] = []
        for alt in av[1]:
            for s in _samples(alt, ignorecase, 2):
                if s not in out:
                    out.append(s)
        return out[: _MAX_SAMPLES * 2]
    if op in _REPEATS:
        low, high, item = av
        body = _samples(item, ignorecase)
        count = max(low, 0)
        out = [b * count for b in body]
        if high == _C.MAXREPEAT or high > count:
            out += [b * (count + 1) for b in body]
        return list(dict.fromkeys(out)) or [""]
    if op is _C.GROUPREF_EXISTS:
        return _samples(av[1], ignorecase) if av[1] is not None else [""]
    return [""]


def _walk(seq: Sequence[Any], prefix: str, ignorecase: bool) -> Iterator[tuple[str, str]]:
    """(prefix, pump) pairs: each repeated part, after the text that leads to it."""
    items = list(seq)
    for i, (op, av) in enumerate(items):
        before = prefix + "".join(_item_samples(o, a, ignorecase)[0] for o, a in items[:i])
        if op in _REPEATS and (av[1] == _C.MAXREPEAT or av[1] > 1):
            bodies = [s for s in _samples(av[2], ignorecase) if s]
            for body in bodies:
                yield before, body
            for a, b in itertools.pairwise(bodies):
                yield before, a + b
        # A look-behind reads text that is already behind; everything else runs here.
        if op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] != 1:
            continue
        for child in _children(op, av):
            yield from _walk(child, before, ignorecase)


def attacks(pattern: str, flags: int = 0, *, limit: int = 48) -> list[Attack]:
    """Inputs that pump each repeated part of ``pattern`` (at most ``limit``).

    >>> attacks(r"\\bsend me (?:(?:all|the) )+feedback")[0]
    ('send me ', 'all ', '')
    """
    parsed = _parse(pattern, flags)
    if parsed is None:
        return []
    ignorecase = bool(parsed.state.flags & re.IGNORECASE)
    seen: dict[Attack, None] = {}
    # A leading repeat is also pumped from the start of the text.
    for prefix, pump in _walk(list(parsed), "", ignorecase):
        for suffix in _SUFFIXES:
            seen.setdefault((prefix, pump, suffix))
            if len(seen) >= limit:
                return list(seen)
    return list(seen)


class _OverBudgetError(Exception):
    """Raised by the CPU timer when one run takes too long."""


def _on_timer(signum: int, frame: object) -> None:
    raise _OverBudgetError


class _Timer:
    """Times runs in CPU seconds; in the main thread an alarm stops a run that overruns.

    ``re`` checks for signals while it backtracks, so the alarm (wall-clock
    ``ITIMER_REAL``; a CPU-time timer would coarsen the very clock that measures) can
    interrupt it. A timer someone else had set is put back afterwards. Outside the main
    thread the doubling schedule of :func:`growth` stops before a run gets that far.
    """

    def __init__(self, budget: float) -> None:
        import signal
        import threading

        self.budget = budget
        self._signal = signal
        self._guard = threading.current_thread() is threading.main_thread() and hasattr(
            signal, "setitimer"
        )
        self._previous: Any = None
        self._pending: tuple[float, float] = (0.0, 0.0)
        self._started = 0.0

    def __enter__(self) -> _Timer:
        if self._guard:
            self._started = time.monotonic()
            self._pending = self._signal.getitimer(self._signal.ITIMER_REAL)
            self._previous = self._signal.signal(self._signal.SIGALRM, _on_timer)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._guard:
            self._signal.setitimer(self._signal.ITIMER_REAL, 0)
            self._signal.signal(self._signal.SIGALRM, self._previous)
            remaining, interval = self._pending
            if remaining:
                left = max(remaining - (time.monotonic() - self._started), 1e-6)
                self._signal.setitimer(self._signal.ITIMER_REAL, left, interval)

    def cpu(self, run: Callable[[Any], object], value: Any, repeat: int) -> float:
        """The least CPU time of ``repeat`` runs; ``inf`` when one overruns the budget.

        Only this thread's time counts: a busy background thread must not read as growth.
        The garbage collector is paused while a run is timed (as :mod:`timeit` does): in
        a process holding many objects, one full collection can cost more than the run
        and read as growth.
        """
        best = float("inf")
        collecting = gc.isenabled()
        gc.disable()
        try:
            for _ in range(repeat):
                start = time.thread_time()
                try:
                    if self._guard:
                        self._signal.setitimer(self._signal.ITIMER_REAL, self.budget * 4)
                    run(value)
                except _OverBudgetError:
                    return float("inf")
                finally:
                    if self._guard:
                        self._signal.setitimer(self._signal.ITIMER_REAL, 0)
                spent = time.thread_time() - start
                best = min(best, spent)
                if spent >= self.budget / 4:
                    break  # long enough to time once
        finally:
            if collecting:
                gc.enable()
        return best


def growth(
    run: Callable[[Any], object],
    attack: Attack,
    *,
    prepare: Callable[[str], Any] = str,
    start: int = 8,
    stop: int = 8192,
    budget: float = 0.25,
    repeat: int = 3,
) -> float:
    """How much the CPU time of ``run(input)`` grows when the input gets 4x longer.

    Doubles the number of pumps from about ``start`` characters up to ``stop`` (or until
    one run costs ``budget`` seconds) and returns the largest ratio between runs four
    times apart that the next such ratio confirms, among runs long enough to time
    (``prepare`` turns each input into what ``run`` takes, outside the timing). Linear
    work gives about 4, quadratic about 16. A doubling that multiplies the time by more
    than 8 ends the measurement at once (its square is returned), so an exponential
    pattern never gets the chance to run long.
    """
    return _growth(
        run, attack, prepare=prepare, start=start, stop=stop, budget=budget, repeat=repeat
    )[0]


def _growth(
    run: Callable[[Any], object],
    attack: Attack,
    *,
    prepare: Callable[[str], Any],
    start: int,
    stop: int,
    budget: float,
    repeat: int,
) -> tuple[float, int]:
    """:func:`growth`, and the number of pumps of the longer run behind its ratio."""
    prefix, pump, suffix = attack
    times: list[float] = []
    counts: list[int] = []
    count = max(1, start // max(len(pump), 1))
    with _Timer(budget) as timer:
        while True:
            text = prefix + pump * count + suffix
            value = prepare(text)
            spent = timer.cpu(run, value, repeat)
            if spent == float("inf"):
                return spent, count
            if times and spent >= _TIMEABLE and spent > 8 * max(times[-1], 2e-6):
                # Timed once more before it counts: one slow run (the machine busy
                # elsewhere) must not read as explosive growth.
                spent = min(spent, timer.cpu(run, value, 1))
                if spent == float("inf"):
                    return spent, count
            times.append(spent)
            counts.append(count)
            # One doubling that multiplies the time by more than 8 is cubic or worse:
            # stop before the next doubling can run for long.
            if len(times) >= 2 and spent >= _TIMEABLE and spent > 8 * max(times[-2], 2e-6):
                return (spent / max(times[-2], 2e-6)) ** 2, count
            if spent >= budget or len(text) >= stop:
                break
            count *= 2
    ratios = [
        (times[i] / times[i - 2], counts[i])
        for i in range(2, len(times))
        if times[i] >= _TIMEABLE and times[i - 2] >= _TIMEABLE / 4
    ]
    if len(ratios) < 2:
        return max(ratios, default=(1.0, count))
    # Growth counts where two neighbouring ratios show it. One slow run (the machine
    # busy elsewhere, or a virtual CPU paused by its host, which reads as this thread's
    # CPU time) raises only the ratio it ends; superlinear work raises every ratio from
    # where it starts, so it shows in two neighbours.
    return max(min(a, b) for a, b in itertools.pairwise(ratios))


def _interleaved(
    run: Callable[[Any], object],
    attack: Attack,
    count: int,
    *,
    prepare: Callable[[str], Any],
    budget: float,
    rounds: int = 5,
) -> float:
    """The growth from ``count // 4`` to ``count`` pumps, the two sizes timed in turn.

    Each size keeps its fastest of ``rounds`` runs. Taking turns means a slow spell of
    the machine, however long, slows both sizes alike, and a short one would have to
    hit every run of the longer input to read as growth.
    """
    prefix, pump, suffix = attack
    short = prepare(prefix + pump * max(1, count // 4) + suffix)
    long = prepare(prefix + pump * count + suffix)
    best_short = best_long = float("inf")
    with _Timer(budget) as timer:
        for _ in range(rounds):
            best_short = min(best_short, timer.cpu(run, short, 1))
            best_long = min(best_long, timer.cpu(run, long, 1))
            if best_long == float("inf"):
                return best_long
    return best_long / max(best_short, 2e-6)


def superlinear(
    run: Callable[[Any], object],
    samples: Iterable[Attack],
    *,
    limit: float = 10.0,
    prepare: Callable[[str], Any] = str,
    start: int = 8,
    stop: int = 8192,
    budget: float = 0.25,
    repeat: int = 1,
) -> tuple[Attack, float] | None:
    """The first attack whose time grows more than ``limit``x per 4x input, or ``None``.

    Each attack is timed once per size (see :func:`growth`). One that looks superlinear
    is measured again, twice, after a short pause: the two sizes behind the ratio are
    timed in turn, five times each (see :func:`_interleaved`), so that a busy spell of
    the machine (another process on the core, a host pausing a virtual CPU) is not taken
    for growth: real growth shows every time.
    """
    for attack in samples:
        ratio, count = _growth(
            run, attack, prepare=prepare, start=start, stop=stop, budget=budget, repeat=repeat
        )
        for pause in (0.05, 0.2):
            if ratio <= limit:
                break
            time.sleep(pause)  # lets a busy spell of the machine pass; sleep is not CPU
            ratio = min(ratio, _interleaved(run, attack, count, prepare=prepare, budget=budget))
        if ratio > limit:
            return attack, ratio
    return None


def unsafe(pattern: str, flags: int = 0) -> str | None:
    """Why a user's ``pattern`` could take more than linear time, or ``None``.

    The static check runs first (it is exact for exponential backtracking and costs
    microseconds); then the pattern is pumped, which finds polynomial cases and takes a
    few milliseconds.

    >>> unsafe(r"\\bsalary\\b") is None
    True
    >>> unsafe(r"\\s+regards") is not None
    True
    """
    if why := exponential(pattern, flags):
        return why
    try:
        regex = re.compile(pattern, flags)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None  # refused elsewhere, with the compiler's own message
    found = superlinear(
        lambda text: sum(1 for _ in regex.finditer(text)), attacks(pattern, flags), stop=4096
    )
    if found is None:
        return None
    (prefix, pump, suffix), ratio = found
    sample = prefix + pump * 3 + suffix
    return (
        f"its time grows {ratio:.0f}x when an input like {sample!r} gets 4x longer: repeats "
        "that can read the same characters in turn (such as \\s*\\s* or a leading \\s+) "
        "make a search quadratic; anchor the repeat or make its neighbours distinct"
    )
