"""What the services themselves say: their names, settings, probe routes and topics.

Read from the code at test time (settings classes, the apps' routes, the workers'
WorkerSpec), so the deployment checks follow the services when a setting or route is added.
"""

import ast
import importlib
import inspect
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast, get_args

from medstream_shared import constants
from medstream_shared.config import ServiceSettings
from medstream_shared.constants import Topic
from medstream_shared.worker import Worker, WorkerSpec
from pydantic import SecretStr
from pydantic_settings import BaseSettings
from starlette.applications import Starlette
from starlette.routing import Match, Mount

from tests.deploy.tooling import REPO

# One folder per service under services/, each the package medstream_<name>; a service is
# deployed once it runs as one (its package has a ``service.py``).
SERVICES = tuple(
    sorted(
        path.parent.name
        for path in REPO.glob("services/*/pyproject.toml")
        if (path.parent / f"medstream_{path.parent.name}" / "service.py").exists()
    )
)

# The LLM variables of the configuration contract (ARCHITECTURE.md), used while the shared
# library has no LLM settings class to read them from.
CONTRACT_LLM_VARIABLES = frozenset({"OPENAI_API_KEY", "OPENAI_BASE_URL", "MEDSTREAM_LLM_MODEL"})


def _config_module(service: str) -> ModuleType:
    for name in (f"medstream_{service}.config", f"medstream_{service}.core.config"):
        try:
            return importlib.import_module(name)
        except ModuleNotFoundError:
            continue
    raise LookupError(f"no settings module for {service}")


@cache
def settings_class(service: str) -> type[ServiceSettings]:
    module = _config_module(service)
    classes = [
        member
        for _, member in inspect.getmembers(module, inspect.isclass)
        if issubclass(member, ServiceSettings) and member.__module__ == module.__name__
    ]
    assert len(classes) == 1, f"{module.__name__} should define one ServiceSettings class"
    return classes[0]


def env_name(settings: type[BaseSettings], field: str) -> str:
    """The variable a field reads: its validation alias if it has one, else prefix + name."""
    alias = settings.model_fields[field].validation_alias
    if isinstance(alias, str):
        return alias
    return f"{settings.model_config.get('env_prefix', '')}{field}".upper()


def _variables(settings: type[BaseSettings]) -> dict[str, str]:
    return {env_name(settings, field): field for field in settings.model_fields}


def variables_of(settings: type[BaseSettings]) -> frozenset[str]:
    """The environment variables a settings class reads."""
    return frozenset(_variables(settings))


def _is_secret(annotation: Any) -> bool:
    return annotation is SecretStr or SecretStr in get_args(annotation)


@cache
def llm_settings() -> type[BaseSettings] | None:
    """The shared LLM settings class (medstream_shared.llm), where the library has one."""
    try:
        module = importlib.import_module("medstream_shared.llm.settings")
    except ModuleNotFoundError:
        return None
    settings: type[BaseSettings] = module.LlmSettings
    return settings


def llm_variables() -> frozenset[str]:
    settings = llm_settings()
    return frozenset(_variables(settings)) if settings else CONTRACT_LLM_VARIABLES


@cache
def _imports(service: str, modules: str) -> bool:
    """Whether the service's own code imports one of ``modules`` (a regex of module names)."""
    package = REPO / f"services/{service}/medstream_{service}"
    pattern = re.compile(rf"^\s*(from|import) ({modules})\b", re.M)
    return any(pattern.search(path.read_text()) for path in package.rglob("*.py"))


def uses_llm(service: str) -> bool:
    """Whether the service's code calls a model (imports the shared LLM client or the SDK)."""
    return _imports(service, r"medstream_shared\.llm|openai")


# Variables that third-party libraries read, which a deployment may set for a service that
# imports them: matplotlib writes its font cache to MPLCONFIGDIR (else under $HOME).
LIBRARY_VARIABLES = {"matplotlib": frozenset({"MPLCONFIGDIR"})}


def library_variables(service: str) -> frozenset[str]:
    return frozenset(
        name
        for module, names in LIBRARY_VARIABLES.items()
        if _imports(service, re.escape(module))
        for name in names
    )


def settings_variables(service: str) -> frozenset[str]:
    """The environment variables a service reads: its settings', and the LLM ones if it uses
    a model."""
    names = set(_variables(settings_class(service)))
    if uses_llm(service):
        names |= llm_variables()
    return frozenset(names)


def secret_variables(service: str) -> set[str]:
    classes: list[type[BaseSettings]] = [settings_class(service)]
    if uses_llm(service) and (llm := llm_settings()) is not None:
        classes.append(llm)
    secrets = {
        env_name(settings, name)
        for settings in classes
        for name, field in settings.model_fields.items()
        if _is_secret(field.annotation)
    }
    return secrets | ({"OPENAI_API_KEY"} if uses_llm(service) else set())


def default_port(service: str) -> int:
    return int(settings_class(service).model_fields["http_port"].default)


@cache
def _http_app(service: str) -> Starlette:
    """The app a service serves on its port: the gateway's API, or a worker's probe server."""
    settings = settings_class(service).model_validate({})  # the defaults, whatever the env
    if service == "gateway":
        from medstream_gateway.main import create_app

        return create_app(settings)  # type: ignore[arg-type]
    if service == "surveillance":  # a faust worker: the shared probe app without a Worker
        from medstream_surveillance.probes import probe_app

        return probe_app(settings, lambda: False)  # type: ignore[arg-type]
    worker = Worker(settings, WorkerSpec(topics=[], subscriptions=lambda _: []))
    return cast(Starlette, worker._health_server().config.app)


def _route_paths(routes: list[Any], prefix: str = "") -> list[str]:
    """Request paths that reach each route: ``{parameters}`` filled in, a file under each
    mount. Routers FastAPI keeps as included routers (0.120+) are walked into."""
    paths = []
    for route in routes:
        included = getattr(route, "original_router", None)
        if included is not None:
            paths += _route_paths(included.routes, prefix + route.include_context.prefix)
            continue
        path = prefix + re.sub(r"\{[^}]+\}", "x", route.path)
        paths.append(f"{path}/x" if isinstance(route, Mount) else path)
    return paths


def route_paths(service: str) -> list[str]:
    """A request path for every route the service serves on its port."""
    return _route_paths(list(_http_app(service).routes))


def serves(service: str, path: str) -> bool:
    """Whether a GET of ``path`` reaches a route of the service (asked of its router)."""
    scope = {"type": "http", "method": "GET", "path": path, "root_path": "", "headers": []}
    return any(route.matches(scope)[0] is Match.FULL for route in _http_app(service).routes)


@cache
def consumed_topics(service: str) -> frozenset[Topic]:
    """The topics the service's consumer group reads: ``SERVICE_TOPICS`` of the shared
    constants, or, in a library without that table, the topics its ``WorkerSpec`` names."""
    table = getattr(constants, "SERVICE_TOPICS", None)
    if table is not None:
        return frozenset(table.get(service, ()))
    main = REPO / f"services/{service}/medstream_{service}/__main__.py"
    calls = [
        node
        for node in ast.walk(ast.parse(main.read_text()))
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "WorkerSpec"
    ]
    return frozenset(
        Topic[node.attr]
        for call in calls
        for node in ast.walk(call.args[0])
        if isinstance(node, ast.Attribute) and getattr(node.value, "id", "") == "Topic"
    )


@dataclass(frozen=True)
class Dockerfile:
    """The facts of services/Dockerfile the deployment checks need."""

    path: Path
    instructions: tuple[tuple[str, str], ...]

    def final_stage(self) -> list[tuple[str, str]]:
        starts = [i for i, (op, _) in enumerate(self.instructions) if op == "FROM"]
        return list(self.instructions[starts[-1] :])

    def env(self) -> dict[str, str]:
        """ENV of the final stage (``KEY=value`` pairs; values without spaces or quotes)."""
        pairs = [arg.split() for op, arg in self.final_stage() if op == "ENV"]
        return dict(item.split("=", 1) for group in pairs for item in group)


def parse_dockerfile(path: Path) -> Dockerfile:
    """Instructions with continuation lines joined and comments dropped (no parser needed)."""
    instructions: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):
            continue
        pending += line[:-1] + " " if line.endswith("\\") else line
        if not line.endswith("\\"):
            op, _, arg = pending.partition(" ")
            instructions.append((op.upper(), " ".join(arg.split())))
            pending = ""
    return Dockerfile(path, tuple(instructions))


DOCKERFILE = REPO / "services/Dockerfile"


def dockerfile(service: str) -> Dockerfile:
    """The one Dockerfile as built for ``service`` (its build args substituted)."""
    generic = parse_dockerfile(DOCKERFILE)
    args = {"SERVICE": service, "PORT": str(default_port(service))}
    instructions = tuple(
        (op, arg.replace("${SERVICE}", args["SERVICE"]).replace("${PORT}", args["PORT"]))
        for op, arg in generic.instructions
    )
    return Dockerfile(DOCKERFILE, instructions)
