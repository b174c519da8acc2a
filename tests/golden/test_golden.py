"""Output and findings are byte-identical to the recorded ones (see ``_digest.py``).

When this fails after a change meant to alter output (a new phrasing, a fixed rule), run
``python scripts/golden.py --update`` and commit the digests with the change; when it
fails after a change meant to be invisible (speed, refactoring), that change is wrong.
"""

from __future__ import annotations

import json

from tests.golden._digest import RECORDED, digests


def test_every_message_and_finding_is_unchanged() -> None:
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    now = digests()
    assert now.keys() == recorded.keys(), "situations, locales or corpora were added or removed"
    changed = sorted(k for k in now if now[k] != recorded[k])
    assert not changed, f"output or findings changed in {len(changed)} groups: {changed[:10]}"
