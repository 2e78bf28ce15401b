"""Carry-back to a period that hours carried forward from the period before already make compliant.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``CarryBack`` and ``evaluate``;
california.py, ``CARRY_BACK``: State Bar, Inactive or not eligible status; California Bar
Journal, Feb. 2015; ../shared/domain/mcle.md, section 5):

* Hours earned after a period ends may be applied only to a *deficient* period.
* Whether a period is deficient is judged on everything that counts in it without the
  carried-back hours, including hours carried forward from the period before (where a rule
  set carries excess forward, as ``RuleSet.carry_forward_cap`` allows; 22 NYCRR 1500.22(c)
  is such a rule).

California carries nothing forward, so the rule set here is California's with a
carry-forward cap of 6 hours and no subfield minimums, chosen by the test.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, InputError, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    CarryBack,
    ComplianceGroup,
    Credit,
    Licensee,
    compliance_period,
    evaluate,
)

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
#: Group 1's period 2019-02-01 to 2022-01-31, and the one-time period after it, to 2025-03-29.
G1_2022 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2020, 6, 1))
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
RULES = attrs.evolve(
    CALIFORNIA.rules_for(G1_2025),
    minimums=(),
    carry_forward_cap=Cited(Decimal(6), TEST_SOURCE),
)
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)
CREDITS = [
    Credit("before", date(2020, 5, 1), 31 * 60),  # 31 hours: 6 over the 25, carried forward
    Credit("during", date(2023, 5, 1), 19 * 60),  # 19 hours: 6 short of the 25
    Credit("late", date(2025, 5, 1), 6 * 60),  # 6 hours after the period ends
]


def test_hours_carried_forward_make_the_period_compliant_and_refuse_a_carry_back() -> None:
    previous = evaluate(GARCIA, CREDITS, G1_2022, rules=RULES)
    assert previous.carry_forward == Decimal(6)
    assert evaluate(GARCIA, CREDITS, G1_2025, rules=RULES, previous=previous).compliant
    with pytest.raises(InputError) as caught:
        evaluate(
            GARCIA,
            CREDITS,
            G1_2025,
            rules=RULES,
            previous=previous,
            allocations=[CarryBack("late", G1_2025.end)],
        )
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            "allocations[0].period_end",
            "the period ending 2025-03-29 is compliant without carried-back hours: only a deficient period takes them",
        )
    ]


def test_without_hours_carried_forward_the_period_is_deficient_and_takes_the_carry_back() -> None:
    report = evaluate(GARCIA, CREDITS, G1_2025, rules=RULES, allocations=[CarryBack("late", G1_2025.end)])
    assert report.compliant
    assert report.hours("total") == Decimal(25)
    assert [(c.credit_id, c.carried_back) for c in report.credits] == [("during", False), ("late", True)]
