"""Deadlines at their limits: the business-day walk's bound, the opening's zone, every bad rule named.

Rules under test (src/calcities_domain/events/deadlines.py and published.py; docs/errors.md,
"InputError"):

* ``DeadlineRule.last_day`` walks back at most 3660 days looking for business days
  (``_MAX_WALK_DAYS``: a calendar of only holidays would never end): a business day 3660
  days back is found, one 3661 days back is not, and the refusal says "no N business days
  in the 3660 days before".
* ``Deadline.at`` is, for ``OPENS``, the start of its day in the event's zone (and for every
  other deadline the end of its day there): an event in New York opens at midnight there.
* An InputError lists every problem at once (docs/errors.md): ``deadlines`` names each rule
  that cannot be resolved, at ``policy.<kind>.days_before``, not only the last one.
* ``parse_published_deadline`` takes a year from 1 to 9999 and refuses any other, at ``year``,
  with "expected a year from 1 to 9999, got Y".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from calcities_domain.events import (
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    RegistrationPolicy,
    deadline,
    deadlines,
    parse_published_deadline,
    resolve_deadline,
)
from calcities_domain.kernel import InputError

#: Tuesday 15 January 2030: 3660 days before it is Wednesday 8 January 2020.
START = date(2030, 1, 15)
EDGE = START - timedelta(days=3660)


class OneBusinessDay:
    """A holiday calendar on which every day is a holiday but one."""

    def __init__(self, open_day: date) -> None:
        self.open_day = open_day

    def __contains__(self, day: object, /) -> bool:
        return day != self.open_day

    def get(self, day: Any, default: Any = None, /) -> Any:
        return default if day == self.open_day else "Holiday"


def problems(info: pytest.ExceptionInfo[InputError]) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in info.value.problems]


# ------------------------------------------------------------------ the walk's bound


def test_a_business_day_exactly_3660_days_back_is_found() -> None:
    """_MAX_WALK_DAYS: the walk goes back 3660 days, the 3660th included."""
    assert date(2020, 1, 8) == EDGE
    assert EDGE.weekday() == 2  # a Wednesday: only the calendar makes it the one business day
    rule = DeadlineRule.before(1, business_days=True)
    assert rule.last_day(START, START, calendar=OneBusinessDay(EDGE)) == EDGE
    built = Event("A long wait", EventKind.OTHER, START, START)
    (close,) = deadlines(built, RegistrationPolicy(close=rule), calendar=OneBusinessDay(EDGE))
    assert close.last_day == EDGE


def test_a_business_day_3661_days_back_is_beyond_the_walk() -> None:
    """_MAX_WALK_DAYS: a business day one day beyond the bound is not reached: an InputError."""
    beyond = EDGE - timedelta(days=1)
    assert beyond.weekday() == 1  # a Tuesday
    rule = DeadlineRule.before(1, business_days=True)
    with pytest.raises(InputError) as info:
        rule.last_day(START, START, calendar=OneBusinessDay(beyond))
    assert problems(info) == [
        (
            "days_before",
            f"cannot count back 1 business day from {START}: the calendar has too few in the 3660 days before it",
        )
    ]


# ------------------------------------------------------------------ the opening's zone


@pytest.mark.parametrize(
    ("zone", "iso"),
    [
        ("America/New_York", "2024-01-02T00:00:00-05:00"),
        ("America/Chicago", "2024-01-02T00:00:00-06:00"),
        ("America/Los_Angeles", "2024-01-02T00:00:00-08:00"),
    ],
)
def test_registration_opens_at_the_start_of_the_day_in_the_event_s_zone(zone: str, iso: str) -> None:
    """Deadline.at: for OPENS, the start of its day in the event's zone (Event.zone: "deadlines close ... there")."""
    built = Event("A conference", EventKind.OTHER, date(2024, 2, 16), date(2024, 2, 16), zone=zone)
    policy = RegistrationPolicy(opens=DeadlineRule.fixed(date(2024, 1, 2)))
    opening = resolve_deadline(built, DeadlineKind.OPENS, policy)
    assert opening is not None
    assert opening.at.isoformat() == iso
    decision = deadline(built, DeadlineKind.OPENS, policy)
    assert decision.outcome == opening.at
    assert decision.reasons[1].message == f"It opens at {iso} ({zone})."


def test_an_opening_in_new_york_is_three_hours_before_one_in_los_angeles() -> None:
    """The same day opens at 05:00 UTC in New York and 08:00 UTC in Los Angeles."""
    policy = RegistrationPolicy(opens=DeadlineRule.fixed(date(2024, 1, 2)))
    east = Event("East", EventKind.OTHER, date(2024, 2, 16), date(2024, 2, 16), zone="America/New_York")
    opening = resolve_deadline(east, DeadlineKind.OPENS, policy)
    assert opening is not None
    assert opening.at.astimezone(UTC) == datetime(2024, 1, 2, 5, tzinfo=UTC)


# ------------------------------------------------------------------ every bad rule named


def test_every_rule_that_cannot_be_resolved_is_named() -> None:
    """docs/errors.md: an InputError lists every problem at once, one per unresolvable rule, in kind order."""
    far = DeadlineRule.before(10**9)
    built = Event("An event", EventKind.OTHER, date(2024, 2, 16), date(2024, 2, 16))
    message = "1000000000 days before 2024-02-16 is before the year 1"
    with pytest.raises(InputError) as info:
        deadlines(built, RegistrationPolicy(early_bird=far, close=far, hotel=far))
    assert problems(info) == [
        ("policy.early_bird.days_before", message),
        ("policy.close.days_before", message),
        ("policy.hotel.days_before", message),
    ]


def test_a_rule_that_cannot_be_resolved_is_named_beside_a_good_one() -> None:
    """Only the bad rule is named; the good one before it does not hide it, nor does it hide the good one's."""
    far = DeadlineRule.before(10**9)
    built = Event("An event", EventKind.OTHER, date(2024, 2, 16), date(2024, 2, 16))
    with pytest.raises(InputError) as info:
        deadlines(built, RegistrationPolicy(opens=far, close=DeadlineRule.before(7), cancellation=far))
    assert [path for path, _ in problems(info)] == ["policy.opens.days_before", "policy.cancellation.days_before"]


# ------------------------------------------------------------------ the year of a wording


@pytest.mark.parametrize("wording", ["by Wednesday, May 10", "by Wednesday, May 10, 2023"])
@pytest.mark.parametrize("year", [0, 10000])
def test_a_year_outside_1_to_9999_is_refused(wording: str, year: int) -> None:
    """parse_published_deadline: the year given must be from 1 to 9999, whether or not the wording names one."""
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording, year=year)
    assert problems(info) == [("year", f"expected a year from 1 to 9999, got {year}")]


def test_the_year_9999_is_read() -> None:
    """The upper bound is inclusive: "by Monday, May 10" in 9999 (a Monday) is read."""
    found = parse_published_deadline("by Monday, May 10", year=9999)
    assert (found.day, found.weekday) == (date(9999, 5, 10), 0)
    assert found.day.weekday() == 0
