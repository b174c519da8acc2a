"""The public API is typed for pyright users too: ``--verifytypes`` completeness ≥ 95%."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path


def test_pyright_verifytypes_scores_at_least_95_percent(tmp_path: Path) -> None:
    # basedpyright is pyright with its own Node.js, so it installs from PyPI alone; it
    # finds the package through the interpreter first on PATH: this one.
    binary = Path(sys.executable).parent / "basedpyright"
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run(
        [str(binary), "--verifytypes", "rejection_kit", "--ignoreexternal"],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=600, check=False,
    )  # fmt: skip
    score = re.search(r"Type completeness score: ([\d.]+)%", result.stdout)
    assert score, result.stdout[-2000:]
    assert float(score.group(1)) >= 95.0, result.stdout[-4000:]
