"""User-supplied templates, rendered in Jinja's sandbox with a budget.

Apps let their users word things their own way, and bots pass user text straight in,
so a user template is untrusted code. Three layers keep it harmless:

1. Before compiling, the template's syntax tree is checked against an allow-list: text,
   variables and their attributes, ``if``, a single level of ``for``, comparisons,
   arithmetic and a short list of filters. Function calls, macros, imports, includes,
   ``set``, filter blocks and nested loops are refused, so nothing can call into Python.
   ``a ~ b`` is rewritten as ``(a|string) + (b|string)`` so that it is bounded like ``+``.
2. What remains runs in an ``ImmutableSandboxedEnvironment`` (no attribute tricks such
   as ``''.__class__.__mro__``, no mutation, no methods: ``c.company.format`` is
   refused rather than printed) with ``StrictUndefined`` and no globals.
3. A budget bounds memory and time: every ``+``, ``*``, ``**``, ``%`` and ``join`` is
   checked *before* it runs (strings and lists of at most 10,000 items, integers of at
   most 4,096 bits, no ``%`` formatting of strings), the output is streamed and cut off
   at 4,000 characters, and a render may use at most 0.1 s of CPU time.

Every failure is a :class:`~rejection_kit.TemplateError`; nothing is executed outside the
sandbox.
"""

from __future__ import annotations

import operator
import threading
import time
from collections.abc import Iterable
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from rejection_kit._errors import TemplateError, shown

MAX_TEMPLATE = 4000  # characters of template source
MAX_OUTPUT = 4000  # characters a template may produce
MAX_SECONDS = 0.1  # CPU time one render may use
_MAX_SEQUENCE = 10_000  # the longest string or list an operator may build
_MAX_BITS = 4096  # the largest integer an operator may build
_budget = threading.local()


def _spend() -> None:
    deadline = getattr(_budget, "deadline", None)
    if deadline is not None and time.thread_time() > deadline:
        raise SecurityError(f"the phrasing takes more than {MAX_SECONDS} s to render")


def _bits(value: Any) -> int:
    return value.bit_length() if isinstance(value, int) and not isinstance(value, bool) else 0


def _sized(value: Any, what: str) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > _MAX_SEQUENCE:
        raise SecurityError(f"{what} builds too long a value")
    if _bits(value) > _MAX_BITS:
        raise SecurityError(f"{what} builds too large a number")
    return value


def _check_power(left: Any, right: Any) -> None:
    if not isinstance(right, (int, float)) or isinstance(right, bool):
        return
    if isinstance(left, int) and isinstance(right, int) and right > 0:
        # The result has about bits(left) * right bits: refuse before computing it.
        too_large = max(_bits(left), 1) * right > _MAX_BITS
    else:
        too_large = abs(right) > _MAX_BITS
    if too_large:
        raise SecurityError(f"exponent {right} is too large")


def _check_product(left: Any, right: Any) -> None:
    for seq, times in ((left, right), (right, left)):
        repeats = isinstance(seq, (str, list, tuple)) and isinstance(times, int)
        if repeats and len(seq) * times > _MAX_SEQUENCE:
            raise SecurityError("repetition builds too long a value")
    if _bits(left) + _bits(right) > _MAX_BITS:
        raise SecurityError("the product builds too large a number")


class _LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with every operator that can grow a value checked first."""

    intercepted_binops = frozenset({"*", "**", "+", "%", "//", "/", "-"})

    def call_binop(self, context: jinja2.runtime.Context, op: str, left: Any, right: Any) -> Any:
        _spend()
        if op == "**":
            _check_power(left, right)
            return _sized(operator.pow(left, right), "the power")
        if op == "*":
            _check_product(left, right)
            return _sized(operator.mul(left, right), "the product")
        if op == "%":
            if isinstance(left, str):
                raise SecurityError("formatting strings with % is not allowed; use ~")
            return operator.mod(left, right)
        if op == "+":
            joins = isinstance(left, (str, list, tuple)) and isinstance(right, type(left))
            if joins and len(left) + len(right) > _MAX_SEQUENCE:
                raise SecurityError("concatenation builds too long a value")
            return _sized(operator.add(left, right), "the sum")
        return _sized(super().call_binop(context, op, left, right), op)

    # Only data: a method is never printed (it would show a memory address) and could
    # never be called (calls are refused before compiling).
    def getattr(self, obj: Any, attribute: str) -> Any:
        value = super().getattr(obj, attribute)
        return self.unsafe_undefined(obj, attribute) if callable(value) else value

    def getitem(self, obj: Any, argument: Any) -> Any:
        value = super().getitem(obj, argument)
        return self.unsafe_undefined(obj, str(argument)) if callable(value) else value


def _join(value: Iterable[Any], d: str = "", attribute: Any = None) -> str:
    if attribute is not None:
        raise SecurityError("join with an attribute is not allowed")
    items = [str(v) for v in value]
    total = sum(len(v) for v in items) + len(str(d)) * max(len(items) - 1, 0)
    if total > _MAX_SEQUENCE:
        raise SecurityError("join builds too long a value")
    return str(d).join(items)


_ENV = _LimitedSandbox(undefined=jinja2.StrictUndefined, autoescape=False)
_ENV.globals.clear()  # no range, lipsum, cycler, joiner, namespace or dict
_ENV.filters["join"] = _join

_FILTERS = frozenset(
    [
        "abs",
        "capitalize",
        "count",
        "default",
        "d",
        "first",
        "float",
        "int",
        "join",
        "last",
        "length",
        "list",
        "lower",
        "reverse",
        "round",
        "sort",
        "string",
        "title",
        "trim",
        "unique",
        "upper",
        "wordcount",
    ]
)  # no replace, center, indent, wordwrap, format: each can multiply a value's length
_ALLOWED = (
    nodes.Template,
    nodes.Output,
    nodes.TemplateData,
    nodes.Name,
    nodes.Const,
    nodes.Getattr,
    nodes.Getitem,
    nodes.Slice,
    nodes.If,
    nodes.CondExpr,
    nodes.Compare,
    nodes.Operand,
    nodes.And,
    nodes.Or,
    nodes.Not,
    nodes.Neg,
    nodes.Pos,
    nodes.Concat,
    nodes.Add,
    nodes.Sub,
    nodes.Mul,
    nodes.Div,
    nodes.FloorDiv,
    nodes.Mod,
    nodes.Pow,
    nodes.Filter,
    nodes.Test,
    nodes.For,
    nodes.List,
    nodes.Tuple,
    nodes.Keyword,
)


def _bounded_concat(tree: nodes.Node) -> None:
    """Rewrite every ``a ~ b ~ c`` as ``((a|string) + (b|string)) + (c|string)``.

    Jinja compiles ``~`` to a plain ``str.join`` that no sandbox hook sees; ``+`` goes
    through ``call_binop``, which checks the length before building the string.
    """
    for parent in tree.find_all(nodes.Node):
        for field in parent.fields:
            value = getattr(parent, field, None)
            if isinstance(value, nodes.Concat):
                setattr(parent, field, _as_sum(value))
            elif isinstance(value, list):
                for i, item in enumerate(value):
                    if isinstance(item, nodes.Concat):
                        value[i] = _as_sum(item)


def _as_sum(concat: nodes.Concat) -> nodes.Expr:
    terms = [nodes.Filter(n, "string", [], [], None, None, lineno=n.lineno) for n in concat.nodes]
    result: nodes.Expr = terms[0]
    for term in terms[1:]:
        result = nodes.Add(result, term, lineno=concat.lineno)
    return result


def _refusal(node: nodes.Node, loops: int = 0) -> str | None:
    """Why the syntax tree below ``node`` is not allowed, or None."""
    if not isinstance(node, _ALLOWED):
        return f"{type(node).__name__.lower()} is not allowed in a phrasing"
    if isinstance(node, nodes.Filter) and node.name not in _FILTERS:
        return f"filter {node.name!r} is not allowed; allowed: {', '.join(sorted(_FILTERS))}"
    if isinstance(node, nodes.For):
        loops += 1
        if loops > 1:
            return "nested loops are not allowed in a phrasing"
    for child in node.iter_child_nodes():
        if reason := _refusal(child, loops):
            return reason
    return None


class UserTemplate:
    """One compiled user template; ``render`` returns its text or raises TemplateError."""

    def __init__(self, source: str, *, name: str) -> None:
        if not isinstance(source, str):
            raise TemplateError(f"must be a string, got {type(source).__name__}", template=name)
        if len(source) > MAX_TEMPLATE:
            raise TemplateError(
                f"is {len(source)} characters; at most {MAX_TEMPLATE} allowed", template=name
            )
        self.name = name
        self.source = source
        try:
            tree = _ENV.parse(source)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"syntax error: {exc.message}", template=name) from None
        if reason := _refusal(tree):
            raise TemplateError(reason, template=name)
        _bounded_concat(tree)
        self._template = _ENV.from_string(tree)

    def render(self, **values: Any) -> str:
        """Render with ``values``; fold whitespace like the built-in phrasings."""
        _budget.deadline = time.thread_time() + MAX_SECONDS
        pieces: list[str] = []
        size = 0
        try:
            for piece in self._template.generate(**values):
                size += len(piece)
                if size > MAX_OUTPUT:
                    raise TemplateError(
                        f"produces more than {MAX_OUTPUT} characters", template=self.name
                    )
                pieces.append(piece)
                _spend()
        except TemplateError:
            raise
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"undefined variable: {exc.message}", template=self.name) from None
        except SecurityError as exc:
            raise TemplateError(f"refused by the sandbox: {exc}", template=self.name) from None
        except (OverflowError, MemoryError, RecursionError) as exc:
            raise TemplateError(f"too costly to render: {exc}", template=self.name) from None
        except Exception as exc:  # any other error inside user code is the user's template
            raise TemplateError(
                f"failed to render: {type(exc).__name__}: {shown(str(exc))}", template=self.name
            ) from None
        finally:
            _budget.deadline = None
        return " ".join("".join(pieces).split())
