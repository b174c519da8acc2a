"""Shared fixtures: the sample situation as data and as a model."""

from __future__ import annotations

import copy
import json
from importlib import resources
from typing import Any

import pytest

import rejection_kit as rk

_SAMPLE = json.loads(
    (resources.files("rejection_kit") / "samples" / "finalist.json").read_text("utf-8")
)
MINIMAL: dict[str, Any] = {
    "candidate": {"name": "Maya Chen"},
    "company": {"name": "Northwind Analytics"},
    "position": {"title": "Data Analyst"},
}


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Run tests marked ``all_locales`` once per shipped locale, as the ``locale`` argument."""
    if metafunc.definition.get_closest_marker("all_locales"):
        metafunc.parametrize("locale", rk.supported_locales())


@pytest.fixture
def sample_data() -> dict[str, Any]:
    """A fresh copy of the built-in finalist situation as plain data."""
    return copy.deepcopy(_SAMPLE)


@pytest.fixture
def sample(sample_data: dict[str, Any]) -> rk.Situation:
    """The built-in finalist situation."""
    return rk.Situation.from_dict(sample_data)


@pytest.fixture
def minimal_data() -> dict[str, Any]:
    """The smallest valid situation."""
    return copy.deepcopy(MINIMAL)
