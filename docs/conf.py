"""Sphinx configuration: MyST Markdown pages, furo theme, API reference from docstrings."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "rejection_kit"
author = "rejection_kit developers"
copyright = "2026, rejection_kit developers"
release = _version("rejection_kit")
version = release

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
]
source_suffix = {".md": "markdown"}
master_doc = "index"
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

html_theme = "furo"
html_title = "rejection_kit"
