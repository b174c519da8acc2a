"""Pydantic v2 support: ``Situation`` as a field or a FastAPI request body.

Pydantic asks a type for its core schema through ``__get_pydantic_core_schema__``;
:class:`~rejection_kit.Situation` answers with a validator that runs
``Situation.from_dict`` (so the model's checks, limits and messages are the ones that
apply), a serializer that gives ``to_dict()``, and the situation's JSON Schema for
OpenAPI (inlined: OpenAPI keeps its own ``components``). Nothing here is imported unless
pydantic asks: ``pip install rejection_kit[pydantic]``.
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic_core import PydanticCustomError, core_schema

from rejection_kit._errors import ValidationError
from rejection_kit.model._schema import situation_schema


def _inlined(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            target = _inlined(copy.deepcopy(defs[node["$ref"].split("/")[-1]]), defs)
            return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
        return {k: _inlined(v, defs) for k, v in node.items()}
    if isinstance(node, list):
        return [_inlined(v, defs) for v in node]
    return node


def openapi_schema() -> dict[str, Any]:
    """The situation's schema with every ``$ref`` inlined (the model has no cycles)."""
    schema = situation_schema()
    defs = schema.pop("$defs")
    for key in ("$schema", "$id"):
        schema.pop(key, None)
    inlined: dict[str, Any] = _inlined(schema, defs)
    return inlined


def situation_core_schema(cls: type) -> core_schema.CoreSchema:
    """Validate with ``from_dict``; report each problem in the error's context."""

    def validate(value: Any) -> Any:
        if isinstance(value, cls):
            return value
        try:
            return cls.from_dict(value)  # type: ignore[attr-defined]
        except ValidationError as exc:
            raise PydanticCustomError(
                "situation",
                "{summary}",
                {"summary": exc.message, "errors": [p.to_dict() for p in exc.problems]},
            ) from None

    return core_schema.no_info_plain_validator_function(
        validate,
        serialization=core_schema.plain_serializer_function_ser_schema(
            lambda situation: situation.to_dict()
        ),
    )
