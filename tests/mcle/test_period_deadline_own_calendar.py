"""A period's report deadline moves past the holidays of the schedule's own calendar, not a default one.

Rules under test (src/calcities_domain/mcle/periods.py, module docstring and ``PeriodSchedule``:
"The report is due a fixed number of days after the end, then moved past weekends and
holidays by the kernel's roll_forward when the schedule names a holiday calendar";
``deadline_calendar``: "The holidays past which a deadline is moved"; kernel/dates.py,
``roll_forward``: a deadline on a weekend or holiday moves to the next business day):

* A due day that is a holiday of the schedule's calendar (a one-off closure a caller adds)
  moves to the next business day, even though California state offices are open that day.
* A due day that is a California state-office holiday (Cesar Chavez Day, Monday 31 March
  2025) does not move when the schedule's calendar does not list it.
* ``period.report_by`` agrees with ``explain_report_by``, which cites the calendar given.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import CALIFORNIA_STATE_OFFICES, Confidence, HolidayCalendar, Source
from calcities_domain.mcle import Cycle, PeriodSchedule

TEST_SOURCE = Source("Test schedule", Confidence.ASSUMED)
CLOSURE = date(2025, 1, 8)  # a Wednesday, a working day for California state offices


def _schedule(first_start: date, due_days: int, calendar: HolidayCalendar) -> PeriodSchedule:
    return PeriodSchedule(
        "us_xx",
        "own-calendar",
        None,
        (Cycle(first_start, 12, source=TEST_SOURCE),),
        due_days_after_end=due_days,
        deadline_calendar=calendar,
        deadline_source=TEST_SOURCE,
    )


def test_a_due_day_closed_by_the_schedules_calendar_moves_to_the_next_business_day() -> None:
    closed = HolidayCalendar("Bar office", (), TEST_SOURCE, ((CLOSURE, "Office closure"),))
    assert CLOSURE not in CALIFORNIA_STATE_OFFICES
    schedule = _schedule(date(2024, 1, 1), 8, closed)
    period = schedule.period_containing(date(2024, 6, 1))
    assert (period.end, period.due, period.report_by) == (date(2024, 12, 31), CLOSURE, date(2025, 1, 9))
    decision = schedule.explain_report_by(period)
    assert decision.outcome == period.report_by
    assert "Holidays are those of the calendar given, Bar office." in [r.message for r in decision.reasons]


def test_a_state_office_holiday_missing_from_the_schedules_calendar_does_not_move_the_due_day() -> None:
    chavez = date(2025, 3, 31)
    assert chavez in CALIFORNIA_STATE_OFFICES
    open_every_weekday = HolidayCalendar("Open every weekday", (), TEST_SOURCE)
    schedule = _schedule(date(2024, 3, 31), 1, open_every_weekday)
    period = schedule.period_containing(date(2024, 6, 1))
    assert (period.end, period.due, period.report_by) == (date(2025, 3, 30), chavez, chavez)
    assert schedule.explain_report_by(period).outcome == chavez
