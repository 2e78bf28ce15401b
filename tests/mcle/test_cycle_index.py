"""A run of periods finds the period holding any day by counting calendar months.

Rule under test (src/calcities_domain/mcle/periods.py, ``Cycle.index_of``): period ``k`` of a
run starts ``k * months`` calendar months after the first start, on the same day of the month,
or on the month's last day when that month is shorter (``start_of``; California's groups run
in 36-month periods from a fixed start, Rule 2.71; New York's from the attorney's own cycle
start, 22 NYCRR 1500.22(b)(1)). ``index_of(day)`` is the one ``k`` with
``start_of(k) <= day < start_of(k + 1)``; a day before the first start gets a negative index.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, Source
from calcities_domain.mcle import Cycle

SOURCE = Source("a run made up for the test", Confidence.CONFIRMED)


@given(
    first_start=st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
    months=st.integers(min_value=1, max_value=120),
    offset=st.integers(min_value=-3660, max_value=36600),
)
def test_the_index_found_is_the_period_holding_the_day(first_start: date, months: int, offset: int) -> None:
    """Whatever the run and the day, the period found starts on or before the day and the next one after it."""
    run = Cycle(first_start, months, source=SOURCE)
    day = first_start + timedelta(days=offset)
    k = run.index_of(day)
    assert run.start_of(k) <= day < run.start_of(k + 1)
    assert (k >= 0) is (day >= first_start)


@pytest.mark.parametrize(
    ("first_start", "months", "day", "expected"),
    [
        # Starts on the 31st: the next start in a 30-day month, or February, is its last day.
        (date(2023, 1, 31), 1, date(2023, 2, 28), 1),
        (date(2023, 1, 31), 1, date(2023, 2, 27), 0),
        (date(2023, 1, 31), 1, date(2023, 3, 30), 1),
        (date(2023, 1, 31), 1, date(2023, 3, 31), 2),
        # A start on a leap day: the yearly starts are on 28 February, and on 29 February in leap years.
        (date(2024, 2, 29), 12, date(2025, 2, 27), 0),
        (date(2024, 2, 29), 12, date(2025, 2, 28), 1),
        (date(2024, 2, 29), 12, date(2028, 2, 28), 3),
        (date(2024, 2, 29), 12, date(2028, 2, 29), 4),
        # A 36-month run: the first and last days of a period, and the day before the run starts.
        (date(2022, 2, 1), 36, date(2022, 2, 1), 0),
        (date(2022, 2, 1), 36, date(2025, 1, 31), 0),
        (date(2022, 2, 1), 36, date(2025, 2, 1), 1),
        (date(2022, 2, 1), 36, date(2022, 1, 31), -1),
        # In the month of a start but before its day: the period before.
        (date(2020, 7, 15), 24, date(2022, 7, 14), 0),
        (date(2020, 7, 15), 24, date(2022, 7, 15), 1),
    ],
)
def test_period_boundaries_month_ends_and_leap_days(first_start: date, months: int, day: date, expected: int) -> None:
    assert Cycle(first_start, months, source=SOURCE).index_of(day) == expected
