"""Compose, the Helm chart and the Kustomize overlays deploy the same services the same way,
and the way the services themselves expect: names, images, ports, settings, probes, topics.

The services' side is read from their code (settings classes, routes, the topics each
consumer group reads), so a new setting or route is checked without editing these tests.
"""

import re
from pathlib import PurePosixPath

import pytest
from medstream_shared.config import MedstreamSettings
from medstream_shared.constants import COMPACTED_TOPICS, SERVICE_TOPICS
from medstream_shared.kafka.admin import DEAD_LETTER_RETENTION_MS, RETENTION_MS
from medstream_surveillance.topics import InternalTopic, internal_topics

from tests.deploy.compose import duration_seconds, load_compose
from tests.deploy.environments import (
    build_settings,
    compose_env,
    config_map,
    image_env,
    kube_env,
    resolve,
    settings_from,
)
from tests.deploy.service_facts import (
    SERVICES,
    consumed_topics,
    default_port,
    dockerfile,
    library_variables,
    llm_variables,
    secret_variables,
    serves,
    settings_class,
    settings_variables,
    uses_llm,
    variables_of,
)
from tests.deploy.tooling import Manifest, by_kind
from tests.deploy.workloads import Variable, deployments, main_container, pod_spec

PROBES = ("startup", "liveness", "readiness")


def _unread(service: str, env: dict[str, Variable]) -> set[str]:
    return set(env) - settings_variables(service) - library_variables(service)


def test_kubernetes_sets_only_variables_the_services_read(render: list[Manifest]) -> None:
    for service in SERVICES:
        assert _unread(service, kube_env(render, service)) == set(), service


def test_compose_sets_only_variables_the_services_read() -> None:
    for service in SERVICES:
        assert _unread(service, compose_env(service)) == set(), service


def test_the_services_accept_their_kubernetes_settings(
    render: list[Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    for service in SERVICES:
        settings = settings_from(service, resolve(render, kube_env(render, service)), monkeypatch)

        assert settings.http_host == "0.0.0.0", service
        assert settings.http_port == default_port(service), service


def test_the_services_accept_their_compose_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for service in SERVICES:
        settings = settings_from(service, resolve(None, compose_env(service)), monkeypatch)

        assert settings.http_host == "0.0.0.0", service
        assert settings.http_port == default_port(service), service


def test_secret_settings_come_from_secrets_in_kubernetes(render: list[Manifest]) -> None:
    for service in SERVICES:
        env = kube_env(render, service)
        must_be_secret = secret_variables(service) & env.keys()

        assert {name for name in must_be_secret if env[name].secret is None} == set(), service


def test_generated_secrets_hold_every_key_the_pods_require(render: list[Manifest]) -> None:
    secrets = by_kind(render, "Secret")
    for service, deployment in deployments(render).items():
        for entry in main_container(service, deployment).get("env", []):
            ref = entry.get("valueFrom", {}).get("secretKeyRef")
            if ref and ref["name"] in secrets and not ref.get("optional"):
                secret = secrets[ref["name"]]
                keys = {**secret.get("data", {}), **secret.get("stringData", {})}
                assert ref["key"] in keys, (service, ref)


def test_compose_and_kubernetes_give_each_service_the_same_settings(
    render: list[Manifest],
) -> None:
    """The same variables (LLM ones are optional in both), the same port and warehouse path."""
    for service in SERVICES:
        kube, compose = kube_env(render, service), compose_env(service)

        assert kube.keys() - llm_variables() == compose.keys() - llm_variables(), service
        for name in ("MEDSTREAM_HTTP_PORT", "MEDSTREAM_WAREHOUSE_PATH"):
            assert (name in kube) == (name in compose), (service, name)
            if name in kube:
                assert kube[name].value == compose[name].value, (service, name)


def test_the_llm_endpoint_reaches_the_services_that_call_a_model(
    render: list[Manifest],
) -> None:
    compose = {s for s in SERVICES if "OPENAI_API_KEY" in compose_env(s)}
    kube = {s for s in SERVICES if "OPENAI_API_KEY" in kube_env(render, s)}

    assert compose == kube == {s for s in SERVICES if uses_llm(s)}


def test_names_and_images_agree(render: list[Manifest]) -> None:
    """One kebab-case name per service: folder, image, `app` label, container, compose service."""
    compose = load_compose()["services"]
    for service, deployment in deployments(render).items():
        image = main_container(service, deployment)["image"]
        repository = image.rsplit(":", 1)[0]

        assert repository.rsplit("/", 1)[-1] == service
        assert compose[service]["image"].rsplit(":", 1)[0].rsplit("/", 1)[-1] == service
        assert compose[service]["build"]["dockerfile"] == "services/Dockerfile"
        assert compose[service]["build"]["args"]["SERVICE"] == service
        assert deployment["metadata"]["name"].endswith(f"-{service}")


def test_default_images_are_the_same_in_compose_and_kubernetes(
    all_renders: dict[str, list[Manifest]],
) -> None:
    compose = load_compose()["services"]
    for name in ("helm:default", "kustomize:base", "kustomize:prod"):
        for service, deployment in deployments(all_renders[name]).items():
            assert main_container(service, deployment)["image"] == compose[service]["image"], name


def test_probes_and_healthchecks_use_paths_the_services_serve(render: list[Manifest]) -> None:
    """Kubernetes probes, the image's HEALTHCHECK and compose's healthcheck, on the right port."""
    compose = load_compose()["services"]
    for service, deployment in deployments(render).items():
        container = main_container(service, deployment)
        probes = [container[f"{kind}Probe"]["httpGet"]["path"] for kind in PROBES]
        annotations = deployment["spec"]["template"]["metadata"]["annotations"]
        image_check = dict(dockerfile(service).final_stage())["HEALTHCHECK"]
        compose_check = " ".join(compose[service]["healthcheck"]["test"])
        port = default_port(service)

        assert all(serves(service, path) for path in probes), (service, probes)
        assert serves(service, annotations["prometheus.io/path"]), service  # no redirect
        assert annotations["prometheus.io/port"] == str(port), service
        for path in re.findall(r"/health/[a-z]+", image_check + compose_check):
            assert serves(service, path), (service, path)
        assert f"127.0.0.1:{port}/health/" in compose_check, service


def test_kafka_topics_are_the_ones_the_services_use(render: list[Manifest]) -> None:
    topics = by_kind(render, "KafkaTopic")
    if not topics:
        return  # topics created by the services themselves (development values)
    config = config_map(render)
    settings = MedstreamSettings(topic_prefix=config["MEDSTREAM_TOPIC_PREFIX"])

    faust = surveillance_topics(render, settings)
    assert {t["spec"]["topicName"] for t in topics.values()} == set(settings.all_topics()) | set(
        faust
    )
    for topic in topics.values():
        spec = topic["spec"]
        if spec["topicName"] in faust:  # the surveillance app's own, as faust creates them
            internal = faust[spec["topicName"]]
            assert spec["partitions"] == internal.partitions
            assert spec["config"]["cleanup.policy"] == internal.cleanup_policy
            assert spec["config"].get("retention.ms") == internal.retention_ms
            continue
        dead_letter = spec["topicName"].endswith(".dlq")
        compacted = spec["topicName"] in {settings.topic(t) for t in COMPACTED_TOPICS}
        assert spec["partitions"] == int(config["MEDSTREAM_TOPIC_PARTITIONS"])
        assert spec["replicas"] == int(config["MEDSTREAM_TOPIC_REPLICATION"])
        if compacted:
            assert spec["config"]["cleanup.policy"] == "compact"
            continue
        assert str(spec["config"]["retention.ms"]) == (
            DEAD_LETTER_RETENTION_MS if dead_letter else RETENTION_MS
        )
        assert spec["config"]["min.insync.replicas"] <= spec["replicas"]


def surveillance_topics(
    render: list[Manifest], settings: MedstreamSettings
) -> dict[str, InternalTopic]:
    """The topics faust keeps for the surveillance app, with the settings its pods run with."""
    env = resolve(render, kube_env(render, "surveillance"))
    pod = settings_class("surveillance").model_validate(
        {"window_retention_days": env.get("MEDSTREAM_WINDOW_RETENTION_DAYS") or 60}
    )
    partitions = int(config_map(render)["MEDSTREAM_TOPIC_PARTITIONS"])
    app_id = settings.consumer_group("surveillance")
    return {t.name: t for t in internal_topics(app_id, partitions, pod.window_retention_days)}


def test_lag_autoscalers_watch_each_worker_consumer_group(render: list[Manifest]) -> None:
    config = config_map(render)
    settings = MedstreamSettings(topic_prefix=config["MEDSTREAM_TOPIC_PREFIX"])
    workloads = {d["metadata"]["name"]: s for s, d in deployments(render).items()}
    for scaled in by_kind(render, "ScaledObject").values():
        service = workloads[scaled["spec"]["scaleTargetRef"]["name"]]
        triggers = [t["metadata"] for t in scaled["spec"]["triggers"]]

        assert {t["consumerGroup"] for t in triggers} == {settings.consumer_group(service)}
        assert {t["topic"] for t in triggers} == {
            settings.topic(t) for t in consumed_topics(service)
        }
        assert {t["bootstrapServers"] for t in triggers} == {config["MEDSTREAM_KAFKA_BOOTSTRAP"]}
        assert scaled["spec"]["maxReplicaCount"] <= int(config["MEDSTREAM_TOPIC_PARTITIONS"])


def test_compose_stops_containers_as_kubernetes_stops_pods(
    all_renders: dict[str, list[Manifest]],
) -> None:
    """Both give a service the drain deadline plus the same margin before killing it."""
    compose = load_compose()["services"]
    render = all_renders["helm:default"]
    for service, deployment in deployments(render).items():
        env = compose_env(service)
        stop = duration_seconds(compose[service]["stop_grace_period"])

        assert (
            env["MEDSTREAM_SHUTDOWN_GRACE_SECONDS"].value
            == config_map(render)["MEDSTREAM_SHUTDOWN_GRACE_SECONDS"]
        )
        assert stop == pod_spec(deployment)["terminationGracePeriodSeconds"], service


def test_the_services_create_topics_only_where_nothing_else_declares_them(
    render: list[Manifest], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One owner per topic: the Strimzi KafkaTopics when rendered, else the services."""
    declared = bool(by_kind(render, "KafkaTopic"))
    for service in SERVICES:
        values = resolve(render, kube_env(render, service))
        settings = settings_from(service, values, monkeypatch)

        assert settings.create_topics is not declared, service


def test_compose_creates_the_topics_once_before_the_services(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The kafka-topics job creates them (with the services' settings) and the services,
    started after it has succeeded, create none: the same ownership as in Kubernetes."""
    services = load_compose()["services"]
    environment = services["kafka-topics"]["environment"]
    job_env = {k: None if v is None else str(v) for k, v in environment.items()}
    job = build_settings(MedstreamSettings, job_env, monkeypatch)

    assert set(job_env) <= variables_of(MedstreamSettings)
    assert job.create_topics is True
    for service in SERVICES:
        settings = settings_from(service, resolve(None, compose_env(service)), monkeypatch)

        assert settings.create_topics is False, service
        assert settings.all_topics() == job.all_topics(), service
        for field in ("kafka_bootstrap", "topic_partitions", "topic_replication"):
            assert getattr(settings, field) == getattr(job, field), (service, field)
        assert services[service]["depends_on"]["kafka-topics"] == {
            "condition": "service_completed_successfully"
        }


def test_the_topics_replay_reads_keep_every_event(render: list[Manifest]) -> None:
    """`medstream replay` rebuilds the gateway's read model from every event of the topics
    it projects, so retention must never delete one; dead letters expire."""
    settings = MedstreamSettings(topic_prefix=config_map(render)["MEDSTREAM_TOPIC_PREFIX"])
    replayed = {settings.topic(t) for t in SERVICE_TOPICS["gateway"]}

    assert RETENTION_MS == "-1"
    assert int(DEAD_LETTER_RETENTION_MS) > 0
    faust = surveillance_topics(render, settings)
    for topic in by_kind(render, "KafkaTopic").values():
        if topic["spec"]["config"]["cleanup.policy"] == "compact":
            continue  # the catalog: keyed, its newest event is what counts
        if topic["spec"]["topicName"] in faust:
            continue  # surveillance's tables and by-city topic, checked above; never replayed
        retention = int(topic["spec"]["config"]["retention.ms"])
        if topic["spec"]["topicName"] in replayed:
            assert retention == -1, topic["spec"]["topicName"]
        else:
            assert topic["spec"]["topicName"].endswith(".dlq") and retention > 0


def test_library_caches_go_to_writable_mounts_in_kubernetes(render: list[Manifest]) -> None:
    """The root filesystem is read-only: a library's cache directory (matplotlib's
    MPLCONFIGDIR) must be on an emptyDir, and the pod spec says the same as the image."""
    for service, deployment in deployments(render).items():
        container = main_container(service, deployment)
        env = kube_env(render, service, settings_only=False)
        image = image_env(service, settings_only=False)
        volumes = {v["name"]: v for v in pod_spec(deployment).get("volumes", [])}
        writable = [
            PurePosixPath(m["mountPath"])
            for m in container.get("volumeMounts", [])
            if not m.get("readOnly") and "emptyDir" in volumes[m["name"]]
        ]
        for name in library_variables(service):
            value = env[name].value

            assert value is not None and value == image[name].value, (service, name)
            assert any(PurePosixPath(value).is_relative_to(w) for w in writable), (service, name)


def test_library_caches_go_to_tmpfs_in_compose() -> None:
    services = load_compose()["services"]
    for service in SERVICES:
        env = compose_env(service, settings_only=False)
        image = image_env(service, settings_only=False)
        tmpfs = [PurePosixPath(entry.split(":", 1)[0]) for entry in services[service]["tmpfs"]]
        for name in library_variables(service):
            value = env[name].value

            assert services[service]["read_only"] is True
            assert value is not None and value == image[name].value, (service, name)
            assert any(PurePosixPath(value).is_relative_to(t) for t in tmpfs), (service, name)
