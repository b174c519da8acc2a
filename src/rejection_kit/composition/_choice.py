"""Seeded, process-independent ordering of variants.

Built on BLAKE2 rather than ``hash()``, whose value for strings changes with
``PYTHONHASHSEED``: the same seed gives the same order in every process.
"""

from __future__ import annotations

from collections.abc import Iterable
from hashlib import blake2b


def _rank(seed: int, key: str, variant: str) -> bytes:
    return blake2b(f"{seed}\x1f{key}\x1f{variant}".encode(), digest_size=8).digest()


def seeded_order(variants: Iterable[str], *, seed: int, key: str) -> list[str]:
    """The variants in an order that depends only on ``seed``, ``key`` and the ids.

    >>> seeded_order(["a.1", "a.2", "a.3"], seed=1, key="x") == seeded_order(
    ...     ["a.3", "a.1", "a.2"], seed=1, key="x")
    True
    """
    return sorted(variants, key=lambda v: _rank(seed, key, v))
