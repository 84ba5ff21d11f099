"""EARS C1, C2 and C3 on small series whose thresholds can be checked by hand."""

import math

import pytest
from medstream_surveillance.detection import DayResult, Method, detect

Z = 3.090232306167813  # qnorm(0.999) in R, printed with 17 digits
SD_1_TO_7 = math.sqrt(28 / 6)  # sample sd of 1, 2, …, 7 (mean 4)


def thresholds(results: list[DayResult]) -> list[float | None]:
    return [result.threshold for result in results]


def test_c1_is_the_mean_plus_z_sample_sds_of_the_seven_days_before() -> None:
    results = detect([1, 2, 3, 4, 5, 6, 7, 8, 12], Method.C1)

    assert thresholds(results)[:7] == [None] * 7
    assert results[7].threshold == pytest.approx(4 + Z * SD_1_TO_7, rel=1e-12)
    assert results[8].threshold == pytest.approx(5 + Z * SD_1_TO_7, rel=1e-12)
    assert [result.alarm for result in results] == [False] * 8 + [True]  # 12 > 11.68


def test_a_flat_baseline_has_its_mean_as_threshold_and_the_alarm_is_strict() -> None:
    assert detect([5] * 7 + [5], Method.C1)[-1] == DayResult(5, 5.0, alarm=False)
    assert detect([5] * 7 + [6], Method.C1)[-1] == DayResult(6, 5.0, alarm=True)


def test_c2_leaves_out_the_two_days_just_before_so_an_outbreak_cannot_hide_itself() -> None:
    counts = [1, 2, 3, 4, 5, 6, 7, 100, 100, 100]

    c2 = detect(counts, Method.C2)

    assert thresholds(c2)[:9] == [None] * 9
    assert c2[9].threshold == pytest.approx(4 + Z * SD_1_TO_7, rel=1e-12)
    assert c2[9].alarm is True
    assert detect(counts, Method.C1)[9].alarm is False  # C1's baseline already holds the outbreak


def test_c3_adds_the_excess_of_the_two_previous_days_c2_statistics() -> None:
    """With min_sigma 1 a flat baseline of 10 gives C2 = count − 10 on days 9 and 10."""
    base = [10] * 9

    quiet = detect([*base, 13, 12, 10], Method.C3, min_sigma=1)  # excesses 2 + 1 = 3 < z
    loud = detect([*base, 13, 13, 10], Method.C3, min_sigma=1)  # excesses 2 + 2 = 4 > z

    assert thresholds(quiet)[:11] == [None] * 11
    assert quiet[11].threshold == pytest.approx(10 + (Z - 3), rel=1e-12)
    assert quiet[11].alarm is False
    assert loud[11].threshold == pytest.approx(10 + (Z - 4), rel=1e-12)
    assert loud[11].alarm is True


def test_c3_like_r_starts_from_the_days_count_so_that_count_alone_never_alarms() -> None:
    """earsC's code (not its documentation): upperbound = observed + sd·(z − lagged)."""
    base = [10] * 9

    spike_today = detect([*base, 10, 10, 1000], Method.C3, min_sigma=1)[11]
    after_two_loud_days = detect([*base, 13, 13, 0], Method.C3, min_sigma=1)[11]

    assert spike_today.threshold == pytest.approx(1000 + Z)
    assert spike_today.alarm is False
    assert after_two_loud_days == DayResult(0, 0.0, alarm=False)  # clipped at 0


def test_zero_over_zero_gives_no_c3_threshold_as_r_gives_na() -> None:
    """A count equal to a flat baseline's mean makes C2 = 0/0 (NaN in R): the next two days
    have an NA upperbound. A count above a flat baseline makes C2 = +Inf: with a baseline sd
    of 0 that day's upperbound is 0·(−Inf), NA again; with an sd above 0 it is clipped to 0."""
    all_zero = detect([0] * 14, Method.C3)
    after_cases = detect([*[0] * 9, 1, 2, 2, 5], Method.C3)

    assert thresholds(all_zero) == [None] * 14
    assert [result.alarm for result in all_zero] == [False] * 14
    assert after_cases[11] == DayResult(2, None, alarm=False)  # sd of days 2…8 is 0
    assert after_cases[12] == DayResult(5, 0.0, alarm=True)  # days 3…9 hold the 1


def test_c1_and_c2_stay_defined_on_zeros() -> None:
    assert thresholds(detect([0] * 8, Method.C1))[7] == 0.0
    assert thresholds(detect([0] * 10, Method.C2))[9] == 0.0


def test_min_sigma_floors_the_standard_deviation() -> None:
    assert detect([0] * 8, Method.C1, min_sigma=0.5)[7].threshold == pytest.approx(Z * 0.5)


def test_a_shorter_baseline_and_another_alpha() -> None:
    result = detect([1, 2, 3, 10], Method.C1, baseline=3, alpha=0.025)[3]

    assert result.threshold == pytest.approx(2 + 1.959963984540054 * 1.0)
    assert result.alarm is True


@pytest.mark.parametrize(("method", "first"), [(Method.C1, 7), (Method.C2, 9), (Method.C3, 11)])
def test_the_first_days_have_no_threshold_and_a_short_series_is_not_an_error(
    method: Method, first: int
) -> None:
    counts = list(range(1, 31))

    assert [r.threshold is None for r in detect(counts, method)] == [True] * first + [False] * (
        30 - first
    )
    assert detect(counts[:first], method) == [DayResult(c, None, False) for c in counts[:first]]
    assert detect([], method) == []


def test_one_result_per_day_with_its_count() -> None:
    counts = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]

    for method in Method:
        assert [result.observed for result in detect(counts, method)] == counts


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"baseline": 2}, "baseline must be at least 3"),
        ({"alpha": 0.0}, "alpha must be between 0 and 1"),
        ({"alpha": 1.0}, "alpha must be between 0 and 1"),
        ({"min_sigma": -1.0}, "min_sigma must not be negative"),
    ],
)
def test_parameters_earsc_refuses_are_refused(options: dict[str, float], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        detect([1] * 20, Method.C1, **options)  # type: ignore[arg-type]
