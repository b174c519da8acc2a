"""Train the statistical tone model of each language: ``tone/packs/<pack>/model.json``.

    python scripts/tone_model.py           # write every model
    python scripts/tone_model.py --check   # exit 1 if a model is stale (CI)

The rules catch the wording they were written from; a draft written by someone else says
the same thing in other words. The model is a Bernoulli naive Bayes over lower-cased words
and word pairs, trained on the tuning splits of the tone corpora (``blind`` dev, ``dev3``,
``dev4``, ``dev5``), on the fresh batches already read (``READ``) and on some of the
library's own letters as good ones. Names are left out of every draft's words. A feature
gets a weight when at least two of the drafts people wrote have it: a topic of a situation,
in every one of its letters, would otherwise read as a sign of a good draft. The threshold
is chosen by 5-fold cross-validation so that 5 % of the good drafts people wrote would be
flagged. The frozen splits and the newest fresh batches are never read here; they measure
it.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))  # the realistic situations of tests/composition

from _generated import sync  # noqa: E402

from rejection_kit.tone.checks.model import features, name_words, situation_names  # noqa: E402

CORPORA = ROOT / "tests" / "fixtures" / "tone"
PACKS = ROOT / "src" / "rejection_kit" / "tone" / "packs"
LANGUAGES = {
    "de": "de",
    "en": "en",
    "es": "es",
    "fr": "fr",
    "it": "it",
    "nl": "nl",
    "pt_BR": "pt_br",
}
TUNING = ("blind", "dev3", "dev4", "dev5")
#: Fresh blind batches whose misses were read in an earlier round: they measure nothing
#: any more, so their drafts (all of them, ``test.jsonl``) train the model too.
READ = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6")
#: Share of the good drafts people wrote that the threshold flags, in cross-validation.
#: The library's own letters do not count: they are easy, and would pull the threshold
#: down, so that more of the drafts people write would be warned.
FALSE_ALARMS = 0.05


#: How many of the library's own letters join the good drafts, per language.
OWN_LETTERS = 300


def trained_situations() -> dict[str, dict[str, object]]:
    """Every other realistic situation of ``tests/composition/situations.py``, by name: the
    model learns their letters as good ones; the rest test it on letters it never saw."""
    from tests.composition.situations import SITUATIONS

    return {name: SITUATIONS[name][0] for name in sorted(SITUATIONS)[::2]}


class Row(NamedTuple):
    """A draft as the model sees it: its label and its features, names left out."""

    label: str
    features: frozenset[str]
    own: bool = False  # one of the library's own letters


def _own_letters(lang: str) -> list[Row]:
    """The library's own letters, gracious by construction: polished letters are not what
    a bad draft looks like (without them the model warned on one in five of them).

    They come from the built-in sample in both registers, to the hiring team, after
    silence and with an invitation to reapply, and from every other realistic situation
    (``trained_situations``), after silence too. The names of their people and companies
    are left out, as ``check`` leaves out a given situation's: in every letter, they would
    read as the mark of a good draft."""
    import attrs
    from tests.composition.situations import with_address

    import rejection_kit as rk
    from rejection_kit._cli import sample_situation
    from rejection_kit.recipes import RECIPES

    sample = sample_situation()
    informal = attrs.evolve(
        sample, contacts=tuple(attrs.evolve(c, address="informal") for c in sample.contacts)
    )
    team = attrs.evolve(sample, contacts=(), interviews=(), offers=(), rejection=None)
    assert sample.rejection is not None

    def silence(situation: rk.Situation) -> rk.Situation:
        """Never told: the closing note after silence, a check-in."""
        assert situation.rejection is not None
        told = attrs.evolve(situation.rejection, via="none", by=None, feedback=None)
        return attrs.evolve(situation, rejection=told)

    invited = attrs.evolve(sample, rejection=attrs.evolve(sample.rejection, reapply_invited=True))
    by_recipe: dict[str, list[Row]] = {name: [] for name in sorted(RECIPES)}
    realistic = []
    for data in trained_situations().values():
        for address in ("formal", "informal"):
            situation = with_address(data, address)
            realistic.append(situation)
            if situation.rejection is not None and situation.rejection.via != "none":
                realistic.append(silence(situation))
    for situation in (sample, informal, team, silence(sample), invited, *realistic):
        targets = [c.name for c in situation.contacts] or [None]
        for name in sorted(RECIPES):
            for to in targets:
                try:
                    text = rk.compose(situation, recipe=name, to=to, locale=lang).text
                except rk.RejectionKitError:
                    continue
                found = frozenset(features(text, situation_names(situation)))
                by_recipe[name].append(Row("good", found, own=True))
    # As many of each recipe's letters as of any other's: a short recipe (the closing note
    # after silence) would otherwise be a handful among the batch's thank-you notes.
    rng = random.Random(1)
    for letters in by_recipe.values():
        rng.shuffle(letters)
    rows = [row for group in itertools.zip_longest(*by_recipe.values()) for row in group if row]
    return rows[:OWN_LETTERS]


def _rows(lang: str) -> list[Row]:
    rows = _own_letters(lang)
    paths = [CORPORA / corpus / lang / "dev.jsonl" for corpus in TUNING]
    paths += [CORPORA / corpus / lang / "test.jsonl" for corpus in READ]
    for path in paths:
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            draft = json.loads(line)
            about = draft.get("situation") or {}
            names = name_words(*(about.get(k) for k in ("candidate", "company", "recipient")))
            rows.append(Row(draft["label"], frozenset(features(draft["text"], names))))
    return rows


def _train(rows: list[Row]) -> tuple[float, dict[str, float]]:
    seen = {"bad": Counter[str](), "good": Counter[str]()}
    written = Counter[str]()  # in the drafts people wrote, not in the library's letters
    n = Counter[str]()
    for row in rows:
        n[row.label] += 1
        seen[row.label].update(row.features)
        if not row.own:
            written.update(row.features)
    bad, good = n["bad"] + 1, n["good"] + 1
    weights: dict[str, float] = {}
    for word in set(seen["bad"]) | set(seen["good"]):
        b, g = seen["bad"][word], seen["good"][word]
        if written[word] < 2:  # the letters' topics would otherwise read as good
            continue
        present = math.log((b + 0.5) / bad) - math.log((g + 0.5) / good)
        absent = math.log((n["bad"] - b + 0.5) / bad) - math.log((n["good"] - g + 0.5) / good)
        weights[word] = round(present - absent, 4)
    return math.log(n["bad"] / n["good"]), weights


def _score(bias: float, weights: dict[str, float], row: Row) -> float:
    return bias + sum(weights.get(f, 0.0) for f in row.features)


def model(lang: str) -> dict[str, object]:
    rows = _rows(lang)
    random.Random(0).shuffle(rows)
    good_scores: list[float] = []
    for fold in range(5):
        bias, weights = _train([r for i, r in enumerate(rows) if i % 5 != fold])
        good_scores += [
            _score(bias, weights, r)
            for i, r in enumerate(rows)
            if i % 5 == fold and r.label == "good" and not r.own
        ]
    good_scores.sort()
    threshold = good_scores[int(len(good_scores) * (1 - FALSE_ALARMS))]
    bias, weights = _train(rows)
    return {
        "bias": round(bias, 4),
        "threshold": round(threshold, 4),
        "trained_on": len(rows),
        "weights": dict(sorted(weights.items())),
    }


def main(argv: list[str]) -> int:
    wanted = {
        PACKS / pack / "model.json": json.dumps(
            model(lang), ensure_ascii=False, separators=(",", ":")
        )
        + "\n"
        for lang, pack in LANGUAGES.items()
    }
    return sync(wanted, root=ROOT, command="scripts/tone_model.py", check="--check" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
