"""Every dated rule value and every source the library uses, from the library itself.

The documentation's rules-and-sources pages are generated from these functions at
build time, so they cannot drift from the code.

>>> from calcities_domain import catalog
>>> chavez = [r for r in catalog.rule_values() if r.rule.endswith("state_offices.cesar_chavez_day")]
>>> chavez[0].value, str(chavez[0].in_force)
('March 31 (Sunday kept on Monday)', '2001-01-01 onwards')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import attrs

from calcities_domain import events as _events
from calcities_domain.events import cal_cities as _events_sources
from calcities_domain.governance import board as _board
from calcities_domain.governance import bylaws as _bylaws
from calcities_domain.governance import resolutions as _resolutions
from calcities_domain.governance import roster as _roster
from calcities_domain.governance.assembly import MAX_ALTERNATES
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    DateRange,
    HolidayCalendar,
    Source,
    WeekendShift,
    unique_sources,
)
from calcities_domain.kernel._checks import checked, code, instance, optional, text, validate
from calcities_domain.kernel._words import count
from calcities_domain.kernel.holidays import CCP_12A, DEFAULT_CALENDAR_CHOICE, GOV_6700, RULE_1_11, WORKING_WEEK
from calcities_domain.kernel.sources import Cited
from calcities_domain.mcle import Jurisdiction, RuleSet, jurisdictions
from calcities_domain.membership import HELEN_PUTNAM_MIN_MONTHS, POLICY_COMMITTEE_APPOINTMENTS, StandingRule
from calcities_domain.membership import cal_cities as _membership_sources
from calcities_domain.organization import DEPARTMENT_OF_OFFICE, registries
from calcities_domain.recognition import Program, RequirementKind, programs
from calcities_domain.recognition import peers as _recognition_peers
from calcities_domain.recognition import tally as _recognition_tally
from calcities_domain.recognition import torch as _recognition_torch

__all__ = ["RuleValue", "assumptions", "holiday_calendars", "rule_values", "sources"]

_SHIFT_WORDS = {
    WeekendShift.NONE: "",
    WeekendShift.SUNDAY_TO_MONDAY: " (Sunday kept on Monday)",
    WeekendShift.SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY: " (Saturday kept on Friday, Sunday on Monday)",
}


@attrs.frozen
class RuleValue:
    """One dated rule value, ready for a table.

    Attributes:
        domain: The subpackage it belongs to (``"kernel"``, ``"mcle"``...).
        rule: The rule's stable identifier.
        description: What the value means.
        in_force: When it applies; None for a value the sources state without dates.
        value: The value, in words.
        source: Who says so, with a confidence.
    """

    domain: str = attrs.field(metadata=checked(code))
    rule: str = attrs.field(metadata=checked(code))
    description: str = attrs.field(metadata=checked(text))
    in_force: DateRange | None = attrs.field(metadata=checked(optional(instance(DateRange))))
    value: str = attrs.field(metadata=checked(text))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def holiday_calendars() -> tuple[HolidayCalendar, ...]:
    """The holiday calendars the library configures."""
    return (CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL)


def _calendar_values(key: str, calendar: HolidayCalendar) -> tuple[RuleValue, ...]:
    return tuple(
        RuleValue(
            domain="kernel",
            rule=f"kernel.holiday.{key}.{rule.key}",
            description=f"{rule.name}: a holiday of {calendar.name}",
            in_force=rule.years,
            value=rule.when.describe() + _SHIFT_WORDS[rule.shift],
            source=rule.source,
        )
        for rule in calendar.rules
    )


def _words(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, timedelta):
        return _duration(value)
    if hasattr(value, "value") and not isinstance(value, int | str):
        return str(value.value)
    return str(value)


def _duration(value: timedelta) -> str:
    """A duration in words: whole days from two days up, else whole hours, else minutes or seconds.

    >>> _duration(timedelta(hours=24)), _duration(timedelta(days=45)), _duration(timedelta(minutes=90))
    ('24 hours', '45 days', '90 minutes')
    """
    seconds = int(value.total_seconds())
    if seconds >= 2 * 86400 and seconds % 86400 == 0:
        number, unit = seconds // 86400, "day"
    elif seconds % 3600 == 0:
        number, unit = seconds // 3600, "hour"
    elif seconds % 60 == 0:
        number, unit = seconds // 60, "minute"
    else:
        number, unit = seconds, "second"
    return count(number, unit)


_PRORATED = {"prorate": "prorated with the total", "drop": "dropped when prorated", "keep": "kept when prorated"}

_SETTINGS = {
    "total_hours": "hours required in a full period",
    "self_study_cap": "largest share of the requirement self-study may make up",
    "self_study_over_cap_counts_for_subfields": "self-study above the cap still counts toward subfields",
    "minutes_per_hour": "minutes of instruction in a credit hour",
    "increment": "hours are rounded to a multiple of (hours)",
    "tie": "a time exactly between two increments rounds",
    "rounding": "time rounds to the nearest increment, or down to whole increments",
    "proration_months_threshold": "months subject at or below which nothing is required",
    "proration_rounding_up": "prorated hours round up to whole hours",
    "carry_forward_cap": "excess hours that may count in the next period",
    "carry_back": "later hours may be applied to a deficient period",
    "speaker_multiplier": "a first presentation earns this many times the speaking time",
    "hours_per_teaching_unit": "hours per law-school unit taught",
    "nat_counts_toward_mcle": "New Attorney Training hours count toward MCLE",
}


def _rule_set_values(where: Jurisdiction, in_force: DateRange, rules: RuleSet) -> list[RuleValue]:
    prefix = f"mcle.{where.code}"
    scope = f"{where.name}, by the end date of the period"
    values = [
        RuleValue(
            domain="mcle",
            rule=f"{prefix}.{name}",
            description=f"{description} ({scope})",
            in_force=in_force,
            value=_words(setting.value),
            source=setting.source,
        )
        for name, description in _SETTINGS.items()
        if isinstance(setting := getattr(rules, name), Cited)
    ]
    values.extend(
        RuleValue(
            domain="mcle",
            rule=f"{prefix}.minimum.{minimum.subfield}",
            description=f"minimum hours of {minimum.label} ({scope})",
            in_force=in_force,
            value=f"{minimum.hours} ({_PRORATED[minimum.when_prorated.value]})",
            source=minimum.source,
        )
        for minimum in rules.minimums
    )
    return values


def _merged(values: list[RuleValue]) -> list[RuleValue]:
    """Values of one rule that stay the same across adjacent rule sets, as one row."""
    merged: dict[str, list[RuleValue]] = {}
    for value in values:
        rows = merged.setdefault(value.rule, [])
        last = rows[-1] if rows else None
        if (
            last is not None
            and last.in_force is not None
            and value.in_force is not None
            and (last.value, last.source) == (value.value, value.source)
            and last.in_force.precedes_directly(value.in_force)
        ):
            rows[-1] = attrs.evolve(last, in_force=DateRange(last.in_force.start, value.in_force.end))
        else:
            rows.append(value)
    return [row for rows in merged.values() for row in rows]


def _jurisdiction_values(where: Jurisdiction) -> list[RuleValue]:
    values = _merged(
        [value for entry in where.rule_sets for value in _rule_set_values(where, entry.in_force, entry.value)]
    )
    for schedule in where.group_schedules:
        for cycle in schedule.cycles:
            length = f"{cycle.months}-month" + (" (one-time)" if cycle.end is not None else "")
            values.append(
                RuleValue(
                    domain="mcle",
                    rule=f"mcle.{where.code}.periods.{schedule.key.replace('-', '_')}",
                    description=f"{where.name} compliance periods of {schedule.group or schedule.key}",
                    in_force=DateRange(cycle.first_start, cycle.last_end),
                    value=f"{length} periods from {cycle.first_start}",
                    source=cycle.source,
                )
            )
    if where.anchored is not None:
        values.append(
            RuleValue(
                domain="mcle",
                rule=f"mcle.{where.code}.periods.cycle",
                description=f"{where.name} reporting cycles, anchored on each licensee",
                in_force=DateRange(where.rule_sets.entries[0].in_force.start, None),
                value=f"{where.anchored.months}-month cycles",
                source=where.anchored.source,
            )
        )
    if where.noncompliance is not None:
        for timeline in (where.noncompliance.late_fee, where.noncompliance.reinstatement_fee):
            values.extend(
                RuleValue(
                    domain="mcle",
                    rule=timeline.rule,
                    description=timeline.description,
                    in_force=entry.in_force,
                    value=str(entry.value),
                    source=entry.source,
                )
                for entry in timeline
            )
    return values


def _row(  # noqa: PLR0917 - one row of a table, cell by cell
    domain: str, rule: str, description: str, in_force: DateRange | None, value: object, source: Source
) -> RuleValue:
    return RuleValue(
        domain=domain, rule=rule, description=description, in_force=in_force, value=_words(value), source=source
    )


def _organization_values() -> list[RuleValue]:
    values: list[RuleValue] = []
    for registry in registries():
        kind = registry.kind.value
        if registry.count is not None:
            values.extend(
                _row("organization", registry.count.rule, registry.count.description, e.in_force, e.value, e.source)
                for e in registry.count
            )
        values.extend(
            _row(
                "organization",
                f"organization.{kind}.{b.code}",
                f"{b.name} ({kind.replace('_', ' ')})",
                b.in_force,
                b.name,
                b.source,
            )
            for b in registry.bodies
        )
    mapping = DEPARTMENT_OF_OFFICE
    values.extend(
        _row(
            "organization",
            f"organization.department_of.{office.value}",
            f"the department of the office {office.value.replace('_', ' ')!r}",
            None,
            department,
            mapping.source,
        )
        for office, department in mapping.value.items()
    )
    return values


def _governance_values() -> list[RuleValue]:
    values = [
        _row(
            "governance",
            f"governance.board.seats.{seat.seat_type.value}",
            f"{seat.seat_type.value.replace('_', ' ')} seats on the board" + ("" if seat.voting else " (non-voting)"),
            entry.in_force,
            "not published" if seat.count is None else seat.count,
            seat.source,
        )
        for entry in _board.BOARD_COMPOSITIONS
        for seat in entry.value
    ]
    values.extend(
        _row(
            "governance",
            _board.SMALL_CITY_THRESHOLD.rule,
            _board.SMALL_CITY_THRESHOLD.description,
            e.in_force,
            e.value,
            e.source,
        )
        for e in _board.SMALL_CITY_THRESHOLD
    )
    values.extend(
        _row(
            "governance",
            f"governance.vote.{rule.value}",
            f"the threshold for a {rule.value.replace('_', ' ')}",
            None,
            cited.value.name,
            cited.source,
        )
        for rule in _bylaws.VoteRule
        for cited in (_bylaws.threshold_for(rule),)
    )
    constants: list[tuple[str, str, Cited[Any]]] = [
        (
            "governance.resolution.lead_days",
            "days before the opening session a general resolution is due",
            _resolutions.GENERAL_RESOLUTION_LEAD_DAYS,
        ),
        (
            "governance.resolution.concurrence",
            "cities that must concur in a general resolution",
            _resolutions.CONCURRENCE_MINIMUM,
        ),
        (
            "governance.petition.share",
            "share of member cities whose delegates must sign a petition",
            _resolutions.PETITION_SHARE,
        ),
        ("governance.petition.rounding_up", "the petition threshold is rounded up", _resolutions.PETITION_ROUNDING_UP),
        (
            "governance.petition.lead",
            "how long before the General Assembly a petition is filed",
            _resolutions.PETITION_LEAD,
        ),
        ("governance.amendment.mail_ballot_days", "days the 2013 mail ballot ran", _resolutions.MAIL_BALLOT_DAYS),
        (
            "governance.amendment.effect_days",
            "days after certification an amendment takes effect",
            _resolutions.AMENDMENT_EFFECT_DAYS,
        ),
        ("governance.assembly.max_alternates", "alternates a city may designate", MAX_ALTERNATES),
        ("governance.roster.term_slack_days", "days a term may run past its months", _roster.TERM_SLACK_DAYS),
    ]
    values.extend(_row("governance", rule, description, None, c.value, c.source) for rule, description, c in constants)
    values.extend(
        _row(
            "governance",
            f"governance.roster.term_months.{seat_type.value}",
            f"months of a {seat_type.value.replace('_', ' ')} term",
            None,
            c.value,
            c.source,
        )
        for seat_type, c in _roster.TERM_MONTHS.items()
    )
    return values


def _membership_values() -> list[RuleValue]:
    standing = StandingRule.default()
    values = [
        _row(
            "membership",
            "membership.standing.grace_days",
            "days unpaid dues may run before a member is not in good standing (default: no limit)",
            None,
            "no limit" if standing.grace_days is None else standing.grace_days,
            standing.source,
        ),
        _row(
            "membership",
            "membership.helen_putnam.min_months",
            "months a program must have run to enter the Helen Putnam Award",
            None,
            HELEN_PUTNAM_MIN_MONTHS.value,
            HELEN_PUTNAM_MIN_MONTHS.source,
        ),
    ]
    values.extend(
        _row(
            "membership",
            f"membership.policy_committee.appointments.{kind.value}",
            f"members the {kind.value} path names to each policy committee",
            None,
            f"{cited.value[1].value.replace('_', ' ')} {cited.value[0]}",
            cited.source,
        )
        for kind, cited in POLICY_COMMITTEE_APPOINTMENTS.items()
    )
    return values


def _events_values() -> list[RuleValue]:
    constants: list[tuple[str, str, Cited[Any]]] = [
        (
            "events.preregistration_days",
            "days before an event's start that pre-registration closes, by default",
            _events.PREREGISTRATION_DAYS,
        ),
        (
            "events.refund.processing_charge",
            "kept from a refund of a cancelled registration",
            _events.PROCESSING_CHARGE,
        ),
    ]
    values = [_row("events", rule, description, None, c.value, c.source) for rule, description, c in constants]
    schedule = _events.CITY_ATTORNEYS_2023
    values.extend(
        _row(
            "events",
            f"events.prices.city_attorneys_2023.{p.category.value}.{p.option.value}",
            f"{schedule.name}: {p.option.value.replace('_', ' ')}, {p.category.value.replace('_', ' ')}",
            DateRange(date(2023, 5, 17), date(2023, 5, 19)),
            p.amount,
            schedule.source,
        )
        for p in schedule.prices
    )
    return values


def _requirement_rule(program: Program, level: str, route: str, index: int) -> str:
    requirement = (
        program.level(level).routes[[r.name for r in program.level(level).routes].index(route)].requirements[index]
    )
    what = {
        RequirementKind.TOTAL_CREDITS: "total_credits",
        RequirementKind.CATEGORY_CREDITS: f"category_credits.{requirement.category}",
        RequirementKind.CATEGORY_HOURS: f"category_hours.{requirement.category}",
        RequirementKind.ACTIVITIES: f"activities.{'.'.join(requirement.activity_kinds)}",
    }[requirement.kind]
    return f"recognition.{program.code}.{level}.{route}.{what}"


def _program_values(program: Program) -> list[RuleValue]:
    values: list[RuleValue] = []
    for level in program.levels:
        for route in level.routes:
            values.extend(
                _row(
                    "recognition",
                    _requirement_rule(program, level.code, route.name, index),
                    f"{program.name}, {level.name}: {requirement.description}",
                    None,
                    "not configured" if requirement.minimum is None else requirement.minimum,
                    requirement.source,
                )
                for index, requirement in enumerate(route.requirements)
            )
        if level.maintenance is not None:
            rule = level.maintenance
            values.append(
                _row(
                    "recognition",
                    f"recognition.{program.code}.{level.code}.maintenance",
                    f"{program.name}, {level.name}: credits that keep the level, per {rule.years} year(s)",
                    None,
                    rule.minimum,
                    rule.source,
                )
            )
    values.extend(
        _row(
            "recognition",
            f"recognition.{program.code}.category_cap.{category.code}",
            f"{program.name}: most credits of {category.name} a level counts",
            None,
            category.cap,
            category.source,
        )
        for category in program.categories
        if category.cap is not None
    )
    if program.conversion is not None:
        conversion = program.conversion
        values.append(
            _row(
                "recognition",
                f"recognition.{program.code}.minutes_per_credit",
                f"{program.name}: minutes of activity per credit",
                None,
                conversion.minutes_per_credit,
                conversion.source,
            )
        )
        values.append(
            _row(
                "recognition",
                f"recognition.{program.code}.credit_rounding",
                f"{program.name}: credits from hours are rounded ({conversion.rounding.value}) to a multiple of",
                None,
                conversion.step,
                conversion.rounding_source,
            )
        )
    values.extend(
        _row(
            "recognition",
            f"recognition.{program.code}.submission_deadline",
            f"{program.name}: last day to submit for the year's recognition"
            + ("" if d.ceremony is None else f" (recognition on {d.ceremony})"),
            DateRange(date(d.year, 1, 1), date(d.year, 12, 31)),
            d.deadline,
            d.source,
        )
        for d in program.submission_deadlines
    )
    return values


def _recognition_values() -> list[RuleValue]:
    return [value for program in programs() for value in _program_values(program)]


def rule_values() -> tuple[RuleValue, ...]:
    """Every dated rule value, grouped by domain, in a stable order.

    MCLE rule-set values are dated by the **end date** of the compliance period they
    apply to, as the rules themselves are.
    """
    kernel = _calendar_values("state_offices", CALIFORNIA_STATE_OFFICES) + _calendar_values(
        "judicial", CALIFORNIA_JUDICIAL
    )
    mcle = tuple(value for where in jurisdictions() for value in _jurisdiction_values(where))
    return (
        kernel
        + mcle
        + tuple(_organization_values())
        + tuple(_governance_values())
        + tuple(_membership_values())
        + tuple(_events_values())
        + tuple(_recognition_values())
    )


def sources() -> tuple[Source, ...]:
    """Every distinct source the library cites, in a stable order."""
    cited = [value.source for value in rule_values()]
    for calendar in holiday_calendars():
        cited.extend((calendar.source, calendar.weekend_source))
    cited.extend((GOV_6700, CCP_12A, RULE_1_11, DEFAULT_CALENDAR_CHOICE, WORKING_WEEK))
    for where in jurisdictions():
        cited.extend(where.sources())
    cited.append(_board.S3)
    for module in (_membership_sources, _events_sources, _recognition_torch, _recognition_peers, _recognition_tally):
        cited.extend(value for value in vars(module).values() if isinstance(value, Source))
    return unique_sources(cited)


def assumptions() -> tuple[Source, ...]:
    """The sources that are not confirmed: defaults a caller may want to override."""
    return tuple(source for source in sources() if not source.is_confirmed)
