"""The example notebook runs and shows a message and a report as rich HTML."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def test_notebook_shows_a_message_a_report_a_situation_and_a_plan() -> None:
    """Executed, the notebook's outputs hold the message's, the report's, the situation's
    and the plan's HTML; the plan is a table of its steps, not pages of text."""
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=120, kernel_name="python3").execute()
    html = [
        output["data"]["text/html"]
        for cell in notebook.cells
        if cell.cell_type == "code"
        for output in cell.get("outputs", [])
        if "text/html" in output.get("data", {})
    ]
    assert any('class="rejection-kit-message"' in h and "Dear Ms. Raman," in h for h in html)
    assert any(
        'class="rejection-kit-report"' in h and "<mark" in h and "rewrite" in h for h in html
    )
    assert any('class="rejection-kit"' in h and "<strong>Situation</strong>" in h for h in html)
    plan = next(h for h in html if "Follow-up plan" in h)
    assert plan.count("<tr>") >= 4  # a header and a row per step
    assert len(plan) < 12_000
