"""Cue rules: sets of lemmas that, found together, make a sentence (or a message) read badly.

Regular expressions spell out every inflection and word order; cue rules say what a
sentence must contain instead: *an evaluation of the decision and a target*, *a demand and
a deadline*, *an ironic marker next to thanks*. A cue rule has groups of lemmas; it fires
where one lemma of every group occurs in one sentence (within ``window`` tokens, when
given), unless a lemma of an ``unless`` group occurs there too (a negation, a hedge). With
``scope = "message"`` the groups may sit in different sentences, and ``min_count`` says
how many sentences must match (a message that chases twice).

An entry of a group is a lemma (``hope``), a prefix (``disappoint*``), a sequence of
lemmas (``thank you``, ``on file``), or a mark of the sentence itself: ``<quote>`` (it
quotes someone: scare quotes are a favourite of sarcasm), ``<question>`` (it asks),
``<exclamation>`` (it exclaims). Words are matched by lemma: each language ships a table
of the inflected forms of the lemmas its rules use (``packs/<language>/lemmas.json``,
generated from simplemma by ``scripts/lemmas.py``); a word not in it is its own lemma.
"""

from __future__ import annotations

import bisect
import functools
import json
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from rejection_kit.tone._doc import Doc

__all__ = ["Cues", "Index", "Token", "index", "lemma_table"]

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")


@attrs.frozen
class Token:
    """A word of the text: its span, its lemma and the sentence it belongs to."""

    start: int
    end: int
    lemma: str
    sentence: int


@functools.cache
def lemma_table(language: str) -> dict[str, str]:
    """Inflected form → lemma for the words a language's cue rules use."""
    from importlib import resources

    source = resources.files("rejection_kit.tone.packs") / language / "lemmas.json"
    if not source.is_file():
        return {}
    table: dict[str, str] = json.loads(source.read_text(encoding="utf-8"))
    return table


_MARKS = frozenset({"<quote>", "<question>", "<exclamation>"})


@attrs.frozen(eq=False)
class Index:
    """The words of a text with their lemmas, and where each lemma occurs."""

    words: tuple[Token, ...]
    by_lemma: dict[str, list[int]]
    ordered: list[str]  # the distinct lemmas, sorted, for prefix look-ups
    marks: dict[str, frozenset[int]]  # mark → the sentences that carry it

    def occurrences(self, entry: tuple[tuple[str, ...], bool]) -> list[tuple[int, int]]:
        """(first, last) token index of every occurrence of an entry."""
        lemmas, prefix = entry
        head = lemmas[0]
        if prefix and len(lemmas) == 1:
            starts: list[int] = []
            i = bisect.bisect_left(self.ordered, head)
            while i < len(self.ordered) and self.ordered[i].startswith(head):
                starts += self.by_lemma[self.ordered[i]]
                i += 1
            return [(k, k) for k in sorted(starts)]
        out = []
        words = self.words
        for k in self.by_lemma.get(head, ()):
            last = k + len(lemmas) - 1
            if last >= len(words):
                continue
            if all(words[k + j].lemma == lemmas[j] for j in range(1, len(lemmas) - 1)):
                tail = words[last].lemma
                if tail.startswith(lemmas[-1]) if prefix else tail == lemmas[-1]:
                    out.append((k, last))
        return out


def index(doc: Doc, language: str) -> Index:
    """The words of ``doc`` with their lemmas, computed once per language."""
    key = ("cues", language)
    found = doc.cache.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    table = lemma_table(language)
    ends = [end for _, end in doc.sentences]
    words: list[Token] = []
    by_lemma: dict[str, list[int]] = {}
    sentence = 0
    for m in _TOKEN.finditer(doc.norm):
        while sentence < len(ends) and m.start() >= ends[sentence]:
            sentence += 1
        word = m.group().lower().replace("’", "'")
        lemma = table.get(word, word)
        by_lemma.setdefault(lemma, []).append(len(words))
        words.append(Token(m.start(), m.end(), lemma, sentence))
    result = Index(tuple(words), by_lemma, sorted(by_lemma), _marks(doc))
    doc.cache[key] = result
    return result


def _marks(doc: Doc) -> dict[str, frozenset[int]]:
    sentences = doc.sentences
    ends = [end for _, end in sentences]
    quoted = {bisect.bisect_right(ends, start) for start, _ in doc.quotes}
    text = doc.norm
    return {
        "<quote>": frozenset(quoted),
        "<question>": frozenset(i for i, (_, e) in enumerate(sentences) if text[e - 1] == "?"),
        "<exclamation>": frozenset(i for i, (_, e) in enumerate(sentences) if text[e - 1] == "!"),
    }


_Entry = tuple[tuple[str, ...], bool]


def _entry(text: str) -> _Entry:
    """(the lemmas of an entry, whether its last one is a prefix)."""
    if text in _MARKS:
        return (text,), False
    prefix = text.endswith("*")
    return tuple(text.rstrip("*").lower().split()), prefix


@attrs.frozen
class Cues:
    """A cue rule's groups, compiled for matching."""

    groups: tuple[tuple[_Entry, ...], ...]
    unless: tuple[_Entry, ...]
    window: int | None = None
    scope: str = "sentence"

    @classmethod
    def build(
        cls,
        groups: Sequence[Sequence[str]],
        unless: Sequence[Sequence[str]] = (),
        window: int | None = None,
        scope: str = "sentence",
    ) -> Cues:
        return cls(
            tuple(tuple(_entry(e) for e in group) for group in groups),
            tuple(_entry(e) for group in unless for e in group),
            window,
            scope,
        )

    @staticmethod
    def _occurrences(idx: Index, entries: Sequence[_Entry]) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        for entry in entries:
            out += idx.occurrences(entry)
        return out

    def matches(self, doc: Doc, language: str) -> Iterator[tuple[int, int]]:
        """Character spans where every group occurs together (per sentence, or anywhere
        in the message with ``scope = "message"``), and no ``unless`` lemma with them."""
        idx = index(doc, language)
        words = idx.words
        spans: list[list[tuple[int, int]]] = []
        marked: list[frozenset[int]] = []  # per mark-only group: the sentences that carry it
        for group in self.groups:
            marks = [e[0][0] for e in group if e[0][0] in _MARKS]
            sentences = frozenset().union(*(idx.marks[m] for m in marks))
            found = self._occurrences(idx, [e for e in group if e[0][0] not in _MARKS])
            if marks and not found:
                if not sentences:
                    return
                marked.append(sentences)
                continue
            found += [(i, i) for i, w in enumerate(words) if marks and w.sentence in sentences]
            if not found:
                return  # a group absent from the whole text: nothing to look at
            spans.append(found)
        vetoes = self._occurrences(idx, self.unless) if self.unless else []
        if self.scope == "message":
            best = self._tightest(spans)
            if best is not None and not vetoes:
                yield words[best[0]].start, words[best[1]].end
            return
        candidates = (
            {words[first].sentence for first, _ in spans[0]}
            if spans
            else set.intersection(*(set(m) for m in marked))
        )
        vetoed = {words[first].sentence for first, _ in vetoes}
        for sentence in sorted(candidates):
            if sentence in vetoed or any(sentence not in m for m in marked):
                continue
            here = [[o for o in group if words[o[0]].sentence == sentence] for group in spans]
            best = self._tightest(here) if spans else None
            if spans and best is not None:
                yield words[best[0]].start, words[best[1]].end
            elif not spans:
                yield doc.sentences[sentence]

    def _tightest(self, spans: list[list[tuple[int, int]]]) -> tuple[int, int] | None:
        if not all(spans):
            return None
        best: tuple[int, int] | None = None
        for combination in _product(spans):
            low = min(s for s, _ in combination)
            high = max(e for _, e in combination)
            if self.window is not None and high - low > self.window:
                continue
            if best is None or high - low < best[1] - best[0]:
                best = (low, high)
        return best


def _product(spans: list[list[tuple[int, int]]]) -> Iterator[list[tuple[int, int]]]:
    if not spans:
        yield []
        return
    # Cap the work: the first eight occurrences of each group are plenty in one sentence.
    for first in spans[0][:8]:
        for rest in _product(spans[1:]):
            yield [first, *rest]
