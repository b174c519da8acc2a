"""A small stand-in situation for the rules' own examples (read by duck typing)."""

from __future__ import annotations

from types import SimpleNamespace

__all__ = ["SAMPLE_SITUATION"]


def _contact(name: str, role: str) -> SimpleNamespace:
    return SimpleNamespace(name=name, role=role)


SAMPLE_SITUATION = SimpleNamespace(
    candidate=SimpleNamespace(name="Maya Chen"),
    company=SimpleNamespace(name="Northwind Analytics"),
    position=SimpleNamespace(title="Senior Data Analyst"),
    contacts=(
        _contact("Priya Raman", "hiring_manager"),
        _contact("Sam Ortiz", "recruiter"),
        _contact("Lena Park", "interviewer"),
    ),
    rejection=SimpleNamespace(feedback=None),
)
