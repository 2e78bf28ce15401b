"""Edges of a period schedule (mcle/periods.py): the last period listed, open ranges, the calendar.

Rules under test (../shared/domain/mcle.md, section 1.3; calbar MCLE compliance information):

* Group 1's one-time 38-month period runs 1 February 2022 to 29 March 2025; the next runs
  30 March 2025 to 29 March 2028.
* The report is due the day after the period ends, moved to the next business day of
  California state offices: 30 March 2025 was a Sunday and 31 March Cesar Chavez Day, so
  group 1 reported by 1 April 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import DateRange, InputError
from calcities_domain.mcle import CALIFORNIA, ComplianceGroup

G1 = CALIFORNIA.schedule_for_group(ComplianceGroup.GROUP_1)


def test_periods_end_with_the_one_containing_the_day_given() -> None:
    """The day a period ends is in that period: the list stops there."""
    through_end = list(G1.periods(date(2025, 3, 29)))
    assert (through_end[-1].start, through_end[-1].end) == (date(2022, 2, 1), date(2025, 3, 29))
    through_next = list(G1.periods(date(2025, 3, 30)))
    assert (through_next[-1].start, through_next[-1].end) == (date(2025, 3, 30), date(2028, 3, 29))
    assert through_next[:-1] == through_end


def test_the_first_period_alone_when_the_day_is_in_it() -> None:
    first = list(G1.periods(G1.first_day))
    assert len(first) == 1
    assert first[0].start == G1.first_day


def test_an_open_ended_range_is_refused_in_words() -> None:
    with pytest.raises(InputError) as caught:
        G1.periods_overlapping(DateRange(date(2024, 1, 1), None))
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("days.end", "an open-ended range overlaps endlessly many periods: give an end")
    ]
