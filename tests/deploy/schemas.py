"""Validation of manifests against schemas that are available offline.

Kubernetes' own kinds: the OpenAPI-derived JSON Schemas shipped by `kubernetes-validate`, in
their strict flavour (unknown fields are errors, so a misspelt key cannot pass silently).
KEDA and Strimzi kinds: the hand-written CRD schemas kept in deploy/k8s/crd-schemas/.
The Compose file: the Compose Specification schema vendored by `check-jsonschema`.
"""

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate

from tests.deploy.tooling import K8S, Manifest

CRD_SCHEMAS = {
    ("keda.sh/v1alpha1", "ScaledObject"): K8S / "crd-schemas/keda.sh/scaledobject_v1alpha1.json",
    ("kafka.strimzi.io/v1beta2", "KafkaTopic"): (
        K8S / "crd-schemas/kafka.strimzi.io/kafkatopic_v1beta2.json"
    ),
}


@cache
def _validator(path: str) -> jsonschema.protocols.Validator:
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def schema_errors(manifest: Manifest, kube_version: str) -> list[str]:
    """Every schema violation of one manifest, as readable lines (empty when valid)."""
    where = f"{manifest.get('kind')}/{manifest.get('metadata', {}).get('name')}"
    crd = CRD_SCHEMAS.get((str(manifest.get("apiVersion")), str(manifest.get("kind"))))
    if crd is not None:
        errors = _validator(str(crd)).iter_errors(manifest)
        return [f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
    try:
        kubernetes_validate.validate(manifest, kube_version, strict=True)
    except kubernetes_validate.ValidationError as error:
        return [f"{where} (Kubernetes {kube_version}): {error}"]
    except kubernetes_validate.SchemaNotFoundError:
        return [f"{where}: no schema for {manifest.get('apiVersion')} {manifest.get('kind')}"]
    return []


def compose_spec_schema() -> dict[str, Any]:
    vendor = resources.files("check_jsonschema.builtin_schemas.vendor")
    schema: dict[str, Any] = json.loads((vendor / "compose-spec.json").read_text("utf-8"))
    return schema


def compose_errors(model: dict[str, Any]) -> list[str]:
    schema = compose_spec_schema()
    validator = jsonschema.validators.validator_for(schema)(schema)
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(model)
    ]
