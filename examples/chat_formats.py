"""One message for each chat app: Slack mrkdwn, Telegram HTML, Discord, WhatsApp.

Values typed by users are escaped for each app (and mentions defused), so a company called
"R&D <Labs> @everyone" is text everywhere. Post the strings with each app's own client
(Slack ``chat.postMessage`` with ``mrkdwn``, Telegram ``sendMessage`` with
``parse_mode="HTML"``, a Discord webhook's ``content``, WhatsApp's ``text.body``).
"""

from __future__ import annotations

import rejection_kit as rk

situation = rk.Situation.from_dict(
    {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "R&D <Labs> @everyone"},
        "position": {"title": "Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager", "gender": "female"}],
        "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
    }
)
message = rk.compose(situation, recipe="thank_you", to="Priya Raman")

for app in ("slack", "telegram", "discord", "whatsapp"):
    text = message.format(app)
    print(f"--- {app}\n{text}\n")

assert "&lt;Labs&gt;" in message.format("slack")
assert message.format("telegram").startswith("<b>")
assert "@\u200beveryone" in message.format("discord")
