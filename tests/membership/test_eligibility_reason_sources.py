"""What each eligibility reason cites, and whether it passes (eligibility.py).

Rules under test (src/calcities_domain/membership/eligibility.py and membership/cal_cities.py;
../shared/domain/governance-and-membership.md sections 1 to 3):

* Every question cites its own rule for whether the official is in office: the event's
  published prices, the board recruitment pages (S3, S6) for an office of the board, the
  voting-delegate reports (S23), the caucuses page (S25), the Torch Program's audience.
* S23: any official of a member city, elected or appointed, may be its voting delegate; the
  council designates them: every reason of its own cites S23.
* S3, S6 (BOARD_SERVICE): division, department and caucus directors are elected by their body:
  the reason about membership of the seat's body cites them.
* The board's composition on the day: a seat type it does not have, and the NLC seats it does
  not check, are said with a source of that composition.
* S26: each division appoints 2 members to every policy committee, each department at least 1,
  each caucus 1, the President up to 16: each path listed passes and cites S26.
* Helen Putnam: a division may enter; the reason passes and cites the award's page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from calcities_domain.governance import BOARD_COMPOSITIONS, OfficerRole, board_as_of
from calcities_domain.governance.assembly import S23
from calcities_domain.kernel import Confidence, Decision, Effect, Source
from calcities_domain.membership import (
    HelenPutnamEntry,
    SeatBound,
    may_be_officer,
    may_be_voting_delegate,
    may_enter_helen_putnam_award,
    may_join_caucus,
    may_join_torch_program,
    may_serve_on_board,
    policy_committee_paths,
    price_category,
)
from calcities_domain.membership.cal_cities import (
    BOARD_SERVICE,
    HELEN_PUTNAM,
    MEMBER_PRICES,
    OFFICIALS_TAKE_PART,
    POLICY_PATHS,
    TORCH_AUDIENCE,
)
from calcities_domain.organization import Office
from tests.membership.test_eligibility import OLD_ON, ON, PROMPT, ROLL, SMALL, T, official, reason

IN_OFFICE_CASES: list[tuple[Callable[[], Decision[Any]], Source]] = [
    (lambda: price_category(official(), on=ON, roll=ROLL), MEMBER_PRICES),
    (
        lambda: may_be_officer(official(), OfficerRole.PRESIDENT, on=ON, roll=ROLL, board_service=[]),
        BOARD_SERVICE,
    ),
    (lambda: may_be_voting_delegate(official(), SMALL, on=ON, roll=ROLL), S23),
    (lambda: may_join_caucus(official(), "latino", on=ON, roll=ROLL), OFFICIALS_TAKE_PART),
    (lambda: may_join_torch_program(official(), on=ON, roll=ROLL), TORCH_AUDIENCE),
]


@pytest.mark.parametrize(
    ("ask", "source"), IN_OFFICE_CASES, ids=["price", "officer", "voting delegate", "caucus", "torch"]
)
def test_whether_the_official_is_in_office_cites_the_rule_of_the_question(
    ask: Callable[[], Decision[Any]], source: Source
) -> None:
    """Prices (the 2023 registration page), officers (S3, S6), delegates (S23), caucuses (S25), Torch."""
    in_office = reason(ask(), "membership.official.in_office")
    assert in_office.effect is Effect.PASS
    assert in_office.source is source


@pytest.mark.parametrize(
    ("city", "office"), [(SMALL, Office.COUNCIL_MEMBER), (PROMPT, Office.CITY_CLERK)], ids=["own city", "other city"]
)
def test_every_voting_delegate_reason_of_its_own_cites_s23(city: str, office: Office) -> None:
    """S23: any official of that member city, elected or appointed; the council designates them."""
    decision = may_be_voting_delegate(official(office=office), city, on=ON, roll=ROLL)
    own = [r for r in decision.reasons if r.code.startswith("membership.delegate.")]
    assert [r.code for r in own] == [
        "membership.delegate.city",
        "membership.delegate.elected_or_appointed",
        "membership.delegate.designation",
    ]
    assert all(r.source is S23 for r in own)


@pytest.mark.parametrize(
    ("seat_type", "more", "code"),
    [
        (T.DIVISION, {"body": "east_bay"}, "membership.board.division"),
        (T.DIVISION, {"body": "peninsula"}, "membership.board.division"),
        (T.CAUCUS, {"body": "latino", "caucuses": ["latino"]}, "membership.board.caucus"),
        (T.DEPARTMENT, {"body": "city_clerks", "departments": ["city_clerks"]}, "membership.board.department"),
    ],
    ids=["own division", "other division", "caucus", "department"],
)
def test_the_seat_s_body_is_checked_under_the_board_recruitment_pages(
    seat_type: T, more: dict[str, Any], code: str
) -> None:
    """S3, S6 (BOARD_SERVICE): division, department and caucus directors are elected by their body."""
    decision = may_serve_on_board(official(), seat_type, on=ON, roll=ROLL, **more)
    assert reason(decision, code).source is BOARD_SERVICE


@pytest.mark.parametrize(
    ("seat_type", "on", "message"),
    [
        (T.CAUCUS, OLD_ON, "The board has no caucus seats on 2015-06-01."),
        (T.NLC_DIRECTOR, ON, "The board has no NLC director seats on 2024-01-01."),
    ],
    ids=["caucus before 2021", "NLC director after 2021"],
)
def test_a_seat_the_board_does_not_have_is_refused_with_a_source_of_its_composition(
    seat_type: T, on: date, message: str
) -> None:
    """S7 and S3: the board's seats by type; caucus seats come with the 2021 amendments (S8, S9).

    The refusal cites the source of the day's composition, the rule that lists the seats there are.
    """
    decision = may_serve_on_board(official(), seat_type, on=on, roll=ROLL, body="latino", caucuses=[])
    (refusal,) = decision.reasons
    assert decision.outcome is False
    assert refusal.code == "membership.board.no_such_seat"
    assert refusal.message == message
    assert refusal.effect is Effect.FAIL
    assert refusal.source == BOARD_COMPOSITIONS.entry_at(on).source


@pytest.mark.parametrize(
    ("seat_type", "on"), [(T.NLC_ADVISOR, ON), (T.NLC_DIRECTOR, OLD_ON)], ids=["advisor", "director"]
)
def test_an_nlc_seat_is_said_to_be_unchecked_with_the_source_of_the_seat(seat_type: T, on: date) -> None:
    """The NLC seats are for members of the National League of Cities' board, which the roll does not record.

    The reason cites the seat's own source, so an assumed one is among the answer's assumptions.
    """
    decision = may_serve_on_board(official(), seat_type, on=on, roll=ROLL)
    unchecked = reason(decision, "membership.board.nlc_unchecked")
    assert decision.outcome is True
    assert unchecked.message == "The seat is for a member of the National League of Cities' board: not checked."
    assert unchecked.effect is Effect.INFO
    (seat,) = [seat for seat in board_as_of(on).seats if seat.seat_type is seat_type]
    assert unchecked.source == seat.source
    if seat.source.confidence is not Confidence.CONFIRMED:
        assert seat.source in decision.assumptions()


def test_every_policy_committee_path_passes_and_cites_s26() -> None:
    """S26: 2 per division, at least 1 per department, 1 per caucus, up to 16 by the President."""
    attorney = official(office=Office.CITY_ATTORNEY)
    decision = policy_committee_paths(attorney, on=ON, roll=ROLL, caucuses=["latino"])
    assert [(p.kind.value, p.body, p.seats, p.bound) for p in decision.outcome] == [
        ("division", "east_bay", 2, SeatBound.EXACTLY),
        ("department", "city_attorneys", 1, SeatBound.AT_LEAST),
        ("caucus", "latino", 1, SeatBound.UP_TO),
        ("president", None, 16, SeatBound.UP_TO),
    ]
    for path in decision.outcome:
        listed = reason(decision, f"membership.committee.{path.kind.value}")
        assert listed.message == f"May be appointed by {path}."
        assert listed.effect is Effect.PASS
        assert listed.source is POLICY_PATHS
        assert path.source is POLICY_PATHS


def test_a_division_entering_the_helen_putnam_award_passes_under_the_award_s_page() -> None:
    """Helen Putnam (Western City): any member city, group of California cities, or division may enter."""
    entry = HelenPutnamEntry((), "Housing", date(2021, 6, 1), division="east_bay")
    decision = may_enter_helen_putnam_award(entry, on=ON, roll=ROLL)
    division = reason(decision, "membership.helen_putnam.division")
    assert decision.outcome is True
    assert division.message == "The east_bay division enters: a division may."
    assert division.effect is Effect.PASS
    assert division.source is HELEN_PUTNAM
