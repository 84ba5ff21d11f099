"""The OpenAPI document says what the API really answers on errors: RFC 9457 problems.

FastAPI documents error responses as ``application/json`` with its own validation-error
shape; the gateway sends ``application/problem+json`` (see :mod:`core.errors`). The
document is rewritten once, so clients and contract tests read the truth.
"""

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, Field

PROBLEM_REF = "#/components/schemas/Problem"
COMMON_ERRORS = {
    "401": "Missing, invalid or expired bearer token",
    "422": "Invalid request: the fields and what is wrong with each",
    "429": "Rate limit exceeded; see Retry-After",
}


class FieldError(BaseModel):
    field: str
    message: str


class Problem(BaseModel):
    """An RFC 9457 problem detail."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = Field(default=None, description="for 422: each bad field")


def _problem_content() -> dict[str, Any]:
    return {"application/problem+json": {"schema": {"$ref": PROBLEM_REF}}}


def _rewrite_operation(operation: dict[str, Any]) -> None:
    responses = operation.setdefault("responses", {})
    for code, response in responses.items():
        if code.isdigit() and int(code) >= 400:
            response["content"] = _problem_content()
    if any(p.get("in") == "path" for p in operation.get("parameters", [])):
        responses.setdefault("404", {"description": "Not found (or not yours)"})
        responses["404"]["content"] = _problem_content()
    if operation.get("security") or operation.get("operationId", "").startswith(
        ("submit", "get_", "list_", "request_")
    ):
        for code, description in COMMON_ERRORS.items():
            responses.setdefault(code, {"description": description, "content": _problem_content()})


def install_problem_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                routes=app.routes,
            )
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for model in (FieldError, Problem):
                schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schema.pop("$defs", None)
                schemas[model.__name__] = schema
            for name in ("HTTPValidationError", "ValidationError"):
                schemas.pop(name, None)
            for path, item in document.get("paths", {}).items():
                if path.startswith("/api/"):
                    for operation in item.values():
                        _rewrite_operation(operation)
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
