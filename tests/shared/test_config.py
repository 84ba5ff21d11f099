"""Settings come from MEDSTREAM_* variables and name topics and groups consistently."""

import pytest
from medstream_shared.config import MedstreamSettings, ServiceSettings
from medstream_shared.constants import Topic


def test_topic_names_follow_the_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDSTREAM_TOPIC_PREFIX", "acme.")
    settings = MedstreamSettings()

    assert settings.topic(Topic.ANALYTICS_TASKS) == "acme.tasks.analytics"
    assert settings.dead_letter_topic("acme.requests") == "acme.requests.dlq"
    assert settings.consumer_group("router") == "acme.router"
    assert len(settings.all_topics()) == 2 * len(Topic)


def test_secrets_are_not_shown_in_repr() -> None:
    settings = MedstreamSettings(mongo_url="mongodb://user:hunter2@db:27017")

    assert "hunter2" not in repr(settings)


def test_production_refuses_the_development_broker() -> None:
    with pytest.raises(ValueError, match="KAFKA_BOOTSTRAP"):
        ServiceSettings(environment="production", service_name="x", http_port=1, mongo_database="x")


def test_the_warehouse_roles_name_columns_of_the_contract() -> None:
    from medstream_shared.warehouse import VisitColumns, Warehouse

    assert Warehouse().visits.age == "age_at_visit"
    with pytest.raises(ValueError, match="visits has no column 'age'"):
        Warehouse(visits=VisitColumns(age="age"))
