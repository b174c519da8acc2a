"""Writing generated files, or checking that they are current (shared by the scripts)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path


def sync(
    wanted: Mapping[Path, str | bytes],
    *,
    root: Path,
    command: str,
    check: bool,
    unwanted: Iterable[Path] = (),
) -> int:
    """Write every file of ``wanted`` and remove ``unwanted`` ones; with ``check``, only
    print the stale ones (wrong, missing or left over) and return 1 if there are any."""
    stale = []
    for path, text in wanted.items():
        if check:
            if not path.is_file() or _read(path, text) != text:
                stale.append(path)
        else:
            if isinstance(text, bytes):
                path.write_bytes(text)
            else:
                path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(root).as_posix()}")
    for path in unwanted:
        if check:
            stale.append(path)
        else:
            path.unlink()
            print(f"removed {path.relative_to(root).as_posix()}")
    for path in stale:
        print(f"stale: {path.relative_to(root).as_posix()} (run python {command})")
    return 1 if stale else 0


def _read(path: Path, like: str | bytes) -> str | bytes:
    return path.read_bytes() if isinstance(like, bytes) else path.read_text(encoding="utf-8")
