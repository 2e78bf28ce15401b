"""Tests of ranges.py: DateRange, inclusive on both ends, optionally open-ended.

Rule under test: ranges are written as rules and periods are ("1 Feb 2022 - 31 Jan 2025"),
both ends inclusive, so a one-day range has ``start == end``. The example period is the
MCLE compliance period of Group 1 before its extension (../shared/domain/mcle.md, "Old
end years": G1 2/1/22-1/31/25, from the americanbar.org California page) and after it
(same note: 1 Feb 2022 - 29 Mar 2025).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import DateRange, InputError
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
GROUP_1 = DateRange(date(2022, 2, 1), date(2025, 1, 31))
GROUP_1_EXTENDED = DateRange(date(2022, 2, 1), date(2025, 3, 29))

# Small bounds make overlaps, adjacency and shared days common in generated ranges.
near_dates = cst.dates(date(2024, 1, 1), date(2024, 3, 31))
near_ranges = cst.date_ranges(date(2024, 1, 1), date(2024, 3, 31))


def days_of(r: DateRange, horizon: date) -> set[date]:
    """Every day of r up to horizon (for open ranges), by brute force."""
    last = horizon if r.end is None else r.end
    return {r.start + timedelta(days=i) for i in range((last - r.start).days + 1)}


# ----------------------------------------------------------------------------- membership


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (date(2022, 1, 31), False),  # the day before the period
        (date(2022, 2, 1), True),  # first day
        (date(2024, 2, 29), True),  # a leap day inside
        (date(2025, 1, 31), True),  # last day, inclusive
        (date(2025, 2, 1), False),  # the day after
    ],
)
def test_both_ends_are_inclusive(day: date, inside: bool) -> None:
    """Rule: the MCLE Group 1 period 1 Feb 2022 - 31 Jan 2025 includes both end days (mcle.md)."""
    assert inside is (day in GROUP_1)


def test_the_extension_moves_the_last_day() -> None:
    """Case: after the 38-month extension the G1 period ends 29 Mar 2025 (mcle.md), so 29 Mar is in, 30 Mar out."""
    expected = (True, True, False)

    assert expected == (
        date(2025, 2, 1) in GROUP_1_EXTENDED,
        date(2025, 3, 29) in GROUP_1_EXTENDED,
        date(2025, 3, 30) in GROUP_1_EXTENDED,
    )


def test_an_open_range_has_no_last_day() -> None:
    """Rule: ``end=None`` is open-ended: every day from start on is inside."""
    open_range = DateRange(date(2022, 2, 1))
    expected = (True, False, True, True)

    assert expected == (
        open_range.is_open,
        date(2022, 1, 31) in open_range,
        date(2022, 2, 1) in open_range,
        date.max in open_range,
    )


def test_a_single_day_range() -> None:
    """Edge: start == end is a one-day range, and DateRange.day builds it (leap day 2024-02-29)."""
    leap_day = DateRange.day(date(2024, 2, 29))
    expected = (DateRange(date(2024, 2, 29), date(2024, 2, 29)), False, "2024-02-29")

    assert expected == (leap_day, leap_day.is_open, str(leap_day))
    assert date(2024, 2, 29) in leap_day
    assert date(2024, 2, 28) not in leap_day
    assert date(2024, 3, 1) not in leap_day


@pytest.mark.parametrize("thing", ["2024-02-29", None, 20240229, datetime(2024, 2, 29, 12, 0), (2024, 2, 29)])
def test_only_calendar_dates_are_members(thing: object) -> None:
    """Rule: ``x in r`` is False for anything but a date; a datetime is not a day (DESIGN.md §7)."""
    assert thing not in DateRange(date(2024, 1, 1), date(2024, 12, 31))


def test_extreme_dates() -> None:
    """Edge: ranges reaching date.min and date.max work without overflow."""
    everything = DateRange(date.min)
    last_day = DateRange.day(date.max)
    expected = (True, True, False, None)

    assert expected == (
        date.min in everything,
        date.max in last_day,
        last_day.precedes_directly(DateRange.day(date.min)),
        last_day.gap_until(DateRange(date.min)),
    )
    assert DateRange.day(date.min).precedes_directly(DateRange(date.min + ONE_DAY))


# ----------------------------------------------------------------------------- str


@pytest.mark.parametrize(
    ("r", "text"),
    [
        (GROUP_1, "2022-02-01 to 2025-01-31"),
        (DateRange(date(2022, 2, 1)), "2022-02-01 onwards"),
        (DateRange.day(date(2024, 2, 29)), "2024-02-29"),
    ],
)
def test_str(r: DateRange, text: str) -> None:
    """Rule: ranges render in ISO dates: ``a to b``, ``a onwards``, or a single day."""
    assert text == str(r)


# ----------------------------------------------------------------------------- overlaps


@pytest.mark.parametrize(
    ("a", "b", "overlapping"),
    [
        (GROUP_1, GROUP_1_EXTENDED, True),
        (GROUP_1, DateRange.day(date(2025, 1, 31)), True),  # sharing only the last day
        (GROUP_1, DateRange.day(date(2022, 2, 1)), True),  # sharing only the first day
        (GROUP_1, DateRange(date(2025, 2, 1)), False),  # adjacent, not overlapping
        (GROUP_1, DateRange(date(2020, 2, 1), date(2022, 1, 31)), False),  # the G3-style period before
        (DateRange(date(2022, 2, 1)), DateRange(date(2030, 1, 1)), True),  # two open ranges always meet
        (DateRange(date(2030, 1, 1)), DateRange(date(2022, 2, 1), date(2029, 12, 31)), False),
    ],
)
def test_overlaps(a: DateRange, b: DateRange, overlapping: bool) -> None:
    """Rule: two ranges overlap when they share at least one day (ends inclusive), in either order."""
    assert (overlapping, overlapping) == (a.overlaps(b), b.overlaps(a))


# ----------------------------------------------------------------------------- adjacency and gaps


@pytest.mark.parametrize(
    ("a", "b", "directly"),
    [
        (GROUP_1, DateRange(date(2025, 2, 1), date(2028, 1, 31)), True),  # the next period starts the day after
        (DateRange(date(2024, 1, 1), date(2024, 2, 28)), DateRange(date(2024, 2, 29)), True),  # into a leap day
        (DateRange(date(2024, 1, 1), date(2024, 2, 29)), DateRange(date(2024, 3, 1)), True),  # out of a leap day
        (DateRange(date(2023, 1, 1), date(2023, 2, 28)), DateRange(date(2023, 3, 1)), True),  # no leap day in 2023
        (DateRange(date(2024, 1, 1), date(2024, 12, 31)), DateRange(date(2025, 1, 1)), True),  # year end
        (GROUP_1, DateRange(date(2025, 1, 31)), False),  # sharing a day is not "after"
        (GROUP_1, DateRange(date(2025, 2, 2)), False),  # one day missing
        (DateRange(date(2025, 2, 1)), GROUP_1, False),  # wrong order
        (DateRange(date(2022, 2, 1)), DateRange(date(2030, 1, 1)), False),  # an open range precedes nothing
    ],
)
def test_precedes_directly(a: DateRange, b: DateRange, directly: bool) -> None:
    """Rule: a precedes b directly when b starts on the day after a ends (month ends and leap days included)."""
    assert directly is a.precedes_directly(b)


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        # a whole month between: February has 29 days in 2024 and 28 in 2023
        (
            DateRange(date(2024, 1, 1), date(2024, 1, 31)),
            DateRange(date(2024, 3, 1)),
            DateRange(date(2024, 2, 1), date(2024, 2, 29)),
        ),
        (
            DateRange(date(2023, 1, 1), date(2023, 1, 31)),
            DateRange(date(2023, 3, 1)),
            DateRange(date(2023, 2, 1), date(2023, 2, 28)),
        ),
        # a single missing day
        (GROUP_1, DateRange(date(2025, 2, 2)), DateRange.day(date(2025, 2, 1))),
        # adjacent, overlapping, open or reversed: no gap
        (GROUP_1, DateRange(date(2025, 2, 1)), None),
        (GROUP_1, GROUP_1_EXTENDED, None),
        (DateRange(date(2022, 2, 1)), DateRange(date(2030, 1, 1)), None),
        (DateRange(date(2030, 1, 1), date(2030, 12, 31)), GROUP_1, None),
    ],
)
def test_gap_until(a: DateRange, b: DateRange, gap: DateRange | None) -> None:
    """Rule: gap_until gives the days strictly between a's end and b's start, or None if there are none."""
    assert gap == a.gap_until(b)


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("start", "end", "path", "message"),
    [
        (None, None, "start", "expected a date, got None"),
        ("2024-02-29", None, "start", "expected a date, got '2024-02-29'"),
        (datetime(2024, 2, 29, 9, 0), None, "start", "expected a date, got datetime.datetime(2024, 2, 29, 9, 0)"),
        (date(2024, 2, 29), "2024-03-01", "end", "expected a date, got '2024-03-01'"),
        (
            date(2024, 2, 29),
            datetime(2024, 3, 1, 0, 0),
            "end",
            "expected a date, got datetime.datetime(2024, 3, 1, 0, 0)",
        ),
        (date(2024, 3, 1), date(2024, 2, 29), "end", "must not be before start (2024-03-01), got 2024-02-29"),
        (date(2025, 1, 1), date(2024, 12, 31), "end", "must not be before start (2025-01-01), got 2024-12-31"),
    ],
)
def test_bad_bounds_raise_input_error(start: Any, end: Any, path: str, message: str) -> None:
    """Rule: a bound that is not a date, or an end before the start, raises InputError naming the field."""
    expected = [(path, message)]

    with pytest.raises(InputError) as caught:
        DateRange(start, end)

    assert expected == [(p.path, p.message) for p in caught.value.problems]


def test_day_refuses_a_datetime() -> None:
    """Rule: DateRange.day validates like the constructor."""
    with pytest.raises(InputError, match=r"start: expected a date"):
        DateRange.day(datetime(2024, 2, 29, 0, 0))


def test_evolve_validates_again() -> None:
    """Rule: a range changed with attrs.evolve is checked again (DESIGN.md §2)."""
    with pytest.raises(InputError, match=r"end: must not be before start \(2022-02-01\), got 2021-01-31"):
        attrs.evolve(GROUP_1, end=date(2021, 1, 31))


# ----------------------------------------------------------------------------- properties


@given(cst.date_ranges(), cst.dates())
def test_membership_is_start_through_end(r: DateRange, day: date) -> None:
    """Property: ``d in r`` iff start <= d and (r is open or d <= end)."""
    assert (r.start <= day and (r.end is None or day <= r.end)) == (day in r)


@given(cst.date_ranges())
def test_both_bounds_are_members(r: DateRange) -> None:
    """Property: the first day (and the last, if any) are inside; the day before is not."""
    assert r.start in r
    assert r.end is None or r.end in r
    assert r.start - ONE_DAY not in r
    assert r.end is None or r.end + ONE_DAY not in r


@given(near_ranges, near_ranges)
def test_overlaps_is_symmetric_and_means_a_shared_day(a: DateRange, b: DateRange) -> None:
    """Property: a.overlaps(b) == b.overlaps(a) == "some day is in both" (brute force)."""
    horizon = date(2024, 3, 31)
    shared = bool(days_of(a, horizon) & days_of(b, horizon))

    assert shared == a.overlaps(b) == b.overlaps(a)


@given(cst.date_ranges())
def test_a_range_overlaps_itself(r: DateRange) -> None:
    """Property: every range shares its days with itself, and never precedes itself."""
    assert r.overlaps(r)
    assert not r.precedes_directly(r)
    assert r.gap_until(r) is None


@given(near_ranges, near_ranges)
def test_gap_until_is_consistent_with_precedes_directly(a: DateRange, b: DateRange) -> None:
    """Property: a gap fills exactly the days between a and b: a, gap, b follow each other directly."""
    gap = a.gap_until(b)

    if gap is None:
        assert a.end is None or a.precedes_directly(b) or b.start <= a.end
    else:
        assert not a.precedes_directly(b)
        assert not a.overlaps(b)
        assert a.precedes_directly(gap)
        assert gap.precedes_directly(b)
        assert not gap.overlaps(a)
        assert not gap.overlaps(b)


@given(near_ranges, near_ranges)
def test_precedes_directly_means_adjacent_and_disjoint(a: DateRange, b: DateRange) -> None:
    """Property: a directly precedes b iff a ends and b.start is the next day; then they share no day."""
    expected = a.end is not None and a.end + ONE_DAY == b.start

    assert expected == a.precedes_directly(b)
    if expected:
        assert not a.overlaps(b)
        assert a.gap_until(b) is None


@given(cst.date_ranges())
def test_ranges_equal_their_copies_and_hash_alike(r: DateRange) -> None:
    """Property: ranges are values: equal fields mean equal and same hash."""
    copy = DateRange(r.start, r.end)

    assert r == copy
    assert hash(r) == hash(copy)


@given(cst.dates(), st.integers(min_value=1, max_value=400))
def test_end_before_start_is_always_refused(start: date, days: int) -> None:
    """Property: any end strictly before the start raises InputError on ``end``."""
    with pytest.raises(InputError) as caught:
        DateRange(start, start - timedelta(days=days))

    expected = ["end"]
    assert expected == [p.path for p in caught.value.problems]


@pytest.mark.parametrize("method", ["overlaps", "precedes_directly", "gap_until"])
def test_comparisons_need_a_range(method: str) -> None:
    with pytest.raises(InputError) as caught:
        getattr(DateRange(date(2020, 1, 1)), method)(5)
    assert caught.value.problems[0].path == "other"
