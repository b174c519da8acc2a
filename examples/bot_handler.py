"""A chat bot's webhook handler, framework-free: JSON in, JSON out, errors as data.

A bot receives the user's situation and what they want (a message for someone, or a
check of their own draft) and replies with the messages, the findings, or the errors —
never a traceback.
"""

from __future__ import annotations

import json
from typing import Any

import rejection_kit as rk


def handle(payload: dict[str, Any]) -> dict[str, Any]:
    """Answer one webhook call.

    ``payload`` holds ``action`` (``"compose"``, ``"compose_all"`` or ``"check"``),
    ``situation`` (the situation's dict), and the action's options (``recipe``, ``to``,
    ``locale``, ``channel``, ``tone``, ``seed`` for composing; ``text`` for checking).
    """
    try:
        action = payload.get("action")
        situation = (
            rk.Situation.from_dict(payload["situation"]) if "situation" in payload else None
        )
        options = {
            k: payload[k] for k in ("recipe", "locale", "channel", "tone", "seed") if k in payload
        }
        if action == "check":
            report = rk.check(
                str(payload.get("text", "")),
                situation=situation,
                locale=payload.get("locale", "en"),
                channel=payload.get("channel", "email"),
            )
            return {"ok": True, "report": report.to_dict()}
        if situation is None:
            return _error("situation", "is required to compose")
        if action == "compose":
            message = rk.compose(situation, to=payload.get("to"), **options)
            return {"ok": True, "messages": [message.to_dict()]}
        if action == "compose_all":
            notes = rk.compose_all(situation, **options)
            return {"ok": True, "messages": [m.to_dict() for m in notes]}
        return _error("action", f"must be compose, compose_all or check, got {action!r}")
    except rk.ValidationError as exc:
        return {
            "ok": False,
            "errors": [{"field": p.path, "message": p.message} for p in exc.problems],
        }
    except rk.RejectionKitError as exc:
        return _error(getattr(exc, "field", None) or type(exc).__name__, str(exc))


def _error(field: str, message: str) -> dict[str, Any]:
    return {"ok": False, "errors": [{"field": field, "message": message}]}


if __name__ == "__main__":
    situation = {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager"}],
        "rejection": {"via": "email", "by": "Priya Raman"},
    }
    reply = handle({"action": "compose", "situation": situation, "recipe": "thank_you"})
    print(json.dumps(reply, indent=2, ensure_ascii=False)[:600])
    broken = {**situation, "contacts": [{"name": "", "role": "boss"}]}
    print(json.dumps(handle({"action": "compose", "situation": broken}), indent=2))
    draft = {"action": "check", "text": "Thanks for nothing. I deserve an explanation."}
    print(json.dumps(handle(draft)["report"]["verdict"]))
