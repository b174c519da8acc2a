"""The package's TOML data, read through a compiled JSON copy when it is current.

The data the library ships (rule packs, conventions, grammar, cue words) is written in
TOML for the people who edit it. Python's TOML reader is pure Python: parsing the files a
first message needs took about 40 ms, a sixth of the first message's time. Next to each
shipped ``name.toml``, ``scripts/compile_data.py`` writes ``name.toml.json``: the same
table as JSON, which the C JSON reader loads in a few milliseconds, with the size and
CRC-32 of the TOML it was made from. A copy that does not match its TOML (an edited pack
in a checkout) is ignored and the TOML is parsed, so the data read is always the TOML's;
``tests/test_compiled_data.py`` fails when a shipped copy is stale.
"""

from __future__ import annotations

import json
import zlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["COMPILED_SUFFIX", "compiled", "read_toml"]

#: Added to a TOML file's name to name its compiled copy.
COMPILED_SUFFIX = ".json"


def compiled(raw: bytes, data: dict[str, Any]) -> str:
    """The compiled copy of a TOML file whose bytes are ``raw`` and table ``data``."""
    stamp = {"size": len(raw), "crc32": zlib.crc32(raw)}
    return json.dumps({**stamp, "data": data}, ensure_ascii=False, separators=(",", ":"))


def read_toml(folder: Traversable, name: str) -> dict[str, Any]:
    """The table of the TOML file ``name`` in ``folder``, from its copy when current.

    Raises:
        FileNotFoundError: There is no such file.
        tomllib.TOMLDecodeError: The file is not valid TOML.
    """
    raw = (folder / name).read_bytes()
    copy = folder / (name + COMPILED_SUFFIX)
    if copy.is_file():
        found = json.loads(copy.read_bytes())
        if found.get("size") == len(raw) and found.get("crc32") == zlib.crc32(raw):
            return found["data"]  # type: ignore[no-any-return]
    import tomllib

    return tomllib.loads(raw.decode("utf-8"))
