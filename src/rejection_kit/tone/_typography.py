"""Typography checks: shouting in capitals, "!!!", "?!", ellipsis runs and emoji."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from rejection_kit.tone._context import Context
from rejection_kit.tone._cues import lemma_table
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Edit, Hit

__all__ = ["caps", "emoji", "punctuation_runs"]

_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
_CAPS_WORD = re.compile(rf"(?<![\w'])[{_UPPER}]+(?:'[{_UPPER}]+)*(?![\w'])")
# Any word the loop below could flag has two capitals in a row (or around an apostrophe);
# a text without them, the common case, is skipped with one fast scan.
_TWO_CAPS = re.compile(rf"[{_UPPER}]'?[{_UPPER}]")
# Words that are shouted, whatever their length; longer capitalised words are shouted
# unless they are a known acronym.
_EMPHASIS = frozenset(
    [
        "NOT",
        "NEVER",
        "WHY",
        "HOW",
        "REALLY",
        "VERY",
        "HUGE",
        "ALL",
        "ANY",
        "EVER",
        "SO",
        "NO",
        "YES",
        "WHAT",
        "ME",
        "MY",
        "YOU",
        "YOUR",
        "DID",
        "DO",
        "DON'T",
        "CAN'T",
        "WON'T",
        "DIDN'T",
        "I'M",
        "IS",
        "WAS",
        "ARE",
        "THE",
        "AND",
        "BUT",
        "FOR",
        "JUST",
        "STILL",
        "ONLY",
        "MUCH",
        "BIG",
        "MISTAKE",
        "THANK",
        "THANKS",
        "PLEASE",
        "SORRY",
        "WRONG",
        "BEST",
        "WORST",
        "LOVE",
        "HATE",
        "NEED",
        "ONE",
    ]
)
_ACRONYMS = frozenset(
    [
        "ASAP",
        "UNICEF",
        "NASDAQ",
        "FAANG",
        "GAAP",
        "HIPAA",
        "GDPR",
        "SCRUM",
        "AGILE",
        "BSC",
        "MSC",
        "MBA",
        "PHD",
        "CISSP",
        "CPA",
        "NYSE",
        "NATO",
        "OECD",
        "UNESCO",
        "IFRS",
        "SWIFT",
        "FIFA",
        "CERN",
        "NASA",
        "ISBN",
        "MSFT",
        "ARPANET",
        "COBOL",
        "FORTRAN",
        "CMMI",
        "ITIL",
        "TOGAF",
        "PMP",
        "CCNA",
        "CCNP",
        "CRISPR",
        "HTTPS",
        "JSON",
        "YAML",
    ]
)
_MIN_SHOUT = 5
# Adverbs of manner, the intensifiers people shout ("ABSOLUTELY", "TOTALEMENT",
# "CLARAMENTE"); no acronym of the shipped languages ends so.
_ADVERB = ("ly", "ment", "mente", "erweise")
# A Roman numeral ("Louis XVIII", "the XXIII congress") is a number, not a raised voice.
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def _sentence_start(norm: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and norm[i] in " \t\"'([":
        i -= 1
    return i < 0 or norm[i] in ".!?\n:"


def _lower(word: str, capitalise: bool) -> str:
    if word.startswith("I'") or word == "I":
        return "I" + word[1:].lower()
    low = word.lower()
    return low[:1].upper() + low[1:] if capitalise else low


def _names(ctx: Context) -> frozenset[str]:
    situation = ctx.situation
    if situation is None:
        return frozenset()
    parts = [getattr(getattr(situation, "company", None), "name", "") or ""]
    parts.append(getattr(getattr(situation, "candidate", None), "name", "") or "")
    parts.extend(getattr(c, "name", "") or "" for c in getattr(situation, "contacts", ()) or ())
    names = {w for p in parts if isinstance(p, str) for w in re.findall(r"\w+", p.upper())}
    # The capitals the user typed in a title, topic or offer ("the STRIDE worksheet") are
    # theirs, as written; a word they typed in lower case stays a word.
    typed = [getattr(getattr(situation, "position", None), "title", None)]
    for c in getattr(situation, "contacts", ()) or ():
        typed.extend(getattr(c, "topics", ()) or ())
    for o in getattr(situation, "offers", ()) or ():
        typed.extend(getattr(o, a, None) for a in ("title", "topic", "about", "person"))
    names.update(
        w for t in typed if isinstance(t, str) for w in re.findall(r"\w+", t) if w.isupper()
    )
    return frozenset(names)


@functools.cache
def _words(language: str) -> frozenset[str]:
    # The words the language's rules know, with their forms: the vocabulary of feeling
    # people shout ("ABSOLUTELY", "JAMAIS", "NIEMALS"); a capitalised word outside it, on
    # its own, is far more often an acronym ("CACES", "SEREMI", "SESMT").
    table = lemma_table(language)
    return frozenset(table) | frozenset(table.values())


def _in_a_run(norm: str, found: list[re.Match[str]], i: int) -> bool:
    # Another word in capitals right before or after, with only spaces or a comma between.
    before = i > 0 and not norm[found[i - 1].end() : found[i].start()].strip(" ,")
    after = i + 1 < len(found) and not norm[found[i].end() : found[i + 1].start()].strip(" ,")
    return before or after


def caps(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """ALL-CAPS words that shout; acronyms and the situation's own names are fine.

    A long word in capitals shouts when it is a word the language's rules know, or when
    it stands in a run of words in capitals ("I AM VERY DISAPPOINTED"); alone and unknown
    it is read as an acronym.
    """
    norm = doc.norm
    if not _TWO_CAPS.search(norm):
        return
    names: frozenset[str] | None = None
    found = [m for m in _CAPS_WORD.finditer(norm) if len(m.group().replace("'", "")) >= 2]
    for i, m in enumerate(found):
        word = m.group()
        letters = word.replace("'", "")
        if word.startswith("I'") and len(letters) <= 3:
            continue
        if word not in _EMPHASIS:
            if len(letters) < _MIN_SHOUT or word in _ACRONYMS or _ROMAN.fullmatch(word):
                continue
            lower = word.lower()
            known = lower in _words(ctx.language) or lower.endswith(_ADVERB)
            if not known and not _in_a_run(norm, found, i):
                continue
        if names is None:
            names = _names(ctx)
        if word in names:
            continue
        fixed = _lower(doc.text[m.start() : m.end()], _sentence_start(norm, m.start()))
        yield Hit(
            start=m.start(),
            end=m.end(),
            suggestion=fixed,
            fix=Edit(start=m.start(), end=m.end(), replacement=fixed, safety="safe"),
        )


_PUNCT_RUN = re.compile(r"[!?]{2,}|\.{4,}|\u2026{2,}")


def punctuation_runs(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Runs such as "!!", "?!" and "....": one mark says the same thing calmly."""
    norm = doc.norm
    if not any(run in norm for run in ("!!", "!?", "?!", "??", "....", "\u2026\u2026")):
        return
    for m in _PUNCT_RUN.finditer(norm):
        run = m.group()
        if run[0] in ".\u2026":
            replacement = "..." if run[0] == "." else "\u2026"
        else:
            replacement = "?" if "?" in run else "!"
        yield Hit(
            start=m.start(),
            end=m.end(),
            suggestion=replacement,
            fix=Edit(start=m.start(), end=m.end(), replacement=replacement, safety="safe"),
        )


_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2b1b\u2b1c\u2934\u2935\u3030"
    "\u303d\u3297\u3299\u203c\u2049]"
    # Variation selectors and skin tones, or a joiner and another emoji; a selector after
    # the joined emoji is read by the first branch, never by both (no ambiguous repeat).
    "(?:[\ufe0f\U0001f3fb-\U0001f3ff]|\u200d[\U0001f000-\U0001faff\u2600-\u27bf])*"
)


def emoji(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Emoji beyond what the channel allows; removing them is a safe fix."""
    text = doc.text
    if text.isascii():
        return
    allowed = ctx.channel.max_emoji
    for i, m in enumerate(_EMOJI.finditer(text)):
        if i < allowed:
            continue
        start, end = m.start(), m.end()
        # Take one neighbouring space with it so that no double space is left.
        if start > 0 and text[start - 1] == " ":
            fix_start, fix_end = start - 1, end
        elif end < len(text) and text[end] == " ":
            fix_start, fix_end = start, end + 1
        else:
            fix_start, fix_end = start, end
        yield Hit(
            start=start,
            end=end,
            fix=Edit(start=fix_start, end=fix_end, replacement="", safety="safe"),
        )
