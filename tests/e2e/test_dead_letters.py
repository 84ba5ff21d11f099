"""Poison messages land in the dead-letter topic; `medstream dlq` lists, shows and redrives them."""

import asyncio
import json
import subprocess
import sys
import time
import uuid

import pytest
from aiokafka import AIOKafkaProducer

from tests.harness import KAFKA
from tests.stack import Stack

pytestmark = pytest.mark.integration


def medstream(stack: Stack, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "medstream_gateway.cli.app", *args],
        env={**stack.env, "COLUMNS": "250"},
        capture_output=True,
        text=True,
        timeout=60,
    )


async def send_poison(topic: str, marker: str) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=KAFKA, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic,
            key=marker.encode(),
            value=json.dumps({"session_id": marker, "question": ""}).encode(),
            headers=[
                ("ce_specversion", b"1.0"),
                ("ce_id", marker.encode()),
                ("ce_source", b"/hospital/buggy-backend"),
                ("ce_type", b"medstream.query.submitted"),
                ("content-type", b"application/json"),
            ],
        )
    finally:
        await producer.stop()


def dead_letter_ids(stack: Stack, marker: str) -> list[str]:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        listed = medstream(stack, "dlq", "list", "--topic", f"{stack.topic_prefix}requests.dlq")
        assert listed.returncode == 0, listed.stderr
        ids = [
            line.split()[1]
            for line in listed.stdout.splitlines()
            if f"{stack.topic_prefix}requests.dlq:" in line
        ]
        letters = [i for i in ids if marker in medstream(stack, "dlq", "show", i).stdout]
        if letters:
            return letters
        time.sleep(0.5)
    raise AssertionError(f"no dead letter for {marker}")


def test_poison_is_dead_lettered_with_its_reason_and_can_be_redriven(stack: Stack) -> None:
    marker = f"poison-{uuid.uuid4().hex[:8]}"
    asyncio.run(send_poison(f"{stack.topic_prefix}requests", marker))

    letters = dead_letter_ids(stack, marker)

    shown = json.loads(medstream(stack, "dlq", "show", letters[0]).stdout)
    assert shown["source_topic"] == f"{stack.topic_prefix}requests"
    assert "question" in shown["error"]
    assert shown["headers"]["ce_source"] == "/hospital/buggy-backend"
    assert shown["key"] == marker
    redriven = medstream(stack, "dlq", "redrive", letters[0])
    assert redriven.returncode == 0 and "redrove 1" in redriven.stdout
    deadline = time.monotonic() + 20
    while len(dead_letter_ids(stack, marker)) <= len(letters):
        assert time.monotonic() < deadline, "the redriven message was not consumed again"
        time.sleep(0.5)
    assert medstream(stack, "dlq", "show", "nonsense").returncode == 2
