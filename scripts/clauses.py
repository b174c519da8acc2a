"""Generate the pre-filter tables of the built-in packs: ``tone/packs/<pack>/clauses.json``
and ``loose.json`` and ``twins.json``.

    python scripts/clauses.py           # write every table
    python scripts/clauses.py --check   # exit 1 if a table is stale

Each pattern of a built-in rule has *clauses* (words a match must contain, see
``rejection_kit.tone._prefilter``), found by parsing the pattern. Parsing a thousand
patterns at the first message cost about 0.3 s, so the tables are computed here, ahead of
time; so is each pattern's loosened form for the RE2 set (``loose.json``, read when the
set is built), and its lower-cased twin (``twins.json``, see ``tone/_compile.py``).
``tests/tone/test_clauses.py`` fails when one is stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import sync  # noqa: E402

from rejection_kit._errors import RulePackError  # noqa: E402
from rejection_kit.tone._builtin import has_pack, pack  # noqa: E402
from rejection_kit.tone._compile import TWINS_FILE, twins_table_of  # noqa: E402
from rejection_kit.tone._prefilter import (  # noqa: E402
    CLAUSES_FILE,
    LOOSE_FILE,
    loose_table_of,
    table_of,
)

PACKS = ROOT / "src" / "rejection_kit" / "tone" / "packs"


def expected() -> dict[Path, str]:
    """Every table's path and the text it should hold."""
    out: dict[Path, str] = {}
    for folder in sorted(p for p in PACKS.iterdir() if p.is_dir() and has_pack(p.name)):
        try:
            rules = pack(folder.name)
        except RulePackError:  # packs/messages holds what rules say, not rules
            continue
        patterns = [(p, r.case_sensitive) for r in rules for p in r.patterns]
        tables = {
            CLAUSES_FILE: table_of(patterns),
            LOOSE_FILE: loose_table_of(patterns),
            TWINS_FILE: twins_table_of(p for p, case_sensitive in patterns if not case_sensitive),
        }
        for name, table in tables.items():
            rows = [json.dumps(row, ensure_ascii=False) for row in table]
            out[folder / name] = "[\n" + ",\n".join(rows) + "\n]\n"
    return out


def main(argv: list[str]) -> int:
    return sync(expected(), root=ROOT, command="scripts/clauses.py", check="--check" in argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
