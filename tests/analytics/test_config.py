"""Where a replica keeps its live store."""

import os
import tempfile
from pathlib import Path

import pytest
from medstream_analytics.config import AnalyticsSettings


def test_the_live_store_is_beside_the_warehouse_per_replica(tmp_path: Path) -> None:
    settings = AnalyticsSettings(warehouse_path=tmp_path / "w.duckdb", replica_id="pod/a b")

    assert settings.live_store() == tmp_path / "w.live-pod_a_b.duckdb"


def test_beside_a_read_only_warehouse_it_is_in_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != tmp_path)
    settings = AnalyticsSettings(warehouse_path=tmp_path / "w.duckdb", replica_id="one")

    assert settings.live_store() == Path(tempfile.gettempdir()) / "w.live-one.duckdb"


def test_an_explicit_path_wins() -> None:
    settings = AnalyticsSettings(live_store_path=Path("/fast/live.duckdb"))

    assert settings.live_store() == Path("/fast/live.duckdb")
