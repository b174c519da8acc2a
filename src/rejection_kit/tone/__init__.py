"""Tone rules: one engine that lints people's drafts and constrains generated messages.

>>> from rejection_kit.tone import check, disable
>>> check("Thank you for letting me know. Please reconsider my application.").ok
False
>>> check("Thank you for letting me know.", rules=[disable("gratitude.*")]).verdict
'send'
"""

from rejection_kit.tone._context import Context
from rejection_kit.tone._doc import Doc
from rejection_kit.tone._engine import builtin_rules, check, clear_caches, rules_for
from rejection_kit.tone._factories import forbid, max_words, no_contractions, no_feedback_request
from rejection_kit.tone._finding import SEVERITIES, Edit, Finding, Hit
from rejection_kit.tone._fix import apply_fixes, fix
from rejection_kit.tone._modifiers import Disable, Regrade, disable, regrade
from rejection_kit.tone._pack import load_pack, validate_rule
from rejection_kit.tone._report import Report, error_rule_ids
from rejection_kit.tone._rule import KINDS, Example, Pack, Rule

__all__ = [
    "KINDS",
    "SEVERITIES",
    "Context",
    "Disable",
    "Doc",
    "Edit",
    "Example",
    "Finding",
    "Hit",
    "Pack",
    "Regrade",
    "Report",
    "Rule",
    "apply_fixes",
    "builtin_rules",
    "check",
    "clear_caches",
    "disable",
    "error_rule_ids",
    "fix",
    "forbid",
    "load_pack",
    "max_words",
    "no_contractions",
    "no_feedback_request",
    "regrade",
    "rules_for",
    "validate_rule",
]
