"""Turns stored session documents into the API's ``SessionView``."""

import json
from typing import Any

from medstream_gateway.models import ChartLink, Clarification, Result, SessionView
from medstream_gateway.readmodel.documents import SessionDocument

API = "/api/v1"


def session_view(session: SessionDocument) -> SessionView:
    clarification = session.clarification
    return SessionView(
        session_id=session.session_id,
        status=session.status,
        question=session.question,
        iteration=session.iteration,
        clarification=Clarification(**clarification) if clarification else None,
        result=_result(session.result) if session.result else None,
        error=session.error,
        created_at=session.created_at,
        updated_at=session.updated_at,
    )


def _result(result: dict[str, Any]) -> Result:
    charts = [
        ChartLink(
            id=c["id"],
            url=f"{API}/charts/{c['id']}",
            media_type=c["media_type"],
            vega_lite_url=f"{API}/charts/{c['id']}?format=vega-lite"
            if c.get("vega_lite")
            else None,
        )
        for c in result.get("charts", [])
    ]
    return Result(
        answer=result["answer"],
        sql=result.get("sql"),
        columns=result.get("columns", []),
        rows=json.loads(result.get("rows_json", "[]")),
        charts=charts,
        engine=result.get("engine", "offline"),
        llm_usage=result.get("llm_usage"),
    )
