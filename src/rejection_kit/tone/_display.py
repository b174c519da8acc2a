"""How a report shows itself in a notebook: the text with its findings highlighted."""

from __future__ import annotations

import html
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rejection_kit.tone._finding import Finding
    from rejection_kit.tone._report import Report

_RANK = {"suggestion": 0, "warning": 1, "error": 2}
_COLOUR = {"suggestion": "#dbeafe", "warning": "#fef3c7", "error": "#fee2e2"}


def _segments(text: str, findings: Sequence[Finding]) -> list[tuple[str, Finding | None]]:
    """The text cut at finding boundaries; each piece with its most severe finding."""
    cuts = sorted({0, len(text), *(f.start for f in findings), *(f.end for f in findings)})
    pieces: list[tuple[str, Finding | None]] = []
    for start, end in pairwise(cuts):
        covering = [f for f in findings if f.start <= start and end <= f.end and f.end > f.start]
        top = max(covering, key=lambda f: _RANK[f.severity], default=None)
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
        quoted = f" — “{f.match}”" if f.match else ""
        lines.append(f"- **{f.severity}** `{f.rule_id}`: {f.message}{quoted}")
    return "\n".join(lines).rstrip() + "\n"
