"""Runs the four services as real processes against the real infrastructure, for tests.

Each test session gets its own topic prefix, consumer groups and databases, so it never
sees the events of a `make run` stack or of an earlier run on the same broker.
"""

import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

SERVICES = ("gateway", "router", "analytics", "reports")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServiceProcess:
    name: str
    port: int
    log_path: Path
    service: str = ""
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None
    log_offset: int = 0
    """Where this start's output begins in the log (restarts append to the same file)."""
    port_changes: int = 0

    def __post_init__(self) -> None:
        self.service = self.service or self.name

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


@dataclass
class Stack:
    run_id: str
    log_dir: Path
    env: dict[str, str]
    services: dict[str, ServiceProcess] = field(default_factory=dict)

    @property
    def topic_prefix(self) -> str:
        return self.env["MEDSTREAM_TOPIC_PREFIX"]

    @property
    def kafka_bootstrap(self) -> str:
        return self.env.get("MEDSTREAM_KAFKA_BOOTSTRAP", "127.0.0.1:9092")

    @property
    def gateway_url(self) -> str:
        return self.services["gateway"].url

    def database(self, service: str) -> str:
        return f"medstream_{service}_{self.run_id}"

    def start(self, name: str) -> None:
        service = self.services[name]
        env = {
            **self.env,
            "MEDSTREAM_HTTP_PORT": str(service.port),
            "MEDSTREAM_MONGO_DATABASE": self.database(service.service),
            **service.env,
        }
        service.log_offset = service.log_path.stat().st_size if service.log_path.exists() else 0
        log = service.log_path.open("ab")
        service.process = subprocess.Popen(
            [sys.executable, "-m", f"medstream_{service.service}"], env=env, stdout=log, stderr=log
        )

    @staticmethod
    def _answers_as(service: ServiceProcess) -> bool:
        """The port answers as this service (not another process that took the port)."""
        try:
            live = httpx.get(f"{service.url}/health/live", timeout=2)
            return live.status_code == 200 and live.json().get("service") == service.service
        except (httpx.HTTPError, ValueError):
            return False

    @staticmethod
    def _ready(service: ServiceProcess) -> bool:
        try:
            return httpx.get(f"{service.url}/health/ready", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def add_replica(self, service: str, env: dict[str, str] | None = None) -> str:
        """Register one more process of ``service`` (with extra settings); returns its name."""
        name = f"{service}-{sum(p.service == service for p in self.services.values()) + 1}"
        self.services[name] = ServiceProcess(
            name, free_port(), self.log_dir / f"{name}.log", service=service, env=env or {}
        )
        return name

    def wait_ready(self, name: str, timeout: float = 60) -> None:
        service = self.services[name]
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert service.process is not None
            if service.process.poll() is not None:
                output = service.log_path.read_bytes()[service.log_offset :].decode(
                    errors="replace"
                )
                if "address already in use" in output and service.port_changes < 3:
                    # The port was free when chosen, then an outgoing connection took it as
                    # its source port: choose another and start again.
                    service.port, service.port_changes = free_port(), service.port_changes + 1
                    self.start(name)
                    continue
                raise RuntimeError(f"{name} exited: {output[-3000:]}")
            if self._answers_as(service) and self._ready(service):
                return
            time.sleep(0.2)
        raise TimeoutError(
            f"{name} not ready in {timeout}s: {service.log_path.read_text()[-3000:]}"
        )

    def stop(self, name: str, sig: int = signal.SIGTERM, timeout: float = 30) -> int:
        process = self.services[name].process
        assert process is not None
        if process.poll() is None:
            process.send_signal(sig)
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        return process.returncode


def build_stack(
    log_dir: Path,
    *,
    warehouse: Path,
    api_keys: str,
    extra_env: Mapping[str, str] | None = None,
) -> Stack:
    """A stack of fresh names; ``extra_env`` adds variables (e.g. ``OTEL_*``) to every service."""
    run_id = uuid.uuid4().hex[:10]
    env = {
        **os.environ,
        "MEDSTREAM_ENVIRONMENT": "test",
        "MEDSTREAM_TOPIC_PREFIX": f"test-{run_id}.",
        "MEDSTREAM_TOPIC_PARTITIONS": "3",
        "MEDSTREAM_WAREHOUSE_PATH": str(warehouse),
        "MEDSTREAM_API_KEYS": api_keys,
        "MEDSTREAM_LOG_LEVEL": "INFO",
        # Stacks share the warehouse file; each analytics replica needs a live store of its
        # own (the default is named after the host, the same for every stack here).
        "MEDSTREAM_REPLICA_ID": f"test-{run_id}",
        **(extra_env or {}),
    }
    stack = Stack(run_id=run_id, log_dir=log_dir, env=env)
    for name in SERVICES:
        stack.services[name] = ServiceProcess(name, free_port(), log_dir / f"{name}.log")
    return stack
