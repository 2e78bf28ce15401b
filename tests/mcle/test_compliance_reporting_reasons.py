"""The reasons a compliance report gives about reporting: exemption for the whole period, and the deadline.

Rules under test (../shared/domain/mcle.md 4, 5 and 6; src/calcities_domain/mcle/california.py,
DEADLINE: reports are due the day after the period ends, moved to the next business day, so
group 1's 2025 report was due 1 April 2025; the State Bar's Attorney exemptions page
(Rule 2.54): exempt licensees still report; mcle.calbar compliance information: inactive
licensees are not subject and need not report):

* A licensee exempt for the whole period is told no hours are required but the exemption
  must be reported (``mcle.exempt``), with the report deadline as a fact.
* ``mcle.report_by`` gives the deadline, or says no report is due for a licensee not admitted,
  or inactive from admission, for the whole period, citing the schedule's deadline source,
  with the deadline and whether a report is due as facts.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import Reason
from calcities_domain.mcle import (
    CALIFORNIA,
    ComplianceGroup,
    Exemption,
    Licensee,
    LicenseStatus,
    StatusSpan,
    compliance_period,
    evaluate,
)
from tests.mcle.reasons import one_reason

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025, report due 1 Apr 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
DEADLINE_SOURCE = CALIFORNIA.schedule_for(Licensee("x", date(1995, 6, 1), G1)).deadline_source


def facts(found: Reason) -> dict[str, str]:
    return {f.name: f.value for f in found.facts}


def test_exempt_for_the_whole_period_must_still_report() -> None:
    officer = Licensee(
        "ex1",
        date(1995, 6, 1),
        G1,
        statuses=(StatusSpan(LicenseStatus.EXEMPT, date(2021, 1, 1), exemption=Exemption.STATE_OFFICER),),
    )

    report = evaluate(officer, [], G1_2025)

    exempt = one_reason(report, "mcle.exempt")
    assert exempt.message == "Exempt for the whole period: no hours are required, but the exemption must be reported."
    assert facts(exempt) == {"report_by": "2025-04-01"}
    assert (report.compliant, report.must_report) == (True, True)
    assert one_reason(report, "mcle.report_by").message == "The report for this period is due by 2025-04-01."


def test_a_licensee_exempt_for_part_of_the_period_gets_no_exemption_reason() -> None:
    part = Licensee(
        "ex2",
        date(1995, 6, 1),
        G1,
        statuses=(
            StatusSpan(LicenseStatus.EXEMPT, date(2021, 1, 1), date(2024, 6, 30), exemption=Exemption.STATE_OFFICER),
        ),
    )

    report = evaluate(part, [], G1_2025)

    assert "mcle.exempt" not in report.decision().codes


def test_the_report_deadline_is_given_with_its_source_and_facts() -> None:
    report = evaluate(Licensee("100001", date(1995, 6, 1), G1), [], G1_2025)

    due = one_reason(report, "mcle.report_by")
    assert due.message == "The report for this period is due by 2025-04-01."
    assert due.source == DEADLINE_SOURCE
    assert facts(due) == {"report_by": "2025-04-01", "must_report": "yes"}


def test_a_licensee_admitted_after_the_period_need_not_report() -> None:
    report = evaluate(Licensee("new1", date(2025, 6, 2), G1), [], G1_2025)

    due = one_reason(report, "mcle.report_by")
    assert due.message == "Not admitted, or inactive from admission, for the whole period: no report is due."
    assert due.source == DEADLINE_SOURCE
    assert facts(due) == {"report_by": "2025-04-01", "must_report": "no"}
    assert report.must_report is False


def test_a_licensee_inactive_from_admission_need_not_report() -> None:
    inactive = Licensee(
        "new2", date(2023, 6, 20), G1, statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2023, 6, 20)),)
    )

    report = evaluate(inactive, [], G1_2025)

    due = one_reason(report, "mcle.report_by")
    assert due.message == "Not admitted, or inactive from admission, for the whole period: no report is due."
    assert facts(due) == {"report_by": "2025-04-01", "must_report": "no"}
    assert not [c for c in report.decision().codes if c.startswith("mcle.noncompliance")]
