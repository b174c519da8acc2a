"""Situation inside pydantic models and as a FastAPI request body, with its schema."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Annotated, Any

import pydantic
import pytest
from fastapi import Body, FastAPI
from fastapi.testclient import TestClient

import rejection_kit as rk

SAMPLE = json.loads(
    (Path(rk.__file__).parent / "samples/finalist.json").read_text(encoding="utf-8")
)


class Request(pydantic.BaseModel):
    situation: rk.Situation
    recipe: str = "thank_you"


def test_a_pydantic_field_validates_with_the_model_and_serializes_back() -> None:
    request = Request.model_validate({"situation": SAMPLE})
    assert isinstance(request.situation, rk.Situation)
    assert request.model_dump(mode="json")["situation"] == request.situation.to_dict()
    again = Request.model_validate_json(request.model_dump_json())
    assert again.situation == request.situation


def test_a_bad_situation_is_a_pydantic_error_with_each_problem_located() -> None:
    bad = copy.deepcopy(SAMPLE)
    bad["contacts"][0]["email"] = "priya at northwind"
    bad["rejection"]["via"] = "pigeon"
    with pytest.raises(pydantic.ValidationError) as info:
        Request.model_validate({"situation": bad})
    error = info.value.errors()[0]
    assert error["loc"] == ("situation",)
    located = {tuple(e["loc"]): e["code"] for e in error["ctx"]["errors"]}
    assert located == {("contacts", 0, "email"): "format", ("rejection", "via"): "choice"}


def test_the_pydantic_json_schema_is_the_situation_schema_inlined() -> None:
    schema = Request.model_json_schema()
    situation = schema["properties"]["situation"]
    assert situation["required"] == ["candidate", "company", "position"]
    assert "$ref" not in json.dumps(situation)
    contact = situation["properties"]["contacts"]["items"]
    assert "agency_recruiter" in contact["properties"]["role"]["enum"]


def _app() -> FastAPI:
    app = FastAPI()

    @app.post("/compose")
    def compose(situation: Annotated[rk.Situation, Body()]) -> dict[str, Any]:
        return rk.compose(situation, recipe="thank_you").to_dict()

    return app


def test_fastapi_takes_the_situation_as_the_request_body() -> None:
    client = TestClient(_app())
    ok = client.post("/compose", json=SAMPLE)
    assert ok.status_code == 200
    assert ok.json()["recipient"] == "Priya Raman"
    bad = client.post("/compose", json={"candidate": {"name": "Maya"}})
    assert bad.status_code == 422
    assert [e["loc"] for e in bad.json()["detail"][0]["ctx"]["errors"]] == [
        ["company"],
        ["position"],
    ]
    body = client.get("/openapi.json").json()["paths"]["/compose"]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert schema["title"] == "Situation"
    assert "contacts" in schema["properties"]
