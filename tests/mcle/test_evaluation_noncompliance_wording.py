"""What follows a missed California deadline: each step cites its source and states its facts.

Rules under test (src/calcities_domain/mcle/california.py, ``NONCOMPLIANCE``;
../shared/domain/mcle.md, section 6, "Noncompliance, deadlines and penalties"):

* Under the 1 February deadlines a 60-day noncompliance notice followed the late fee
  (State Bar, Good cause modification; California Bar Journal, Feb. 2015: ``NOTICE``).
* A licensee still noncompliant is enrolled inactive, not entitled to practise law
  (State Bar, Audit FAQ; Good cause modification: ``INACTIVE``).
* Reinstatement costs $200 for deadlines from 2008 until 30 June 2023 (California Bar
  Journal, Jan. 2008; tsazim.com, 2019: ``REINSTATEMENT_200``).

Every reason of a report names its source and the facts it used (DESIGN.md: an
explanation cites its rule), so a reader can check each step.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.mcle import ComplianceGroup, Licensee, compliance_period, evaluate
from calcities_domain.mcle.california import INACTIVE, NOTICE, REINSTATEMENT_200
from tests.mcle.reasons import one_reason

#: Group 1's period 2019-02-01 to 2022-01-31, reported by Tuesday 1 February 2022.
G1_2022 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2020, 6, 1))
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)


def test_the_noncompliance_notice_cites_its_source_and_its_days() -> None:
    assert G1_2022.report_by == date(2022, 2, 1)
    notice = one_reason(evaluate(GARCIA, [], G1_2022), "mcle.noncompliance.notice")
    assert notice.message == "A noncompliance notice then gives 60 days to comply."
    assert notice.source == NOTICE
    assert notice.fact("notice_days") == "60"
    assert [(f.name, f.value) for f in notice.facts] == [("notice_days", "60")]


def test_inactive_enrollment_cites_the_state_bar() -> None:
    inactive = one_reason(evaluate(GARCIA, [], G1_2022), "mcle.noncompliance.inactive")
    assert inactive.message.startswith("A licensee still not compliant is enrolled inactive")
    assert inactive.source == INACTIVE


def test_the_reinstatement_fee_is_stated_as_a_fact() -> None:
    reinstatement = one_reason(evaluate(GARCIA, [], G1_2022), "mcle.noncompliance.reinstatement_fee")
    assert reinstatement.message == (
        "Reinstatement then costs $200.00 (the fee in force on 2022-02-01; "
        "the fee due is the one in force when reinstatement is sought)."
    )
    assert reinstatement.source == REINSTATEMENT_200
    assert [(f.name, f.value) for f in reinstatement.facts] == [("reinstatement_fee", "$200.00")]
