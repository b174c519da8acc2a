"""People's names: titles, nicknames, given and family names, for salutations.

A name is typed the way people write it: "Dr. Katrin Albrecht", "Prof. Dr. Henning
Lorenz", "Robert "Bob" Lee", "Nguyễn Thị Minh Khai", "Anna van der Berg". The parser
takes off the titles (which the salutation puts back by each language's convention),
keeps a nickname for informal greetings, and finds the given and family names. When it
cannot be sure which part is which — a name whose first word is a common family name in
cultures that write the family name first — it says so, and the salutation uses the
full name rather than greet someone by their family name as if it were a first name.

The word lists are data, in ``model/names.toml``.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

import attrs

from rejection_kit._toml import read_toml

__all__ = ["PersonName", "parse_name", "split_name", "title_words"]

# A nickname in quotes between the other words ("Robert "Bob" Lee"); an apostrophe
# inside a word (O'Neil) is no quote.
_QUOTED = re.compile(r"\s[\"“”„«»‘’‚']([^\"“”„«»‘’‚'\s][^\"“”„«»‘’‚']{0,39})[\"“”„«»‘’‚'](?=\s)")


@functools.cache
def _lists() -> dict[str, frozenset[str]]:
    data = read_toml(resources.files("rejection_kit.model"), "names.toml")
    out: dict[str, frozenset[str]] = {}
    for key in ("particles", "family_first", "western_family", "vietnamese_middle"):
        out[key] = frozenset(w.casefold() for w in data[key]["words"])
    for key, table in data["titles"].items():
        out[f"title:{key}"] = frozenset(w.casefold() for w in table)
    out["suffixes"] = frozenset(w.casefold() for w in data["suffixes"]["words"])
    out["doctoral"] = frozenset(w.casefold() for w in data["suffixes"]["doctoral"])
    return out


def title_words() -> frozenset[str]:
    """Every title that can stand alone before a name, lower case, as written ("dr.")."""
    lists = _lists()
    return frozenset(
        word
        for key, words in lists.items()
        if key.startswith("title:") and key != "title:dr_qualifiers"
        for word in words
    )


@attrs.frozen
class PersonName:
    """The parts of a person's name that salutations use.

    Attributes:
        full: the name without titles or the quoted nickname ("Robert Lee").
        given: the name an informal greeting uses (a nickname if one was given), or
            ``None`` when unsure which part it is: then greet with ``full``.
        family: the name a formal greeting uses, or ``None`` when unsure (or a single
            word): then greet with ``full``.
        honorific: ``"prof"`` or ``"dr"`` when the name carries such a title.
        gender: ``"female"`` or ``"male"`` when the name carries a gendered title
            ("Ms.", "Frau", "Mme", "Dra."); never guessed from the given name.
        family_stated: ``family`` was given as such (``family_name``), not guessed
            from the order of the words.
    """

    full: str
    given: str | None
    family: str | None
    honorific: str | None = None
    gender: str | None = None
    family_stated: bool = False

    @property
    def informal(self) -> str:
        """What "Hi …," uses: the given name, or the full name when unsure."""
        return self.given or self.full

    @property
    def formal(self) -> str:
        """What "Dear Ms. …," uses: the family name, or the full name when unsure."""
        return self.family or self.full


def _title(word: str) -> tuple[str | None, str | None] | None:
    """(honorific, gender) for a title word, or None when the word is no title."""
    key = word.casefold()
    lists = _lists()
    for honorific in ("prof", "dr"):
        for gender in ("female", "male", "any"):
            if key in lists.get(f"title:{honorific}_{gender}", frozenset()):
                return honorific, None if gender == "any" else gender
    if key in lists["title:dr_qualifiers"]:
        return "dr", None
    for gender in ("female", "male", "any"):
        if key in lists.get(f"title:courtesy_{gender}", frozenset()):
            return None, None if gender == "any" else gender
    return None


@functools.lru_cache(maxsize=4096)
def parsed(name: str, family_name: str | None, given_name: str | None) -> PersonName:
    """:func:`parse_name`, remembered: composing asks for the same names many times."""
    return parse_name(name, family_name=family_name, given_name=given_name)


def parse_name(
    name: str, *, family_name: str | None = None, given_name: str | None = None
) -> PersonName:
    """Find the parts of ``name``; ``family_name``/``given_name`` override the guesses.

    >>> parse_name("Dr. Katrin Albrecht").family, parse_name("Dr. Katrin Albrecht").honorific
    ('Albrecht', 'dr')
    >>> parse_name("Prof. Dr. Henning Lorenz").honorific
    'prof'
    >>> parse_name('Robert "Bob" Lee').informal
    'Bob'
    >>> parse_name("Nguyễn Thị Minh Khai").informal
    'Minh Khai'
    >>> parse_name("Wang Fang").informal
    'Wang Fang'
    >>> parse_name("Anna van der Berg").family
    'van der Berg'
    """
    nickname = None
    quoted = _QUOTED.search(name)
    if quoted and quoted.start() > 0:
        nickname = quoted.group(1).strip()
        name = (name[: quoted.start()] + " " + name[quoted.end() :]).strip()
    words = name.replace(",", " , ").split()
    honorific = gender = None
    while len(words) > 1:
        found = _title(words[0])
        if found is None:
            break
        title_honorific, title_gender = found
        honorific = _higher(honorific, title_honorific)
        gender = gender or title_gender
        words.pop(0)
    lists = _lists()
    while len(words) > 1 and (words[-1].casefold() in lists["suffixes"] or words[-1] == ","):
        if words[-1].casefold() in lists["doctoral"]:
            honorific = _higher(honorific, "dr")
        words.pop()
    words = [w for w in words if w != ","]
    full = " ".join(words)
    given, family = _split(words, family_name=family_name, given_name=given_name)
    return PersonName(
        full=full,
        given=nickname or given,
        family=family,
        honorific=honorific,
        gender=gender,
        family_stated=bool(family_name) and family == family_name,
    )


def _higher(current: str | None, new: str | None) -> str | None:
    return "prof" if "prof" in (current, new) else (new or current)


def _split(
    words: list[str], *, family_name: str | None, given_name: str | None
) -> tuple[str | None, str | None]:
    full = " ".join(words)
    if family_name and family_name in full:
        rest = full.replace(family_name, " ").split()
        return given_name or (rest[0] if rest else None), family_name
    if given_name:
        return given_name, family_name
    if len(words) < 2:
        return (words[0] if words else None), None
    lists = _lists()
    first = words[0].casefold()
    if first in lists["family_first"] and words[-1].casefold() not in lists["western_family"]:
        if len(words) > 2 and words[1].casefold() in lists["vietnamese_middle"]:
            # Vietnamese order is sure: "Hi Minh Khai,"; a formal letter keeps the full name.
            return " ".join(words[2:]), None
        return None, None  # which part is the family name? Do not guess: use the full name.
    for i in range(1, len(words) - 1):
        # "Jan Van Dijk" (Flemish) as "Anna van der Berg": particles in either case.
        if words[i].casefold() in lists["particles"]:
            return words[0], " ".join(words[i:])
    return words[0], words[-1]


def split_name(name: str, family_name: str | None = None) -> tuple[str, str | None]:
    """Return ``(given, family)``; ``family`` is None for a single word or when unsure.

    >>> split_name("Anna van der Berg")
    ('Anna', 'van der Berg')
    >>> split_name("José Núñez García", "Núñez García")
    ('José', 'Núñez García')
    >>> split_name("Joe")
    ('Joe', None)
    """
    parsed = parse_name(name, family_name=family_name)
    return parsed.informal, parsed.family
