"""Tests of :mod:`calcities_domain.kernel.holidays`: the two California calendars and their parts.

The expected holiday lists below were worked out by hand, by calendar arithmetic: find the
weekday of 1 January, count forward to each fixed date or nth weekday, then apply the weekend
rule. They were not copied from the library's output. Each row gives its weekday, and
:func:`_parse` checks that weekday again with the standard library, so a slip in the table
fails the test before the library is asked.

Sources (each cited in :mod:`calcities_domain.kernel.holidays` and on the generated docs page):

* State offices: Gov. Code § 19853, with § 6700. Under § 6701 and § 19853(b) a Sunday holiday
  moves to Monday. Only 11 November moves from Saturday to the Friday before; other Saturday
  holidays stay on the Saturday. Cesar Chavez Day applies from 2001 (SB 984, ch. 213/2000).
  Lincoln Day applies through 2009 and Columbus Day through 2008 (2009 budget law, as reported).
* Courts: Code Civ. Proc. § 135, observed under Cal. Rules of Court, rule 1.11: Saturday moves
  to the Friday before, Sunday to the Monday after. Cesar Chavez Day applies from 2002 (SB 1112,
  ch. 542/2001). Native American Day replaces Columbus Day from 2022 (AB 855). Juneteenth
  applies from 2023 (AB 1655).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    AnnualDate,
    Confidence,
    DateRange,
    Holiday,
    HolidayCalendar,
    HolidayLookup,
    HolidayRule,
    InputError,
    RuleNotInForce,
    Source,
    WeekendShift,
    roll_forward,
)
from calcities_domain.kernel.holidays import AB_855, AB_1655, CHAVEZ_COURTS, CHAVEZ_STATE, GOV_6701
from calcities_domain.testing import strategies as cst

SOURCE = Source("Test calendar", Confidence.ASSUMED)
BUILT_IN = (CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL)
YEARS = st.integers(min_value=1992, max_value=2100)  # the built-in calendars cover 1992 onwards


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


Row = tuple[date, str, date]  # (observed day, rule key, nominal day)


def _parse(table: str) -> list[Row]:
    """Read rows ``DAY WKD key [observed NOMINAL WKD]``, checking every weekday against the stdlib."""
    rows: list[Row] = []
    for line in table.strip().splitlines():
        parts = line.split()
        day, weekday, key = date.fromisoformat(parts[0]), parts[1], parts[2]
        assert f"{day:%a}" == weekday, f"the table is wrong: {day} is a {day:%A}"
        nominal = day
        if len(parts) > 3:
            assert parts[3] == "observed"
            nominal = date.fromisoformat(parts[4])
            assert f"{nominal:%a}" == parts[5], f"the table is wrong: {nominal} is a {nominal:%A}"
            assert abs(nominal - day) == timedelta(days=1)
        rows.append((day, key, nominal))
    return rows


def _observed(calendar: HolidayCalendar, year: int) -> list[Row]:
    return [(h.day, h.key, h.nominal) for h in calendar.holidays_in(year)]


# ------------------------------------------------------------------- state offices, by year

STATE_OFFICES: dict[int, str] = {
    # Lincoln Day and Columbus Day are both still state-office holidays.
    2008: """
        2008-01-01 Tue new_years_day
        2008-01-21 Mon mlk_day
        2008-02-12 Tue lincoln_day
        2008-02-18 Mon washingtons_birthday
        2008-03-31 Mon cesar_chavez_day
        2008-05-26 Mon memorial_day
        2008-07-04 Fri independence_day
        2008-09-01 Mon labor_day
        2008-10-13 Mon columbus_day
        2008-11-11 Tue veterans_day
        2008-11-27 Thu thanksgiving_day
        2008-11-28 Fri day_after_thanksgiving
        2008-12-25 Thu christmas_day
    """,
    # Columbus Day is gone and Lincoln Day is in its last year. Independence Day falls on a
    # Saturday and is not moved (only 11 November moves from Saturday).
    2009: """
        2009-01-01 Thu new_years_day
        2009-01-19 Mon mlk_day
        2009-02-12 Thu lincoln_day
        2009-02-16 Mon washingtons_birthday
        2009-03-31 Tue cesar_chavez_day
        2009-05-25 Mon memorial_day
        2009-07-04 Sat independence_day
        2009-09-07 Mon labor_day
        2009-11-11 Wed veterans_day
        2009-11-26 Thu thanksgiving_day
        2009-11-27 Fri day_after_thanksgiving
        2009-12-25 Fri christmas_day
    """,
    # No Lincoln Day. 4 July is a Sunday, kept on Monday; Christmas is a Saturday, not moved.
    2010: """
        2010-01-01 Fri new_years_day
        2010-01-18 Mon mlk_day
        2010-02-15 Mon washingtons_birthday
        2010-03-31 Wed cesar_chavez_day
        2010-05-31 Mon memorial_day
        2010-07-05 Mon independence_day observed 2010-07-04 Sun
        2010-09-06 Mon labor_day
        2010-11-11 Thu veterans_day
        2010-11-25 Thu thanksgiving_day
        2010-11-26 Fri day_after_thanksgiving
        2010-12-25 Sat christmas_day
    """,
    # 1 January is a Saturday, not moved. Christmas is a Sunday, kept on Monday 26 December.
    2022: """
        2022-01-01 Sat new_years_day
        2022-01-17 Mon mlk_day
        2022-02-21 Mon washingtons_birthday
        2022-03-31 Thu cesar_chavez_day
        2022-05-30 Mon memorial_day
        2022-07-04 Mon independence_day
        2022-09-05 Mon labor_day
        2022-11-11 Fri veterans_day
        2022-11-24 Thu thanksgiving_day
        2022-11-25 Fri day_after_thanksgiving
        2022-12-26 Mon christmas_day observed 2022-12-25 Sun
    """,
    # Veterans Day on a Saturday is kept on Friday 10 November (Gov. Code § 6701). There is no
    # Juneteenth: it is not a state-office holiday.
    2023: """
        2023-01-02 Mon new_years_day observed 2023-01-01 Sun
        2023-01-16 Mon mlk_day
        2023-02-20 Mon washingtons_birthday
        2023-03-31 Fri cesar_chavez_day
        2023-05-29 Mon memorial_day
        2023-07-04 Tue independence_day
        2023-09-04 Mon labor_day
        2023-11-10 Fri veterans_day observed 2023-11-11 Sat
        2023-11-23 Thu thanksgiving_day
        2023-11-24 Fri day_after_thanksgiving
        2023-12-25 Mon christmas_day
    """,
    2025: """
        2025-01-01 Wed new_years_day
        2025-01-20 Mon mlk_day
        2025-02-17 Mon washingtons_birthday
        2025-03-31 Mon cesar_chavez_day
        2025-05-26 Mon memorial_day
        2025-07-04 Fri independence_day
        2025-09-01 Mon labor_day
        2025-11-11 Tue veterans_day
        2025-11-27 Thu thanksgiving_day
        2025-11-28 Fri day_after_thanksgiving
        2025-12-25 Thu christmas_day
    """,
    # Christmas falls on a Saturday and is not moved. 1 January 2028, also a Saturday, does not
    # reach back into 2027.
    2027: """
        2027-01-01 Fri new_years_day
        2027-01-18 Mon mlk_day
        2027-02-15 Mon washingtons_birthday
        2027-03-31 Wed cesar_chavez_day
        2027-05-31 Mon memorial_day
        2027-07-05 Mon independence_day observed 2027-07-04 Sun
        2027-09-06 Mon labor_day
        2027-11-11 Thu veterans_day
        2027-11-25 Thu thanksgiving_day
        2027-11-26 Fri day_after_thanksgiving
        2027-12-25 Sat christmas_day
    """,
}

# ------------------------------------------------------------------- judicial, by year

JUDICIAL: dict[int, str] = {
    # Columbus Day's last year as a judicial holiday. 1 January 2022 is a Saturday, so the
    # courts close on Friday 31 December 2021 (rule 1.11); Christmas moves to Friday 24 December.
    2021: """
        2021-01-01 Fri new_years_day
        2021-01-18 Mon mlk_day
        2021-02-12 Fri lincoln_day
        2021-02-15 Mon washingtons_birthday
        2021-03-31 Wed cesar_chavez_day
        2021-05-31 Mon memorial_day
        2021-07-05 Mon independence_day observed 2021-07-04 Sun
        2021-09-06 Mon labor_day
        2021-10-11 Mon columbus_day
        2021-11-11 Thu veterans_day
        2021-11-25 Thu thanksgiving_day
        2021-11-26 Fri day_after_thanksgiving
        2021-12-24 Fri christmas_day observed 2021-12-25 Sat
        2021-12-31 Fri new_years_day observed 2022-01-01 Sat
    """,
    # Native American Day replaces Columbus Day; the first closure is 23 September 2022.
    # Lincoln Day on a Saturday is kept on Friday 11 February.
    2022: """
        2022-01-17 Mon mlk_day
        2022-02-11 Fri lincoln_day observed 2022-02-12 Sat
        2022-02-21 Mon washingtons_birthday
        2022-03-31 Thu cesar_chavez_day
        2022-05-30 Mon memorial_day
        2022-07-04 Mon independence_day
        2022-09-05 Mon labor_day
        2022-09-23 Fri native_american_day
        2022-11-11 Fri veterans_day
        2022-11-24 Thu thanksgiving_day
        2022-11-25 Fri day_after_thanksgiving
        2022-12-26 Mon christmas_day observed 2022-12-25 Sun
    """,
    # Juneteenth's first year as a judicial holiday (Monday 19 June 2023).
    2023: """
        2023-01-02 Mon new_years_day observed 2023-01-01 Sun
        2023-01-16 Mon mlk_day
        2023-02-13 Mon lincoln_day observed 2023-02-12 Sun
        2023-02-20 Mon washingtons_birthday
        2023-03-31 Fri cesar_chavez_day
        2023-05-29 Mon memorial_day
        2023-06-19 Mon juneteenth
        2023-07-04 Tue independence_day
        2023-09-04 Mon labor_day
        2023-09-22 Fri native_american_day
        2023-11-10 Fri veterans_day observed 2023-11-11 Sat
        2023-11-23 Thu thanksgiving_day
        2023-11-24 Fri day_after_thanksgiving
        2023-12-25 Mon christmas_day
    """,
    # 1 January 2027 is a Friday, so nothing moves into 2026. 1 January 2028 is a Saturday, kept
    # on Friday 31 December 2027.
    2027: """
        2027-01-01 Fri new_years_day
        2027-01-18 Mon mlk_day
        2027-02-12 Fri lincoln_day
        2027-02-15 Mon washingtons_birthday
        2027-03-31 Wed cesar_chavez_day
        2027-05-31 Mon memorial_day
        2027-06-18 Fri juneteenth observed 2027-06-19 Sat
        2027-07-05 Mon independence_day observed 2027-07-04 Sun
        2027-09-06 Mon labor_day
        2027-09-24 Fri native_american_day
        2027-11-11 Thu veterans_day
        2027-11-25 Thu thanksgiving_day
        2027-11-26 Fri day_after_thanksgiving
        2027-12-24 Fri christmas_day observed 2027-12-25 Sat
        2027-12-31 Fri new_years_day observed 2028-01-01 Sat
    """,
}


@pytest.mark.parametrize("year", sorted(STATE_OFFICES))
def test_state_office_holidays_for_a_year(year: int) -> None:
    """Gov. Code § 19853 / § 6701: the full state-office list for the year, worked out by hand."""
    assert _observed(CALIFORNIA_STATE_OFFICES, year) == _parse(STATE_OFFICES[year])


@pytest.mark.parametrize("year", sorted(JUDICIAL))
def test_judicial_holidays_for_a_year(year: int) -> None:
    """Code Civ. Proc. § 135 with Rules of Court rule 1.11: the full judicial list, worked out by hand."""
    assert _observed(CALIFORNIA_JUDICIAL, year) == _parse(JUDICIAL[year])


@pytest.mark.parametrize(
    ("calendar", "year"),
    [(CALIFORNIA_STATE_OFFICES, y) for y in STATE_OFFICES] + [(CALIFORNIA_JUDICIAL, y) for y in JUDICIAL],
)
def test_a_moved_holiday_is_named_observed(calendar: HolidayCalendar, year: int) -> None:
    """A holiday kept on another day than its own says "(observed)"; one kept on its day does not."""
    for holiday in calendar.holidays_in(year):
        assert holiday.name.endswith(" (observed)") == (holiday.day != holiday.nominal)


def test_saturday_new_year_is_kept_by_the_courts_on_the_friday_before() -> None:
    """Rules of Court rule 1.11: a Saturday 1 January is kept on the Friday before, in the old year.

    The report lists Friday 31 Dec 2021, 2027, 2032 and 2038. State offices do not move a
    Saturday holiday (Gov. Code § 6701), so for them those Fridays are ordinary days.
    """
    for friday in (date(2021, 12, 31), date(2027, 12, 31), date(2032, 12, 31), date(2038, 12, 31)):
        new_year = friday + timedelta(days=1)
        assert (friday.weekday(), new_year.weekday(), new_year.timetuple().tm_yday) == (4, 5, 1)
        holiday = CALIFORNIA_JUDICIAL.holiday_on(friday)
        assert holiday is not None
        assert (holiday.key, holiday.nominal, holiday.name) == (
            "new_years_day",
            new_year,
            "New Year's Day (observed)",
        )
        assert friday not in CALIFORNIA_STATE_OFFICES
        # The nominal Saturday itself is not a separate judicial holiday.
        assert CALIFORNIA_JUDICIAL.holiday_on(new_year) is None
    # 1 January 2027 is a Friday (not a Saturday), so Thursday 31 December 2026 is an ordinary day.
    assert date(2027, 1, 1).weekday() == 4
    assert date(2026, 12, 31) not in CALIFORNIA_JUDICIAL


def test_cesar_chavez_day_state_offices_from_2001_courts_from_2002() -> None:
    """SB 984 (ch. 213/2000): state offices from 2001. SB 1112 (ch. 542/2001): courts from 2002."""
    assert date(2001, 3, 31).weekday() == 5  # a Saturday: state offices do not move it
    state_2001 = CALIFORNIA_STATE_OFFICES.holiday_on(date(2001, 3, 31))
    assert state_2001 is not None
    assert (state_2001.key, state_2001.source) == ("cesar_chavez_day", CHAVEZ_STATE)
    assert "cesar_chavez_day" not in {h.key for h in CALIFORNIA_STATE_OFFICES.holidays_in(2000)}
    assert "cesar_chavez_day" not in {h.key for h in CALIFORNIA_JUDICIAL.holidays_in(2001)}
    # 31 March 2002 is a Sunday: both calendars keep it on Monday 1 April.
    assert date(2002, 3, 31).weekday() == 6
    for calendar in BUILT_IN:
        holiday = calendar.holiday_on(date(2002, 4, 1))
        assert holiday is not None
        assert (holiday.key, holiday.nominal) == ("cesar_chavez_day", date(2002, 3, 31))
    court = CALIFORNIA_JUDICIAL.holiday_on(date(2002, 4, 1))
    assert court is not None
    assert court.source == CHAVEZ_COURTS


def test_lincoln_day_state_offices_through_2009_only() -> None:
    """2009 budget law (as reported): state offices keep Lincoln Day through 2009; courts keep it every year."""
    assert date(2009, 2, 12) in CALIFORNIA_STATE_OFFICES
    assert date(2010, 2, 12).weekday() == 4  # a Friday: only the rule could make it a holiday
    assert date(2010, 2, 12) not in CALIFORNIA_STATE_OFFICES
    assert CALIFORNIA_JUDICIAL.get(date(2010, 2, 12)) == "Lincoln Day"


def test_columbus_day_state_offices_through_2008_courts_through_2021() -> None:
    """Columbus Day ends for state offices after 2008 (2009 budget law) and for courts after 2021 (AB 855)."""
    assert date(2008, 10, 13) in CALIFORNIA_STATE_OFFICES
    assert date(2009, 10, 12) not in CALIFORNIA_STATE_OFFICES  # 2nd Monday of October 2009
    assert CALIFORNIA_JUDICIAL.get(date(2021, 10, 11)) == "Columbus Day"
    assert date(2022, 10, 10) not in CALIFORNIA_JUDICIAL  # 2nd Monday of October 2022


def test_native_american_day_is_judicial_from_2022_only() -> None:
    """AB 855 (ch. 283/2021): the 4th Friday of September is a judicial holiday from 2022, never for state offices."""
    assert date(2021, 9, 24) not in CALIFORNIA_JUDICIAL  # 4th Friday of September 2021
    holiday = CALIFORNIA_JUDICIAL.holiday_on(date(2022, 9, 23))
    assert holiday is not None
    assert (holiday.name, holiday.source) == ("Native American Day", AB_855)
    assert date(2022, 9, 23) not in CALIFORNIA_STATE_OFFICES


def test_juneteenth_is_judicial_from_2023_and_not_a_state_office_holiday() -> None:
    """AB 1655 (ch. 753/2022), in force 1 Jan 2023; report's concrete check: state offices open 19 Jun 2024."""
    assert date(2022, 6, 20) not in CALIFORNIA_JUDICIAL  # 19 June 2022 was a Sunday
    holiday = CALIFORNIA_JUDICIAL.holiday_on(date(2023, 6, 19))
    assert holiday is not None
    assert (holiday.name, holiday.source) == ("Juneteenth", AB_1655)
    assert date(2024, 6, 19) in CALIFORNIA_JUDICIAL
    assert date(2024, 6, 19) not in CALIFORNIA_STATE_OFFICES


def test_veterans_day_on_saturday_moves_to_friday_for_state_offices() -> None:
    """Gov. Code § 6701: "If November 11th falls upon a Saturday, the preceding Friday is a holiday"."""
    holiday = CALIFORNIA_STATE_OFFICES.holiday_on(date(2023, 11, 10))
    assert holiday is not None
    assert (holiday.name, holiday.nominal, holiday.source) == (
        "Veterans Day (observed)",
        date(2023, 11, 11),
        GOV_6701,
    )


def test_admission_day_is_in_neither_calendar() -> None:
    """Report table: Admission Day (9 Sep) closes neither state offices nor courts (§ 135 excludes it)."""
    for calendar in BUILT_IN:
        assert date(2025, 9, 9) not in calendar


def test_report_concrete_check_cesar_chavez_2025() -> None:
    """Report, concrete checks: Monday 31 Mar 2025 (Cesar Chavez Day) closes both state offices and courts."""
    for calendar in BUILT_IN:
        assert calendar.get(date(2025, 3, 31)) == "Cesar Chavez Day"


# ------------------------------------------------------------------- WeekendShift


@pytest.mark.parametrize(
    ("shift", "saturday", "sunday"),
    [
        (WeekendShift.NONE, date(2023, 11, 11), date(2023, 1, 1)),
        (WeekendShift.SUNDAY_TO_MONDAY, date(2023, 11, 11), date(2023, 1, 2)),
        (WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY, date(2023, 11, 10), date(2023, 1, 2)),
    ],
)
def test_weekend_shift_observe(shift: WeekendShift, saturday: date, sunday: date) -> None:
    """Gov. Code § 6701 (Sunday to Monday) and rule 1.11 (also Saturday to Friday); weekdays never move."""
    assert shift.observe(date(2023, 11, 11)) == saturday  # a Saturday
    assert shift.observe(date(2023, 1, 1)) == sunday  # a Sunday
    assert shift.observe(date(2023, 3, 31)) == date(2023, 3, 31)  # a Friday


@given(cst.dates(), st.sampled_from(WeekendShift))
def test_observed_day_is_within_a_day_and_a_weekday_when_both_ends_move(day: date, shift: WeekendShift) -> None:
    observed = shift.observe(day)
    assert abs(observed - day) <= timedelta(days=1)
    if day.weekday() < 5 or shift is WeekendShift.NONE:
        assert observed == day
    if shift is WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY:
        assert observed.weekday() < 5


# ------------------------------------------------------------------- AnnualDate


def test_annual_date_forms_in_a_year() -> None:
    """Each AnnualDate form, checked by hand against the 2025 calendar (1 January 2025 is a Wednesday)."""
    assert date(2025, 1, 1).weekday() == 2
    assert AnnualDate(3, day=31).in_year(2025) == date(2025, 3, 31)
    assert AnnualDate(1, weekday="MO", nth=3).in_year(2025) == date(2025, 1, 20)
    assert AnnualDate(5, weekday="MO", nth=-1).in_year(2025) == date(2025, 5, 26)
    assert AnnualDate(11, weekday="FR", month_days=tuple(range(23, 30))).in_year(2025) == date(2025, 11, 28)


def test_annual_date_that_does_not_occur_is_none() -> None:
    """A day the month lacks gives None: Feb 30 never, Feb 29 outside leap years, a 5th Monday sometimes."""
    assert AnnualDate(2, day=30).in_year(2024) is None
    assert AnnualDate(2, day=29).in_year(2023) is None
    assert AnnualDate(2, day=29).in_year(2024) == date(2024, 2, 29)
    # February 2025 has Mondays 3, 10, 17, 24; February 2016 (leap, 1 Feb a Monday) also has the 29th.
    assert AnnualDate(2, weekday="MO", nth=5).in_year(2025) is None
    assert AnnualDate(2, weekday="MO", nth=5).in_year(2016) == date(2016, 2, 29)


@pytest.mark.parametrize(
    ("annual", "text"),
    [
        (AnnualDate(3, day=31), "March 31"),
        (AnnualDate(1, weekday="MO", nth=1), "1st MO of January"),
        (AnnualDate(10, weekday="MO", nth=2), "2nd MO of October"),
        (AnnualDate(1, weekday="MO", nth=3), "3rd MO of January"),
        (AnnualDate(11, weekday="TH", nth=4), "4th TH of November"),
        (AnnualDate(2, weekday="MO", nth=5), "5th MO of February"),
        (AnnualDate(5, weekday="MO", nth=-1), "last MO of May"),
        (
            AnnualDate(11, weekday="FR", month_days=(23, 24, 25, 26, 27, 28, 29)),
            "the FR between November 23 and 29",
        ),
    ],
)
def test_annual_date_describe(annual: AnnualDate, text: str) -> None:
    assert annual.describe() == text


@pytest.mark.parametrize(
    ("kwargs", "path"),
    [
        ({"month": 1}, "$"),  # no form at all
        ({"month": 1, "weekday": "MO"}, "$"),  # weekday without nth or month_days
        ({"month": 1, "nth": 1}, "$"),  # nth without a weekday
        ({"month": 1, "weekday": "MO", "nth": 1, "month_days": (1, 2)}, "$"),  # two forms
        ({"month": 1, "day": 1, "weekday": "MO"}, "day"),  # fixed day with a weekday
        ({"month": 1, "day": 1, "nth": 1}, "day"),
        ({"month": 1, "day": 1, "month_days": (1,)}, "day"),
        ({"month": 1, "day": 0}, "day"),
        ({"month": 1, "day": 32}, "day"),
        ({"month": 1, "day": True}, "day"),
        ({"month": 1, "day": "1"}, "day"),
        ({"month": 1, "weekday": "MO", "nth": 6}, "nth"),
        ({"month": 1, "weekday": "MO", "nth": 0}, "nth"),
        ({"month": 1, "weekday": "MO", "nth": True}, "nth"),
        ({"month": 1, "weekday": "XX", "nth": 1}, "weekday"),
        ({"month": 1, "weekday": "mo", "nth": 1}, "weekday"),
        ({"month": 13, "day": 1}, "month"),
        ({"month": 0, "day": 1}, "month"),
        ({"month": True, "day": 1}, "month"),
        ({"month": "1", "day": 1}, "month"),
        ({"month": 1, "weekday": "FR", "month_days": (0, 1)}, "month_days"),
        ({"month": 1, "weekday": "FR", "month_days": (30, 32)}, "month_days"),
        ({"month": 1, "weekday": "FR", "month_days": ("1",)}, "month_days"),
        ({"month": 1, "weekday": "FR", "month_days": (True,)}, "month_days"),
        ({"month": 1, "weekday": "FR", "month_days": [1, 2, 3]}, "month_days"),  # a list is not hashable
    ],
)
def test_bad_annual_date_names_the_field(kwargs: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as error:
        AnnualDate(**kwargs)
    assert _paths(error) == [path]


@pytest.mark.parametrize("year", [0, 10_000, True, "2025", 2025.0])
def test_annual_date_in_year_refuses_a_bad_year(year: object) -> None:
    with pytest.raises(InputError) as error:
        AnnualDate(3, day=31).in_year(_bad(year))
    assert _paths(error) == ["year"]


@given(cst.annual_dates(), YEARS)
def test_annual_date_falls_in_its_year_and_month(annual: AnnualDate, year: int) -> None:
    found = annual.in_year(year)
    # The strategy draws days 1-28, the 1st-4th or last weekday, or 7 consecutive days:
    # each occurs in every year.
    assert found is not None
    assert (found.year, found.month) == (year, annual.month)
    if annual.day is not None:
        assert found.day == annual.day
    else:
        assert f"{found:%a}".upper()[:2] == annual.weekday
    if annual.month_days:
        assert found.day in annual.month_days
    if annual.nth == -1:
        assert (found + timedelta(days=7)).month != annual.month
    elif annual.nth is not None:
        assert (found.day - 1) // 7 + 1 == annual.nth


# ------------------------------------------------------------------- HolidayCalendar


@pytest.mark.parametrize("year", [0, -1, 10_000, True, False, "2025", 2025.0, None])
def test_holidays_in_refuses_a_bad_year(year: object) -> None:
    with pytest.raises(InputError) as error:
        CALIFORNIA_STATE_OFFICES.holidays_in(_bad(year))
    assert _paths(error) == ["year"]


def test_holidays_in_the_first_and_last_representable_years() -> None:
    """Years 1 and 9999 work: the neighbouring years 0 and 10000 do not exist and are skipped."""
    new_year = HolidayRule(
        "new_years_day",
        "New Year's Day",
        AnnualDate(1, day=1),
        DateRange(date(1, 1, 1)),
        WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY,
        SOURCE,
    )
    calendar = HolidayCalendar("Test", (new_year,), SOURCE)
    assert (date(1, 1, 1).weekday(), date(9999, 1, 1).weekday()) == (0, 4)  # Monday, Friday
    assert [h.day for h in calendar.holidays_in(1)] == [date(1, 1, 1)]
    assert [h.day for h in calendar.holidays_in(9999)] == [date(9999, 1, 1)]
    assert CALIFORNIA_STATE_OFFICES.get(date(9999, 12, 25)) == "Christmas Day"


@pytest.mark.parametrize("calendar", [CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL], ids=lambda c: c.name)
def test_built_in_calendars_answer_only_for_the_years_their_sources_cover(calendar: HolidayCalendar) -> None:
    """Sources were checked from 1992 on: before that, the calendars refuse rather than guess."""
    assert calendar.covers == DateRange(date(1992, 1, 1))
    with pytest.raises(RuleNotInForce) as error:
        calendar.holidays_in(1991)
    assert str(error.value) == (
        f"rule 'kernel.holiday_calendar' is not in force on 1991 ({calendar.name}); it covers: 1992-01-01 onwards"
    )
    with pytest.raises(RuleNotInForce):
        calendar.holiday_on(date(1991, 12, 31))
    with pytest.raises(RuleNotInForce):
        roll_forward(date(1991, 12, 28), calendar=calendar)
    assert calendar.holidays_in(1992)[0].day == date(1992, 1, 1)


def test_a_partly_covered_year_lists_only_covered_days() -> None:
    """A calendar covering from mid-year lists the holidays of that year on or after its start."""
    partial = attrs.evolve(CALIFORNIA_STATE_OFFICES, covers=DateRange(date(2025, 7, 1)))
    assert partial.holidays_in(2025)[0].day == date(2025, 7, 4)
    with pytest.raises(RuleNotInForce):
        partial.holiday_on(date(2025, 3, 31))


def test_covers_must_be_a_date_range() -> None:
    with pytest.raises(InputError) as error:
        HolidayCalendar("Test", (), SOURCE, covers="1992")  # type: ignore[arg-type]
    assert _paths(error) == ["covers"]


def test_holiday_on_a_datetime_is_refused_and_is_not_contained() -> None:
    moment = datetime(2025, 3, 31, 12)
    with pytest.raises(InputError) as error:
        CALIFORNIA_STATE_OFFICES.holiday_on(_bad(moment))
    assert _paths(error) == ["day"]
    with pytest.raises(InputError):
        CALIFORNIA_STATE_OFFICES.get(_bad(moment))
    assert moment not in CALIFORNIA_STATE_OFFICES
    assert "2025-03-31" not in CALIFORNIA_STATE_OFFICES


def test_get_works_like_dict_get() -> None:
    assert CALIFORNIA_STATE_OFFICES.get(date(2025, 3, 31)) == "Cesar Chavez Day"
    assert CALIFORNIA_STATE_OFFICES.get(date(2025, 4, 1)) is None
    assert CALIFORNIA_STATE_OFFICES.get(date(2025, 4, 1), "open") == "open"


def test_calendars_are_holiday_lookups() -> None:
    """HolidayCalendar satisfies the HolidayLookup protocol, as any mapping of days to names does."""
    assert isinstance(CALIFORNIA_STATE_OFFICES, HolidayLookup)
    assert isinstance({date(2025, 1, 1): "x"}, HolidayLookup)
    assert not isinstance({date(2025, 1, 1)}, HolidayLookup)


def test_with_extra_days_adds_one_off_holidays_and_leaves_the_original_alone() -> None:
    """Report (c) 5: court closure days such as Wed 16 Sep 2009 are added by the caller, not built in."""
    closure = date(2009, 9, 16)
    # A pair may come as a list (as from JSON); it is stored as a tuple.
    closed = CALIFORNIA_JUDICIAL.with_extra_days([(closure, "Court closure day"), _bad([date(2010, 1, 20), "Closure"])])
    assert closure not in CALIFORNIA_JUDICIAL
    holiday = closed.holiday_on(closure)
    assert holiday == Holiday(closure, "Court closure day", "extra", closure, CALIFORNIA_JUDICIAL.source)
    assert closed.extra_days == ((closure, "Court closure day"), (date(2010, 1, 20), "Closure"))
    # A one-off day appears only in its own year.
    assert [h.day for h in closed.holidays_in(2009) if h.key == "extra"] == [closure]
    assert [h.day for h in closed.holidays_in(2010) if h.key == "extra"] == [date(2010, 1, 20)]
    # Adding more keeps the earlier ones.
    more = closed.with_extra_days([(date(2010, 2, 17), "Closure")])
    assert len(more.extra_days) == 3


@pytest.mark.parametrize(
    ("days", "path"),
    [
        ([("2025-01-02", "Closure")], "days[0]"),
        ([(datetime(2025, 1, 2), "Closure")], "days[0]"),
        ([(date(2025, 1, 2), "Closure"), (date(2025, 1, 3), "  ")], "days[1]"),
        ([(date(2025, 1, 2), "Closure"), (date(2025, 1, 3), 7)], "days[1]"),
        ([date(2025, 1, 2)], "days[0]"),
        ([(date(2025, 1, 2),)], "days[0]"),
        ([(date(2025, 1, 2), "a", "b")], "days[0]"),
    ],
)
def test_with_extra_days_refuses_a_bad_day(days: list[object], path: str) -> None:
    with pytest.raises(InputError) as error:
        CALIFORNIA_STATE_OFFICES.with_extra_days(_bad(days))
    assert _paths(error) == [path]


@pytest.mark.parametrize(
    ("extra_days", "path"),
    [
        ([(date(2025, 1, 2), "Closure")], "extra_days"),  # a list would make the calendar unhashable
        (([date(2025, 1, 2), "Closure"],), "extra_days[0]"),
        (((date(2025, 1, 2), "Closure"), (datetime(2025, 1, 3), "x")), "extra_days[1]"),
        (((date(2025, 1, 2), ""),), "extra_days[0]"),
    ],
)
def test_calendar_refuses_bad_extra_days(extra_days: object, path: str) -> None:
    with pytest.raises(InputError) as error:
        HolidayCalendar("Test", (), SOURCE, extra_days=_bad(extra_days))
    assert _paths(error) == [path]


def test_a_custom_calendar_skips_what_does_not_occur_or_is_out_of_force() -> None:
    """A rule's date applies only in its years, and a date the year lacks (29 Feb) is skipped."""
    leap_day = HolidayRule(
        "leap_day", "Leap Day", AnnualDate(2, day=29), DateRange(date(2000, 1, 1)), WeekendShift.NONE, SOURCE
    )
    founders = HolidayRule(
        "founders_day",
        "Founders' Day",
        AnnualDate(6, day=1),
        DateRange(date(2020, 1, 1), date(2024, 12, 31)),
        WeekendShift.SUNDAY_TO_MONDAY,
        SOURCE,
    )
    calendar = HolidayCalendar("Test", (leap_day, founders), SOURCE)
    assert [(h.day, h.key) for h in calendar.holidays_in(2024)] == [
        (date(2024, 2, 29), "leap_day"),
        (date(2024, 6, 1), "founders_day"),
    ]
    assert calendar.holidays_in(2025) == ()
    assert calendar.holidays_in(2019) == ()
    # 1 June 2025 is out of force; 1 June 2025 was a Sunday, so a rule in force would have moved it.
    assert date(2025, 6, 1).weekday() == 6
    extended = attrs.evolve(founders, years=DateRange(date(2020, 1, 1)))
    assert attrs.evolve(calendar, rules=(extended,)).get(date(2025, 6, 2)) == "Founders' Day (observed)"


@given(st.one_of(st.sampled_from(BUILT_IN), cst.holiday_calendars()), YEARS)
def test_holidays_in_is_sorted_in_the_year_and_in_the_calendar(calendar: HolidayCalendar, year: int) -> None:
    holidays = calendar.holidays_in(year)
    days = [h.day for h in holidays]
    assert days == sorted(days)
    for holiday in holidays:
        assert holiday.day.year == year
        assert holiday.day in calendar
        assert calendar.get(holiday.day) is not None
        assert abs(holiday.day - holiday.nominal) <= timedelta(days=1)


@given(st.sampled_from(BUILT_IN), cst.dates())
def test_a_day_is_in_the_calendar_exactly_when_listed_for_its_year(calendar: HolidayCalendar, day: date) -> None:
    listed = {h.day for h in calendar.holidays_in(day.year)}
    assert (day in calendar) == (day in listed)
    assert (calendar.holiday_on(day) is None) == (day not in listed)


@given(st.sampled_from(BUILT_IN), YEARS)
def test_built_in_calendars_observe_each_rule_at_most_once_a_year(calendar: HolidayCalendar, year: int) -> None:
    """Per nominal date: each rule gives at most one holiday for a given nominal year."""
    nominal = [(h.key, h.nominal.year) for h in calendar.holidays_in(year)]
    assert len(nominal) == len(set(nominal))


def test_an_observed_holiday_is_within_a_day_of_its_nominal_date() -> None:
    with pytest.raises(InputError) as error:
        Holiday(date(2025, 1, 3), "New Year's Day", "new_years_day", date(2025, 1, 1), SOURCE)
    assert _paths(error) == ["day"]


def test_extra_days_must_be_a_sequence() -> None:
    with pytest.raises(InputError) as error:
        CALIFORNIA_STATE_OFFICES.with_extra_days(None)  # type: ignore[arg-type]
    assert _paths(error) == ["days"]
