"""Write (or check) the JSON copy of every TOML file the package ships.

Usage::

    python scripts/compile_data.py          # write every copy, remove orphans
    python scripts/compile_data.py --check  # exit 1 when one is stale (CI)

See ``rejection_kit._toml``: the copies only make reading faster; a stale one is ignored.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "rejection_kit"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import sync  # noqa: E402

from rejection_kit._toml import COMPILED_SUFFIX, compiled  # noqa: E402


def expected() -> dict[Path, str]:
    """Every copy the package should hold, with its text."""
    out = {}
    for source in sorted(PACKAGE.rglob("*.toml")):
        raw = source.read_bytes()
        copy = source.with_name(source.name + COMPILED_SUFFIX)
        out[copy] = compiled(raw, tomllib.loads(raw.decode("utf-8")))
    return out


def main(argv: list[str]) -> int:
    wanted = expected()
    orphans = [p for p in PACKAGE.rglob("*.toml" + COMPILED_SUFFIX) if p not in wanted]
    return sync(
        wanted,
        root=ROOT,
        command="scripts/compile_data.py",
        check="--check" in argv,
        unwanted=orphans,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
