"""A hospital's own warehouse, imported with the CLI and answered end to end in both languages.

The suite runs a stack of its own on the imported file (Kazakh cities, 2019–2020, a
department the vocabulary does not know), so every name it understands comes from the
catalog read from that data. Then a second import replaces the file while questions are in
flight: none is lost or fails, and later questions see the new data.
"""

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

from tests.harness import USERS, client_for, running, wait_for_status
from tests.own_data import OwnData, write_own_data
from tests.stack import SERVICES, Stack, build_stack

pytestmark = pytest.mark.integration

CLI = Path(sys.executable).parent / "medstream-analytics"

INFLUENZA = "upper(icd10_code) LIKE 'J10%'"
ALMATY_2020 = "city = 'Almaty' AND year(visit_date) = 2020"
CASES = [
    (
        "How many visits were there in Almaty in 2020?",
        "city = 'Almaty' AND year(visit_date) = 2020",
    ),
    (
        "How many influenza visits were there in Astana in 2019?",
        f"city = 'Astana' AND year(visit_date) = 2019 AND {INFLUENZA}",
    ),
    ("How many visits were there last year?", "year(visit_date) = 2020"),
    (
        "How many visits to the Internal Medicine department in Shymkent?",
        "department = 'Internal Medicine' AND city = 'Shymkent'",
    ),
    ("Сколько визитов было в Алматы в 2019 году?", "city = 'Almaty' AND year(visit_date) = 2019"),
    (
        "Сколько визитов было в Шымкенте в 2020 году?",
        "city = 'Shymkent' AND year(visit_date) = 2020",
    ),
    (
        "Сколько визитов было в Нур-Султане в прошлом году?",
        "city = 'Astana' AND year(visit_date) = 2020",
    ),
    (
        "Сколько визитов в терапевтическом отделении в Астане?",
        "department = 'Internal Medicine' AND city = 'Astana'",
    ),
    ("Сколько визитов было в Медеуском районе?", "district = 'Medeu'"),
    (
        "How many visits in Almaty excluding Medeu?",
        "city = 'Almaty' AND district <> 'Medeu'",
    ),
]


def import_warehouse(data: OwnData, out: Path) -> None:
    done = subprocess.run(
        [str(CLI), "dataset", "import", "--visits", str(data.visits), "--patients",
         str(data.patients), "--aliases", str(data.aliases), "--out", str(out)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def expected_count(data: OwnData, where: str) -> int:
    query = f"SELECT count(*) FROM read_csv('{data.visits}') WHERE {where}"
    found = duckdb.connect().execute(query).fetchone()
    assert found is not None
    return int(found[0])


@pytest.fixture(scope="module")
def own_data(tmp_path_factory: pytest.TempPathFactory) -> OwnData:
    return write_own_data(tmp_path_factory.mktemp("own-data"))


@pytest.fixture(scope="module")
def own_warehouse(tmp_path_factory: pytest.TempPathFactory, own_data: OwnData) -> Path:
    out = tmp_path_factory.mktemp("own-warehouse") / "warehouse.duckdb"
    import_warehouse(own_data, out)
    return out


@pytest.fixture(scope="module")
def own_stack(
    infrastructure: None, own_warehouse: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    keys = ",".join(f"{user}:{key}" for user, key in USERS.items())
    stack = build_stack(
        tmp_path_factory.mktemp("own-logs"),
        warehouse=own_warehouse,
        api_keys=keys,
        extra_env={"MEDSTREAM_WAREHOUSE_WATCH_SECONDS": "0.5"},
    )
    with running(stack, SERVICES):
        yield stack


@pytest.fixture
def client(own_stack: Stack) -> Iterator[httpx.Client]:
    with client_for(own_stack, "alice") as opened:
        yield opened


def ask(client: httpx.Client, question: str) -> dict[str, Any]:
    accepted = client.post("/api/v1/queries", json={"question": question})
    assert accepted.status_code == 202, accepted.text
    return wait_for_status(client, accepted.json()["session_id"], {"completed", "error"})


def test_the_catalog_is_the_imported_data(client: httpx.Client) -> None:
    catalog = client.get("/api/v1/catalog").json()

    assert {city["value"] for city in catalog["cities"]} == set(["Almaty", "Astana", "Shymkent"])
    assert (catalog["first_date"], catalog["last_date"]) >= ("2019-01-01", "2020-12-")
    almaty = next(city for city in catalog["cities"] if city["value"] == "Almaty")
    assert (almaty["name_ru"], almaty["aliases"]) == ("Алматы", ["Алма-Ата", "Alma-Ata"])
    shymkent = next(city for city in catalog["cities"] if city["value"] == "Shymkent")
    assert shymkent["name_ru"] == "Shymkent"  # no Russian name given: shown as stored
    departments = {d["value"]: d["name_ru"] for d in catalog["departments"]}
    assert departments["Internal Medicine"] == "Терапия"
    assert departments["Cardiology"] == "Кардиология"  # known to the medical vocabulary
    assert {d["code"] for d in catalog["diagnoses"]} == {
        "J10.1",
        "J06.9",
        "I10",
        "E11.9",
        "J18",
        "A09",
    }


@pytest.mark.parametrize(("question", "where"), CASES, ids=[q for q, _ in CASES])
def test_questions_about_the_imported_data_are_answered_from_it(
    client: httpx.Client, own_data: OwnData, question: str, where: str
) -> None:
    session = ask(client, question)

    assert session["status"] == "completed", session
    assert session["result"]["rows"][0][0] == expected_count(own_data, where), session["result"]


def test_last_year_is_the_newest_year_of_the_data_and_the_answer_says_so(
    client: httpx.Client,
) -> None:
    english = ask(client, "How many visits were there last year?")
    russian = ask(client, "Сколько визитов было в прошлом году?")

    assert "2020" in english["result"]["answer"], english["result"]["answer"]
    assert "2020" in russian["result"]["answer"], russian["result"]["answer"]


def test_a_new_import_is_served_without_a_restart_and_loses_no_question(
    client: httpx.Client, own_stack: Stack, own_data: OwnData, own_warehouse: Path, tmp_path: Path
) -> None:
    watcher = client_for(own_stack, "bob")  # the asking keeps within alice's rate limit
    before = watcher.get("/api/v1/catalog").json()["version"]
    newer = write_own_data(tmp_path / "newer", visits=4_000, seed=8)
    question = "How many visits were there in Almaty in 2020?"
    sessions: list[str] = []

    def keep_asking(stop: threading.Event) -> None:
        while not stop.is_set():
            accepted = client.post("/api/v1/queries", json={"question": question})
            assert accepted.status_code == 202, accepted.text
            sessions.append(accepted.json()["session_id"])
            time.sleep(0.15)

    stop = threading.Event()
    asking = threading.Thread(target=keep_asking, args=(stop,))
    asking.start()
    try:
        time.sleep(1)
        import_warehouse(newer, own_warehouse)
        deadline = time.monotonic() + 30
        while watcher.get("/api/v1/catalog").json()["version"] == before:
            assert time.monotonic() < deadline, "the new warehouse was never served"
            time.sleep(0.2)
        time.sleep(1)
    finally:
        stop.set()
        asking.join()
        watcher.close()

    answers = [wait_for_status(client, s, {"completed", "error"}) for s in sessions]
    assert len(answers) > 10
    assert all(a["status"] == "completed" for a in answers), [a["status"] for a in answers]
    old_count = expected_count(own_data, ALMATY_2020)
    new_count = expected_count(newer, ALMATY_2020)
    counts = [a["result"]["rows"][0][0] for a in answers]
    assert set(counts) <= {old_count, new_count}
    assert counts[0] == old_count and counts[-1] == new_count
    # once the new data answer, the old never come back
    assert counts == sorted(counts, key=lambda count: count == new_count)
    assert ask(client, question)["result"]["rows"][0][0] == new_count
