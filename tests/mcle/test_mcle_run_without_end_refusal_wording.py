"""A run of periods that cannot end where it should is refused in fixed words.

Rules under test (src/calcities_domain/mcle/periods.py, ``Cycle`` and ``PeriodSchedule``;
../shared/domain/mcle.md, section 1.3; DESIGN.md principle 8, every problem at its path
in words):

* A run with a fixed ``end`` (California's one-time 38-month periods) is a single period:
  a ``last_start`` other than its first start is refused, an InputError on ``last_start``:
  "a run with a fixed end has one period: leave last_start out".
* The runs of a schedule follow one another: a run that goes on without end before
  another is refused, a RuleDefinitionError on ``cycles[<i>].last_start``: "only the last
  run may go on without end".
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import Confidence, InputError, Problem, RuleDefinitionError, Source
from calcities_domain.mcle import Cycle, PeriodSchedule

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)


def test_a_run_with_a_fixed_end_and_a_later_last_start_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        Cycle(date(2022, 2, 1), 38, date(2025, 4, 1), source=TEST_SOURCE, end=date(2025, 3, 29))
    assert caught.value.problems == (
        Problem("last_start", "a run with a fixed end has one period: leave last_start out"),
    )
    assert str(caught.value) == (
        "1 problem in the input:\n  last_start: a run with a fixed end has one period: leave last_start out"
    )


def test_a_run_with_a_fixed_end_may_repeat_its_first_start_as_last_start() -> None:
    cycle = Cycle(date(2022, 2, 1), 38, date(2022, 2, 1), source=TEST_SOURCE, end=date(2025, 3, 29))
    assert (cycle.count, cycle.last_end) == (1, date(2025, 3, 29))


def test_a_run_without_end_before_another_run_is_refused() -> None:
    with pytest.raises(RuleDefinitionError) as caught:
        PeriodSchedule(
            "us_ca",
            "open-then-more",
            None,
            (
                Cycle(date(2020, 1, 1), 12, source=TEST_SOURCE),
                Cycle(date(2021, 1, 1), 12, source=TEST_SOURCE),
            ),
            due_days_after_end=1,
            deadline_calendar=None,
            deadline_source=TEST_SOURCE,
        )
    assert caught.value.problems == (Problem("cycles[0].last_start", "only the last run may go on without end"),)
    assert str(caught.value) == (
        "period schedule 'open-then-more' is inconsistent (1 problem):\n"
        "  cycles[0].last_start: only the last run may go on without end"
    )
