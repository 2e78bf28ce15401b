"""A day after a bounded schedule's last period is not in force, and the error says why, word for word.

Rules under test (src/calcities_domain/mcle/periods.py, ``PeriodSchedule``: "cycles: The
runs, in order, each starting the day after the last one ends", ``last_day``: "The last day
the schedule covers; None if it goes on"; docs/errors.md, "RuleNotInForce"):

* The last day of a bounded schedule's last period is in force.
* The day after it raises RuleNotInForce naming the rule
  ``mcle.<jurisdiction>.periods.<key with "_" for "-">``, the day, the days covered, and
  the detail "no compliance periods are defined after the last cycle".

The schedule here is made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import Confidence, RuleNotInForce, Source
from calcities_domain.mcle import Cycle, PeriodSchedule

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)


def bounded() -> PeriodSchedule:
    """Two 36-month periods, from 1 February 2001 to 31 January 2007, then nothing."""
    return PeriodSchedule(
        "us_xx",
        "test-two",
        None,
        (Cycle(date(2001, 2, 1), 36, date(2004, 2, 1), source=TEST_SOURCE),),
        due_days_after_end=1,
        deadline_calendar=None,
        deadline_source=TEST_SOURCE,
    )


def test_the_last_day_of_a_bounded_schedule_is_in_force() -> None:
    period = bounded().period_containing(date(2007, 1, 31))
    assert (period.start, period.end) == (date(2004, 2, 1), date(2007, 1, 31))


def test_the_day_after_a_bounded_schedule_says_no_period_is_defined_after_its_last_cycle() -> None:
    with pytest.raises(RuleNotInForce) as caught:
        bounded().period_containing(date(2007, 2, 1))
    error = caught.value
    assert (error.rule, error.on, error.covered) == (
        "mcle.us_xx.periods.test_two",
        date(2007, 2, 1),
        ("2001-02-01 to 2007-01-31",),
    )
    assert error.detail == "no compliance periods are defined after the last cycle"
    assert str(error) == (
        "rule 'mcle.us_xx.periods.test_two' is not in force on 2007-02-01 "
        "(no compliance periods are defined after the last cycle); it covers: 2001-02-01 to 2007-01-31"
    )
