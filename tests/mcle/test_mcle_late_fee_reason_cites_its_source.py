"""The late fee a missed California deadline brings cites the source of the fee in force.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``_noncompliance``; california.py,
``NONCOMPLIANCE.late_fee``; ../shared/domain/mcle.md, section 6, "Noncompliance, deadlines
and penalties"; DESIGN.md: an explanation cites its rule):

* A $100 late fee for deadlines from 2016 to 17 May 2023 (State Bar, Good cause
  modification: ``LATE_FEE_100``).
* A $103 late fee for deadlines from 18 May 2023 (State Bar, MCLE requirements:
  ``LATE_FEE_103``).
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import Source
from calcities_domain.mcle import ComplianceGroup, Licensee, compliance_period, evaluate
from calcities_domain.mcle.california import LATE_FEE_100, LATE_FEE_103
from tests.mcle.reasons import one_reason

GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)


@pytest.mark.parametrize(
    ("containing", "report_by", "fee", "source"),
    [
        (date(2020, 6, 1), "2022-02-01", "$100.00", LATE_FEE_100),
        (date(2023, 6, 1), "2025-04-01", "$103.00", LATE_FEE_103),
    ],
)
def test_the_late_fee_reason_cites_the_fee_in_force_at_the_deadline(
    containing: date, report_by: str, fee: str, source: Source
) -> None:
    period = compliance_period(ComplianceGroup.GROUP_1, containing=containing)
    late = one_reason(evaluate(GARCIA, [], period), "mcle.noncompliance.late_fee")
    assert late.message == f"Reporting after {report_by} brings a late fee of {fee}."
    assert late.source == source
    assert [(f.name, f.value) for f in late.facts] == [("late_fee", fee), ("report_by", report_by)]
