"""The topics faust keeps for the app: the names its tables and agents use."""

from medstream_surveillance.topics import internal_topics


def test_faust_s_topics_follow_the_app_id() -> None:
    topics = {t.name: t for t in internal_topics("medstream.surveillance", 6, 60)}
    assert set(topics) == {
        "medstream.surveillance-daily-changelog",
        "medstream.surveillance-reported-changelog",
        "medstream.surveillance-visits-by-city",
        "medstream.surveillance-__assignor-__leader",
    }
    daily = topics["medstream.surveillance-daily-changelog"]
    assert (daily.partitions, daily.cleanup_policy, daily.retention_ms) == (
        6,
        "compact,delete",
        60 * 86_400_000,
    )
    assert topics["medstream.surveillance-__assignor-__leader"].partitions == 1
