"""A monthly run that starts near the end of the calendar still places each day in its period.

Rules under test (src/calcities_domain/mcle/periods.py, module docstring: "Period ``k`` of a
run starts ``k * months`` months after the run's first start ... and ends the day before the
next period starts"; ``PeriodSchedule.period_containing``: an InputError only if the
period containing the day "would end or fall due after date.max"):

* A run of one-month periods from 1 December 9998 has a period for every day whose period
  ends and falls due by 31 December 9999 (``date.max``): June 9999 is 1 June to 30 June, due
  1 July; November 9999 is due 1 December.
* December 9999 falls due after ``date.max``: refused on ``day``.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import Confidence, InputError, Source
from calcities_domain.mcle import Cycle, PeriodSchedule

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)
MONTHLY = PeriodSchedule(
    "us_xx",
    "monthly",
    None,
    (Cycle(date(9998, 12, 1), 1, source=TEST_SOURCE),),
    due_days_after_end=1,
    deadline_calendar=None,
    deadline_source=TEST_SOURCE,
)


@pytest.mark.parametrize(
    ("day", "start", "end"),
    [
        (date(9998, 12, 31), date(9998, 12, 1), date(9998, 12, 31)),
        (date(9999, 1, 1), date(9999, 1, 1), date(9999, 1, 31)),
        (date(9999, 2, 28), date(9999, 2, 1), date(9999, 2, 28)),
        (date(9999, 6, 15), date(9999, 6, 1), date(9999, 6, 30)),
        (date(9999, 11, 30), date(9999, 11, 1), date(9999, 11, 30)),
    ],
)
def test_each_day_is_in_its_month(day: date, start: date, end: date) -> None:
    period = MONTHLY.period_containing(day)
    assert (period.start, period.end, period.months) == (start, end, 1)
    assert MONTHLY.cycles[0].index_of(day) == (day.year - 9998) * 12 + day.month - 12


def test_the_last_month_falls_due_after_date_max() -> None:
    with pytest.raises(InputError) as caught:
        MONTHLY.period_containing(date(9999, 12, 1))
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("day", "the period containing 9999-12-01 ends or falls due after 9999-12-31, the last date Python can hold")
    ]
