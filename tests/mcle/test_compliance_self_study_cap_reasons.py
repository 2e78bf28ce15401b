"""The reasons a compliance report gives for the self-study cap: prorated, exceeded, and subfields.

Rules under test (../shared/domain/mcle.md 1.1 and 5; src/calcities_domain/mcle/california.py,
SELF_STUDY_CAP: Rule 2.72, Rule 2.51(F), at most half of the requirement by self-study;
OVER_CAP_SUBFIELDS: by default self-study above the cap still counts toward subfields;
src/calcities_domain/mcle/evaluation.py, PRORATED_CAP: the cap's share is taken of the
prorated requirement, after the ABA's California page):

* In a prorated period the cap is half of the prorated requirement, and the report says so
  (``mcle.self_study_cap.prorated``), citing PRORATED_CAP with the requirement and the cap.
* ``mcle.self_study_cap`` names the cap in hours, the share, the hours claimed and those over.
* When self-study exceeds the cap, ``mcle.self_study_cap.subfields`` says whether the hours
  over it still count toward subfield minimums (by default yes; ``False`` by override).
* A period requiring nothing has no cap to apply and no cap reason.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs

from calcities_domain.kernel import Cited, Confidence, Reason, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    SubfieldShare,
    compliance_period,
    evaluate,
)
from calcities_domain.mcle.evaluation import PRORATED_CAP
from tests.mcle.reasons import one_reason

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
CA_2025 = CALIFORNIA.rule_sets.at(G1_2025.end)
#: Admitted 20 Jun 2023: subject from 1 Jun 2023, 22 of 38 months; 25 x 22/38 rounds up to 15 hours.
NEW_ADMITTEE = Licensee("new1", date(2023, 6, 20), G1)
#: Admitted long before the period: the full 25 hours, cap 12.5.
GARCIA = Licensee("100001", date(1995, 6, 1), G1)
TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")


def facts(found: Reason) -> dict[str, str]:
    return {f.name: f.value for f in found.facts}


def prorated_credits() -> list[Credit]:
    """7.5 participatory hours and 9 self-study hours (5 of them ethics): 1.5 over a cap of 7.5.

    The 1.5 hours over are taken from the latest self-study credit, s2 (4 hours, all ethics).
    """
    return [
        Credit("p", date(2024, 1, 5), 450),
        Credit("s1", date(2024, 1, 6), 300, delivery=Delivery.SELF_STUDY, subfields=(SubfieldShare("ethics", 60),)),
        Credit("s2", date(2024, 1, 7), 240, delivery=Delivery.SELF_STUDY, subfields=(SubfieldShare("ethics", 240),)),
    ]


def test_a_prorated_requirement_takes_the_cap_as_half_of_it() -> None:
    report = evaluate(NEW_ADMITTEE, prorated_credits(), G1_2025)

    assert (Decimal(15), 22) == (report.required("total"), report.months_subject)
    prorated = one_reason(report, "mcle.self_study_cap.prorated")
    assert prorated.message == "The self-study cap is taken as 1/2 of the prorated requirement."
    assert prorated.source == PRORATED_CAP
    assert facts(prorated) == {"required": "15", "cap": "7.5"}


def test_the_cap_reason_names_the_prorated_cap_the_claim_and_the_excess() -> None:
    report = evaluate(NEW_ADMITTEE, prorated_credits(), G1_2025)

    capped = one_reason(report, "mcle.self_study_cap")
    assert capped.message == (
        "Self-study counts for at most 7.5 hours (1/2 of the requirement); 9 claimed, 1.5 over the cap."
    )
    assert CA_2025.self_study_cap is not None
    assert capped.source == CA_2025.self_study_cap.source
    assert facts(capped) == {"self_study": "9", "cap": "7.5", "over": "1.5"}
    assert report.hours("self_study") == Decimal("7.5")


def test_an_unprorated_period_caps_self_study_at_12_5_hours_without_a_proration_reason() -> None:
    credits = [
        Credit(f"s{i:02}", date(2023, 2, 1) + timedelta(days=i), 60, delivery=Delivery.SELF_STUDY) for i in range(14)
    ]

    report = evaluate(GARCIA, credits, G1_2025)

    assert one_reason(report, "mcle.self_study_cap").message == (
        "Self-study counts for at most 12.5 hours (1/2 of the requirement); 14 claimed, 1.5 over the cap."
    )
    assert "mcle.self_study_cap.prorated" not in report.decision().codes


def test_within_the_cap_the_reason_names_the_claim_only() -> None:
    report = evaluate(GARCIA, [Credit("s", date(2023, 2, 1), 120, delivery=Delivery.SELF_STUDY)], G1_2025)

    assert one_reason(report, "mcle.self_study_cap").message == (
        "Self-study counts for at most 12.5 hours (1/2 of the requirement); 2 claimed."
    )
    assert "mcle.self_study_cap.subfields" not in report.decision().codes


def test_a_period_requiring_nothing_has_no_self_study_cap_reason() -> None:
    """Four months or less subject (Rule 2.72(D)): nothing is required, so there is no cap to apply."""
    late_admittee = Licensee("new2", date(2025, 1, 20), G1)

    report = evaluate(late_admittee, [Credit("s", date(2025, 2, 1), 120, delivery=Delivery.SELF_STUDY)], G1_2025)

    assert report.required("total") == Decimal(0)
    assert [c for c in report.decision().codes if c.startswith("mcle.self_study_cap")] == []


def test_hours_over_the_cap_still_count_toward_subfields_by_default() -> None:
    report = evaluate(NEW_ADMITTEE, prorated_credits(), G1_2025)

    subfields = one_reason(report, "mcle.self_study_cap.subfields")
    assert subfields.message == "Self-study hours over the cap still count toward subfield minimums."
    assert subfields.source == CA_2025.self_study_over_cap_counts_for_subfields.source
    assert facts(subfields) == {"counts_for_subfields": "yes"}
    assert report.hours("ethics") == Decimal(5)


def test_when_overridden_hours_over_the_cap_do_not_count_toward_subfields() -> None:
    rules = attrs.evolve(CA_2025, self_study_over_cap_counts_for_subfields=Cited(False, TEST_SOURCE))

    report = evaluate(NEW_ADMITTEE, prorated_credits(), G1_2025, rules=rules)

    subfields = one_reason(report, "mcle.self_study_cap.subfields")
    assert subfields.message == "Self-study hours over the cap do not count toward subfield minimums either."
    assert subfields.source == TEST_SOURCE
    assert facts(subfields) == {"counts_for_subfields": "no"}
    assert report.hours("ethics") == Decimal("3.5")  # s2 keeps 2.5 of its 4 ethics hours
