"""The reasons a compliance report gives for excess hours carried forward, out and in.

Rules under test (../shared/domain/mcle.md 1.4 and 8; src/calcities_domain/mcle/new_york.py,
NY_CARRY: 22 NYCRR 1500.22(c), more than 24 credits in a cycle carry over, at most six, to the
next cycle, toward the total; src/calcities_domain/mcle/california.py, NO_CARRY_FORWARD:
Rule 2.72 (2014 numbering), excess hours may not be carried forward):

* ``mcle.carry_forward`` says how many excess hours may count in the next period and how many
  will, citing the carry-forward rule, with the excess and the hours carried as facts; where
  nothing carries forward it says exactly that.
* ``mcle.carry_forward.in`` says how many hours come from the period before, citing the same
  rule, and the total requirement counts them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.kernel import Reason
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    ComplianceReport,
    Credit,
    Delivery,
    Licensee,
    SubfieldShare,
    compliance_period,
    evaluate,
    next_period,
)
from tests.mcle.reasons import one_reason

NY_LICENSEE = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
#: 1 Jul 2020 to 30 Jun 2022, then 1 Jul 2022 to 30 Jun 2024.
NY_FIRST = compliance_period(NY_LICENSEE, containing=date(2021, 1, 1), jurisdiction=NEW_YORK)
NY_SECOND = next_period(NY_FIRST, jurisdiction=NEW_YORK)
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)


def facts(found: Reason) -> dict[str, str]:
    return {f.name: f.value for f in found.facts}


def ny_credits(credit_id: str, day: date, credits: int) -> list[Credit]:
    """``credits`` New York credits (50-minute hours) meeting the ethics, diversity and cybersecurity minimums."""
    shares = (SubfieldShare("ethics", 200), SubfieldShare("diversity", 50), SubfieldShare("cybersecurity", 50))
    return [Credit(credit_id, day, credits * 50, subfields=shares)]


def first_cycle(credits: int) -> ComplianceReport:
    return evaluate(NY_LICENSEE, ny_credits("a", date(2021, 1, 1), credits), NY_FIRST, jurisdiction=NEW_YORK)


def test_new_york_says_how_many_excess_credits_carry_forward() -> None:
    report = first_cycle(28)

    forward = one_reason(report, "mcle.carry_forward")
    assert forward.message == "Up to 6 excess hours may count in the next period; 4 will."
    assert facts(forward) == {"excess": "4", "carry_forward": "4"}
    assert forward.source == NEW_YORK.rule_sets.at(NY_FIRST.end).carry_forward_cap.source
    assert forward.source is not None
    assert forward.source.section == "§ 1500.22(c)"


def test_new_york_carries_at_most_six_of_ten_excess_credits() -> None:
    report = first_cycle(34)

    forward = one_reason(report, "mcle.carry_forward")
    assert forward.message == "Up to 6 excess hours may count in the next period; 6 will."
    assert facts(forward) == {"excess": "10", "carry_forward": "6"}


def test_the_next_cycle_says_which_hours_were_carried_in_and_counts_them() -> None:
    second = evaluate(
        NY_LICENSEE,
        ny_credits("b", date(2023, 1, 1), 20),
        NY_SECOND,
        jurisdiction=NEW_YORK,
        previous=first_cycle(28),
    )

    carried = one_reason(second, "mcle.carry_forward.in")
    assert carried.message == "4 hours are carried forward from the period ending 2022-06-30."
    assert facts(carried) == {"carried_in": "4"}
    assert carried.source == NEW_YORK.rule_sets.at(NY_SECOND.end).carry_forward_cap.source
    assert carried.source is not None
    assert carried.source.section == "§ 1500.22(c)"
    total = one_reason(second, "mcle.requirement.total")
    assert total.message == "Credit in total: 24 of 24 hours required."
    assert facts(total) == {"required": "24", "counted": "24"}
    assert second.compliant


def test_requirement_reasons_give_the_hours_required_and_counted() -> None:
    report = first_cycle(20)

    assert facts(one_reason(report, "mcle.requirement.total")) == {"required": "24", "counted": "20"}
    assert facts(one_reason(report, "mcle.requirement.ethics")) == {"required": "4", "counted": "4"}


def test_california_says_excess_hours_do_not_carry_forward() -> None:
    credits = [
        Credit("p", date(2023, 1, 5), 1500),
        Credit("s", date(2023, 1, 6), 300, delivery=Delivery.SELF_STUDY),
    ]

    report = evaluate(GARCIA, credits, G1_2025)

    forward = one_reason(report, "mcle.carry_forward")
    assert forward.message == "Excess hours do not carry forward to the next period."
    assert facts(forward) == {"excess": "5", "carry_forward": "0"}
    assert forward.source == CALIFORNIA.rule_sets.at(G1_2025.end).carry_forward_cap.source
    assert forward.source is not None
    assert forward.source.section == "Rule 2.72 (2014 numbering)"
    assert (report.excess_hours, report.carry_forward) == (Decimal(5), Decimal(0))


def test_one_hour_carried_forward_is_one_hour() -> None:
    """25 credits in the first cycle: 1 over the 24 required, carried into the next."""
    forward = one_reason(first_cycle(25), "mcle.carry_forward")
    assert forward.message == "Up to 6 excess hours may count in the next period; 1 will."
    second = evaluate(
        NY_LICENSEE, ny_credits("b", date(2023, 1, 1), 20), NY_SECOND, jurisdiction=NEW_YORK, previous=first_cycle(25)
    )
    carried = one_reason(second, "mcle.carry_forward.in")
    assert carried.message == "1 hour is carried forward from the period ending 2022-06-30."
