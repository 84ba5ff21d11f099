"""The conversation store's round trips: one read and one write by ``_id`` per event.

A recording stand-in for the MongoDB collection shows what the store asks of it; the
real server's behaviour is in ``test_conversations.py`` and the end-to-end tests.
"""

from typing import Any

from medstream_router.conversations import ConversationStore, Unsaved

SESSION = "session-1"


class RecordingCollection:
    """``find_one`` and ``update_one`` by ``_id`` over dicts, every call recorded."""

    def __init__(self) -> None:
        self.docs: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, dict[str, Any]]] = []

    async def find_one(self, query: dict[str, Any]) -> dict[str, Any] | None:
        self.calls.append(("find_one", query))
        doc = self.docs.get(query["_id"])
        return dict(doc) if doc is not None else None

    async def update_one(
        self, query: dict[str, Any], update: dict[str, Any], upsert: bool = False
    ) -> None:
        self.calls.append(("update_one", query))
        assert set(query) == {"_id"}, "written by _id alone"
        doc = self.docs.get(query["_id"])
        if doc is None:
            assert upsert, "an update of a conversation that is not there"
            doc = self.docs[query["_id"]] = {"_id": query["_id"]}
        doc.update(update.get("$set", {}))
        for field, value in update.get("$push", {}).items():
            doc[field] = [*doc.get(field, []), value]


def store() -> tuple[ConversationStore, RecordingCollection]:
    collection = RecordingCollection()
    return ConversationStore({"conversations": collection}), collection  # type: ignore[arg-type]


async def test_a_question_is_one_read_and_one_write_with_its_decision() -> None:
    conversations, collection = store()

    started = await conversations.start(SESSION, "alice", "Flu in Moscow?", "e1")
    assert collection.calls == [("find_one", {"_id": SESSION})]
    assert SESSION not in collection.docs  # nothing stored before the decision
    await conversations.remember_decision(started, "e1", {"type": "routed"}, {"state": "routed"})

    assert [name for name, _ in collection.calls] == ["find_one", "update_one"]
    stored = collection.docs[SESSION]
    assert (stored["question"], stored["submission_event_id"]) == ("Flu in Moscow?", "e1")
    assert (stored["decided_by"], stored["state"]) == ("e1", "routed")


async def test_a_redelivered_question_reads_the_stored_decision() -> None:
    conversations, _ = store()
    first = await conversations.start(SESSION, "alice", "Flu in Moscow?", "e1")
    await conversations.remember_decision(first, "e1", {"type": "routed"}, {"state": "routed"})

    again = await conversations.start(SESSION, "alice", "Flu in Moscow?", "e1")

    assert again.unsaved is None
    assert (again.decided_by, again.decision) == ("e1", {"type": "routed"})


async def test_an_answer_is_written_once_with_the_decision_it_leads_to() -> None:
    conversations, collection = store()
    first = await conversations.start(SESSION, "alice", "Moscow 2024", "e1")
    await conversations.remember_decision(first, "e1", {"type": "asked"}, {"state": "clarifying"})
    collection.calls.clear()

    answered = await conversations.add_answer(SESSION, "top 5", "e2")
    assert answered is not None and answered.answers == ["top 5"]
    await conversations.remember_decision(answered, "e2", {"type": "routed"}, {"state": "routed"})
    again = await conversations.add_answer(SESSION, "top 5", "e2")

    assert [name for name, _ in collection.calls] == ["find_one", "update_one", "find_one"]
    assert collection.docs[SESSION]["answers"] == ["top 5"]
    assert collection.docs[SESSION]["applied_event_ids"] == ["e1", "e2"]
    assert again is not None and again.unsaved is None and again.answers == ["top 5"]


async def test_a_conversation_read_but_never_decided_on_is_left_as_it_was() -> None:
    conversations, collection = store()
    first = await conversations.start(SESSION, "alice", "Moscow 2024", "e1")
    await conversations.remember_decision(first, "e1", {"type": "asked"}, {"state": "clarifying"})
    before = dict(collection.docs[SESSION])

    await conversations.start(SESSION, "alice", "Kazan 2025", "e3")  # a handler failed here
    await conversations.add_answer(SESSION, "an answer to a closed question", "e4")

    assert collection.docs[SESSION] == before


def test_unsaved_changes_as_update_operators_and_as_a_whole_document() -> None:
    answer = Unsaved(answer=("top 5", "e2"))
    start = Unsaved(fields={"question": "Moscow?", "answers": []})

    assert answer.update() == {"$set": {}, "$push": {"answers": "top 5", "applied_event_ids": "e2"}}
    assert start.update() == {"$set": {"question": "Moscow?", "answers": []}}
    doc = {"_id": SESSION, "answers": ["a"], "applied_event_ids": ["e1"], "question": "Q"}
    assert answer.applied(SESSION, doc) == {
        "_id": SESSION,
        "answers": ["a", "top 5"],
        "applied_event_ids": ["e1", "e2"],
        "question": "Q",
    }
    assert start.applied(SESSION, doc)["answers"] == []
    assert doc["answers"] == ["a"]  # the document read is not changed in place
