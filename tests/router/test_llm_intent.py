"""Question understanding through the LLM: scope, clarity and what to ask back."""

import pytest
from medstream_router.llm_intent import ClarificationTurn, IntentAssessment, LlmIntentClassifier
from medstream_shared.llm import LlmTimeout

from tests.fake_openai import FakeOpenAI, Reply

CLEAR = {
    "in_scope": True,
    "clear": True,
    "clarification_question": None,
    "options": [],
    "rewritten_question": "Top 5 diagnoses by visits in Saint Petersburg in 2025",
}
UNCLEAR = {
    "in_scope": True,
    "clear": False,
    "clarification_question": "Что посчитать: число визитов или стоимость?",
    "options": ["Число визитов", "Стоимость", "  ", *[f"вариант {n}" for n in range(8)]],
    "rewritten_question": "Статистика по Казани",
}


def classifier_for(llm: FakeOpenAI, **settings: object) -> LlmIntentClassifier:
    return LlmIntentClassifier(llm.client(**settings))


async def test_a_clear_question_is_rewritten_and_the_request_asks_for_the_schema(
    llm: FakeOpenAI,
) -> None:
    llm.script(CLEAR)

    assessment = await classifier_for(llm).assess("top-5 diagnoses in SPb 2025?")

    assert assessment == IntentAssessment.model_validate(CLEAR)
    assert not assessment.needs_clarification
    [request] = llm.requests
    assert request.body["model"] == "medstream-test-model"
    assert request.body["response_format"]["type"] == "json_schema"
    assert request.body["response_format"]["json_schema"]["name"] == "IntentAssessment"
    assert "top-5 diagnoses in SPb 2025?" in request.user_text


async def test_an_unclear_question_comes_back_with_a_few_short_options(llm: FakeOpenAI) -> None:
    llm.script(UNCLEAR)

    assessment = await classifier_for(llm).assess("Казань?")

    assert assessment.needs_clarification
    assert assessment.clarification_question == "Что посчитать: число визитов или стоимость?"
    assert assessment.options == ["Число визитов", "Стоимость", *[f"вариант {n}" for n in range(4)]]


async def test_unclear_without_a_question_to_ask_is_invalid_and_retried(llm: FakeOpenAI) -> None:
    llm.script({**UNCLEAR, "clarification_question": "  "}, UNCLEAR)

    assessment = await classifier_for(llm).assess("Казань?")

    assert assessment.clarification_question is not None
    assert len(llm.requests) == 2


async def test_earlier_clarifications_are_part_of_the_conversation(llm: FakeOpenAI) -> None:
    llm.script(CLEAR)
    turns = [
        ClarificationTurn("Which city?", "Saint Petersburg"),
        ClarificationTurn("Year?", "2025"),
    ]

    await classifier_for(llm).assess("top diagnoses", turns)

    text = llm.requests[0].user_text
    assert text.index("top diagnoses") < text.index("Which city?") < text.index("2025")
    assert "Answer 2:" in text


async def test_with_no_rounds_left_the_model_must_settle(llm: FakeOpenAI) -> None:
    llm.script(UNCLEAR)

    assessment = await classifier_for(llm).assess("Казань?", may_ask=False)

    assert assessment.clear and not assessment.needs_clarification
    assert assessment.clarification_question is None and assessment.options == []
    assert assessment.rewritten_question == "Статистика по Казани"
    assert "No clarification rounds are left" in llm.requests[0].messages[0]["content"]


async def test_an_out_of_scope_question_is_flagged(llm: FakeOpenAI) -> None:
    llm.script({**CLEAR, "in_scope": False, "clear": True, "rewritten_question": "What is love?"})

    assessment = await classifier_for(llm).assess("What is love?")

    assert not assessment.in_scope and not assessment.needs_clarification


async def test_a_timeout_propagates_so_the_router_uses_its_rules(llm: FakeOpenAI) -> None:
    llm.script(Reply(content=CLEAR, delay=0.5))

    with pytest.raises(LlmTimeout):
        await classifier_for(llm, timeout_seconds=0.2, retries=0).assess("q")


def test_the_prompt_names_the_served_warehouses_places_and_dates() -> None:
    from medstream_router.llm_intent import system_prompt

    from tests.catalog import synthetic_catalog

    prompt = system_prompt(synthetic_catalog())

    assert "from 2021-01-01 to 2025-12-31 in Moscow (Москва)" in prompt
    assert "Kazan (Казань)" in prompt and "{" not in prompt
