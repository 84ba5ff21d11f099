"""Validation of manifests against schemas that are available offline.

Kubernetes' own kinds: the OpenAPI-derived JSON Schemas shipped by `kubernetes-validate`, in
their strict flavour (unknown fields are errors, so a misspelt key cannot pass silently).
KEDA and Strimzi kinds: both the upstream CRDs vendored in deploy/k8s/crd-schemas/upstream/
(what the API server accepts) and the stricter hand-written schemas beside them.
The Compose file: the Compose Specification schema vendored by `check-jsonschema`.
"""

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import yaml

from tests.deploy.tooling import K8S, Manifest

CRD_SCHEMAS = {
    ("keda.sh/v1alpha1", "ScaledObject"): K8S / "crd-schemas/keda.sh/scaledobject_v1alpha1.json",
    ("kafka.strimzi.io/v1beta2", "KafkaTopic"): (
        K8S / "crd-schemas/kafka.strimzi.io/kafkatopic_v1beta2.json"
    ),
}
UPSTREAM_CRDS = K8S / "crd-schemas/upstream"
# Ends the header deploy/tools/fetch-crds.sh writes above each vendored upstream file.
VENDOR_MARKER = "# (upstream file follows, unchanged)\n"

# The API server checks a custom resource's metadata as ObjectMeta, not with the CRD's schema
# (which says only `type: object`): a DNS-subdomain name, a DNS-label namespace, string labels
# of at most 63 label characters and string annotations. Other ObjectMeta fields pass here.
_DNS_LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?"
_DNS_SUBDOMAIN = f"{_DNS_LABEL}(\\.{_DNS_LABEL})*"
OBJECT_META = {
    "type": "object",
    "anyOf": [{"required": ["name"]}, {"required": ["generateName"]}],
    "properties": {
        "name": {"type": "string", "maxLength": 253, "pattern": f"^{_DNS_SUBDOMAIN}$"},
        "namespace": {"type": "string", "maxLength": 63, "pattern": f"^{_DNS_LABEL}$"},
        "labels": {
            "type": "object",
            "additionalProperties": {
                "type": "string",
                "maxLength": 63,
                "pattern": "^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$",
            },
        },
        "annotations": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}


@cache
def _validator(path: str) -> jsonschema.protocols.Validator:
    schema = json.loads(Path(path).read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


def from_openapi(node: dict[str, Any]) -> dict[str, Any]:
    """One node of a CRD's openAPIV3Schema as JSON Schema draft 4 (which OpenAPI 3.0 extends).

    `x-kubernetes-int-or-string` admits an integer or a string, `nullable` admits null. An
    object without `x-kubernetes-preserve-unknown-fields` admits no other fields than its own:
    the API server would prune them silently, but kubectl's default strict field validation has
    it reject them instead. CEL rules (`x-kubernetes-validations`) are not evaluated.
    """
    schema = dict(node)
    if "properties" in schema:
        schema["properties"] = {name: from_openapi(s) for name, s in node["properties"].items()}
    for key in ("items", "additionalProperties", "not"):
        if isinstance(node.get(key), dict):
            schema[key] = from_openapi(node[key])
    for key in ("allOf", "anyOf", "oneOf"):
        if key in node:
            schema[key] = [from_openapi(s) for s in node[key]]
    if node.get("x-kubernetes-int-or-string"):
        schema["type"] = ["integer", "string"]
    if node.get("type") == "object" and not node.get("x-kubernetes-preserve-unknown-fields"):
        schema.setdefault("additionalProperties", False)
    return {"anyOf": [schema, {"type": "null"}]} if node.get("nullable") else schema


@cache
def upstream_validators() -> dict[tuple[str, str], jsonschema.protocols.Validator]:
    """A validator for each (apiVersion, kind) served by a CRD in crd-schemas/upstream/."""
    validators: dict[tuple[str, str], jsonschema.protocols.Validator] = {}
    for path in sorted(UPSTREAM_CRDS.glob("*.yaml")):
        crd = yaml.safe_load(path.read_text(encoding="utf-8"))
        group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
        for version in (v for v in crd["spec"]["versions"] if v["served"]):
            api_version = f"{group}/{version['name']}"
            schema = from_openapi(version["schema"]["openAPIV3Schema"])
            schema["properties"] |= {
                "apiVersion": {"enum": [api_version]},
                "kind": {"enum": [kind]},
                "metadata": OBJECT_META,
            }
            required = {*schema.get("required", []), "apiVersion", "kind", "metadata"}
            schema["required"] = sorted(required)
            jsonschema.Draft4Validator.check_schema(schema)
            validators[api_version, kind] = jsonschema.Draft4Validator(schema)
    return validators


def _errors(validator: jsonschema.protocols.Validator, manifest: Manifest, label: str) -> list[str]:
    where = f"{manifest.get('kind')}/{manifest.get('metadata', {}).get('name')} ({label})"
    return [
        f"{where}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator.iter_errors(manifest)
    ]


def upstream_errors(manifest: Manifest) -> list[str]:
    """Violations of the vendored upstream CRD that serves the manifest's apiVersion and kind."""
    key = (str(manifest.get("apiVersion")), str(manifest.get("kind")))
    validator = upstream_validators().get(key)
    if validator is None:
        return [f"{key[1]}: no CRD in {UPSTREAM_CRDS.relative_to(K8S)} serves {key[0]}"]
    return _errors(validator, manifest, "upstream CRD")


def schema_errors(manifest: Manifest, kube_version: str) -> list[str]:
    """Every schema violation of one manifest, as readable lines (empty when valid).

    A custom resource must pass both its upstream CRD and the hand-written schema.
    """
    key = (str(manifest.get("apiVersion")), str(manifest.get("kind")))
    if key in CRD_SCHEMAS or key in upstream_validators():
        hand_written = CRD_SCHEMAS.get(key)
        if hand_written is None:
            return [f"{key[1]}: no hand-written schema for {key[0]} in crd-schemas/"]
        errors = _errors(_validator(str(hand_written)), manifest, "crd-schemas")
        return errors + upstream_errors(manifest)
    where = f"{manifest.get('kind')}/{manifest.get('metadata', {}).get('name')}"
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
