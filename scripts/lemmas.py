"""Generate the lemma tables of the cue rules: ``tone/packs/<language>/lemmas.json``.

    python scripts/lemmas.py [--lang de]   # write every table (or one language's)
    python scripts/lemmas.py --check       # exit 1 if a table is stale (CI)

A cue rule names lemmas ("hope", "disappoint*"); a draft's words are matched by lemma. So
that ``check`` needs no lemmatiser at run time (simplemma's dictionaries take a second to
load per language), this script asks simplemma, once, for every inflected form of every
lemma the rules of a language use, and writes form → lemma. A prefix entry takes every
form whose lemma starts with it.
"""

from __future__ import annotations

import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKS = ROOT / "src" / "rejection_kit" / "tone" / "packs"
#: The simplemma language of each pack folder.
LANGUAGES = {"en": "en", "de": "de", "es": "es", "fr": "fr", "pt_br": "pt", "it": "it", "nl": "nl"}


def cue_lemmas(folder: Path) -> tuple[set[str], set[str]]:
    """(lemmas, prefixes) that the cue rules of a pack folder use."""
    lemmas: set[str] = set()
    prefixes: set[str] = set()
    for source in sorted(folder.glob("*.toml")):
        for rule in tomllib.loads(source.read_text(encoding="utf-8")).get("rule", []):
            for group in [*rule.get("cues", []), *rule.get("unless", [])]:
                for entry in group:
                    for word in entry.lower().split():
                        if word.endswith("*"):
                            prefixes.add(word.rstrip("*"))
                        else:
                            lemmas.add(word)
    return lemmas, prefixes


def table(language: str, lemmas: set[str], prefixes: set[str]) -> dict[str, str]:
    """Every form simplemma knows for the lemmas (and the lemmas under the prefixes)."""
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    dictionary = DefaultDictionaryFactory().get_dictionary(language)
    out: dict[str, str] = {}
    for form, lemma in dictionary.items():
        low = str(lemma).lower()
        if low in lemmas or any(low.startswith(p) for p in prefixes):
            word = str(form).lower()
            if word != low:
                out[word] = low
    return dict(sorted(out.items()))


def render(folder: Path) -> str | None:
    language = LANGUAGES.get(folder.name)
    lemmas, prefixes = cue_lemmas(folder)
    if language is None or not (lemmas or prefixes):
        return None
    return json.dumps(table(language, lemmas, prefixes), ensure_ascii=False, indent=0) + "\n"


def main(argv: list[str]) -> int:
    stale = []
    only = argv[argv.index("--lang") + 1] if "--lang" in argv else None
    for folder in sorted(p for p in PACKS.iterdir() if p.is_dir()):
        if only is not None and folder.name != only:
            continue
        text = render(folder)
        target = folder / "lemmas.json"
        if text is None:
            continue
        if "--check" in argv:
            if not target.is_file() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
        else:
            target.write_text(text, encoding="utf-8")
            print(f"{target.relative_to(ROOT)}: {text.count(chr(10)) - 2} forms")
    if stale:
        print("stale lemma tables (run python scripts/lemmas.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
