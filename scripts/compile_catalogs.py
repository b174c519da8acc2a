"""Compile the shipped catalogs ahead of time: ``locales/*/LC_MESSAGES/*.mo``.

    python scripts/compile_catalogs.py           # write every .mo and locales/compiled.json
    python scripts/compile_catalogs.py --check   # exit 1 if one is stale

Parsing the ``.po`` files with Babel took about a third of a cold first message. Each
``.mo`` is what ``rejection_kit.language._catalog`` would compile in memory;
``locales/compiled.json`` records the digest of the ``.po`` it was made from, and a
``.po`` edited since is compiled from source at first use (never served stale).
``tests/language/test_compiled_catalogs.py`` fails when a file is stale. Run it after
``scripts/i18n.py update`` or any edit of a ``.po``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import sync  # noqa: E402

from rejection_kit.language._catalog import compile_po, digest  # noqa: E402

LOCALES = ROOT / "src" / "rejection_kit" / "locales"
MANIFEST = LOCALES / "compiled.json"


def expected() -> dict[Path, str | bytes]:
    """Every compiled file's path and the bytes (or text) it should hold."""
    out: dict[Path, str | bytes] = {}
    digests: dict[str, str] = {}
    for po in sorted(LOCALES.glob("*/LC_MESSAGES/*.po")):
        source = po.read_bytes()
        locale = po.parent.parent.name
        out[po.with_suffix(".mo")] = compile_po(source, locale)
        digests[po.relative_to(LOCALES).as_posix()] = digest(source)
    out[MANIFEST] = json.dumps(digests, indent=1, sort_keys=True) + "\n"
    return out


def main(argv: list[str]) -> int:
    wanted = expected()
    left = [p for p in LOCALES.glob("*/LC_MESSAGES/*.mo") if p not in wanted]
    return sync(
        wanted,
        root=ROOT,
        command="scripts/compile_catalogs.py",
        check="--check" in argv,
        unwanted=left,
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
