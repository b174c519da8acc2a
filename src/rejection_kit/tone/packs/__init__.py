"""Built-in rule packs, as data: TOML files read by ``tone/_builtin.py``.

``root/`` holds the language-agnostic rules (placeholders, names, length per channel,
typography) and one folder per language holds that language's rules, a file per
category. A locale ``xx_YY`` runs ``xx_yy``, then ``xx``, then ``root``, whichever exist:
adding a pack for a language is adding a folder here. ``messages/<language>.toml`` says
what each rule reports, once per rule id; ``_sample.py`` is the stand-in situation the
rules' examples run with.
"""
