"""Explicit time: Pacific deadlines, whole-month arithmetic, business-day rolls.

* A deadline "by day D" closes at the last instant of D in the event's zone
  (:func:`end_of_day`), an aware :class:`~datetime.datetime`, correct on both
  daylight-saving change days.
* :func:`add_months` never clamps silently: the caller names a :class:`MonthEndPolicy`.
* :func:`roll_forward` moves a day that is a weekend or holiday to the next business
  day and says why, using a holiday calendar passed in (California state offices by
  default, an assumption the explanation states).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import calendar
import enum
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeGuard
from zoneinfo import ZoneInfo

from calcities_domain.kernel._checks import aware_problems, fail, is_plain_date
from calcities_domain.kernel.decisions import Decision, Effect, Reason
from calcities_domain.kernel.errors import InputError
from calcities_domain.kernel.holidays import (
    CALIFORNIA_STATE_OFFICES,
    DEFAULT_CALENDAR_CHOICE,
    WORKING_WEEK,
    HolidayCalendar,
    HolidayLookup,
)

__all__ = [
    "PACIFIC",
    "MonthEndPolicy",
    "add_months",
    "end_of_day",
    "is_business_day",
    "last_day_of_month",
    "local_date",
    "require_aware",
    "roll_forward",
    "start_of_day",
]

#: The time zone of California, from the IANA database (shipped by ``tzdata``).
PACIFIC = ZoneInfo("America/Los_Angeles")

_ONE_DAY = timedelta(days=1)
#: How far a roll may go before the calendar is judged broken (no real calendar has
#: more than a few consecutive days off).
MAX_ROLL_DAYS = 31


def _require_tz(tz: object) -> tzinfo:
    if not isinstance(tz, tzinfo):
        raise fail("tz", f"expected a time zone (a tzinfo such as PACIFIC), got {tz!r}")
    return tz


def _require_date(day: object, name: str = "day") -> date:
    if not is_plain_date(day):
        raise fail(name, f"expected a date, got {day!r}")
    return day


def _is_whole(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def require_aware(instant: object, name: str = "instant") -> datetime:
    """Return ``instant`` if it is an aware datetime; raise InputError otherwise.

    A naive datetime is refused: the library never guesses a time zone. So is an instant
    within a day of the ends of the years 1 to 9999, which some zone could not show
    (instants from 0001-01-02T00:00Z to 9999-12-30T23:59:59.999999Z are handled).
    """
    if isinstance(instant, datetime) and instant.utcoffset() is None:
        raise fail(
            name,
            f"expected an aware datetime (with a time zone), got the naive {instant.isoformat()}",
        )
    problems = aware_problems(name, instant)
    if problems or not isinstance(instant, datetime):  # not a datetime has a problem
        raise InputError(problems)
    return instant


def end_of_day(day: date, tz: tzinfo = PACIFIC) -> datetime:
    """The last instant of ``day`` in ``tz``: 23:59:59.999999 local time.

    "Register by D" means through this instant.

    >>> end_of_day(date(2024, 2, 9)).isoformat()
    '2024-02-09T23:59:59.999999-08:00'
    >>> end_of_day(date(2024, 7, 4)).isoformat()
    '2024-07-04T23:59:59.999999-07:00'

    Where clocks go back at midnight, the day's last hour happens twice: this is the
    later one (``fold=1``), so the day really is over.
    """
    return datetime.combine(_require_date(day), time.max, tzinfo=_require_tz(tz)).replace(fold=1)


def start_of_day(day: date, tz: tzinfo = PACIFIC) -> datetime:
    """The first instant of ``day`` in ``tz`` (00:00 local time).

    >>> start_of_day(date(2024, 11, 3)).isoformat()
    '2024-11-03T00:00:00-07:00'
    """
    return datetime.combine(_require_date(day), time.min, tzinfo=_require_tz(tz))


def local_date(instant: datetime, tz: tzinfo = PACIFIC) -> date:
    """The calendar date of an aware ``instant`` in ``tz``.

    Raises InputError, as :func:`require_aware` does, for an instant that is not aware or
    is within a day of the ends of the years 1 to 9999.

    >>> from datetime import timezone
    >>> local_date(datetime(2025, 4, 1, 6, 59, tzinfo=timezone.utc))
    datetime.date(2025, 3, 31)
    """
    return require_aware(instant).astimezone(_require_tz(tz)).date()


def last_day_of_month(year: int, month: int) -> date:
    """The last day of a month.

    >>> last_day_of_month(2024, 2), last_day_of_month(2025, 2)
    (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28))
    """
    if not _is_whole(year) or not 1 <= year <= 9999:
        raise fail("year", f"expected a year 1-9999, got {year!r}")
    if not _is_whole(month) or not 1 <= month <= 12:
        raise fail("month", f"expected a month 1-12, got {month!r}")
    return date(year, month, calendar.monthrange(year, month)[1])


class MonthEndPolicy(enum.Enum):
    """What adding whole months does when the target month is too short.

    Attributes:
        CLAMP: to the target month's last day (31 Jan + 1 month = 28/29 Feb), as
            ``dateutil.relativedelta`` does; otherwise the same day number.
        END_TO_END: like CLAMP, and a month's last day always maps to the target
            month's last day (28 Feb 2025 + 1 month = 31 Mar 2025).
        STRICT: refuse, with an InputError, when the day does not exist in the target month.
    """

    CLAMP = "clamp"
    END_TO_END = "end_to_end"
    STRICT = "strict"


def add_months(day: date, months: int, *, policy: MonthEndPolicy) -> date:
    """``day`` plus a whole number of months (negative to go back), under ``policy``.

    >>> add_months(date(2025, 1, 31), 1, policy=MonthEndPolicy.CLAMP)
    datetime.date(2025, 2, 28)
    >>> add_months(date(2025, 2, 28), 1, policy=MonthEndPolicy.END_TO_END)
    datetime.date(2025, 3, 31)
    >>> add_months(date(2025, 1, 31), 1, policy=MonthEndPolicy.STRICT)
    Traceback (most recent call last):
    ...
    calcities_domain.kernel.errors.InputError: 1 problem in the input:
      months: 2025-01-31 + 1 month(s) has no day 31 in 2025-02 (policy STRICT)
    """
    _require_date(day)
    if not _is_whole(months):
        raise fail("months", f"expected a whole number of months, got {months!r}")
    if not isinstance(policy, MonthEndPolicy):
        raise fail("policy", f"expected a MonthEndPolicy, got {policy!r}")
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    if not 1 <= year <= 9999:
        raise fail("months", f"{day} + {months} month(s) is outside the years 1-9999")
    last = last_day_of_month(year, month)
    if policy is MonthEndPolicy.END_TO_END and day == last_day_of_month(day.year, day.month):
        return last
    if day.day <= last.day:
        return date(year, month, day.day)
    if policy is MonthEndPolicy.STRICT:
        raise fail(
            "months",
            f"{day} + {months} month(s) has no day {day.day} in {year:04d}-{month:02d} (policy STRICT)",
        )
    return last


def _holiday_name(calendar: HolidayLookup, day: date) -> str | None:
    if day in calendar:
        name = calendar.get(day)
        return str(name) if name else "a holiday"
    return None


def _require_calendar(calendar: object) -> HolidayLookup:
    # Checked up front: a set of dates would otherwise fail only on its first holiday.
    # The library's own calendars pass at once (a protocol check inspects the type each time).
    if type(calendar) is HolidayCalendar:
        return calendar
    if not isinstance(calendar, HolidayLookup):
        raise fail(
            "calendar",
            f"expected a holiday calendar (with `in` and .get(day)), got {type(calendar).__name__}",
        )
    return calendar


def is_business_day(day: date, calendar: HolidayLookup | None = None) -> bool:
    """Whether ``day`` is a weekday that is not a holiday of ``calendar``.

    ``calendar`` defaults to :data:`~calcities_domain.kernel.holidays.CALIFORNIA_STATE_OFFICES`.

    >>> is_business_day(date(2025, 3, 31)), is_business_day(date(2025, 4, 1))
    (False, True)
    """
    _require_date(day)
    cal = CALIFORNIA_STATE_OFFICES if calendar is None else _require_calendar(calendar)
    return day.weekday() < 5 and _holiday_name(cal, day) is None


def roll_forward(day: date, *, calendar: HolidayLookup | None = None) -> Decision[date]:
    """The first business day on or after ``day``, with the reason for each day skipped.

    A deadline that falls on a weekend or a holiday moves to the next business day.
    ``calendar`` defaults to California state offices (an assumption the explanation
    names); pass :data:`~calcities_domain.kernel.holidays.CALIFORNIA_JUDICIAL` for
    Code Civ. Proc. § 12a, or any :class:`~calcities_domain.kernel.holidays.HolidayLookup`.

    >>> rolled = roll_forward(date(2025, 3, 30))
    >>> rolled.outcome
    datetime.date(2025, 4, 1)
    >>> for code in rolled.codes:
    ...     print(code)
    kernel.business_day.calendar
    kernel.business_day.weekend
    kernel.business_day.holiday
    kernel.business_day.found
    """
    start = _require_date(day)
    if calendar is None:
        cal: HolidayLookup = CALIFORNIA_STATE_OFFICES
        calendar_reason = Reason.of(
            "kernel.business_day.calendar",
            f"Holidays are those of the default calendar, {CALIFORNIA_STATE_OFFICES.name}.",
            source=DEFAULT_CALENDAR_CHOICE,
            facts={"calendar": CALIFORNIA_STATE_OFFICES.name},
        )
    else:
        cal = _require_calendar(calendar)
        name = calendar.name if isinstance(calendar, HolidayCalendar) else type(calendar).__name__
        calendar_reason = Reason.of(
            "kernel.business_day.calendar",
            f"Holidays are those of the calendar given, {name}.",
            source=calendar.source if isinstance(calendar, HolidayCalendar) else None,
            facts={"calendar": name},
        )
    reasons = [calendar_reason]
    current = start
    for _ in range(MAX_ROLL_DAYS + 1):
        if current.weekday() >= 5:
            reasons.append(
                Reason.of(
                    "kernel.business_day.weekend",
                    f"{current} is a {current:%A}, not a business day.",
                    source=cal.weekend_source if isinstance(cal, HolidayCalendar) else WORKING_WEEK,
                    facts={"day": current, "weekday": f"{current:%A}"},
                ),
            )
        elif (holiday := _holiday_name(cal, current)) is not None:
            holiday_source = None
            if isinstance(cal, HolidayCalendar):
                found = cal.holiday_on(current)
                holiday_source = found.source if found is not None else None
            reasons.append(
                Reason.of(
                    "kernel.business_day.holiday",
                    f"{current} is {holiday}, a holiday.",
                    source=holiday_source,
                    facts={"day": current, "holiday": holiday},
                ),
            )
        else:
            moved = current != start
            reasons.append(
                Reason.of(
                    "kernel.business_day.found",
                    f"{current} is the next business day." if moved else f"{current} is a business day.",
                    effect=Effect.PASS,
                    facts={"day": current, "moved_from": start} if moved else {"day": current},
                ),
            )
            return Decision(
                f"What is the first business day on or after {start}?",
                current,
                tuple(reasons),
            )
        if current == date.max:
            raise fail("day", f"found no business day from {start} to the last date, {date.max}")
        current += _ONE_DAY
    raise fail(
        "calendar",
        f"found no business day within {MAX_ROLL_DAYS} days after {start}: is the calendar right?",
    )
