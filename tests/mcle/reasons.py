"""The one reason of a compliance report with a given code, for the MCLE tests."""

from __future__ import annotations

from calcities_domain.kernel import Reason
from calcities_domain.mcle import ComplianceReport


def one_reason(report: ComplianceReport, code: str) -> Reason:
    """The report's reason with this code; fails, naming the codes there are, unless exactly one."""
    found = [r for r in report.reasons if r.code == code]
    assert len(found) == 1, (code, [r.code for r in report.reasons])
    return found[0]
