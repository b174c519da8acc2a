"""The public API: __all__ is honest and sorted."""

from __future__ import annotations

import importlib
import types

import pytest

import rejection_kit as rk

_PUBLIC_MODULES = [
    "rejection_kit",
    "rejection_kit.blocks",
    "rejection_kit.recipes",
    "rejection_kit.model",
    "rejection_kit.composition",
    "rejection_kit.language",
    "rejection_kit.channels",
    "rejection_kit.render",
    "rejection_kit.tone",
]


def _isort_key(name: str) -> tuple[int, str]:
    """The order ruff's RUF022 keeps: CONSTANTS, then Classes, then functions."""
    return (0 if name.isupper() else 1 if name[:1].isupper() else 2, name)


@pytest.mark.parametrize("name", _PUBLIC_MODULES)
def test_all_is_sorted_and_complete(name: str) -> None:
    """__all__ lists exactly the public names, in ruff's order, and each exists."""
    module = importlib.import_module(name)
    exported = module.__all__
    assert exported == sorted(exported, key=_isort_key)
    for symbol in exported:
        assert hasattr(module, symbol), symbol
    public = {
        n
        for n, v in vars(module).items()
        if not n.startswith("_") and not isinstance(v, types.ModuleType) and n != "annotations"
    }
    # Lazily loaded names are not in vars() until first used, hence <= rather than ==.
    assert public <= set(exported)
    assert {n for n in exported if not n.startswith("_")} <= set(dir(module))


def test_version_comes_from_metadata() -> None:
    """__version__ is the installed distribution's version."""
    from importlib.metadata import version

    assert rk.__version__ == version("rejection_kit")


def test_errors_share_one_root() -> None:
    """Every exported exception derives from RejectionKitError."""
    for name in rk.__all__:
        value = getattr(rk, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, rk.RejectionKitError)


@pytest.mark.parametrize("name", ["tone", "channels", "tools", "types", "model", "followup"])
def test_every_documented_submodule_is_reachable_as_an_attribute(name: str) -> None:
    """``rk.tone.max_words(50)`` works in a fresh interpreter, as the type checker says."""
    import subprocess
    import sys

    code = f"import rejection_kit as rk; m = rk.{name}; print(m.__name__)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == f"rejection_kit.{name}"


def test_tone_factories_work_without_importing_the_submodule() -> None:
    import subprocess
    import sys

    code = "import rejection_kit as rk; print(rk.tone.max_words(50).id)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip()
