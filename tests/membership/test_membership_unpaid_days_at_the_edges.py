"""The first unpaid day at the edges: the first recorded day, a lapse before, a one-day period.

Rules under test (src/calcities_domain/membership/models.py,
``MembershipHistory.first_unpaid_day``; ../shared/domain/governance-and-membership.md
section 1, "Membership", S35 and S21: dues are paid for a period, a fiscal year say):

* The first unpaid day is the first day of the membership including ``on``, up to ``on``,
  that no payment received by ``on`` covers; days before dues are recorded are not
  checked. The first day dues are recorded is checked: a period not yet paid for is
  unpaid from that very day.
* Payments for an earlier membership (before a lapse) neither pay for nor stop the
  checking of the days of the membership including ``on``: a rejoined city that paid for
  its new term has no unpaid day.
* A payment for a single day (dues periods are closed ranges, and a one-day range is
  one) pays for that day: the next period is unpaid from the day after it.
* The same days decide good standing (``member_status``) under a grace period.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import DateRange
from calcities_domain.membership import (
    DuesPayment,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    StandingRule,
    member_status,
)
from calcities_domain.organization import City

#: Danville's history as in the models' docstring: a member from 1 July 1982 to 30 June 2011,
#: and again from 1 July 2013.
FIRST_TERM = DateRange(date(1982, 7, 1), date(2011, 6, 30))
SECOND_TERM = DateRange(date(2013, 7, 1))


def fiscal_year(first: int) -> DateRange:
    return DateRange(date(first, 7, 1), date(first + 1, 6, 30))


def test_a_period_not_yet_paid_is_unpaid_from_the_first_day_dues_are_recorded() -> None:
    # Dues for 2014-15 are recorded, received on 15 September 2014: on 1 July 2014 they are
    # not yet received, so 1 July 2014 (the first day checked) is unpaid.
    history = MembershipHistory(
        "Danville", (FIRST_TERM, SECOND_TERM), dues=(DuesPayment(fiscal_year(2014), date(2014, 9, 15)),)
    )
    assert history.dues_recorded_from() == date(2014, 7, 1)
    assert history.first_unpaid_day(date(2014, 7, 1)) == date(2014, 7, 1)
    assert history.first_unpaid_day(date(2014, 9, 14)) == date(2014, 7, 1)
    assert history.first_unpaid_day(date(2014, 9, 15)) is None


def test_a_rejoined_city_that_paid_for_its_new_term_has_no_unpaid_day() -> None:
    # Paid for 2009-10 and 2010-11 (the end of the first term), then for 2013-14 on rejoining.
    dues = (
        DuesPayment(fiscal_year(2009), date(2009, 7, 1)),
        DuesPayment(fiscal_year(2010), date(2010, 7, 1)),
        DuesPayment(fiscal_year(2013), date(2013, 7, 1)),
    )
    history = MembershipHistory("Danville", (FIRST_TERM, SECOND_TERM), dues=dues)
    assert history.first_unpaid_day(date(2013, 7, 1)) is None
    assert history.first_unpaid_day(date(2014, 6, 30)) is None
    assert history.first_unpaid_day(date(2014, 7, 1)) == date(2014, 7, 1)


def test_a_rejoined_city_that_paid_for_its_new_term_stays_in_good_standing() -> None:
    dues = (DuesPayment(fiscal_year(2010), date(2010, 7, 1)), DuesPayment(fiscal_year(2013), date(2013, 7, 1)))
    history = MembershipHistory("Danville", (FIRST_TERM, SECOND_TERM), dues=dues)
    roll = MembershipRoll((City("Danville"),), (history,), standing=StandingRule.grace(0))
    decision = member_status(roll, "Danville", on=date(2014, 1, 1))
    assert decision.outcome is MemberStatus.GOOD_STANDING
    assert [reason.code for reason in decision.reasons] == ["membership.status.member", "membership.dues.paid"]


def test_a_one_day_payment_pays_for_its_day_and_the_next_period_is_unpaid_from_the_day_after() -> None:
    # A city joining on 30 June 2013 pays for that one day, and not (yet) for 2013-14.
    history = MembershipHistory(
        "Danville",
        (DateRange(date(2013, 6, 30)),),
        dues=(DuesPayment(DateRange(date(2013, 6, 30), date(2013, 6, 30)), date(2013, 6, 30)),),
    )
    assert history.first_unpaid_day(date(2013, 6, 30)) is None
    assert history.first_unpaid_day(date(2013, 7, 1)) == date(2013, 7, 1)
    assert history.first_unpaid_day(date(2013, 8, 1)) == date(2013, 7, 1)
