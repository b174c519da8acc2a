"""Check, or record, the digests of everything the library writes and finds.

    python scripts/golden.py            # compare with tests/golden/digests.json
    python scripts/golden.py --update   # record a change of output that is intended

See ``tests/golden/_digest.py`` for what is covered. Without ``--update`` this exits 1 and
lists the groups whose output or findings changed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.golden._digest import RECORDED, digests  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="record the current digests")
    args = parser.parse_args(argv)
    now = digests()
    if args.update:
        RECORDED.write_text(json.dumps(now, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"{len(now)} digests written to {RECORDED.relative_to(ROOT)}")
        return 0
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    changed = sorted(k for k in now.keys() | recorded.keys() if now.get(k) != recorded.get(k))
    for key in changed:
        print(f"changed: {key}")
    print(f"{len(now) - len(changed)} of {len(now)} groups unchanged")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
