"""The reasons of a city's membership status: a member passes, a former member fails, both cited.

Rules under test (src/calcities_domain/membership/standing.py, ``member_status``;
membership/cal_cities.py, ``MEMBERS_ARE_CITIES``; ../shared/domain/
governance-and-membership.md section 1, "Membership", S2 and S1: the members of Cal Cities
are California cities, and a city may leave and rejoin):

* A city is a member on a day that lies in one of its terms: the reason
  ``membership.status.member`` passes (``Effect.PASS``), says since when, and cites S2/S1.
* A city that is not a member on a day but was one before is a former member: the reason
  ``membership.status.former_member`` fails (``Effect.FAIL``), gives the day its
  membership lapsed, and cites the same source.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import DateRange, Effect, Fact
from calcities_domain.membership import MembershipHistory, MembershipRoll, MemberStatus, member_status
from calcities_domain.membership.cal_cities import MEMBERS_ARE_CITIES
from calcities_domain.organization import City

#: Danville: a member from 1 July 1982 to 30 June 2011, and again from 1 July 2013.
ROLL = MembershipRoll(
    (City("Danville"),),
    (MembershipHistory("Danville", (DateRange(date(1982, 7, 1), date(2011, 6, 30)), DateRange(date(2013, 7, 1)))),),
)


def test_a_former_member_fails_with_the_day_it_lapsed_and_its_source() -> None:
    decision = member_status(ROLL, "Danville", on=date(2012, 1, 1))
    assert decision.outcome is MemberStatus.FORMER_MEMBER
    (reason,) = decision.reasons
    assert reason.code == "membership.status.former_member"
    assert reason.message == "Danville is not a member on 2012-01-01: its membership lapsed on 2011-07-01."
    assert reason.effect is Effect.FAIL
    assert reason.source is MEMBERS_ARE_CITIES
    assert reason.facts == (Fact("lapsed_on", "2011-07-01"),)


def test_a_member_passes_with_the_day_it_joined_and_its_source() -> None:
    decision = member_status(ROLL, "Danville", on=date(2024, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    reason = decision.reasons[0]
    assert reason.code == "membership.status.member"
    assert reason.message == "Danville is a member on 2024-01-01 (member since 2013-07-01)."
    assert reason.effect is Effect.PASS
    assert reason.source is MEMBERS_ARE_CITIES
    assert reason.facts == (Fact("member_since", "2013-07-01"),)
