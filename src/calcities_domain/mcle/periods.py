"""Compliance-period calendars as dated data: runs of cycles, each of a fixed length.

A :class:`PeriodSchedule` is the calendar of one set of licensees (one California
compliance group, or one New York attorney's biennial cycle): a sequence of
:class:`Cycle` runs, each producing consecutive periods of ``months`` months from its
first start. Period ``k`` of a run starts ``k * months`` months after the run's first
start (counted from that first start, clamping to the month's last day, so a 29 February
anchor gives 28 February in common years and never drifts), and ends the day before the
next period starts. The runs must follow one another without gap or overlap; the
schedule checks this when built.

The report is due a fixed number of days after the end, then moved past weekends and
holidays by the kernel's :func:`~calcities_domain.kernel.roll_forward` when the schedule
names a holiday calendar.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from datetime import date, timedelta

import attrs

from calcities_domain.kernel import (
    DateRange,
    Decision,
    HolidayCalendar,
    InputError,
    MonthEndPolicy,
    Problem,
    Reason,
    RuleDefinitionError,
    RuleNotInForce,
    Source,
    add_months,
    roll_forward,
)
from calcities_domain.kernel._checks import (
    checked,
    code,
    fail,
    instance,
    is_plain_date,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
    whole_number,
)
from calcities_domain.mcle.groups import ComplianceGroup
from calcities_domain.mcle.models import CompliancePeriod, PeriodKind

__all__ = ["Cycle", "PeriodSchedule", "ReportByOverride"]

_DAY = timedelta(days=1)
_CLAMP = MonthEndPolicy.CLAMP


@attrs.frozen
class Cycle:
    """A run of consecutive periods of the same length.

    Attributes:
        first_start: The first day of the run's first period.
        months: The length of each period, in months.
        last_start: The first day of the run's last period; None if the run goes on.
        kind: Regular or transition.
        source: Where the run comes from.
        end: For a one-time period whose end is not a whole number of months after its
            start (California's 38-month periods run 1 February to 29 March), its last
            day; the run is then that single period, ``months`` long for proration.
    """

    first_start: date = attrs.field(metadata=checked(plain_date))
    months: int = attrs.field(metadata=checked(whole_number))
    last_start: date | None = attrs.field(default=None, metadata=checked(optional(plain_date)))
    kind: PeriodKind = attrs.field(default=PeriodKind.REGULAR, kw_only=True, metadata=checked(instance(PeriodKind)))
    source: Source = attrs.field(kw_only=True, metadata=checked(instance(Source)))
    end: date | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(plain_date)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.end is not None:
            if self.end < self.first_start:
                problems.append(Problem("end", f"{self.end} is before the first start, {self.first_start}"))
            if self.last_start not in (None, self.first_start):
                problems.append(Problem("last_start", "a run with a fixed end has one period: leave last_start out"))
        if self.months < 1:
            problems.append(Problem("months", f"must be at least 1, got {self.months}"))
        elif (
            self.end is None
            and self.last_start is not None
            and self.last_start not in self._starts_until(self.last_start)
        ):
            problems.append(Problem("last_start", f"{self.last_start} is not the start of a period of this run"))
        return problems

    def _starts_until(self, day: date) -> list[date]:
        starts, k = [], 0
        while (start := self.start_of(k)) <= day:
            starts.append(start)
            k += 1
        return starts

    def start_of(self, k: int) -> date:
        """The first day of the run's period ``k`` (0 is the first)."""
        return add_months(self.first_start, k * self.months, policy=_CLAMP)

    def end_of(self, k: int) -> date:
        """The last day of the run's period ``k``."""
        if self.end is not None:
            return self.end
        return self.start_of(k + 1) - _DAY

    def index_of(self, day: date) -> int:
        """The index of the run's period containing ``day``: the ``k`` with ``start_of(k) <= day < start_of(k + 1)``.

        A day before the first start gets a negative index (the periods the run would have had),
        as long as that period would start in the year 1 or later. A one-time period (with a
        fixed ``end``) is index 0.
        """
        if self.end is not None:
            return 0
        # Period k starts in the calendar month ``k * self.months`` after the first start's, so
        # the period starting in day's month or the last one before it is k = months // self.months
        # (floor division, so a day before the first start gets its negative index too).
        # Its start is after ``day`` only when it is in day's month on a later day; then the day
        # is in the period before. Period k + 1 starts in a later month than day's, so no later
        # period can hold it.
        months = (day.year - self.first_start.year) * 12 + day.month - self.first_start.month
        k = months // self.months
        return k - 1 if self.start_of(k) > day else k

    @property
    def count(self) -> int | None:
        """How many periods the run has; None if it goes on."""
        if self.end is not None:
            return 1
        return None if self.last_start is None else self.index_of(self.last_start) + 1

    @property
    def last_end(self) -> date | None:
        """The last day of the run's last period; None if the run goes on."""
        count = self.count
        return None if count is None else self.end_of(count - 1)


@attrs.frozen
class ReportByOverride:
    """A one-off report deadline set by the regulator for one period.

    Attributes:
        period_end: The end of the period concerned.
        report_by: The deadline set instead of the usual one.
        source: Who set it.
    """

    period_end: date = attrs.field(metadata=checked(plain_date))
    report_by: date = attrs.field(metadata=checked(plain_date))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _cycles(instance_: object, attribute: attrs.Attribute[tuple[Cycle, ...]], value: object) -> None:
    tuple_of(Cycle)(instance_, attribute, value)
    if not value:
        raise fail(attribute.name, "a schedule needs at least one cycle")


@attrs.frozen(cache_hash=True)  # hashed as the key of its memoised periods
class PeriodSchedule:
    """The compliance-period calendar of one group (or one licensee's cycle).

    Attributes:
        jurisdiction: The jurisdiction's code.
        key: The schedule's name (``"group-1"``).
        group: The compliance group it serves, if any.
        cycles: The runs, in order, each starting the day after the last one ends.
        due_days_after_end: The report is nominally due this many days after the end.
        deadline_calendar: The holidays past which a deadline is moved; None to never move it.
        deadline_source: The source of the deadline rule.
        overrides: One-off deadlines for particular periods.
        missing: What the sources lack before the first cycle, for the error raised there.

    Raises:
        RuleDefinitionError: if the runs leave a gap or overlap, or an override names a
            day that is not the end of one of the schedule's periods, sets a deadline
            before the due day, or repeats another (an InputError for bad fields).

    >>> from calcities_domain.mcle import CALIFORNIA
    >>> schedule = CALIFORNIA.schedule_for_group(ComplianceGroup.GROUP_1)
    >>> period = schedule.period_containing(date(2024, 6, 1))
    >>> period.start, period.end, period.report_by
    (datetime.date(2022, 2, 1), datetime.date(2025, 3, 29), datetime.date(2025, 4, 1))
    """

    jurisdiction: str = attrs.field(metadata=checked(code))
    key: str = attrs.field(metadata=checked(text))
    group: ComplianceGroup | None = attrs.field(metadata=checked(optional(instance(ComplianceGroup))))
    cycles: tuple[Cycle, ...] = attrs.field(metadata=checked(_cycles))
    due_days_after_end: int = attrs.field(kw_only=True, metadata=checked(whole_number))
    deadline_calendar: HolidayCalendar | None = attrs.field(
        kw_only=True, metadata=checked(optional(instance(HolidayCalendar)))
    )
    deadline_source: Source = attrs.field(kw_only=True, metadata=checked(instance(Source)))
    overrides: tuple[ReportByOverride, ...] = attrs.field(
        default=(), kw_only=True, metadata=checked(tuple_of(ReportByOverride))
    )
    missing: str = attrs.field(
        default="no compliance periods are defined before the schedule's first cycle",
        kw_only=True,
        metadata=checked(text),
    )

    def __attrs_post_init__(self) -> None:
        validate(self)
        problems = self._across()
        if problems:
            raise RuleDefinitionError(problems, f"period schedule {self.key!r}")

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if self.due_days_after_end < 1:
            problems.append(Problem("due_days_after_end", f"must be at least 1, got {self.due_days_after_end}"))
        for index in range(1, len(self.cycles)):
            before, cycle = self.cycles[index - 1], self.cycles[index]
            end = before.last_end
            if end is None:
                problems.append(Problem(f"cycles[{index - 1}].last_start", "only the last run may go on without end"))
            elif cycle.first_start != end + _DAY:
                problems.append(
                    Problem(
                        f"cycles[{index}].first_start",
                        f"{cycle.first_start} does not follow the previous run, which ends {end}",
                    )
                )
        if not problems:
            # An override that matches no period would be silently ignored: refuse it.
            for index, override in enumerate(self.overrides):
                problems.extend(self._override_problems(index, override))
        return problems

    def _override_problems(self, index: int, override: ReportByOverride) -> list[Problem]:
        path = f"overrides[{index}]"
        if any(other.period_end == override.period_end for other in self.overrides[:index]):
            return [Problem(f"{path}.period_end", f"{override.period_end} already has an override")]
        try:
            cycle = self.cycles[self._cycle_for(override.period_end)]
            end = cycle.end_of(cycle.index_of(override.period_end))
        except RuleNotInForce:
            return [Problem(f"{path}.period_end", f"{override.period_end} is outside the schedule, {self.covered()}")]
        if end != override.period_end:
            return [
                Problem(
                    f"{path}.period_end",
                    f"{override.period_end} is not the last day of a period (the period containing it ends {end})",
                )
            ]
        due = end + self.due_days_after_end * _DAY
        if override.report_by < due:
            return [Problem(f"{path}.report_by", f"{override.report_by} is before the due day, {due}")]
        return []

    @property
    def first_day(self) -> date:
        """The first day the schedule covers."""
        return self.cycles[0].first_start

    @property
    def last_day(self) -> date | None:
        """The last day the schedule covers; None if it goes on."""
        return self.cycles[-1].last_end

    def covered(self) -> DateRange:
        """The days the schedule covers."""
        return DateRange(self.first_day, self.last_day)

    def _cycle_for(self, day: date) -> int:
        if day < self.first_day or (self.last_day is not None and day > self.last_day):
            raise RuleNotInForce(
                f"mcle.{self.jurisdiction}.periods.{self.key.replace('-', '_')}",
                day,
                (str(self.covered()),),
                self.missing if day < self.first_day else "no compliance periods are defined after the last cycle",
            )
        for index in range(len(self.cycles) - 1, -1, -1):
            if self.cycles[index].first_start <= day:
                return index
        raise AssertionError("unreachable: day is on or after the first start")  # pragma: no cover

    def _period(self, cycle_index: int, k: int) -> CompliancePeriod:
        return _period_of(self, cycle_index, k)

    def _report_by(self, end: date, due: date) -> date:
        for override in self.overrides:
            if override.period_end == end:
                return override.report_by
        if self.deadline_calendar is None:
            return due
        return roll_forward(due, calendar=self.deadline_calendar).outcome

    def period_containing(self, day: date) -> CompliancePeriod:
        """The period containing ``day``.

        Raises:
            RuleNotInForce: if the schedule has no period for that day, naming the days
                it covers and what its sources lack.
            InputError: if ``day`` is not a date, or its period would end or fall due
                after ``date.max``.
        """
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        index = self._cycle_for(day)
        cycle = self.cycles[index]
        try:
            k = cycle.index_of(day)
            cycle.end_of(k) + self.due_days_after_end * _DAY  # both must be dates (before date.max)
        except (InputError, OverflowError):
            raise fail(
                "day", f"the period containing {day} ends or falls due after {date.max}, the last date Python can hold"
            ) from None
        return self._period(index, k)

    def period_after(self, period: CompliancePeriod) -> CompliancePeriod:
        """The period that follows ``period`` (raises RuleNotInForce past the last cycle)."""
        self.require(period)
        return self.period_containing(period.end + _DAY)

    def period_before(self, period: CompliancePeriod) -> CompliancePeriod:
        """The period that precedes ``period`` (raises RuleNotInForce before the first cycle)."""
        self.require(period)
        return self.period_containing(period.start - _DAY)

    def periods_overlapping(self, days: DateRange) -> tuple[CompliancePeriod, ...]:
        """Every period with at least one day in ``days``, in order.

        Raises:
            InputError: if ``days`` is not a DateRange or is open-ended (there would be
                no end to the answer).
            RuleNotInForce: if part of ``days`` falls outside the schedule.
        """
        if not isinstance(days, DateRange):
            raise fail("days", f"expected a DateRange, got {days!r}")
        if days.end is None:
            raise fail("days.end", "an open-ended range overlaps endlessly many periods: give an end")
        periods = [self.period_containing(days.start)]
        while periods[-1].end < days.end:
            periods.append(self.period_containing(periods[-1].end + _DAY))
        return tuple(periods)

    def periods(self, until: date) -> Iterator[CompliancePeriod]:
        """Every period from the first through the one containing ``until``."""
        current = self.period_containing(self.first_day)
        yield current
        while current.end < until:
            current = self.period_containing(current.end + _DAY)
            yield current

    def require(self, period: CompliancePeriod, path: str = "period") -> None:
        """Raise an InputError unless ``period`` is one of this schedule's periods.

        This is how a period of another group, or another licensee's cycle, is refused.
        """
        if not isinstance(period, CompliancePeriod):
            raise fail(path, f"expected a CompliancePeriod, got {period!r}")
        if period.jurisdiction != self.jurisdiction:
            raise fail(f"{path}.jurisdiction", f"{period.jurisdiction!r} is not {self.jurisdiction!r}")
        if period.group != self.group:
            theirs = "no group" if period.group is None else str(period.group)
            ours = "no group" if self.group is None else str(self.group)
            raise fail(f"{path}.group", f"the period is of {theirs}, the licensee is in {ours}")
        try:
            expected = self.period_containing(period.start)
        except RuleNotInForce as error:
            raise fail(f"{path}.start", str(error)) from None
        if expected != period:
            raise fail(
                path,
                f"{period.start} to {period.end} is not a period of schedule {self.key!r} "
                f"(its period from {expected.start} runs to {expected.end})",
            )

    def explain_report_by(self, period: CompliancePeriod) -> Decision[date]:
        """How ``period``'s report deadline was worked out, with reasons and sources."""
        self.require(period)
        question = f"By what day must the report for the period ending {period.end} be made?"
        due_reason = Reason.of(
            "mcle.period.due",
            f"The report is due {self.due_days_after_end} day(s) after the period ends: {period.due}.",
            source=self.deadline_source,
            facts={"period_end": period.end, "due": period.due},
        )
        for override in self.overrides:
            if override.period_end == period.end:
                return Decision(
                    question,
                    override.report_by,
                    (
                        due_reason,
                        Reason.of(
                            "mcle.period.deadline_override",
                            f"For this period the deadline was set to {override.report_by}.",
                            source=override.source,
                            facts={"report_by": override.report_by},
                        ),
                    ),
                )
        if self.deadline_calendar is None:
            return Decision(question, period.due, (due_reason,))
        rolled = roll_forward(period.due, calendar=self.deadline_calendar)
        return Decision(question, rolled.outcome, (due_reason, *rolled.reasons))


@functools.lru_cache(maxsize=1024)
def _period_of(schedule: PeriodSchedule, cycle_index: int, k: int) -> CompliancePeriod:
    """The ``k``-th period of one of ``schedule``'s cycles.

    Memoised, as a precomputed calendar would be: a pure function of immutable values, so a
    batch of licensees of one group builds each period once. The cache is bounded.
    """
    cycle = schedule.cycles[cycle_index]
    start, end = cycle.start_of(k), cycle.end_of(k)
    due = end + schedule.due_days_after_end * _DAY
    report_by = schedule._report_by(end, due)
    return CompliancePeriod(
        jurisdiction=schedule.jurisdiction,
        schedule=schedule.key,
        group=schedule.group,
        start=start,
        end=end,
        due=due,
        report_by=report_by,
        months=cycle.months,
        kind=cycle.kind,
        source=cycle.source,
    )
