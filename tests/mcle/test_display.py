"""Tests of how MCLE reports show: in a notebook, in a repr, and as rows for a data frame.

Rules under test (the issue on user experience; docs/mcle.md, "An evaluation, explained"):

* ``ComplianceReport._repr_html_`` shows what ``explain()`` says as one HTML table: the
  question, the answer, every reason, what is still missing, what did not count, the
  confirmed sources and the flagged assumptions; ``NatReport`` likewise, with what is
  missing.
* Their reprs are one line: ``<ComplianceReport 'question': no (3 shortfalls, N reasons,
  M assumptions)>``, ``<NatReport 'question': no (due D, N reasons, ...)>``.
* ``ComplianceReport.to_rows()`` gives one plain dict per requirement (hours required,
  counted and missing, met or not, and the source); ``report.decision().to_rows()`` gives
  the reasons.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import mcle
from calcities_domain.kernel._html import ASSUMPTIONS
from calcities_domain.testing import strategies as cst
from tests.kernel.html_check import shows, well_formed

ATTORNEY = mcle.Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
PERIOD = mcle.compliance_period(mcle.ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
ETHICS = (mcle.SubfieldShare("ethics", 240),)
#: 20 hours in the period (4 of them ethics), and 2 after it.
CREDITS = [mcle.Credit("annual-2023", date(2023, 10, 4), 20 * 60, subfields=ETHICS)]
CREDITS.append(mcle.Credit("academy-2025", date(2025, 5, 2), 120))
REPORT = mcle.evaluate(ATTORNEY, CREDITS, PERIOD)
QUESTION = "Is licensee 201234 compliant for the period 2022-02-01 to 2025-03-29?"


def test_the_repr_of_a_report_is_one_line() -> None:
    reasons, assumed = len(REPORT.reasons), len(REPORT.decision().assumptions())
    expected = f"<ComplianceReport {QUESTION!r}: no (7 shortfalls, {reasons} reasons, {assumed} assumptions)>"
    assert repr(REPORT) == expected


def test_the_html_of_a_real_report() -> None:
    html = REPORT._repr_html_()
    assert f'<caption style="text-align:left"><strong>{QUESTION}</strong></caption>' in html
    assert '<td style="text-align:left" colspan="2"><strong>no</strong></td>' in html
    assert [code for code in REPORT.decision().codes if f"<code>{code}</code>" not in html] == []
    # What explain() says, in the same order.
    shows(
        html,
        "Answer",
        "Credit in total: 20 of 25 hours required; 5 more needed.",
        "Still missing",
        "5 more hours of credit in total by 2025-03-29",
        "Not counted",
        "academy-2025: 2 h,",
        "Sources",
        f"\N{WARNING SIGN} {ASSUMPTIONS}",
        in_order=True,
    )


def test_a_compliant_report_shows_nothing_missing() -> None:
    minutes = {"ethics": 240, "bias": 60, "bias.implicit": 60, "competence": 60, "competence.prevention": 60}
    shares = tuple(mcle.SubfieldShare(code, n) for code, n in {**minutes, "technology": 60, "civility": 60}.items())
    report = mcle.evaluate(ATTORNEY, [mcle.Credit("all-2024", date(2024, 3, 1), 25 * 60, subfields=shares)], PERIOD)
    assert report.compliant
    shown = well_formed(report._repr_html_())
    assert "Still missing" not in shown
    assert "Not counted" not in shown
    assert repr(report).startswith(f"<ComplianceReport {QUESTION!r}: yes (no shortfalls, ")


def test_to_rows_gives_one_plain_dict_per_requirement() -> None:
    rows = REPORT.to_rows()
    assert [row["category"] for row in rows] == [r.category for r in REPORT.requirements]
    total = rows[0]
    assert total == {
        "licensee_id": "201234",
        "period_start": date(2022, 2, 1),
        "period_end": date(2025, 3, 29),
        "rule_set": "California, periods ending from 2025-01-31",
        "category": "total",
        "label": "credit in total",
        "required": Decimal(25),
        "counted": Decimal(20),
        "missing": Decimal(5),
        "met": False,
        "source": REPORT.requirements[0].source.title,
        "confidence": "confirmed",
    }
    ethics = next(row for row in rows if row["category"] == "ethics")
    assert (ethics["required"], ethics["counted"], ethics["missing"], ethics["met"]) == (
        Decimal(4),
        Decimal(4),
        Decimal(0),
        True,
    )
    assert [row["category"] for row in rows if not row["met"]] == [s.category for s in REPORT.shortfalls]


def test_the_reasons_as_rows_are_the_decisions() -> None:
    rows = REPORT.decision().to_rows()
    assert len(rows) == len(REPORT.reasons)
    assert rows[0]["question"] == QUESTION


def test_a_new_attorney_training_report() -> None:
    newcomer = mcle.Licensee.admitted("345678", date(2024, 12, 3), "Garcia")
    report = mcle.evaluate_nat(newcomer, [mcle.Credit("nat-1", date(2025, 1, 20), 300, new_attorney_training=True)])
    question = "Has licensee 345678 met the New Attorney Training requirement?"
    assert repr(report) == f"<NatReport {question!r}: no (due 2025-12-31, 3 reasons, 1 assumption)>"
    shows(report._repr_html_(), "Still missing", "5 more hours of New Attorney Training by 2025-12-31")


def test_a_new_attorney_training_report_that_does_not_apply() -> None:
    veteran = mcle.Licensee.admitted("100001", date(2010, 1, 4), "Garcia")
    report = mcle.evaluate_nat(veteran, [])
    assert report.due is None
    assert repr(report).startswith("<NatReport 'Has licensee 100001 met the New Attorney Training requirement?': yes (")
    assert "due" not in repr(report)
    assert "Still missing" not in well_formed(report._repr_html_())


@given(st.one_of(cst.compliance_reports(), cst.nat_reports()))
def test_every_report_shows_well(report: mcle.ComplianceReport | mcle.NatReport) -> None:
    html = report._repr_html_()
    well_formed(html)
    assert html.count("<code>") == len(report.reasons)
    assert len(repr(report).splitlines()) == 1
    missing = bool(report.shortfalls) if isinstance(report, mcle.ComplianceReport) else report.shortfall is not None
    assert ("Still missing" in html) == missing


@given(cst.compliance_reports())
def test_a_report_has_a_row_per_requirement(report: mcle.ComplianceReport) -> None:
    rows = report.to_rows()
    assert len(rows) == len(report.requirements)
    assert sum(not row["met"] for row in rows) == len(report.shortfalls)
