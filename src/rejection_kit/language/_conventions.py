"""Letter conventions per locale, as data: ``locales/<locale>/conventions.toml``.

The wording of salutations and closings lives in ``templates/letter.j2`` and is
translated like every other sentence; a locale's conventions file holds what is not
wording: which registers its catalogs distinguish, which register each kind of note
uses by default, whether the body continues in lower case after the salutation
(German), and which longer words may recur in one message.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import attrs

from rejection_kit._errors import CatalogError
from rejection_kit._toml import read_toml
from rejection_kit.language._data import package_file

_ADDRESSES = ("formal", "informal")


class Named(Protocol):
    """A person's name in parts (``rejection_kit.model.PersonName`` is one)."""

    @property
    def full(self) -> str: ...
    @property
    def given(self) -> str | None: ...
    @property
    def family(self) -> str | None: ...
    @property
    def honorific(self) -> str | None: ...
    @property
    def gender(self) -> str | None: ...
    @property
    def family_stated(self) -> bool: ...


#: Marks a title typed in quotation marks may start with; it is then left as typed.
_QUOTES = frozenset("\"'«»„“”‘’‚‹›")


def _address(_: Any, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in _ADDRESSES:
        raise ValueError(f"{attribute.name} must be formal or informal, got {value!r}")


@attrs.frozen(kw_only=True)
class LetterConventions:
    """What a business letter in one locale does besides its words.

    Attributes:
        locale: the locale these conventions belong to.
        registers: the registers the catalogs distinguish: ``["formal"]`` when the
            wording does not change with the address (English), ``["formal",
            "informal"]`` when it does (Sie/du, vous/tu, usted/tú, o senhor/você): the
            informal wording then lives in ``messages_informal.po``; ``"team"`` when a
            message to a whole team needs the plural (ustedes, vocês, voi, jullie): it
            lives in ``messages_team.po``.
        default_address: the register of a business letter when the contact's
            ``address`` is not given.
        light_address: the register of a light note (to the front desk).
        note_address: the register of a one-paragraph note (a LinkedIn invitation) in a
            locale with one register, where it only changes the salutation.
        lowercase_after_salutation: the body continues in lower case (German).
        keep_capitalized: first words that keep their capital even then (``Sie``).
        common_words: longer words that may recur within one message; the composer
            avoids echoing any other word of six letters or more.
        capitalize_particle: a family name that begins with a particle takes a capital
            when it stands without the given name (Dutch "Geachte heer Van Dijk").
        subject_label: how a subject line is labelled when a message is printed
            ("Subject:", "Betreff:", "Objet :").
        title_quotes: the opening and closing quotation marks around a job title
            typed with a comma ("Manager, Data Platform"), which would otherwise read
            as two items of a list in the sentence around it: Dutch "de functie
            ‘Manager, Data Platform’", German "als „Manager, Data Platform“". Empty
            where the title is written as typed (English).
        two_surnames: people carry two family names and the first is the one used
            alone (Spanish: "Roberto Villarreal Garza" is "Sr. Villarreal"). A name of
            three words or more may then be a double given name ("María José García")
            or a double family name, so unless the family name was stated, the letter
            uses the full name after the title ("Estimado Sr. Rodrigo Esquivel
            Treviño:"), never the last word, which is the mother's family name.
        dash: the dash between a date and what to do in a plan (German writes the
            en dash with spaces, "–", where English sets an em dash, "—").
        titled: how a letter names a third person who has an academic title ("Please
            also pass my thanks to Dr. Albrecht"), by ``dr``/``prof`` and, when the
            gender is known, ``dr_female``, ``prof_male``...: a format with ``{full}``,
            ``{given}`` and ``{family}``. A person without a title, or a locale without
            the table, is named in full.
        plan_names: how a follow-up plan's labels name a contact: ``typed`` (as typed,
            title and all: "Thank-you note to Prof. Dr. Henning Lorenz"), ``referred``
            (as a letter refers to them, with ``titled``: French "Message de
            remerciement à M. Lorenz") or ``plain`` (the name without its title, where a
            title needs an article the label's preposition would have to merge with:
            Spanish "para la Dra. Albrecht", Italian "alla dott.ssa Albrecht").
        numbers: the words for one, two, three…: a letter writes small counts in words
            ("in about six months"); larger ones, or a locale without the list, in digits.
        kind_closing_when_formal: a warm letter in the formal register closes with the
            kind formula: German pairs "Sehr geehrte Frau Raman," with "Mit freundlichen
            Grüßen", and "Herzliche Grüße" with "Hallo …".
        sentence_after_colon: first words that make a clause typed by the user a whole
            sentence after a colon, which this language then starts with a capital
            (German "…: Ich habe die Zertifizierung abgeschlossen"); empty where a colon
            is followed in lower case.
    """

    locale: str
    registers: tuple[str, ...] = ("formal",)
    default_address: str = attrs.field(default="formal", validator=_address)
    light_address: str = attrs.field(default="formal", validator=_address)
    note_address: str = attrs.field(default="formal", validator=_address)
    lowercase_after_salutation: bool = False
    keep_capitalized: frozenset[str] = frozenset()
    common_words: frozenset[str] = frozenset()
    capitalize_particle: bool = False
    two_surnames: bool = False
    title_quotes: tuple[str, ...] = attrs.field(default=(), converter=tuple)
    subject_label: str = "Subject:"
    dash: str = "—"
    titled: Mapping[str, str] = attrs.field(factory=dict)
    plan_names: str = attrs.field(
        default="typed", validator=attrs.validators.in_(("typed", "referred", "plain"))
    )
    numbers: tuple[str, ...] = ()
    sentence_after_colon: frozenset[str] = frozenset()
    kind_closing_when_formal: bool = False

    def number(self, n: int) -> str:
        """``n`` as a letter writes it: in words when the locale has one for it."""
        return self.numbers[n - 1] if 1 <= n <= len(self.numbers) else str(n)

    def after_colon(self, clause: str) -> str:
        """A clause the user typed, as it stands after a colon: capitalised where the
        language starts a whole sentence there and the clause begins like one ("ich
        habe …" → "Ich habe …"); a fragment ("dbt-Zertifizierung abgeschlossen") is
        left as typed."""
        first = clause.split(maxsplit=1)[0] if clause.strip() else ""
        if first.casefold() in self.sentence_after_colon and first[:1].islower():
            return clause[:1].upper() + clause[1:]
        return clause

    def refer(self, name: Named) -> str:
        """``name`` as a letter writes it about its bearer: with the title, if it has one."""
        if name.honorific is None:
            return name.full
        # "Frau"/"Herrn" needs a family name to stand before, as in the salutations.
        gendered = name.gender and name.family and f"{name.honorific}_{name.gender}"
        form = (gendered and self.titled.get(gendered)) or self.titled.get(name.honorific)
        if not form:
            return name.full
        return form.format(full=name.full, given=name.given or name.full, family=self.formal(name))

    def in_label(self, name: Named, typed: str) -> str:
        """How a plan's label names a contact whose name was typed as ``typed``."""
        if self.plan_names == "referred":
            return self.refer(name)
        return name.full if self.plan_names == "plain" else typed

    def refer_all(self, names: Sequence[Named]) -> list[str]:
        """Several people as a letter names them together: with their titles, unless one
        who has a title can only be named in full here (French and Italian need a gender
        for "Mme"/"la dott.ssa"), when all are named in full. "Mme Albrecht et Maria
        Santos" would leave the professor the only one without a courtesy title."""
        shown = [self.refer(name) for name in names]
        if any(n.honorific and s == n.full for n, s in zip(names, shown, strict=True)):
            return [name.full for name in names]
        return shown

    def formal(self, name: Named) -> str:
        """The name after a title or "Ms."/"Herr": the family name alone when it is
        safe to use, else the full name (see ``two_surnames``)."""
        if name.family is None:
            return name.full
        if self.two_surnames and not name.family_stated and len(name.full.split()) > 2:
            return name.full
        return self.family_alone(name.family)

    def job_title(self, title: str) -> str:
        """A job title as a sentence holds it: in quotation marks if it has a comma
        (and was not typed in quotation marks already)."""
        if "," in title and len(self.title_quotes) == 2 and title[:1] not in _QUOTES:
            return f"{self.title_quotes[0]}{title}{self.title_quotes[1]}"
        return title

    def family_alone(self, family: str) -> str:
        """A family name as it is written without the given name before it."""
        if self.capitalize_particle and family[:1].islower():
            return family[:1].upper() + family[1:]
        return family

    def register(self, address: str) -> str:
        """The catalog register that serves ``address``."""
        return address if address in self.registers else self.registers[0]

    def lower_first(self, text: str) -> str:
        """``text`` with its first word in lower case, unless that word keeps its capital."""
        first = re.match(r"\w+", text)
        if first is None or first.group() in self.keep_capitalized:
            return text
        return text[:1].lower() + text[1:]


_FIELDS = {a.name for a in attrs.fields(LetterConventions)} - {"locale"}


@functools.cache
def conventions(locale: str) -> LetterConventions:
    """The conventions of a shipped locale, read once from its ``conventions.toml``.

    Raises:
        CatalogError: when the file is missing or malformed.
    """
    try:
        data = read_toml(package_file("locales", locale), "conventions.toml")
    except FileNotFoundError:
        raise CatalogError(f"no letter conventions for {locale!r}", locale=locale) from None
    except ValueError as exc:  # tomllib.TOMLDecodeError
        raise CatalogError(f"{locale}/conventions.toml: {exc}", locale=locale) from None
    unknown = set(data) - _FIELDS
    if unknown:
        raise CatalogError(
            f"{locale}/conventions.toml: unknown keys {sorted(unknown)}", locale=locale
        )
    if "titled" in data and not isinstance(data["titled"], dict):
        raise CatalogError(f"{locale}/conventions.toml: titled must be a table", locale=locale)
    sets = ("keep_capitalized", "common_words", "sentence_after_colon")
    for key in ("registers", "numbers", *sets):
        if key in data:
            data[key] = (tuple if key in ("registers", "numbers") else frozenset)(data[key])
    try:
        return LetterConventions(locale=locale, **data)
    except (TypeError, ValueError) as exc:
        raise CatalogError(f"{locale}/conventions.toml: {exc}", locale=locale) from None
