"""The one-call lookups of mcle/lookups.py: which jurisdiction, whose schedule, which office exempts.

Rules under test (../shared/domain/mcle.md):

* Rule 2.54(A)(1) and B&P Code § 6070(c) (calbar AttorneyExemptions.aspx): officers and
  elected officials of the State of California are exempt from MCLE; mayors, city council
  members, city attorneys and county officials are not.
* California is the default jurisdiction; New York's biennial cycle runs from the
  licensee's own cycle start (22 NYCRR 1500.22(b)(1)).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.kernel import DateRange, Effect, InputError
from calcities_domain.mcle import (
    CALIFORNIA,
    NEW_YORK,
    ComplianceGroup,
    Exemption,
    Licensee,
    PublicOffice,
    compliance_period,
    exemption_for_office,
    periods_overlapping,
)
from calcities_domain.mcle.lookups import EXEMPTIONS

NY_LICENSEE = Licensee("ny1", date(2019, 6, 15), cycle_start=date(2020, 6, 15))


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


@pytest.mark.parametrize(
    ("office", "words"),
    [(PublicOffice.STATE_OFFICER, "state officer"), (PublicOffice.STATE_ELECTED_OFFICIAL, "state elected official")],
)
def test_a_state_office_exempts_and_says_why(office: PublicOffice, words: str) -> None:
    """Rule 2.54(A)(1): officers and elected officials of the State are exempt."""
    decision = exemption_for_office(office)
    assert decision.outcome is Exemption.STATE_OFFICER
    assert decision.question == f"Does a {words} have an MCLE exemption by office?"
    (reason,) = decision.reasons
    assert reason.code == "mcle.exemption.office"
    assert reason.message == f"A {words} is exempt as an officer or elected official of the State."
    assert reason.effect is Effect.PASS
    assert [(fact.name, fact.value) for fact in reason.facts] == [("office", office.value)]
    assert reason.source == EXEMPTIONS


@pytest.mark.parametrize(
    ("office", "words"),
    [
        (PublicOffice.MAYOR, "mayor"),
        (PublicOffice.CITY_COUNCIL_MEMBER, "city council member"),
        (PublicOffice.CITY_ATTORNEY, "city attorney"),
        (PublicOffice.COUNTY_OFFICIAL, "county official"),
    ],
)
def test_a_local_office_does_not_exempt_and_says_why(office: PublicOffice, words: str) -> None:
    """B&P Code § 6070(c): a mayor or council member holds a city office, not a State one."""
    decision = exemption_for_office(office)
    assert decision.outcome is None
    assert decision.question == f"Does a {words} have an MCLE exemption by office?"
    (reason,) = decision.reasons
    assert reason.code == "mcle.exemption.office"
    assert reason.message == f"A {words} is not exempt: only officers and elected officials of the State are."
    assert reason.effect is Effect.FAIL
    assert [(fact.name, fact.value) for fact in reason.facts] == [("office", office.value)]
    assert reason.source == EXEMPTIONS
    assert EXEMPTIONS.section == "Rule 2.54(A)(1); B&P Code § 6070(c)"


def test_the_jurisdiction_given_is_the_one_asked() -> None:
    """New York's biennial cycles run from the licensee's cycle start (22 NYCRR 1500.22(b)(1))."""
    found = periods_overlapping(NY_LICENSEE, DateRange(date(2022, 1, 1), date(2024, 12, 31)), jurisdiction=NEW_YORK)
    assert [(p.jurisdiction, p.start, p.end) for p in found] == [
        ("us_ny", date(2020, 6, 15), date(2022, 6, 14)),
        ("us_ny", date(2022, 6, 15), date(2024, 6, 14)),
        ("us_ny", date(2024, 6, 15), date(2026, 6, 14)),
    ]
    period = compliance_period(NY_LICENSEE, containing=date(2024, 1, 1), jurisdiction=NEW_YORK)
    assert (period.jurisdiction, period.start, period.end) == ("us_ny", date(2022, 6, 15), date(2024, 6, 14))


def test_california_is_the_default_jurisdiction() -> None:
    """California places licensees in last-name groups (calbar MCLE compliance information); none, no period."""
    assert compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1)) == compliance_period(
        ComplianceGroup.GROUP_1, containing=date(2024, 6, 1), jurisdiction=CALIFORNIA
    )
    with pytest.raises(InputError) as caught:
        periods_overlapping(NY_LICENSEE, DateRange(date(2022, 1, 1), date(2024, 12, 31)))
    assert [p for p, _ in problems_of(caught.value)] == ["licensee.group"]


def test_a_licensee_is_placed_by_the_group_of_their_name() -> None:
    """Group 3 (N-Z): the period containing 1 January 2024 runs 1 February 2023 to 29 March 2026."""
    licensee = Licensee.admitted("1", date(2019, 12, 3), "Nguyen")
    period = compliance_period(licensee, containing=date(2024, 1, 1))
    assert (period.group, period.start, period.end) == (ComplianceGroup.GROUP_3, date(2023, 2, 1), date(2026, 3, 29))


@pytest.mark.parametrize("where", ["us_ca", 1])
def test_a_jurisdiction_must_be_a_jurisdiction(where: Any) -> None:
    with pytest.raises(InputError) as caught:
        compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 1, 1), jurisdiction=where)
    assert problems_of(caught.value) == [("jurisdiction", f"expected a Jurisdiction, got {where!r}")]


@pytest.mark.parametrize("who", ["Garcia", 1, None])
def test_who_must_be_a_group_or_a_licensee(who: Any) -> None:
    with pytest.raises(InputError) as caught:
        compliance_period(who, containing=date(2024, 1, 1))
    assert problems_of(caught.value) == [("who", f"expected a ComplianceGroup or a Licensee, got {who!r}")]


def test_an_office_must_be_a_public_office() -> None:
    bad: Any = "mayor"
    with pytest.raises(InputError) as caught:
        exemption_for_office(bad)
    assert problems_of(caught.value) == [("office", "expected a PublicOffice, got 'mayor'")]
