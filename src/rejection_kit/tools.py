"""rejection_kit as tools an LLM can call: definitions, and one function that runs a call.

The four operations a model needs — compose one message, compose one per contact, check a
draft, plan the follow-ups — are described in the shapes tool-calling APIs take::

    import rejection_kit as rk

    tools = rk.tools.definitions("openai")      # or "anthropic", or "json" (plain)
    ...                                          # the model answers with a tool call
    reply = rk.tools.call(name, arguments)       # {"result": ...} or {"error": ...}

``call`` never raises for a bad call: the model gets ``{"error": {...}}`` with a stable
``code`` and the ``loc`` of every problem, so it can correct its arguments and try again.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Literal

from rejection_kit._errors import (
    ArgumentError,
    Problem,
    RejectionKitError,
    ValidationError,
    shown,
)

__all__ = ["NAMES", "call", "definitions"]

Style = Literal["openai", "anthropic", "json"]

#: The tools, by name.
NAMES: tuple[str, ...] = ("compose", "compose_all", "check", "plan_follow_ups")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: The largest ``arguments`` JSON text ``call`` reads.
MAX_ARGUMENTS = 1_000_000


def _enums() -> dict[str, list[str]]:
    from rejection_kit.channels import CHANNELS
    from rejection_kit.composition import PROFILES, RECIPES
    from rejection_kit.language import supported_locales

    return {
        "recipe": sorted(RECIPES),
        "channel": sorted(CHANNELS),
        "tone": sorted(PROFILES),
        "locale": sorted(supported_locales()),
    }


def _parameters(name: str) -> dict[str, Any]:
    from rejection_kit.model._schema import situation_schema

    schema = situation_schema()
    defs = schema.pop("$defs")
    for key in ("$schema", "$id", "title"):
        schema.pop(key, None)
    enums = _enums()
    common: dict[str, Any] = {
        "locale": {"type": "string", "enum": enums["locale"], "default": "en",
                   "description": "The language of the message."},
        "channel": {"type": "string", "enum": enums["channel"],
                    "description": "Where it is sent; by default the recipe's own."},
        "tone": {"type": "string", "enum": enums["tone"],
                 "description": "The tone profile; by default the recipe's own."},
        "seed": {"type": "integer", "description": "Varies the phrasing; same seed, same text."},
        "premium": {"type": "boolean", "default": False,
                    "description": "The sender has LinkedIn Premium: a connection note "
                                   "may hold 300 characters instead of 200."},
    }  # fmt: skip
    recipe = {"type": "string", "enum": enums["recipe"], "description": (
        "What to write: thank_you, full_response (thanks, a detail, offers, door open), "
        "keep_door_open, be_a_resource, linkedin_connect, stay_on_radar, check_in, "
        "feedback_request, ghosted_closure, reapply (with a new application you were "
        "invited to make)."
    )}  # fmt: skip
    if name == "compose":
        props = {"situation": schema, "recipe": recipe,
                 "to": {"type": "string", "description": "The contact's name (as in "
                        "situation.contacts); leave it out for the hiring manager, else "
                        "whoever gave the news (the hiring team when no contact is named)."},
                 **common}  # fmt: skip
        required = ["situation"]
    elif name == "compose_all":
        props = {"situation": schema, "recipe": recipe, **common}
        required = ["situation"]
    elif name == "check":
        props = {
            "text": {"type": "string", "maxLength": 100_000,
                     "description": "The draft to check, as the recipient would read it."},
            "situation": {**schema, "description": "The situation, to check names too."},
            "locale": common["locale"],
            "channel": {**common["channel"], "default": "email"},
            "recipe": {**recipe, "description": "The kind of message, for its own rules."},
            "premium": common["premium"],
        }  # fmt: skip
        required = ["text"]
    else:
        props = {
            "situation": schema,
            "locale": common["locale"],
            "start": {"type": "string", "format": "date",
                      "description": "The day the news came; by default rejection.date."},
            "until": {"type": "string", "format": "date",
                      "description": "Leave out steps due after this day."},
            "updates": {"type": "array", "maxItems": 50,
                        "items": {"$ref": "#/$defs/Update"},
                        "description": "News for the check-ins, one per check-in."},
            "countries": {"type": "array", "maxItems": 50,
                          "items": {"type": "string", "pattern": "^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$"},
                          "description": "Countries whose public holidays no step may fall "
                                         "on (\"US\", \"DE-BY\"); by default the "
                                         "candidate's and the company's."},
            "time_zone": {"type": "string", "maxLength": 64,
                          "description": "IANA time zone the steps are sent in "
                                         "(\"Europe/Berlin\")."},
            "send_time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$",
                          "description": "Time of day to send each step, HH:MM (09:00)."},
            "seed": common["seed"],
        }  # fmt: skip
        required = ["situation"]
    return {
        "type": "object",
        "properties": props,
        "required": required,
        "additionalProperties": False,
        "$defs": defs,
    }


_DESCRIPTIONS = {
    "compose": "Write one gracious message after a job rejection, to one contact or to "
    "the hiring team, in the right language, channel and tone. Returns the text, the "
    "subject and what each part says.",
    "compose_all": "Write one message to every contact the recipe suits (a thank-you to "
    "each interviewer), no two sharing a sentence.",
    "check": "Check a draft written after a rejection for tone problems (bitter, pushy, "
    "pleading, sarcastic...) and return findings with suggestions and a verdict.",
    "plan_follow_ups": "Plan what to send to whom and when after a rejection: thank-yous, "
    "LinkedIn invitations, a stay-on-the-radar note, check-ins with news.",
}


def definitions(style: Style = "openai") -> list[dict[str, Any]]:
    """The four tools in the shape a tool-calling API takes.

    ``openai``: ``{"type": "function", "function": {"name", "description",
    "parameters"}}``; ``anthropic``: ``{"name", "description", "input_schema"}``;
    ``json``: ``{"name", "description", "parameters"}``. Parameters are JSON Schema
    (draft 2020-12), the situation included.

    Raises:
        ArgumentError: for another style.
    """
    if style not in ("openai", "anthropic", "json"):
        raise ArgumentError("style", f"must be openai, anthropic or json, got {shown(style)}")
    out = []
    for name in NAMES:
        params = _parameters(name)
        if style == "openai":
            out.append(
                {
                    "type": "function",
                    "function": {
                        "name": name,
                        "description": _DESCRIPTIONS[name],
                        "parameters": params,
                    },
                }
            )
        elif style == "anthropic":
            out.append({"name": name, "description": _DESCRIPTIONS[name], "input_schema": params})
        else:
            out.append({"name": name, "description": _DESCRIPTIONS[name], "parameters": params})
    return out  # fmt: skip


def _arguments(arguments: object) -> dict[str, Any]:
    if isinstance(arguments, (str, bytes)):
        if len(arguments) > MAX_ARGUMENTS:
            raise ArgumentError("arguments", f"must be at most {MAX_ARGUMENTS} characters")
        try:
            arguments = json.loads(arguments)
        except (ValueError, RecursionError) as exc:
            raise ArgumentError("arguments", f"must be JSON: {shown(str(exc))}") from None
    if not isinstance(arguments, Mapping):
        raise ArgumentError("arguments", f"must be a JSON object, got {shown(arguments)}")
    return dict(arguments)


def _day(value: object, name: str) -> date | None:
    """A date given as JSON text: YYYY-MM-DD."""
    if value is None:
        return None
    from rejection_kit import _arguments

    if isinstance(value, str):
        try:
            if not _ISO_DAY.fullmatch(value):
                raise ValueError(value)
            value = date.fromisoformat(value)
        except ValueError:
            raise ArgumentError(
                name, f"must be a date written YYYY-MM-DD, got {shown(value)}"
            ) from None
    return _arguments.day(name, value)


def _run(name: str, args: dict[str, Any]) -> Any:
    from rejection_kit._pipeline import compose, compose_all
    from rejection_kit.followup import plan_follow_ups
    from rejection_kit.model import Situation
    from rejection_kit.tone import check

    def parsed(data: object) -> Situation:
        try:
            return Situation.from_dict(data)
        except ValidationError as exc:  # locate each problem inside the argument
            raise ValidationError(
                [Problem(f"situation.{p.path}".rstrip("."), p.message, p.code)
                 for p in exc.problems],
                what="situation",
            ) from None  # fmt: skip

    def situation() -> Situation:
        data = args.pop("situation", None)
        if data is None:
            raise ArgumentError("situation", "is required")
        return parsed(data)

    if name == "compose":
        return compose(situation(), **args).to_dict()
    if name == "compose_all":
        return {"messages": [m.to_dict() for m in compose_all(situation(), **args)]}
    if name == "check":
        text = args.pop("text", None)
        if not isinstance(text, str):
            raise ArgumentError("text", f"must be a string, got {shown(text)}")
        given = args.pop("situation", None)
        known = parsed(given) if given is not None else None
        return check(text, situation=known, **args).to_dict()
    start, until = _day(args.pop("start", None), "start"), _day(args.pop("until", None), "until")
    return plan_follow_ups(situation(), start=start, until=until, **args).to_dict()


_ALLOWED: dict[str, frozenset[str]] = {
    "compose": frozenset(
        {"situation", "recipe", "to", "locale", "channel", "tone", "seed", "premium"}
    ),
    "compose_all": frozenset(
        {"situation", "recipe", "locale", "channel", "tone", "seed", "premium"}
    ),
    "check": frozenset({"text", "situation", "locale", "channel", "recipe", "premium"}),
    "plan_follow_ups": frozenset(
        {"situation", "locale", "start", "until", "updates", "seed"}
        | {"countries", "time_zone", "send_time"}
    ),
}


def call(name: str, arguments: object) -> dict[str, Any]:
    """Run a tool call: ``arguments`` is the model's JSON text or the parsed object.

    Returns ``{"result": ...}`` with JSON-ready data (``compose``: the message as
    ``Message.to_dict``; ``compose_all``: ``{"messages": [...]}``; ``check``: the
    report; ``plan_follow_ups``: the plan), or ``{"error": {...}}`` with the error's
    ``code``, ``message`` and each problem's ``loc``, for the model to correct its call.
    """
    try:
        if name not in _ALLOWED:
            raise ArgumentError("name", f"must be one of {', '.join(NAMES)}, got {shown(name)}")
        args = _arguments(arguments)
        unknown = sorted(set(args) - _ALLOWED[name], key=str)
        if unknown:
            raise ArgumentError(str(unknown[0]), "is not an argument of " + name)
        return {"result": _run(name, args)}
    except RejectionKitError as exc:
        return {"error": exc.to_dict()}
