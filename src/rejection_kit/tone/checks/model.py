"""The statistical tone model: a draft whose words, taken together, read like the bad
drafts of the tuning corpora, whatever the rules say (``scripts/tone_model.py``)."""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from importlib import resources

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["features", "name_words", "overall_tone", "situation_names"]

_WORD = re.compile(r"\w+|[!?]")
_PACKS = {"pt": "pt_br"}


def features(text: str, ignore: frozenset[str] = frozenset()) -> list[str]:
    """Lower-cased words and pairs of adjacent words: what the model weighs.

    A word in ``ignore`` (someone's name) is left out, and so is every pair it is in."""
    words = _WORD.findall(text.lower())
    if not ignore:  # the common case, joined in C
        return words + list(map(" ".join, itertools.pairwise(words)))
    pairs = [(a, b) for a, b in itertools.pairwise(words) if a not in ignore and b not in ignore]
    return [w for w in words if w not in ignore] + [f"{a} {b}" for a, b in pairs]


def name_words(*names: object) -> frozenset[str]:
    """The lower-cased words of names: they say who a draft is about, never how it reads."""
    return frozenset(
        word for name in names if isinstance(name, str) for word in _WORD.findall(name.lower())
    )


def situation_names(situation: object) -> frozenset[str]:
    """The words of the names of a situation's people and company (read by duck typing)."""
    if situation is None:
        return frozenset()
    rejection = getattr(situation, "rejection", None)
    return name_words(
        getattr(getattr(situation, "candidate", None), "name", None),
        getattr(getattr(situation, "company", None), "name", None),
        *(getattr(c, "name", None) for c in getattr(situation, "contacts", ()) or ()),
        *(getattr(o, "person", None) for o in getattr(situation, "offers", ()) or ()),
        getattr(rejection, "by", None),
        getattr(getattr(rejection, "hired", None), "name", None),
    )


@functools.cache
def _model(language: str) -> tuple[float, float, dict[str, float]] | None:
    pack = _PACKS.get(language, language)
    try:
        raw = (resources.files("rejection_kit.tone.packs") / pack / "model.json").read_text(
            encoding="utf-8"
        )
    except (FileNotFoundError, ModuleNotFoundError):
        return None
    data = json.loads(raw)
    return float(data["bias"]), float(data["threshold"]), dict(data["weights"])


def _weight(weights: dict[str, float], found: list[str]) -> float:
    # Each feature counts once; the look-ups run in C.
    return sum(map(weights.get, set(found), itertools.repeat(0.0)))


def overall_tone(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """One hit on the sentence that weighs most, when the whole draft crosses the line."""
    found = _model(ctx.language)
    if found is None:
        return
    bias, threshold, weights = found
    text = doc.text
    names = situation_names(ctx.situation)
    if bias + _weight(weights, features(text, names)) <= threshold:
        return
    best, span = 0.0, None
    # Doc.sentences are offsets into ``norm``, which has the length of ``text``.
    for start, end in doc.sentences:
        weight = _weight(weights, features(text[start:end], names))
        if span is None or weight > best:
            best, span = weight, (start, end)
    if span is not None:
        yield Hit(start=span[0], end=span[1])
