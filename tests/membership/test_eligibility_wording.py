"""What the eligibility decisions cite and say, exactly (eligibility.py).

Rules under test (src/calcities_domain/membership/eligibility.py; ../shared/domain/
governance-and-membership.md section 1):

* S25: officials of member cities take part in the departments, divisions, caucuses and
  committees: whether the official is in office, asked for a policy committee, cites it.
* The 2023 City Attorneys Spring Conference registration: prices for officials and staff
  of member cities, of other cities, and for all others; every price-category reason
  cites it, whichever branch decides.
* S3: the large-city seats go to the most populous member cities; every reason about a
  city's rank cites the source of those seats, whichever case it is.
* Helen Putnam: a program may enter after a year of implementation; the reason names the
  day the year was completed.
* S3: the board elects its officers: an officer seat asked of ``may_serve_on_board`` is
  refused in one sentence that points to ``may_be_officer``.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.governance import SeatType, board_as_of
from calcities_domain.kernel import InputError
from calcities_domain.membership import (
    HelenPutnamEntry,
    MembershipRoll,
    PriceCategory,
    may_enter_helen_putnam_award,
    may_join_caucus,
    may_serve_on_board,
    member_benefits,
    policy_committee_paths,
    price_category,
)
from calcities_domain.membership.cal_cities import MEMBER_PRICES, OFFICIALS_TAKE_PART
from calcities_domain.organization import Office
from tests.membership.test_eligibility import GIANT, LARGE, ON, ROLL, SMALL, UNCOUNTED, UNCOUNTED_ROLL, official


def test_policy_committee_paths_cite_that_officials_of_member_cities_take_part() -> None:
    """S25, for a member city's council member and for an official of a city that is not a member."""
    for city in (None, GIANT):
        decision = policy_committee_paths(official() if city is None else official(city), on=ON, roll=ROLL)
        (in_office,) = [r for r in decision.reasons if r.code == "membership.official.in_office"]
        assert in_office.source is OFFICIALS_TAKE_PART


@pytest.mark.parametrize(
    ("who", "category", "message"),
    [
        ("nobody", PriceCategory.OTHER, "Not an official or staff member of a city: all others."),
        (
            "former",
            PriceCategory.OTHER,
            "Ana Ruiz is not an official or staff member of a city on 2024-01-01: all others.",
        ),
        (
            "member",
            PriceCategory.MEMBER_CITY,
            "Ana Ruiz is an official or staff member of a member city: the member-city price.",
        ),
        (
            "non-member",
            PriceCategory.NON_MEMBER_CITY,
            "Ana Ruiz is an official or staff member of a city that is not a member in good standing: "
            "the non-member-city price.",
        ),
    ],
)
def test_every_price_category_reason_cites_the_published_prices_and_says_why(
    who: str, category: PriceCategory, message: str
) -> None:
    """Not an official (or out of office): all others; else by the city's standing on the day."""
    person = {
        "nobody": None,
        "former": official(ended=date(2020, 1, 1)),
        "member": official(),
        "non-member": official(GIANT),
    }[who]
    decision = price_category(person, on=ON, roll=ROLL)
    assert decision.outcome is category
    assert decision.reasons[-1].code == f"membership.price.{category.value}"
    assert decision.reasons[-1].message == message
    assert decision.reasons[-1].source is MEMBER_PRICES
    assert all(r.source is MEMBER_PRICES for r in decision.reasons if r.code.startswith("membership.price."))


def test_an_officer_seat_is_refused_in_one_sentence() -> None:
    """S3: the board elects its officers."""
    with pytest.raises(InputError) as caught:
        may_serve_on_board(official(), SeatType.OFFICER, on=ON, roll=ROLL)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("seat_type", "officers are elected by the board: ask may_be_officer")
    ]


@pytest.mark.parametrize(
    ("ended", "message"),
    [
        (None, "Ana Ruiz holds the office of city manager of Small Town on 2024-01-01."),
        (
            date(2020, 1, 1),
            "Ana Ruiz's term as city manager of Small Town (2010-01-01 to 2020-01-01) does not include 2024-01-01.",
        ),
    ],
    ids=["in office", "out of office"],
)
def test_the_office_is_named_in_words(ended: date | None, message: str) -> None:
    """The office is written in words ("city manager", not "city_manager")."""
    decision = member_benefits(official(office=Office.CITY_MANAGER, ended=ended), on=ON, roll=ROLL)
    assert decision.reasons[0].code == "membership.official.in_office"
    assert decision.reasons[0].message == message


def test_an_unknown_caucus_is_named_with_the_caucuses_and_nothing_more() -> None:
    """Every caucus of 2024 is named in the sources: the refusal adds no count of unnamed ones."""
    with pytest.raises(InputError) as caught:
        may_join_caucus(official(), "nope", on=ON, roll=ROLL)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            "caucus",
            "'nope' is not a caucus on 2024-01-01: expected one of "
            "['african_american', 'asian_pacific_islander', 'latino', 'lgbtq', 'womens']",
        )
    ]


LARGE_CITY_CASES = [
    (LARGE[0], ROLL, "membership.board.large_city"),  # ranked among the largest
    (LARGE[10], ROLL, "membership.board.large_city"),  # ranked, eleventh: no seat
    (LARGE[0], UNCOUNTED_ROLL, "membership.board.large_city_unknown"),  # another member's population unknown
    (UNCOUNTED, UNCOUNTED_ROLL, "membership.board.large_city_unknown"),  # its own population unknown
    (GIANT, ROLL, "membership.board.large_city"),  # not a member: not ranked
]


@pytest.mark.parametrize(
    ("city", "roll", "code"), LARGE_CITY_CASES, ids=["ranked", "eleventh", "other unknown", "own unknown", "not member"]
)
def test_every_large_city_reason_cites_the_board_s_large_city_seats(city: str, roll: MembershipRoll, code: str) -> None:
    """S3: the large-city seats go to the most populous member cities; each rank reason cites that seat's source."""
    seat_source = next(s.source for s in board_as_of(ON).seats if s.seat_type is SeatType.LARGE_CITY)
    decision = may_serve_on_board(official(city), SeatType.LARGE_CITY, on=ON, roll=roll)
    (rank,) = [r for r in decision.reasons if r.code.startswith("membership.board.large_city")]
    assert rank.code == code
    assert rank.source is seat_source


def test_a_year_of_implementation_completed_is_said_with_its_day() -> None:
    """Helen Putnam: a program that has run a year (1 June 2021 to 1 June 2022) may enter."""
    decision = may_enter_helen_putnam_award(HelenPutnamEntry((SMALL,), "Housing", date(2021, 6, 1)), on=ON, roll=ROLL)
    (implementation,) = [r for r in decision.reasons if r.code == "membership.helen_putnam.implementation"]
    assert implementation.message == (
        "The program started on 2021-06-01: it completed a year of implementation on 2022-06-01."
    )
