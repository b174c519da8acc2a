"""How a report shows itself in a notebook: the text with its findings highlighted."""

from __future__ import annotations

import heapq
import html
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from rejection_kit._markdown import escape_markdown

if TYPE_CHECKING:
    from rejection_kit.tone._finding import Finding
    from rejection_kit.tone._report import Report

_RANK = {"suggestion": 0, "warning": 1, "error": 2}
_COLOUR = {"suggestion": "#dbeafe", "warning": "#fef3c7", "error": "#fee2e2"}


def _segments(text: str, findings: Sequence[Finding]) -> list[tuple[str, Finding | None]]:
    """The text cut at finding boundaries; each piece with its most severe finding.

    One sweep over the boundaries with a heap of the findings begun so far, so that a
    report with thousands of findings renders in time proportional to its size.
    """
    spans = sorted(
        ((f.start, i, f) for i, f in enumerate(findings) if f.end > f.start),
        key=lambda t: (t[0], t[1]),
    )
    cuts = sorted({0, len(text), *(f.start for _, _, f in spans), *(f.end for _, _, f in spans)})
    pieces: list[tuple[str, Finding | None]] = []
    heap: list[tuple[int, int, Finding]] = []  # (-rank, order in the report, finding)
    nxt = 0
    for start, end in pairwise(cuts):
        while nxt < len(spans) and spans[nxt][0] <= start:
            _, order, f = spans[nxt]
            heapq.heappush(heap, (-_RANK[f.severity], order, f))
            nxt += 1
        # Pieces only move forward: a finding that ends before this one never covers
        # a later piece, so it can leave the heap for good.
        while heap and heap[0][2].end < end:
            heapq.heappop(heap)
        top = heap[0][2] if heap else None
        if pieces and pieces[-1][1] is top:
            pieces[-1] = (pieces[-1][0] + text[start:end], top)
        else:
            pieces.append((text[start:end], top))
    return pieces


def report_html(report: Report) -> str:
    """The verdict, the text with findings marked (hover for the message), and the list."""
    marked = "".join(
        html.escape(piece)
        if finding is None
        else (
            f'<mark style="background:{_COLOUR[finding.severity]}" '
            f'title="{html.escape(finding.rule_id)}: {html.escape(finding.message)}">'
            f"{html.escape(piece)}</mark>"
        )
        for piece, finding in _segments(report.text, report.findings)
    )
    items = "".join(
        f"<li><strong>{html.escape(f.severity)}</strong> <code>{html.escape(f.rule_id)}</code>: "
        f"{html.escape(f.message)}"
        + (f" <em>Try: {html.escape(f.suggestion)}</em>" if f.suggestion else "")
        + "</li>"
        for f in report.findings
    )
    return (
        f'<div class="rejection-kit-report"><p>Verdict: <strong>{report.verdict}</strong>'
        f" ({len(report.findings)} finding{'s' if len(report.findings) != 1 else ''})</p>"
        f'<pre style="white-space:pre-wrap">{marked}</pre>'
        + (f"<ul>{items}</ul>" if items else "")
        + "</div>"
    )


def report_markdown(report: Report) -> str:
    """The verdict and one line per finding, quoting what it matched."""
    lines = [f"**Verdict: {report.verdict}**", ""]
    for f in report.findings:
        # The match is the user's text and the message may quote it: both are escaped,
        # on one line, so that a draft cannot inject Markdown or HTML into the report.
        quoted = f" — “{_inline(f.match)}”" if f.match else ""
        lines.append(f"- **{f.severity}** `{f.rule_id}`: {_inline(f.message)}{quoted}")
    return "\n".join(lines).rstrip() + "\n"


def _inline(text: str) -> str:
    return escape_markdown(" ".join(text.split()))
