"""Files shipped inside the package (catalogs, conventions), found lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def package_file(*parts: str) -> Traversable:
    """A path inside the installed ``rejection_kit`` package (works in wheels and zips)."""
    from importlib import resources  # costs more to import than it is worth up front

    path = resources.files("rejection_kit")
    for part in parts:
        path = path / part
    return path
