"""What the projector trusts without reading MongoDB: ``RecentSessions``."""

from typing import Any

from medstream_gateway.readmodel.recent import RecentSessions


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def session(session_id: str, status: str = "router_processing") -> dict[str, Any]:
    return {"_id": session_id, "status": status, "messages": []}


def test_a_kept_session_is_handed_back_until_its_time_runs_out() -> None:
    clock = Clock()
    recent = RecentSessions(ttl_seconds=60, clock=clock)
    doc = session("s1")

    recent.keep(doc, generation=recent.generation)
    clock.now += 60
    assert recent.get("s1") is doc
    clock.now += 1
    assert recent.get("s1") is None
    assert len(recent) == 0


def test_a_finished_session_is_never_kept_and_finishing_forgets_it() -> None:
    recent = RecentSessions()
    recent.keep(session("s1"), generation=recent.generation)

    recent.keep(session("s1", "completed"), generation=recent.generation)
    recent.keep(session("s2", "error"), generation=recent.generation)

    assert recent.get("s1") is None and recent.get("s2") is None


def test_a_rebalance_forgets_everything_and_refuses_what_was_read_before_it() -> None:
    recent = RecentSessions()
    recent.keep(session("s1"), generation=recent.generation)
    before = recent.generation  # a read or write in flight when partitions moved

    recent.forget_all()
    recent.keep(session("s2"), generation=before)
    recent.keep(session("s3"), generation=recent.generation)

    assert recent.get("s1") is None
    assert recent.get("s2") is None
    assert recent.get("s3") is not None


def test_the_least_recently_kept_go_first_beyond_the_bound() -> None:
    recent = RecentSessions(max_entries=2)
    for session_id in ("s1", "s2", "s1", "s3"):
        recent.keep(session(session_id), generation=recent.generation)

    assert recent.get("s2") is None
    assert recent.get("s1") is not None and recent.get("s3") is not None
    assert len(recent) == 2


def test_forget_drops_one_session() -> None:
    recent = RecentSessions()
    recent.keep(session("s1"), generation=recent.generation)
    recent.keep(session("s2"), generation=recent.generation)

    recent.forget("s1")
    recent.forget("unknown")

    assert recent.get("s1") is None and recent.get("s2") is not None
