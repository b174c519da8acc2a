"""Follow-up plans: staying on the radar without being pushy."""

from rejection_kit.followup._calendar import add_business_days, is_business_day
from rejection_kit.followup._plan import DEFAULT_CHANNELS, Plan, Step, plan_follow_ups

__all__ = [
    "DEFAULT_CHANNELS",
    "Plan",
    "Step",
    "add_business_days",
    "is_business_day",
    "plan_follow_ups",
]
