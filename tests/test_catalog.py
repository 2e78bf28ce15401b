"""The catalog lists every dated rule value and source, and agrees with the calendars."""

from __future__ import annotations

from datetime import date

from calcities_domain import catalog
from calcities_domain.kernel import CALIFORNIA_JUDICIAL, CALIFORNIA_STATE_OFFICES, Confidence


def test_every_holiday_rule_is_listed_once() -> None:
    values = catalog.rule_values()
    rules = [v.rule for v in values]
    assert len(rules) == len(set(rules))
    assert len(values) == len(CALIFORNIA_STATE_OFFICES.rules) + len(CALIFORNIA_JUDICIAL.rules)
    assert all(v.domain == "kernel" for v in values)


def test_rule_value_in_words() -> None:
    """Gov. Code § 6701: a 31 March holiday on Sunday is kept on Monday (state offices)."""
    (chavez,) = [v for v in catalog.rule_values() if v.rule == "kernel.holiday.state_offices.cesar_chavez_day"]
    assert chavez.value == "March 31 (Sunday kept on Monday)"
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
