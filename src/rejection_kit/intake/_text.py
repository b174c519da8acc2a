"""Plain-text helpers for the extractor: normalising, paragraphs and sentences."""

from __future__ import annotations

import re
import unicodedata

from rejection_kit.intake._dates import is_month

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " "})
_SPACES = re.compile(r"[ \t]+")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
#: The mark of a list item at the start of a line: a dash or bullet, or "1." / "2)".
#: How the line before a list item ends.
_ITEM_AFTER = (".", ":", ";", "!", "?", ")")
_BULLET = re.compile(r"[ \t]{0,6}(?:[-–•*·▪●◦]|\d{1,2}[.)])[ \t]+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.!?])(?P<close>[\"”»)]?)\s+(?=[\"“„«¿¡(]?[^\W\d_])")
#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "e.g",
        "i.e",
        "etc",
        "vs",
        "z.b",
        "d.h",
        "bzw",
        "ggf",
        "u.a",
        "sra",
        "srta",
        "dra",
        "lic",
        "ing",
        "mme",
        "mlle",
        "m",
        "p.ex",
        "cf",
        "ca",
        "nr",
        "no",
        "n°",
        "approx",
        "dott",
        "dott.ssa",
        "sig",
        "sig.ra",
        "gent",
        "geb",
    ]
)

#: A title before a person's name: "Dr.", "Dott.ssa", "Lic.", "Mtra.", Dutch "dr. ir.".
HONORIFIC = (
    r"(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mme|M|Sr|Sra|Dott|Dott\.ssa|Ing|Lic|Mtra|Mtro|Drs|Ir|Avv"
    r"|dr|drs|ir|ing|prof)\.?\s"
)
#: A person's name: two to four capitalised words (particles allowed), nothing else.
PERSON = re.compile(
    rf"^(?:{HONORIFIC}){{0,2}}"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]{1,30}(?:\s(?:(?:van|von|de|der|den|da|do|dos|das|di|del|la|le|ten|ter|y|e)\s){0,2}"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}\.?){1,3}$"
)
#: The greeting that opens a letter: "Hallo Jan", "Dear Maya", "Bonjour Hugo".
GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|hallo|liebe[rs]?|sehr|guten|moin|servus|grüezi|bonjour|bonsoir"
    r"|salut|cher|chère|madame|monsieur|hola|buenos|buenas|estimad[oa]|querid[oa]|olá|ola"
    r"|oi|prezad[oa]|car[oa]|ciao|gentile|egregi[oa]|buongiorno|beste|hoi|geachte|dag|goedemorgen"
    r"|goedemiddag)\b",
    re.IGNORECASE,
)
#: Pronouns after a name: "Marisol Díaz (she/her)", "Alex Kim (they/them)", "(sie/ihr)".
PRONOUNS = re.compile(r"(?<![ \t])[ \t]*\((?:[a-zA-Zäöüéè]{2,5}/){1,2}[a-zA-Zäöüéè]{2,5}\)")
#: A line that is only a first name ("Ellie"), as people sign short e-mails.
FIRST_NAME = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]{1,20}$")


def normalize(text: str) -> str:
    """NFC, typographic apostrophes and odd spaces made plain, runs of spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def paragraphs(text: str) -> list[str]:
    """The paragraphs of ``text``, each unwrapped onto one line; each item of a list
    ("- …", "• …", "2) …") is a paragraph of its own, without its mark."""
    return [paragraph for paragraph, _ in marked_paragraphs(text)]


def marked_paragraphs(text: str) -> list[tuple[str, bool]]:
    """The :func:`paragraphs` of ``text``, each with whether it is an item of a list."""
    out: list[tuple[str, bool]] = []
    for block in _BLANK_LINE.split(text):
        lines: list[str] = []
        listed = False
        for line in block.split("\n"):
            # An item starts a block, follows an item, or follows a line that ends a
            # sentence: a wrapped line that begins "12. März …" is no item.
            item = _BULLET.match(line)
            if item and lines and not (listed or lines[-1].endswith(_ITEM_AFTER)):
                item = None
            if item and lines:
                out.append((" ".join(lines), listed))
                lines = []
            if item:
                listed, line = True, line[item.end() :]
            if line.strip():
                lines.append(line.strip())
            if line.rstrip().endswith(":") and lines:
                # "Pontos de desenvolvimento:" on a line of its own heads what follows.
                out.append((" ".join(lines), listed))
                lines, listed = [], False
        out.append((" ".join(lines), listed))
    return out


def sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph, not split after common abbreviations."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        end = match.start() + len(match.group("close"))
        before = paragraph[start : match.start()].rsplit(" ", 1)[-1].rstrip(".").casefold()
        before = before.lstrip("([{\"'“„«¿¡")  # "(z. B. SAFe)": the bracket is not the word
        if before in _ABBREVIATIONS or (len(before) == 1 and before.isalpha()):
            continue
        if before.isdigit() and len(before) <= 2 and is_month(_word_at(paragraph, match.end())):
            continue  # "am 12. März": an ordinal date, not a sentence's end
        out.append(paragraph[start:end].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return [s for s in out if s]


def _word_at(text: str, start: int) -> str:
    """The word that begins at ``start``, without the punctuation after it."""
    return text[start : start + 40].split(" ", 1)[0].rstrip(".,;:!?")


def compact(text: str) -> str:
    """Letters and digits only, case-folded: for comparing names across sources."""
    return "".join(c for c in text.casefold() if c.isalnum())
