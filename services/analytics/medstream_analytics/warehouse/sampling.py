"""Vectorised sampling and date arithmetic the generator draws its rows with."""

import numpy as np
import numpy.typing as npt

from medstream_analytics.warehouse.population import Knots

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


def sample_index(rng: np.random.Generator, weights: FloatArray, size: int) -> IntArray:
    cdf = np.cumsum(weights)
    index = np.searchsorted(cdf, rng.random(size) * cdf[-1], side="right")
    return np.minimum(index, weights.size - 1).astype(np.int64)


def interpolate(knots: Knots, ages: IntArray) -> FloatArray:
    knot_ages, values = zip(*knots, strict=True)
    return np.interp(ages, knot_ages, values)


def full_years(birth_day: IntArray, on_day: IntArray) -> IntArray:
    """Completed years of age: the number of birthday anniversaries reached by ``on_day``.

    Someone born on 29 February comes of age on 28 February in common years, as in Russian
    law and DuckDB's ``date_sub('year', ...)``, so SQL over the warehouse agrees with it.
    """
    birth = birth_day.astype("datetime64[D]")
    on = on_day.astype("datetime64[D]")
    years = calendar_year(on) - calendar_year(birth)
    return years - (on < anniversary(birth, years))


def calendar_year(dates: npt.NDArray[np.datetime64]) -> IntArray:
    return dates.astype("datetime64[Y]").astype(np.int64) + 1970


def anniversary(birth: npt.NDArray[np.datetime64], years: IntArray) -> npt.NDArray[np.datetime64]:
    birth_month = birth.astype("datetime64[M]")
    day_of_month = birth - birth_month.astype("datetime64[D]")
    month = birth_month + years * 12
    last_day = (month + 1).astype("datetime64[D]") - np.timedelta64(1, "D")
    return np.minimum(month.astype("datetime64[D]") + day_of_month, last_day)
