"""Public Hypothesis strategies for every public model of calcities_domain.

Every strategy builds valid values by construction (cross-field invariants such as
``start <= end`` included), so they can feed property tests of your own code::

    from hypothesis import given
    from calcities_domain.testing import strategies as cst

    @given(cst.money())
    def test_refund_never_negative(paid): ...

:func:`strategy_for` maps each public model class to its strategy.

Requires the ``hypothesis`` package (``pip install "calcities-domain[testing]"``).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta, timezone
from types import MappingProxyType
from typing import Any, TypeVar

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised only without hypothesis
    raise ImportError(
        "calcities_domain.testing.strategies needs Hypothesis; "
        'install it with: pip install "calcities-domain[testing]"',
    ) from exc

from calcities_domain.catalog import RuleValue
from calcities_domain.kernel import (
    PACIFIC,
    AnnualDate,
    Confidence,
    DatedValue,
    DateRange,
    Decision,
    Effect,
    Fact,
    Holiday,
    HolidayCalendar,
    HolidayRule,
    Money,
    Problem,
    Reason,
    Source,
    Timeline,
    WeekendShift,
)

__all__ = [
    "annual_dates",
    "aware_datetimes",
    "confidences",
    "date_ranges",
    "dated_values",
    "dates",
    "decisions",
    "facts",
    "holiday_calendars",
    "holiday_rules",
    "holidays",
    "money",
    "problems",
    "reasons",
    "rule_codes",
    "rule_values",
    "sources",
    "strategy_for",
    "texts",
    "timelines",
]

T = TypeVar("T")

#: The dates the library's rules are written for: MCLE began in 1992, and the California
#: holiday calendars answer from 1992 onwards.
MIN_DATE = date(1992, 1, 1)
MAX_DATE = date(2100, 12, 31)


def texts() -> st.SearchStrategy[str]:
    """Non-blank text: printable, at least one non-space character."""
    return st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40).filter(
        str.strip
    )


def rule_codes() -> st.SearchStrategy[str]:
    """Stable dotted identifiers such as ``mcle.self_study_cap``."""
    part = st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True)
    return st.lists(part, min_size=1, max_size=4).map(".".join)


def dates(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[date]:
    """Calendar dates (never datetimes) within the given bounds."""
    return st.dates(min_value=min_value, max_value=max_value)


def aware_datetimes(min_value: date = MIN_DATE, max_value: date = MAX_DATE) -> st.SearchStrategy[datetime]:
    """Aware instants in UTC, a fixed offset or Pacific time.

    A third of the Pacific instants fall between 00:00 and 03:59 on a daylight-saving
    change day (the second Sunday of March, the first Sunday of November), both folds
    included, where naive handling goes wrong.
    """
    naive = st.datetimes(
        min_value=datetime.combine(min_value, datetime.min.time()),
        max_value=datetime.combine(max_value, datetime.max.time()),
    )
    anywhere = st.builds(
        lambda moment, zone: moment.replace(tzinfo=zone),
        naive,
        st.sampled_from([UTC, PACIFIC, timezone(timedelta(hours=-8))]),
    )
    return st.one_of(anywhere, anywhere, _dst_change_instants(min_value, max_value))


@st.composite
def _dst_change_instants(draw: st.DrawFn, min_value: date, max_value: date) -> datetime:
    year = draw(st.integers(min_value=max(min_value.year, 2008), max_value=min(max_value.year, 2099)))
    march_first, november_first = date(year, 3, 1), date(year, 11, 1)
    spring = march_first + timedelta(days=(6 - march_first.weekday()) % 7 + 7)
    autumn = november_first + timedelta(days=(6 - november_first.weekday()) % 7)
    day = draw(st.sampled_from([spring, autumn]))
    moment = datetime.combine(day, datetime.min.time()) + timedelta(minutes=draw(st.integers(0, 4 * 60 - 1)))
    return moment.replace(tzinfo=PACIFIC, fold=draw(st.sampled_from([0, 1])))


def confidences() -> st.SearchStrategy[Confidence]:
    """Any confidence mark."""
    return st.sampled_from(Confidence)


def _optional_text() -> st.SearchStrategy[str | None]:
    return st.none() | texts()


def sources(confidence: st.SearchStrategy[Confidence] | None = None) -> st.SearchStrategy[Source]:
    """Citations, with any (or the given) confidence."""
    return st.builds(
        Source,
        title=texts(),
        confidence=confidence if confidence is not None else confidences(),
        url=_optional_text(),
        section=_optional_text(),
        note=_optional_text(),
    )


@st.composite
def date_ranges(
    draw: st.DrawFn,
    min_value: date = MIN_DATE,
    max_value: date = MAX_DATE,
    *,
    open_ended: bool | None = None,
) -> DateRange:
    """Inclusive ranges within the bounds; ``open_ended`` forces (or forbids) ``end=None``."""
    start = draw(dates(min_value, max_value))
    is_open = draw(st.booleans()) if open_ended is None else open_ended
    if is_open:
        return DateRange(start, None)
    return DateRange(start, draw(dates(start, max_value)))


def money(min_cents: int = -(10**9), max_cents: int = 10**9) -> st.SearchStrategy[Money]:
    """Amounts of money between the bounds, in cents."""
    return st.builds(Money, st.integers(min_value=min_cents, max_value=max_cents))


def facts() -> st.SearchStrategy[Fact]:
    """Named, rendered facts."""
    return st.builds(Fact, name=texts(), value=st.text(max_size=40))


@st.composite
def reasons(draw: st.DrawFn) -> Reason:
    """Reasons with unique fact names and an optional source."""
    fact_list = draw(st.lists(facts(), max_size=4, unique_by=lambda f: f.name))
    return Reason(
        code=draw(rule_codes()),
        message=draw(texts()),
        effect=draw(st.sampled_from(Effect)),
        facts=tuple(fact_list),
        source=draw(st.none() | sources()),
    )


def decisions(outcomes: st.SearchStrategy[T]) -> st.SearchStrategy[Decision[T]]:
    """Decisions whose outcomes come from ``outcomes``."""
    return st.builds(
        Decision,
        question=texts(),
        outcome=outcomes,
        reasons=st.lists(reasons(), max_size=4).map(tuple),
    )


def dated_values(values: st.SearchStrategy[T]) -> st.SearchStrategy[DatedValue[T]]:
    """One dated value, with its range and source."""
    return st.builds(DatedValue, in_force=date_ranges(), value=values, source=sources())


@st.composite
def timelines(draw: st.DrawFn, values: st.SearchStrategy[Any] | None = None) -> Timeline[Any]:
    """Valid timelines: ordered entries, adjacent or separated by declared gaps.

    The last entry may be open-ended.
    """
    value_strategy = values if values is not None else st.integers(min_value=0, max_value=1000)
    count = draw(st.integers(min_value=1, max_value=5))
    start = draw(dates(MIN_DATE, date(2030, 1, 1)))
    entries: list[DatedValue[Any]] = []
    gaps: list[DateRange] = []
    for index in range(count):
        if index:
            previous_end = entries[-1].in_force.end
            assert previous_end is not None  # noqa: S101 - only the last entry is open
            gap_days = draw(st.sampled_from([0, 0, 0, 1, 30]))
            if gap_days:
                gaps.append(DateRange(previous_end + timedelta(days=1), previous_end + timedelta(days=gap_days)))
            start = previous_end + timedelta(days=gap_days + 1)
        last = index == count - 1
        end = None if last and draw(st.booleans()) else start + timedelta(days=draw(st.integers(0, 3000)))
        entries.append(DatedValue(DateRange(start, end), draw(value_strategy), draw(sources())))
    return Timeline(
        rule=draw(rule_codes()),
        description=draw(texts()),
        entries=tuple(entries),
        gaps=tuple(gaps),
    )


def problems() -> st.SearchStrategy[Problem]:
    """Input problems with JSON-path-like paths."""
    path = st.lists(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), max_size=3).map(
        lambda parts: "$" + "".join(f".{p}" for p in parts)
    )
    return st.builds(Problem, path=path, message=texts())


@st.composite
def annual_dates(draw: st.DrawFn) -> AnnualDate:
    """Yearly date rules of each form: fixed day, nth weekday, weekday within days."""
    month = draw(st.integers(min_value=1, max_value=12))
    form = draw(st.sampled_from(["fixed", "nth", "days"]))
    weekday = draw(st.sampled_from(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]))
    if form == "fixed":
        return AnnualDate(month, day=draw(st.integers(min_value=1, max_value=28)))
    if form == "nth":
        return AnnualDate(month, weekday=weekday, nth=draw(st.sampled_from([1, 2, 3, 4, -1])))
    first = draw(st.integers(min_value=1, max_value=22))
    return AnnualDate(month, weekday=weekday, month_days=tuple(range(first, first + 7)))


def holiday_rules() -> st.SearchStrategy[HolidayRule]:
    """Holiday rules in force over some range of years."""
    return st.builds(
        HolidayRule,
        key=st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True),
        name=texts(),
        when=annual_dates(),
        years=date_ranges(),
        shift=st.sampled_from(WeekendShift),
        source=sources(),
    )


@st.composite
def holidays(draw: st.DrawFn) -> Holiday:
    """Observed holidays, as :meth:`HolidayCalendar.holidays_in` returns them.

    The observed day is the nominal day or a day either side of it.
    """
    nominal = draw(dates(MIN_DATE + timedelta(days=1), MAX_DATE - timedelta(days=1)))
    return Holiday(
        day=nominal + timedelta(days=draw(st.sampled_from([-1, 0, 1]))),
        name=draw(texts()),
        key=draw(st.from_regex(r"[a-z][a-z0-9_]{0,15}", fullmatch=True)),
        nominal=nominal,
        source=draw(sources()),
    )


def holiday_calendars(*, with_coverage: bool = False) -> st.SearchStrategy[HolidayCalendar]:
    """Small holiday calendars, with optional one-off days and any weekend source.

    With ``with_coverage=True`` a calendar may also declare the days it covers, so that
    asking about other days raises ``RuleNotInForce``; by default it covers every day.
    """
    return st.builds(
        HolidayCalendar,
        name=texts(),
        rules=st.lists(holiday_rules(), max_size=4).map(tuple),
        source=sources(),
        extra_days=st.lists(st.tuples(dates(), texts()), max_size=3).map(tuple),
        covers=(st.none() | date_ranges()) if with_coverage else st.none(),
        weekend_source=sources(),
    )


def rule_values() -> st.SearchStrategy[RuleValue]:
    """Catalog rows: a dated, cited rule value in words."""
    return st.builds(
        RuleValue,
        domain=st.sampled_from(["kernel", "mcle", "governance", "membership", "events", "recognition"]),
        rule=rule_codes(),
        description=texts(),
        in_force=date_ranges(),
        value=texts(),
        source=sources(),
    )


_STRATEGIES: Mapping[type, Callable[[], st.SearchStrategy[Any]]] = MappingProxyType(
    {
        AnnualDate: annual_dates,
        DateRange: date_ranges,
        DatedValue: lambda: dated_values(st.integers()),
        Decision: lambda: decisions(st.booleans()),
        Fact: facts,
        Holiday: holidays,
        HolidayCalendar: lambda: holiday_calendars(with_coverage=True),
        HolidayRule: holiday_rules,
        Money: money,
        Problem: problems,
        Reason: reasons,
        RuleValue: rule_values,
        Source: sources,
        Timeline: timelines,
    }
)


def strategy_for(cls: type[T]) -> st.SearchStrategy[T]:
    """The strategy for a public model class (generic models with ``int``/``bool`` values).

    Raises:
        LookupError: if ``cls`` is not a public model of the library.
    """
    try:
        return _STRATEGIES[cls]()
    except KeyError:
        raise LookupError(
            f"no strategy for {cls!r}; public models: {sorted(c.__name__ for c in _STRATEGIES)}"
        ) from None


def public_models() -> tuple[type, ...]:
    """Every model class that :func:`strategy_for` covers."""
    return tuple(_STRATEGIES)
