"""Tests of periods.py and the period look-ups: compliance-period calendars as dated data.

Rules under test (../shared/domain/mcle.md section 1.3, "Current transition"):

* Until the transition, each group's periods ran 36 months, 1 February to 31 January,
  with the report due 1 February or the next business day (e.g. group 2's period
  2/1/12-1/31/15 was due Monday 2 February 2015) [confirmed: mcle.calbar.ca.gov
  NewAdmittees.aspx; netforlawyers.com]. End years: group 1 2019, 2022; group 2 2018,
  2021, 2024; group 3 2017, 2020, 2023 [confirmed/secondary].
* A one-time 38-month period moved the ends to 29 March: group 1 1 Feb 2022 - Sat 29 Mar
  2025, report by Tue 1 Apr 2025; group 3 1 Feb 2023 - Sun 29 Mar 2026, report by Mon 30 Mar
  2026; group 2 1 Feb 2024 - Mon 29 Mar 2027, report by Tue 30 Mar 2027 [confirmed:
  calbar.ca.gov mcle-compliance-information]. After it, 36-month periods run from 30 March
  [confirmed], ending 29 March three years later [inferred].
* Group 1's deadline is 1 April, not 30 March, because 30 Mar 2025 was a Sunday and 31 Mar
  2025 Cesar Chavez Day, a state holiday: deadlines roll past weekends and holidays
  [inferred; california.DEADLINE]. Whether a Saturday deadline such as 30 Mar 2030 moves
  is unknown; the library rolls it (Sat 30 -> Sun 31 -> Mon 1 Apr, Cesar Chavez Day observed
  because 31 March is a Sunday -> Tue 2 Apr 2030).
* The one-off precedent: group 3's 2017 reporting was extended to 1 March 2017
  [confirmed: calbarjournal.com MCLE special edition FAQ].
* Before group 1's 2001, group 3's 2002 and group 2's 2003 periods the library defines no
  periods (the 1992 start, the 1997-1999 suspension and the merged six-year periods are
  not documented precisely): a look-up raises RuleNotInForce naming what is missing.

Every weekday and holiday claim below was checked with the standard library's calendar
(see test_the_weekday_and_holiday_premises) before it was written into an expectation.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    CALIFORNIA_STATE_OFFICES,
    Confidence,
    DateRange,
    InputError,
    MonthEndPolicy,
    RuleDefinitionError,
    RuleNotInForce,
    Source,
    add_months,
    is_business_day,
    last_day_of_month,
)
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    CompliancePeriod,
    Cycle,
    Licensee,
    PeriodKind,
    PeriodSchedule,
    ReportByOverride,
    compliance_period,
    next_period,
    periods_overlapping,
    previous_period,
    report_deadline,
    schedule_of,
)
from calcities_domain.mcle.california import (
    DEADLINE,
    G3_2017,
    NEW_CYCLES,
    OLD_CYCLES,
    OLD_CYCLES_EARLY,
    TRANSITION,
    TRANSITION_STARTS,
)
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
G1, G2, G3 = ComplianceGroup.GROUP_1, ComplianceGroup.GROUP_2, ComplianceGroup.GROUP_3
REGULAR, TRANSITIONAL = PeriodKind.REGULAR, PeriodKind.TRANSITION
GROUPS = st.sampled_from(list(ComplianceGroup))

#: The first day each group's calendar covers (california.py; MISSING_BEFORE for why).
FIRST_COVERED = {G1: date(2001, 2, 1), G3: date(2002, 2, 1), G2: date(2003, 2, 1)}
#: The end of each group's one 38-month period (calbar.ca.gov mcle-compliance-information).
TRANSITION_END = {G1: date(2025, 3, 29), G3: date(2026, 3, 29), G2: date(2027, 3, 29)}
HORIZON = date(2040, 12, 31)
MCLE_START = date(1992, 2, 1)

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _paths(error: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in error.value.problems]


def _d(text: str) -> date:
    return date.fromisoformat(text)


# --------------------------------------------------------------------------- golden table

#: (group, start, end, due, report_by, months, kind): every period of every group that
#: has a day in 2019-2031, worked out by hand from the sources in the module docstring.
GOLDEN: tuple[tuple[ComplianceGroup, str, str, str, str, int, PeriodKind], ...] = (
    # Group 1 (A-G): old 1 Feb - 31 Jan periods ending 2019 and 2022, then the 38-month one.
    (G1, "2016-02-01", "2019-01-31", "2019-02-01", "2019-02-01", 36, REGULAR),  # Fri 1 Feb
    (G1, "2019-02-01", "2022-01-31", "2022-02-01", "2022-02-01", 36, REGULAR),  # Tue 1 Feb
    # Sun 30 Mar 2025, Mon 31 Mar Cesar Chavez Day: Tue 1 Apr (calbar's own date).
    (G1, "2022-02-01", "2025-03-29", "2025-03-30", "2025-04-01", 38, TRANSITIONAL),
    (G1, "2025-03-30", "2028-03-29", "2028-03-30", "2028-03-30", 36, REGULAR),  # Thu 30 Mar
    # Sun 30 Mar 2031, Mon 31 Mar Cesar Chavez Day: Tue 1 Apr.
    (G1, "2028-03-30", "2031-03-29", "2031-03-30", "2031-04-01", 36, REGULAR),
    (G1, "2031-03-30", "2034-03-29", "2034-03-30", "2034-03-30", 36, REGULAR),  # Thu 30 Mar
    # Group 2 (H-M): old periods ending 2021 and 2024, the 38-month one ending 2027.
    (G2, "2018-02-01", "2021-01-31", "2021-02-01", "2021-02-01", 36, REGULAR),  # Mon 1 Feb
    (G2, "2021-02-01", "2024-01-31", "2024-02-01", "2024-02-01", 36, REGULAR),  # Thu 1 Feb
    (G2, "2024-02-01", "2027-03-29", "2027-03-30", "2027-03-30", 38, TRANSITIONAL),  # Tue 30 Mar
    # Sat 30 Mar 2030, Sun 31 Mar, Mon 1 Apr Cesar Chavez Day (observed): Tue 2 Apr.
    (G2, "2027-03-30", "2030-03-29", "2030-03-30", "2030-04-02", 36, REGULAR),
    (G2, "2030-03-30", "2033-03-29", "2033-03-30", "2033-03-30", 36, REGULAR),  # Wed 30 Mar
    # Group 3 (N-Z): old periods ending 2020 and 2023, the 38-month one ending 2026.
    (G3, "2017-02-01", "2020-01-31", "2020-02-01", "2020-02-03", 36, REGULAR),  # Sat 1 Feb: Mon 3 Feb
    (G3, "2020-02-01", "2023-01-31", "2023-02-01", "2023-02-01", 36, REGULAR),  # Wed 1 Feb
    (G3, "2023-02-01", "2026-03-29", "2026-03-30", "2026-03-30", 38, TRANSITIONAL),  # Mon 30 Mar
    (G3, "2026-03-30", "2029-03-29", "2029-03-30", "2029-03-30", 36, REGULAR),  # Fri 30 Mar
    (G3, "2029-03-30", "2032-03-29", "2032-03-30", "2032-03-30", 36, REGULAR),  # Tue 30 Mar
)


def test_the_weekday_and_holiday_premises() -> None:
    """Every weekday and holiday the golden table relies on, checked with Python's calendar."""
    weekday = {
        "2019-02-01": "Friday",
        "2020-02-01": "Saturday",
        "2020-02-03": "Monday",
        "2025-03-29": "Saturday",
        "2025-03-30": "Sunday",
        "2025-03-31": "Monday",
        "2025-04-01": "Tuesday",
        "2026-03-29": "Sunday",
        "2026-03-30": "Monday",
        "2027-03-29": "Monday",
        "2027-03-30": "Tuesday",
        "2028-03-30": "Thursday",
        "2029-03-30": "Friday",
        "2030-03-30": "Saturday",
        "2030-03-31": "Sunday",
        "2030-04-01": "Monday",
        "2030-04-02": "Tuesday",
        "2031-03-30": "Sunday",
        "2031-03-31": "Monday",
        "2031-04-01": "Tuesday",
        "2015-02-01": "Sunday",
        "2015-02-02": "Monday",
        "2017-03-01": "Wednesday",
    }
    for day, name in weekday.items():
        assert calendar.day_name[_d(day).weekday()] == name, day
    # Cesar Chavez Day (31 March, state offices from 2001; a Sunday holiday is kept on Monday).
    chavez = {"2025-03-31": "Cesar Chavez Day", "2031-03-31": "Cesar Chavez Day"}
    chavez["2030-04-01"] = "Cesar Chavez Day (observed)"
    for day, name in chavez.items():
        assert CALIFORNIA_STATE_OFFICES.get(_d(day)) == name, day
    for day in ("2028-03-30", "2029-03-30", "2026-03-30", "2027-03-30", "2032-03-30", "2033-03-30", "2034-03-30"):
        assert is_business_day(_d(day), CALIFORNIA_STATE_OFFICES), day


@pytest.mark.parametrize("group", list(ComplianceGroup))
def test_golden_table_2019_to_2031(group: ComplianceGroup) -> None:
    """The periods of each group with a day in 2019-2031, as worked out from calbar.ca.gov
    mcle-compliance-information and the old 1 Feb - 31 Jan calendar (module docstring)."""
    found = periods_overlapping(group, DateRange(date(2019, 1, 1), date(2031, 12, 31)))
    expected = [row[1:] for row in GOLDEN if row[0] is group]
    assert [
        (p.start.isoformat(), p.end.isoformat(), p.due.isoformat(), p.report_by.isoformat(), p.months, p.kind)
        for p in found
    ] == expected
    assert all(p.group is group and p.jurisdiction == "us_ca" and p.schedule == f"group-{group.value}" for p in found)


@pytest.mark.parametrize("row", GOLDEN, ids=lambda row: f"{row[0].name}-{row[1]}")
def test_each_golden_period_is_found_from_any_of_its_days(
    row: tuple[ComplianceGroup, str, str, str, str, int, PeriodKind],
) -> None:
    """The period containing its first day, its last day and a middle day is the same golden period."""
    group, start, end, _, report_by, months, kind = row
    for day in (_d(start), _d(end), _d(start) + timedelta(days=500)):
        period = compliance_period(group, containing=day)
        assert (period.start, period.end, period.report_by, period.months, period.kind) == (
            _d(start),
            _d(end),
            _d(report_by),
            months,
            kind,
        )
        assert report_deadline(period).outcome == _d(report_by)


# --------------------------------------------------------------------------- official examples


def test_group_1_transition_period_and_deadline() -> None:
    """calbar.ca.gov mcle-compliance-information: group 1's 38-month period 1 Feb 2022 - Sat 29 Mar 2025,
    report by Tue 1 Apr 2025 (DESIGN.md's public-API sketch gives the same three dates)."""
    period = compliance_period(G1, containing=date(2024, 6, 1))
    assert (period.start, period.end, period.report_by) == (date(2022, 2, 1), date(2025, 3, 29), date(2025, 4, 1))
    assert period.months == 38
    assert period.kind is TRANSITIONAL
    assert period.source == TRANSITION
    assert str(period) == "us_ca group 1 (A-G): 2022-02-01 to 2025-03-29, report by 2025-04-01"


def test_group_3_transition_deadline() -> None:
    """calbar.ca.gov mcle-compliance-information: group 3 ends Sun 29 Mar 2026, report by Mon 30 Mar 2026."""
    period = compliance_period(G3, containing=date(2026, 3, 29))
    assert (period.start, period.end, period.report_by) == (date(2023, 2, 1), date(2026, 3, 29), date(2026, 3, 30))
    assert period.kind is TRANSITIONAL


def test_group_2_transition_deadline() -> None:
    """calbar.ca.gov mcle-compliance-information: group 2 ends Mon 29 Mar 2027, report by Tue 30 Mar 2027."""
    period = compliance_period(G2, containing=date(2024, 2, 1))
    assert (period.start, period.end, period.report_by) == (date(2024, 2, 1), date(2027, 3, 29), date(2027, 3, 30))
    assert period.kind is TRANSITIONAL


def test_after_the_transition_periods_start_on_30_march() -> None:
    """calbar.ca.gov mcle-compliance-information: after the 38-month cycle each group returns to
    36-month cycles starting 30 March (group 1 30 Mar 2025 - 29 Mar 2028, report by 30 Mar 2028)."""
    for group, start in ((G1, date(2025, 3, 30)), (G3, date(2026, 3, 30)), (G2, date(2027, 3, 30))):
        period = next_period(compliance_period(group, containing=start - ONE_DAY))
        assert period.start == start
        assert period.end == date(start.year + 3, 3, 29)
        assert period.months == 36
        assert period.kind is REGULAR
        assert period.source == NEW_CYCLES


def test_the_tracker_errors_noted_in_the_domain_notes_are_not_made() -> None:
    """mcle.md section 9: jedilawyer23/cle-tracker starts group 1's next period on 2025-02-01
    (overlapping the old one) and puts its report on 2025-03-30; neither is right."""
    old = compliance_period(G1, containing=date(2025, 2, 1))
    assert old.start == date(2022, 2, 1)
    assert old.report_by != date(2025, 3, 30)
    assert next_period(old).start == date(2025, 3, 30)


def test_old_regime_group_2_report_due_monday_2_february_2015() -> None:
    """mcle.calbar.ca.gov NewAdmittees.aspx / netforlawyers.com: group 2's period 2/1/12-1/31/15
    was due 1 February 2015, a Sunday, so the report was due Monday 2 February 2015."""
    period = compliance_period(G2, containing=date(2013, 7, 1))
    assert (period.start, period.end) == (date(2012, 2, 1), date(2015, 1, 31))
    assert period.due == date(2015, 2, 1)
    assert period.report_by == date(2015, 2, 2)
    assert period.source == OLD_CYCLES
    decision = report_deadline(period)
    assert decision.outcome == date(2015, 2, 2)
    assert decision.codes == (
        "mcle.period.due",
        "kernel.business_day.calendar",
        "kernel.business_day.weekend",
        "kernel.business_day.found",
    )


def test_group_3_2017_one_off_extension_to_1_march() -> None:
    """calbarjournal.com MCLE special edition FAQ: group 3's 2017 reporting was extended one month,
    to 1 March 2017, to match the fee deadline; the period itself still ended 31 January 2017."""
    period = compliance_period(G3, containing=date(2016, 1, 1))
    assert (period.start, period.end) == (date(2014, 2, 1), date(2017, 1, 31))
    assert period.due == date(2017, 2, 1)
    assert period.report_by == date(2017, 3, 1)
    decision = report_deadline(period)
    assert decision.outcome == date(2017, 3, 1)
    assert decision.codes == ("mcle.period.due", "mcle.period.deadline_override")
    assert decision.reasons[1].source == G3_2017
    assert decision.reasons[1].fact("report_by") == "2017-03-01"
    # The one-off applies to group 3's 2017 report only.
    assert next_period(period).report_by == date(2020, 2, 3)
    assert compliance_period(G1, containing=date(2016, 1, 1)).report_by == date(2016, 2, 1)


def test_report_by_reasons_for_group_1_2025() -> None:
    """explain_report_by: due the day after the end (Sun 30 Mar 2025), Sunday skipped, Cesar Chavez Day
    (Mon 31 Mar) skipped, Tue 1 Apr found; the inferred deadline rule shows up as an assumption."""
    decision = report_deadline(compliance_period(G1, containing=date(2025, 3, 29)))
    assert decision.outcome == date(2025, 4, 1)
    assert decision.codes == (
        "mcle.period.due",
        "kernel.business_day.calendar",
        "kernel.business_day.weekend",
        "kernel.business_day.holiday",
        "kernel.business_day.found",
    )
    due, calendar, weekend, holiday, found = decision.reasons
    # The schedule names California state offices as its calendar: the reason says it was given.
    assert CALIFORNIA.schedule_for_group(G1).deadline_calendar is CALIFORNIA_STATE_OFFICES
    assert calendar.message == f"Holidays are those of the calendar given, {CALIFORNIA_STATE_OFFICES.name}."
    assert calendar.source == CALIFORNIA_STATE_OFFICES.source
    assert due.fact("period_end") == "2025-03-29"
    assert due.fact("due") == "2025-03-30"
    assert due.source == DEADLINE
    assert weekend.fact("weekday") == "Sunday"
    assert holiday.fact("holiday") == "Cesar Chavez Day"
    assert found.fact("day") == "2025-04-01"
    assert DEADLINE in decision.assumptions()
    assert DEADLINE.confidence is Confidence.INFERRED


def test_report_by_reasons_for_group_2_2030_saturday() -> None:
    """mcle.md 1.3 and open question 7: 30 Mar 2030 is a Saturday (whether it moves is not published).
    The library rolls it: Sat 30, Sun 31 Mar, Mon 1 Apr (Cesar Chavez Day observed), so Tue 2 Apr 2030."""
    decision = report_deadline(compliance_period(G2, containing=date(2030, 3, 29)))
    assert decision.outcome == date(2030, 4, 2)
    assert decision.codes == (
        "mcle.period.due",
        "kernel.business_day.calendar",
        "kernel.business_day.weekend",
        "kernel.business_day.weekend",
        "kernel.business_day.holiday",
        "kernel.business_day.found",
    )
    assert decision.reasons[4].fact("holiday") == "Cesar Chavez Day (observed)"


def test_report_by_reasons_when_the_due_day_is_a_business_day() -> None:
    """calbar.ca.gov mcle-compliance-information: group 3's report is due Mon 30 Mar 2026, a business day."""
    decision = report_deadline(compliance_period(G3, containing=date(2026, 1, 1)))
    assert decision.outcome == date(2026, 3, 30)
    assert decision.codes == ("mcle.period.due", "kernel.business_day.calendar", "kernel.business_day.found")


def test_group_3_2020_saturday_deadline_moves_to_monday() -> None:
    """mcle.calbar.ca.gov NewAdmittees.aspx: "1 February or the next business day"; 1 Feb 2020 was a Saturday."""
    decision = report_deadline(compliance_period(G3, containing=date(2019, 1, 1)))
    assert decision.outcome == date(2020, 2, 3)
    assert decision.codes.count("kernel.business_day.weekend") == 2


# The first period of the confirmed 36-month run: group 1 ends 2013, group 2 2015, group 3 2014 (mcle.md 1.3).
CONFIRMED_FROM = {G1: date(2010, 2, 1), G2: date(2012, 2, 1), G3: date(2011, 2, 1)}


def test_the_california_schedules_are_four_runs_each() -> None:
    """california.py: the old 36-month run (its early part secondary), the one 38-month transition period,
    36-month runs from 30 March."""
    for schedule in CALIFORNIA.group_schedules:
        assert schedule.group is not None
        early, first, transition, after = schedule.cycles
        assert (early.months, early.kind, early.source) == (36, REGULAR, OLD_CYCLES_EARLY)
        assert early.first_start == FIRST_COVERED[schedule.group]
        assert early.source.confidence is Confidence.SECONDARY
        assert (first.months, first.kind, first.source) == (36, REGULAR, OLD_CYCLES)
        assert first.first_start == CONFIRMED_FROM[schedule.group]
        expected = TRANSITION if schedule.group is G1 else TRANSITION_STARTS
        assert transition.source == expected
        assert (transition.months, transition.kind, transition.count) == (38, TRANSITIONAL, 1)
        assert transition.end == TRANSITION_END[schedule.group]
        assert (after.months, after.kind, after.last_start) == (36, REGULAR, None)
        assert after.first_start == TRANSITION_END[schedule.group] + ONE_DAY
        assert schedule.last_day is None
        assert schedule.covered() == DateRange(FIRST_COVERED[schedule.group])
        assert schedule.due_days_after_end == 1
        assert schedule.deadline_calendar is CALIFORNIA_STATE_OFFICES
    assert CALIFORNIA.groups == (G1, G2, G3)


# --------------------------------------------------------------------------- coverage


@pytest.mark.parametrize("group", list(ComplianceGroup))
def test_the_first_covered_period(group: ComplianceGroup) -> None:
    """california.py: group 1's periods start 1 Feb 2001, group 3's 2002, group 2's 2003."""
    first = FIRST_COVERED[group]
    period = compliance_period(group, containing=first)
    assert (period.start, period.end) == (first, date(first.year + 3, 1, 31))
    assert period.source == OLD_CYCLES_EARLY
    with pytest.raises(RuleNotInForce):
        previous_period(period)


@pytest.mark.parametrize("group", list(ComplianceGroup))
def test_before_the_first_covered_day_the_error_names_rule_day_and_what_is_missing(group: ComplianceGroup) -> None:
    """DESIGN.md principle 3 and california.MISSING_BEFORE: the library does not invent pre-2001 periods
    (the 1992 start, the Warden suspension and the merged 61-hour periods are not documented precisely)."""
    day = FIRST_COVERED[group] - ONE_DAY
    with pytest.raises(RuleNotInForce) as error:
        compliance_period(group, containing=day)
    assert error.value.rule == f"mcle.us_ca.periods.group_{group.value}"
    assert error.value.on == day
    assert error.value.covered == (f"{FIRST_COVERED[group]} onwards",)
    message = str(error.value)
    assert f"'mcle.us_ca.periods.group_{group.value}'" in message
    assert str(day) in message
    for missing in (FIRST_COVERED[group].isoformat(), "1992-02-01", "Warden", "61 hours", "PeriodSchedule"):
        assert missing in error.value.detail
        assert missing in message


@given(GROUPS, st.data())
def test_every_day_from_1992_to_the_first_covered_day_is_refused(group: ComplianceGroup, data: st.DataObject) -> None:
    """Property: from the start of MCLE (1 Feb 1992) to the day before the group's first covered day,
    every look-up raises RuleNotInForce (never an invented period)."""
    day = data.draw(cst.dates(MCLE_START, FIRST_COVERED[group] - ONE_DAY))
    with pytest.raises(RuleNotInForce) as error:
        compliance_period(group, containing=day)
    assert error.value.on == day
    with pytest.raises(RuleNotInForce):
        periods_overlapping(group, DateRange(day, FIRST_COVERED[group] + ONE_DAY))


# --------------------------------------------------------------------------- properties


def _periods_through(group: ComplianceGroup, until: date) -> list[CompliancePeriod]:
    return list(CALIFORNIA.schedule_for_group(group).periods(until))


def _days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += ONE_DAY


@pytest.mark.parametrize("group", list(ComplianceGroup))
def test_every_day_to_2040_is_in_exactly_one_period(group: ComplianceGroup) -> None:
    """Exhaustive: every day from the group's first covered day through 2040-12-31 is in exactly one
    period, the periods follow one another without gap or overlap, and compliance_period agrees."""
    periods = _periods_through(group, HORIZON)
    assert periods[0].start == FIRST_COVERED[group]
    assert periods[-1].start <= HORIZON <= periods[-1].end
    for before, after in pairwise(periods):
        assert after.start == before.end + ONE_DAY
    schedule = CALIFORNIA.schedule_for_group(group)
    index = 0
    for day in _days(FIRST_COVERED[group], HORIZON):
        if day > periods[index].end:
            index += 1
        assert schedule.period_containing(day) == periods[index]
        assert sum(1 for p in periods[max(0, index - 1) : index + 2] if day in p) == 1


@pytest.mark.parametrize("group", list(ComplianceGroup))
def test_one_38_month_transition_and_36_months_otherwise(group: ComplianceGroup) -> None:
    """mcle.md 1.3: every period is 36 months except the one-time 38-month transition period."""
    periods = _periods_through(group, HORIZON)
    transitions = [p for p in periods if p.kind is TRANSITIONAL]
    assert len(transitions) == 1
    (transition,) = transitions
    assert transition.months == 38
    assert transition.end == TRANSITION_END[group]
    assert transition.start == date(TRANSITION_END[group].year - 3, 2, 1)
    assert add_months(transition.start, 38, policy=MonthEndPolicy.CLAMP) == date(TRANSITION_END[group].year, 4, 1)
    for period in periods:
        if period is transition:
            continue
        assert period.months == 36
        assert period.kind is REGULAR
        assert add_months(period.start, 36, policy=MonthEndPolicy.CLAMP) == period.end + ONE_DAY
        if period.end < transition.start:
            assert (period.start.month, period.start.day, period.end.month, period.end.day) == (2, 1, 1, 31)
        else:
            assert (period.start.month, period.start.day, period.end.month, period.end.day) == (3, 30, 3, 29)


@given(GROUPS, st.data())
def test_a_day_is_in_the_period_found_and_in_no_neighbour(group: ComplianceGroup, data: st.DataObject) -> None:
    """Property, first covered day to 2040: the day is in its period, not in the next or the previous one;
    next.start == end + 1 day; previous(next(p)) == p and next(previous(p)) == p."""
    day = data.draw(cst.dates(FIRST_COVERED[group], HORIZON))
    period = compliance_period(group, containing=day)
    assert day in period
    assert day in period.days
    after = next_period(period)
    assert after.start == period.end + ONE_DAY
    assert day not in after
    assert previous_period(after) == period
    if period.start > FIRST_COVERED[group]:
        before = previous_period(period)
        assert before.end == period.start - ONE_DAY
        assert day not in before
        assert next_period(before) == period
    assert schedule_of(period) is CALIFORNIA.schedule_for_group(group)


@given(GROUPS, st.data())
def test_report_by_is_on_or_after_due_which_is_after_the_end(group: ComplianceGroup, data: st.DataObject) -> None:
    """Property: report_by >= due > end; due is the day after the end; report_by is due itself or the next
    business day of the state-office calendar (the 2017 one-off aside), and report_deadline agrees."""
    period = compliance_period(group, containing=data.draw(cst.dates(FIRST_COVERED[group], HORIZON)))
    assert period.report_by >= period.due > period.end
    assert period.due == period.end + ONE_DAY
    decision = report_deadline(period)
    assert decision.outcome == period.report_by
    if "mcle.period.deadline_override" in decision.codes:
        assert (group, period.end) == (G3, date(2017, 1, 31))
        return
    assert is_business_day(period.report_by, CALIFORNIA_STATE_OFFICES)
    assert all(not is_business_day(d, CALIFORNIA_STATE_OFFICES) for d in _days(period.due, period.report_by - ONE_DAY))
    assert (period.report_by - period.due).days <= 4


@given(GROUPS, st.data())
def test_a_licensee_follows_its_group(group: ComplianceGroup, data: st.DataObject) -> None:
    """A licensee's periods are the periods of the group stored on it."""
    day = data.draw(cst.dates(FIRST_COVERED[group], HORIZON))
    licensee = Licensee("123456", date(1990, 6, 1), group)
    assert compliance_period(licensee, containing=day) == compliance_period(group, containing=day)


# --------------------------------------------------------------------------- periods_overlapping


def test_periods_overlapping_a_single_day() -> None:
    """A one-day range overlaps exactly the period containing that day."""
    day = date(2025, 3, 29)
    (period,) = periods_overlapping(G1, DateRange.day(day))
    assert period == compliance_period(G1, containing=day)
    (period,) = periods_overlapping(G1, DateRange.day(day + ONE_DAY))
    assert period.start == date(2025, 3, 30)


def test_periods_overlapping_across_the_transition() -> None:
    """calbar.ca.gov mcle-compliance-information: a range around 29/30 March 2025 meets group 1's 38-month
    period and the first 36-month period after it."""
    found = periods_overlapping(G1, DateRange(date(2025, 1, 1), date(2025, 6, 30)))
    assert [(p.start, p.end, p.months) for p in found] == [
        (date(2022, 2, 1), date(2025, 3, 29), 38),
        (date(2025, 3, 30), date(2028, 3, 29), 36),
    ]
    two_days = periods_overlapping(G1, DateRange(date(2025, 3, 29), date(2025, 3, 30)))
    assert len(two_days) == 2


def test_periods_overlapping_for_a_licensee() -> None:
    """The look-up takes a licensee as well as a group."""
    licensee = Licensee.admitted("654321", date(2018, 12, 3), "Nguyen")
    days = DateRange(date(2020, 1, 1), date(2026, 12, 31))
    assert periods_overlapping(licensee, days) == periods_overlapping(G3, days)
    assert len(periods_overlapping(licensee, days)) == 4


def test_periods_overlapping_refuses_an_open_ended_range() -> None:
    """periods_overlapping's docstring: an open-ended range overlaps endlessly many periods."""
    with pytest.raises(InputError) as error:
        periods_overlapping(G1, DateRange(date(2025, 1, 1)))
    assert _paths(error) == ["days.end"]
    assert "open-ended" in str(error.value)


def test_periods_overlapping_refuses_a_non_range() -> None:
    """Strict at the boundary: a tuple of dates is not a DateRange."""
    with pytest.raises(InputError) as error:
        periods_overlapping(G1, _bad((date(2025, 1, 1), date(2025, 2, 1))))
    assert _paths(error) == ["days"]


def test_periods_overlapping_a_range_starting_before_coverage() -> None:
    """Part of the range falls outside the schedule: RuleNotInForce, not a partial answer."""
    with pytest.raises(RuleNotInForce):
        periods_overlapping(G2, DateRange(date(2002, 1, 1), date(2010, 1, 1)))


@given(GROUPS, st.data())
def test_periods_overlapping_is_contiguous_and_covers_the_range(group: ComplianceGroup, data: st.DataObject) -> None:
    """Property: the periods overlapping a range are in order, contiguous, each meets the range, the first
    contains its start and the last its end."""
    first = data.draw(cst.dates(FIRST_COVERED[group], HORIZON))
    last = data.draw(cst.dates(first, HORIZON))
    found = periods_overlapping(group, DateRange(first, last))
    assert first in found[0]
    assert last in found[-1]
    for before, after in pairwise(found):
        assert after.start == before.end + ONE_DAY
    assert all(p.days.overlaps(DateRange(first, last)) for p in found)


# --------------------------------------------------------------------------- refusing foreign periods


def test_a_period_of_another_group_is_refused_by_require() -> None:
    """The group's schedule refuses a period of another group, naming the path."""
    g1_period = compliance_period(G1, containing=date(2024, 6, 1))
    g2_schedule = CALIFORNIA.schedule_for_group(G2)
    with pytest.raises(InputError) as error:
        g2_schedule.require(g1_period)
    assert _paths(error) == ["period.group"]
    assert "group 1 (A-G)" in str(error.value)
    assert "group 2 (H-M)" in str(error.value)
    with pytest.raises(InputError) as error:
        g2_schedule.require(g1_period, "credits[0].period")
    assert _paths(error) == ["credits[0].period.group"]
    for call in (g2_schedule.period_after, g2_schedule.period_before, g2_schedule.explain_report_by):
        with pytest.raises(InputError) as error:
            call(g1_period)
        assert _paths(error) == ["period.group"]


def test_next_period_follows_the_period_own_group() -> None:
    """next_period reads the group from the period: a group 2 period is followed by group 2's next."""
    g2_period = compliance_period(G2, containing=date(2025, 1, 1))
    assert next_period(g2_period).group is G2
    assert next_period(g2_period).start == date(2027, 3, 30)


def _forge(period: CompliancePeriod, **changes: Any) -> CompliancePeriod:
    forged: CompliancePeriod = attrs.evolve(period, **changes)
    return forged


@pytest.mark.parametrize(
    "changes",
    [
        {"start": date(2022, 3, 1)},  # right group, wrong start
        {"end": date(2025, 1, 31), "due": date(2025, 2, 1), "report_by": date(2025, 2, 3)},  # the old-style end
        {"report_by": date(2025, 3, 31)},  # a deadline on Cesar Chavez Day
        {"months": 36},
        {"kind": REGULAR},
        {"source": TEST_SOURCE},
    ],
)
def test_a_forged_period_is_refused(changes: dict[str, Any]) -> None:
    """A period with the right group but dates (or facts) of no period of the schedule is refused."""
    forged = _forge(compliance_period(G1, containing=date(2024, 6, 1)), **changes)
    for call in (next_period, previous_period, report_deadline, schedule_of):
        with pytest.raises(InputError) as error:
            call(forged)
        assert _paths(error) == ["period"]
    assert "is not a period of schedule 'group-1'" in str(error.value)


def test_a_forged_period_outside_the_calendar_is_refused() -> None:
    """A period starting where the schedule has none is refused on its start."""
    forged = _forge(compliance_period(G1, containing=date(2004, 6, 1)), start=date(1999, 2, 1))
    with pytest.raises(InputError) as error:
        next_period(forged)
    assert _paths(error) == ["period.start"]
    assert "mcle.us_ca.periods.group_1" in str(error.value)


def test_periods_of_another_jurisdiction_are_refused() -> None:
    """A New York cycle is not a California period, and the other way round."""
    ny_licensee = Licensee("NY-1", date(2019, 1, 1), cycle_start=date(2020, 2, 29))
    ny_period = compliance_period(ny_licensee, containing=date(2021, 1, 1), jurisdiction=NEW_YORK)
    with pytest.raises(InputError) as error:
        next_period(ny_period)
    assert _paths(error) == ["period.schedule"]
    with pytest.raises(InputError) as error:
        CALIFORNIA.schedule_for_group(G1).require(ny_period)
    assert _paths(error) == ["period.jurisdiction"]
    ca_period = compliance_period(G1, containing=date(2024, 6, 1))
    with pytest.raises(InputError) as error:
        NEW_YORK.schedule_for(ny_licensee).require(ca_period)
    assert _paths(error) == ["period.jurisdiction"]
    with pytest.raises(InputError, match="New York has no compliance group"):
        next_period(ca_period, jurisdiction=NEW_YORK)


@pytest.mark.parametrize("value", [None, "2024-06-01", date(2024, 6, 1)])
def test_a_period_must_be_a_period(value: object) -> None:
    """Strict at the boundary: only a CompliancePeriod is a period."""
    for call in (next_period, previous_period, report_deadline, schedule_of):
        with pytest.raises(InputError) as error:
            call(_bad(value))
        assert _paths(error) == ["period"]
    with pytest.raises(InputError) as error:
        CALIFORNIA.schedule_for_group(G1).require(_bad(value))
    assert _paths(error) == ["period"]


def test_bad_arguments_to_compliance_period() -> None:
    """Strict at the boundary: who is a group or a licensee, the day a date (not a datetime), the
    jurisdiction a Jurisdiction; a California licensee needs a group."""
    with pytest.raises(InputError) as error:
        compliance_period(_bad("group-1"), containing=date(2024, 1, 1))
    assert _paths(error) == ["who"]
    with pytest.raises(InputError) as error:
        compliance_period(G1, containing=_bad("2024-01-01"))
    assert len(error.value.problems) == 1
    with pytest.raises(InputError) as error:
        compliance_period(G1, containing=date(2024, 1, 1), jurisdiction=_bad("us_ca"))
    assert _paths(error) == ["jurisdiction"]
    with pytest.raises(InputError) as error:
        compliance_period(Licensee("1", date(2020, 1, 1)), containing=date(2024, 1, 1))
    assert _paths(error) == ["licensee.group"]


def test_a_datetime_is_not_a_day() -> None:
    """A datetime is a date subclass, but not a calendar day: refused."""
    with pytest.raises(InputError):
        compliance_period(G1, containing=_bad(datetime(2024, 1, 1, 12, 0)))
    with pytest.raises(InputError) as error:
        CALIFORNIA.schedule_for_group(G1).period_containing(_bad(datetime(2024, 1, 1, 12, 0)))
    assert _paths(error) == ["day"]


def test_the_far_future_is_refused_clearly() -> None:
    """A period that would end after date.max cannot be built: an InputError on the day, never an
    arithmetic error (a bug fixed in periods.py: this used to name a 'months' argument nobody passed)."""
    last = compliance_period(G1, containing=date(9997, 6, 1))
    assert (last.start, last.end, last.report_by) == (date(9996, 3, 30), date(9999, 3, 29), date(9999, 3, 30))
    with pytest.raises(InputError) as error:
        compliance_period(G1, containing=date(9999, 12, 31))
    assert _paths(error) == ["day"]
    assert "9999-12-31" in str(error.value)
    with pytest.raises(InputError) as error:
        next_period(last)
    assert _paths(error) == ["day"]


def test_a_due_day_past_date_max_is_refused_clearly() -> None:
    """A due day that is not a date raises an InputError on the day, not an OverflowError."""
    schedule = _schedule(Cycle(date(9990, 7, 1), 12, source=TEST_SOURCE), due=400)
    assert schedule.period_containing(date(9991, 1, 1)).due == date(9991, 6, 30) + timedelta(days=400)
    assert schedule.period_containing(date(9998, 1, 1)).due == date(9998, 6, 30) + timedelta(days=400)
    with pytest.raises(InputError) as error:
        schedule.period_containing(date(9999, 1, 1))
    assert _paths(error) == ["day"]


# --------------------------------------------------------------------------- building schedules


def _schedule(
    *cycles: Cycle,
    due: int = 1,
    overrides: tuple[ReportByOverride, ...] = (),
    key: str = "test",
) -> PeriodSchedule:
    return PeriodSchedule(
        "us_xx",
        key,
        None,
        cycles,
        due_days_after_end=due,
        deadline_calendar=None,
        deadline_source=TEST_SOURCE,
        overrides=overrides,
    )


@pytest.mark.parametrize("months", [0, -1, -36])
def test_a_cycle_needs_at_least_one_month(months: int) -> None:
    """Cycle: months < 1 is refused on 'months'."""
    with pytest.raises(InputError) as error:
        Cycle(date(2001, 2, 1), months, source=TEST_SOURCE)
    assert _paths(error) == ["months"]


@pytest.mark.parametrize("months", ["36", 36.0, True, None])
def test_a_cycle_length_is_a_whole_number(months: object) -> None:
    """Strict at the boundary: "36", 36.0 and True are not a whole number of months."""
    with pytest.raises(InputError) as error:
        Cycle(date(2001, 2, 1), _bad(months), source=TEST_SOURCE)
    assert _paths(error) == ["months"]


def test_a_cycle_last_start_must_be_a_period_start() -> None:
    """Cycle: last_start names the first day of the run's last period."""
    assert Cycle(date(2001, 2, 1), 36, date(2019, 2, 1), source=TEST_SOURCE).count == 7
    for last_start in (date(2019, 3, 1), date(2000, 2, 1)):
        with pytest.raises(InputError) as error:
            Cycle(date(2001, 2, 1), 36, last_start, source=TEST_SOURCE)
        assert _paths(error) == ["last_start"]
        assert "is not the start of a period" in str(error.value)


def test_a_fixed_end_run_is_one_period() -> None:
    """Cycle(end=...): a one-time period whose end is not a whole number of months after its start."""
    cycle = Cycle(date(2022, 2, 1), 38, end=date(2025, 3, 29), kind=TRANSITIONAL, source=TEST_SOURCE)
    assert (cycle.count, cycle.last_end) == (1, date(2025, 3, 29))
    assert (cycle.start_of(0), cycle.end_of(0), cycle.index_of(date(2024, 1, 1))) == (
        date(2022, 2, 1),
        date(2025, 3, 29),
        0,
    )
    assert Cycle(date(2022, 2, 1), 38, date(2022, 2, 1), end=date(2025, 3, 29), source=TEST_SOURCE).count == 1
    with pytest.raises(InputError) as error:
        Cycle(date(2022, 2, 1), 38, date(2025, 2, 1), end=date(2025, 3, 29), source=TEST_SOURCE)
    assert _paths(error) == ["last_start"]
    with pytest.raises(InputError) as error:
        Cycle(date(2022, 2, 1), 38, end=date(2022, 1, 31), source=TEST_SOURCE)
    assert _paths(error) == ["end"]


def test_a_cycle_reports_every_problem_at_once() -> None:
    """DESIGN.md principle 8: every problem, with its path, in one error."""
    with pytest.raises(InputError) as error:
        Cycle(date(2022, 2, 1), 0, date(2023, 1, 1), end=date(2021, 1, 1), source=TEST_SOURCE)
    assert sorted(_paths(error)) == ["end", "last_start", "months"]
    with pytest.raises(InputError) as error:
        Cycle(_bad("2022-02-01"), _bad("36"), kind=_bad("regular"), source=_bad(None))
    assert _paths(error) == ["first_start", "months", "kind", "source"]


def test_runs_that_leave_a_gap_are_a_rule_definition_error() -> None:
    """PeriodSchedule's docstring: runs that leave a gap or overlap raise RuleDefinitionError (bug fixed:
    a plain InputError was raised), each problem with its path."""
    old = Cycle(date(2001, 2, 1), 36, date(2019, 2, 1), source=TEST_SOURCE)
    with pytest.raises(RuleDefinitionError) as error:
        _schedule(old, Cycle(date(2022, 3, 1), 36, source=TEST_SOURCE))
    assert _paths(error) == ["cycles[1].first_start"]
    assert "does not follow the previous run, which ends 2022-01-31" in str(error.value)
    assert "period schedule 'test' is inconsistent" in str(error.value)
    with pytest.raises(RuleDefinitionError) as error:
        _schedule(old, Cycle(date(2022, 1, 1), 36, source=TEST_SOURCE))
    assert _paths(error) == ["cycles[1].first_start"]


def test_only_the_last_run_may_go_on() -> None:
    """A run without end followed by another is a rule-data defect on its last_start."""
    with pytest.raises(RuleDefinitionError) as error:
        _schedule(Cycle(date(2001, 2, 1), 36, source=TEST_SOURCE), Cycle(date(2022, 2, 1), 36, source=TEST_SOURCE))
    assert _paths(error) == ["cycles[0].last_start"]


def test_schedule_field_errors() -> None:
    """Bad fields are an InputError (not a RuleDefinitionError), every one reported."""
    with pytest.raises(InputError) as error:
        _schedule()
    assert not isinstance(error.value, RuleDefinitionError)
    assert _paths(error) == ["cycles"]
    with pytest.raises(InputError) as error:
        PeriodSchedule(
            _bad("US CA"),
            _bad(""),
            _bad(1),
            _bad([Cycle(date(2001, 2, 1), 36, source=TEST_SOURCE)]),
            due_days_after_end=_bad("1"),
            deadline_calendar=_bad("state offices"),
            deadline_source=TEST_SOURCE,
        )
    assert _paths(error) == ["jurisdiction", "key", "group", "cycles", "due_days_after_end", "deadline_calendar"]
    with pytest.raises(RuleDefinitionError) as error:
        _schedule(Cycle(date(2001, 2, 1), 36, source=TEST_SOURCE), due=0)
    assert _paths(error) == ["due_days_after_end"]


def test_overrides_must_match_a_period() -> None:
    """An override is for one period's deadline (the 2017 one-off): one that matches no period end,
    falls outside the schedule, sets a deadline before the due day or repeats another is refused
    when the schedule is built (bug fixed: such an override was silently ignored, or failed later)."""
    run = Cycle(date(2014, 2, 1), 36, source=TEST_SOURCE)

    def override(end: date, report_by: date) -> ReportByOverride:
        return ReportByOverride(end, report_by, TEST_SOURCE)

    good = override(date(2017, 1, 31), date(2017, 3, 1))
    assert _schedule(run, overrides=(good,)).period_containing(date(2016, 1, 1)).report_by == date(2017, 3, 1)
    cases = [
        ((override(date(2017, 1, 30), date(2017, 3, 1)),), "overrides[0].period_end", "not the last day"),
        ((override(date(2013, 1, 31), date(2013, 3, 1)),), "overrides[0].period_end", "outside the schedule"),
        ((override(date(2017, 1, 31), date(2017, 1, 31)),), "overrides[0].report_by", "before the due day"),
        ((good, override(date(2017, 1, 31), date(2017, 4, 3))), "overrides[1].period_end", "already has"),
    ]
    for overrides, path, words in cases:
        with pytest.raises(RuleDefinitionError) as error:
            _schedule(run, overrides=overrides)
        assert _paths(error) == [path]
        assert words in str(error.value)


def test_a_bounded_schedule_ends() -> None:
    """A schedule whose last run has a last period: days after it raise RuleNotInForce saying so."""
    schedule = _schedule(
        Cycle(date(2001, 2, 1), 36, date(2004, 2, 1), source=TEST_SOURCE),
        Cycle(date(2007, 2, 1), 38, end=date(2010, 3, 29), kind=TRANSITIONAL, source=TEST_SOURCE),
    )
    assert schedule.last_day == date(2010, 3, 29)
    assert schedule.covered() == DateRange(date(2001, 2, 1), date(2010, 3, 29))
    assert [(p.start, p.end, p.kind) for p in schedule.periods(date(2010, 1, 1))] == [
        (date(2001, 2, 1), date(2004, 1, 31), REGULAR),
        (date(2004, 2, 1), date(2007, 1, 31), REGULAR),
        (date(2007, 2, 1), date(2010, 3, 29), TRANSITIONAL),
    ]
    last = schedule.period_containing(date(2010, 3, 29))
    with pytest.raises(RuleNotInForce) as error:
        schedule.period_after(last)
    assert "after the last cycle" in error.value.detail
    assert error.value.rule == "mcle.us_xx.periods.test"
    with pytest.raises(RuleNotInForce):
        schedule.periods_overlapping(DateRange(date(2009, 1, 1), date(2011, 1, 1)))


def test_without_a_holiday_calendar_the_deadline_never_moves() -> None:
    """deadline_calendar=None: the report is due on the nominal day, even a Sunday (1 Feb 2015)."""
    schedule = _schedule(Cycle(date(2012, 2, 1), 36, source=TEST_SOURCE))
    period = schedule.period_containing(date(2014, 1, 1))
    assert period.report_by == period.due == date(2015, 2, 1)
    decision = schedule.explain_report_by(period)
    assert decision.outcome == date(2015, 2, 1)
    assert decision.codes == ("mcle.period.due",)


@given(cst.dates(date(1992, 1, 1), date(2060, 12, 31)), st.integers(1, 60), st.data())
def test_a_cycle_places_every_day_in_one_period(first: date, months: int, data: st.DataObject) -> None:
    """Property of Cycle: for any first start (29-31 included) and length, the period k found for a day
    starts on or before it and ends on or after it; periods follow one another; starts never drift
    (each is the first start plus k * months, clamped to the month's last day)."""
    cycle = Cycle(first, months, source=TEST_SOURCE)
    day = data.draw(cst.dates(first, date(2099, 12, 31)))
    k = cycle.index_of(day)
    assert cycle.start_of(k) <= day <= cycle.end_of(k)
    assert cycle.end_of(k) + ONE_DAY == cycle.start_of(k + 1)
    start = cycle.start_of(k)
    year, month0 = divmod(first.year * 12 + first.month - 1 + k * months, 12)
    assert (start.year, start.month) == (year, month0 + 1)
    assert start.day == min(first.day, last_day_of_month(start.year, start.month).day)


# --------------------------------------------------------------------------- anchored cycles (New York)

NY_ANCHOR = date(2020, 2, 29)


def _ny_licensee(cycle_start: date = NY_ANCHOR) -> Licensee:
    return Licensee("NY-1", date(2019, 1, 1), cycle_start=cycle_start)


def test_new_york_cycles_from_29_february_clamp_and_never_drift() -> None:
    """22 NYCRR 1500.22(b)(1): a biennial cycle from the licensee's own date. From a 29 February anchor,
    periods start 28 February in common years and 29 February again in leap years: they never drift."""
    schedule = NEW_YORK.schedule_for(_ny_licensee())
    assert schedule.key == "cycle-from-2020-02-29"
    assert schedule.group is None
    periods = list(schedule.periods(date(2031, 1, 1)))
    assert [(p.start, p.end) for p in periods] == [
        (date(2020, 2, 29), date(2022, 2, 27)),
        (date(2022, 2, 28), date(2024, 2, 28)),
        (date(2024, 2, 29), date(2026, 2, 27)),
        (date(2026, 2, 28), date(2028, 2, 28)),
        (date(2028, 2, 29), date(2030, 2, 27)),
        (date(2030, 2, 28), date(2032, 2, 28)),
    ]
    assert all(p.months == 24 and p.kind is REGULAR and p.jurisdiction == "us_ny" for p in periods)


def test_new_york_deadline_is_the_day_after_and_never_moves() -> None:
    """new_york.NY_DEADLINE (assumed): the day after the cycle ends, not moved: Sat 28 Feb 2026 stays."""
    period = compliance_period(_ny_licensee(), containing=date(2025, 1, 1), jurisdiction=NEW_YORK)
    assert (period.end, period.due, period.report_by) == (date(2026, 2, 27), date(2026, 2, 28), date(2026, 2, 28))
    assert calendar.day_name[period.report_by.weekday()] == "Saturday"
    decision = report_deadline(period, jurisdiction=NEW_YORK)
    assert decision.outcome == date(2026, 2, 28)
    assert decision.codes == ("mcle.period.due",)


def test_new_york_next_and_previous_cycles() -> None:
    """next_period/previous_period find the licensee's schedule from the period itself."""
    period = compliance_period(_ny_licensee(), containing=date(2023, 1, 1), jurisdiction=NEW_YORK)
    after = next_period(period, jurisdiction=NEW_YORK)
    assert after.start == date(2024, 2, 29)
    assert previous_period(after, jurisdiction=NEW_YORK) == period
    assert schedule_of(period, jurisdiction=NEW_YORK) == NEW_YORK.schedule_for(_ny_licensee())


def test_new_york_before_the_first_cycle() -> None:
    """Before the licensee's first cycle there is no period: RuleNotInForce saying so."""
    with pytest.raises(RuleNotInForce) as error:
        compliance_period(_ny_licensee(), containing=date(2020, 2, 28), jurisdiction=NEW_YORK)
    assert error.value.rule == "mcle.us_ny.periods.cycle_from_2020_02_29"
    assert "first cycle starts later" in error.value.detail


def test_new_york_refuses_another_licensees_cycle_and_a_missing_anchor() -> None:
    """Another licensee's cycle is not this licensee's; a New York licensee needs a cycle start."""
    other = compliance_period(_ny_licensee(date(2021, 6, 15)), containing=date(2022, 1, 1), jurisdiction=NEW_YORK)
    with pytest.raises(InputError) as error:
        NEW_YORK.schedule_for(_ny_licensee()).require(other)
    assert _paths(error) == ["period"]
    with pytest.raises(InputError) as error:
        compliance_period(Licensee("NY-2", date(2019, 1, 1)), containing=date(2022, 1, 1), jurisdiction=NEW_YORK)
    assert _paths(error) == ["licensee.cycle_start"]
    forged = _forge(other, schedule="cycle-from-someday")
    with pytest.raises(InputError) as error:
        next_period(forged, jurisdiction=NEW_YORK)
    assert _paths(error) == ["period.schedule"]


@given(st.integers(0, 60))
def test_new_york_29_february_anchor_property(k: int) -> None:
    """Property: cycle k from 29 Feb 2020 starts on 29 Feb in leap years and 28 Feb otherwise."""
    schedule = NEW_YORK.schedule_for(_ny_licensee())
    year = 2020 + 2 * k
    start = date(year, 2, 29 if calendar.isleap(year) else 28)
    period = schedule.period_containing(start)
    assert period.start == start
    assert next_period(period, jurisdiction=NEW_YORK).start.year == year + 2


@given(cst.dates(date(2000, 1, 1), date(2060, 12, 31)), st.data())
def test_new_york_any_anchor_property(anchor: date, data: st.DataObject) -> None:
    """Property: for any anchor, every cycle starts on the anchor's day of the month (clamped) in the
    anchor's month, every two years, and the day asked for is inside the cycle found."""
    licensee = _ny_licensee(anchor)
    day = data.draw(cst.dates(anchor, date(2099, 1, 1)))
    period = compliance_period(licensee, containing=day, jurisdiction=NEW_YORK)
    assert day in period
    assert period.start.month == anchor.month
    assert (period.start.year - anchor.year) % 2 == 0
    assert period.start.day == min(anchor.day, last_day_of_month(period.start.year, anchor.month).day)
    assert period.report_by == period.due == period.end + ONE_DAY


def test_a_schedule_with_its_hash_cached_pickles_equal_and_keeps_finding_its_periods() -> None:
    """Edge (performance issue: periods are memoised by schedule): a schedule that has cached its
    hash, pickled and read back, is equal, hashes alike, and gives the same periods."""
    import pickle  # noqa: PLC0415 - only this test pickles

    schedule = CALIFORNIA.schedule_for_group(ComplianceGroup.GROUP_2)
    before = schedule.period_containing(date(2026, 11, 23))
    copy = pickle.loads(pickle.dumps(schedule))  # noqa: S301 - our own data
    assert copy == schedule
    assert hash(copy) == hash(schedule)
    assert copy.period_containing(date(2026, 11, 23)) == before
    assert schedule.period_containing(date(2026, 11, 23)) is schedule.period_containing(date(2025, 1, 1))
