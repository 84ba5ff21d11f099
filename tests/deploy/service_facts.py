"""What the services themselves say: their names, settings, probe routes and topics.

Read from the code at test time (settings classes, the apps' routes, the workers'
WorkerSpec), so the deployment checks follow the services when a setting or route is added.
"""

import ast
import importlib
import inspect
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

from medstream_shared.config import MedstreamSettings, ServiceSettings
from medstream_shared.constants import Topic
from pydantic import SecretStr

from tests.deploy.tooling import REPO

# One folder per service under services/, each the package medstream_<name>.
SERVICES = tuple(sorted(path.parent.name for path in REPO.glob("services/*/pyproject.toml")))

# Read by the openai SDK itself, not by a settings class.
SDK_VARIABLES = frozenset({"OPENAI_API_KEY", "OPENAI_BASE_URL"})
# Named by the configuration contract (ARCHITECTURE.md) and deployed, but read by no settings
# class yet: reported, and harmless (the settings ignore unknown variables). Once a settings
# class declares it, it is checked like any other.
CONTRACT_VARIABLES_NOT_YET_READ = frozenset({"MEDSTREAM_LLM_MODEL"})
# Optional everywhere: set only where an LLM endpoint is configured.
LLM_VARIABLES = SDK_VARIABLES | {"OPENAI_API_KEY", "MEDSTREAM_LLM_MODEL"}


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


def env_name(settings: type[MedstreamSettings], field: str) -> str:
    return f"{settings.model_config.get('env_prefix', '')}{field}".upper()


def settings_variables(service: str) -> dict[str, str]:
    """The environment variables a service reads: ``{VARIABLE: field name}``."""
    settings = settings_class(service)
    return {env_name(settings, field): field for field in settings.model_fields}


def secret_variables(service: str) -> set[str]:
    settings = settings_class(service)
    return {
        env_name(settings, name)
        for name, field in settings.model_fields.items()
        if field.annotation is SecretStr
    }


def default_port(service: str) -> int:
    return int(settings_class(service).model_fields["http_port"].default)


@cache
def served_paths(service: str) -> frozenset[str]:
    """The HTTP paths the running service answers: the gateway's app, or a worker's probes."""
    settings = settings_class(service)()
    if service == "gateway":
        from medstream_gateway.main import create_app

        app = create_app(settings)  # type: ignore[arg-type]
    else:
        from medstream_shared.worker import Worker, WorkerSpec

        worker = Worker(settings, WorkerSpec(topics=[], subscriptions=lambda _: []))
        app = worker._health_server().config.app
    return frozenset(route.path for route in app.routes)  # type: ignore[attr-defined]


@cache
def consumed_topics(service: str) -> frozenset[Topic]:
    """The topics a worker's ``WorkerSpec`` subscribes to (none for the gateway)."""
    main = REPO / f"services/{service}/medstream_{service}/__main__.py"
    topics: set[Topic] = set()
    for node in ast.walk(ast.parse(main.read_text())):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "WorkerSpec":
            for element in ast.walk(node.args[0] if node.args else node):
                if isinstance(element, ast.Attribute) and getattr(element.value, "id", "") == "Topic":
                    topics.add(Topic[element.attr])
    return frozenset(topics)


@dataclass(frozen=True)
class Dockerfile:
    """The facts of services/<name>/Dockerfile the deployment checks need."""

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


def dockerfile(service: str) -> Dockerfile:
    return parse_dockerfile(REPO / f"services/{service}/Dockerfile")
