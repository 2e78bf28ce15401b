"""One obvious call per question about periods, deadlines and exemptions.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

from calcities_domain.kernel import Confidence, DateRange, Decision, Effect, Reason, Source
from calcities_domain.kernel._checks import fail
from calcities_domain.mcle.groups import ComplianceGroup
from calcities_domain.mcle.jurisdiction import Jurisdiction
from calcities_domain.mcle.models import CompliancePeriod, Exemption, Licensee
from calcities_domain.mcle.periods import PeriodSchedule

__all__ = [
    "PublicOffice",
    "compliance_period",
    "exemption_for_office",
    "next_period",
    "periods_overlapping",
    "previous_period",
    "report_deadline",
    "schedule_of",
]


def _where(jurisdiction: Jurisdiction | None) -> Jurisdiction:
    from calcities_domain.mcle.california import CALIFORNIA  # noqa: PLC0415 - the default

    if jurisdiction is None:
        return CALIFORNIA
    if not isinstance(jurisdiction, Jurisdiction):
        raise fail("jurisdiction", f"expected a Jurisdiction, got {jurisdiction!r}")
    return jurisdiction


def _schedule(who: ComplianceGroup | Licensee, jurisdiction: Jurisdiction | None) -> PeriodSchedule:
    where = _where(jurisdiction)
    if isinstance(who, ComplianceGroup):
        return where.schedule_for_group(who)
    if isinstance(who, Licensee):
        return where.schedule_for(who)
    raise fail("who", f"expected a ComplianceGroup or a Licensee, got {who!r}")


def schedule_of(period: CompliancePeriod, *, jurisdiction: Jurisdiction | None = None) -> PeriodSchedule:
    """The schedule a period belongs to.

    Raises:
        InputError: if the period is not one of the jurisdiction's.
    """
    where = _where(jurisdiction)
    if not isinstance(period, CompliancePeriod):
        raise fail("period", f"expected a CompliancePeriod, got {period!r}")
    if period.group is not None:
        schedule = where.schedule_for_group(period.group)
    elif where.anchored is not None and period.schedule.startswith("cycle-from-"):
        try:
            anchor = date.fromisoformat(period.schedule.removeprefix("cycle-from-"))
        except ValueError:
            raise fail("period.schedule", f"{period.schedule!r} names no cycle start") from None
        schedule = where.anchored.schedule(where.code, anchor)
    else:
        raise fail("period.schedule", f"{period.schedule!r} is not a schedule of {where.name}")
    schedule.require(period)
    return schedule


def compliance_period(
    who: ComplianceGroup | Licensee, *, containing: date, jurisdiction: Jurisdiction | None = None
) -> CompliancePeriod:
    """The compliance period of a group (or a licensee) that contains a day.

    Raises:
        RuleNotInForce: if the calendar has no period for that day, naming what is missing.
        InputError: for bad arguments.

    >>> p = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
    >>> p.start, p.end, p.report_by
    (datetime.date(2022, 2, 1), datetime.date(2025, 3, 29), datetime.date(2025, 4, 1))
    """
    return _schedule(who, jurisdiction).period_containing(containing)


def next_period(period: CompliancePeriod, *, jurisdiction: Jurisdiction | None = None) -> CompliancePeriod:
    """The period after ``period`` in its schedule.

    >>> p = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
    >>> next_period(p).start, next_period(p).end
    (datetime.date(2025, 3, 30), datetime.date(2028, 3, 29))
    """
    return schedule_of(period, jurisdiction=jurisdiction).period_after(period)


def previous_period(period: CompliancePeriod, *, jurisdiction: Jurisdiction | None = None) -> CompliancePeriod:
    """The period before ``period`` in its schedule."""
    return schedule_of(period, jurisdiction=jurisdiction).period_before(period)


def periods_overlapping(
    who: ComplianceGroup | Licensee, days: DateRange, *, jurisdiction: Jurisdiction | None = None
) -> tuple[CompliancePeriod, ...]:
    """Every period of a group (or a licensee) with a day in ``days``, in order."""
    return _schedule(who, jurisdiction).periods_overlapping(days)


def report_deadline(period: CompliancePeriod, *, jurisdiction: Jurisdiction | None = None) -> Decision[date]:
    """The last day to report for ``period``, with how it was worked out.

    >>> d = report_deadline(compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1)))
    >>> d.outcome, d.codes[-1]
    (datetime.date(2025, 4, 1), 'kernel.business_day.found')
    """
    return schedule_of(period, jurisdiction=jurisdiction).explain_report_by(period)


class PublicOffice(enum.Enum):
    """Public offices a licensee may hold, for the question of MCLE exemption.

    Attributes:
        STATE_OFFICER: an officer of the State of California (e.g. the Governor).
        STATE_ELECTED_OFFICIAL: an elected official of the State (e.g. a legislator).
        MAYOR: a mayor.
        CITY_COUNCIL_MEMBER: a member of a city council.
        CITY_ATTORNEY: a city attorney or deputy.
        COUNTY_OFFICIAL: a county officer, elected or not (a district attorney, a supervisor).
    """

    STATE_OFFICER = "state_officer"
    STATE_ELECTED_OFFICIAL = "state_elected_official"
    MAYOR = "mayor"
    CITY_COUNCIL_MEMBER = "city_council_member"
    CITY_ATTORNEY = "city_attorney"
    COUNTY_OFFICIAL = "county_official"


EXEMPTIONS = Source(
    "The State Bar of California, Attorney exemptions",
    Confidence.CONFIRMED,
    url="https://mcle.calbar.ca.gov/Attorneys/AttorneyExemptions.aspx",
    section="Rule 2.54(A)(1); B&P Code § 6070(c)",
    note="Officers and elected officials of the State of California are exempt; district attorneys, mayors and "
    "city council members are not (their offices are county or city offices).",
)


def exemption_for_office(office: PublicOffice) -> Decision[Exemption | None]:
    """Whether holding a public office exempts a California licensee from MCLE.

    Only state officers and elected state officials are exempt by office; a mayor or a
    city council member is **not**.

    >>> exemption_for_office(PublicOffice.MAYOR).outcome is None
    True
    >>> exemption_for_office(PublicOffice.STATE_ELECTED_OFFICIAL).outcome
    <Exemption.STATE_OFFICER: 'state_officer'>
    """
    if not isinstance(office, PublicOffice):
        raise fail("office", f"expected a PublicOffice, got {office!r}")
    state = office in (PublicOffice.STATE_OFFICER, PublicOffice.STATE_ELECTED_OFFICIAL)
    words = office.value.replace("_", " ")
    reason = Reason.of(
        "mcle.exemption.office",
        f"A {words} is "
        + (
            "exempt as an officer or elected official of the State."
            if state
            else "not exempt: only officers and elected officials of the State are."
        ),
        effect=Effect.PASS if state else Effect.FAIL,
        source=EXEMPTIONS,
        facts={"office": office},
    )
    return Decision(
        f"Does a {words} have an MCLE exemption by office?",
        Exemption.STATE_OFFICER if state else None,
        (reason,),
    )
