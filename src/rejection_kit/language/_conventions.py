"""Letter conventions per locale, as data: how a salutation is chosen and laid out.

The wording of salutations and closings lives in ``templates/letter.j2`` and is
translated like every other sentence; this module holds what is not wording: the
default register, whether the body continues in lower case after the salutation
(German), and how a family name is found in a full name.
"""

from __future__ import annotations

import attrs

from rejection_kit._errors import CatalogError


@attrs.frozen(kw_only=True)
class LetterConventions:
    """What a business letter in one locale does besides its words.

    ``common_words`` are longer words that may recur within one message without
    sounding repetitive; the composer avoids echoing any other word of six letters or more.
    """

    locale: str
    default_address: str = "formal"
    lowercase_after_salutation: bool = False
    common_words: frozenset[str] = frozenset()


_CONVENTIONS = {
    "en": LetterConventions(
        locale="en",
        common_words=frozenset(
            [
                "about",
                "again",
                "always",
                "another",
                "around",
                "before",
                "because",
                "during",
                "should",
                "really",
                "things",
                "though",
                "through",
                "whether",
                "which",
                "while",
                "would",
            ]
        ),
    ),
}


def conventions(locale: str) -> LetterConventions:
    """The conventions for a resolved locale."""
    try:
        return _CONVENTIONS[locale]
    except KeyError:
        raise CatalogError(f"no letter conventions for {locale!r}", locale=locale) from None
