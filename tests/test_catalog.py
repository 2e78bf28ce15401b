"""The catalog lists every dated rule value and source, and agrees with the calendars."""

from __future__ import annotations

import itertools
from datetime import date

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import catalog
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    Confidence,
    HolidayCalendar,
    InputError,
    roll_forward,
)
from calcities_domain.testing import strategies as cst


def test_every_holiday_rule_is_listed_once() -> None:
    values = [v for v in catalog.rule_values() if v.domain == "kernel"]
    rules = [v.rule for v in values]
    assert len(rules) == len(set(rules))
    assert len(values) == len(CALIFORNIA_STATE_OFFICES.rules) + len(CALIFORNIA_JUDICIAL.rules)


def test_each_rule_has_one_value_per_day() -> None:
    """A rule listed several times (a value that changed) never has two values on one day."""
    by_rule: dict[str, list[catalog.RuleValue]] = {}
    for value in catalog.rule_values():
        by_rule.setdefault(value.rule, []).append(value)
    for rule, values in by_rule.items():
        if any(v.in_force is None for v in values):
            assert len(values) == 1, rule  # an undated value is stated once
            continue
        for a, b in itertools.pairwise(values):
            assert a.in_force is not None
            assert b.in_force is not None
            assert not a.in_force.overlaps(b.in_force), rule
            assert a.in_force.start < b.in_force.start, rule


def test_mcle_values_are_dated_by_period_end() -> None:
    """B&P § 6070.5: the implicit-bias hour applies to periods ending after 31 January 2022."""
    (implicit,) = [v for v in catalog.rule_values() if v.rule == "mcle.us_ca.minimum.bias.implicit"]
    assert implicit.in_force is not None
    assert implicit.in_force.start == date(2022, 2, 1)
    assert implicit.value.startswith("1 ")
    bias = [v for v in catalog.rule_values() if v.rule == "mcle.us_ca.minimum.bias"]
    assert [v.value.split()[0] for v in bias] == ["1", "1", "2"]
    assert {v.domain for v in catalog.rule_values()} == {
        "kernel",
        "mcle",
        "organization",
        "governance",
        "membership",
        "events",
        "recognition",
    }


def test_rule_value_in_words() -> None:
    """Gov. Code § 6701: a 31 March holiday on Sunday is kept on Monday (state offices)."""
    (chavez,) = [v for v in catalog.rule_values() if v.rule == "kernel.holiday.state_offices.cesar_chavez_day"]
    assert chavez.value == "March 31 (Sunday kept on Monday)"
    assert chavez.in_force is not None
    assert chavez.in_force.start == date(2001, 1, 1)
    assert chavez.in_force.end is None


def test_sources_are_unique_and_every_rule_source_is_listed() -> None:
    sources = catalog.sources()
    assert len(sources) == len(set(sources))
    assert {v.source for v in catalog.rule_values()} <= set(sources)
    assert all(s.url or s.section for s in sources)


def test_assumptions_are_exactly_the_unconfirmed_sources() -> None:
    assumed = catalog.assumptions()
    assert assumed
    assert all(s.confidence is not Confidence.CONFIRMED for s in assumed)
    assert set(assumed) == {s for s in catalog.sources() if not s.is_confirmed}


def test_holiday_calendars() -> None:
    assert catalog.holiday_calendars() == (CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL)


@settings(max_examples=60)
@given(cst.dates(), st.sampled_from([None, CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL]))
def test_every_source_a_roll_cites_is_in_the_catalog(day: date, calendar: HolidayCalendar | None) -> None:
    """The catalog cannot miss a source that a decision actually cites."""
    cited = roll_forward(day, calendar=calendar).sources()
    assert set(cited) <= set(catalog.sources())


def test_the_weekend_rules_are_listed() -> None:
    """Saturdays and Sundays: assumed for state offices, statute for courts (Code Civ. Proc. § 12a)."""
    sources = catalog.sources()
    assert CALIFORNIA_STATE_OFFICES.weekend_source in sources
    assert CALIFORNIA_JUDICIAL.weekend_source in sources
    assert CALIFORNIA_STATE_OFFICES.weekend_source in catalog.assumptions()
    assert CALIFORNIA_JUDICIAL.weekend_source.is_confirmed


def test_rule_values_validate_their_fields() -> None:
    (first,) = catalog.rule_values()[:1]
    with pytest.raises(InputError) as error:
        attrs.evolve(first, rule="Not A Code")
    assert error.value.problems[0].path == "rule"


def test_governance_values_are_listed_with_their_confidence() -> None:
    """Issue 4: every governance value with its confidence, from the library itself."""
    values = {v.rule: v for v in catalog.rule_values() if v.domain == "governance"}
    assert values["governance.vote.bylaw_amendment"].value == "two-thirds of those voting"
    assert values["governance.petition.rounding_up"].source.confidence.value == "inferred"
    assert values["governance.vote.ga_resolution"].in_force is None  # stated without dates
    seats = [v for v in catalog.rule_values() if v.rule == "governance.board.seats.caucus"]
    assert [v.value for v in seats] == ["5", "5"]


def test_durations_read_in_words() -> None:
    """A duration reads in its natural unit (the petition lead is '24 hours' in S6)."""
    from datetime import timedelta  # noqa: PLC0415

    from calcities_domain.catalog import _duration  # noqa: PLC0415

    assert [r.value for r in catalog.rule_values() if r.rule == "governance.petition.lead"] == ["24 hours"]
    assert _duration(timedelta(hours=1)) == "1 hour"
    assert _duration(timedelta(days=2)) == "2 days"
    assert _duration(timedelta(seconds=61)) == "61 seconds"
    assert _duration(timedelta(minutes=1)) == "1 minute"
