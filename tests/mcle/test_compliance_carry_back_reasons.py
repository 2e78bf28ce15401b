"""Carry-back: what a deficient period's report says, what an applied carry-back says, and bad allocations.

Rules under test (../shared/domain/mcle.md 1.4; src/calcities_domain/mcle/california.py,
CARRY_BACK: the State Bar's Inactive or not eligible status page and the California Bar
Journal, Feb. 2015, hours completed after a period ends may be applied to the deficient
period and then cannot count in the next one; docs/errors.md, "InputError": every problem
is listed at once):

* A report with a shortfall, under rules allowing carry-back, says how to apply later hours
  (``mcle.carry_back``), citing the carry-back rule.
* A report with credits carried back to it names them, sorted (``mcle.carry_back.applied``),
  citing the carry-back rule, with the credits as a fact.
* Every bad allocation is reported, even after one whose period end is outside the schedule.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import (
    CALIFORNIA,
    CarryBack,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    SubfieldShare,
    compliance_period,
    evaluate,
)
from tests.mcle.reasons import one_reason

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
CARRY_BACK_SOURCE = CALIFORNIA.rule_sets.at(G1_2025.end).carry_back.source
GARCIA = Licensee("100001", date(1995, 6, 1), G1)
DAY = date(2024, 5, 2)


def civility_short() -> list[Credit]:
    """25 hours meeting every 2025 minimum but civility, and two half-hours of civility after the period."""
    shares = (
        SubfieldShare("ethics", 240),
        SubfieldShare("bias", 60),
        SubfieldShare("bias.implicit", 60),
        SubfieldShare("competence.prevention", 60),
        SubfieldShare("competence.wellness", 60),
        SubfieldShare("technology", 60),
    )
    return [
        Credit("p1", DAY, 750, subfields=shares),
        Credit("s1", DAY, 750, delivery=Delivery.SELF_STUDY),
        Credit("late-b", date(2025, 5, 1), 30, subfields=(SubfieldShare("civility", 30),)),
        Credit("late-a", date(2025, 5, 2), 30, subfields=(SubfieldShare("civility", 30),)),
    ]


def test_a_deficient_period_says_later_hours_may_be_carried_back() -> None:
    report = evaluate(GARCIA, civility_short(), G1_2025)

    assert [s.category for s in report.shortfalls] == ["civility"]
    back = one_reason(report, "mcle.carry_back")
    assert back.message == (
        "Hours earned after the period ends may be applied to it (then they do not count in the next "
        "period): pass a CarryBack allocation for each."
    )
    assert back.source == CARRY_BACK_SOURCE
    assert back.facts == ()


def test_credits_carried_back_are_named_sorted_with_the_rule_cited() -> None:
    allocations = [CarryBack("late-b", G1_2025.end), CarryBack("late-a", G1_2025.end)]

    report = evaluate(GARCIA, civility_short(), G1_2025, allocations=allocations)

    assert report.compliant
    applied = one_reason(report, "mcle.carry_back.applied")
    assert applied.message == "Carried back to this period: late-a, late-b."
    assert applied.source == CARRY_BACK_SOURCE
    assert applied.source is not None
    assert applied.source.url == "https://mcle.calbar.ca.gov/Attorneys/InactiveorNotEligibleStatus.aspx"
    assert {f.name: f.value for f in applied.facts} == {"credits": "late-a, late-b"}


def test_every_bad_allocation_is_reported_after_one_outside_the_schedule() -> None:
    """Group 1's periods start on 2001-02-01 in the library: 2000-01-31 is in none of them."""
    credits = [Credit("early", date(2000, 3, 1), 60), Credit("late", date(2025, 5, 1), 60)]
    allocations = [CarryBack("early", date(2000, 1, 31)), CarryBack("late", date(2024, 6, 1))]

    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, G1_2025, allocations=allocations)

    problems = caught.value.problems
    assert [p.path for p in problems] == ["allocations[0].period_end", "allocations[1].period_end"]
    assert problems[0].message.startswith("rule 'mcle.us_ca.periods.group_1' is not in force on 2000-01-31 (")
    assert problems[0].message.endswith("; it covers: 2001-02-01 onwards")
    assert problems[1].message == "2024-06-01 is not the end of a period (the period containing it ends 2025-03-29)"
