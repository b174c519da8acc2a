"""The built-in recipes (DESIGN.md section 3)."""

from __future__ import annotations

import attrs

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
    Reapplication,
    ReapplyClose,
    ReapplyNews,
    ReapplyRole,
    ReferrerUpdate,
    ResourceOffers,
    Signature,
    WellWishes,
)
from rejection_kit.composition._recipe import Applies, Recipe
from rejection_kit.model import Contact, Situation

_GREETING = Greeting()


# Who each recipe writes to (an eligibility predicate, as a value so recipes pickle).
_HIRING_SIDE = frozenset(
    {"hiring_manager", "interviewer", "executive", "recruiter", "agency_recruiter", "hr"}
)


@attrs.frozen
class _Roles:
    """A contact qualifies by role (a value, so that recipes pickle)."""

    roles: frozenset[str]

    def __call__(self, contact: Contact, situation: Situation) -> bool:
        return contact.role in self.roles


def _has_offers(contact: Contact, situation: Situation) -> bool:
    return bool(situation.offers_for(contact.name))


def _not_front_desk(contact: Contact, situation: Situation) -> bool:
    return contact.role not in ("receptionist", "colleague")


def _messenger_or_manager(contact: Contact, situation: Situation) -> bool:
    by = situation.rejection.by if situation.rejection else None
    return contact.name == by or (by is None and contact.role in ("hiring_manager", "recruiter"))


# Why a recipe does not fit a situation (None: it does).


def _ghosted(situation: Situation) -> str | None:
    rejection = situation.rejection
    if rejection is not None and rejection.via != "none":
        return (
            f"ghosted_closure is for when you were never told; the news came "
            f"({rejection.via!r}), so thank them for it instead (thank_you or full_response)"
        )
    return None


def _no_feedback_yet(situation: Situation) -> str | None:
    rejection = situation.rejection
    if rejection is not None and rejection.via == "none":
        return (
            "feedback_request asks for feedback on a decision, but none was ever "
            "communicated; close the loop instead (ghosted_closure)"
        )
    if rejection is not None and (rejection.feedback or rejection.feedback_points):
        return (
            "feedback_request asks for feedback, but feedback was already given; thank them "
            "for it instead (thank_you or full_response)"
        )
    return None


def _answers_news(recipe: str) -> Applies:
    """A recipe that answers the news: it does not fit when none was ever given."""

    def check(situation: Situation) -> str | None:
        rejection = situation.rejection
        if rejection is not None and rejection.via == "none":
            return (
                f"{recipe} answers a decision, but none was ever communicated; close the "
                "loop instead (ghosted_closure), which keeps the door open too"
            )
        return None

    return check


_RADAR_NEWS = _answers_news("stay_on_radar")


def _outsider_with_news(situation: Situation) -> str | None:
    return _outsider(situation) or _RADAR_NEWS(situation)


def _invitation(situation: Situation) -> str | None:
    if not situation.contacts:
        return (
            "a LinkedIn invitation goes to a person, and the situation names no contact; "
            "add the people you met"
        )
    return _outsider(situation)


def _outsider(situation: Situation) -> str | None:
    rejection = situation.rejection
    if rejection is not None and rejection.stage == "internal":
        return (
            "you applied from inside the company: your colleagues already know you, so an "
            "outsider's note does not fit; ask your manager about a development path "
            "(keep_door_open) instead"
        )
    return None


def _not_invited(situation: Situation) -> str | None:
    rejection = situation.rejection
    if rejection is None or not rejection.reapply_invited:
        return (
            "reapply goes with a new application you were invited to make, and the "
            "situation has no invitation (set rejection.reapply_invited); to stay in touch "
            "without one, use check_in or stay_on_radar"
        )
    return None


thank_you: Recipe = Recipe(
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
be_a_resource: Recipe = Recipe(
    name="be_a_resource",
    blocks=(_GREETING, Gratitude, *ResourceOffers, WellWishes, Closing, Signature),
    required=frozenset({"resource_offer"}),
    eligible=_has_offers,
    audience="the people you offered something to",
)
keep_door_open: Recipe = Recipe(
    name="keep_door_open",
    blocks=(_GREETING, Gratitude, Acknowledgement, KeepDoorOpen, WellWishes, Closing, Signature),
    required=frozenset({"keep_door_open"}),
    eligible=_Roles(_HIRING_SIDE),
    audience="the hiring side (managers, interviewers, executives, recruiters, HR)",
    applies=_answers_news("keep_door_open"),
)
full_response: Recipe = Recipe(
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
    eligible=_Roles(_HIRING_SIDE),
    audience="the hiring side (managers, interviewers, executives, recruiters, HR)",
    applies=_answers_news("full_response"),
)
linkedin_connect: Recipe = Recipe(
    name="linkedin_connect",
    # Closing and signature: a note sent by e-mail or as a message is signed; on the
    # 200-character note itself the channel leaves the closing out.
    blocks=(_GREETING, ConnectInvite, Closing, Signature),
    channel="linkedin_note",
    eligible=_not_front_desk,
    audience="the people you met in the process, not the front desk",
    applies=_invitation,
)
stay_on_radar: Recipe = Recipe(
    name="stay_on_radar",
    blocks=(_GREETING, RadarCheckIn, KeepDoorOpen, Closing, Signature),
    required=frozenset({"keep_door_open"}),
    eligible=_Roles(_HIRING_SIDE),
    audience="the hiring side (managers, interviewers, executives, recruiters, HR)",
    applies=_outsider_with_news,
)
feedback_request: Recipe = Recipe(
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
    audience="the person who gave you the news",
    applies=_no_feedback_yet,
)
check_in: Recipe = Recipe(
    name="check_in",
    blocks=(_GREETING, CheckIn, Closing, Signature),
    required=frozenset({"check_in"}),
    eligible=_Roles(_HIRING_SIDE),
    audience="the hiring side (managers, interviewers, executives, recruiters, HR)",
    applies=_outsider,
)
reapply: Recipe = Recipe(
    name="reapply",
    blocks=(_GREETING, Reapplication, ReapplyRole, ReapplyNews, ReapplyClose, Closing, Signature),
    required=frozenset({"reapply"}),
    # Applying again through an agency is a request to be put forward, not this note.
    eligible=_Roles(_HIRING_SIDE - {"agency_recruiter"}),
    audience="the hiring side that invited you to apply again (not an agency)",
    applies=_not_invited,
)
ghosted_closure: Recipe = Recipe(
    name="ghosted_closure",
    blocks=(_GREETING, Gratitude, GhostedClosure, KeepDoorOpen, Closing, Signature),
    eligible=_Roles(frozenset({"recruiter", "agency_recruiter", "hr", "hiring_manager"})),
    audience="the people who ran the process (recruiters, HR, the hiring manager)",
    applies=_ghosted,
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
        reapply,
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
