"""Brazilian Portuguese checks: o senhor, você and tu mixed; a generic greeting."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._finding import Hit

__all__ = ["generic_greeting", "mixed_address"]

# The three ways Brazilian Portuguese says "you". "te" goes with tu and, in Brazilian
# speech, with você too, so it only clashes with "o senhor". Case-sensitive where a
# lower-case word would otherwise meet an acronym ("TI", the IT department).
_TU = re.compile(
    r"\b(?:[Tt]u|[Cc]ontigo|[Tt]eus?|[Tt]uas?|[Ee]st[áa]s|[Tt]ens|[Pp]odes|[Qq]ueres|[Ss]abes"
    r"|[Vv]ais|[Ff]oste|[Ff]izeste|[Dd]isseste|[Aa]chas|[Pp]recisas|[Cc]onsegues)\b"
    r"|\b(?:para|pra|a|de|por|sobre|contra|em) ti\b"
)
# "vocês" speaks to a group, and Brazil has no other plural: "Teus argumentos … a decisão
# de vocês" and "ao senhor e a vocês" mix nothing.
_VOCE = re.compile(r"\bvoc[êe]\b", re.IGNORECASE)
_TE = re.compile(r"\b[Tt]e\b")
_SENHOR = re.compile(
    r"\b(?:o|a|os|as|ao|aos|à|às|do|da|dos|das|no|na|nos|nas|pelo|pela|pelos|pelas"
    r"|com o|com a|para o|para a) senhor(?:a|es|as)?\b|\bVossa Senhoria\b|\bV\. ?S[aª]\.",
    re.IGNORECASE,
)
_NAMES = {"tu": '"tu"', "você": '"você"', "senhor": '"o senhor"/"a senhora"'}


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def mixed_address(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """Flag each use of the rarer of two forms of address that meet in one message."""
    text = doc.flat
    tu, voce, senhor = _spans(_TU, text), _spans(_VOCE, text), _spans(_SENHOR, text)
    if senhor and (tu or voce or _TE.search(text)):
        informal = "você" if len(voce) >= len(tu) else "tu"
        pair = [("senhor", senhor), (informal, tu + voce + _spans(_TE, text))]
    elif tu and voce:
        pair = [("tu", tu), ("você", voce)]
    else:
        return
    (rare, spans), (usual, _) = sorted(pair, key=lambda p: (len(p[1]), -min(p[1])[0]))
    for start, end in sorted(spans):
        yield Hit(
            start=start,
            end=end,
            message=(
                f"May read as inconsistent: {doc.text[start:end]!r} ({_NAMES[rare]}) in a "
                f"message that otherwise uses {_NAMES[usual]}."
            ),
        )


_GENERIC = re.compile(
    r"(?:A quem (?:possa|puder) interessar\b|Prezad[oa]s? (?:senhor(?:es|as)?|senhora)\b"
    r"|Prezados(?:\(as\))?,|Caros? senhor(?:es)?\b|Ilustr[ií]ssim[oa]s? senhor(?:es|a)?\b)",
    re.IGNORECASE,
)


def generic_greeting(doc: Doc, ctx: Context) -> Iterator[Hit]:
    """ "A quem possa interessar" when the situation names the people involved."""
    if ctx.situation is None or not getattr(ctx.situation, "contacts", ()):
        return
    start = doc.subject[1] if doc.subject else 0
    blank = len(doc.norm) - len(doc.norm[start:].lstrip()) - start
    m = _GENERIC.match(doc.norm, start + blank)
    if m:
        yield Hit(start=m.start(), end=m.end())
