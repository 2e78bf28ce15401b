"""A report suggests carrying later hours back only when it is deficient and the rules allow it.

Rules under test (../shared/domain/mcle.md 1.4; src/calcities_domain/mcle/california.py,
CARRY_BACK: the State Bar's Inactive or not eligible status page and the California Bar
Journal, Feb. 2015, hours completed after a period ends may be applied to the *deficient*
period; src/calcities_domain/mcle/new_york.py: New York's rule sets allow no carry-back,
an assumed configuration):

* A compliant California report has nothing to make up: no ``mcle.carry_back`` reason.
* A deficient New York report, under rules allowing no carry-back, does not suggest it either.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.mcle import (
    NEW_YORK,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    SubfieldShare,
    compliance_period,
    evaluate,
)

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time 38-month period, 1 Feb 2022 to 29 Mar 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
DAY = date(2024, 5, 2)


def test_a_compliant_report_does_not_suggest_carry_back() -> None:
    """13 participatory hours meeting every 2025 minimum and 12 self-study hours: 25, compliant."""
    shares = tuple(
        SubfieldShare(code, minutes)
        for code, minutes in (
            ("ethics", 240),
            ("bias", 60),
            ("bias.implicit", 60),
            ("competence.prevention", 60),
            ("competence.wellness", 60),
            ("technology", 60),
            ("civility", 60),
        )
    )
    credits = [Credit("p", DAY, 780, subfields=shares), Credit("s", DAY, 720, delivery=Delivery.SELF_STUDY)]

    report = evaluate(Licensee("100001", date(1995, 6, 1), G1), credits, G1_2025)

    assert (report.compliant, report.shortfalls) == (True, ())
    assert "mcle.carry_back" not in report.decision().codes


def test_a_deficient_report_under_rules_without_carry_back_does_not_suggest_it() -> None:
    licensee = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
    period = compliance_period(licensee, containing=date(2021, 6, 1), jurisdiction=NEW_YORK)

    report = evaluate(licensee, [], period, jurisdiction=NEW_YORK)

    assert NEW_YORK.rule_sets.at(period.end).carry_back.value is False
    assert str(report.shortfalls[0]) == "24 more hours of credit in total by 2022-06-30"
    assert "mcle.carry_back" not in report.decision().codes
