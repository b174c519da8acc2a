"""Escaping text for Markdown, shared by messages and tone reports.

Every value in a message or a report may come from an untrusted user, so whatever
Markdown would read as syntax (emphasis, code, links, raw HTML, line-start markers) is
escaped with a backslash.
"""

from __future__ import annotations

import re

__all__ = ["escape_markdown"]

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|~])")
_MD_LINE_START = re.compile(r"^([ \t]*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def escape_markdown(line: str) -> str:
    """``line`` with the characters Markdown would read as syntax escaped.

    >>> escape_markdown("<img src=x onerror=alert(1)>")
    '\\\\<img src=x onerror=alert(1)\\\\>'
    """
    return _MD_LINE_START.sub(r"\1\\\2", _MD_INLINE.sub(r"\\\1", line))
