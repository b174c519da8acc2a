"""An optional one-pass filter: every pattern of a rule set in one RE2 set.

With ``google-re2`` installed (``pip install 'rejection-kit[fast]'``), the patterns a
draft's words wake are not each scanned by Python's ``re``: one RE2 set scans the text
once, in linear time, and says which patterns can match at all; only those run in ``re``,
which still finds every match (so findings are the same with or without RE2).

RE2 does not know Python's syntax in full, so each pattern is *loosened* into one that
matches wherever the original does, and perhaps elsewhere: word boundaries, anchors and
lookarounds are dropped, a back-reference becomes "anything", Python's Unicode ``\\w``,
``\\d`` and ``\\s`` are spelled out as Unicode classes, and a character class RE2 cannot
say becomes "any character". A wrong candidate costs one ``re`` scan; a missed one would
lose a finding, which loosening rules out. A pattern that cannot be written for RE2 at all
keeps the word pre-filter of :mod:`._prefilter`.
"""

from __future__ import annotations

import contextlib
import importlib
import re
from collections.abc import Callable, Iterable
from re import _constants as _C  # type: ignore[attr-defined]  # noqa: N812 - as in sre
from re import _parser as _sre_parse  # type: ignore[attr-defined]
from typing import Any

__all__ = ["PatternSet", "available", "loosened"]

_re2: Any = None
with contextlib.suppress(ImportError):  # an optional dependency: the ``fast`` extra
    _re2 = importlib.import_module("re2")

#: Texts longer than this skip the set: RE2's DFA could run out of its memory budget on
#: them, and its Python binding would then report "no match" instead of an error.
MAX_TEXT = 32_768
_MAX_MEM = 64 << 20
_MAX_REPEAT_COUNT = 1000  # RE2's limit on {n,m}

# Python's \w, \d and \s are Unicode-aware, and RE2's Unicode classes are costly to
# compile (hundreds of ranges, folded for case). Every non-ASCII character is let through
# instead: a superset, and a draft's non-ASCII characters are few enough.
_NON_ASCII = r"\x{80}-\x{10ffff}"
_ASCII_WORD = "0-9A-Za-z_"
_ASCII_DIGIT = "0-9"
_ASCII_SPACE = r"\t-\r\x{1c}-\x{20}"
_ASCII_NOT_WORD = r"\x{0}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{5e}\x{60}\x{7b}-\x{7f}"
_ASCII_NOT_DIGIT = r"\x{0}-\x{2f}\x{3a}-\x{7f}"
_ASCII_NOT_SPACE = r"\x{0}-\x{8}\x{e}-\x{1b}\x{21}-\x{7f}"
#: The ASCII members of each category of a character class.
_CATEGORY = {
    _C.CATEGORY_WORD: _ASCII_WORD,
    _C.CATEGORY_DIGIT: _ASCII_DIGIT,
    _C.CATEGORY_SPACE: _ASCII_SPACE,
    _C.CATEGORY_NOT_WORD: _ASCII_NOT_WORD,
    _C.CATEGORY_NOT_DIGIT: _ASCII_NOT_DIGIT,
    _C.CATEGORY_NOT_SPACE: _ASCII_NOT_SPACE,
}
_ANY = "(?s:.)"


def available() -> bool:
    """Whether ``google-re2`` is installed (and not switched off by a test)."""
    return _re2 is not None


class _UnsupportedError(Exception):
    pass


def _char(code: int) -> str:
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{{{code:x}}}"


def _class(items: Any) -> str:
    # A positive class keeps its members; a negated one excludes only its ASCII members.
    # Both match wherever Python's does.
    negate = False
    members: list[str] = []
    for op, av in items:
        if op is _C.NEGATE:
            negate = True
        elif op is _C.LITERAL:
            if not negate or av < 0x80:
                members.append(_char(av))
        elif op is _C.RANGE:
            low, high = av
            if negate:
                high = min(high, 0x7F)
            if low <= high:
                members.append(f"{_char(low)}-{_char(high)}")
        elif op is _C.CATEGORY and av in _CATEGORY:
            members.append(_CATEGORY[av])
        else:
            return _ANY  # a class RE2 cannot say as such: any character is a superset
    if negate:
        return f"[^{''.join(members)}]" if members else _ANY
    # A category stands for its ASCII members here, so every non-ASCII character is let
    # through with it; literals and ranges are exact (RE2 folds case as Python does).
    widen = any(op is _C.CATEGORY for op, _ in items)
    return f"[{''.join(members)}{_NON_ASCII if widen else ''}]"


def _seq(seq: Any) -> str:
    return "".join(_node(op, av) for op, av in seq)


def _node(op: Any, av: Any) -> str:
    if op is _C.LITERAL:
        return _char(av)
    if op is _C.NOT_LITERAL:
        return f"[^{_char(av)}]"
    if op is _C.ANY:
        return _ANY
    if op is _C.IN:
        return _class(av)
    if op is _C.BRANCH:
        return "(?:" + "|".join(_seq(alt) for alt in av[1]) + ")"
    if op is _C.SUBPATTERN:
        _group, add, remove, inner = av
        flags = ("i" if add & re.IGNORECASE else "") + ("-i" if remove & re.IGNORECASE else "")
        return f"(?{flags}:{_seq(inner)})"
    if op is _C.ATOMIC_GROUP:
        return f"(?:{_seq(av)})"  # without the atomic cut it can only match more
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, item = av
        if low > _MAX_REPEAT_COUNT:
            raise _UnsupportedError
        top = "" if high is _C.MAXREPEAT or high > _MAX_REPEAT_COUNT else str(high)
        return f"(?:{_seq(item)}){{{low},{top}}}"
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return ""  # an assertion dropped: the rest matches wherever the whole did
    if op is _C.GROUPREF:
        return "(?s:.*)"
    if op is _C.GROUPREF_EXISTS:
        _group, yes, no = av
        return f"(?:{_seq(yes)}|{_seq(no) if no is not None else ''})"
    raise _UnsupportedError


def loosened(pattern: str, case_sensitive: bool) -> str | None:
    """An RE2 pattern matching wherever ``pattern`` matches under Python's ``re``, or
    ``None`` when it cannot be written.

    >>> loosened(r"\\b(?:sorry|apologi[sz]e)\\b", False)
    '(?i)(?:sorry|apologi[sz]e)'
    """
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        parsed = _sre_parse.parse(pattern, flags)
        body = _seq(parsed)
    except (re.error, _UnsupportedError, RecursionError, OverflowError, ValueError):
        return None
    return ("(?i)" if parsed.state.flags & re.IGNORECASE else "") + body


Key = tuple[str, bool]  # (pattern, case-sensitive)


class PatternSet:
    """Patterns in one RE2 set: which of them can match a text, in one scan."""

    __slots__ = ("_members", "_set", "keys")

    def __init__(
        self, patterns: Iterable[Key], loosen: Callable[[str, bool], str | None] = loosened
    ) -> None:
        """``patterns``: (pattern, case-sensitive); ``keys`` are those the set holds.
        ``loosen``: :func:`loosened`, or a table of its results."""
        if _re2 is None:
            raise RuntimeError("google-re2 is not installed")
        options = _re2.Options()
        options.max_mem = _MAX_MEM
        options.log_errors = False
        self._set = _re2.Set.SearchSet(options)
        members: list[Key] = []
        for key in dict.fromkeys(patterns):
            loose = loosen(*key)
            if loose is None:
                continue
            try:
                self._set.Add(loose)
            except _re2.error:
                continue
            members.append(key)
        self._set.Compile()
        self._members = tuple(members)
        self.keys = frozenset(members)

    def candidates(self, text: str) -> list[Key] | None:
        """The patterns that may match ``text``; ``None``: too long for the set, or not
        UTF-8 (lone surrogates), so ask another way."""
        if len(text) > MAX_TEXT:
            return None
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates: RE2 reads UTF-8 only
            return None
        members = self._members
        found = self._set.Match(data)
        return [members[i] for i in found] if found else []
