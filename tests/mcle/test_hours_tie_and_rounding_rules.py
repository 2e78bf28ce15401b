"""Every kind of credit is rounded by the rule set's own tie rule and rounding, whatever they are.

Rules under test (src/calcities_domain/mcle/rules.py, ``hours_for``, ``TieRule``, ``Rounding``;
../shared/domain/mcle.md, section 2 "How credit is computed"):

* ``TieRule``: a time exactly halfway between two increments goes to the lower one (DOWN,
  California's configured default), the higher one (UP) or the even number of increments
  (EVEN). The tie rule is a parameter a caller may change (calawyers.org reads "greater
  than 52.5 minutes" as one hour), and it applies to attendance and to law-school teaching
  (Rule 2.82, reported to the rule set's increment) as to speaking.
* ``Rounding.DOWN``: only whole increments completed count (New York issues half credits:
  a half credit needs the full 25 minutes of a 50-minute hour, 22 NYCRR 1500.4(b)(1),
  law.nyu.edu); it applies to speaking credit as to attendance.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, Source
from calcities_domain.mcle import CALIFORNIA, NEW_YORK, Credit, CreditKind, Rounding, RuleSet, TieRule, hours_for

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
DAY = date(2024, 5, 2)
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))
NY_2024 = NEW_YORK.rule_sets.at(date(2024, 6, 30))


def _half_hours(tie: TieRule) -> RuleSet:
    """California's rules reported to the half hour (30 minutes), where whole minutes can tie (15, 45, 75)."""
    return attrs.evolve(CA_2025, increment=Cited(Fraction(1, 2), TEST_SOURCE), tie=Cited(tie, TEST_SOURCE))


@pytest.mark.parametrize(
    ("minutes", "tie", "hours"),
    [
        (75, TieRule.DOWN, "1"),
        (75, TieRule.UP, "1.5"),
        (75, TieRule.EVEN, "1"),
        (45, TieRule.DOWN, "0.5"),
        (45, TieRule.UP, "1"),
        (45, TieRule.EVEN, "1"),
        (80, TieRule.UP, "1.5"),
        (70, TieRule.UP, "1"),
    ],
)
def test_attendance_at_an_exact_tie_follows_the_tie_rule(minutes: int, tie: TieRule, hours: str) -> None:
    earned = hours_for(Credit("a", DAY, minutes), _half_hours(tie))
    assert earned.hours == Decimal(hours)
    assert earned.basis == f"{minutes} minutes at 60 minutes an hour, to the nearest 0.5 hour"


@pytest.mark.parametrize(("tie", "hours"), [(TieRule.DOWN, "0.25"), (TieRule.UP, "0.5"), (TieRule.EVEN, "0.5")])
def test_a_share_of_a_teaching_unit_at_an_exact_tie_follows_the_tie_rule(tie: TieRule, hours: str) -> None:
    """1/32 of a unit at 12 hours a unit is 0.375 hours, exactly between 0.25 and 0.5 (one and two quarters)."""
    share = Credit("t", DAY, 0, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal("0.03125"))
    rules = attrs.evolve(CA_2025, tie=Cited(tie, TEST_SOURCE))
    assert hours_for(share, rules).hours == Decimal(hours)


def test_new_york_speaking_credit_counts_only_whole_half_credits() -> None:
    """With a speaker rule configured, New York's rounding DOWN still applies: 40 minutes at 50 an hour is
    0.8 hours, one whole half credit (0.5), not the nearest (1)."""
    rules = attrs.evolve(NY_2024, speaker_multiplier=Cited(1, TEST_SOURCE))
    assert rules.rounding.value is Rounding.DOWN
    repeat = Credit("s", DAY, 40, kind=CreditKind.SPEAKING, first_presentation=False)
    first = Credit("s", DAY, 40, kind=CreditKind.SPEAKING)
    assert (hours_for(repeat, rules).hours, hours_for(first, rules).hours) == (Decimal("0.5"), Decimal("0.5"))


@pytest.mark.parametrize(
    ("minutes", "first", "down", "nearest"),
    [(10, True, "0.5", "0.75"), (55, False, "0.75", "1"), (100, False, "1.5", "1.75")],
)
def test_speaking_credit_rounded_down_counts_only_whole_quarter_hours(
    minutes: int, first: bool, down: str, nearest: str
) -> None:
    """California's speaker rule (4 times a first presentation, Rule 2.81) under Rounding.DOWN: 10 minutes
    first presented is 40 minutes, 0.67 hours: 0.5 down, 0.75 to the nearest quarter."""
    credit = Credit("s", DAY, minutes, kind=CreditKind.SPEAKING, first_presentation=first)
    down_rules = attrs.evolve(CA_2025, rounding=Cited(Rounding.DOWN, TEST_SOURCE))
    assert (hours_for(credit, down_rules).hours, hours_for(credit, CA_2025).hours) == (
        Decimal(down),
        Decimal(nearest),
    )
