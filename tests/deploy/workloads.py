"""Reading a render the way the cluster would: which Deployment runs which service, and
the environment its container ends up with (ConfigMap, literal values, Secret references).
"""

from dataclasses import dataclass
from typing import Any

from tests.deploy.tooling import Manifest, by_kind


@dataclass(frozen=True)
class Variable:
    """One environment variable of a container: a literal value, or a Secret reference."""

    value: str | None
    secret: tuple[str, str] | None = None  # (Secret name, key)


def deployments(render: list[Manifest]) -> dict[str, Manifest]:
    """The Deployments by service (their `app` label)."""
    return {
        d["spec"]["template"]["metadata"]["labels"]["app"]: d
        for d in by_kind(render, "Deployment").values()
    }


def pod_spec(deployment: Manifest) -> dict[str, Any]:
    spec: dict[str, Any] = deployment["spec"]["template"]["spec"]
    return spec


def main_container(service: str, deployment: Manifest) -> dict[str, Any]:
    (container,) = [c for c in pod_spec(deployment)["containers"] if c["name"] == service]
    return container


def container_env(render: list[Manifest], container: dict[str, Any]) -> dict[str, Variable]:
    """The container's environment: envFrom ConfigMaps first, then env entries over them."""
    config_maps = by_kind(render, "ConfigMap")
    env: dict[str, Variable] = {}
    for source in container.get("envFrom", []):
        name = source["configMapRef"]["name"]
        env |= {key: Variable(str(value)) for key, value in config_maps[name]["data"].items()}
    for entry in container.get("env", []):
        if "value" in entry:
            env[entry["name"]] = Variable(str(entry["value"]))
        else:
            ref = entry["valueFrom"]["secretKeyRef"]
            env[entry["name"]] = Variable(None, (ref["name"], ref["key"]))
    return env


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return all(labels.get(key) == value for key, value in selector.items())


def port_number(container: dict[str, Any], port: int | str) -> int:
    if isinstance(port, int):
        return port
    (number,) = [p["containerPort"] for p in container["ports"] if p["name"] == port]
    return int(number)


def ingress_matches(paths: list[dict[str, Any]], request_path: str) -> bool:
    """Whether an Ingress rule's paths route a request path, as Kubernetes defines it: an
    Exact path is the whole path; a Prefix matches whole elements (``/api`` matches
    ``/api/v1``, not ``/apix``), so a ``/`` Prefix matches every path."""
    elements = [e for e in request_path.split("/") if e]
    for entry in paths:
        path, kind = entry["path"], entry["pathType"]
        assert kind in {"Exact", "Prefix"}, f"{path}: {kind} means what the controller wants"
        prefix = [e for e in path.split("/") if e]
        if (kind == "Exact" and request_path == path) or (
            kind == "Prefix" and elements[: len(prefix)] == prefix
        ):
            return True
    return False


def admitted_peers(policy: Manifest) -> list[dict[str, Any]] | None:
    """The peers a NetworkPolicy admits to its pods (``None``: any source)."""
    rules = policy["spec"].get("ingress", [])
    if any(not rule.get("from") for rule in rules):
        return None
    return [peer for rule in rules for peer in rule["from"]]
