"""A period schedule refuses, in fixed words, a schedule without runs and a period of another group.

Rules under test (src/calcities_domain/mcle/periods.py, ``PeriodSchedule``; ../shared/domain/mcle.md,
section 1.3; DESIGN.md principle 8, every problem at its path in words):

* A schedule is a sequence of runs: one with no run at all is refused on ``cycles`` with
  "a schedule needs at least one cycle".
* ``PeriodSchedule.require`` refuses a period of another group: "the period is of <theirs>,
  the licensee is in <ours>", where a schedule (or period) without a group reads "no group"
  (California group 1 reads "group 1 (A-G)").
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import Confidence, InputError, Source
from calcities_domain.mcle import CALIFORNIA, ComplianceGroup, Cycle, PeriodSchedule

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)
G1 = CALIFORNIA.schedule_for_group(ComplianceGroup.GROUP_1)


def _ungrouped_california() -> PeriodSchedule:
    """A California calendar a caller builds for licensees outside the three groups."""
    return PeriodSchedule(
        "us_ca",
        "ungrouped",
        None,
        (Cycle(date(2022, 2, 1), 36, source=TEST_SOURCE),),
        due_days_after_end=1,
        deadline_calendar=None,
        deadline_source=TEST_SOURCE,
    )


def test_a_schedule_without_a_cycle_is_refused_in_words() -> None:
    with pytest.raises(InputError) as caught:
        PeriodSchedule(
            "us_ca",
            "empty",
            None,
            (),
            due_days_after_end=1,
            deadline_calendar=None,
            deadline_source=TEST_SOURCE,
        )
    assert [(p.path, p.message) for p in caught.value.problems] == [("cycles", "a schedule needs at least one cycle")]


def test_a_period_of_no_group_is_refused_by_a_groups_schedule() -> None:
    period = _ungrouped_california().period_containing(date(2024, 6, 1))
    assert (period.jurisdiction, period.group) == ("us_ca", None)
    with pytest.raises(InputError) as caught:
        G1.require(period)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("period.group", "the period is of no group, the licensee is in group 1 (A-G)")
    ]


def test_a_groups_period_is_refused_by_a_schedule_of_no_group() -> None:
    period = G1.period_containing(date(2024, 6, 1))
    with pytest.raises(InputError) as caught:
        _ungrouped_california().require(period, "periods[2]")
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("periods[2].group", "the period is of group 1 (A-G), the licensee is in no group")
    ]
