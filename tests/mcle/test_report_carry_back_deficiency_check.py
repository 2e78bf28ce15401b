"""Carry-back is checked against the period as it stands without it, in its own jurisdiction.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate`` and ``CarryBack``;
docs/mcle.md, "Can a course after the deadline still count?"; ../shared/domain/mcle.md
1.4; src/calcities_domain/mcle/california.py, ``CARRY_BACK``: hours completed after a period
ends may be applied to the deficient period, and then they do not count in the next one):

* Carry-back goes only to a deficient period. Whether the period is deficient is worked
  out under the same jurisdiction and rules as the report itself: a New York cycle, under
  a caller's New York rule set that allows carry-back, takes hours carried back to it.
* Whether it is deficient is worked out with the other allocations in force: hours earned
  in the period but carried back to the period before do not count in it ("one allocated
  to another period does not"), so the period, emptied by them, may itself take hours
  carried back from the period after.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from calcities_domain.kernel import Cited, Confidence, Source
from calcities_domain.mcle import (
    NEW_YORK,
    CarryBack,
    ComplianceGroup,
    Credit,
    Licensee,
    NotCountedReason,
    SubfieldShare,
    compliance_period,
    evaluate,
    next_period,
)
from tests.mcle.reasons import one_reason

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
G1 = ComplianceGroup.GROUP_1
#: Group 1's periods: 2022-02-01 to 2025-03-29, then 2025-03-30 to 2028-03-29, then to 2031-03-29.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
G1_2028 = next_period(G1_2025)
GARCIA = Licensee("100001", date(1995, 6, 1), G1)


def test_a_new_york_cycle_takes_hours_carried_back_under_a_rule_set_allowing_it() -> None:
    lawyer = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
    cycle = compliance_period(lawyer, containing=date(2020, 7, 1), jurisdiction=NEW_YORK)
    rules = attrs.evolve(NEW_YORK.rules_for(cycle), carry_back=Cited(True, TEST_SOURCE))
    late = Credit("late", date(2022, 9, 1), 100)

    report = evaluate(
        lawyer, [late], cycle, jurisdiction=NEW_YORK, rules=rules, allocations=[CarryBack("late", cycle.end)]
    )

    assert cycle.end == date(2022, 6, 30)
    assert [(c.credit_id, c.hours, c.carried_back) for c in report.credits] == [("late", Decimal(2), True)]
    assert report.hours("total") == Decimal(2)
    applied = one_reason(report, "mcle.carry_back.applied")
    assert applied.message == "Carried back to this period: late."
    assert applied.source is TEST_SOURCE


def _whole_2028_requirement(credit_id: str, completed_on: date) -> Credit:
    """25 participatory hours meeting every minimum of the rules for periods ending from 2025."""
    shares = (
        SubfieldShare("ethics", 240),
        SubfieldShare("bias", 60),
        SubfieldShare("bias.implicit", 60),
        SubfieldShare("competence.prevention", 60),
        SubfieldShare("competence.wellness", 60),
        SubfieldShare("technology", 60),
        SubfieldShare("civility", 60),
    )
    return Credit(credit_id, completed_on, 1500, subfields=shares)


def test_a_period_whose_hours_went_back_a_period_may_take_hours_from_the_next() -> None:
    """'full' (2026) alone would meet the 2025-2028 period, but it is carried back to 2022-2025."""
    credits = [_whole_2028_requirement("full", date(2026, 5, 4)), Credit("later", date(2029, 1, 10), 120)]
    allocations = [CarryBack("full", G1_2025.end), CarryBack("later", G1_2028.end)]

    report = evaluate(GARCIA, credits, G1_2028, allocations=allocations)

    assert G1_2028.end == date(2028, 3, 29)
    assert [(c.credit_id, c.hours, c.carried_back) for c in report.credits] == [("later", Decimal(2), True)]
    assert [(n.credit_id, n.hours, n.reason, n.message) for n in report.not_counted] == [
        (
            "full",
            Decimal(25),
            NotCountedReason.APPLIED_TO_OTHER_PERIOD,
            "carried back to the period ending 2025-03-29",
        )
    ]
    assert report.hours("total") == Decimal(2)
    assert not report.compliant
    assert one_reason(report, "mcle.carry_back.applied").message == "Carried back to this period: later."
