"""Status spans that follow one another without a gap count as one stretch of days.

Rules under test (../shared/domain/mcle.md 5 "Exemptions and proration";
src/calcities_domain/mcle/california.py, PRORATION: Rule 2.72(D) (2014 numbering), the
State Bar's New admittees page, the requirement is reduced in proportion to whole months not
yet admitted, inactive or exempt; mcle.calbar compliance information: inactive licensees are
not subject and need not report; mcle.calbar Attorney exemptions (Rule 2.54): exempt
licensees still report, "Exempt for the whole period"):

* A month spent partly inactive and, from the next day, exempt is a whole month not subject:
  inactive 1 to 15 January 2023 and exempt from 16 January to 31 March 2023 leaves 35 of
  group 1's 38 months subject (25 x 35/38, rounded up, is 24 hours).
* Two inactive spans back to back, covering the whole period, are inactive for the whole
  period: no report is due.
* Two exempt spans back to back (a state employee, then a state officer), covering the whole
  period, are exempt for the whole period: the exemption must be reported.
* A licensee admitted on the first day of the period and exempt from that day is admitted
  and exempt on every day of it: exempt for the whole period.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.mcle import (
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
ADMITTED = date(1995, 6, 1)
EXEMPT_WHOLE_PERIOD = "Exempt for the whole period: no hours are required, but the exemption must be reported."


def test_a_month_partly_inactive_then_exempt_is_not_subject() -> None:
    licensee = Licensee(
        "st1",
        ADMITTED,
        G1,
        statuses=(
            StatusSpan(LicenseStatus.INACTIVE, date(2023, 1, 1), date(2023, 1, 15)),
            StatusSpan(LicenseStatus.EXEMPT, date(2023, 1, 16), date(2023, 3, 31), exemption=Exemption.STATE_OFFICER),
        ),
    )

    report = evaluate(licensee, [], G1_2025)

    assert (report.months_subject, report.required("total")) == (35, Decimal(24))
    assert one_reason(report, "mcle.proration").message == (
        "Subject for 35 of 38 months (whole months not yet admitted, inactive or exempt are left out): "
        "25 x 35/38, rounded up, is 24 hours."
    )


def test_two_inactive_spans_back_to_back_over_the_whole_period_need_no_report() -> None:
    licensee = Licensee(
        "st2",
        ADMITTED,
        G1,
        statuses=(
            StatusSpan(LicenseStatus.INACTIVE, date(2020, 1, 1), date(2023, 6, 30)),
            StatusSpan(LicenseStatus.INACTIVE, date(2023, 7, 1)),
        ),
    )

    report = evaluate(licensee, [], G1_2025)

    assert report.must_report is False
    assert one_reason(report, "mcle.report_by").message == (
        "Not admitted, or inactive from admission, for the whole period: no report is due."
    )
    assert not [c for c in report.decision().codes if c.startswith("mcle.noncompliance")]


def test_two_exempt_spans_back_to_back_over_the_whole_period_are_exempt_for_it() -> None:
    licensee = Licensee(
        "st3",
        ADMITTED,
        G1,
        statuses=(
            StatusSpan(LicenseStatus.EXEMPT, date(2020, 1, 1), date(2023, 6, 30), exemption=Exemption.STATE_EMPLOYEE),
            StatusSpan(LicenseStatus.EXEMPT, date(2023, 7, 1), exemption=Exemption.STATE_OFFICER),
        ),
    )

    report = evaluate(licensee, [], G1_2025)

    assert one_reason(report, "mcle.exempt").message == EXEMPT_WHOLE_PERIOD
    assert (report.compliant, report.must_report, report.months_subject) == (True, True, 0)


def test_admitted_on_the_first_day_and_exempt_from_it_is_exempt_for_the_whole_period() -> None:
    licensee = Licensee(
        "st4",
        G1_2025.start,
        G1,
        statuses=(StatusSpan(LicenseStatus.EXEMPT, G1_2025.start, exemption=Exemption.LAW_PROFESSOR),),
    )

    report = evaluate(licensee, [], G1_2025)

    assert one_reason(report, "mcle.exempt").message == EXEMPT_WHOLE_PERIOD
    assert (report.compliant, report.must_report) == (True, True)
