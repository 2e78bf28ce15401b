"""Details of ``evaluate`` and ``evaluate_many`` (mcle/evaluation.py) beyond test_evaluation.py.

Rules under test (../shared/domain/mcle.md, sections 1.2 and 1.4):

* Self-study may make up at most half the requirement (12.5 of 25 hours; Rule 2.72,
  Rule 2.51(F)). Where a rule set says hours over the cap do not count for subfields, the
  subfield hours of a trimmed credit are cut, in code order, to the hours that still count.
* Hours earned after a period may be carried back only to a deficient period (calbar
  Inactive page; CBJ Feb 2015).
* A batch names the problems of every case at once (DESIGN.md, principle 8).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, InputError, Source
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
    evaluate_many,
)
from calcities_domain.mcle.rules import SubfieldHours

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
CA_2025 = CALIFORNIA.rules_for(G1_2025)
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)


def self_study_over_the_cap() -> list[Credit]:
    """14 self-study hours: 1.5 over the cap of 12.5, all taken from the later credit."""
    return [
        Credit("s1", date(2024, 1, 2), 660, delivery=Delivery.SELF_STUDY),
        Credit(
            "s2",
            date(2024, 5, 2),
            180,
            delivery=Delivery.SELF_STUDY,
            subfields=(SubfieldShare("ethics", 60), SubfieldShare("bias", 60)),
        ),
    ]


def test_subfield_hours_over_the_cap_are_cut_in_code_order() -> None:
    """1.5 hours of s2 still count: bias (first in code order) keeps 1, ethics the other 0.5."""
    rules = attrs.evolve(CA_2025, self_study_over_cap_counts_for_subfields=Cited(False, TEST_SOURCE))
    report = evaluate(GARCIA, self_study_over_the_cap(), G1_2025, rules=rules)
    second = next(c for c in report.credits if c.credit_id == "s2")
    assert second.hours == Decimal("1.5")
    assert second.subfields == (SubfieldHours("bias", Decimal(1)), SubfieldHours("ethics", Decimal("0.5")))
    assert (report.hours("bias"), report.hours("ethics")) == (Decimal(1), Decimal("0.5"))


def test_subfield_hours_over_the_cap_count_where_the_rules_say_so() -> None:
    """California's configured rule set lets self-study hours over the cap count for subfields."""
    assert CA_2025.self_study_over_cap_counts_for_subfields.value is True
    report = evaluate(GARCIA, self_study_over_the_cap(), G1_2025)
    second = next(c for c in report.credits if c.credit_id == "s2")
    assert second.subfields == (SubfieldHours("bias", Decimal(1)), SubfieldHours("ethics", Decimal(1)))


def test_carry_back_to_a_compliant_period_is_refused_in_words() -> None:
    """Only a deficient period takes hours earned after it."""
    credits = [
        Credit("p1", date(2024, 5, 2), 1500),
        Credit("late", date(2025, 5, 1), 60),
    ]
    credits[0] = attrs.evolve(
        credits[0],
        subfields=(
            SubfieldShare("ethics", 240),
            SubfieldShare("bias.implicit", 120),
            SubfieldShare("competence.prevention", 120),
            SubfieldShare("technology", 60),
            SubfieldShare("civility", 60),
        ),
    )
    assert evaluate(GARCIA, credits, G1_2025).compliant
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, credits, G1_2025, allocations=[CarryBack("late", G1_2025.end)])
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            "allocations[0].period_end",
            "the period ending 2025-03-29 is compliant without carried-back hours: only a deficient period takes them",
        )
    ]


def test_carry_back_where_the_rules_allow_none_is_refused_in_words() -> None:
    rules = attrs.evolve(CA_2025, carry_back=Cited(False, TEST_SOURCE))
    with pytest.raises(InputError) as caught:
        evaluate(
            GARCIA,
            [Credit("late", date(2025, 5, 1), 60)],
            G1_2025,
            rules=rules,
            allocations=[CarryBack("late", G1_2025.end)],
        )
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("allocations[0]", f"{CA_2025.name} allow no carry-back to an earlier period")
    ]


def test_a_malformed_case_does_not_hide_the_cases_after_it() -> None:
    cases: list[Any] = ["x", (GARCIA, [], "p"), (GARCIA, [], G1_2025, "extra")]
    with pytest.raises(InputError) as caught:
        evaluate_many(cases)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("cases[0]", "expected (licensee, credits, period), got 'x'"),
        ("cases[1].period", "expected a CompliancePeriod, got 'p'"),
        ("cases[2]", f"expected (licensee, credits, period), got {(GARCIA, [], G1_2025, 'extra')!r}"),
    ]
