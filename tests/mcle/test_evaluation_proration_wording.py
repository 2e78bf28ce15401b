"""How a prorated California requirement is explained: the words, the facts and the sources.

Rules under test (src/calcities_domain/mcle/california.py; ../shared/domain/mcle.md,
section 5, "Exemptions and proration"):

* A licensee subject to MCLE for four months or less of a period has no requirement for
  it, but reports (State Bar, MCLE requirements: ``FOUR_MONTHS``).
* The requirement is reduced in proportion to whole months not yet admitted, inactive or
  exempt, rounded up to whole hours; the official 2012-2014 new-admittee table has
  "32 months: 23 hours, 4 ethics" (State Bar, New admittees: ``PRORATION``).
* Before the 2014 change a prorated requirement dropped the bias and substance-abuse hours
  and prorated only ethics (State Bar 2014 public comment: ``PRORATION_BEFORE_2015``).
* A rule set that rounds to the nearest hour says so (``RuleSet.proration_rounding_up``).
* A minimum kept in full (``ProrationMode.KEEP``) and every minimum of an unprorated
  period need no explanation of proration.
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
    Licensee,
    Minimum,
    ProrationMode,
    compliance_period,
    evaluate,
)
from calcities_domain.mcle.california import ETHICS, FOUR_MONTHS, PRORATION, PRORATION_BEFORE_2015

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
#: Group 1's period 2010-02-01 to 2013-01-31 (36 months, the rules of 2004 to 2015).
G1_2013 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2011, 6, 1))
#: Group 1's one-time 38-month period 2022-02-01 to 2025-03-29.
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
#: Admitted in June 2010: February to May are not subject, 32 of 36 months are.
NEW_ADMITTEE = Licensee("200002", date(2010, 6, 15), ComplianceGroup.GROUP_1)


def _proration_reasons(report: ComplianceReport) -> list[Reason]:
    return [r for r in report.reasons if r.code.startswith("mcle.proration")]


def _facts(reason: Reason) -> list[tuple[str, str]]:
    return [(f.name, f.value) for f in reason.facts]


def test_four_months_or_less_subject_requires_no_hours() -> None:
    """Admitted in December 2024: December to March, 4 of the 38 months."""
    licensee = Licensee("300003", date(2024, 12, 10), ComplianceGroup.GROUP_1)
    report = evaluate(licensee, [], G1_2025)
    assert report.months_subject == 4
    [reason] = _proration_reasons(report)
    assert reason.code == "mcle.proration.nothing_required"
    assert reason.message == (
        "Subject to the requirement for 4 of 38 months, 4 or fewer: no hours are required (a report may still be due)."
    )
    assert reason.source == FOUR_MONTHS
    assert _facts(reason) == [("months_subject", "4"), ("months_in_period", "38"), ("threshold", "4")]
    assert {r.hours for r in report.requirements} == {Decimal(0)}
    assert report.must_report


def test_the_32_month_row_of_the_new_admittee_table_is_explained() -> None:
    report = evaluate(NEW_ADMITTEE, [], G1_2013)
    assert report.months_subject == 32
    total, ethics, bias, competence = _proration_reasons(report)
    assert total.code == "mcle.proration"
    assert total.message == (
        "Subject for 32 of 36 months (whole months not yet admitted, inactive or exempt are left out): "
        "25 x 32/36, rounded up, is 23 hours."
    )
    assert total.source == PRORATION
    assert _facts(total) == [("months_subject", "32"), ("months_in_period", "36"), ("required", "23")]

    assert ethics.code == "mcle.proration.prorate"
    assert ethics.message == "In a prorated period, legal ethics is prorated to 4 hours."
    assert ethics.source == PRORATION
    assert _facts(ethics) == [("subfield", "ethics"), ("required", "4")]

    assert bias.code == "mcle.proration.drop"
    assert bias.message == "In a prorated period, elimination of bias is not required."
    assert bias.source == PRORATION_BEFORE_2015
    assert _facts(bias) == [("subfield", "bias"), ("required", "0")]

    assert competence.code == "mcle.proration.drop"
    assert competence.message == "In a prorated period, competence issues (substance abuse) is not required."
    assert _facts(competence) == [("subfield", "competence"), ("required", "0")]
    assert (report.required("total"), report.required("ethics"), report.required("bias")) == (
        Decimal(23),
        Decimal(4),
        Decimal(0),
    )


def test_rounding_to_the_nearest_hour_is_said_in_words() -> None:
    """25 x 32/36 is 22.2: 22 to the nearest hour (23 rounded up)."""
    rules = attrs.evolve(CALIFORNIA.rules_for(G1_2013), proration_rounding_up=Cited(False, TEST_SOURCE))
    report = evaluate(NEW_ADMITTEE, [], G1_2013, rules=rules)
    total = next(r for r in report.reasons if r.code == "mcle.proration")
    assert total.message == (
        "Subject for 32 of 36 months (whole months not yet admitted, inactive or exempt are left out): "
        "25 x 32/36, rounded to the nearest, is 22 hours."
    )
    assert total.source == TEST_SOURCE
    assert report.required("total") == Decimal(22)


def test_a_full_period_needs_no_word_on_proration() -> None:
    licensee = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)
    report = evaluate(licensee, [], G1_2013)
    assert report.months_subject == 36
    assert _proration_reasons(report) == []
    assert report.required("bias") == Decimal(1)


def test_a_minimum_kept_in_full_needs_no_word_on_proration() -> None:
    kept = Minimum("ethics", "legal ethics", Decimal(4), ETHICS, when_prorated=ProrationMode.KEEP)
    rules = attrs.evolve(CALIFORNIA.rules_for(G1_2013), minimums=(kept,))
    report = evaluate(NEW_ADMITTEE, [], G1_2013, rules=rules)
    assert [r.code for r in _proration_reasons(report)] == ["mcle.proration"]
    assert report.required("ethics") == Decimal(4)
