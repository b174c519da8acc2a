"""One Jinja environment per locale, with gettext installed, built once and never mutated."""

from __future__ import annotations

import functools
import hashlib
import importlib
import io
import re
import threading
from collections.abc import Callable, MutableMapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
import jinja2.runtime
from babel.dates import format_date, format_skeleton
from babel.lists import format_list
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame

from rejection_kit._errors import TemplateError
from rejection_kit.language._catalog import translations
from rejection_kit.language._conventions import Named, conventions
from rejection_kit.language._grammar import Grammar, grammar

_LOCK = threading.Lock()
_ASCII_SPACE = re.compile(r"[ \t\r\n]+")
# How a language writes the first day of a month, where Babel's digits are not enough.
_FIRST_OF_MONTH = {"fr": "1er", "pt": "1º", "it": "1°"}
_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "extensions": ["jinja2.ext.i18n"],
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "auto_reload": False,
    "keep_trailing_newline": False,
}


def local_date(value: date, style: str, locale: str) -> str:
    """A date as the locale writes it, the first of a month included ("1er décembre").

    ``style`` is a Babel format ("long": "November 24, 2026"; "full" adds the weekday),
    or "day": the day and month in the locale's own order ("November 24", "24. November").
    """
    if style == "day":
        text = str(format_skeleton("MMMMd", value, locale=locale))
    else:
        text = str(format_date(value, format=style, locale=locale))
    first = _FIRST_OF_MONTH.get(locale.split("_")[0])
    if first and value.day == 1:
        text = re.sub(r"(?<!\d)1(?!\d)", first, text, count=1)
    return text


def _date_filter(locale: str) -> Any:
    def day(value: date, style: str = "long") -> str:
        return local_date(value, style, locale)

    return day


def _list_filter(locale: str, register: str) -> Any:
    refer_all = conventions(locale).refer_all
    informal = register == "informal"

    def names(values: Sequence[str | Named]) -> str:
        """People listed as a letter names them ("Dr. Albrecht and Professor Santos"); a
        letter on first-name terms ("Hallo Henning") names colleagues without titles."""
        people = [value for value in values if not isinstance(value, str)]
        referred = iter([p.full for p in people] if informal else refer_all(people))
        shown = [value if isinstance(value, str) else next(referred) for value in values]
        return str(format_list(shown, locale=locale))

    return names


#: The package templates, and the modules they are compiled to ahead of time.
TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
COMPILED = Path(__file__).resolve().parent / "_compiled"


def source_digest(source: str) -> str:
    """The digest of a template's source that its compiled module records."""
    return hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()


def module_name(template: str) -> str:
    """The compiled module of a template: ``blocks/gratitude.j2`` -> ``blocks__gratitude``."""
    return template.removesuffix(".j2").replace("/", "__")


#: The catalog functions ``_direct_gettext`` installs: plain functions of their arguments.
_GETTEXT = frozenset({"gettext", "ngettext", "pgettext", "npgettext"})


class _CodeGenerator(CodeGenerator):
    """Jinja's code generator, calling the catalog functions directly.

    Jinja writes every call as ``context.call(f, …)``, which looks for a context to pass
    and strips loop variables: a fifth of a phrasing's cost, for nothing when ``f`` is
    one of ``_direct_gettext``'s functions. Any other call, and one inside a loop or
    block (which passes loop variables), is written as Jinja writes it.
    """

    def visit_Call(  # noqa: N802 - Jinja's name
        self, node: nodes.Call, frame: Frame, forward_caller: bool = False
    ) -> None:
        direct = (
            isinstance(node.node, nodes.Name)
            and node.node.name in _GETTEXT
            and not (forward_caller or frame.loop_frame or frame.block_frame)
        )
        if not direct:
            super().visit_Call(node, frame, forward_caller=forward_caller)
            return
        self.write("(")
        self.visit(node.node, frame)
        self.write(")(")
        # Jinja writes the arguments after the function's context, each with a comma.
        written, self.stream = self.stream, io.StringIO()
        self.signature(node, frame)
        arguments, self.stream = self.stream.getvalue(), written
        self.write(arguments.removeprefix(", ") + ")")


class _Environment(jinja2.Environment):
    code_generator_class = _CodeGenerator


def _compiling() -> jinja2.Environment:
    # The options of every locale's environment; the translations and filters are looked
    # up when a template runs, so one compilation serves every locale.
    env = _Environment(**_OPTIONS)
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    for name in _local_filters("en", "formal"):
        # Known to the compiler, never folded into constants: a locale's own filter
        # runs when the template does.
        env.filters[name] = _not_at_compile_time
    return env


def _local_filters(locale: str, register: str) -> dict[str, Callable[..., Any]]:
    """The filters each locale's environment defines for itself."""
    return {
        "date": _date_filter(locale),
        "names": _list_filter(locale, register),
        "number": conventions(locale).number,
        "after_colon": conventions(locale).after_colon,
    }


def _not_at_compile_time(*args: Any, **kwargs: Any) -> Any:
    raise jinja2.exceptions.FilterArgumentError("a locale's filter runs with its locale")


def compile_source(source: str, name: str) -> str:
    """Jinja's Python code for a template (what it would compile at the first use)."""
    return str(_compiling().compile(source, name, name, raw=True))


def parse_signatures(source: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The macros a template's source defines, with their parameters, in source order."""
    return tuple(
        (m.name, tuple(arg.name for arg in m.args))
        for m in _compiling().parse(source).find_all(nodes.Macro)
    )


@functools.cache
def _compiled(template: str) -> Any:
    """The compiled module of a package template, or None when there is none, or the
    template or Jinja has changed since it was compiled (then Jinja compiles the
    source)."""
    try:
        module = importlib.import_module(
            f"rejection_kit.language._compiled.{module_name(template)}"
        )
        source = (TEMPLATES / template).read_text(encoding="utf-8")
    except (ImportError, OSError, ValueError):
        return None
    current = getattr(module, "SOURCE", None) == source_digest(source)
    # Code compiled by another Jinja may call helpers this one lacks: compile afresh.
    return module if current and getattr(module, "JINJA", None) == jinja2.__version__ else None


class _Loader(jinja2.PackageLoader):
    """The package templates, from their compiled modules while those are current."""

    def load(
        self,
        environment: jinja2.Environment,
        name: str,
        globals: MutableMapping[str, Any] | None = None,
    ) -> jinja2.Template:
        module = _compiled(name)
        if module is None:
            return super().load(environment, name, globals)
        namespace = module.namespace(environment)
        namespace["__file__"] = str(TEMPLATES / name)
        return environment.template_class.from_module_dict(environment, namespace, globals or {})


def _direct_gettext(catalog: Any) -> dict[str, Callable[..., str]]:
    """Jinja's new-style gettext functions without the template context.

    Jinja wraps each in a function that takes the context, calls the catalog through
    ``Context.call`` and marks the result safe when autoescaping: two extra calls per
    sentence, for nothing here (the catalog functions take no context, and autoescaping
    is off). These do the rest exactly as Jinja does: the ``num`` and ``context``
    variables, and ``%`` formatting even without variables ("100%%" → "100%").
    """
    gettext = getattr(catalog, "ugettext", None) or catalog.gettext
    ngettext = getattr(catalog, "ungettext", None) or catalog.ngettext
    pgettext, npgettext = catalog.pgettext, catalog.npgettext

    def _gettext(string: str, /, **variables: Any) -> str:
        return str(gettext(string) % variables)

    def _ngettext(singular: str, plural: str, num: int, /, **variables: Any) -> str:
        variables.setdefault("num", num)
        return str(ngettext(singular, plural, num) % variables)

    def _pgettext(context: str, string: str, /, **variables: Any) -> str:
        variables.setdefault("context", context)
        return str(pgettext(context, string) % variables)

    def _npgettext(context: str, singular: str, plural: str, num: int, /, **variables: Any) -> str:
        variables.setdefault("context", context)
        variables.setdefault("num", num)
        return str(npgettext(context, singular, plural, num) % variables)

    return {
        "gettext": _gettext,
        "ngettext": _ngettext,
        "pgettext": _pgettext,
        "npgettext": _npgettext,
    }


@functools.cache
def _environment(locale: str, register: str) -> jinja2.Environment:
    env = _Environment(loader=_Loader("rejection_kit", "templates"), **_OPTIONS)
    catalog = translations(locale, register)
    env.install_gettext_translations(catalog, newstyle=True)  # type: ignore[attr-defined]
    env.globals.update(_direct_gettext(catalog))
    env.filters.update(_local_filters(locale, register))
    return env


def environment(locale: str, register: str = "formal") -> jinja2.Environment:
    """The Jinja environment for a resolved locale and register."""
    with _LOCK:
        return _environment(locale, register)


@functools.cache
def macro_signatures(template: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The macros a template defines, with their parameters, in source order."""
    module = _compiled(template)
    if module is not None:
        return module.MACROS  # type: ignore[no-any-return]
    env = jinja2.Environment(loader=jinja2.PackageLoader("rejection_kit", "templates"), **_OPTIONS)
    try:
        source, _, _ = env.loader.get_source(env, template)  # type: ignore[union-attr]
    except jinja2.TemplateNotFound:
        raise TemplateError("no such template", template=template) from None
    return parse_signatures(source)


def macro_names(template: str) -> tuple[str, ...]:
    """The macros a template defines, in source order (language-independent)."""
    return tuple(name for name, _ in macro_signatures(template))


@functools.lru_cache(maxsize=4096)
def _macro(locale: str, register: str, template: str, name: str) -> Callable[..., Any]:
    """A template's macro, looked up once; called directly when its signature allows.

    Jinja's ``Macro.__call__`` binds arguments by name on every call. The built-in macros
    take plain positional parameters, so calling the compiled function with the values in
    parameter order gives the same text for a fraction of the cost.
    """
    try:
        module = environment(locale, register).get_template(template).module
    except jinja2.TemplateNotFound:
        raise TemplateError("no such template", template=template) from None
    macro = getattr(module, name, None)
    if not isinstance(macro, jinja2.runtime.Macro):
        raise TemplateError(f"no macro {name!r}", template=template)
    plain = not (macro.catch_kwargs or macro.catch_varargs or macro.caller)
    func = getattr(macro, "_func", None)
    if not plain or func is None:
        return lambda **values: macro(**values)
    order = tuple(macro.arguments)
    return lambda **values: func(*(values[a] for a in order))


#: Rendered package macros by locale, register, template, macro and values. Bounded: it
#: is emptied when full, which keeps memory flat over a long batch.
_RENDERED: dict[tuple[Any, ...], str] = {}
_RENDERED_MAX = 8192


def _typed(values: dict[str, Any]) -> tuple[str, ...]:
    """The phrases the user typed among a macro's values (the facts' and an offer's)."""
    found: tuple[str, ...] = ()
    for value in values.values():
        if value is None or isinstance(value, (str, int)):
            continue  # a name or a number, not a record of typed phrases
        try:
            found += _typed_of(value)
        except TypeError:  # a value that cannot be hashed
            found += _typed_of.__wrapped__(value)
    return found


@functools.lru_cache(maxsize=1024)
def _typed_of(value: Any) -> tuple[str, ...]:
    typed = (getattr(value, name, None) for name in ("topic", "kindness", "title"))
    return tuple(t for t in typed if isinstance(t, str) and t)


class JinjaTemplates:
    """Renders a macro of a package template for one locale and register."""

    def __init__(self, locale: str, register: str = "formal") -> None:
        self.locale = locale
        self.register = register
        self.grammar: Grammar = grammar(locale)
        environment(locale, register)  # fail early for a locale without catalogs

    def render(self, template: str, macro: str, **values: Any) -> str:
        """Render ``macro`` from ``template`` and fold its whitespace to single spaces.

        A package macro's text depends only on the locale, the register and the values,
        so it is kept (see ``_RENDERED``): a phrasing tried for one block is often tried
        again for another variant's filler, a retry, or another message to the same
        person.
        """
        key = (self.locale, self.register, template, macro, *values.items())
        try:
            return _RENDERED[key]
        except KeyError:
            text = self._render(template, macro, values)
        except TypeError:  # a value that cannot be hashed: render it every time
            return self._render(template, macro, values)
        if len(_RENDERED) >= _RENDERED_MAX:
            _RENDERED.clear()  # flat memory over any number of messages
        _RENDERED[key] = text
        return text

    def _render(self, template: str, macro: str, values: dict[str, Any]) -> str:
        function = _macro(self.locale, self.register, template, macro)
        try:
            text = str(function(**values))
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{macro}: {exc}", template=template) from None
        except KeyError as exc:
            raise TemplateError(f"{macro}: no value for {exc}", template=template) from None
        # Fold only ASCII whitespace: the no-break spaces of French punctuation stay.
        if "\n" in text or "  " in text or "\t" in text or "\r" in text:
            text = _ASCII_SPACE.sub(" ", text)  # else it would replace a space by a space
        text = text.strip(" ")
        facts = values.get("c")
        company = getattr(facts, "company", None) or values.get("company") or ""
        gender = getattr(facts, "company_gender", None) or values.get("company_gender")
        return self.grammar.apply(text, company=company, gender=gender, phrases=_typed(values))

    def macros(self, template: str) -> tuple[str, ...]:
        """The macros ``template`` defines."""
        return macro_names(template)

    def signatures(self, template: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The macros ``template`` defines, with their parameters."""
        return macro_signatures(template)


def clear() -> None:
    """Forget every built environment."""
    with _LOCK:
        _environment.cache_clear()
        _macro.cache_clear()
        macro_signatures.cache_clear()
        _compiled.cache_clear()
        _RENDERED.clear()
        _typed_of.cache_clear()
