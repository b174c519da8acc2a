"""HTML e-mail bodies to plain text, with the stdlib's HTML parser.

Block elements become line breaks; scripts, styles and the document head are dropped;
and the quoted history that mail clients wrap in a marked element (a ``<blockquote>``,
Gmail's ``gmail_quote``, Outlook's reply header, Thunderbird's citation prefix) is cut
off where it begins, so that an older message's facts never reach the extractor.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

#: Elements whose content is never text.
_HIDDEN = frozenset({"script", "style", "head", "title", "template", "noscript"})
#: Elements that end a line.
_BLOCK = frozenset(
    {
        "address", "article", "br", "dd", "div", "dl", "dt", "footer", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table",
        "tbody", "td", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
#: Void elements: they have no end tag, so they never open a hidden or quoted region.
_VOID = frozenset({"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base"})
#: Classes and ids that mark quoted history in the main clients' HTML.
_QUOTE_MARK = re.compile(
    r"gmail_quote|gmail_attr|yahoo_quoted|moz-cite-prefix|divRplyFwdMsg|appendonsend"
    r"|OutlookMessageHeader|mail-quote|protonmail_quote|zmail_extra|x_divRplyFwdMsg",
    re.IGNORECASE,
)
#: How deep elements may nest before the rest is ignored (a bomb of nested tags).
MAX_DEPTH = 256
#: A marker line the body splitter treats as the start of quoted history.
QUOTE_MARKER = "\x00quoted\x00"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.depth = 0
        self.quoted = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.quoted:
            return
        if tag not in _VOID:
            self.depth += 1
        if self.depth > MAX_DEPTH:
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id"))
        if tag == "blockquote" or (marks and _QUOTE_MARK.search(marks)):
            self.parts.append(f"\n{QUOTE_MARKER}\n")
            self.quoted = True
            return
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.quoted and tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.quoted:
            return
        if tag not in _VOID:
            self.depth = max(0, self.depth - 1)
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.quoted and not self.hidden and self.depth <= MAX_DEPTH:
            self.parts.append(data)


_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u200b\u2007\u202f]+")
_BLANKS = re.compile(r"\n{3,}")


def html_to_text(html: str) -> str:
    """The visible text of ``html``, one block per line, cut where quoted history begins."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parser.parts).split("\n"))
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()
