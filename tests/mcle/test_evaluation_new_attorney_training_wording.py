"""New Attorney Training hours in an MCLE evaluation: whether they count, in words, with the source.

Rules under test (src/calcities_domain/mcle/california.py, ``NAT_COUNTS``;
../shared/domain/mcle.md, section 4, "New admittees"):

* New Attorney Training (10 hours for attorneys admitted after 1 February 2018) is
  reported apart from MCLE. Whether its hours also count toward MCLE is not known: the
  library's default (an assumption, ``NAT_COUNTS``) is that they do not, and a rule set
  may say otherwise (``RuleSet.nat_counts_toward_mcle``).
* A credit that does not count says why in a sentence; the report's reason for the rule
  names its source and the fact it used.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import attrs

from calcities_domain.kernel import Cited, Confidence, Reason, Source
from calcities_domain.mcle import (
    CALIFORNIA,
    ComplianceGroup,
    ComplianceReport,
    Credit,
    Licensee,
    NotCounted,
    NotCountedReason,
    compliance_period,
    evaluate,
)
from calcities_domain.mcle.california import NAT_COUNTS

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
#: Group 1's period 2019-02-01 to 2022-01-31.
G1_2022 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2020, 6, 1))
#: Admitted in December 2018, subject for the whole period, with New Attorney Training to do.
NEW_ATTORNEY = Licensee("300003", date(2018, 12, 3), ComplianceGroup.GROUP_1)
NAT_CREDIT = Credit("nat1", date(2019, 6, 1), 90, new_attorney_training=True)


def _nat_reason(report: ComplianceReport) -> Reason:
    [reason] = [r for r in report.reasons if r.code == "mcle.nat.counts_toward_mcle"]
    return reason


def test_by_default_new_attorney_training_is_reported_apart() -> None:
    report = evaluate(NEW_ATTORNEY, [NAT_CREDIT], G1_2022)
    assert report.not_counted == (
        NotCounted(
            "nat1",
            Decimal("1.5"),
            NotCountedReason.NEW_ATTORNEY_TRAINING,
            "New Attorney Training is reported apart from MCLE, and these rules do not count it toward MCLE",
        ),
    )
    reason = _nat_reason(report)
    assert reason.message == (
        "New Attorney Training hours are reported apart and do not count toward MCLE under these rules."
    )
    assert reason.source == NAT_COUNTS
    assert [(f.name, f.value) for f in reason.facts] == [("counts", "no")]


def test_a_rule_set_may_count_new_attorney_training_toward_mcle() -> None:
    rules = attrs.evolve(CALIFORNIA.rules_for(G1_2022), nat_counts_toward_mcle=Cited(True, TEST_SOURCE))
    report = evaluate(NEW_ATTORNEY, [NAT_CREDIT], G1_2022, rules=rules)
    assert report.not_counted == ()
    assert report.hours("total") == Decimal("1.5")
    reason = _nat_reason(report)
    assert reason.message == "New Attorney Training hours also count toward MCLE under these rules."
    assert reason.source == TEST_SOURCE
    assert [(f.name, f.value) for f in reason.facts] == [("counts", "yes")]
