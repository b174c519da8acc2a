"""Which language a field the user typed is written in, when it is not the message's.

A topic typed in English ("the migration of our payments platform") in a German letter
makes a mixed-language message that no native would send. The composer asks
:func:`foreign` about every free-text value a message quotes and warns when one is
clearly in another language.

The identifier is py3langid (a naive Bayes model over byte n-grams, restricted to the
languages the library ships). It is imported the first time a field is long enough to
judge, so ``import rejection_kit`` stays light; :func:`warm_up` loads it ahead of time.
Short values are not judged at all: two words ("data pipelines", "Kubernetes") are as
often loanwords in any language as they are English, and a false alarm on a correct
letter teaches users to ignore warnings.

Most values are in the message's own language, and say so in their small words ("moving
the dashboards to dbt"): a value with a word that only that language has
(``locales/function_words.toml``) and none that it lacks is in it, without the model.
The shortcut only ever answers "not foreign", so it never raises a warning the model
would not; on the blind corpus it changes no answer and spares most letters the 0.6 s
the model takes to load.
"""

from __future__ import annotations

import functools
import re
import threading
from typing import Any

#: The languages the identifier chooses among: those of the shipped locales.
LANGUAGES: tuple[str, ...] = ("en", "de", "es", "fr", "it", "nl", "pt")


def shipped_locale(language: str) -> str:
    """The shipped locale that writes ``language``: "pt" is Brazilian Portuguese."""
    return "pt_BR" if language == "pt" else language


#: A value is judged from this many words (runs of letters) ...
MIN_WORDS = 3
#: ... and this many letters on.
MIN_LETTERS = 16
#: The probability the other language must reach, and the most the message's may keep.
SURE = 0.7
DOUBT = 0.05
#: Only the beginning of a long value is read: enough to tell, and bounded in time.
MAX_CHARS = 400

_lock = threading.Lock()
_identifier: Any = None


def _model() -> Any:
    global _identifier
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                ident.set_languages(list(LANGUAGES))
                _identifier = ident
    return _identifier


@functools.cache
def _function_words() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Per language: the words only it has, and the small words it lacks that others have."""
    from rejection_kit._toml import read_toml
    from rejection_kit.language._data import package_file

    data = read_toml(package_file("locales"), "function_words.toml")
    shared = data.pop("shared")
    marks = {lang: frozenset(words) for lang, words in data.items()}
    known = {lang: marks[lang] | frozenset(shared[lang]) for lang in marks}
    lacks = {
        lang: frozenset().union(*(known[o] for o in known if o != lang)) - known[lang]
        for lang in known
    }
    return marks, lacks


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _plainly_in(text: str, language: str) -> bool:
    """Whether small words say ``text`` is in ``language``: one only it has, and at least
    one word in seven, with none it lacks ("your approach to la gestion des équipes" has
    "la", "des", "à", which English lacks)."""
    marks, lacks = _function_words()
    words = [w.casefold() for w in _WORD.findall(text[:MAX_CHARS])]
    own = sum(w in marks[language] for w in words)
    return own >= 1 and 7 * own >= len(words) and not any(w in lacks[language] for w in words)


def _marked(text: str, language: str) -> str | None:
    """The language of a value too short for the model, when one of its small words
    belongs to that language alone and none to ``language``: "the warm welcome" in a
    German letter, "el pricing" in a French one. "das Checkout-Redesign" says nothing
    ("das" is German and Dutch), nor does "Kubernetes"."""
    marks, _ = _function_words()
    words = {w.casefold() for w in _WORD.findall(text[:MAX_CHARS])}
    if words & _known_to(language):
        return None
    found = [other for other in marks if other != language and words & marks[other]]
    return found[0] if len(found) == 1 else None


@functools.cache
def _known_to(language: str) -> frozenset[str]:
    """Every small word of ``language`` the data lists, its own and those it shares."""
    marks, lacks = _function_words()
    every = frozenset().union(*marks.values(), *lacks.values())
    return every - lacks[language]


def warm_up() -> None:
    """Load the language identifier now rather than at the first long field."""
    _model()


def _judged(text: str) -> bool:
    words = letters = 0
    in_word = False
    for char in text[:MAX_CHARS]:
        if char.isalpha():
            letters += 1
            if not in_word:
                words += 1
            in_word = True
        else:
            in_word = char in "'’-"
    return words >= MIN_WORDS and letters >= MIN_LETTERS


@functools.lru_cache(maxsize=4096)
def foreign(text: str, language: str) -> str | None:
    """The language ``text`` is clearly written in, when that is not ``language``.

    ``language`` is a locale or language code (``"de"``, ``"pt_BR"``). Returns a
    language code from :data:`LANGUAGES`, or None when the text is in ``language``,
    ambiguous, or ``language`` is not one the identifier knows. A text too short for the
    model is told by its small words alone, when one belongs to one other language only
    ("the warm welcome"); otherwise it is too short to tell.
    """
    base = language.replace("-", "_").split("_")[0].lower()
    if base not in LANGUAGES:
        return None
    if not _judged(text):
        return _marked(text, base)
    if _plainly_in(text, base):
        return None
    ranked = dict(_model().rank(text[:MAX_CHARS]))
    best = max(ranked, key=ranked.__getitem__)
    if best != base and ranked[best] >= SURE and ranked.get(base, 0.0) <= DOUBT:
        return str(best)
    return None


def identify(text: str) -> str | None:
    """The language ``text`` is most likely written in, or None when too short to tell."""
    if not _judged(text):
        return None
    ranked = _model().rank(text[: MAX_CHARS * 4])
    language, probability = ranked[0]
    return str(language) if probability >= 0.5 else None
