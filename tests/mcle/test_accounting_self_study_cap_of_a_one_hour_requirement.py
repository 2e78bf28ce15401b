"""The self-study cap applies to any requirement above nothing, however small: one hour too.

Rules under test (../shared/domain/mcle.md 1.1; src/calcities_domain/mcle/california.py,
SELF_STUDY_CAP: Rule 2.72, Rule 2.51(F), at most half of the requirement by self-study, at
least half participatory; RuleSet docstring: ``self_study_cap`` is a share of the
requirement, the rule set's values are a caller's to change, e.g. to test a proposed rule):

* Under California's rules with a requirement of one hour (a caller's rule set), the cap is
  half an hour: of one self-study hour, 0.5 counts and 0.5 is not counted, over the cap,
  and the report is short 0.5 hours in total and 0.5 participatory.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from calcities_domain.kernel import Cited, Confidence, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    CategoryHours,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    NotCounted,
    NotCountedReason,
    compliance_period,
    evaluate,
)
from tests.mcle.reasons import one_reason

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
ONE_HOUR = attrs.evolve(CALIFORNIA.rule_sets.at(G1_2025.end), total_hours=Cited(Decimal(1), TEST_SOURCE), minimums=())
GARCIA = Licensee("100001", date(1995, 6, 1), G1)


def test_one_self_study_hour_of_a_one_hour_requirement_counts_for_half_an_hour() -> None:
    credits = [Credit("s", date(2024, 5, 2), 60, delivery=Delivery.SELF_STUDY)]

    report = evaluate(GARCIA, credits, G1_2025, rules=ONE_HOUR)

    assert report.not_counted == (
        NotCounted("s", Decimal("0.5"), NotCountedReason.OVER_SELF_STUDY_CAP, "self-study above the cap of 0.5 hours"),
    )
    assert report.counted == (
        CategoryHours("total", Decimal("0.5")),
        CategoryHours("participatory", Decimal(0)),
        CategoryHours("self_study", Decimal("0.5")),
    )
    assert [str(s) for s in report.shortfalls] == [
        "0.5 more hours of credit in total by 2025-03-29",
        "0.5 more hours of participatory credit by 2025-03-29",
    ]
    assert one_reason(report, "mcle.self_study_cap").message == (
        "Self-study counts for at most 0.5 hours (1/2 of the requirement); 1 claimed, 0.5 over the cap."
    )
