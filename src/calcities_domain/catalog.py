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

import attrs

from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    DateRange,
    HolidayCalendar,
    Source,
    WeekendShift,
    unique_sources,
)
from calcities_domain.kernel._checks import checked, code, instance, text, validate
from calcities_domain.kernel.holidays import CCP_12A, DEFAULT_CALENDAR_CHOICE, GOV_6700, RULE_1_11, WORKING_WEEK

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
        in_force: When it applies.
        value: The value, in words.
        source: Who says so, with a confidence.
    """

    domain: str = attrs.field(metadata=checked(code))
    rule: str = attrs.field(metadata=checked(code))
    description: str = attrs.field(metadata=checked(text))
    in_force: DateRange = attrs.field(metadata=checked(instance(DateRange)))
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


def rule_values() -> tuple[RuleValue, ...]:
    """Every dated rule value, grouped by domain, in a stable order."""
    return _calendar_values("state_offices", CALIFORNIA_STATE_OFFICES) + _calendar_values(
        "judicial", CALIFORNIA_JUDICIAL
    )


def sources() -> tuple[Source, ...]:
    """Every distinct source the library cites, in a stable order."""
    cited = [value.source for value in rule_values()]
    for calendar in holiday_calendars():
        cited.extend((calendar.source, calendar.weekend_source))
    cited.extend((GOV_6700, CCP_12A, RULE_1_11, DEFAULT_CALENDAR_CHOICE, WORKING_WEEK))
    return unique_sources(cited)


def assumptions() -> tuple[Source, ...]:
    """The sources that are not confirmed: defaults a caller may want to override."""
    return tuple(source for source in sources() if not source.is_confirmed)
