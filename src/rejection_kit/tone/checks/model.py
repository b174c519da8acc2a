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

__all__ = ["features", "overall_tone"]

_WORD = re.compile(r"\w+|[!?]")
_PACKS = {"pt": "pt_br"}


def features(text: str) -> list[str]:
    """Lower-cased words and pairs of adjacent words: what the model weighs."""
    words = _WORD.findall(text.lower())
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


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


def overall_tone(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """One hit on the sentence that weighs most, when the whole draft crosses the line."""
    found = _model(ctx.language)
    if found is None:
        return
    bias, threshold, weights = found
    text = doc.text
    if bias + sum(weights.get(f, 0.0) for f in set(features(text))) <= threshold:
        return
    best, span = 0.0, None
    # Doc.sentences are offsets into ``norm``, which has the length of ``text``.
    for start, end in doc.sentences:
        weight = sum(weights.get(f, 0.0) for f in set(features(text[start:end])))
        if span is None or weight > best:
            best, span = weight, (start, end)
    if span is not None:
        yield Hit(start=span[0], end=span[1])
