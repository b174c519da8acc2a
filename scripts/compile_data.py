"""Write (or check) the JSON copy of every TOML file the package ships.

Usage::

    python scripts/compile_data.py          # write the copies that are missing or stale
    python scripts/compile_data.py --check  # exit 1 when one is (CI)

See ``rejection_kit._toml``: the copies only make reading faster; a stale one is ignored.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "rejection_kit"
sys.path.insert(0, str(ROOT.parent))

from rejection_kit._toml import COMPILED_SUFFIX, compiled  # noqa: E402


def expected() -> dict[Path, str]:
    """Every copy the package should hold, with its text."""
    out = {}
    for source in sorted(ROOT.rglob("*.toml")):
        raw = source.read_bytes()
        out[source.with_name(source.name + COMPILED_SUFFIX)] = compiled(
            raw, tomllib.loads(raw.decode())
        )
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on a stale copy")
    args = parser.parse_args()
    wanted = expected()
    stale = [p for p, text in wanted.items() if not p.is_file() or p.read_text("utf-8") != text]
    orphans = [p for p in ROOT.rglob("*.toml" + COMPILED_SUFFIX) if p not in wanted]
    if args.check:
        for path in stale + orphans:
            print(f"stale: {path.relative_to(ROOT)}")
        if stale or orphans:
            print("run: python scripts/compile_data.py")
        return 1 if stale or orphans else 0
    for path in stale:
        path.write_text(wanted[path], encoding="utf-8")
    for path in orphans:
        path.unlink()
    print(f"{len(stale)} written, {len(orphans)} removed, {len(wanted)} in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
