"""The one Dockerfile builds, per service, a small, pinned, non-root image of it alone."""

import re
import subprocess

import pytest
import yaml

from tests.deploy.service_facts import SERVICES, Dockerfile, default_port, dockerfile
from tests.deploy.tooling import CHART, REPO

PINNED = re.compile(r"^[\w./-]+(:\d+\.\d+(\.\d+)?[\w.-]*)?(@sha256:[0-9a-f]{64})?$")


def _base_images(image: Dockerfile) -> list[str]:
    """FROM references with ARG defaults substituted (a stage name is not an image)."""
    args = dict(arg.split("=", 1) for op, arg in image.instructions if op == "ARG" and "=" in arg)
    stages: set[str] = set()
    refs = []
    for op, arg in image.instructions:
        if op != "FROM":
            continue
        ref, *rest = arg.split()
        ref = re.sub(r"\$\{(\w+)\}", lambda m: args[m[1]], ref)
        if ref not in stages:
            refs.append(ref)
        if len(rest) == 2 and rest[0].upper() == "AS":
            stages.add(rest[1])
    return refs


@pytest.mark.parametrize("service", SERVICES)
def test_base_images_are_pinned_to_a_version(service: str) -> None:
    for ref in _base_images(dockerfile(service)):
        assert "latest" not in ref, ref
        assert PINNED.match(ref) and (":" in ref or "@" in ref), f"{ref} is not pinned"
        assert re.search(r":\d+\.\d+\.\d+|@sha256:", ref), f"{ref}: pin a full version or digest"


@pytest.mark.parametrize("service", SERVICES)
def test_the_image_is_multi_stage_and_runs_as_the_chart_user(service: str) -> None:
    image = dockerfile(service)
    final = image.final_stage()
    run_as = yaml.safe_load((CHART / "values.yaml").read_text())["runAsUser"]

    assert sum(op == "FROM" for op, _ in image.instructions) >= 3  # uv, build, runtime
    users = [arg for op, arg in final if op == "USER"]
    assert users == [f"{run_as}:{run_as}"], "the runtime runs as the chart's runAsUser"
    assert not any(op == "RUN" and "uv " in arg for op, arg in final), "no uv at run time"


@pytest.mark.parametrize("service", SERVICES)
def test_the_image_holds_the_locked_dependencies_of_its_service_only(service: str) -> None:
    image = dockerfile(service)
    syncs = [arg for op, arg in image.instructions if op == "RUN" and "uv sync" in arg]
    copied = [
        arg.split()[-2] for op, arg in image.instructions if op == "COPY" and "--from" not in arg
    ]
    code = {path.rstrip("/") for path in copied if not path.endswith(("pyproject.toml", "uv.lock"))}

    assert syncs and all("--frozen" in s and "--no-dev" in s for s in syncs)
    assert all(f"--package medstream-{service}" in s for s in syncs)
    assert code == {"shared", "questions", f"services/{service}"}


@pytest.mark.parametrize("service", SERVICES)
def test_the_build_sees_the_whole_workspace_metadata(service: str) -> None:
    """`uv sync --frozen` reads every workspace member's pyproject.toml (never its code)."""
    copied = {arg.split()[0] for op, arg in dockerfile(service).instructions if op == "COPY"}
    members = {str(p.relative_to(REPO)) for p in REPO.glob("*/pyproject.toml")}
    members |= {str(p.relative_to(REPO)) for p in REPO.glob("services/*/pyproject.toml")}

    assert members <= copied


@pytest.mark.parametrize("service", SERVICES)
def test_the_image_serves_and_checks_the_service_port(service: str) -> None:
    image = dockerfile(service)
    final = dict(image.final_stage())
    port = default_port(service)

    assert final["EXPOSE"] == str(port)
    assert image.env()["MEDSTREAM_HTTP_PORT"] == str(port)
    assert image.env()["MEDSTREAM_HTTP_HOST"] == "0.0.0.0"
    assert "/health/live" in final["HEALTHCHECK"] and "MEDSTREAM_HTTP_PORT" in final["HEALTHCHECK"]
    assert image.env()["APP_MODULE"] == f"medstream_{service}"
    assert 'exec python -m \\"$APP_MODULE\\"' in final["CMD"]


def test_the_build_context_is_only_what_the_images_copy() -> None:
    lines = [
        line
        for line in (REPO / ".dockerignore").read_text().splitlines()
        if line and line[0] != "#"
    ]

    assert lines[0] == "*", "exclude everything, then re-include"
    assert {line[1:] for line in lines if line.startswith("!")} == {
        "pyproject.toml",
        "uv.lock",
        "shared/",
        "questions/",
        "services/",
    }


@pytest.mark.parametrize("service", SERVICES)
def test_the_lock_gives_each_service_its_own_dependency_set(service: str) -> None:
    """What `uv sync --package` installs: no other service, no development tool."""
    exported = subprocess.run(
        [
            "uv",
            "export",
            "--frozen",
            "--no-dev",
            "--no-hashes",
            "--package",
            f"medstream-{service}",
        ],
        cwd=REPO,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    lines = [line.strip() for line in exported.splitlines() if line and line[0] not in "# "]
    workspace = {line.removeprefix("-e ") for line in lines if line.startswith("-e ")}
    packages = {re.split(r"[=<>\[ ;@]", line)[0].lower() for line in lines if line[0] != "-"}

    engine = {"./questions"} if service in ("router", "analytics") else set()
    assert workspace == {"./shared", f"./services/{service}", *engine}
    assert not packages & {"pytest", "ruff", "mypy", "kubernetes-validate"}
