"""Tests of board.py: the helpers that build the dated composition, called at run time.

Rules under test (../shared/domain/governance-and-membership.md section 2 and "Suggested
modeling constants"):

* Since the 2021 amendments the board has 57 voting seats: 4 officers, 12 at-large,
  16 division, 10 department, 5 caucus and 10 large-city directors [confirmed: S3, S4, S1],
  plus 1 non-voting advisor from the National League of Cities' board [confirmed: S8, S9].
* The caucus seats and the advisor come from the 2021 amendments (S8); the 16 divisions and
  10 departments are inferred from them until S4 (15 March 2023) confirms them.

``board.py`` builds its timeline at import with ``_src``, ``_seats`` and ``_since_2021``. The
timeline's tests check what the import built; these call the builders again and check that
they give, on their own, the board the sources describe, so that a change to a builder is
seen even though the timeline was built before it.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.governance import BOARD_COMPOSITIONS, SeatCount, SeatType
from calcities_domain.governance import board as board_module
from calcities_domain.governance.board import AFTER_2021, S3, S7, S8, board_as_of
from calcities_domain.kernel import Confidence, Effect, Source

#: The board since the 2021 amendments, by seat type: (count, voting) (S3; the advisor and caucuses S8).
SINCE_2021 = (
    (SeatType.OFFICER, 4, True),
    (SeatType.AT_LARGE, 12, True),
    (SeatType.DIVISION, 16, True),
    (SeatType.DEPARTMENT, 10, True),
    (SeatType.CAUCUS, 5, True),
    (SeatType.LARGE_CITY, 10, True),
    (SeatType.NLC_ADVISOR, 1, False),
)


def test_the_composition_since_2021_has_57_voting_seats_and_a_non_voting_advisor() -> None:
    """S3 (2024) and S1: 4 + 12 + 16 + 10 + 5 + 10 = 57 voting seats; S8: the NLC advisor does not vote."""
    seats = board_module._since_2021(S3)
    assert [(s.seat_type, s.count, s.voting) for s in seats] == list(SINCE_2021)
    assert sum(s.count or 0 for s in seats if s.voting) == 57
    assert all(isinstance(s, SeatCount) for s in seats)


def test_the_composition_since_2021_cites_the_body_source_only_for_divisions_and_departments() -> None:
    """Officers, at-large and large-city seats cite S3; caucus seats and the advisor cite the 2021
    amendments (S8); divisions and departments cite the source given: inferred until S4 confirms them."""
    expected = {
        SeatType.OFFICER: S3,
        SeatType.AT_LARGE: S3,
        SeatType.DIVISION: AFTER_2021,
        SeatType.DEPARTMENT: AFTER_2021,
        SeatType.CAUCUS: S8,
        SeatType.LARGE_CITY: S3,
        SeatType.NLC_ADVISOR: S8,
    }
    assert {s.seat_type: s.source for s in board_module._since_2021(AFTER_2021)} == expected
    assert AFTER_2021.confidence is Confidence.INFERRED


def test_the_builders_give_the_compositions_the_timeline_holds() -> None:
    """The inferred entry (29 September 2021 to 14 March 2023) and the confirmed one (from 15 March 2023)."""
    assert board_module._since_2021(AFTER_2021) == BOARD_COMPOSITIONS.at(date(2022, 1, 1))
    assert board_module._since_2021(S3) == BOARD_COMPOSITIONS.at(date(2024, 1, 1))


def test_seats_turns_rows_into_seat_counts_in_order() -> None:
    """S7 (2013): the 11 department directors, and the NLC directors whose number is not published."""
    rows: list[tuple[SeatType, int | None, bool, Source]] = [
        (SeatType.DEPARTMENT, 11, True, S7),
        (SeatType.NLC_DIRECTOR, None, True, S7),
        (SeatType.NLC_ADVISOR, 1, False, S8),
    ]
    assert board_module._seats(rows) == (
        SeatCount(SeatType.DEPARTMENT, 11, True, S7),
        SeatCount(SeatType.NLC_DIRECTOR, None, True, S7),
        SeatCount(SeatType.NLC_ADVISOR, 1, False, S8),
    )
    assert board_module._seats([]) == ()


def test_a_board_source_is_confirmed_unless_said_otherwise() -> None:
    """The board's cited pages (S3, S6, S7, S8) are confirmed; the library's own readings say how sure they are."""
    built = board_module._src("A title", "https://example.org/page", "A note.")
    assert built == Source("A title", Confidence.CONFIRMED, url="https://example.org/page", note="A note.")
    assumed = board_module._src("A title", "https://example.org/page", "A note.", Confidence.ASSUMED)
    assert assumed == Source("A title", Confidence.ASSUMED, url="https://example.org/page", note="A note.")
    assert board_module._src(S3.title, str(S3.url), str(S3.note)) == S3


def test_the_unknown_counts_read_number_not_published() -> None:
    """Domain notes section 2: how many divisions (13 in 1986, 16 by 2023) and NLC directors sat in
    2013-2021 is not published; the reason says exactly that, and the known counts give the number."""
    decision = board_as_of(date(2015, 1, 1)).decision()
    assert [r.message for r in decision.reasons] == [
        "officer: 4",
        "at large: 12",
        "division: number not published",
        "department: 11",
        "large city: 10",
        "nlc director: number not published",
        "At least one at-large director is from a city under 12,000.",
    ]
    assert all(r.effect is Effect.INFO for r in decision.reasons)
