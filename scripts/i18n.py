"""The translation workflow: extract, update, check.

    python scripts/i18n.py extract   # templates + sources -> locales/messages.pot
    python scripts/i18n.py update    # pot -> every locale's messages.po (English filled in)
    python scripts/i18n.py check     # exit 1 if a catalog is stale, incomplete or fuzzy
    python scripts/i18n.py init LL   # start a new locale's catalog

The ``.po`` files are the source of truth and ship in the wheel; the library compiles
them in memory at first use, so there is no ``.mo`` to forget.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

from babel.messages import mofile, pofile
from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "src" / "rejection_kit" / "locales"
POT = LOCALES / "messages.pot"
SOURCE_LOCALE = "en"


def _pybabel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(output: Path = POT) -> None:
    """Extract every message from the templates and sources into ``output``."""
    _pybabel(
        "extract",
        "-F",
        str(ROOT / "babel.cfg"),
        "-o",
        str(output),
        "--no-location",
        "--no-wrap",
        "--sort-output",
        "--omit-header",
        "--project",
        "rejection_kit",
        str(ROOT / "src" / "rejection_kit"),
    )


def _po(locale: str) -> Path:
    return LOCALES / locale / "LC_MESSAGES" / "messages.po"


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as fh:
        return pofile.read_po(fh, locale=locale)


def _write(path: Path, catalog: Catalog) -> None:
    catalog.fuzzy = False  # a fuzzy header would drop Plural-Forms from the compiled catalog
    with path.open("wb") as fh:
        pofile.write_po(
            fh,
            catalog,
            width=0,
            no_location=True,
            sort_output=True,
            omit_header=False,
            ignore_obsolete=True,
        )


def _fill_source(catalog: Catalog) -> None:
    """English is the source language: each msgstr is its msgid."""
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(message.id[:2])
        else:
            message.string = message.id
        message.flags.discard("fuzzy")


def locales() -> list[str]:
    """Every locale with a catalog."""
    return sorted(p.parent.parent.name for p in LOCALES.glob("*/LC_MESSAGES/messages.po"))


def update() -> None:
    """Merge the template into every catalog; fill the source language."""
    template = _read(POT)
    for locale in locales():
        catalog = _read(_po(locale), locale)
        catalog.update(template, no_fuzzy_matching=True)
        if locale == SOURCE_LOCALE:
            _fill_source(catalog)
        _write(_po(locale), catalog)


def init(locale: str) -> None:
    """Start a catalog for a new locale from the template."""
    path = _po(locale)
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = Catalog(locale=locale, project="rejection_kit")
    catalog.update(_read(POT), no_fuzzy_matching=True)
    _write(path, catalog)


def problems() -> list[str]:
    """Everything that makes the catalogs unfit to ship."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "messages.pot"
        extract(fresh)
        expected = {m.id for m in _read(fresh) if m.id}
    if expected != {m.id for m in _read(POT) if m.id}:
        found.append("messages.pot is stale: run scripts/i18n.py extract && update")
    for locale in locales():
        catalog = _read(_po(locale), locale)
        ids = {m.id for m in catalog if m.id}
        for missing in sorted(map(str, expected - ids)):
            found.append(f"{locale}: missing {missing!r}")
        for extra in sorted(map(str, ids - expected)):
            found.append(f"{locale}: obsolete {extra!r}")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            if not all(strings):
                found.append(f"{locale}: untranslated {message.id!r}")
            if message.fuzzy:
                found.append(f"{locale}: fuzzy {message.id!r}")
        mofile.write_mo(io.BytesIO(), catalog)  # must compile
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "extract":
        extract()
    elif command == "update":
        update()
    elif command == "init" and len(argv) == 3:
        init(argv[2])
    elif command == "check":
        found = problems()
        for line in found:
            print(line)
        print("catalogs OK" if not found else f"{len(found)} catalog problem(s)")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
