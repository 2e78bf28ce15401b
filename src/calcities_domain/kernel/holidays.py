"""Holiday calendars built from dated, cited rules on :mod:`dateutil.rrule`.

A :class:`HolidayCalendar` is data: a tuple of :class:`HolidayRule` (how the date
falls each year, in which years the rule is in force, how a weekend date is observed,
and its :class:`~calcities_domain.kernel.sources.Source`). Two California calendars are
configured, because California law keeps more than one list of holidays:

* :data:`CALIFORNIA_STATE_OFFICES`: the days state offices close (Gov. Code § 19853,
  with § 6700 and the weekend rule of § 6701). The library's **default** for business-day
  rolls, an assumption each roll's explanation states.
* :data:`CALIFORNIA_JUDICIAL`: the judicial holidays of Code Civ. Proc. § 135 as
  observed under Cal. Rules of Court, rule 1.11, which Code Civ. Proc. § 12a uses to
  extend a deadline that falls on a holiday.

Neither includes one-off days appointed by proclamation, nor closures such as the
2009–2010 court closure days; add those with :meth:`HolidayCalendar.with_extra_days`.
Any object with ``in`` and ``get(day)`` (for example a ``holidays`` package calendar)
can stand in for a calendar: see :class:`HolidayLookup`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from types import MappingProxyType
from typing import Any, Protocol, TypeGuard, runtime_checkable

import attrs
from dateutil.rrule import YEARLY, rrule, weekday

from calcities_domain.kernel._checks import (
    checked,
    code,
    fail,
    instance,
    is_plain_date,
    iterable,
    plain_date,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel.errors import Problem, RuleNotInForce
from calcities_domain.kernel.ranges import DateRange
from calcities_domain.kernel.sources import Confidence, Source

__all__ = [
    "CALIFORNIA_JUDICIAL",
    "CALIFORNIA_STATE_OFFICES",
    "AnnualDate",
    "Holiday",
    "HolidayCalendar",
    "HolidayLookup",
    "HolidayRule",
    "WeekendShift",
]

_ONE_DAY = timedelta(days=1)
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@runtime_checkable
class HolidayLookup(Protocol):
    """Anything that says whether a day is a holiday, and its name.

    :class:`HolidayCalendar` is one; so is a calendar of the ``holidays`` package
    (``holidays.US(subdiv="CA")``), which the library accepts without depending on it.
    """

    def __contains__(self, day: object, /) -> bool: ...

    def get(self, day: date, /) -> str | None:
        """The name of the holiday on ``day``, or None.

        The library asks only for a day the calendar contains, and calls a holiday without
        a name (None or ``""``) "a holiday". A calendar may take more arguments, as
        :meth:`HolidayCalendar.get` and ``dict.get`` take a default.
        """


class WeekendShift(enum.Enum):
    """How a holiday that falls on a weekend is observed.

    Attributes:
        NONE: not moved (a Saturday or Sunday holiday is simply on that day).
        SUNDAY_TO_MONDAY: a Sunday holiday is observed the following Monday.
        SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY: Saturday to the preceding Friday (which
            may fall in the previous year), Sunday to the following Monday.
    """

    NONE = "none"
    SUNDAY_TO_MONDAY = "sunday_to_monday"
    SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY = "saturday_to_friday_sunday_to_monday"

    def observe(self, day: date) -> date:
        """The observed date of a holiday whose nominal date is ``day``."""
        if self is WeekendShift.NONE:
            return day
        if day.weekday() == 6:
            return day + _ONE_DAY
        if day.weekday() == 5 and self is WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY:
            return day - _ONE_DAY
        return day


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _month(instance: object, attribute: attrs.Attribute[int], value: object) -> None:
    if not _is_int(value) or not 1 <= value <= 12:
        raise fail(attribute.name, f"expected a month 1-12, got {value!r}")


def _are_month_days(value: object) -> bool:
    # A tuple, not a list: the model must stay hashable (calendars are memoised).
    return isinstance(value, tuple) and all(_is_int(d) and 1 <= d <= 31 for d in value)


def _optional_range(instance: object, attribute: attrs.Attribute[DateRange | None], value: object) -> None:
    if value is not None and not isinstance(value, DateRange):
        raise fail(attribute.name, f"expected a DateRange or None, got {value!r}")


def _check_year(year: object) -> int:
    if not _is_int(year) or not 1 <= year <= 9999:
        raise fail("year", f"expected a year 1-9999, got {year!r}")
    return year


def _day(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (not _is_int(value) or not 1 <= value <= 31):
        raise fail(attribute.name, f"expected a day 1-31, got {value!r}")


def _weekday(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and value not in _WEEKDAYS:
        raise fail(attribute.name, f"expected one of {', '.join(_WEEKDAYS)}, got {value!r}")


def _nth(instance: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (not _is_int(value) or value not in (-1, 1, 2, 3, 4, 5)):
        raise fail(attribute.name, f"expected 1-5 or -1, got {value!r}")


def _month_days(instance: object, attribute: attrs.Attribute[tuple[int, ...]], value: object) -> None:
    if not _are_month_days(value):
        raise fail(attribute.name, f"expected a tuple of days 1-31, got {value!r}")


@attrs.frozen
class AnnualDate:
    """How a date falls each year, as the arguments of a yearly :class:`~dateutil.rrule.rrule`.

    Exactly one form: a fixed ``day`` of ``month``; or the ``nth`` ``weekday`` of the
    month (``nth=-1`` for the last); or a ``weekday`` among ``month_days`` (the Friday
    after the fourth Thursday of November is the Friday among the 23rd-29th).

    Attributes:
        month: 1-12.
        day: A fixed day of the month.
        weekday: ``"MO"`` ... ``"SU"``.
        nth: Which such weekday of the month (1-5, or -1 for the last).
        month_days: The days of the month the weekday must fall on.

    >>> AnnualDate(3, day=31).in_year(2025)
    datetime.date(2025, 3, 31)
    >>> AnnualDate(1, weekday="MO", nth=3).in_year(2025)
    datetime.date(2025, 1, 20)
    """

    month: int = attrs.field(metadata=checked(_month))
    day: int | None = attrs.field(default=None, kw_only=True, metadata=checked(_day))
    weekday: str | None = attrs.field(default=None, kw_only=True, metadata=checked(_weekday))
    nth: int | None = attrs.field(default=None, kw_only=True, metadata=checked(_nth))
    month_days: tuple[int, ...] = attrs.field(default=(), kw_only=True, metadata=checked(_month_days))

    def __attrs_post_init__(self) -> None:
        validate(self, self._form)

    def _form(self) -> list[Problem]:
        fixed = self.day is not None
        nth_form = self.weekday is not None and self.nth is not None and not self.month_days
        days_form = self.weekday is not None and self.nth is None and bool(self.month_days)
        if fixed and (self.weekday is not None or self.nth is not None or self.month_days):
            return [Problem("day", "a fixed day cannot be combined with weekday, nth or month_days")]
        if not (fixed or nth_form or days_form):
            return [Problem("$", "give a fixed day, or a weekday with nth, or a weekday with month_days")]
        return []

    def _rule(self, year: int) -> rrule:
        start = datetime(year, 1, 1)  # noqa: DTZ001 - naive on purpose: rrule over calendar days
        end = datetime(year, 12, 31)  # noqa: DTZ001
        if self.day is not None:
            return rrule(YEARLY, dtstart=start, until=end, bymonth=self.month, bymonthday=self.day)
        assert self.weekday is not None  # noqa: S101 - guaranteed by __attrs_post_init__
        day_of_week = weekday(_WEEKDAYS.index(self.weekday))
        if self.nth is not None:
            return rrule(
                YEARLY,
                dtstart=start,
                until=end,
                bymonth=self.month,
                byweekday=day_of_week(self.nth),
            )
        return rrule(
            YEARLY,
            dtstart=start,
            until=end,
            bymonth=self.month,
            byweekday=day_of_week,
            bymonthday=self.month_days,
        )

    def in_year(self, year: int) -> date | None:
        """The date in ``year``, or None if it does not occur (Feb 30, a 5th Monday).

        Raises:
            InputError: if ``year`` is not a whole number 1-9999 (path ``year``).
        """
        found = list(self._rule(_check_year(year)))
        return found[0].date() if found else None

    def describe(self) -> str:
        """The rule in words: ``"March 31"``, ``"3rd MO of January"``."""
        month = date(2000, self.month, 1).strftime("%B")
        if self.day is not None:
            return f"{month} {self.day}"
        if self.nth is not None:
            which = "last" if self.nth == -1 else {1: "1st", 2: "2nd", 3: "3rd"}.get(self.nth, f"{self.nth}th")
            return f"{which} {self.weekday} of {month}"
        days = self.month_days
        return f"the {self.weekday} between {month} {min(days)} and {max(days)}"


@attrs.frozen
class HolidayRule:
    """One holiday of a calendar: its date rule, the years it applies, its source.

    Attributes:
        key: Stable identifier (``"cesar_chavez_day"``).
        name: The name shown in explanations.
        when: How its date falls each year.
        years: The nominal dates on which the rule is in force (a date range).
        shift: How a weekend date is observed.
        source: The law that makes it a holiday of this calendar.
    """

    key: str = attrs.field(metadata=checked(code))
    name: str = attrs.field(metadata=checked(text))
    when: AnnualDate = attrs.field(metadata=checked(instance(AnnualDate)))
    years: DateRange = attrs.field(metadata=checked(instance(DateRange)))
    shift: WeekendShift = attrs.field(metadata=checked(instance(WeekendShift)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Holiday:
    """A holiday as observed on a given day.

    Attributes:
        day: The day observed (after any weekend shift).
        name: The holiday's name; ``"(observed)"`` is added when shifted.
        key: The rule's key.
        nominal: The day the rule names, before any weekend shift.
        source: The rule's source.
    """

    day: date = attrs.field(metadata=checked(plain_date))
    name: str = attrs.field(metadata=checked(text))
    key: str = attrs.field(metadata=checked(code))
    nominal: date = attrs.field(metadata=checked(plain_date))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._near_nominal)

    def _near_nominal(self) -> list[Problem]:
        if abs((self.day - self.nominal).days) > 1:
            message = f"an observed day is within a day of the nominal one ({self.nominal}), got {self.day}"
            return [Problem("day", message)]
        return []


def _extra_day(path: str, item: object) -> tuple[date, str]:
    """Check one ``(day, name)`` pair of one-off holidays; return it as a tuple."""
    if not isinstance(item, tuple | list) or len(item) != 2:
        raise fail(path, f"expected a (date, name) pair, got {item!r}")
    day, name = item
    if not is_plain_date(day):
        raise fail(path, f"expected a date, got {day!r}")
    if not isinstance(name, str) or not name.strip():
        raise fail(path, f"expected a holiday name, got {name!r}")
    return (day, name)


def _extra_days(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A tuple of tuples, not lists: the calendar must stay hashable (it is memoised).
    if not isinstance(value, tuple):
        raise fail(attribute.name, f"expected a tuple of (date, name) pairs, got {value!r}")
    for index, item in enumerate(value):
        if not isinstance(item, tuple):
            raise fail(f"{attribute.name}[{index}]", f"expected a (date, name) tuple, got {item!r}")
        _extra_day(f"{attribute.name}[{index}]", item)


#: The default weekend rule: offices are closed on Saturdays and Sundays (an assumption).
WORKING_WEEK = Source(
    "Working week",
    Confidence.ASSUMED,
    section="Saturdays and Sundays are not business days",
    note="Code Civ. Proc. § 12a treats every Saturday as a holiday and Gov. Code § 6700 every Sunday; "
    "that an organisation's office is closed on weekends is assumed.",
)


@attrs.frozen(cache_hash=True)
class HolidayCalendar:
    """A named, cited set of holiday rules, answering "is day D a holiday?".

    Attributes:
        name: The calendar's name, shown in explanations.
        rules: Its holiday rules.
        source: What defines the calendar as a whole.
        extra_days: One-off holidays ``(day, name)`` added by the caller.
        covers: The days the calendar answers for; asking about another day raises
            :class:`~calcities_domain.kernel.errors.RuleNotInForce` rather than
            guessing. ``None`` means every day (a caller's own calendar).
        weekend_source: What makes Saturdays and Sundays days off for this calendar
            (by default :data:`WORKING_WEEK`, an assumption).
    """

    name: str = attrs.field(metadata=checked(text))
    rules: tuple[HolidayRule, ...] = attrs.field(metadata=checked(tuple_of(HolidayRule)))
    source: Source = attrs.field(metadata=checked(instance(Source)))
    extra_days: tuple[tuple[date, str], ...] = attrs.field(default=(), metadata=checked(_extra_days))
    covers: DateRange | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_range))
    weekend_source: Source = attrs.field(default=WORKING_WEEK, kw_only=True, metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    def _require_covered(self, first: date, last: date, asked: object) -> None:
        if self.covers is not None and first not in self.covers and last not in self.covers:
            raise RuleNotInForce("kernel.holiday_calendar", asked, (str(self.covers),), self.name)

    def holidays_in(self, year: int) -> tuple[Holiday, ...]:
        """Every holiday observed in ``year``, by date.

        >>> [h.name for h in CALIFORNIA_STATE_OFFICES.holidays_in(2025)][:4]
        ["New Year's Day", 'Martin Luther King, Jr. Day', "Washington's Birthday", 'Cesar Chavez Day']
        """
        year = _check_year(year)
        self._require_covered(date(year, 1, 1), date(year, 12, 31), year)
        found = _observed(self, year)
        if self.covers is None:
            return found
        return tuple(h for h in found if h.day in self.covers)

    def holiday_on(self, day: date) -> Holiday | None:
        """The holiday observed on ``day``, or None."""
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        self._require_covered(day, day, day)
        return _by_day(self, day.year).get(day)

    def __contains__(self, day: object) -> bool:
        """Whether ``day`` is a holiday; something that is not a date is never one.

        A date outside :attr:`covers` raises
        :class:`~calcities_domain.kernel.errors.RuleNotInForce` rather than answering no.
        """
        return is_plain_date(day) and self.holiday_on(day) is not None

    def get(self, day: date, default: str | None = None, /) -> str | None:
        """The name of the holiday on ``day``, or ``default`` (as ``dict.get``)."""
        holiday = self.holiday_on(day)
        return holiday.name if holiday is not None else default

    def with_extra_days(self, days: Iterable[tuple[date, str]]) -> HolidayCalendar:
        """A copy with one-off holidays added (a proclaimed day of mourning, a closure)."""
        extra = tuple(_extra_day(f"days[{index}]", item) for index, item in enumerate(iterable("days", days)))
        return attrs.evolve(self, extra_days=self.extra_days + extra)


@functools.lru_cache(maxsize=512)
def _by_day(calendar: HolidayCalendar, year: int) -> Mapping[date, Holiday]:
    """The holidays of ``year`` by day, the first listed where two fall on one day (memoised, read-only)."""
    found: dict[date, Holiday] = {}
    for holiday in calendar.holidays_in(year):
        found.setdefault(holiday.day, holiday)
    return MappingProxyType(found)


@functools.lru_cache(maxsize=512)
def _observed(calendar: HolidayCalendar, year: int) -> tuple[Holiday, ...]:
    """Holidays observed in ``year`` (memoised: a pure function of immutable input)."""
    found: list[Holiday] = []
    for rule in calendar.rules:
        # A holiday of the next year can be observed in this one (Saturday 1 January
        # observed on Friday 31 December), so look one year either side.
        for nominal_year in (year - 1, year, year + 1):
            if not 1 <= nominal_year <= 9999:
                continue
            nominal = rule.when.in_year(nominal_year)
            if nominal is None or nominal not in rule.years:
                continue
            day = rule.shift.observe(nominal)
            if day.year != year:
                continue
            name = rule.name if day == nominal else f"{rule.name} (observed)"
            found.append(Holiday(day, name, rule.key, nominal, rule.source))
    found.extend(
        Holiday(day, name, "extra", day, calendar.source) for day, name in calendar.extra_days if day.year == year
    )
    return tuple(sorted(found, key=lambda h: (h.day, h.key)))


# --------------------------------------------------------------------------- sources

_LEGINFO = "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode={code}&sectionNum={section}"

GOV_6700 = Source(
    "California Government Code",
    Confidence.CONFIRMED,
    section="§ 6700 (holidays in California)",
    url=_LEGINFO.format(code="GOV", section="6700"),
)
GOV_6701 = Source(
    "California Government Code",
    Confidence.CONFIRMED,
    section="§ 6701 (a Sunday holiday is kept the following Monday; 11 November on a Saturday, the Friday before)",
    url=_LEGINFO.format(code="GOV", section="6701"),
)
GOV_19853 = Source(
    "California Government Code",
    Confidence.CONFIRMED,
    section="§ 19853 (holidays of state employees: the days state offices close)",
    url=_LEGINFO.format(code="GOV", section="19853"),
)
CCP_135 = Source(
    "California Code of Civil Procedure",
    Confidence.CONFIRMED,
    section="§ 135 (judicial holidays); days moved by Cal. Rules of Court, rule 1.11",
    url=_LEGINFO.format(code="CCP", section="135"),
)
CCP_12A = Source(
    "California Code of Civil Procedure",
    Confidence.CONFIRMED,
    section="§ 12a (a last day that is a holiday extends to the next day that is not)",
    url=_LEGINFO.format(code="CCP", section="12a"),
)
RULE_1_11 = Source(
    "California Rules of Court",
    Confidence.CONFIRMED,
    section="rule 1.11 (a judicial holiday on Saturday is kept the Friday before; on Sunday, the Monday after)",
    url="https://www.courts.ca.gov/cms/rules/index.cfm?title=one&linkid=rule1_11",
)
CHAVEZ_STATE = Source(
    "California Statutes 2000, ch. 213 (SB 984)",
    Confidence.CONFIRMED,
    section="adds 31 March, Cesar Chavez Day, to the holidays of state employees (Gov. Code § 19853) from 2001",
    url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=199920000SB984",
    note="One secondary source reports the holiday suspended for state employees in 2004 and 2005; "
    "not modelled (build a calendar without it if that matters to you).",
)
CUT_2009 = Source(
    "State employee holiday changes of 2009 (budget legislation), as reported",
    Confidence.SECONDARY,
    section="Lincoln Day (12 Feb) and Columbus Day ceased to be state-office holidays: "
    "Columbus Day from 2009, Lincoln Day from 2010",
    note="Reported by newspapers (Sacramento Bee 2013, Sun Herald 2010); the statute text was not read.",
)
CHAVEZ_COURTS = Source(
    "California Statutes 2001, ch. 542 (SB 1112)",
    Confidence.SECONDARY,
    section="makes 31 March, Cesar Chavez Day, a judicial holiday (Code Civ. Proc. § 135) from 2002",
    url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=200120020SB1112",
    note="Year of first application from a news report (Metropolitan News-Enterprise, 10 Oct 2001).",
)
AB_855 = Source(
    "California Statutes 2021, ch. 283 (AB 855)",
    Confidence.CONFIRMED,
    section="Code Civ. Proc. § 135: Native American Day replaces Columbus Day as a judicial holiday from 2022",
    url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220AB855",
    note="Before 2022 Native American Day is not a judicial holiday here. AB 1973 (2014) added it to "
    "Gov. Code § 6700 from 2015, and SB 85 (2015) is reported to have excepted it from § 135 before its "
    "first date, 25 September 2015; that exception is from a secondary source (calendarrules.com).",
)
AB_1655 = Source(
    "California Statutes 2022, ch. 753 (AB 1655)",
    Confidence.CONFIRMED,
    section="adds 19 June, Juneteenth, to Gov. Code § 6700 (a judicial holiday) from 1 January 2023",
    url="https://leginfo.legislature.ca.gov/faces/billNavClient.xhtml?bill_id=202120220AB1655",
)
JUDICIAL_WEEKEND = Source(
    "California Code of Civil Procedure",
    Confidence.CONFIRMED,
    section="§ 12a and § 135 (every Saturday is a holiday; every Sunday, through Gov. Code § 6700)",
    url=_LEGINFO.format(code="CCP", section="12a"),
)
DEFAULT_CALENDAR_CHOICE = Source(
    "calcities_domain default",
    Confidence.ASSUMED,
    section="business days follow the California state-office calendar (Gov. Code § 19853)",
    note="Which calendar an organisation (the State Bar, Cal Cities) keeps is not stated in our sources; "
    "pass calendar=CALIFORNIA_JUDICIAL or your own calendar to choose.",
)


#: The first day the California calendars answer for. Our sources were checked from 1992
#: (the first MCLE year) onwards; a rule shown as in force from this day was in force
#: before it too.
COVERAGE_START = date(1992, 1, 1)


def _rule(
    key: str,
    name: str,
    when: AnnualDate,
    source: Source,
    shift: WeekendShift,
    *,
    start: date = COVERAGE_START,
    end: date | None = None,
) -> HolidayRule:  # pragma: no mutate block (import-time data)
    return HolidayRule(key, name, when, DateRange(start, end), shift, source)


_SUN = WeekendShift.SUNDAY_TO_MONDAY
_NONE = WeekendShift.NONE
_BOTH = WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY

#: The days California state offices close: Gov. Code § 19853 (with § 6700), weekend
#: rule of § 6701 / § 19853(b): a Sunday holiday moves to Monday, and Veterans Day on a
#: Saturday to the Friday before; other Saturday holidays are not moved.
CALIFORNIA_STATE_OFFICES = HolidayCalendar(
    name="California state offices (Gov. Code § 19853)",
    source=GOV_19853,
    covers=DateRange(COVERAGE_START),
    rules=(
        _rule("new_years_day", "New Year's Day", AnnualDate(1, day=1), GOV_19853, _SUN),
        _rule(
            "mlk_day",
            "Martin Luther King, Jr. Day",
            AnnualDate(1, weekday="MO", nth=3),
            GOV_19853,
            _NONE,
        ),
        _rule(
            "lincoln_day",
            "Lincoln Day",
            AnnualDate(2, day=12),
            CUT_2009,
            _SUN,
            end=date(2009, 12, 31),
        ),
        _rule(
            "washingtons_birthday",
            "Washington's Birthday",
            AnnualDate(2, weekday="MO", nth=3),
            GOV_19853,
            _NONE,
        ),
        _rule(
            "cesar_chavez_day",
            "Cesar Chavez Day",
            AnnualDate(3, day=31),
            CHAVEZ_STATE,
            _SUN,
            start=date(2001, 1, 1),
        ),
        _rule("memorial_day", "Memorial Day", AnnualDate(5, weekday="MO", nth=-1), GOV_19853, _NONE),
        _rule("independence_day", "Independence Day", AnnualDate(7, day=4), GOV_19853, _SUN),
        _rule("labor_day", "Labor Day", AnnualDate(9, weekday="MO", nth=1), GOV_19853, _NONE),
        _rule(
            "columbus_day",
            "Columbus Day",
            AnnualDate(10, weekday="MO", nth=2),
            CUT_2009,
            _NONE,
            end=date(2008, 12, 31),
        ),
        # Veterans Day alone also moves from Saturday to Friday (Gov. Code § 6701).
        _rule("veterans_day", "Veterans Day", AnnualDate(11, day=11), GOV_6701, _BOTH),
        _rule(
            "thanksgiving_day",
            "Thanksgiving Day",
            AnnualDate(11, weekday="TH", nth=4),
            GOV_19853,
            _NONE,
        ),
        _rule(
            "day_after_thanksgiving",
            "Day after Thanksgiving",
            AnnualDate(11, weekday="FR", month_days=(23, 24, 25, 26, 27, 28, 29)),
            GOV_19853,
            _NONE,
        ),
        _rule("christmas_day", "Christmas Day", AnnualDate(12, day=25), GOV_19853, _SUN),
    ),
)

#: The judicial holidays of Code Civ. Proc. § 135 as kept under Cal. Rules of Court,
#: rule 1.11 (Saturday to the Friday before, Sunday to the Monday after): the
#: holidays Code Civ. Proc. § 12a skips when it extends a deadline. Saturdays and
#: Sundays are not business days in any case.
CALIFORNIA_JUDICIAL = HolidayCalendar(
    name="California judicial holidays (Code Civ. Proc. § 135)",
    source=CCP_135,
    covers=DateRange(COVERAGE_START),
    weekend_source=JUDICIAL_WEEKEND,
    rules=(
        _rule("new_years_day", "New Year's Day", AnnualDate(1, day=1), CCP_135, _BOTH),
        _rule(
            "mlk_day",
            "Martin Luther King, Jr. Day",
            AnnualDate(1, weekday="MO", nth=3),
            CCP_135,
            _NONE,
        ),
        _rule("lincoln_day", "Lincoln Day", AnnualDate(2, day=12), CCP_135, _BOTH),
        _rule(
            "washingtons_birthday",
            "Washington's Birthday",
            AnnualDate(2, weekday="MO", nth=3),
            CCP_135,
            _NONE,
        ),
        _rule(
            "cesar_chavez_day",
            "Cesar Chavez Day",
            AnnualDate(3, day=31),
            CHAVEZ_COURTS,
            _BOTH,
            start=date(2002, 1, 1),
        ),
        _rule("memorial_day", "Memorial Day", AnnualDate(5, weekday="MO", nth=-1), CCP_135, _NONE),
        _rule(
            "juneteenth",
            "Juneteenth",
            AnnualDate(6, day=19),
            AB_1655,
            _BOTH,
            start=date(2023, 1, 1),
        ),
        _rule("independence_day", "Independence Day", AnnualDate(7, day=4), CCP_135, _BOTH),
        _rule("labor_day", "Labor Day", AnnualDate(9, weekday="MO", nth=1), CCP_135, _NONE),
        _rule(
            "native_american_day",
            "Native American Day",
            AnnualDate(9, weekday="FR", nth=4),
            AB_855,
            _NONE,
            start=date(2022, 1, 1),
        ),
        _rule(
            "columbus_day",
            "Columbus Day",
            AnnualDate(10, weekday="MO", nth=2),
            AB_855,
            _NONE,
            end=date(2021, 12, 31),
        ),
        _rule("veterans_day", "Veterans Day", AnnualDate(11, day=11), CCP_135, _BOTH),
        _rule(
            "thanksgiving_day",
            "Thanksgiving Day",
            AnnualDate(11, weekday="TH", nth=4),
            CCP_135,
            _NONE,
        ),
        _rule(
            "day_after_thanksgiving",
            "Day after Thanksgiving",
            AnnualDate(11, weekday="FR", month_days=(23, 24, 25, 26, 27, 28, 29)),
            CCP_135,
            _NONE,
        ),
        _rule("christmas_day", "Christmas Day", AnnualDate(12, day=25), CCP_135, _BOTH),
    ),
)
