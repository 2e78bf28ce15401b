"""A report shown in a notebook heads what is still missing "Still missing", as its text does.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``ComplianceReport._repr_html_``
and ``NatReport._repr_html_``: "The report as an HTML table, for notebooks, with what is
still missing"; docs/mcle.md, "An evaluation, explained", whose text shows "Still missing:"):
the missing items sit under a heading cell whose text is exactly "Still missing", followed
by one cell per item; a report with nothing missing has no such heading.
"""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

from calcities_domain import mcle


class _Cells(HTMLParser):
    """The text of every cell, in order, each as ("th" or "td", text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.cells: list[tuple[str, str]] = []
        self._open: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("th", "td"):
            self._open = tag
            self.cells.append((tag, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            tag, text = self.cells[-1]
            self.cells[-1] = (tag, text + data)


def cells(markup: str) -> list[tuple[str, str]]:
    parser = _Cells()
    parser.feed(markup)
    parser.close()
    return parser.cells


def newcomer_report() -> mcle.NatReport:
    """Admitted 3 December 2024, 5 of 10 New Attorney Training hours done: 5 more by 2025-12-31."""
    newcomer = mcle.Licensee.admitted("345678", date(2024, 12, 3), "Garcia")
    return mcle.evaluate_nat(newcomer, [mcle.Credit("nat-1", date(2025, 1, 20), 300, new_attorney_training=True)])


def short_report() -> mcle.ComplianceReport:
    """Group 1, period ending 2025-03-29, no credits at all: every requirement is missing."""
    attorney = mcle.Licensee.admitted("201234", date(2010, 12, 7), "Garcia")
    period = mcle.compliance_period(mcle.ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
    return mcle.evaluate(attorney, [], period)


def test_what_a_new_attorney_still_misses_is_headed_still_missing() -> None:
    shown = cells(newcomer_report()._repr_html_())
    at = shown.index(("th", "Still missing"))
    assert shown[at + 1] == ("td", "5 more hours of New Attorney Training by 2025-12-31")


def test_what_a_licensee_still_misses_is_headed_still_missing() -> None:
    report = short_report()
    shown = cells(report._repr_html_())
    at = shown.index(("th", "Still missing"))
    missing = [str(s) for s in report.shortfalls]
    assert missing
    assert shown[at + 1 : at + 1 + len(missing)] == [("td", text) for text in missing]


def test_nothing_missing_has_no_such_heading() -> None:
    """Admitted in 2010, before New Attorney Training began (2018): nothing is missing."""
    report = mcle.evaluate_nat(mcle.Licensee.admitted("100001", date(2010, 1, 4), "Garcia"), [])
    assert report.shortfall is None
    assert ("th", "Still missing") not in cells(report._repr_html_())
