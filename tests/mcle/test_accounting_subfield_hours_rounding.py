"""A credit's subfield hours are rounded by the rule set's own increment, tie rule and rounding.

Rules under test (src/calcities_domain/mcle/rules.py, ``hours_for`` and its cumulative split
of subfield minutes; ../shared/domain/mcle.md, section 2 "How credit is computed"):

* California (Rule 2.51(D), the State Bar's Evaluate credit page): minutes / 60 reported to
  the nearest quarter hour. 52 minutes are 0.75 hours, 53 are 1; a subfield's share is
  rounded the same way, cumulatively in code order, so the parts add up to the rounded whole
  (52 minutes of bias and 8 of ethics in a 60-minute course: 0.75 + 0.25).
* ``TieRule``: a subfield share exactly halfway between two increments follows the rule set's
  tie rule, as the credit's total does (45 minutes to the half hour: 0.5 down, 1 up or even;
  calawyers.org reads "greater than 52.5 minutes" as one hour, a caller may choose otherwise).
* ``Rounding.DOWN`` (New York, 22 NYCRR 1500.4(b)(1) and law.nyu.edu: a 50-minute hour issued
  in half credits, only whole half credits completed count): 40 minutes of ethics are 0.8
  hours, one half credit (0.5), not the nearest (1).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, Source
from calcities_domain.mcle import CALIFORNIA, NEW_YORK, Credit, SubfieldHours, SubfieldShare, TieRule, hours_for

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
DAY = date(2024, 5, 2)
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))
NY_2024 = NEW_YORK.rule_sets.at(date(2024, 6, 30))


def test_a_52_minute_share_is_three_quarters_of_an_hour_and_the_rest_goes_to_the_next() -> None:
    credit = Credit("c", DAY, 60, subfields=(SubfieldShare("bias", 52), SubfieldShare("ethics", 8)))

    earned = hours_for(credit, CA_2025)

    assert earned.hours == Decimal(1)
    assert earned.subfields == (
        SubfieldHours("bias", Decimal("0.75")),
        SubfieldHours("ethics", Decimal("0.25")),
    )


@pytest.mark.parametrize(("tie", "ethics"), [(TieRule.DOWN, "0.5"), (TieRule.UP, "1"), (TieRule.EVEN, "1")])
def test_a_subfield_share_at_an_exact_tie_follows_the_tie_rule(tie: TieRule, ethics: str) -> None:
    """45 minutes are 0.75 hours, exactly between 0.5 and 1 when reported to the half hour."""
    rules = attrs.evolve(CA_2025, increment=Cited(Fraction(1, 2), TEST_SOURCE), tie=Cited(tie, TEST_SOURCE))
    credit = Credit("c", DAY, 45, subfields=(SubfieldShare("ethics", 45),))

    earned = hours_for(credit, rules)

    assert earned.hours == Decimal(ethics)
    assert earned.subfields == (SubfieldHours("ethics", Decimal(ethics)),)


def test_new_york_subfield_hours_count_only_whole_half_credits() -> None:
    """100 minutes at 50 an hour are 2 credits; the 40 of them in ethics are 0.8 hours, one half credit."""
    credit = Credit("c", DAY, 100, subfields=(SubfieldShare("ethics", 40),))

    earned = hours_for(credit, NY_2024)

    assert earned.hours == Decimal(2)
    assert earned.subfields == (SubfieldHours("ethics", Decimal("0.5")),)
