"""Case at the seam: a phrase the user typed, declined where a frame holds it.

A user types a phrase as it reads on its own, in the nominative: "der herzliche Empfang",
"Ihr ermutigender Anruf nach der zweiten Runde", "ein kurzer Vortrag über Metric Trees".
A German frame holds it after a preposition or as an object, and "Danke für …" needs
"den herzlichen Empfang", "finden Sie hier …" needs "einen kurzen Vortrag". A phrase that
is a clause ("wie sich das Team das Vertrauen erarbeitet") cannot follow a preposition at
all: "über wie …" becomes "darüber, wie …,". A company whose name takes an article
("University of Freiburg", "Hanseatische Kühllogistik GmbH") gets it in the case of its
preposition: "bei der University of Freiburg", "zur Hanseatischen Kühllogistik GmbH".

Only the front of a phrase changes (its determiner and the adjectives before its noun);
what follows the noun ("nach der zweiten Runde") stays as typed. A phrase whose case
cannot be told safely (no article, or a noun of unknown gender after "Ihr") is left as
typed. The rules are the locale's data (``grammar.toml``, table ``[case]``); a locale
without it is not touched.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import attrs

__all__ = ["CaseRules", "decline", "resolve_cases"]

#: A case token a translator writes right before a value to name its case when no
#: preposition does: "Auch {akk} %(act)s habe ich nicht vergessen".
CASE_TOKENS = {"nom": "nom", "akk": "acc", "dat": "dat"}

_ENDINGS = ("en", "em", "er", "es", "e", "")
_ARTICLE = {
    "nom": {"m": "der", "f": "die", "n": "das", "pl": "die"},
    "acc": {"m": "den", "f": "die", "n": "das", "pl": "die"},
    "dat": {"m": "dem", "f": "der", "n": "dem", "pl": "den"},
}
_POSSESSIVE = {  # ending of an ein-word (ein, mein, Ihr …) by case and gender
    "nom": {"m": "", "f": "e", "n": "", "pl": "e"},
    "acc": {"m": "en", "f": "e", "n": "", "pl": "e"},
    "dat": {"m": "em", "f": "er", "n": "em", "pl": "en"},
}
# The word (and case token) right before a value. Bounded, and only ever matched against
# the last few characters before the value: a preposition is short.
_BEFORE = re.compile(r"(?:^|(?<=[\s(„\"'–—]))([^\W\d_]{1,12}) (?:\{([a-z]{1,8})\} )?$")
_TOKEN_BEFORE = re.compile(r"\{([a-z]{1,8})\} $")
_TAIL = 32


@attrs.frozen
class CaseRules:
    """The case rules of one locale (see ``locales/de/grammar.toml``)."""

    prepositions: Mapping[str, str]
    clause_forms: Mapping[str, str]
    clause_words: frozenset[str]
    fused: Mapping[str, str]
    stems: tuple[str, ...]
    masculine: tuple[str, ...]
    neuter: tuple[str, ...]
    feminine: tuple[str, ...]
    adjective_names: tuple[str, ...]
    legal_forms: Mapping[str, str]
    #: Institution nouns and their gender, longest first ("landesbank" before "bank").
    institutions: tuple[tuple[str, str], ...]
    default: str = "acc"
    #: Genders already told, by company name: a batch asks for one name on every render.
    _genders: dict[str, str | None] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> CaseRules:
        """Build the rules from a ``[case]`` table."""

        lists = data.get("lists", {})
        assert isinstance(lists, dict)

        def strings(key: str) -> tuple[str, ...]:
            value = lists.get(key, ())
            assert isinstance(value, list | tuple)
            return tuple(str(v).casefold() for v in value)

        def table(key: str) -> dict[str, str]:
            value = data.get(key, {})
            assert isinstance(value, dict)
            return {str(k).casefold(): str(v) for k, v in value.items()}

        return cls(
            prepositions=table("prepositions"),
            clause_forms=table("clause_forms"),
            clause_words=frozenset(strings("clause_words")),
            fused=table("fused"),
            stems=tuple(sorted(strings("possessive_stems"), key=len, reverse=True)),
            masculine=strings("masculine_endings"),
            neuter=strings("neuter_endings"),
            feminine=strings("feminine_endings"),
            adjective_names=strings("adjective_names"),
            legal_forms=table("legal_forms"),
            institutions=tuple(
                sorted(table("institutions").items(), key=lambda item: -len(item[0]))
            ),
            default=str(data.get("default", "acc")),
        )

    def lowercase_noun(self, phrase: str) -> str | None:
        """The noun after an article typed in lower case ("ihre buchempfehlung"), if any.

        >>> from rejection_kit.language._grammar import grammar
        >>> grammar("de").case.lowercase_noun("ein podcast zu nachhaltiger Logistik")
        'podcast'
        >>> grammar("de").case.lowercase_noun("die dbt-Migration") is None
        True
        """
        words = phrase.split()
        if len(words) < 2 or not self._determiner(words[0]):
            return None
        rest = 1
        while rest < len(words) - 1 and _is_adjective(words[rest], self):
            rest += 1
        noun = words[rest].strip(".,;:!?")
        return noun if noun.isalpha() and noun.islower() and len(noun) > 2 else None

    def _determiner(self, word: str) -> bool:
        folded = word.casefold()
        if folded in ("der", "die", "das", "den", "dem", "des"):
            return True
        stem = next((s for s in self.stems if folded.startswith(s)), None)
        return stem is not None and folded[len(stem) :] in _ENDINGS

    def noun_gender(self, noun: str) -> str | None:
        """The gender of a noun by its last part's ending, or ``None`` when unknown."""
        last = noun.rsplit("-", 1)[-1].casefold().strip(".,;:!?")
        best: tuple[int, str] | None = None
        for gender, endings in (("m", self.masculine), ("n", self.neuter), ("f", self.feminine)):
            for ending in endings:
                if last.endswith(ending) and (best is None or len(ending) > best[0]):
                    best = (len(ending), gender)
        return best[1] if best else None

    def company_gender(self, name: str) -> str | None:
        """The gender of a company name that takes an article ("die GmbH"), or ``None``.

        A legal form at the end decides; then the institution noun at the head of the
        name (after its adjectives), else at its end; "e.V." is the fallback it names.
        """
        if name in self._genders:
            return self._genders[name]
        if len(self._genders) >= 1024:
            self._genders.clear()
        self._genders[name] = gender = self._company_gender(name)
        return gender

    def _company_gender(self, name: str) -> str | None:
        words = name.casefold().split()
        if not words:
            return None
        legal = self.legal_forms.get(words[-1])
        if legal is not None and legal != "m":
            return legal
        head = self._head(name)
        for word in (words[head], words[-1]):
            part = word.rsplit("-", 1)[-1]
            for ending, gender in self.institutions:
                # "=tu": the whole word only (not the end of "Kakadu"); others as the
                # end of a compound too ("Landratsamt", "Sparkasse").
                whole = ending.startswith("=")
                if (part == ending[1:]) if whole else part.endswith(ending):
                    return gender
        return legal

    def _head(self, name: str) -> int:
        """The index of the first word of ``name`` after its leading adjectives."""
        words = name.split()
        head = 0
        while head < len(words) - 1 and _is_adjective(words[head], self, names=True):
            head += 1
        return head


def _like(word: str, template: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


def _adjective(word: str, to_en: bool) -> str:
    """A nominative adjective ("herzliche", "ermutigender") with the ending ``-en``."""
    if not to_en or word.endswith("en"):
        return word
    for ending in ("er", "es", "e"):
        if word.endswith(ending):
            return word[: -len(ending)] + "en"
    return word


def _is_adjective(word: str, rules: CaseRules, *, names: bool = False) -> bool:
    folded = word.casefold()
    if not word.isalpha():
        return False
    if names:
        # "Deutsche Bank", and the strong forms "Deutsches Zentrum", "Bayerischer Rundfunk".
        strong = folded[-1:] in ("s", "r") and folded[:-1].endswith(rules.adjective_names)
        return word[:1].isupper() and (folded.endswith(rules.adjective_names) or strong)
    return word[:1].islower() and folded.endswith(("e", "er", "es", "en"))


def decline(phrase: str, case: str, rules: CaseRules) -> str | None:
    """``phrase`` (typed in the nominative) in ``case``, or ``None`` when it cannot be told.

    >>> from rejection_kit.language._grammar import grammar
    >>> rules = grammar("de").case
    >>> decline("der herzliche Empfang", "acc", rules)
    'den herzlichen Empfang'
    >>> decline("Ihr ermutigender Anruf nach der zweiten Runde", "acc", rules)
    'Ihren ermutigenden Anruf nach der zweiten Runde'
    >>> decline("das STRIDE-Arbeitsblatt", "acc", rules)
    'das STRIDE-Arbeitsblatt'
    """
    words = phrase.split(" ")
    first = words[0].casefold()
    gender: str | None
    rest = 1
    while rest < len(words) and _is_adjective(words[rest], rules):
        rest += 1
    adjectives, noun = words[1:rest], words[rest] if rest < len(words) else ""
    if first in ("den", "dem", "des"):
        return phrase  # already inflected
    if first in ("der", "die", "das"):
        gender = {"der": "m", "das": "n"}.get(first)
        if first == "die":
            # Feminine and plural read alike except in the dative.
            gender = "f" if case != "dat" else ("f" if rules.noun_gender(noun) == "f" else None)
        if gender is None:
            return None
        article = _like(_ARTICLE[case][gender], words[0])
        endings_en = case == "dat" or (case == "acc" and gender == "m")
        declined = [article, *(_adjective(a, endings_en) for a in adjectives)]
        return " ".join([*declined, *words[rest:]])
    stem = next((s for s in rules.stems if first.startswith(s)), None)
    if stem is None:
        return None  # no article: its case does not show in the front
    ending = first[len(stem) :]
    if ending not in ("", "e"):
        return phrase if ending in _ENDINGS else None  # already inflected, or not a determiner
    if ending == "e":
        gender = "f" if case != "dat" else ("f" if rules.noun_gender(noun) == "f" else None)
    elif adjectives:
        gender = {"er": "m", "es": "n"}.get(adjectives[0].casefold()[-2:])
    else:
        gender = rules.noun_gender(noun)
        gender = gender if gender in ("m", "n") else None
    if gender is None:
        return None
    suffix = _POSSESSIVE[case][gender]
    # "euer" drops its e before an ending: "euren", "eurem".
    base = words[0][: len(stem) - 2] + "r" if stem == "euer" and suffix else words[0][: len(stem)]
    determiner = base + suffix
    endings_en = case == "dat" or (case == "acc" and gender == "m")
    declined = [determiner, *(_adjective(a, endings_en) for a in adjectives)]
    return " ".join([*declined, *words[rest:]])


def _name_adjective(word: str, to_en: bool) -> str:
    """An adjective of a name after its article: "-en", else the weak "-e"."""
    for ending in ("es", "er", "e"):
        if word.endswith(ending):
            return word[: -len(ending)] + ("en" if to_en else "e")
    return word


def _company(name: str, gender: str, case: str, rules: CaseRules) -> str:
    """A company name with its article: "der Hanseatischen Kühllogistik GmbH"."""
    words = name.split(" ")
    to_en = case == "dat" or (case == "acc" and gender == "m")
    rest = rules._head(name)
    front = [_name_adjective(w, to_en) for w in words[:rest]]
    tail = words[rest:]
    if gender == "pl" and case == "dat" and tail and not tail[0].endswith(("n", "s")):
        tail = [tail[0] + "n", *tail[1:]]  # "den Stadtwerken Münster"
    return " ".join([_ARTICLE[case][gender], *front, *tail])


def resolve_cases(
    text: str,
    rules: CaseRules,
    *,
    phrases: Sequence[str] = (),
    company: str = "",
    gender: str | None = None,
) -> str:
    """Decline every typed value of ``text`` where its frame holds it (see module)."""
    values: list[tuple[str, bool]] = [(p, False) for p in phrases if p]
    company_gender = (gender or rules.company_gender(company)) if company else None
    if company and company_gender:
        values.append((company, True))
    if not values:
        return text
    values.sort(key=lambda v: len(v[0]), reverse=True)
    spans: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # characters a longer value already claimed
    for value, is_company in values:
        start = 0
        while (at := text.find(value, start)) >= 0:
            end = at + len(value)
            start = end
            if any(taken[at:end]):
                continue
            found = _seam(text, at, end, value, is_company, company_gender, rules)
            if found is not None:
                spans.append(found)
                taken[found[0] : found[1]] = b"\x01" * (found[1] - found[0])
    for begin, end, replacement in sorted(spans, reverse=True):
        text = text[:begin] + replacement + text[end:]
    return text


def _seam(
    text: str,
    at: int,
    end: int,
    value: str,
    is_company: bool,
    company_gender: str | None,
    rules: CaseRules,
) -> tuple[int, int, str] | None:
    """The span from the governing word to the end of ``value``, and what replaces it."""
    offset = max(at - _TAIL, 0)
    before = text[offset:at]
    token_match = _TOKEN_BEFORE.search(before)
    token = CASE_TOKENS.get(token_match.group(1)) if token_match else None
    word_match = _BEFORE.search(before)
    if word_match and offset and word_match.start(1) == 0:
        word_match = None  # a longer word, cut by the window: not a preposition
    preposition = None
    begin = at - len(token_match.group()) if token_match and token else at
    if (
        word_match
        and word_match.group(1).casefold() in rules.prepositions
        and (word_match.group(2) is None or word_match.group(2) in CASE_TOKENS)
    ):
        preposition = word_match.group(1)
        begin = offset + word_match.start(1)
    case = token or (rules.prepositions[preposition.casefold()] if preposition else None)
    words = value.split(" ")
    if not is_company and words[0].casefold() in rules.clause_words:
        form = rules.clause_forms.get(preposition.casefold()) if preposition else None
        if form is None:
            return None
        return begin, end, f"{_like(form, preposition or '')}, {value}{_closing(text, end)}"
    # A phrase that ends in a clause of its own ("Ihr Angebot, mich … zu vernetzen") is
    # closed by a comma where the sentence goes on.
    closing = _closing(text, end) if ", " in value else ""
    if is_company:
        if case is None or company_gender is None:
            return None
        declined: str | None = _company(value, company_gender, case, rules)
    else:
        declined = decline(value, case or rules.default, rules)
    if declined is None:
        declined = value
    declined += closing
    if preposition:
        head, _, body = declined.partition(" ")
        fused = rules.fused.get(f"{preposition.casefold()} {head.casefold()}")
        joined = f"{_like(fused, preposition)} {body}" if fused else f"{preposition} {declined}"
        return begin, end, joined
    return begin, end, declined


def _closing(text: str, end: int) -> str:
    """A comma closing a clause that ends at ``end``, unless punctuation or a dash does."""
    following = text[end:].lstrip(" ")[:1]
    return "," if following and following not in ".,;:!?()–—\n" else ""
