"""Months of a period the licensee was inactive from a day after admission.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``_not_subject_ranges``;
../shared/domain/mcle.md, section 5, "Exemptions and proration"; california.py,
``PRORATION``: the requirement is reduced in proportion to whole months not yet
admitted, inactive or exempt; the official table has "32 months: 23 hours, 4 ethics"):

* An inactive span that starts in the middle of a month, long after admission, holds from
  its own first day: that month has subject days and counts; only the whole months after
  it are left out.
* A status from the day of admission holds from the first day of the month of admission,
  where the first period begins.
* A month with any subject day is a subject month: admitted on 1 June and inactive from
  3 June to 30 September, the licensee was subject on 1 and 2 June, so June counts and only
  February to May and July to September (7 months) are left out of the 36.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.mcle import (
    ComplianceGroup,
    Licensee,
    LicenseStatus,
    StatusSpan,
    compliance_period,
    evaluate,
    prorate,
)

#: Group 1's period 2016-02-01 to 2019-01-31 (36 months).
G1_2019 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2017, 6, 1))


def test_inactive_from_the_middle_of_a_month_leaves_out_only_the_whole_months_after() -> None:
    """Inactive from 15 September 2018: October to January, 4 whole months, are left out."""
    licensee = Licensee(
        "100001",
        date(1995, 6, 1),
        ComplianceGroup.GROUP_1,
        statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2018, 9, 15), date(2019, 1, 31)),),
    )
    report = evaluate(licensee, [], G1_2019)
    assert report.months_subject == 32
    assert (report.required("total"), report.required("ethics")) == (Decimal(23), Decimal(4))


def test_inactive_from_the_day_of_admission_holds_from_the_first_of_that_month() -> None:
    """Admitted and inactive on 15 June 2016 until 30 September: February to September are left out."""
    licensee = Licensee(
        "200002",
        date(2016, 6, 15),
        ComplianceGroup.GROUP_1,
        statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2016, 6, 15), date(2016, 9, 30)),),
    )
    report = evaluate(licensee, [], G1_2019)
    assert report.months_subject == 28


def test_two_active_days_in_the_month_of_admission_make_it_a_subject_month() -> None:
    licensee = Licensee(
        "400004",
        date(2016, 6, 1),
        ComplianceGroup.GROUP_1,
        statuses=(StatusSpan(LicenseStatus.INACTIVE, date(2016, 6, 3), date(2016, 9, 30)),),
    )
    report = evaluate(licensee, [], G1_2019)
    assert report.months_subject == 29
    assert prorate(Decimal(25), 29, 36, round_up=True) == Decimal(21)
    assert (report.required("total"), report.required("ethics")) == (Decimal(21), Decimal(4))
