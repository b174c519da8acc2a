"""A web API that composes messages: the situation is the request body, checked by its
schema, and FastAPI's OpenAPI page documents every field.

Run it with ``uvicorn examples.fastapi_app:app``; run this file to exercise it in-process.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, FastAPI

import rejection_kit as rk
from rejection_kit.types import RecipeName

app = FastAPI(title="rejection_kit example")


@app.post("/messages")
def compose(
    situation: Annotated[rk.Situation, Body()],
    recipe: RecipeName = "thank_you",
    locale: str = "en",
) -> list[dict[str, Any]]:
    """One message per contact the recipe suits."""
    return [m.to_dict() for m in rk.compose_all(situation, recipe=recipe, locale=locale)]


@app.exception_handler(rk.RejectionKitError)
def refused(request: Any, exc: rk.RejectionKitError) -> Any:
    from fastapi.responses import JSONResponse

    return JSONResponse(status_code=422, content=exc.to_dict())


if __name__ == "__main__":
    from fastapi.testclient import TestClient

    client = TestClient(app)
    situation = {
        "candidate": {"name": "Maya Chen"},
        "company": {"name": "Northwind Analytics"},
        "position": {"title": "Senior Data Analyst"},
        "contacts": [{"name": "Priya Raman", "role": "hiring_manager", "gender": "female"}],
        "rejection": {"date": "2026-11-24", "via": "email", "by": "Priya Raman"},
    }
    ok = client.post("/messages", json=situation, params={"locale": "de"})
    assert ok.status_code == 200, ok.text
    print(ok.json()[0]["text"])
    bad = client.post("/messages", json={**situation, "candidate": {"name": ""}})
    assert bad.status_code == 422
    print(bad.json()["detail"][0]["ctx"]["errors"])
    schema = client.get("/openapi.json").json()
    body = schema["paths"]["/messages"]["post"]["requestBody"]["content"]["application/json"]
    assert "contacts" in body["schema"]["properties"]
