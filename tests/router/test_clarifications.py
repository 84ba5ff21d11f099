"""Clarifying questions name what they are about; options read back exactly."""

from medstream_questions.decide import Clarify
from medstream_questions.understanding import Understanding
from medstream_router.clarifications import chosen_option, clarify


def clarification(understanding: Understanding, question: str) -> Clarify:
    decision = understanding.decide(understanding.read(question))
    assert isinstance(decision, Clarify)
    return decision


def test_an_unknown_place_is_named_in_the_question(understanding: Understanding) -> None:
    decision = clarification(understanding, "Сколько визитов с гриппом в Самаре в 2024 году?")

    asked = clarify(decision.issue, decision.slots)

    assert "«Самаре»" in asked.question
    assert [o.text for o in asked.options] == [
        "Москва",
        "Санкт-Петербург",
        "Новосибирск",
        "Екатеринбург",
        "Казань",
        "Все города",
    ]


def test_a_close_misspelling_is_offered_as_did_you_mean(understanding: Understanding) -> None:
    decision = clarification(understanding, "сколько визитов в Масскве")

    assert "Может быть, это Москва?" in clarify(decision.issue, decision.slots).question


def test_intent_options_restate_the_scope(understanding: Understanding) -> None:
    decision = clarification(understanding, "Грипп в Москве в 2024 году")

    asked = clarify(decision.issue, decision.slots)

    assert asked.question.startswith("Что именно вы хотите узнать (Москва, 2024 год, грипп")
    assert asked.options[1].text.startswith("Число визитов: Москва, 2024 год")


def test_an_option_is_recognised_whatever_its_case_and_spacing(
    understanding: Understanding,
) -> None:
    decision = clarification(understanding, "How many ulcer visits in 2024?")
    options = [o.as_json() for o in clarify(decision.issue, decision.slots).options]

    picked = chosen_option("  k25   GASTRIC ulcer ", options)

    assert picked is not None
    assert picked["patch"] == {"codes": ["K25"]}
    assert chosen_option("something else", options) is None


def test_an_unknown_place_is_answered_with_the_served_warehouses_cities() -> None:
    from medstream_questions.catalog import active_catalog, use_catalog
    from medstream_questions.issues import unknown_place
    from medstream_questions.slots import Slots
    from medstream_router.clarifications import clarify
    from medstream_shared.events.catalog import Catalog, CityEntry

    before = active_catalog()
    own = Catalog(
        version="own",
        first_date=before.first_date,
        last_date=before.last_date,
        visits=2,
        patients=1,
        cities=(
            CityEntry(value="Almaty", name_en="Almaty", name_ru="Алматы"),
            CityEntry(value="Astana", name_en="Astana", name_ru="Астана"),
        ),
    )
    use_catalog(own)
    try:
        asked = clarify(unknown_place("Тверь"), Slots(language="ru"))
    finally:
        use_catalog(before)

    assert "есть Алматы и Астана" in asked.question
    assert [option.text for option in asked.options][:2] == ["Алматы", "Астана"]
