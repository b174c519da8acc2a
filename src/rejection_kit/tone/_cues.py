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
import itertools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from rejection_kit.tone._doc import Doc

__all__ = ["Cues", "Index", "index", "lemma_table", "name_words"]

_TOKEN = re.compile(r"\w+(?:['’]\w+)*")
# What separates two words that a phrase of several words cannot straddle: "pouco claro"
# (unclear) is not in "um pouco, claro, mas …" (a little, of course, but …).
_BREAK = re.compile(r"[,;:.!?()\[\]{}\"«»“”„—–]")


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


class Index:
    """The words of a text with their lemmas, and where each lemma occurs.

    A check builds this for every draft, so it is made by C-level passes, not a loop per
    word: the lemmas, in order, and the set of them, which is all that most rules ask
    about. What only a rule whose words are all present needs (each word's span and
    sentence, the positions of each lemma, the marks) is built on first use.
    """

    __slots__ = (
        "_by_lemma",
        "_by_surface",
        "_doc",
        "_ends",
        "_marks",
        "_ordered",
        "_pair_set",
        "_sentence_of",
        "_source",
        "_starts",
        "_tokens",
        "_words",
        "lemma_set",
        "lemmas",
    )

    def __init__(
        self, lemmas: list[str], tokens: list[str], source: str, doc: Doc, words: list[str]
    ) -> None:
        #: Per word of the text, in order: its lemma.
        self.lemmas = lemmas
        #: The distinct lemmas: whether a rule's words occur at all is one set test.
        self.lemma_set = set(lemmas)
        self._tokens = tokens  # the words as read from ``source``
        self._source = source  # the text they were read from (same offsets as doc)
        self._doc = doc
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self._sentence_of: list[int] | None = None
        self._marks: dict[str, frozenset[int]] | None = None
        self._ordered: list[str] | None = None
        self._by_lemma: dict[str, list[int]] | None = None
        self._pair_set: set[tuple[str, str]] | None = None
        self._words = words  # the words lower-cased, as written
        self._by_surface: dict[str, list[int]] | None = None

    @property
    def starts(self) -> list[int]:
        """Per word: where it starts."""
        if self._starts is None:
            # Each word is the first occurrence of its text after the one before: what
            # lies between two words holds no word character, so it cannot hold a word.
            starts: list[int] = []
            ends: list[int] = []
            find = self._source.find
            at = 0
            for token in self._tokens:
                at = find(token, at)
                starts.append(at)
                at += len(token)
                ends.append(at)
            self._starts, self._ends = starts, ends
        return self._starts

    @property
    def ends(self) -> list[int]:
        """Per word: where it ends."""
        self.starts  # noqa: B018 - computes both
        return self._ends

    @property
    def sentence_of(self) -> list[int]:
        """Per word: its sentence, the number of sentences that end before it starts."""
        if self._sentence_of is None:
            ends = [end for _, end in self._doc.sentences]
            self._sentence_of = list(map(bisect.bisect_right, itertools.repeat(ends), self.starts))
        return self._sentence_of

    @property
    def pair_set(self) -> set[tuple[str, str]]:
        """Every (lemma, next lemma) of the text: a sequence is looked up by its first
        two words instead of walking every occurrence of its first one."""
        if self._pair_set is None:
            self._pair_set = set(itertools.pairwise(self.lemmas))
        return self._pair_set

    @property
    def by_lemma(self) -> dict[str, list[int]]:
        """Lemma → the positions of its words, in order."""
        if self._by_lemma is None:
            by_lemma: dict[str, list[int]] = {}
            for k, lemma in enumerate(self.lemmas):
                found = by_lemma.get(lemma)
                if found is None:
                    by_lemma[lemma] = [k]
                else:
                    found.append(k)
            self._by_lemma = by_lemma
        return self._by_lemma

    @property
    def by_surface(self) -> dict[str, list[int]]:
        """``=word`` → the positions of that very word (an entry's inflected form)."""
        if self._by_surface is None:
            by_surface: dict[str, list[int]] = {}
            for k, word in enumerate(self._words):
                if word != self.lemmas[k]:
                    by_surface.setdefault(SURFACE + word, []).append(k)
            self._by_surface = by_surface
        return self._by_surface

    def at(self, k: int, word: str) -> bool:
        """Whether the ``k``-th word is ``word``: a lemma, or ``=form`` for that form."""
        if word.startswith(SURFACE):
            return self._words[k] == word[1:]
        return self.lemmas[k] == word

    def positions(self, word: str) -> Sequence[int]:
        """Where ``word`` (a lemma, or ``=form``) occurs."""
        if word.startswith(SURFACE):
            return self.by_surface.get(word, ())
        return self.by_lemma.get(word, ())

    def pair_starts(self, first: str, second: str) -> list[int]:
        """Where the lemma ``first`` is followed by ``second``."""
        lemmas = self.lemmas
        last = len(lemmas) - 1
        return [k for k in self.by_lemma.get(first, ()) if k < last and lemmas[k + 1] == second]

    @property
    def marks(self) -> dict[str, frozenset[int]]:
        """Mark → the sentences that carry it."""
        if self._marks is None:
            self._marks = _marks(self._doc)
        return self._marks

    @property
    def ordered(self) -> list[str]:
        """The distinct lemmas, sorted, for prefix look-ups."""
        if self._ordered is None:
            self._ordered = sorted(self.lemma_set)
        return self._ordered

    def may_occur(self, entry: tuple[tuple[str, ...], bool]) -> bool:
        """Whether the first lemma of an entry (or a mark) is in the text at all: a cheap
        test that lets a rule whose group is absent stop before finding occurrences."""
        lemmas, prefix = entry
        head = lemmas[0]
        if head in _MARKS:
            return bool(self.marks[head])
        if prefix and len(lemmas) == 1:
            i = bisect.bisect_left(self.ordered, head)
            return i < len(self.ordered) and self.ordered[i].startswith(head)
        if head.startswith(SURFACE):
            return head in self.by_surface
        return head in self.lemma_set

    def occurrences(self, entry: tuple[tuple[str, ...], bool]) -> list[tuple[int, int]]:
        """(first, last) token index of every occurrence of an entry."""
        lemmas, prefix = entry
        head = lemmas[0]
        if len(lemmas) == 1 and not prefix:  # the common case: one whole lemma
            return [(k, k) for k in self.positions(head)]
        if prefix and len(lemmas) == 1:
            starts: list[int] = []
            i = bisect.bisect_left(self.ordered, head)
            while i < len(self.ordered) and self.ordered[i].startswith(head):
                starts += self.by_lemma[self.ordered[i]]
                i += 1
            return [(k, k) for k in sorted(starts)]
        out = []
        words = self.lemmas
        surface = any(w.startswith(SURFACE) for w in lemmas)
        if len(lemmas) == 2 and not prefix and not surface:
            return [(k, k + 1) for k in self.pair_starts(head, lemmas[1]) if self.joined(k, k + 1)]
        starts_at = (
            self.pair_starts(head, lemmas[1])
            if len(lemmas) > 2 and not surface
            else self.positions(head)
        )
        at = self.at
        for k in starts_at:
            last = k + len(lemmas) - 1
            if last >= len(words):
                continue
            tail = words[last].startswith(lemmas[-1]) if prefix else at(last, lemmas[-1])
            if not tail or not all(at(k + j, lemmas[j]) for j in range(1, len(lemmas) - 1)):
                continue
            if self.joined(k, last):
                out.append((k, last))
        return out

    def joined(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` stand together as a phrase: no punctuation
        between any two of them."""
        starts, ends, search = self.starts, self._ends, _BREAK.search
        source = self._source
        return not any(search(source, ends[j], starts[j + 1]) for j in range(first, last))


def index(doc: Doc, language: str) -> Index:
    """The words of ``doc`` with their lemmas, computed once per language."""
    key = ("cues", language)
    found = doc.cache.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    # The draft is lower-cased once when that keeps every offset and cannot read a word
    # differently from lower-casing it alone (Greek final sigma depends on what follows);
    # else word by word.
    norm = doc.norm
    lowered = doc.lower if doc.fast else norm.lower()
    fast = len(lowered) == len(norm) and "\u03a3" not in norm
    source = lowered if fast else norm
    tokens = _TOKEN.findall(source)
    words = tokens if fast else list(map(str.lower, tokens))
    result = Index(list(map(lemma_table(language).get, words, words)), tokens, source, doc, words)
    doc.cache[key] = result
    return result


def name_words(doc: Doc, language: str, names: tuple[str, ...]) -> frozenset[int]:
    """The positions of the words of ``doc`` that are part of one of ``names`` (the
    situation's company, people and role), wherever the text writes them in full."""
    if not names:
        return frozenset()
    key = ("names", language, names)
    found = doc.cache.get(key)
    if found is not None:
        return found  # type: ignore[no-any-return]
    idx = index(doc, language)
    starts, ends = idx.starts, idx.ends
    positions: set[int] = set()
    text = doc.lower if doc.fast else doc.norm
    for m in _names_pattern(names, doc.fast).finditer(text):
        i = bisect.bisect_right(ends, m.start())
        while i < len(starts) and starts[i] < m.end():
            positions.add(i)
            i += 1
    result = frozenset(positions)
    doc.cache[key] = result
    return result


@functools.lru_cache(maxsize=256)
def _names_pattern(names: tuple[str, ...], lowered: bool) -> re.Pattern[str]:
    """One pass for all the names: longest first, on the lower-cased text when it can be."""
    ordered = sorted(names, key=len, reverse=True)
    if lowered:
        alternatives = "|".join(re.escape(n.lower()) for n in ordered)
        return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
    alternatives = "|".join(re.escape(n) for n in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


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


#: Marks an entry's word that is matched as written, not by lemma (see :func:`_as_written`).
SURFACE = "="


def _as_written(entry: _Entry, table: Mapping[str, str]) -> _Entry:
    """An entry whose words a language's table reads as another lemma ("meine" → "mein",
    "sinto" → "sentir", "nam" → "nemen") matches those words as written: what the author
    wrote, no more (every form of the lemma) and no less (never, as before, since the
    text's word is read as its lemma)."""
    words, prefix = entry
    if words[0] in _MARKS:
        return entry
    last = len(words) - 1
    return tuple(
        SURFACE + w if table.get(w, w) != w and not (prefix and i == last) else w
        for i, w in enumerate(words)
    ), prefix


def _entry(text: str) -> _Entry:
    """(the lemmas of an entry, whether its last one is a prefix)."""
    if text in _MARKS:
        return (text,), False
    prefix = text.endswith("*")
    return tuple(text.rstrip("*").lower().split()), prefix


@attrs.frozen(eq=False)
class _Group:
    """A group's entries sorted for look-up: whole lemmas (one set intersection with the
    text's lemmas), sequences by their first two lemmas (one with the text's word pairs),
    and the rest (prefixes, a sequence ending in a prefix, marks) one by one."""

    single: frozenset[str]
    pairs: dict[tuple[str, str], tuple[_Entry, ...]]
    pair_keys: frozenset[tuple[str, str]]
    others: tuple[_Entry, ...]

    @classmethod
    def of(cls, entries: Sequence[_Entry]) -> _Group:
        single: set[str] = set()
        pairs: dict[tuple[str, str], list[_Entry]] = {}
        others: list[_Entry] = []
        for entry in dict.fromkeys(entries):
            lemmas, prefix = entry
            written = any(w.startswith(SURFACE) for w in lemmas[:2])
            if lemmas[0] in _MARKS or written:
                others.append(entry)  # a mark, or a word matched as written
            elif len(lemmas) == 1 and not prefix:
                single.add(lemmas[0])
            elif len(lemmas) > 2 or (len(lemmas) == 2 and not prefix):
                pairs.setdefault((lemmas[0], lemmas[1]), []).append(entry)
            else:
                others.append(entry)
        return cls(
            frozenset(single),
            {k: tuple(v) for k, v in pairs.items()},
            frozenset(pairs),
            tuple(others),
        )

    def present(self, idx: Index) -> bool:
        """Whether some entry may occur in the text (a cheap test before the work)."""
        # Two sets: ``isdisjoint`` walks the smaller one.
        if not self.single.isdisjoint(idx.lemma_set):
            return True
        if self.pair_keys and not self.pair_keys.isdisjoint(idx.pair_set):
            return True
        return any(idx.may_occur(e) for e in self.others)

    def found(self, idx: Index) -> list[tuple[int, int]]:
        """(first, last) token of every occurrence of the group's entries, marks left out,
        in text order."""
        by_lemma = idx.by_lemma
        out = [(k, k) for lemma in self.single & idx.lemma_set for k in by_lemma[lemma]]
        for key in self.pair_keys & idx.pair_set if self.pair_keys else ():
            for entry in self.pairs[key]:
                out += idx.occurrences(entry)
        for entry in self.others:
            if entry[0][0] not in _MARKS:
                out += idx.occurrences(entry)
        out.sort()  # in text order, whatever the order of the sets
        return out


@attrs.frozen
class Cues:
    """A cue rule's groups, compiled for matching."""

    groups: tuple[tuple[_Entry, ...], ...]
    unless: tuple[_Entry, ...]
    window: int | None = None
    scope: str = "sentence"
    #: Per language: per group (and for ``unless``, last), its entries sorted for
    #: look-up, inflected words marked to match as written.
    _splits: dict[str, tuple[_Group, ...]] = attrs.field(
        factory=dict, init=False, repr=False, eq=False
    )

    def _split(self, language: str) -> tuple[_Group, ...]:
        split = self._splits.get(language)
        if split is None:
            table = lemma_table(language)
            split = (
                *(_Group.of([_as_written(e, table) for e in g]) for g in self.groups),
                _Group.of([_as_written(e, table) for e in self.unless]),
            )
            self._splits[language] = split
        return split

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

    def possible(self, doc: Doc, language: str) -> bool:
        """Whether every group may occur somewhere in the text: a cheap test that most
        rules fail on most drafts, before any of the work of :meth:`matches`."""
        idx = index(doc, language)
        return all(group.present(idx) for group in self._split(language)[:-1])

    def matches(
        self, doc: Doc, language: str, names: frozenset[int] = frozenset()
    ) -> Iterator[tuple[int, int]]:
        """Character spans where every group occurs together (per sentence, or anywhere
        in the message with ``scope = "message"``), and no ``unless`` lemma with them.

        ``names`` are the positions of words that belong to a name (see
        :func:`name_words`): "Orbit Media" is a company, not the press.
        """
        if not self.possible(doc, language):
            return  # some group is absent from the whole text
        idx = index(doc, language)
        split = self._split(language)
        sentence_of = idx.sentence_of
        spans: list[list[tuple[int, int]]] = []
        marked: list[frozenset[int]] = []  # per mark-only group: the sentences that carry it
        for entries, group in zip(self.groups, split, strict=False):
            marks = [e[0][0] for e in entries if e[0][0] in _MARKS]
            found = group.found(idx)
            if names:
                found = [o for o in found if not names.intersection(range(o[0], o[1] + 1))]
            if marks:
                sentences = frozenset().union(*(idx.marks[m] for m in marks))
                if not found:
                    if not sentences:
                        return
                    marked.append(sentences)
                    continue
                found += [(i, i) for i, n in enumerate(sentence_of) if n in sentences]
            if not found:
                return  # a group absent from the whole text: nothing to look at
            spans.append(found)
        vetoes = split[-1].found(idx) if self.unless else []
        if self.scope == "message":
            best = self._tightest(spans)
            if best is not None and not vetoes:
                yield idx.starts[best[0]], idx.ends[best[1]]
            return
        candidates = (
            {sentence_of[first] for first, _ in spans[0]}
            if spans
            else set.intersection(*(set(m) for m in marked))
        )
        vetoed = {sentence_of[first] for first, _ in vetoes}
        for sentence in sorted(candidates):
            if sentence in vetoed or any(sentence not in m for m in marked):
                continue
            here = [[o for o in group if sentence_of[o[0]] == sentence] for group in spans]
            best = self._tightest(here) if spans else None
            if spans and best is not None:
                yield idx.starts[best[0]], idx.ends[best[1]]
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
