"""The situation's JSON Schema (draft 2020-12), generated from the model.

Chat bots that fill slots, LLM tool calls, web forms and OpenAPI clients need the shape
of a situation before they have one. The schema is built from the attrs classes
themselves (field names, types, choices, defaults) and from ``fields.toml`` (what each
field means, and the kind of text it holds, which sets its length and format), so it
cannot drift from what :meth:`Situation.from_dict` accepts: ``tests/model/test_schema.py``
validates every fixture and documented example against it and probes each limit.

What a schema cannot say — that the names in ``interviews[].with`` are contacts' names,
that a resource needs a title — is said in the descriptions, and checked by the model.
"""

from __future__ import annotations

import datetime
import functools
import types
import typing
from typing import Any

import attrs

from rejection_kit._toml import read_toml
from rejection_kit.model._fields import MAX_ITEMS, MAX_NAME, MAX_TEXT, MAX_TITLE, MAX_URL
from rejection_kit.model._situation import Situation

DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: The constraints of each kind of text (see fields.toml).
_KINDS: dict[str, dict[str, Any]] = {
    "name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME, "pattern": "^[^<>@]*$"},
    "title": {"type": "string", "minLength": 1, "maxLength": MAX_TITLE},
    "text": {"type": "string", "minLength": 1, "maxLength": MAX_TEXT},
    "email": {"type": "string", "format": "email", "maxLength": 254},
    "url": {"type": "string", "format": "uri", "pattern": "^https?://", "maxLength": MAX_URL},
    "phone": {"type": "string", "minLength": 1, "maxLength": 40},
    "message_id": {"type": "string", "pattern": "^<[^<>@\\s]+@[^<>@\\s]+>$", "maxLength": 250},
    "country": {"type": "string", "pattern": "^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$"},
}
#: Attribute names that are Python keywords, and the key the data uses.
_ALIASES = {"with_": "with", "for_": "for"}


@functools.cache
def _docs() -> dict[str, Any]:
    from importlib import resources

    return read_toml(resources.files("rejection_kit.model"), "fields.toml")


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


def _type_schema(hint: Any, doc: dict[str, Any]) -> dict[str, Any]:
    """The schema of one annotation (``str | None``, ``tuple[Contact, ...]``, ...)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return _nullable(_type_schema(rest[0], doc))
    if origin is typing.Literal:
        return {"type": "string", "enum": list(args)}
    if origin is tuple:
        return {
            "type": "array",
            "items": _type_schema(args[0], doc),
            "maxItems": doc.get("max_items", MAX_ITEMS),
        }
    if origin is dict:
        return {"type": "object", "additionalProperties": _type_schema(args[1], doc)}
    if hint is str:
        return dict(_KINDS[doc.get("kind", "title")])
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer", "minimum": 1, "maximum": 36}
    if hint is datetime.date:
        return {"type": "string", "format": "date"}
    if attrs.has(hint):
        return {"$ref": f"#/$defs/{hint.__name__}"}
    raise TypeError(f"no schema for {hint!r}")  # pragma: no cover - a new field type


def _class_schema(cls: type) -> dict[str, Any]:
    docs = _docs().get(cls.__name__, {})
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        key = _ALIASES.get(field.name, field.name)
        entry = docs.get(key, "")
        doc = entry if isinstance(entry, dict) else {"text": entry}
        schema = _type_schema(hints[field.name], doc)
        if doc.get("list") and schema.get("type") == "array":
            schema["items"] = dict(_KINDS[doc.get("kind", "title")])
        if doc.get("text"):
            schema["description"] = doc["text"]
        default = field.default
        if default is attrs.NOTHING:
            required.append(key)
        elif not hasattr(default, "factory") and default not in ((), None):
            schema["default"] = default
        properties[key] = schema
    out: dict[str, Any] = {
        "type": "object",
        "description": docs.get("description", ""),
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        out["required"] = required
    return out


def _classes(root: type) -> list[type]:
    """``root`` and every attrs class its fields reach, in order of first appearance."""
    seen: list[type] = []

    def visit(cls: type) -> None:
        if cls in seen:
            return
        seen.append(cls)
        for hint in typing.get_type_hints(cls).values():
            for arg in (hint, *typing.get_args(hint)):
                for inner in (arg, *typing.get_args(arg)):
                    if isinstance(inner, type) and attrs.has(inner):
                        visit(inner)

    visit(root)
    return seen


@functools.cache
def _situation_schema() -> dict[str, Any]:
    classes = _classes(Situation)
    root = _class_schema(Situation)
    return {
        "$schema": DIALECT,
        "$id": "https://rejection-kit.readthedocs.io/schema/situation.json",
        "title": "Situation",
        **root,
        "$defs": {cls.__name__: _class_schema(cls) for cls in classes if cls is not Situation},
    }


def situation_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a situation, as plain data (a fresh copy).

    >>> schema = situation_schema()
    >>> schema["required"]
    ['candidate', 'company', 'position']
    """
    import copy

    return copy.deepcopy(_situation_schema())
