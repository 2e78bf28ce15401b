"""Invariants of the kernel, as Hypothesis properties.

- Every :class:`~calcities_domain.kernel.Timeline` the library ships (the ones behind
  :mod:`calcities_domain.catalog`) has exactly one value in force on every day it covers:
  no overlap, and a day left uncovered inside its span only where a gap is declared.
- :func:`~calcities_domain.kernel.roll_forward` lands on a business day, never moves
  backwards, and keeps the order of days, under any holiday calendar.
- :class:`~calcities_domain.kernel.Money` round-trips through arithmetic, its decimal
  forms and the JSON boundary.
- :func:`~calcities_domain.kernel.end_of_day` is the last instant of the day in Pacific
  time on the daylight-saving change days of every year, and around them.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import pkgutil
from collections.abc import Iterator, Mapping
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any, get_args

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import calcities_domain
from calcities_domain import catalog
from calcities_domain.kernel import (
    PACIFIC,
    HolidayLookup,
    Money,
    RuleNotInForce,
    Timeline,
    end_of_day,
    is_business_day,
    local_date,
    roll_forward,
    start_of_day,
)
from calcities_domain.kernel.money import Rounding
from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst

ONE_DAY = timedelta(days=1)
ONE_MICROSECOND = timedelta(microseconds=1)
ROUNDINGS: tuple[Rounding, ...] = get_args(Rounding)

# ----------------------------------------------------------------------------- the library's timelines


def _reachable(value: object, seen: set[int]) -> Iterator[Timeline[Any]]:
    """Every Timeline inside ``value``: attrs models, tuples, lists, sets and mappings are opened."""
    if id(value) in seen or isinstance(value, str | bytes | int | date | Decimal | Fraction | type):
        return
    seen.add(id(value))
    if isinstance(value, Timeline):
        yield value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):  # type: ignore[arg-type]  # an attrs class, checked just above
            yield from _reachable(getattr(value, field.name), seen)
    elif isinstance(value, tuple | list | set | frozenset):
        for item in value:
            yield from _reachable(item, seen)
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _reachable(item, seen)


@functools.cache
def library_timelines() -> tuple[Timeline[Any], ...]:
    """Every Timeline the library defines: module constants and what they hold (jurisdictions, registries...)."""
    seen: set[int] = set()
    found: dict[str, Timeline[Any]] = {}
    roots: list[object] = [catalog.holiday_calendars()]
    for info in pkgutil.walk_packages(calcities_domain.__path__, "calcities_domain."):
        if info.name.endswith("__main__") or ".testing" in info.name:
            continue  # the shell, and the strategies (which hold made-up values)
        roots.extend(vars(importlib.import_module(info.name)).values())
    for root in roots:
        for timeline in _reachable(root, seen):
            assert found.setdefault(timeline.rule, timeline) == timeline, f"two timelines named {timeline.rule}"
    return tuple(found[rule] for rule in sorted(found))


TIMELINES = library_timelines()


def test_the_scan_finds_the_timelines_the_catalog_lists() -> None:
    """The catalog lists values of these timelines, each with the range of one of their entries.

    Source: docs/rule-changes.md and the catalog's docstring (the rules pages are generated from
    the library's own values). Guards the scan: a timeline the scan missed would escape the
    property below.
    """
    rules = {t.rule for t in TIMELINES}
    assert {
        "governance.board.composition",
        "governance.board.small_city_threshold",
        "mcle.us_ca.late_fee",
    } <= rules
    by_rule = {t.rule: t for t in TIMELINES}
    listed = [value for value in catalog.rule_values() if value.rule in by_rule]
    assert listed, "the catalog lists no value of any timeline found"
    for value in listed:
        assert value.in_force in {entry.in_force for entry in by_rule[value.rule].entries}, value.rule


@st.composite
def days_around(draw: st.DrawFn, timeline: Timeline[Any]) -> list[date]:
    """Days to ask a timeline about: every boundary and the days beside it, and days anywhere near its span."""
    first = timeline.entries[0].in_force.start
    ends = [e.in_force.end for e in timeline.entries if e.in_force.end is not None]
    last = max([*ends, timeline.entries[-1].in_force.start, first])
    boundaries = [
        day + shift
        for entry in timeline.entries
        for day in (entry.in_force.start, entry.in_force.end)
        if day is not None
        for shift in (-ONE_DAY, timedelta(0), ONE_DAY)
    ]
    boundaries += [g.start for g in timeline.gaps] + [g.end for g in timeline.gaps if g.end is not None]
    picked = draw(st.lists(st.sampled_from(boundaries), max_size=4))
    anywhere = draw(st.lists(cst.dates(first - timedelta(days=800), last + timedelta(days=3 * 366)), max_size=6))
    return picked + anywhere


@pytest.mark.parametrize("timeline", TIMELINES, ids=lambda t: t.rule)
@given(data=st.data())
def test_every_library_timeline_has_exactly_one_value_on_each_day_it_covers(
    timeline: Timeline[Any], data: st.DataObject
) -> None:
    """Every timeline of the catalog: one value on each day from its first day on, no overlap,
    and a day without a value only in a declared gap (or before the first value, or after the last).

    Source: docs/kernel.md, "Rules that change over time" ("no two values in force on one day,
    and no day left uncovered between them unless the gap is declared"); the issue.
    """
    first = timeline.entries[0].in_force.start
    last = timeline.entries[-1].in_force.end  # None: the last value runs on
    for earlier, later in itertools.pairwise(timeline.entries):
        assert earlier.in_force.end is not None
        assert earlier.in_force.end < later.in_force.start
        assert earlier.in_force.precedes_directly(later.in_force) or earlier.in_force.gap_until(later.in_force) in (
            timeline.gaps
        )
    for day in data.draw(days_around(timeline), label="days"):
        in_force = [entry for entry in timeline.entries if day in entry.in_force]
        gaps = [gap for gap in timeline.gaps if day in gap]
        within = first <= day and (last is None or day <= last)
        assert len(in_force) + len(gaps) == (1 if within else 0), day
        if in_force:
            assert timeline.at(day) == in_force[0].value
            assert timeline.entry_at(day) == in_force[0]
        else:
            with pytest.raises(RuleNotInForce) as caught:
                timeline.at(day)
            assert caught.value.rule == timeline.rule
            assert ("a declared gap" in caught.value.detail) == bool(gaps)


# ----------------------------------------------------------------------------- roll_forward


@attrs.frozen
class Closures:
    """A caller's own calendar of days closed (docs/kernel.md: any object with ``in`` and ``get``)."""

    days: frozenset[date]

    def __contains__(self, day: object, /) -> bool:
        return day in self.days

    def get(self, day: date, /) -> str | None:
        return "Closed" if day in self.days else None


@st.composite
def calendars_near(draw: st.DrawFn, day: date) -> HolidayLookup | None:
    """The default calendar (None), the library's two, a generated one, or days closed just after ``day``."""
    kind = draw(st.sampled_from(["default", "library", "generated", "closures"]))
    if kind == "default":
        return None
    if kind == "library":
        return draw(st.sampled_from(catalog.holiday_calendars()))
    if kind == "generated":
        return draw(cst.holiday_calendars())
    # At most 15 days closed: a roll never has to look further than MAX_ROLL_DAYS.
    offsets = draw(st.frozensets(st.integers(min_value=0, max_value=14), max_size=10))
    return Closures(frozenset(day + timedelta(days=n) for n in offsets))


@given(data=st.data(), first=cst.dates(), gap=st.integers(min_value=0, max_value=40))
def test_roll_forward_lands_on_a_business_day_never_backwards_and_keeps_the_order_of_days(
    data: st.DataObject, first: date, gap: int
) -> None:
    """For any calendar (the default, the library's two, a generated one, a caller's own) and days d1 <= d2:
    roll(d1) is a business day on or after d1, every day from d1 to roll(d1) rolls to roll(d1),
    and roll(d1) <= roll(d2).

    Source: docs/kernel.md, "Dates and deadlines" (roll_forward moves a weekend or holiday to the
    next business day; the calendar is a parameter, any object with ``in`` and ``get``); the issue.
    """
    second = first + timedelta(days=gap)
    calendar = data.draw(calendars_near(first), label="calendar")
    rolled = roll_forward(first, calendar=calendar).outcome
    assert rolled >= first
    assert is_business_day(rolled, calendar)
    for offset in range((rolled - first).days + 1):
        assert roll_forward(first + timedelta(days=offset), calendar=calendar).outcome == rolled
    assert rolled <= roll_forward(second, calendar=calendar).outcome


# ----------------------------------------------------------------------------- Money

HUGE = 10**30


@given(
    a=cst.money(-HUGE, HUGE),
    b=cst.money(-HUGE, HUGE),
    k=st.integers(min_value=-(10**6), max_value=10**6).filter(bool),
    rounding=st.sampled_from(ROUNDINGS),
)
def test_money_round_trips_through_arithmetic_its_decimal_forms_and_json(
    a: Money, b: Money, k: int, rounding: Rounding
) -> None:
    """Money comes back unchanged from every trip: adding and taking away, negating, scaling by k then 1/k
    (in every rounding: the result is whole cents, nothing to round), its decimal string and Decimal,
    and the JSON boundary; and money is its cents.

    Source: docs/kernel.md, "Money" (whole cents, exact arithmetic, floats refused); docs/serialization.md
    (``"625.00"`` becomes Money; round trips are exact); the issue.
    """
    assert (a + b) - b == a == (a - b) + b
    assert -a + a == Money.zero() == a - a
    assert abs(-a) == abs(a)
    assert (-a).cents == -a.cents
    assert a.scaled(k, rounding=rounding).scaled(Fraction(1, k), rounding=rounding) == a
    assert a.scaled(Decimal(k), rounding=rounding) == a * k == k * a
    assert Money.parse(a.to_decimal_string()) == a
    assert Money.from_decimal(a.to_decimal()) == a
    assert Fraction(a.to_decimal()) == Fraction(a.cents, 100)
    assert structure(unstructure(a), Money) == a
    assert from_json(to_json(a), Money) == a
    assert (a < b) == (a.cents < b.cents)
    assert sum((a, b), Money.zero()) == Money(a.cents + b.cents)


# ----------------------------------------------------------------------------- end_of_day


@functools.cache
def pacific_change_days() -> tuple[date, ...]:
    """The days Pacific time changes its offset, 1992 to 2100: found from the zone, not from a rule."""
    found: list[date] = []
    day = date(1992, 1, 1)
    noon = datetime.combine(day, time(12), PACIFIC).utcoffset()
    while day < date(2100, 12, 31):
        following = day + ONE_DAY
        next_noon = datetime.combine(following, time(12), PACIFIC).utcoffset()
        if next_noon != noon:
            found.append(following)
        day, noon = following, next_noon
    return tuple(found)


def test_there_are_two_change_days_a_year() -> None:
    """Guards the search below: every year from 1992 has a spring and an autumn change."""
    years = [day.year for day in pacific_change_days()]
    assert all(years.count(year) == 2 for year in range(1992, 2101))


@given(change=st.sampled_from(pacific_change_days()), shift=st.integers(min_value=-2, max_value=2))
def test_end_of_day_is_the_last_instant_of_the_day_in_pacific_time_across_dst(change: date, shift: int) -> None:
    """On every daylight-saving change day (1992-2100) and the days beside it, end_of_day(D) is a real
    instant at 23:59:59.999999 on D in Pacific time, one microsecond before the next day starts, and the
    day lasts 23 hours in spring, 25 in autumn, 24 otherwise.

    Source: docs/kernel.md, "Dates and deadlines" (aware instants in America/Los_Angeles, "right on both
    daylight-saving change days"); kernel.dates.end_of_day (a deadline "by D" closes at the last instant of
    D); the issue.
    """
    day = change + timedelta(days=shift)
    start, end, following = start_of_day(day), end_of_day(day), start_of_day(day + ONE_DAY)
    assert end.tzinfo is PACIFIC
    assert (end.date(), end.time()) == (day, time.max)
    # The instant exists, on the side of the change its wall clock says: back from UTC, it is the same.
    back = end.astimezone(UTC).astimezone(PACIFIC)
    assert (back.replace(tzinfo=None), back.utcoffset()) == (end.replace(tzinfo=None), end.utcoffset())
    assert local_date(end) == day
    assert local_date(end.astimezone(UTC) + ONE_MICROSECOND) == day + ONE_DAY
    assert end.astimezone(UTC) + ONE_MICROSECOND == following.astimezone(UTC)
    length = following.astimezone(UTC) - start.astimezone(UTC)
    offsets = (start.utcoffset(), following.utcoffset())
    assert offsets[0] is not None
    assert offsets[1] is not None
    assert length == timedelta(hours=24) + (offsets[0] - offsets[1])
    expected = {-1: timedelta(hours=23), 0: timedelta(hours=24), 1: timedelta(hours=25)}
    if shift == 0:
        assert length in (expected[-1], expected[1])
        assert (length == expected[-1]) == (day.month < 7)
    else:
        assert length == expected[0]


@settings(max_examples=max(10, settings().max_examples // 2))
@given(day=cst.dates(max_value=date(2100, 12, 30)), instant=cst.aware_datetimes())
def test_every_instant_of_a_pacific_day_is_at_or_before_its_end(day: date, instant: datetime) -> None:
    """An instant is on or before end_of_day(D) exactly when its Pacific date is D or earlier (compared as
    instants, in UTC): nothing of D happens after its end, nothing of D + 1 before it.

    Source: kernel.dates.end_of_day ("Register by D" means through this instant); docs/kernel.md.
    """
    ends_by = instant.astimezone(UTC) <= end_of_day(day).astimezone(UTC)
    assert ends_by == (local_date(instant) <= day)
    assert (instant.astimezone(UTC) >= start_of_day(day).astimezone(UTC)) == (local_date(instant) >= day)
