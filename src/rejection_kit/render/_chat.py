"""A message for chat apps: Slack mrkdwn, Telegram HTML, Discord Markdown, WhatsApp text.

Each app reads its own markup, and every value in a message may come from an untrusted
user, so each format escapes what that app would read as syntax — and what it would read
as an action: ``@everyone`` pings a Discord server, ``<!channel>`` a Slack channel. The
subject, where there is one, is set in the app's bold.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from rejection_kit.render._formats import blocks

__all__ = ["CHAT_FORMATS", "to_chat"]

_ZWSP = "\u200b"
# Slack: only &, < and > are control characters; "<!here>", "<@U123>" and "<http://x|y>"
# all begin with "<", so escaping it stops mentions and links.
_SLACK = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
# Slack formats *bold*, _italic_, ~strike~ and `code` between word boundaries and has no
# escape character; a zero-width space after the marker keeps a value's asterisks text.
_SLACK_MARKERS = re.compile(r"([*_~`])")
# Discord: backslash escapes for Markdown, line-start markers, and mentions defused.
_DISCORD_INLINE = re.compile(r"([\\*_~`|>\[\]()#<:-])")
_MENTION = re.compile(r"@(?=everyone|here|&|!|\d)", re.IGNORECASE)
# WhatsApp: *bold*, _italic_, ~strike~, ```mono``` and `code`, with no escape character.
_WHATSAPP_MARKERS = re.compile(r"([*_~`])")


#: A link: the apps make it clickable, and an escape inside it would break it.
_URL = re.compile(r"(https?://[^\s<>]{1,2000})")


def _outside_links(line: str, escape: Callable[[str], str]) -> str:
    parts = _URL.split(line)
    return "".join(p if i % 2 else escape(p) for i, p in enumerate(parts))


def _slack(line: str) -> str:
    marked = _outside_links(line, lambda t: _SLACK_MARKERS.sub("\\1" + _ZWSP, t))
    return marked.translate(_SLACK)


def _discord(line: str) -> str:
    return _outside_links(
        _MENTION.sub("@" + _ZWSP, line), lambda t: _DISCORD_INLINE.sub(r"\\\1", t)
    )


def _whatsapp(line: str) -> str:
    return _outside_links(line, lambda t: _WHATSAPP_MARKERS.sub("\\1" + _ZWSP, t))


def _telegram(line: str) -> str:
    return html.escape(line, quote=True)


_FORMATS: dict[str, tuple[Callable[[str], str], str]] = {
    # escape one line, and the subject's bold with "{}" for the escaped subject
    "slack": (_slack, "*{}*"),
    "telegram": (_telegram, "<b>{}</b>"),
    "discord": (_discord, "**{}**"),
    "whatsapp": (_whatsapp, "*{}*"),
}
#: The chat formats :func:`to_chat` writes.
CHAT_FORMATS: tuple[str, ...] = tuple(_FORMATS)


def to_chat(text: str, subject: str | None, app: str) -> str:
    """``text`` (and ``subject``) in ``app``'s markup, every character of it escaped.

    Paragraphs are separated by a blank line and lines by a line break, which every one
    of these apps shows as such (Telegram's HTML mode has no ``<p>`` or ``<br>``).
    """
    escape, bold = _FORMATS[app]
    body = "\n\n".join("\n".join(escape(line) for line in lines) for lines in blocks(text))
    return f"{bold.format(escape(subject))}\n\n{body}" if subject else body
