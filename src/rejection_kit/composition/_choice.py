"""Seeded, process-independent ordering of variants.

Built on BLAKE2 rather than ``hash()``, whose value for strings changes with
``PYTHONHASHSEED``: the same seed gives the same order in every process.
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Iterable
from hashlib import blake2b


def seeded_order(variants: Iterable[str], *, seed: int, key: str) -> list[str]:
    """The variants in an order that depends only on ``seed``, ``key`` and the ids.

    >>> seeded_order(["a.1", "a.2", "a.3"], seed=1, key="x") == seeded_order(
    ...     ["a.3", "a.1", "a.2"], seed=1, key="x")
    True
    """
    return list(_ordered(tuple(variants), seed, key))


@functools.lru_cache(maxsize=4096)
def _ordered(variants: tuple[str, ...], seed: int, key: str) -> tuple[str, ...]:
    # One hash per call salts a cheap checksum of each id; ties (vanishingly rare) fall
    # back to the id itself, so the order never depends on the order of the input. Kept:
    # every message of a batch orders the same blocks' phrasings for the same people.
    salt = int.from_bytes(blake2b(f"{seed}\x1f{key}".encode(), digest_size=4).digest(), "big")
    return tuple(sorted(variants, key=lambda v: (zlib.crc32(v.encode(), salt), v)))
