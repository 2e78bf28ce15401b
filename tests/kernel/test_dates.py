"""Tests of :mod:`calcities_domain.kernel.dates`: Pacific instants, month arithmetic, business-day rolls.

Expected instants are written in UTC and were worked out by hand: Pacific time is UTC-8 (PST)
or UTC-7 (PDT). In 2024 daylight saving began at 02:00 on Sunday 10 March and ended at 02:00
on Sunday 3 November. Expected business days were worked out from the holiday lists in
``tests/kernel/test_holidays.py`` and checked weekday by weekday with the standard library.
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    PACIFIC,
    AnnualDate,
    Confidence,
    DateRange,
    Effect,
    HolidayCalendar,
    HolidayRule,
    InputError,
    MonthEndPolicy,
    Source,
    WeekendShift,
    add_months,
    end_of_day,
    is_business_day,
    last_day_of_month,
    local_date,
    require_aware,
    roll_forward,
    start_of_day,
)
from calcities_domain.kernel.dates import MAX_ROLL_DAYS
from calcities_domain.kernel.holidays import CHAVEZ_STATE, DEFAULT_CALENDAR_CHOICE
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
CLAMP, END_TO_END, STRICT = MonthEndPolicy.CLAMP, MonthEndPolicy.END_TO_END, MonthEndPolicy.STRICT
CALENDARS = st.sampled_from([None, CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL])


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def _months(day: date) -> int:
    return day.year * 12 + day.month - 1


def _target_month_length(day: date, months: int) -> int:
    """Days in the month ``months`` after ``day``'s month, by the standard library (not the code under test)."""
    year, month = divmod(_months(day) + months, 12)
    return monthrange(year, month + 1)[1]


class TinyLookup:
    """A HolidayLookup of its own, shaped like a ``holidays`` package calendar (``in`` and ``get``)."""

    def __init__(self, days: Mapping[date, str]) -> None:
        self._days = dict(days)

    def __contains__(self, day: object) -> bool:
        return day in self._days

    def get(self, day: Any, default: Any = None) -> Any:
        return self._days.get(day, default)


class EveryDayOff:
    """A broken calendar: every day is a holiday."""

    def __contains__(self, day: object) -> bool:
        return True

    def get(self, day: Any, default: Any = None) -> Any:
        return "Closed"


# ------------------------------------------------------------------- roll_forward: examples


def test_issue_example_sunday_rolls_past_cesar_chavez_day() -> None:
    """The issue, and domain/mcle.md: 30 Mar 2025 is a Sunday, 31 Mar is Cesar Chavez Day; due 1 Apr 2025."""
    assert (date(2025, 3, 30).weekday(), date(2025, 3, 31).weekday()) == (6, 0)
    rolled = roll_forward(date(2025, 3, 30))
    assert rolled.outcome == date(2025, 4, 1)
    assert rolled.codes == (
        "kernel.business_day.calendar",
        "kernel.business_day.weekend",
        "kernel.business_day.holiday",
        "kernel.business_day.found",
    )
    calendar, weekend, holiday, found = rolled.reasons
    assert calendar.fact("calendar") == CALIFORNIA_STATE_OFFICES.name
    assert calendar.source == DEFAULT_CALENDAR_CHOICE
    assert (weekend.fact("day"), weekend.fact("weekday")) == ("2025-03-30", "Sunday")
    assert weekend.source is not None
    assert weekend.source.confidence is Confidence.ASSUMED
    assert (holiday.fact("day"), holiday.fact("holiday")) == ("2025-03-31", "Cesar Chavez Day")
    assert holiday.source == CHAVEZ_STATE
    assert (found.fact("day"), found.fact("moved_from"), found.effect) == ("2025-04-01", "2025-03-30", Effect.PASS)
    assert found.message == "2025-04-01 is the next business day."
    # The default calendar is an assumption, and the explanation says so.
    assert DEFAULT_CALENDAR_CHOICE in rolled.assumptions()
    assert "Cesar Chavez Day" in rolled.explain()


def test_issue_example_gives_the_same_day_under_the_judicial_calendar() -> None:
    """Code Civ. Proc. § 135 also lists Cesar Chavez Day, so a court deadline rolls the same way."""
    rolled = roll_forward(date(2025, 3, 30), calendar=CALIFORNIA_JUDICIAL)
    assert rolled.outcome == date(2025, 4, 1)
    assert rolled.reasons[0].fact("calendar") == CALIFORNIA_JUDICIAL.name
    assert rolled.reasons[0].source == CALIFORNIA_JUDICIAL.source
    assert DEFAULT_CALENDAR_CHOICE not in rolled.sources()


def test_old_mcle_report_due_on_a_sunday_moves_to_monday() -> None:
    """domain/mcle.md, old structure: G2 2/1/12-1/31/15 was due 1 Feb 2015 (a Sunday), so 2 Feb 2015, a Monday."""
    assert (date(2015, 2, 1).weekday(), date(2015, 2, 2).weekday()) == (6, 0)
    rolled = roll_forward(date(2015, 2, 1))
    assert rolled.outcome == date(2015, 2, 2)
    assert rolled.codes[1:] == ("kernel.business_day.weekend", "kernel.business_day.found")


def test_a_business_day_does_not_move() -> None:
    rolled = roll_forward(date(2025, 4, 1))
    assert rolled.outcome == date(2025, 4, 1)
    assert rolled.codes == ("kernel.business_day.calendar", "kernel.business_day.found")
    found = rolled.reasons[-1]
    assert found.message == "2025-04-01 is a business day."
    assert found.fact("moved_from") is None


def test_thanksgiving_rolls_over_four_days() -> None:
    """Gov. Code § 19853: Thanksgiving (Thu 27 Nov 2025) and the day after, then a weekend: Monday 1 Dec."""
    rolled = roll_forward(date(2025, 11, 27))
    assert rolled.outcome == date(2025, 12, 1)
    assert rolled.codes[1:] == (
        "kernel.business_day.holiday",
        "kernel.business_day.holiday",
        "kernel.business_day.weekend",
        "kernel.business_day.weekend",
        "kernel.business_day.found",
    )
    assert [r.fact("holiday") for r in rolled.reasons[1:3]] == ["Thanksgiving Day", "Day after Thanksgiving"]


@pytest.mark.parametrize(
    ("day", "state", "courts"),
    [
        # Saturday 1 Jan 2022 is kept by courts on Friday 31 Dec 2021 (rule 1.11), not by state offices.
        (date(2021, 12, 31), date(2021, 12, 31), date(2022, 1, 3)),
        # Juneteenth (Wed 19 Jun 2024) is a judicial holiday; state offices are open (report).
        (date(2024, 6, 19), date(2024, 6, 19), date(2024, 6, 20)),
        # Lincoln Day (Fri 12 Feb 2010) left the state-office list after 2009; courts keep it.
        (date(2010, 2, 12), date(2010, 2, 12), date(2010, 2, 16)),
        # Veterans Day on Saturday 11 Nov 2023 is kept on Friday 10 Nov by both (Gov. Code § 6701).
        (date(2023, 11, 10), date(2023, 11, 13), date(2023, 11, 13)),
        # Christmas on Sunday 25 Dec 2022 is kept on Monday 26 Dec by both.
        (date(2022, 12, 24), date(2022, 12, 27), date(2022, 12, 27)),
    ],
)
def test_state_offices_and_courts_roll_differently(day: date, state: date, courts: date) -> None:
    """Report: state offices (Gov. Code § 19853) and courts (Code Civ. Proc. § 135) keep different lists."""
    assert roll_forward(day).outcome == state
    assert roll_forward(day, calendar=CALIFORNIA_STATE_OFFICES).outcome == state
    assert roll_forward(day, calendar=CALIFORNIA_JUDICIAL).outcome == courts
    assert is_business_day(day) == (state == day)
    assert is_business_day(day, CALIFORNIA_JUDICIAL) == (courts == day)


def test_a_moved_holiday_is_named_observed_in_the_reason() -> None:
    rolled = roll_forward(date(2021, 12, 31), calendar=CALIFORNIA_JUDICIAL)
    assert rolled.reasons[1].fact("holiday") == "New Year's Day (observed)"


def test_roll_forward_with_a_custom_holiday_lookup() -> None:
    """Any object with ``in`` and ``get`` (as a ``holidays`` package calendar has) is a calendar."""
    lookup = TinyLookup({date(2025, 7, 3): "Founders' Day", date(2025, 7, 7): ""})
    rolled = roll_forward(date(2025, 7, 3), calendar=lookup)
    # 4 July is not in this calendar: it is a business day here.
    assert rolled.outcome == date(2025, 7, 4)
    calendar, holiday, _ = rolled.reasons
    assert (calendar.fact("calendar"), calendar.source) == ("TinyLookup", None)
    assert (holiday.fact("holiday"), holiday.source) == ("Founders' Day", None)
    assert not is_business_day(date(2025, 7, 3), lookup)
    assert is_business_day(date(2025, 7, 4), lookup)
    # A holiday without a name is still a holiday.
    unnamed = roll_forward(date(2025, 7, 7), calendar=lookup)
    assert unnamed.outcome == date(2025, 7, 8)
    assert unnamed.reasons[1].fact("holiday") == "a holiday"


def test_a_plain_dict_is_a_holiday_lookup() -> None:
    days = {date(2025, 3, 31): "Cesar Chavez Day"}
    assert roll_forward(date(2025, 3, 31), calendar=days).outcome == date(2025, 4, 1)
    assert not is_business_day(date(2025, 3, 31), days)


def test_roll_forward_with_a_custom_holiday_calendar_cites_it() -> None:
    source = Source("City charter", Confidence.CONFIRMED, section="§ 1")
    rule = HolidayRule(
        "founders_day", "Founders' Day", AnnualDate(7, day=3), DateRange(date(2000, 1, 1)), WeekendShift.NONE, source
    )
    calendar = HolidayCalendar("City of Example", (rule,), source)
    rolled = roll_forward(date(2025, 7, 3), calendar=calendar)
    assert rolled.outcome == date(2025, 7, 4)
    assert (rolled.reasons[0].fact("calendar"), rolled.reasons[0].source) == ("City of Example", source)
    assert (rolled.reasons[1].fact("holiday"), rolled.reasons[1].source) == ("Founders' Day", source)


def test_a_calendar_with_every_day_off_stops_the_search() -> None:
    """The search is bounded: no real calendar has a month of consecutive holidays."""
    with pytest.raises(InputError) as error:
        roll_forward(date(2025, 3, 31), calendar=EveryDayOff())
    assert _paths(error) == ["calendar"]
    assert f"within {MAX_ROLL_DAYS} days" in str(error.value)
    assert not is_business_day(date(2025, 4, 1), EveryDayOff())


def test_a_calendar_with_every_weekday_a_holiday_stops_the_search() -> None:
    start = date(2025, 1, 1)
    weekdays = {start + ONE_DAY * n: "Closed" for n in range(60) if (start + ONE_DAY * n).weekday() < 5}
    with pytest.raises(InputError) as error:
        roll_forward(start, calendar=weekdays)
    assert _paths(error) == ["calendar"]


def test_roll_forward_stops_at_the_last_representable_date() -> None:
    """Friday 31 Dec 9999 is a business day; made a holiday, there is no later day to roll to."""
    assert date.max.weekday() == 4
    assert roll_forward(date.max).outcome == date.max
    assert is_business_day(date.max)
    with pytest.raises(InputError) as error:
        roll_forward(date.max, calendar={date.max: "The end"})
    assert _paths(error) == ["day"]


@pytest.mark.parametrize("calendar", [{date(2025, 4, 1)}, [date(2025, 4, 1)], "CA", 7])
def test_something_that_is_not_a_calendar_is_refused(calendar: object) -> None:
    """A set of dates has no ``get``: refused at once, not on the first holiday it contains."""
    with pytest.raises(InputError) as error:
        roll_forward(date(2025, 3, 31), calendar=_bad(calendar))
    assert _paths(error) == ["calendar"]
    with pytest.raises(InputError) as error:
        is_business_day(date(2025, 3, 31), _bad(calendar))
    assert _paths(error) == ["calendar"]


# ------------------------------------------------------------------- roll_forward: properties


@given(cst.dates(), CALENDARS)
def test_roll_forward_lands_on_the_first_business_day(day: date, calendar: HolidayCalendar | None) -> None:
    rolled = roll_forward(day, calendar=calendar)
    outcome = rolled.outcome
    assert outcome >= day
    assert is_business_day(outcome, calendar)
    skipped = [day + ONE_DAY * n for n in range((outcome - day).days)]
    assert not any(is_business_day(d, calendar) for d in skipped)
    # One reason per day skipped, between the calendar and the day found.
    assert rolled.codes[0] == "kernel.business_day.calendar"
    assert rolled.codes[-1] == "kernel.business_day.found"
    assert [r.fact("day") for r in rolled.reasons[1:-1]] == [d.isoformat() for d in skipped]


@given(cst.dates(), CALENDARS)
def test_roll_forward_is_idempotent(day: date, calendar: HolidayCalendar | None) -> None:
    outcome = roll_forward(day, calendar=calendar).outcome
    again = roll_forward(outcome, calendar=calendar)
    assert again.outcome == outcome
    assert again.codes == ("kernel.business_day.calendar", "kernel.business_day.found")


@given(cst.dates(), CALENDARS)
def test_is_business_day_agrees_with_roll_forward(day: date, calendar: HolidayCalendar | None) -> None:
    assert is_business_day(day, calendar) == (roll_forward(day, calendar=calendar).outcome == day)


@given(cst.dates(), cst.holiday_calendars())
def test_roll_forward_with_generated_calendars(day: date, calendar: HolidayCalendar) -> None:
    outcome = roll_forward(day, calendar=calendar).outcome
    assert outcome >= day
    assert outcome.weekday() < 5
    assert outcome not in calendar


# ------------------------------------------------------------------- Pacific instants


def test_end_and_start_of_day_on_spring_forward() -> None:
    """10 Mar 2024: clocks go from 02:00 PST to 03:00 PDT; the day is 23 hours long."""
    day = date(2024, 3, 10)
    start, end = start_of_day(day), end_of_day(day)
    assert start == _utc(2024, 3, 10, 8, 0)
    assert end == datetime(2024, 3, 11, 6, 59, 59, 999_999, tzinfo=UTC)
    assert start.utcoffset() == timedelta(hours=-8)
    assert end.utcoffset() == timedelta(hours=-7)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=23, microseconds=-1)


def test_end_and_start_of_day_on_fall_back() -> None:
    """3 Nov 2024: clocks go from 02:00 PDT back to 01:00 PST; the day is 25 hours long."""
    day = date(2024, 11, 3)
    start, end = start_of_day(day), end_of_day(day)
    assert start == _utc(2024, 11, 3, 7, 0)
    assert end == datetime(2024, 11, 4, 7, 59, 59, 999_999, tzinfo=UTC)
    assert start.utcoffset() == timedelta(hours=-7)
    assert end.utcoffset() == timedelta(hours=-8)
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=25, microseconds=-1)


def test_end_of_day_in_winter_summer_and_another_zone() -> None:
    """DESIGN.md principle 7: "Register by D" means through 23:59:59.999999 Pacific on D."""
    assert end_of_day(date(2024, 2, 9)).isoformat() == "2024-02-09T23:59:59.999999-08:00"
    assert end_of_day(date(2024, 7, 4)).isoformat() == "2024-07-04T23:59:59.999999-07:00"
    assert end_of_day(date(2024, 7, 4), UTC) == datetime(2024, 7, 4, 23, 59, 59, 999_999, tzinfo=UTC)
    assert start_of_day(date(2024, 7, 4), UTC) == _utc(2024, 7, 4)


@pytest.mark.parametrize(
    ("instant", "expected"),
    [
        # Summer (PDT, UTC-7): Pacific midnight is 07:00 UTC.
        (datetime(2025, 4, 1, 6, 59, 59, 999_999, tzinfo=UTC), date(2025, 3, 31)),
        (_utc(2025, 4, 1, 7, 0), date(2025, 4, 1)),
        # Winter (PST, UTC-8): Pacific midnight is 08:00 UTC.
        (datetime(2025, 1, 1, 7, 59, 59, tzinfo=UTC), date(2024, 12, 31)),
        (_utc(2025, 1, 1, 8, 0), date(2025, 1, 1)),
        # UTC midnight is the afternoon before in California.
        (_utc(2025, 1, 1, 0, 0), date(2024, 12, 31)),
        # Fall back: 01:30 PDT (08:30Z) and 01:30 PST (09:30Z) are both on 3 Nov 2024.
        (_utc(2024, 11, 3, 8, 30), date(2024, 11, 3)),
        (_utc(2024, 11, 3, 9, 30), date(2024, 11, 3)),
        # An instant in another offset.
        (datetime(2025, 4, 1, 2, 0, tzinfo=timezone(timedelta(hours=5))), date(2025, 3, 31)),
    ],
)
def test_local_date_near_midnight(instant: datetime, expected: date) -> None:
    assert local_date(instant) == expected


def test_local_date_in_another_zone() -> None:
    assert local_date(_utc(2025, 1, 1, 0, 0), UTC) == date(2025, 1, 1)


class _NoOffset(tzinfo):
    """A tzinfo that does not know its offset: datetimes using it are naive."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str | None:
        return None


@pytest.mark.parametrize(
    "instant",
    [datetime(2025, 3, 31, 12), datetime(2025, 3, 31, 12, tzinfo=_NoOffset()), date(2025, 3, 31), "2025-03-31T12:00Z"],
)
def test_naive_or_non_instants_are_refused(instant: object) -> None:
    """The library never guesses a time zone."""
    with pytest.raises(InputError) as error:
        require_aware(instant)
    assert _paths(error) == ["instant"]
    with pytest.raises(InputError) as error:
        local_date(_bad(instant))
    assert _paths(error) == ["instant"]
    with pytest.raises(InputError) as error:
        require_aware(instant, "closes_at")
    assert _paths(error) == ["closes_at"]


def test_require_aware_returns_an_aware_instant() -> None:
    instant = datetime(2025, 3, 31, 12, tzinfo=PACIFIC)
    assert require_aware(instant) is instant


@given(cst.dates(max_value=date(2100, 12, 30)))
def test_end_of_day_is_the_last_instant_of_the_day(day: date) -> None:
    start, end, next_start = start_of_day(day), end_of_day(day), start_of_day(day + ONE_DAY)
    for instant in (start, end):
        assert instant.tzinfo is not None
        assert instant.utcoffset() is not None
    assert local_date(start) == day
    assert local_date(end) == day
    # Compare real instants (in UTC): same-zone comparisons would compare wall clocks.
    assert start.astimezone(UTC) < end.astimezone(UTC) < next_start.astimezone(UTC)
    assert next_start.astimezone(UTC) - end.astimezone(UTC) == timedelta(microseconds=1)


@given(cst.aware_datetimes())
def test_local_date_is_the_day_whose_bounds_contain_the_instant(instant: datetime) -> None:
    day = local_date(instant)
    assert day == instant.astimezone(PACIFIC).date()
    moment = instant.astimezone(UTC)
    assert start_of_day(day).astimezone(UTC) <= moment <= end_of_day(day).astimezone(UTC)


# ------------------------------------------------------------------- add_months: examples


@pytest.mark.parametrize(
    ("day", "months", "policy", "expected"),
    [
        # Jan 31 + 1 month: 2024 is a leap year.
        (date(2024, 1, 31), 1, CLAMP, date(2024, 2, 29)),
        (date(2025, 1, 31), 1, CLAMP, date(2025, 2, 28)),
        (date(2025, 3, 31), 1, CLAMP, date(2025, 4, 30)),
        (date(2025, 1, 15), 1, CLAMP, date(2025, 2, 15)),
        (date(2025, 1, 31), 0, CLAMP, date(2025, 1, 31)),
        # END_TO_END: a month's last day goes to the target's last day.
        (date(2025, 2, 28), 1, END_TO_END, date(2025, 3, 31)),
        (date(2024, 2, 29), 1, END_TO_END, date(2024, 3, 31)),
        (date(2024, 2, 28), 1, END_TO_END, date(2024, 3, 28)),  # not the end of a leap February
        (date(2025, 4, 30), -1, END_TO_END, date(2025, 3, 31)),
        (date(2025, 1, 31), 1, END_TO_END, date(2025, 2, 28)),
        # STRICT: fine when the day exists.
        (date(2025, 1, 15), 1, STRICT, date(2025, 2, 15)),
        (date(2024, 1, 29), 1, STRICT, date(2024, 2, 29)),
        # Negative months, and across year boundaries.
        (date(2025, 3, 31), -1, CLAMP, date(2025, 2, 28)),
        (date(2025, 1, 15), -1, CLAMP, date(2024, 12, 15)),
        (date(2025, 1, 15), -12, CLAMP, date(2024, 1, 15)),
        (date(2025, 1, 15), -13, STRICT, date(2023, 12, 15)),
        (date(2024, 11, 30), 3, CLAMP, date(2025, 2, 28)),
        (date(2024, 12, 31), 2, END_TO_END, date(2025, 2, 28)),
        (date(2024, 12, 31), 14, CLAMP, date(2026, 2, 28)),
        (date(2025, 2, 28), -36, END_TO_END, date(2022, 2, 28)),
        # domain/mcle.md: the period starting 1 Feb 2022 ends 31 Jan 2025, the day before 36 months on.
        (date(2022, 2, 1), 36, STRICT, date(2025, 2, 1)),
    ],
)
def test_add_months(day: date, months: int, policy: MonthEndPolicy, expected: date) -> None:
    assert add_months(day, months, policy=policy) == expected


@pytest.mark.parametrize("day", [date(2025, 1, 31), date(2024, 1, 31), date(2025, 3, 31), date(2024, 12, 30)])
def test_add_months_strict_refuses_a_missing_day(day: date) -> None:
    months = 1 if day.month != 12 else 2
    with pytest.raises(InputError) as error:
        add_months(day, months, policy=STRICT)
    assert _paths(error) == ["months"]
    assert "policy STRICT" in str(error.value)


def test_add_months_clamp_is_not_associative() -> None:
    """dateutil-style clamping loses the day: Jan 31 + 1 + 1 month is not Jan 31 + 2 months.

    DESIGN.md principle 7 asks that this be decided and tested: CLAMP is not associative, so add
    the total number of months in one step.
    """
    for year, feb_end in ((2025, 28), (2024, 29)):
        stepwise = add_months(add_months(date(year, 1, 31), 1, policy=CLAMP), 1, policy=CLAMP)
        assert stepwise == date(year, 3, feb_end)
        assert add_months(date(year, 1, 31), 2, policy=CLAMP) == date(year, 3, 31)
    # END_TO_END keeps a month end a month end step by step.
    stepwise = add_months(add_months(date(2025, 1, 31), 1, policy=END_TO_END), 1, policy=END_TO_END)
    assert stepwise == date(2025, 3, 31)


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"day": datetime(2025, 1, 31, 12), "months": 1}, "day"),
        ({"day": "2025-01-31", "months": 1}, "day"),
        ({"day": date(2025, 1, 31), "months": 1.0}, "months"),
        ({"day": date(2025, 1, 31), "months": True}, "months"),
        ({"day": date(2025, 1, 31), "months": "1"}, "months"),
        ({"day": date(2025, 1, 31), "months": 1, "policy": "clamp"}, "policy"),
        ({"day": date(9999, 12, 1), "months": 1}, "months"),
        ({"day": date(1, 1, 1), "months": -1}, "months"),
    ],
)
def test_add_months_refuses_bad_input(kwargs: dict[str, Any], path: str) -> None:
    arguments = {"policy": CLAMP, **kwargs}
    with pytest.raises(InputError) as error:
        add_months(arguments["day"], arguments["months"], policy=arguments["policy"])
    assert _paths(error) == [path]


# ------------------------------------------------------------------- add_months: properties


@given(cst.dates(), st.integers(min_value=-1200, max_value=1200))
def test_add_months_clamp_moves_exactly_n_months(day: date, months: int) -> None:
    result = add_months(day, months, policy=CLAMP)
    assert _months(result) - _months(day) == months
    assert result.day == min(day.day, _target_month_length(day, months))


@given(cst.dates(), st.integers(min_value=-1200, max_value=1200))
def test_add_months_strict_keeps_the_day_or_refuses(day: date, months: int) -> None:
    if day.day <= _target_month_length(day, months):
        result = add_months(day, months, policy=STRICT)
        assert result.day == day.day
        assert _months(result) - _months(day) == months
        assert add_months(result, -months, policy=STRICT) == day
    else:
        with pytest.raises(InputError) as error:
            add_months(day, months, policy=STRICT)
        assert _paths(error) == ["months"]


@given(cst.dates(), st.integers(min_value=-1200, max_value=1200))
def test_add_months_end_to_end_maps_month_ends_to_month_ends(day: date, months: int) -> None:
    result = add_months(day, months, policy=END_TO_END)
    assert _months(result) - _months(day) == months
    if day.day == monthrange(day.year, day.month)[1]:
        assert result.day == _target_month_length(day, months)
    else:
        assert result == add_months(day, months, policy=CLAMP)


MONTH_ENDS = cst.dates().map(lambda d: last_day_of_month(d.year, d.month))


@given(MONTH_ENDS, st.integers(min_value=-600, max_value=600), st.integers(min_value=-600, max_value=600))
def test_add_months_end_to_end_composes_for_month_ends(day: date, first: int, second: int) -> None:
    """For a month's last day, END_TO_END in two steps equals one step (CLAMP does not promise this)."""
    two_steps = add_months(add_months(day, first, policy=END_TO_END), second, policy=END_TO_END)
    assert two_steps == add_months(day, first + second, policy=END_TO_END)


# ------------------------------------------------------------------- last_day_of_month


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [
        (2024, 2, date(2024, 2, 29)),
        (2025, 2, date(2025, 2, 28)),
        (2000, 2, date(2000, 2, 29)),  # divisible by 400: leap
        (2100, 2, date(2100, 2, 28)),  # divisible by 100 only: not leap
        (2025, 4, date(2025, 4, 30)),
        (2025, 12, date(2025, 12, 31)),
    ],
)
def test_last_day_of_month(year: int, month: int, expected: date) -> None:
    assert last_day_of_month(year, month) == expected


@pytest.mark.parametrize(
    ("year", "month", "path"),
    [
        (2025, 13, "month"),
        (2025, 0, "month"),
        (2025, True, "month"),
        (2025, "2", "month"),
        (0, 1, "year"),
        (10_000, 1, "year"),
        (True, 1, "year"),
        ("2025", 1, "year"),
    ],
)
def test_last_day_of_month_refuses_bad_input(year: object, month: object, path: str) -> None:
    with pytest.raises(InputError) as error:
        last_day_of_month(_bad(year), _bad(month))
    assert _paths(error) == [path]


# ------------------------------------------------------------------- dates, not datetimes


@pytest.mark.parametrize("day", [datetime(2025, 3, 31, 12), datetime(2025, 3, 31, tzinfo=PACIFIC), "2025-03-31", None])
def test_functions_taking_a_day_refuse_anything_but_a_date(day: object) -> None:
    """A datetime is a date subclass, but a day is asked for: refused, with the path ``day``."""
    calls: list[Callable[[], object]] = [
        lambda: end_of_day(_bad(day)),
        lambda: start_of_day(_bad(day)),
        lambda: is_business_day(_bad(day)),
        lambda: roll_forward(_bad(day)),
        lambda: add_months(_bad(day), 1, policy=CLAMP),
    ]
    for call in calls:
        with pytest.raises(InputError) as error:
            call()
        assert _paths(error) == ["day"]


@pytest.mark.parametrize("tz", [None, "America/Los_Angeles"])
def test_a_time_zone_must_be_a_tzinfo(tz: Any) -> None:
    """No naive deadline from tz=None, and no hidden read of the machine's zone."""
    calls: list[Callable[[], object]] = [
        lambda: end_of_day(date(2024, 1, 1), tz=tz),
        lambda: start_of_day(date(2024, 1, 1), tz=tz),
        lambda: local_date(datetime(2024, 1, 1, tzinfo=UTC), tz=tz),
    ]
    for call in calls:
        with pytest.raises(InputError) as error:
            call()
        assert error.value.problems[0].path == "tz"
