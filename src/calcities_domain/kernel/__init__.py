"""The shared building blocks: sources, dated rules, decisions, dates, money, errors.

The kernel knows nothing of any domain; every domain package builds on it.

.. versionadded:: 0.1.0
"""

from calcities_domain.kernel.dates import (
    PACIFIC,
    MonthEndPolicy,
    add_months,
    end_of_day,
    is_business_day,
    last_day_of_month,
    local_date,
    require_aware,
    roll_forward,
    start_of_day,
)
from calcities_domain.kernel.decisions import (
    Decision,
    DecisionTruthError,
    Effect,
    Fact,
    Reason,
    render_value,
)
from calcities_domain.kernel.errors import (
    CalCitiesError,
    InputError,
    Problem,
    RuleDefinitionError,
    RuleNotInForce,
    UnsupportedTypeError,
)
from calcities_domain.kernel.holidays import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    AnnualDate,
    Holiday,
    HolidayCalendar,
    HolidayLookup,
    HolidayRule,
    WeekendShift,
)
from calcities_domain.kernel.money import Money
from calcities_domain.kernel.ranges import DateRange
from calcities_domain.kernel.sources import Cited, Confidence, Source, unique_sources
from calcities_domain.kernel.tables import Table, plain
from calcities_domain.kernel.timeline import DatedValue, Timeline

__all__ = [
    "CALIFORNIA_JUDICIAL",
    "CALIFORNIA_STATE_OFFICES",
    "PACIFIC",
    "AnnualDate",
    "CalCitiesError",
    "Cited",
    "Confidence",
    "DateRange",
    "DatedValue",
    "Decision",
    "DecisionTruthError",
    "Effect",
    "Fact",
    "Holiday",
    "HolidayCalendar",
    "HolidayLookup",
    "HolidayRule",
    "InputError",
    "Money",
    "MonthEndPolicy",
    "Problem",
    "Reason",
    "RuleDefinitionError",
    "RuleNotInForce",
    "Source",
    "Table",
    "Timeline",
    "UnsupportedTypeError",
    "WeekendShift",
    "add_months",
    "end_of_day",
    "is_business_day",
    "last_day_of_month",
    "local_date",
    "plain",
    "render_value",
    "require_aware",
    "roll_forward",
    "start_of_day",
    "unique_sources",
]
