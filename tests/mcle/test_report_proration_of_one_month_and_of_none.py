"""Proration at its edges: a single month not subject prorates; rules without proration never do.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate``; docs/mcle.md,
"Proration and status"; ../shared/domain/mcle.md section 5; src/calcities_domain/mcle/
california.py, ``PRORATION`` and ``PRORATION_BEFORE_2015``; src/calcities_domain/mcle/
new_york.py, ``NY_NOT_CONFIGURED``):

* California: "The requirement is reduced in proportion to the whole months of the period
  in which the licensee was not yet admitted, inactive or exempt". One whole month is
  enough: admitted in March 2010, Group 1's 2010-2013 period (36 months) is prorated over
  35 months, 25 x 35/36 rounded up is 25 hours, and under the rules before 2015 a prorated
  requirement drops bias and substance abuse and prorates ethics (4 x 35/36, up: 4).
* New York: proration is not configured (``proration_months_threshold`` is None). The
  report says so once (``mcle.proration.none``, facts ``months_subject`` and
  ``months_in_period``), and every requirement stays whole, however many months the
  attorney was inactive.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.kernel import Reason
from calcities_domain.mcle import (
    NEW_YORK,
    ComplianceGroup,
    ComplianceReport,
    Licensee,
    LicenseStatus,
    StatusSpan,
    compliance_period,
    evaluate,
)
from calcities_domain.mcle.california import PRORATION
from tests.mcle.reasons import one_reason

#: Group 1's period 2010-02-01 to 2013-01-31 (36 months, the rules of 2004 to 2015).
G1_2013 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2011, 6, 1))
#: Admitted 15 March 2010: only February 2010 is a whole month not subject.
ONE_MONTH_LATE = Licensee("200003", date(2010, 3, 15), ComplianceGroup.GROUP_1)
NY_START = date(2020, 7, 1)
#: Inactive for the first year of the cycle 2020-07-01 to 2022-06-30, then active.
NY_HALF_INACTIVE = Licensee(
    "ny2",
    date(2010, 3, 1),
    cycle_start=NY_START,
    statuses=(
        StatusSpan(LicenseStatus.INACTIVE, date(2020, 7, 1), date(2021, 6, 30)),
        StatusSpan(LicenseStatus.ACTIVE, date(2021, 7, 1)),
    ),
)


def _facts(reason: Reason) -> list[tuple[str, str]]:
    return [(f.name, f.value) for f in reason.facts]


def _proration_codes(report: ComplianceReport) -> list[str]:
    return [r.code for r in report.reasons if r.code.startswith("mcle.proration")]


def test_a_single_month_not_subject_prorates_the_requirement() -> None:
    report = evaluate(ONE_MONTH_LATE, [], G1_2013)

    assert report.months_subject == 35
    assert _proration_codes(report) == [
        "mcle.proration",
        "mcle.proration.prorate",
        "mcle.proration.drop",
        "mcle.proration.drop",
    ]
    total = one_reason(report, "mcle.proration")
    assert total.message == (
        "Subject for 35 of 36 months (whole months not yet admitted, inactive or exempt are left out): "
        "25 x 35/36, rounded up, is 25 hours."
    )
    assert total.source == PRORATION
    assert _facts(total) == [("months_subject", "35"), ("months_in_period", "36"), ("required", "25")]
    assert {r.category: r.hours for r in report.requirements} == {
        "total": Decimal(25),
        "participatory": Decimal("12.5"),
        "ethics": Decimal(4),
        "bias": Decimal(0),
        "competence": Decimal(0),
    }


def test_new_york_says_once_that_it_does_not_prorate() -> None:
    cycle = compliance_period(NY_HALF_INACTIVE, containing=NY_START, jurisdiction=NEW_YORK)

    report = evaluate(NY_HALF_INACTIVE, [], cycle, jurisdiction=NEW_YORK)

    assert report.months_subject == 12
    assert _proration_codes(report) == ["mcle.proration.none"]
    none = one_reason(report, "mcle.proration.none")
    assert none.message == "New York rules here do not prorate the requirement."
    assert _facts(none) == [("months_subject", "12"), ("months_in_period", "24")]


def test_new_york_keeps_every_requirement_whole_for_a_partly_inactive_attorney() -> None:
    cycle = compliance_period(NY_HALF_INACTIVE, containing=NY_START, jurisdiction=NEW_YORK)

    report = evaluate(NY_HALF_INACTIVE, [], cycle, jurisdiction=NEW_YORK)

    assert {r.category: (r.hours, r.unprorated) for r in report.requirements} == {
        "total": (Decimal(24), Decimal(24)),
        "ethics": (Decimal(4), Decimal(4)),
        "diversity": (Decimal(1), Decimal(1)),
    }
    assert [str(s) for s in report.shortfalls] == [
        "24 more hours of credit in total by 2022-06-30",
        "4 more hours of ethics and professionalism by 2022-06-30",
        "1 more hour of diversity, inclusion and elimination of bias by 2022-06-30",
    ]
