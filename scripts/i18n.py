"""The translation workflow: extract, update, check.

    python scripts/i18n.py extract   # templates + sources -> locales/messages.pot
    python scripts/i18n.py update    # pot -> every locale's messages.po (English filled in)
    python scripts/i18n.py check     # exit 1 if a catalog is stale, incomplete or fuzzy
    python scripts/i18n.py init LL [--informal] [--team]   # start a locale's catalog(s)

Each locale has ``messages.po`` (its formal register, or its only one) and, where the
wording changes with the address (Sie/du, vous/tu, usted/tú, o senhor/você),
``messages_informal.po``. The ``.po`` files are the source of truth and ship in the
wheel, with the ``.mo`` that ``scripts/compile_catalogs.py`` compiles from each (run it
after ``update`` or any edit; a ``.po`` edited since is compiled in memory at first use,
and a test fails until the ``.mo`` is regenerated).
"""

from __future__ import annotations

import functools
import io
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

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


def _po(locale: str, domain: str = "messages") -> Path:
    return LOCALES / locale / "LC_MESSAGES" / f"{domain}.po"


def catalogs() -> list[tuple[str, Path]]:
    """Every shipped catalog, as (locale, path)."""
    return sorted((p.parent.parent.name, p) for p in LOCALES.glob("*/LC_MESSAGES/messages*.po"))


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


def update() -> None:
    """Merge the template into every catalog; fill the source language."""
    for locale, path in catalogs():
        catalog = _read(path, locale)
        # A fresh template each time: update() may share message objects with it, and
        # filling the source language must not leak English into the next catalog.
        catalog.update(_read(POT), no_fuzzy_matching=True)
        if locale == SOURCE_LOCALE:
            _fill_source(catalog)
        _write(path, catalog)


def init(locale: str, *, informal: bool = False, team: bool = False) -> None:
    """Start the catalog(s) for a new locale from the template."""
    domains = [
        "messages",
        *(["messages_informal"] if informal else []),
        *(["messages_team"] if team else []),
    ]
    for domain in domains:
        path = _po(locale, domain)
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
    for locale, path in catalogs():
        name = f"{locale}/{path.stem}"
        catalog = _read(path, locale)
        ids = {m.id for m in catalog if m.id}
        for missing in sorted(map(str, expected - ids)):
            found.append(f"{name}: missing {missing!r}")
        for extra in sorted(map(str, ids - expected)):
            found.append(f"{name}: obsolete {extra!r}")
        for message in catalog:
            if not message.id:
                continue
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            ids_ = message.id if isinstance(message.id, tuple) else (message.id,)
            if not all(strings):
                found.append(f"{name}: untranslated {message.id!r}")
            elif locale != SOURCE_LOCALE and _english(ids_[0]) and strings[0] == ids_[0]:
                found.append(f"{name}: left in English {message.id!r}")
            if message.fuzzy:
                found.append(f"{name}: fuzzy {message.id!r}")
            found += [f"{name}: {message.id!r}: {error}" for error in _format_errors(message)]
        mofile.write_mo(io.BytesIO(), catalog)  # must compile
    return found


def _english(msgid: str) -> bool:
    """Whether a message has words to translate (not only placeholders and punctuation)."""
    return bool(re.search(r"[A-Za-z]{2,}", re.sub(r"%\(\w+\)s", "", msgid)))


_GETTEXTS = ("gettext", "ngettext", "pgettext", "npgettext")


@functools.cache
def _bound_variables() -> dict[str, set[str]]:
    """For each message of the templates, the variables its ``{% trans %}`` tag binds:
    a translation may use one the English text does not (``%(full)s`` where a language's
    title needs the full name)."""
    import jinja2
    from jinja2 import nodes

    from rejection_kit.language._env import _OPTIONS

    env = jinja2.Environment(loader=jinja2.PackageLoader("rejection_kit", "templates"), **_OPTIONS)
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    bound: dict[str, set[str]] = {}
    for name in env.list_templates(extensions=["j2"]):
        source, _, _ = env.loader.get_source(env, name)  # type: ignore[union-attr]
        for call in env.parse(source).find_all(nodes.Call):
            if isinstance(call.node, nodes.Name) and call.node.name in _GETTEXTS:
                keys = {k.key for k in call.kwargs}
                # pgettext's first argument is the context ("female"), not a message.
                skip = call.node.name.startswith(("pgettext", "npgettext"))
                for arg in call.args[skip:]:
                    if isinstance(arg, nodes.Const) and isinstance(arg.value, str):
                        bound.setdefault(arg.value, set()).update(keys)
    return bound


def _format_errors(message: Any) -> list[str]:
    """Placeholders a translation uses that neither its message nor its template provides."""
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    allowed = set().union(*(re.findall(r"%\((\w+)\)s", i) for i in ids))
    allowed |= set().union(*(_bound_variables().get(i, set()) for i in ids))
    used = set().union(*(re.findall(r"%\((\w+)\)", s) for s in strings if s))
    return [f"unknown placeholder %({name})s" for name in sorted(used - allowed)]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "check"
    if command == "extract":
        extract()
    elif command == "update":
        update()
    elif command == "init" and len(argv) in (3, 4, 5):
        init(argv[2], informal="--informal" in argv[3:], team="--team" in argv[3:])
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
