"""The situation model: who was turned down, by whom, after what."""

from rejection_kit.model._names import split_name
from rejection_kit.model._situation import (
    ADDRESSES,
    GENDERS,
    HONORIFICS,
    INTERVIEW_KINDS,
    OFFER_KINDS,
    ROLES,
    STAGES,
    VIAS,
    Candidate,
    Company,
    Contact,
    Interview,
    Offer,
    Position,
    Rejection,
    Situation,
)

__all__ = [
    "ADDRESSES",
    "GENDERS",
    "HONORIFICS",
    "INTERVIEW_KINDS",
    "OFFER_KINDS",
    "ROLES",
    "STAGES",
    "VIAS",
    "Candidate",
    "Company",
    "Contact",
    "Interview",
    "Offer",
    "Position",
    "Rejection",
    "Situation",
    "split_name",
]
