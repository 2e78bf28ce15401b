"""Law-school teaching credit follows the rule set's rounding, and the largest class is accepted.

Rules under test (src/calcities_domain/mcle/rules.py, ``hours_for``, ``Rounding``,
``MAX_UNITS``; ../shared/domain/mcle.md, section 2 "How credit is computed"):

* Law-school teaching earns 12 hours per unit the school grants, with subfield credit only
  for the actual teaching time (Rule 2.82; calbar Audit-FAQ QuestionID=351). A share of a
  class's units gives any number of hours, reported like any credit to the rule set's
  increment and by its rounding: with ``Rounding.DOWN`` (only whole increments completed
  count, as New York issues credit, 22 NYCRR 1500.4(b)(1), law.nyu.edu) 0.33 of a unit,
  3.96 hours, is 3.75 hours, not the nearest quarter (4); its subfield minutes are rounded
  down the same way (55 minutes: 0.75, not 1).
* ``hours_for`` refuses a class of more than ``MAX_UNITS`` (a million) units; a class of
  exactly a million units is within the bound and earns its hours.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, InputError, Source
from calcities_domain.mcle import CALIFORNIA, Credit, CreditKind, Rounding, SubfieldHours, SubfieldShare, hours_for
from calcities_domain.mcle.rules import MAX_UNITS

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
DAY = date(2024, 5, 2)
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))


@pytest.mark.parametrize(
    ("rounding", "hours", "ethics"),
    [(Rounding.DOWN, "3.75", "0.75"), (Rounding.NEAREST, "4", "1")],
)
def test_a_share_of_a_unit_and_its_subfield_minutes_follow_the_rule_sets_rounding(
    rounding: Rounding, hours: str, ethics: str
) -> None:
    rules = attrs.evolve(CA_2025, rounding=Cited(rounding, TEST_SOURCE))
    credit = Credit(
        "t1",
        DAY,
        55,
        kind=CreditKind.LAW_SCHOOL_TEACHING,
        units=Decimal("0.33"),
        subfields=(SubfieldShare("ethics", 55),),
    )

    earned = hours_for(credit, rules)

    assert earned.hours == Decimal(hours)
    assert earned.subfields == (SubfieldHours("ethics", Decimal(ethics)),)
    assert earned.basis == "0.33 units at 12 hours a unit; subfield credit for 55 minutes of teaching"


def test_a_class_of_exactly_max_units_earns_its_hours() -> None:
    assert MAX_UNITS == 1_000_000
    credit = Credit("t1", DAY, 90, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal(MAX_UNITS))

    earned = hours_for(credit, CA_2025)

    assert earned.hours == Decimal(12_000_000)
    assert earned.basis == "1000000 units at 12 hours a unit; subfield credit for 90 minutes of teaching"


def test_a_quarter_unit_more_than_max_units_is_refused_by_name() -> None:
    credit = Credit("t1", DAY, 90, kind=CreditKind.LAW_SCHOOL_TEACHING, units=Decimal("1000000.25"))

    with pytest.raises(InputError) as caught:
        hours_for(credit, CA_2025)

    assert [str(p) for p in caught.value.problems] == [
        "credit.units: must be at most 1,000,000, got Decimal('1000000.25')"
    ]
