"""Finding the given and family name in a person's full name, for salutations."""

from __future__ import annotations

# Lower-case particles that belong to the family name ("Anna van der Berg" → "van der Berg").
_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "la",
        "le",
        "lo",
        "ten",
        "ter",
        "van",
        "von",
        "zu",
    ]
)


def split_name(name: str, family_name: str | None = None) -> tuple[str, str | None]:
    """Return ``(given, family)``; ``family`` is None for a single-word name.

    >>> split_name("Anna van der Berg")
    ('Anna', 'van der Berg')
    >>> split_name("José Núñez García", "Núñez García")
    ('José', 'Núñez García')
    >>> split_name("Joe")
    ('Joe', None)
    """
    words = name.split()
    if family_name:
        given = name.replace(family_name, " ").split()
        return (given[0] if given else name), family_name
    if len(words) < 2:
        return name, None
    for i in range(1, len(words) - 1):
        if words[i] in _PARTICLES:
            return words[0], " ".join(words[i:])
    return words[0], words[-1]
