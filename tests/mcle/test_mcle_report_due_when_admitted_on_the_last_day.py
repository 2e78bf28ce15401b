"""Whether a report is due from a licensee admitted on the last day of a period.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate``, "reporting";
``ComplianceReport.must_report``: "one inactive for the whole period need not" report;
../shared/domain/mcle.md, section 5, "Exemptions and proration", and section 6,
"Noncompliance, deadlines and penalties"):

* A licensee admitted on the last day of the period and inactive from that very day was
  inactive on every day of the period from admission on: no report is due, the report says
  "Not admitted, or inactive from admission, for the whole period: no report is due.", and
  nothing about a missed deadline follows.
* Admitted on that same last day and active, the licensee must report by the deadline.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.mcle import (
    ComplianceGroup,
    Licensee,
    LicenseStatus,
    StatusSpan,
    compliance_period,
    evaluate,
)
from tests.mcle.reasons import one_reason

#: Group 1's period 2016-02-01 to 2019-01-31, reported by 1 February 2019.
G1_2019 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2017, 6, 1))
LAST_DAY = date(2019, 1, 31)


def test_inactive_from_admission_on_the_last_day_owes_no_report() -> None:
    licensee = Licensee(
        "300003",
        LAST_DAY,
        ComplianceGroup.GROUP_1,
        statuses=(StatusSpan(LicenseStatus.INACTIVE, LAST_DAY),),
    )
    report = evaluate(licensee, [], G1_2019)
    assert G1_2019.end == LAST_DAY
    assert report.must_report is False
    reason = one_reason(report, "mcle.report_by")
    assert reason.message == "Not admitted, or inactive from admission, for the whole period: no report is due."
    assert reason.fact("must_report") == "no"
    assert not [r.code for r in report.reasons if r.code.startswith("mcle.noncompliance")]


def test_active_from_admission_on_the_last_day_must_report() -> None:
    licensee = Licensee("300004", LAST_DAY, ComplianceGroup.GROUP_1)
    report = evaluate(licensee, [], G1_2019)
    assert report.must_report is True
    assert one_reason(report, "mcle.report_by").message == "The report for this period is due by 2019-02-01."
