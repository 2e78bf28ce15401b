"""Bounds and wording of ``credit_hours`` (mcle/rules.py) beyond the examples of test_rules.py.

Rules under test (../shared/domain/mcle.md, section 2):

* A credit hour is a positive whole number of minutes (60 in California, Rule 2.51(D); at
  least 50 in New York, 22 NYCRR 1500.4(b)(1)): any positive length is a valid parameter.
* Hours are rounded to an increment that is more than 0 and at most one hour.
* ``Rounding.DOWN`` counts only whole increments completed (a half credit needs the full
  25 minutes of a 50-minute hour, law.nyu.edu), where ``NEAREST`` rounds to the nearest.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import Rounding, TieRule, credit_hours


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


def test_a_one_minute_hour_is_a_positive_whole_number() -> None:
    assert credit_hours(90, minutes_per_hour=1) == Decimal(90)
    assert credit_hours(3, minutes_per_hour=2) == Decimal("1.5")


@pytest.mark.parametrize("per_hour", [0, -60])
def test_an_hour_of_no_minutes_is_refused_in_words(per_hour: int) -> None:
    with pytest.raises(InputError) as caught:
        credit_hours(60, minutes_per_hour=per_hour)
    assert problems_of(caught.value) == [("minutes_per_hour", f"expected a positive whole number, got {per_hour}")]


@pytest.mark.parametrize(
    ("increment", "shown"),
    [(Fraction(0), "Fraction(0, 1)"), (Fraction(-1, 4), "Fraction(-1, 4)"), (Fraction(5, 4), "Fraction(5, 4)")],
)
def test_an_increment_must_be_more_than_zero_and_at_most_an_hour(increment: Fraction, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        credit_hours(60, increment=increment)
    assert problems_of(caught.value) == [
        ("increment", f"expected a Fraction of an hour with a decimal form, got {shown}")
    ]


def test_a_whole_hour_is_the_largest_increment() -> None:
    assert credit_hours(89, increment=Fraction(1)) == Decimal(1)
    assert credit_hours(90, increment=Fraction(1)) == Decimal(1)  # a tie, DOWN by default
    assert credit_hours(91, increment=Fraction(1)) == Decimal(2)


@pytest.mark.parametrize("rounding", ["down", None, TieRule.DOWN])
def test_a_rounding_must_be_a_rounding(rounding: Any) -> None:
    with pytest.raises(InputError) as caught:
        credit_hours(60, rounding=rounding)
    assert problems_of(caught.value) == [("rounding", f"expected a Rounding, got {rounding!r}")]


@pytest.mark.parametrize("tie", ["down", None])
def test_a_tie_rule_must_be_a_tie_rule(tie: Any) -> None:
    with pytest.raises(InputError) as caught:
        credit_hours(60, tie=tie)
    assert problems_of(caught.value) == [("tie", f"expected a TieRule, got {tie!r}")]


@pytest.mark.parametrize(
    ("minutes", "nearest", "down"),
    [(59, "1", "0.75"), (52, "0.75", "0.75"), (60, "1", "1"), (14, "0.25", "0"), (0, "0", "0")],
)
def test_rounding_down_counts_only_whole_quarters(minutes: int, nearest: str, down: str) -> None:
    """59 minutes is nearest to one hour, but only three whole quarters are completed."""
    assert credit_hours(minutes, rounding=Rounding.NEAREST) == Decimal(nearest)
    assert credit_hours(minutes, rounding=Rounding.DOWN) == Decimal(down)


def test_a_half_credit_needs_the_full_25_minutes_of_a_50_minute_hour() -> None:
    """New York issues credit in halves of a 50-minute hour (law.nyu.edu), whole halves only."""
    half = Fraction(1, 2)
    assert credit_hours(24, minutes_per_hour=50, increment=half, rounding=Rounding.DOWN) == Decimal(0)
    assert credit_hours(25, minutes_per_hour=50, increment=half, rounding=Rounding.DOWN) == Decimal("0.5")
    assert credit_hours(74, minutes_per_hour=50, increment=half, rounding=Rounding.DOWN) == Decimal(1)
    assert credit_hours(74, minutes_per_hour=50, increment=half, rounding=Rounding.NEAREST) == Decimal("1.5")
