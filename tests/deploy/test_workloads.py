"""What every render runs: locked-down pods with probes, budgets, policies and autoscalers.

The same rules hold for the Helm chart with any of its values files and for every Kustomize
overlay, since they are one source rendered several ways.
"""

import pytest

from tests.deploy.service_facts import SERVICES, consumed_topics, route_paths
from tests.deploy.tooling import Manifest, by_kind
from tests.deploy.workloads import (
    admitted_peers,
    container_env,
    deployments,
    ingress_matches,
    main_container,
    pod_spec,
    port_number,
    selects,
)

# What the gateway serves only inside the cluster: to Prometheus and to operators.
INTERNAL_PATHS = ("/metrics", "/health")


def _pod_labels(deployment: Manifest) -> dict[str, str]:
    labels: dict[str, str] = deployment["spec"]["template"]["metadata"]["labels"]
    return labels


def test_each_service_runs_as_one_deployment(render: list[Manifest]) -> None:
    assert sorted(deployments(render)) == sorted(SERVICES)


def test_pods_run_non_root_read_only_and_without_privileges(render: list[Manifest]) -> None:
    for service, deployment in deployments(render).items():
        pod = pod_spec(deployment)

        assert pod["securityContext"]["runAsNonRoot"] is True, service
        assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}, service
        assert pod["automountServiceAccountToken"] is False, service
        for container in pod["containers"] + pod.get("initContainers", []):
            context = container["securityContext"]
            assert context["readOnlyRootFilesystem"] is True, container["name"]
            assert context["allowPrivilegeEscalation"] is False, container["name"]
            assert context["capabilities"]["drop"] == ["ALL"], container["name"]


def test_every_container_has_requests_and_limits(render: list[Manifest]) -> None:
    for deployment in deployments(render).values():
        pod = pod_spec(deployment)
        for container in pod["containers"] + pod.get("initContainers", []):
            resources = container["resources"]
            for kind in ("requests", "limits"):
                assert {"cpu", "memory"} <= resources[kind].keys(), (container["name"], kind)


def test_probes_check_liveness_and_readiness_on_the_service_port(render: list[Manifest]) -> None:
    for service, deployment in deployments(render).items():
        container = main_container(service, deployment)
        port = int(container_env(render, container)["MEDSTREAM_HTTP_PORT"].value or 0)
        probes = {
            kind: container[f"{kind}Probe"]["httpGet"]
            for kind in ("startup", "liveness", "readiness")
        }

        assert probes["liveness"]["path"] == "/health/live", service
        assert probes["readiness"]["path"] == "/health/ready", service
        assert {port_number(container, p["port"]) for p in probes.values()} == {port}, service


def test_shutdown_outlasts_the_graceful_drain(render: list[Manifest]) -> None:
    """The kubelet's SIGKILL must come after the drain deadline plus any preStop pause."""
    for service, deployment in deployments(render).items():
        container = main_container(service, deployment)
        grace = float(
            container_env(render, container)["MEDSTREAM_SHUTDOWN_GRACE_SECONDS"].value or 0
        )
        pause = container.get("lifecycle", {}).get("preStop", {}).get("sleep", {}).get("seconds", 0)

        assert pod_spec(deployment)["terminationGracePeriodSeconds"] > grace + pause, service


def test_each_deployment_has_a_disruption_budget(render: list[Manifest]) -> None:
    budgets = by_kind(render, "PodDisruptionBudget").values()
    for service, deployment in deployments(render).items():
        matching = [
            b
            for b in budgets
            if selects(b["spec"]["selector"]["matchLabels"], _pod_labels(deployment))
        ]

        assert len(matching) == 1, service


def test_only_the_gateway_accepts_traffic_from_outside(render: list[Manifest]) -> None:
    policies = by_kind(render, "NetworkPolicy").values()
    assert {s["spec"]["selector"]["app"] for s in by_kind(render, "Service").values()} == {
        "gateway"
    }
    backends = {
        path["backend"]["service"]["name"]
        for ingress in by_kind(render, "Ingress").values()
        for rule in ingress["spec"]["rules"]
        for path in rule["http"]["paths"]
    }
    assert backends <= {name for name, s in by_kind(render, "Service").items()}
    if not policies:
        return  # policies switched off (development values)
    for service, deployment in deployments(render).items():
        (policy,) = [
            p
            for p in policies
            if selects(p["spec"]["podSelector"]["matchLabels"], _pod_labels(deployment))
        ]
        rules = policy["spec"].get("ingress", [])
        if service != "gateway":
            assert all(rule.get("from") for rule in rules), f"{service} must not be open to all"


def _internal(path: str) -> bool:
    return any(path == p or path.startswith(f"{p}/") for p in INTERNAL_PATHS)


def test_the_ingress_routes_all_the_gateway_serves_but_metrics_and_health(
    render: list[Manifest],
) -> None:
    """The console (``/``, ``/console/…``), the API and its documentation are public; the
    paths come from the gateway's own routes, so a new route is routed or refused here."""
    ingresses = by_kind(render, "Ingress").values()
    for ingress in ingresses:
        for rule in ingress["spec"]["rules"]:
            paths = rule["http"]["paths"]
            for path in route_paths("gateway"):
                assert ingress_matches(paths, path) is not _internal(path), path
    if ingresses:
        assert {"/", "/console", "/console/x"} <= set(route_paths("gateway"))


@pytest.mark.parametrize(
    ("paths", "request_path", "routed"),
    [
        ([{"path": "/", "pathType": "Exact"}], "/", True),
        ([{"path": "/", "pathType": "Exact"}], "/metrics", False),
        ([{"path": "/", "pathType": "Prefix"}], "/metrics", True),
        ([{"path": "/console", "pathType": "Prefix"}], "/console/app.js", True),
        ([{"path": "/api", "pathType": "Prefix"}], "/apix", False),
        ([{"path": "/openapi.json", "pathType": "Exact"}], "/openapi.json/x", False),
    ],
)
def test_ingress_paths_match_as_kubernetes_defines(
    paths: list[dict[str, str]], request_path: str, routed: bool
) -> None:
    """Guards the guard: the matcher the routing test relies on."""
    assert ingress_matches(paths, request_path) is routed


def test_the_metrics_scrapers_may_reach_every_service(render: list[Manifest]) -> None:
    """/metrics is on each service's one port, the gateway's too: whoever may scrape a
    worker (the only peers a worker admits) may reach the gateway, however its clients are
    restricted."""
    policies = by_kind(render, "NetworkPolicy").values()
    admitted = {
        service: admitted_peers(policy)
        for service, deployment in deployments(render).items()
        for policy in policies
        if selects(policy["spec"]["podSelector"]["matchLabels"], _pod_labels(deployment))
    }
    scrapers = [
        peer for service, peers in admitted.items() if service != "gateway" for peer in peers or []
    ]
    for service, peers in admitted.items():
        if peers is not None:
            assert all(peer in peers for peer in scrapers), service


def test_autoscalers_own_the_replica_counts_they_scale(render: list[Manifest]) -> None:
    """The gateway scales on CPU, each worker on its consumer group's lag; never both."""
    hpas = by_kind(render, "HorizontalPodAutoscaler").values()
    scaled_objects = by_kind(render, "ScaledObject").values()
    targets = [h["spec"]["scaleTargetRef"]["name"] for h in hpas]
    targets += [s["spec"]["scaleTargetRef"]["name"] for s in scaled_objects]
    assert len(targets) == len(set(targets)), "a Deployment has two autoscalers"

    for service, deployment in deployments(render).items():
        name = deployment["metadata"]["name"]
        if name in targets:
            assert "replicas" not in deployment["spec"], f"{service}: the autoscaler owns replicas"
    for hpa in hpas:
        assert hpa["spec"]["metrics"][0]["resource"]["name"] == "cpu"
        assert (
            hpa["spec"]["scaleTargetRef"]["name"]
            == deployments(render)["gateway"]["metadata"]["name"]
        )
    for scaled in scaled_objects:
        service = scaled["metadata"]["labels"]["app"]
        assert service != "gateway", "the gateway scales on CPU"
        assert consumed_topics(service), f"{service} consumes nothing: lag cannot scale it"
        assert [t["type"] for t in scaled["spec"]["triggers"]] == ["kafka"]
