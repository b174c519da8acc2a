"""The built-in recipes, as values: ``recipes.thank_you``, ``recipes.full_response``, ..."""

from rejection_kit.composition._recipe import Recipe, When, when
from rejection_kit.composition._recipes import (
    RECIPES,
    be_a_resource,
    check_in,
    feedback_request,
    full_response,
    ghosted_closure,
    keep_door_open,
    linkedin_connect,
    reapply,
    stay_on_radar,
    thank_you,
)

__all__ = [
    "RECIPES",
    "Recipe",
    "When",
    "be_a_resource",
    "check_in",
    "feedback_request",
    "full_response",
    "ghosted_closure",
    "keep_door_open",
    "linkedin_connect",
    "reapply",
    "stay_on_radar",
    "thank_you",
    "when",
]
