"""An LLM tool-call round trip, with a recorded reply instead of a network call.

The tool definitions go to the model; the model answers with a tool call; the library
runs it and the result goes back to the model as the tool's output.
"""

from __future__ import annotations

import json

import rejection_kit as rk

# 1. What the model is told it can call (OpenAI-style; "anthropic" is the other shape).
tools = rk.tools.definitions("openai")
print([t["function"]["name"] for t in tools])

# 2. What a model answered for "Thank Priya for the interview, I got turned down", as
#    recorded from a chat-completion response's message.tool_calls.
tool_call = {
    "id": "call_01",
    "type": "function",
    "function": {
        "name": "compose",
        "arguments": json.dumps(
            {
                "situation": {
                    "candidate": {"name": "Maya Chen"},
                    "company": {"name": "Northwind Analytics"},
                    "position": {"title": "Senior Data Analyst"},
                    "contacts": [
                        {"name": "Priya Raman", "role": "hiring_manager", "gender": "female",
                         "topics": ["moving the dashboards to dbt"]}
                    ],
                    "interviews": [{"date": "2026-11-17", "kind": "final",
                                    "with": ["Priya Raman"]}],
                    "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
                },
                "recipe": "thank_you",
                "to": "Priya Raman",
            }
        ),
    },
}  # fmt: skip

# 3. Run it; the reply is what goes back to the model as the tool message's content.
reply = rk.tools.call(tool_call["function"]["name"], tool_call["function"]["arguments"])
assert "result" in reply, reply
print(reply["result"]["text"])
tool_message = {"role": "tool", "tool_call_id": tool_call["id"], "content": json.dumps(reply)}

# 4. A wrong call comes back as data the model can correct, not an exception.
wrong = rk.tools.call("compose", {"situation": {"candidate": {"name": "Maya Chen"}}})
print(wrong["error"]["errors"])
