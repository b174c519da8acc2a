"""Grammar at the seams: where a value the user typed meets a translated sentence.

A translation cannot know the name it will hold: French writes "d'Airbus" but "de
Google", Brazilian Portuguese "no Nubank" but "na Petrobras". Translators therefore write
a *grammar token* in front of a value, and this pass resolves it once the sentence is
rendered, with the rules of the locale's ``grammar.toml``:

* **elision** (``fr``, ``it``): ``{de} %(role)s`` becomes "d'" before a vowel or a mute
  h, "de " otherwise;
* **contraction with the company's article** (``pt_BR``, ``it``, ``es``):
  ``{em} %(company)s`` becomes "no " or "na " by the company's grammatical gender
  (``Company.genders``, else the locale's default), or the locale's article-free form
  when the gender is unknown and the locale asks for one.

* **an article before some names** (``en``): "at University of Freiburg" becomes "at
  the University of Freiburg" for a company whose name begins as ``article_names`` lists
  ("University of", "Bank of"); no token is needed, the name itself says so.

* **case** (``de``): a typed phrase is declined where its frame holds it, a clause after
  a preposition takes the pronominal adverb, and a company whose name takes an article
  gets it ("für den herzlichen Empfang", "darüber, wie …", "bei der University of
  Freiburg"); see :mod:`rejection_kit.language._case`. The tokens ``{nom}``, ``{akk}``
  and ``{dat}`` name the case of a value that no preposition governs.

Tokens are ``{name}`` with a name the locale defines; a test refuses any other in the
catalogs. English and Dutch define none.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from rejection_kit._toml import read_toml
from rejection_kit.language._case import CASE_TOKENS, CaseRules, resolve_cases
from rejection_kit.language._data import package_file

__all__ = ["Grammar", "grammar"]

_TOKEN = re.compile(r"\{([a-z_]+)\} ?")
_HIDDEN = "\x00"


@attrs.frozen
class Grammar:
    """The seam rules of one locale."""

    locale: str
    elision: Mapping[str, str] = attrs.field(factory=dict)
    vowels: str = ""
    #: Numbers said with a vowel first, as they stand before a word: Italian "dell'8
    #: novembre", "dell'11 maggio", but "del 18 maggio".
    vowel_numbers: frozenset[str] = frozenset()
    contractions: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    default_gender: str | None = None
    feminine_endings: tuple[str, ...] = ()
    #: (the start of a name, casefolded; the article it takes), longest first: "at the
    #: University of …", "en la Universidad …", "presso l'Università …".
    articles: tuple[tuple[str, str], ...] = ()
    #: A preposition that merges with the article: Italian "di" + "la" → "della",
    #: French "chez" + "l'" → "à l'".
    article_contractions: Mapping[str, Mapping[str, str]] = attrs.field(factory=dict)
    #: (the start of a name, casefolded; its gender), longest first: Portuguese "na
    #: Universidade …", "no Instituto …" without a gender given for the company.
    name_genders: tuple[tuple[str, str], ...] = ()
    #: The last word of a name, casefolded, and the gender it gives the name: a firm
    #: named "… Games" or "… Labs" is "a empresa" in Portuguese ("na Fathom Games"),
    #: one named "… Bank" is "o banco" ("no Lumen Bank").
    end_genders: Mapping[str, str] = attrs.field(factory=dict)
    _article_forms: dict[str, tuple[re.Pattern[str], int]] = attrs.field(
        factory=dict, init=False, eq=False, repr=False
    )
    case: CaseRules | None = None
    #: A typed phrase that opens with a clause word, as it reads after another word:
    #: French says "sur la façon dont vous …", never "sur comment vous …". The first of
    #: the nouns whose words the sentence does not hold already is used.
    clause_nouns: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: A typed act that opens with an infinitive ("m'avoir trouvé une salle", "ter
    #: conseguido uma sala") takes another word before it than a noun does: French
    #: "merci de m'avoir …", not "pour"; Portuguese "agradeço por ter …".
    infinitive: re.Pattern[str] | None = None
    infinitive_replace: Mapping[str, str] = attrs.field(factory=dict)
    infinitive_insert: str = ""
    infinitive_after: re.Pattern[str] | None = None

    @property
    def tokens(self) -> frozenset[str]:
        """The token names a translation may use."""
        cases = frozenset(CASE_TOKENS) if self.case else frozenset()
        return frozenset(self.elision) | frozenset(self.contractions) | cases

    def _vowel_number(self, text: str) -> bool:
        if not (self.vowel_numbers and text[:1].isdigit()):
            return False
        number = re.match(r"\d+[°º]?", text)  # "1°" is "primo": "del 1° ottobre"
        return number is not None and number.group() in self.vowel_numbers

    def gender(self, company: str, genders: Mapping[str, str]) -> str | None:
        """The company's grammatical gender here: given, guessed by ending, or default."""
        language = self.locale.split("_")[0]
        given = genders.get(self.locale) or genders.get(language)
        if given:
            return given
        folded = company.casefold()
        for start, gender in self.name_genders:
            if folded.startswith(start):
                return gender
        words = folded.split()
        if len(words) > 1 and (ending := self.end_genders.get(words[-1].strip(".,"))):
            return ending
        if self.feminine_endings and company.lower().endswith(self.feminine_endings):
            return "f"
        return self.default_gender

    def article_for(self, company: str) -> str | None:
        """The article ``company`` takes in running text, or None."""
        folded = company.casefold()
        for start, article in self.articles:
            if folded.startswith(start):
                return article
        return None

    def _clause_nouns(self, text: str, phrases: Sequence[str]) -> str:
        """ "sur comment vous …" → "sur la façon dont vous …", where a word comes before."""
        for value in phrases:
            first, _, rest = value.partition(" ")
            nouns = self.clause_nouns.get(first.casefold())
            if not nouns or not rest or value not in text:
                continue
            said = set(re.findall(r"\w+", text.replace(value, " ").casefold()))
            fresh = [n for n in nouns if not said & set(re.findall(r"\w{4,}", n))]
            noun = (fresh or nouns)[0]
            # Backslashes escaped: what the user typed may hold "\1" or "\g<0>".
            put = f"{noun} {rest}".replace("\\", "\\\\")
            text = re.sub(r"(?<=\w )" + re.escape(value), put, text)
        return text

    def _before_infinitives(self, text: str, phrases: Sequence[str]) -> str:
        """An infinitive act after its frame: "Merci pour m'avoir …" → "Merci de m'avoir
        …"; "Agradeço ter …" → "Agradeço por ter …"."""
        assert self.infinitive is not None
        for value in phrases:
            if not value or not self.infinitive.match(value) or value not in text:
                continue
            out, start = [], 0
            while (at := text.find(value, start)) >= 0:
                before = text[start:at]
                # The word before the name, or a token such as "{de}" not yet resolved.
                word = re.search(r"\{?(\w+)\}? $", before)
                if word and (new := self.infinitive_replace.get(word.group(1).casefold())):
                    if new.endswith("e") and value[:1].casefold() in self.vowels:
                        new = new[:-1] + "'"  # "de" + "avoir" → "d'avoir"
                        before = before[: word.start()] + new
                    else:
                        before = before[: word.start()] + new + " "
                elif (
                    self.infinitive_insert
                    and self.infinitive_after is not None
                    and self.infinitive_after.search(text[:at])
                ):
                    before += self.infinitive_insert + " "
                out += [before, value]
                start = at + len(value)
            text = "".join(out) + text[start:]
        return text

    def _said(self, article: str) -> tuple[re.Pattern[str], int]:
        """The article as written, or merged into a preposition ("du", "della"), at the end
        of a text: a text rendered twice (a phrase inside its frame) already has it. With
        the length of its longest form, to look only that far back."""
        found = self._article_forms.get(article)
        if found is None:
            forms = [article] + [
                merged[article]
                for merged in self.article_contractions.values()
                if article in merged
            ]
            written = [f if f.endswith("'") else f"{f} " for f in forms]
            pattern = r"(?<!\w)(?:" + "|".join(map(re.escape, written)) + r")\Z"
            found = self._article_forms[article] = (
                re.compile(pattern, re.IGNORECASE),
                max(map(len, written)),
            )
        return found

    def _with_article(self, text: str, company: str, article: str) -> str:
        out, start = [], 0
        said, longest = self._said(article)
        while (at := text.find(company, start)) >= 0:
            before = text[start:at]
            if not said.search(text, max(0, at - longest), at):
                # The word before the name, or a token such as "{de}" not yet resolved.
                word = re.search(r"\{?(\w+)\}? $", before)
                merged = (
                    self.article_contractions.get(word.group(1).casefold(), {})
                    if word is not None
                    else {}
                )
                if word is not None and article in merged:
                    form = merged[article]
                    if word.group(1)[:1].isupper():
                        form = form[:1].upper() + form[1:]
                    before = before[: word.start()] + form
                else:
                    preceding = text[:at].rstrip()
                    opening = not preceding or preceding[-1:] in ".!?:"
                    before += article.capitalize() if opening else article
                before += "" if before.endswith("'") else " "
            out.append(before)
            out.append(company)
            start = at + len(company)
        out.append(text[start:])
        return "".join(out)

    def apply(
        self,
        text: str,
        *,
        company: str = "",
        gender: str | None = None,
        phrases: Sequence[str] = (),
    ) -> str:
        """Resolve every token of ``text``; ``phrases`` are the typed values it may hold.

        A brace inside a typed value is the user's, not a token: it is hidden while the
        tokens are resolved (as a NUL, which no value may contain).
        """
        typed = [v for v in (*phrases, company) if v and "{" in v]
        if typed and "{" in text:
            for value in sorted(typed, key=len, reverse=True):
                text = text.replace(value, value.replace("{", _HIDDEN))
            phrases = [p.replace("{", _HIDDEN) for p in phrases]
            company = company.replace("{", _HIDDEN)
            return self._resolve(text, company, gender, phrases).replace(_HIDDEN, "{")
        return self._resolve(text, company, gender, phrases)

    def _resolve(self, text: str, company: str, gender: str | None, phrases: Sequence[str]) -> str:
        for value in (company, *phrases):
            if value.endswith(".") and value + "." in text:
                text = text.replace(value + ".", value)  # "… e.V." ends the sentence
        article = self.article_for(company) if company and company in text else None
        if article:
            text = self._with_article(text, company, article)
        if self.case is not None:
            text = resolve_cases(text, self.case, phrases=phrases, company=company, gender=gender)
        if self.clause_nouns:
            text = self._clause_nouns(text, phrases)
        if self.infinitive is not None:
            text = self._before_infinitives(text, phrases)
        if "{" not in text:
            return text

        def resolve(m: re.Match[str]) -> str:
            name = m.group(1)
            if self.case is not None and name in CASE_TOKENS:
                return ""  # its value was not typed here: nothing to decline
            after = text[m.end() :]
            if name in self.elision:
                if after[:1].lower() in self.vowels or self._vowel_number(after):
                    return self.elision[name]
                return name + " "
            forms = self.contractions.get(name)
            if forms is None:
                return m.group()  # not a token of this locale: leave the text alone
            key = gender if company and after.startswith(company) and gender else None
            return forms.get(key or "none", name) + " "

        return _TOKEN.sub(resolve, text)


@functools.cache
def grammar(locale: str) -> Grammar:
    """The seam rules of a shipped locale (none for a locale without ``grammar.toml``)."""
    source = package_file("locales", locale, "grammar.toml")
    if not source.is_file():
        return Grammar(locale=locale)
    data = read_toml(package_file("locales", locale), "grammar.toml")
    return Grammar(
        locale=locale,
        elision=dict(data.get("elision", {})),
        vowels=data.get("vowels", ""),
        vowel_numbers=frozenset(data.get("vowel_numbers", ())),
        contractions={k: dict(v) for k, v in data.get("contractions", {}).items()},
        default_gender=data.get("default_gender"),
        feminine_endings=tuple(data.get("feminine_endings", ())),
        articles=_longest_first(
            {
                **dict.fromkeys(data.get("article_names", ()), data.get("article", "")),
                **data.get("articles", {}),
            }
        ),
        article_contractions={k: dict(v) for k, v in data.get("article_contractions", {}).items()},
        name_genders=_longest_first(data.get("name_genders", {})),
        end_genders={k.casefold(): v for k, v in data.get("end_genders", {}).items()},
        case=CaseRules.from_data(data["case"]) if "case" in data else None,
        clause_nouns={k: tuple(v) for k, v in data.get("clause_nouns", {}).items()},
        **_infinitive(data.get("infinitive")),
    )


def _longest_first(table: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """A table of name starts, casefolded, the longest first (so that "Real Academia"
    decides before "Academia")."""
    rows = {start.casefold(): value for start, value in table.items() if value}
    return tuple(sorted(rows.items(), key=lambda row: -len(row[0])))


def _infinitive(table: Mapping[str, Any] | None) -> dict[str, Any]:
    if not table:
        return {}
    after = table.get("after")
    return {
        "infinitive": re.compile(table["pattern"], re.IGNORECASE),
        "infinitive_replace": dict(table.get("replace", {})),
        "infinitive_insert": table.get("insert", ""),
        "infinitive_after": re.compile(f"(?:{after}) $", re.IGNORECASE) if after else None,
    }
