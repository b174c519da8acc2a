"""User-supplied templates, rendered in Jinja's sandbox.

Apps let their users word things their own way, and bots pass user text straight in,
so a user template is untrusted code. Two layers keep it harmless:

1. Before compiling, the template's syntax tree is checked against an allow-list: text,
   variables and their attributes, ``if``, a single level of ``for``, comparisons,
   arithmetic and a short list of filters. Function calls, macros, imports, includes,
   ``set``, filter blocks and nested loops are refused, so nothing can call into Python
   or build work that grows exponentially.
2. What remains runs in an ``ImmutableSandboxedEnvironment`` (no attribute tricks such
   as ``''.__class__.__mro__``, no mutation) with ``StrictUndefined`` (an undefined
   variable is an error naming it), ``*``, ``**`` and ``+`` kept to small results, no
   globals, and a cap on the output.

Every failure is a :class:`~rejection_kit.TemplateError`; nothing is executed outside the
sandbox.
"""

from __future__ import annotations

import operator
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from rejection_kit._errors import TemplateError

MAX_TEMPLATE = 4000  # characters of template source
MAX_OUTPUT = 4000  # characters a template may produce
_MAX_SEQUENCE = 10_000  # the longest string or list an operator may build
_MAX_POWER = 64


class _LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with ``*``, ``**`` and ``+`` kept to small results."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: jinja2.runtime.Context, op: str, left: Any, right: Any) -> Any:
        if op == "**":
            if isinstance(right, (int, float)) and abs(right) > _MAX_POWER:
                raise SecurityError(f"exponent {right!r} is too large")
            return operator.pow(left, right)
        if op == "*":
            for seq, times in ((left, right), (right, left)):
                repeats = isinstance(seq, (str, list, tuple)) and isinstance(times, int)
                if repeats and len(seq) * times > _MAX_SEQUENCE:
                    raise SecurityError("repetition builds too long a value")
            return operator.mul(left, right)
        result = operator.add(left, right)
        if isinstance(result, (str, list, tuple)) and len(result) > _MAX_SEQUENCE:
            raise SecurityError("concatenation builds too long a value")
        return result


_ENV = _LimitedSandbox(undefined=jinja2.StrictUndefined, autoescape=False)
_ENV.globals.clear()  # no range, lipsum, cycler, joiner, namespace or dict

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
        self._template = _ENV.from_string(tree)

    def render(self, **values: Any) -> str:
        """Render with ``values``; fold whitespace like the built-in phrasings."""
        try:
            text = self._template.render(**values)
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"undefined variable: {exc.message}", template=self.name) from None
        except SecurityError as exc:
            raise TemplateError(f"refused by the sandbox: {exc}", template=self.name) from None
        except (OverflowError, MemoryError, RecursionError) as exc:
            raise TemplateError(f"too costly to render: {exc}", template=self.name) from None
        except Exception as exc:  # any other error inside user code is the user's template
            raise TemplateError(
                f"failed to render: {type(exc).__name__}: {exc}", template=self.name
            ) from None
        if len(text) > MAX_OUTPUT:
            raise TemplateError(
                f"produced {len(text)} characters; at most {MAX_OUTPUT}", template=self.name
            )
        return " ".join(text.split())
