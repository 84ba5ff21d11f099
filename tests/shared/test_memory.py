"""release_free_memory: glibc's malloc_trim where it exists, nothing elsewhere."""

import sys

from medstream_shared.memory import release_free_memory


def test_it_runs_and_says_whether_it_could_trim() -> None:
    released = release_free_memory()

    assert isinstance(released, bool)
    if not sys.platform.startswith("linux"):
        assert released is False
