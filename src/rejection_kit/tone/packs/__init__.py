"""Built-in rule packs, as Python data.

Each pack is a module with a ``RULES`` tuple: ``root`` (language-agnostic: placeholders,
names, length per channel, typography) and one package per language (``en``). A locale
``xx_YY`` runs ``xx_yy``, then ``xx``, then ``root``, whichever exist: adding a pack for a
language is adding a module here.
"""
