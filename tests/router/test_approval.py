"""Approval verdicts in either language, and a question that always fits the contract."""

import pytest
from medstream_questions.plan import Family, QueryPlan
from medstream_router.approval import approval_question, verdict


@pytest.mark.parametrize("text", ["approve", "Approve!", "yes", "ок", "Да", "подтверждаю"])
def test_approvals(text: str) -> None:
    assert verdict(text) == "approve"


@pytest.mark.parametrize("text", ["reject", "No.", "cancel", "нет", "Отклонить", "отмена"])
def test_rejections(text: str) -> None:
    assert verdict(text) == "reject"


def test_anything_else_is_not_a_verdict() -> None:
    assert verdict("only for Kazan please") is None


def test_the_question_shows_the_sql_and_stays_within_2000_characters() -> None:
    plan = QueryPlan(family=Family.COUNT, language="ru", assumptions=["x" * 450] * 4)

    question = approval_question(plan, "SELECT " + "1, " * 600 + "1")

    assert question.startswith("Подтвердите запрос")
    assert "SELECT 1, 1," in question
    assert len(question) <= 2000
