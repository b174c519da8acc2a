"""The engine: resolve the rules for a context, run them over a :class:`Doc`, report."""

from __future__ import annotations

import bisect
import itertools
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from rejection_kit import _arguments as arguments
from rejection_kit._errors import ArgumentError, RulePackError, shown
from rejection_kit.channels import get_channel
from rejection_kit.tone._builtin import messages as builtin_messages
from rejection_kit.tone._builtin import pack as builtin_pack
from rejection_kit.tone._compile import (
    Compiled,
    PrefilterIndex,
    clear_compiled,
    compile_rule,
    load_twins,
)
from rejection_kit.tone._context import Context
from rejection_kit.tone._cues import name_words
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Edit, Finding, Hit
from rejection_kit.tone._literals import ac_available as literal_scan_available
from rejection_kit.tone._locale import resolve_locale
from rejection_kit.tone._modifiers import Disable, Regrade
from rejection_kit.tone._names import situation_names
from rejection_kit.tone._placeholders import situation_spans
from rejection_kit.tone._prefilter import load_clauses, load_loose, loose_for
from rejection_kit.tone._profiles import get_tone
from rejection_kit.tone._re2set import PatternSet
from rejection_kit.tone._re2set import available as re2_available
from rejection_kit.tone._report import Report
from rejection_kit.tone._rule import Pack, Rule

__all__ = [
    "MAX_FINDINGS_PER_RULE",
    "RuleSpec",
    "builtin_rules",
    "check",
    "clear_caches",
    "rules_for",
    "run_rule",
]

RuleSpec = Rule | Pack | Disable | Regrade


@attrs.frozen
class _Plan:
    rules: tuple[Compiled, ...]
    categories: tuple[str, ...]
    index: PrefilterIndex


_lock = threading.RLock()
_packs: dict[str, tuple[Rule, ...]] = {}
_plans: OrderedDict[tuple[Any, ...], _Plan] = OrderedDict()
_MAX_PLANS = 256


#: With ``google-re2`` installed and ``pyahocorasick`` not, the composer's self-check
#: (:func:`errors`) scans a rule set with one RE2 set (see :mod:`._re2set`) from its
#: fiftieth check in a process on. With ``pyahocorasick``, the scan for the patterns'
#: literals (see :mod:`._literals`) does better: composing 2,000 ``full_response``
#: messages, each with its own seed and recipient, ran at 1,106 a second with it against
#: 922 with the set, which builds its automaton anew for each new text (composing one
#: text again and again, the set was up to 15 % faster). Without ``pyahocorasick``:
#: building the English set costs about 0.12 s (its patterns' loosened forms ship in
#: ``loose.json``), so a script that composes a few messages never pays for it, a batch
#: pays it back, and ``warm_up`` builds it at once for servers. The build is synchronous:
#: a background thread would skew the timing that refuses slow patterns in users' packs.
_BUILD_AFTER = 50
#: Whether :func:`check` scans with the set too. It does not: RE2 builds its automaton
#: lazily, state by state, and keeps the states it has built, so the set pays off on text
#: like the text it has seen, the library's own phrasings, which the composer checks over
#: and over (10–20 % off a compose). A draft written by a person is new text: each costs
#: new states, and checking 200 corpus drafts once each took 6.7 ms a draft with the set
#: against 1.4 ms with the word pre-filter (English; 4.2 against 1.0 ms in German).
#: Findings are the same either way (``tests/tone/test_re2set.py``).
_SET_FOR_DRAFTS = False
_fast: dict[tuple[str, ...], PatternSet] = {}
_fast_uses: dict[tuple[str, ...], int] = {}


def fast_set(chain: tuple[str, ...]) -> PatternSet | None:
    """The RE2 set of a pack chain, once built; counts the use and builds it in time."""
    found = _fast.get(chain)
    if found is not None or not re2_available():
        return found
    uses = _fast_uses[chain] = _fast_uses.get(chain, 0) + 1
    if uses < _BUILD_AFTER:
        return None
    found = build_fast_set(chain)
    if found is None:
        _fast_uses[chain] = -(1 << 62)  # RE2 refused the set: never try again
    return found


def build_fast_set(chain: tuple[str, ...]) -> PatternSet | None:
    """Build (or return) the RE2 set of every pattern of a pack chain, or ``None``."""
    found = _fast.get(chain)
    if found is None and re2_available():
        keys = [(p, r.case_sensitive) for name in chain for r in _pack(name) for p in r.patterns]
        for name in chain:
            load_loose(name)
        try:
            found = PatternSet(keys, loose_for)
        except Exception:  # RE2 refusing the set leaves the word pre-filter
            return None
        with _lock:
            _fast[chain] = found
    return found


def compile_patterns(chain: tuple[str, ...]) -> int:
    """Compile every pattern of a pack chain now; return how many.

    Patterns compile the first time a draft wakes them. A server's first few hundred
    drafts in a language would otherwise pay for it (a sixth to a third of their ``check``),
    so :func:`rejection_kit.warm_up` pays it at start-up, before workers fork.
    """
    count = 0
    for name in chain:
        for rule in _pack(name):
            for part in compile_rule(rule).parts:
                part.warm()
                count += 1
    return count


def prepare_scans(chain: tuple[str, ...]) -> None:
    """Build the literal scans of every rule set of ``chain`` planned so far, and of the
    plain check and self-check of an e-mail (each is otherwise built at its twentieth
    check: see :mod:`._literals`)."""
    for errors_only in (False, True):
        _plan(chain, "email", None, None, (), errors_only=errors_only)
    with _lock:
        plans = [plan for key, plan in _plans.items() if key[0] == chain]
    for plan in plans:
        plan.index.prepare()


def clear_caches() -> None:
    """Forget compiled rules, loaded built-in packs and resolved rule sets."""
    from rejection_kit.tone._locale import clear_locale_cache

    with _lock:
        _packs.clear()
        _plans.clear()
        _fast.clear()
        _fast_uses.clear()
    clear_compiled()
    clear_locale_cache()


def _pack(name: str) -> tuple[Rule, ...]:
    rules = _packs.get(name)
    if rules is None:
        with _lock:
            rules = _packs.get(name)
            if rules is None:
                load_clauses(name)  # the pre-filter's and the twins' tables of its patterns
                load_twins(name)
                rules = _packs[name] = builtin_pack(name)
    return rules


def builtin_rules(locale: str = "en") -> tuple[Rule, ...]:
    """Every built-in rule that can run for ``locale``, most general pack first.

    >>> any(r.id == "gratitude.missing" for r in builtin_rules("en"))
    True

    Raises:
        UnknownLocaleError: The locale cannot be parsed.
    """
    _, chain = resolve_locale(locale)
    merged: dict[str, Rule] = {}
    for name in reversed(chain):
        for rule in _pack(name):
            merged[rule.id] = rule
    return tuple(merged.values())


def _merge(
    chain: tuple[str, ...], mods: tuple[RuleSpec, ...]
) -> tuple[dict[str, Rule], list[Regrade]]:
    merged: dict[str, Rule] = {}
    for name in reversed(chain):
        for rule in _pack(name):
            merged[rule.id] = rule
    regrades: list[Regrade] = []
    for mod in mods:
        if isinstance(mod, Rule):
            merged[mod.id] = mod
        elif isinstance(mod, Pack):
            merged.update((r.id, r) for r in mod.rules)
        elif isinstance(mod, Disable):
            merged = {k: v for k, v in merged.items() if not mod.matches(k)}
        else:
            regrades.append(mod)
    return merged, regrades


#: The longest text ``check`` takes (5 million characters, about a thousand pages).
MAX_CHECKED = 5_000_000


def _situation(situation: object) -> object:
    """A situation given as plain data is read like ``Situation.from_dict`` reads it."""
    if isinstance(situation, dict):
        from rejection_kit.model import Situation

        return Situation.from_dict(situation)
    return situation


def _modifiers(rules: object) -> tuple[RuleSpec, ...]:
    if rules is None:
        return ()
    if isinstance(rules, (str, bytes, dict)) or not isinstance(rules, Iterable):
        raise ArgumentError("rules", f"must be a list of rules, got {shown(rules)}")
    mods = tuple(itertools.islice(rules, 10_001))
    if len(mods) > 10_000:
        raise ArgumentError("rules", "must hold at most 10,000 rules")
    for i, mod in enumerate(mods):
        if not isinstance(mod, (Rule, Pack, Disable, Regrade)):
            raise ArgumentError(
                f"rules[{i}]",
                f"must be a Rule, a loaded pack, disable(...) or regrade(...); got {shown(mod)}",
            )
    return mods


def _recipe_name(recipe: object) -> str | None:
    """A recipe's name from a name or from a recipe value (anything with ``.name``)."""
    if recipe is None or isinstance(recipe, str):
        return recipe
    name = getattr(recipe, "name", None)
    return name if isinstance(name, str) else None


def _plan(
    chain: tuple[str, ...],
    channel: str,
    recipe: str | None,
    tone: str | None,
    mods: tuple[RuleSpec, ...],
    *,
    errors_only: bool = False,
) -> _Plan:
    key = (chain, channel, recipe, tone, mods, errors_only)
    plan = _plans.get(key)
    if plan is not None:
        return plan
    merged, regrades = _merge(chain, mods)
    builtin = {id(r) for name in chain for r in _pack(name)}
    table = builtin_messages(chain[0]) if chain[0] != "root" else {}
    compiled = []
    categories = set()
    for rule in merged.values():
        if not rule.applies(channel, recipe, tone):
            continue
        if id(rule) in builtin and rule.id in table:
            rule = _localized(rule, table[rule.id])
        severity = rule.severity_for(channel, recipe)
        for regrade in regrades:
            if regrade.matches(rule.id):
                severity = regrade.severity
        if errors_only and severity != "error":
            continue
        compiled.append(compile_rule(rule, severity))
        categories.add(rule.category)
    plan = _Plan(tuple(compiled), tuple(sorted(categories)), PrefilterIndex(compiled))
    with _lock:
        _plans[key] = plan
        if len(_plans) > _MAX_PLANS:
            _plans.popitem(last=False)
    return plan


def _hits(c: Compiled, doc: Doc, ctx: Context) -> Iterator[Hit]:
    rule = c.rule
    if rule.min_words and doc.words < rule.min_words:
        return
    if c.cues is not None:
        names = doc.cache.get("situation names")
        if names is None:  # once per draft, not once per cue rule
            names = doc.cache["situation names"] = name_words(
                doc, ctx.language, situation_names(ctx.situation)
            )
        spans = list(c.cues.matches(doc, ctx.language, names))
        if len(spans) >= rule.min_count:
            yield from (Hit(start=start, end=end) for start, end in spans)
        return
    if not c.parts:
        assert rule.check is not None
        yield from rule.check(doc, ctx)
        return
    active = doc.active_parts
    if active is not None and active.isdisjoint(c.part_set):
        if rule.kind == "required":
            yield Hit()
        return
    if rule.kind == "required":
        if not c.search(doc):
            yield Hit()
        return
    matches = c.finditer(doc)
    if rule.kind == "existence":
        for _, _, m in matches:
            if (
                rule.skip_situation_values
                and ctx.situation is not None
                and situation_spans(doc, ctx.situation).cover(m.start(), m.end())
            ):
                continue  # the company is really called "<Labs>" or "Acme Ltd"
            fix = None
            if rule.replacement is not None:
                fix = Edit(
                    start=m.start(),
                    end=m.end(),
                    replacement=m.expand(rule.replacement),
                    safety=rule.fix_safety,
                )
            yield Hit(start=m.start(), end=m.end(), fix=fix)
        return
    # occurrence: count what survives quotes and exceptions
    kept = ((s, e) for s, e, _ in matches if _keeps(c, doc, s, e))
    if rule.per == "message":
        for start, end in itertools.islice(kept, int(rule.max), None):
            yield Hit(start=start, end=end)
        return
    count = sum(1 for _ in kept)
    if count >= rule.min_count and count * 100 / max(doc.words, 1) > rule.max:
        yield Hit()


def _keeps(c: Compiled, doc: Doc, start: int, end: int) -> bool:
    if c.rule.skip_quoted and start != end and doc.in_quote(start, end):
        return False
    if c.exceptions is not None and start != end:
        sentence = doc.sentence_at(start)
        lo, hi = min(sentence[0], start), max(sentence[1], end)
        # The exceptions of one sentence are found once, however many matches it holds.
        key = (id(c.exceptions), lo, hi)
        found = doc.cache.get(key)
        if found is None:
            spans = [e.span() for e in c.exceptions.finditer(doc.flat, lo, hi)]
            found = doc.cache[key] = ([s for s, _ in spans], [e for _, e in spans])
        starts, ends = found
        # Exception matches do not overlap, so their ends are sorted like their starts.
        i = bisect.bisect_right(ends, start)
        if i < len(starts) and starts[i] < end:
            return False
    return True


def _unsupported(locale: str) -> Finding:
    """Said plainly: no rules for this language, so only the language-free ones ran."""
    return Finding(
        rule_id="locale.unsupported",
        category="locale",
        severity="warning",
        confidence="high",
        message=(
            f"No tone rules for {locale!r}: only placeholders, names, length and typography "
            "were checked, so bitterness, pleading or pushiness would go unnoticed."
        ),
        start=0,
        end=0,
        match="",
    )


def _localized(rule: Rule, entry: dict[str, str]) -> Rule:
    """A built-in rule speaking the draft's language (its English text is the fallback)."""
    return attrs.evolve(
        rule,
        message=entry.get("message", rule.message),
        rationale=entry.get("rationale", rule.rationale),
        suggestion=entry.get("suggestion", rule.suggestion),
    )


def run_rule(c: Compiled, doc: Doc, ctx: Context) -> Iterator[Finding]:
    """Yield the findings of one compiled rule on ``doc``."""
    rule = c.rule
    text = doc.text
    for hit in _hits(c, doc, ctx):
        start, end = hit.start, hit.end
        if not 0 <= start <= end <= len(text):
            raise RulePackError(
                f"check returned span {start}..{end} outside the text", rule_id=rule.id
            )
        if rule.kind != "occurrence" and not _keeps(c, doc, start, end):
            continue
        yield Finding(
            rule_id=rule.id,
            category=rule.category,
            severity=c.severity,
            confidence=rule.confidence,
            message=hit.message or rule.message,
            start=start,
            end=end,
            match=text[start:end],
            suggestion=hit.suggestion if hit.suggestion is not None else rule.suggestion,
            fix=hit.fix,
        )


_FACTOR = {"error": 3.0, "warning": 1.0, "suggestion": 0.25}
#: How much a finding counts towards the verdict, by the rule's confidence.
_CONFIDENCE = {"high": 1.0, "medium": 0.8, "low": 0.4}
#: A rule reports at most this many findings in one text; the report names the rules
#: that had more (``Report.truncated``), so a text made of one bad phrase repeated
#: 10,000 times costs no more than a normal one and yields a readable report.
MAX_FINDINGS_PER_RULE = 100


def check(
    text: str,
    *,
    situation: object = None,
    locale: str = "en",
    channel: object = "email",
    tone: object = None,
    rules: Iterable[RuleSpec] | None = None,
    recipe: object = None,
    premium: bool = False,
) -> Report:
    """Check a message against the tone rules for its locale, channel and tone.

    Args:
        text: The message: subject line, greeting, body and sign-off, or a fragment.
        situation: The situation, if known: enables the name and company checks and
            lets ``fix`` fill placeholders.
        locale: A locale identifier. English (``en``, ``en_GB``, ...) runs the English
            pack and the language-agnostic ``root`` pack; other locales run ``root``.
        channel: ``"email"``, ``"linkedin_note"``, ``"linkedin_message"``, ``"sms"``
            or ``"card"``.
        tone: ``None`` or a profile: ``"warm"``, ``"formal"``, ``"concise"``, or an
            object with ``.name``.
        rules: Per-call changes, applied in order: :class:`Rule` values and loaded
            packs are added (replacing a rule with the same id), ``disable(...)``
            switches rules off, ``regrade(...)`` changes severities.
        recipe: The message type, such as ``"keep_door_open"``; message-type rules
            (for example ``door_open.missing``) only run when it is given.
        premium: The sender has LinkedIn Premium: a connection note may hold 300
            characters instead of 200.

    Returns:
        A :class:`Report` with the findings sorted by ``(start, rule_id)``.

    Raises:
        UnknownChannelError: The channel is not known.
        UnknownLocaleError: The locale cannot be parsed.
        UnknownToneError: The tone profile name is not known.
        RulePackError: A rule passed in ``rules=`` does not compile.

    >>> report = check("Dear Priya,\\n\\nThank you for letting me know. WHY NOT ME?!")
    >>> report.verdict
    'rewrite'
    >>> [f.rule_id for f in report.findings]
    ['intensity.caps', 'tone.model', 'intensity.caps', 'intensity.caps', 'intensity.punctuation']
    """
    return _run(
        text,
        situation=situation,
        locale=locale,
        channel=channel,
        tone=tone,
        rules=rules,
        recipe=recipe,
        premium=premium,
        errors_only=False,
    )


def errors(
    text: str,
    *,
    situation: object = None,
    locale: str = "en",
    channel: object = "email",
    tone: object = None,
    rules: Iterable[RuleSpec] | None = None,
    recipe: object = None,
    premium: bool = False,
) -> tuple[Finding, ...]:
    """The error-level findings of :func:`check` (same arguments), and only those.

    Only the rules whose severity in this context is ``"error"`` run, so this costs a
    fraction of a full check: the composer's self-check, which keeps a phrasing unless
    it breaks an error-level rule, needs nothing more.
    """
    report = _run(
        text,
        situation=situation,
        locale=locale,
        channel=channel,
        tone=tone,
        rules=rules,
        recipe=recipe,
        premium=premium,
        errors_only=True,
    )
    return report.findings


def _run(
    text: str,
    *,
    situation: object,
    locale: str,
    channel: object,
    tone: object,
    rules: Iterable[RuleSpec] | None,
    recipe: object,
    premium: bool,
    errors_only: bool,
) -> Report:
    text = arguments.text("text", text, limit=MAX_CHECKED)
    situation = _situation(situation)
    mods = _modifiers(rules)
    ch = get_channel(channel)
    if not isinstance(premium, bool):
        raise ArgumentError("premium", f"must be true or false, got {shown(premium)}")
    if premium and ch.premium_max_chars is not None:
        ch = ch.with_limit(ch.premium_max_chars)
    profile = get_tone(tone)
    ident, chain = resolve_locale(locale)
    recipe_name = _recipe_name(recipe)
    plan = _plan(
        chain,
        ch.name,
        recipe_name,
        profile.name if profile else None,
        mods,
        errors_only=errors_only,
    )
    ctx = Context(
        channel=ch,
        locale=ident,
        tone=profile,
        recipe=recipe_name,
        situation=situation,
        language=chain[0] if chain[0] != "root" else ident.split("_")[0].lower(),
    )
    doc = Doc(text)
    use_set = (errors_only and not literal_scan_available()) or _SET_FOR_DRAFTS
    fast = fast_set(chain) if use_set else None
    active = doc.active_parts = plan.index.active(doc, fast)
    findings: list[Finding] = []
    truncated: list[str] = []
    scores = dict.fromkeys(plan.categories, 0.0)
    for c in plan.rules:
        if c.by_patterns and active.isdisjoint(c.part_set):
            continue  # none of its patterns can match: most rules, most of the time
        if c.cues is not None and not c.cues.possible(doc, ctx.language):
            continue  # one of its groups of words is absent from the text
        for count, finding in enumerate(run_rule(c, doc, ctx)):
            if count == MAX_FINDINGS_PER_RULE:
                truncated.append(c.rule.id)
                break
            findings.append(finding)
            scores[finding.category] += (
                c.rule.weight * _FACTOR[finding.severity] * _CONFIDENCE[finding.confidence]
            )
    if chain == ("root",) and not errors_only:
        findings.append(_unsupported(ident))
        scores["locale"] = _FACTOR["warning"]
    findings.sort(key=lambda f: (f.start, f.rule_id, f.end))
    return Report(
        findings=tuple(findings),
        score_items=tuple(scores.items()),
        locale=ident,
        channel=ch.name,
        tone=profile.name if profile else None,
        recipe=recipe_name,
        text=text,
        truncated=tuple(truncated),
    )


def rules_for(
    *,
    locale: str = "en",
    channel: object = "email",
    tone: object = None,
    recipe: object = None,
    rules: Sequence[RuleSpec] | None = None,
) -> tuple[Rule, ...]:
    """The rules that ``check`` would run with these arguments."""
    ch = get_channel(channel)
    profile = get_tone(tone)
    _, chain = resolve_locale(locale)
    recipe_name = _recipe_name(recipe)
    plan = _plan(chain, ch.name, recipe_name, profile.name if profile else None, _modifiers(rules))
    return tuple(c.rule for c in plan.rules)
