"""The example notebook runs and shows a message and a report as rich HTML."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "examples" / "notebook.ipynb"


def test_notebook_shows_a_message_and_a_report() -> None:
    """Executed, the notebook's outputs hold the message's and the report's HTML."""
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
