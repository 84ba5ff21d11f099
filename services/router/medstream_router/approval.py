"""Plan approval: the question that shows the SQL, and reading the person's verdict.

The options are always ``approve`` and ``reject``, in either language, so other backends
can answer without parsing prose; people may also write «да», «нет», "ok", «отмена».
"""

from typing import Literal

from medstream_questions.plan import QueryPlan

Verdict = Literal["approve", "reject"]

APPROVE: Verdict = "approve"
REJECT: Verdict = "reject"
OPTIONS: list[str] = [APPROVE, REJECT]
MAX_SQL_CHARS = 1500
MAX_QUESTION_CHARS = 2000

_YES = {"approve", "approved", "yes", "y", "ok", "okay", "run", "run it", "go", "confirm",
        "да", "ок", "подтверждаю", "подтвердить", "одобрить", "одобряю", "выполнить",
        "выполняй", "запускай"}  # fmt: skip
_NO = {"reject", "rejected", "no", "n", "cancel", "stop", "abort", "decline", "нет",
       "отклонить", "отклоняю", "отмена", "отменить", "не надо", "не выполнять"}  # fmt: skip


def verdict(answer: str) -> Verdict | None:
    words = " ".join(answer.casefold().replace("!", " ").replace(".", " ").split())
    if words in _YES:
        return APPROVE
    if words in _NO:
        return REJECT
    return None


def approval_question(plan: QueryPlan, sql: str) -> str:
    """The SQL to approve, with the plan's assumptions when they fit in a question."""
    shown = sql if len(sql) <= MAX_SQL_CHARS else sql[:MAX_SQL_CHARS] + " …"
    question = _worded(plan, shown, " ".join(plan.assumptions))
    return question if len(question) <= MAX_QUESTION_CHARS else _worded(plan, shown, "")


def _worded(plan: QueryPlan, shown: str, assumptions: str) -> str:
    if plan.language == "ru":
        note = f"\n\nДопущения: {assumptions}" if assumptions else ""
        return (
            f"Подтвердите запрос перед выполнением:\n\n{shown}{note}\n\n"
            f"Ответьте «{APPROVE}», чтобы выполнить его, или «{REJECT}», чтобы отменить."
        )
    note = f"\n\nAssumptions: {assumptions}" if assumptions else ""
    return (
        f"Please approve this query before it runs:\n\n{shown}{note}\n\n"
        f"Answer “{APPROVE}” to run it or “{REJECT}” to cancel."
    )


def rejected_reason(language: str) -> str:
    if language == "ru":
        return "Запрос отклонён: план не был одобрен, SQL не выполнялся."
    return "The query was rejected: the plan was not approved, so no SQL was run."


def expired_reason(language: str, timeout_seconds: float) -> str:
    minutes = max(1, round(timeout_seconds / 60))
    if language == "ru":
        return f"Время на подтверждение запроса истекло ({minutes} мин.); SQL не выполнялся."
    return f"The approval expired after {minutes} min without an answer; no SQL was run."
