"""The built-in recipes (DESIGN.md section 3)."""

from __future__ import annotations

from rejection_kit._errors import UnknownRecipeError
from rejection_kit.composition._blocks import (
    Acknowledgement,
    CheckIn,
    Closing,
    ConnectInvite,
    FeedbackRequest,
    GhostedClosure,
    Gratitude,
    Greeting,
    Highlight,
    KeepDoorOpen,
    PassThanks,
    RadarCheckIn,
    ReferrerUpdate,
    ResourceOffers,
    Signature,
    WellWishes,
)
from rejection_kit.composition._recipe import Recipe
from rejection_kit.model import Contact, Situation

_GREETING = Greeting()


def _decision_makers(contact: Contact, situation: Situation) -> bool:
    return contact.role in ("hiring_manager", "interviewer", "executive", "recruiter", "hr")


def _has_offers(contact: Contact, situation: Situation) -> bool:
    return bool(situation.offers_for(contact.name))


def _not_front_desk(contact: Contact, situation: Situation) -> bool:
    return contact.role != "receptionist"


def _messenger_or_manager(contact: Contact, situation: Situation) -> bool:
    by = situation.rejection.by if situation.rejection else None
    return contact.name == by or (by is None and contact.role in ("hiring_manager", "recruiter"))


def _recruiting(contact: Contact, situation: Situation) -> bool:
    return contact.role in ("recruiter", "hr", "hiring_manager")


thank_you = Recipe(
    name="thank_you",
    blocks=(
        _GREETING,
        Gratitude,
        ReferrerUpdate,
        Acknowledgement,
        Highlight,
        WellWishes,
        Closing,
        Signature,
    ),
    required=frozenset({"gratitude"}),
)
be_a_resource = Recipe(
    name="be_a_resource",
    blocks=(_GREETING, Gratitude, *ResourceOffers, WellWishes, Closing, Signature),
    required=frozenset({"resource_offer"}),
    eligible=_has_offers,
)
keep_door_open = Recipe(
    name="keep_door_open",
    blocks=(_GREETING, Gratitude, Acknowledgement, KeepDoorOpen, WellWishes, Closing, Signature),
    required=frozenset({"keep_door_open"}),
    eligible=_decision_makers,
)
full_response = Recipe(
    name="full_response",
    blocks=(
        _GREETING,
        Gratitude,
        Acknowledgement,
        Highlight,
        PassThanks,
        *ResourceOffers,
        KeepDoorOpen,
        WellWishes,
        Closing,
        Signature,
    ),
    required=frozenset({"gratitude", "keep_door_open"}),
    eligible=_decision_makers,
)
linkedin_connect = Recipe(
    name="linkedin_connect",
    blocks=(_GREETING, ConnectInvite),
    channel="linkedin_note",
    eligible=_not_front_desk,
)
stay_on_radar = Recipe(
    name="stay_on_radar",
    blocks=(_GREETING, RadarCheckIn, KeepDoorOpen, Closing, Signature),
    required=frozenset({"keep_door_open"}),
    eligible=_decision_makers,
)
feedback_request = Recipe(
    name="feedback_request",
    blocks=(
        _GREETING,
        Gratitude,
        Acknowledgement,
        FeedbackRequest,
        WellWishes,
        Closing,
        Signature,
    ),
    required=frozenset({"feedback_request"}),
    eligible=_messenger_or_manager,
)
check_in = Recipe(
    name="check_in",
    blocks=(_GREETING, CheckIn, Closing, Signature),
    required=frozenset({"check_in"}),
    eligible=_decision_makers,
)
ghosted_closure = Recipe(
    name="ghosted_closure",
    blocks=(_GREETING, Gratitude, GhostedClosure, KeepDoorOpen, Closing, Signature),
    eligible=_recruiting,
)

RECIPES: dict[str, Recipe] = {
    r.name: r
    for r in (
        thank_you,
        be_a_resource,
        keep_door_open,
        full_response,
        linkedin_connect,
        stay_on_radar,
        check_in,
        feedback_request,
        ghosted_closure,
    )
}


def get_recipe(recipe: str | Recipe) -> Recipe:
    """Resolve a recipe name (or pass a recipe through).

    Raises:
        UnknownRecipeError: naming the built-in recipes.
    """
    if isinstance(recipe, Recipe):
        return recipe
    if isinstance(recipe, str) and recipe in RECIPES:
        return RECIPES[recipe]
    raise UnknownRecipeError(recipe, choices=sorted(RECIPES), field="recipe")
