"""Exact wording and edge cases of the membership answers (standing.py, models.py, batch.py).

Rules under test (src/calcities_domain/membership/; ../shared/domain/
governance-and-membership.md section 1, "Membership"):

* S2: the members of Cal Cities are California cities; S34: Partners sponsor and take
  part, and are not described as members (inferred). The reasons of ``may_be_member``
  say so in fixed sentences, naming the kind in plain words ("special district").
* ``MembershipHistory.of`` names a bad ``dues`` argument at ``dues`` (or ``dues[i]``).
* ``lapsed_between`` lists every lapse in the range, also when an earlier lapse of the
  same city falls before it.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import DateRange, InputError
from calcities_domain.membership import (
    LapseRow,
    MembershipHistory,
    MembershipRoll,
    OrganizationKind,
    lapsed_between,
    may_be_member,
)
from calcities_domain.organization import City

CITIES_ONLY = "The members of Cal Cities are California cities."


def test_a_city_is_told_that_members_are_california_cities() -> None:
    """S2 (confirmed): the one reason a city may be a member."""
    (reason,) = may_be_member(OrganizationKind.CITY).reasons
    assert reason.message == CITIES_ONLY


@pytest.mark.parametrize(
    ("dues", "path", "message"),
    [
        ("dues", "dues", "expected a sequence, got 'dues'"),
        (5, "dues", "expected a sequence, got 5"),
        ([1], "dues[0]", "expected a DuesPayment, got 1"),
    ],
)
def test_bad_dues_are_named_at_dues(dues: object, path: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        MembershipHistory.of("Danville", [DateRange(date(2000, 1, 1))], dues=dues)  # type: ignore[arg-type]
    assert [(p.path, p.message) for p in info.value.problems] == [(path, message)]


def test_a_lapse_in_range_is_listed_after_an_earlier_lapse_outside_it() -> None:
    """Danville lapsed on 1 July 2001 and again on 1 July 2011; from 2005, only the second is in range."""
    history = MembershipHistory(
        "Danville",
        (
            DateRange(date(1990, 7, 1), date(2001, 6, 30)),
            DateRange(date(2003, 7, 1), date(2011, 6, 30)),
            DateRange(date(2013, 7, 1)),
        ),
    )
    roll = MembershipRoll((City("Danville", division="east_bay"),), (history,))
    assert list(lapsed_between(roll, date(2005, 1, 1), date(2024, 12, 31))) == [
        LapseRow("Danville", "east_bay", date(2011, 6, 30), date(2011, 7, 1), date(2013, 7, 1)),
    ]
    assert [row.lapsed_on for row in lapsed_between(roll, date(1990, 1, 1), date(2024, 12, 31))] == [
        date(2001, 7, 1),
        date(2011, 7, 1),
    ]
