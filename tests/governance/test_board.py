"""Tests of board.py: the board of directors as dated, cited data.

Rules under test (../shared/domain/governance-and-membership.md section 2 and
"Suggested modeling constants"):

* Since the 2021 amendments the board has 57 voting seats: 4 officers, 12 at-large,
  16 division, 10 department, 5 caucus and 10 large-city directors [confirmed: S3 (13 March
  2024), S4 (15 March 2023); the total 57 is on S1 and the sum is ours], plus 1 non-voting
  advisor from the National League of Cities' board [confirmed: S8, S9].
* Before 2021 the board had directors from 11 departments, members of the NLC board as full
  directors, and no caucus seats [confirmed: S7 (2013, 2014), S5]. How many divisions (13 in
  1986, 16 by 2023) and how many NLC directors sat in 2013-2021 is not published, so those
  counts are unknown and the total is None, never a guess.
* The at-large seat reserved to a small city: under 12,000 in 2013-2017 [S7], under 10,000
  from the 2018 cycle [S6]; the library switches on 1 January 2018.
* The library's timeline starts 8 March 2013 (S7's date); the new composition applies from
  29 September 2021 (S9's report of the adoption); 16 division and 10 department directors
  are inferred from the amendments until S4 (15 March 2023) confirms them.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import governance
from calcities_domain.governance import (
    BOARD_COMPOSITIONS,
    SMALL_CITY_THRESHOLD,
    BoardComposition,
    SeatCount,
    SeatType,
    board_as_of,
)
from calcities_domain.governance.board import (
    AFTER_2021,
    DIVISIONS_BEFORE_2021,
    LARGE_CITY_EARLY,
    NLC_COUNT,
    S3,
    S6,
    S7,
    S8,
)
from calcities_domain.kernel import Cited, Confidence, Effect, InputError, RuleNotInForce, Source

ONE_DAY = timedelta(days=1)
FIRST_DAY = date(2013, 3, 8)
LAST_OLD_DAY = date(2021, 9, 28)
FIRST_NEW_DAY = date(2021, 9, 29)
LAST_INFERRED_DAY = date(2023, 3, 14)
FIRST_CONFIRMED_DAY = date(2023, 3, 15)

#: The board today, by seat type (S3; the NLC advisor from S8).
TODAY = {
    SeatType.OFFICER: 4,
    SeatType.AT_LARGE: 12,
    SeatType.DIVISION: 16,
    SeatType.DEPARTMENT: 10,
    SeatType.CAUCUS: 5,
    SeatType.LARGE_CITY: 10,
    SeatType.NLC_ADVISOR: 1,
}
#: The board of 2013-2021, by seat type (S7; None where the sources give no number).
BEFORE_2021: dict[SeatType, int | None] = {
    SeatType.OFFICER: 4,
    SeatType.AT_LARGE: 12,
    SeatType.DIVISION: None,
    SeatType.DEPARTMENT: 11,
    SeatType.LARGE_CITY: 10,
    SeatType.NLC_DIRECTOR: None,
}

DAYS = st.dates(min_value=FIRST_DAY, max_value=date(2100, 12, 31))
OLD_DAYS = st.dates(min_value=FIRST_DAY, max_value=LAST_OLD_DAY)
NEW_DAYS = st.dates(min_value=FIRST_NEW_DAY, max_value=date(2100, 12, 31))
EARLY_DAYS = st.dates(max_value=FIRST_DAY - ONE_DAY)


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


def _by_type(board: BoardComposition) -> dict[SeatType, int | None]:
    return {seat.seat_type: seat.count for seat in board.seats}


# --------------------------------------------------------------------------- examples, cited


def test_57_voting_seats_on_1_january_2024() -> None:
    """S3 (13 March 2024) and S1: the board has 57 members, 4 officers + 12 at-large + 16 division
    + 10 department + 5 caucus + 10 large-city directors; issue 4's required example."""
    board = board_as_of(date(2024, 1, 1))
    assert board.total_seats == 57
    assert _by_type(board) == TODAY
    assert board.count(SeatType.OFFICER) == 4
    assert board.count(SeatType.AT_LARGE) == 12
    assert board.count(SeatType.DIVISION) == 16
    assert board.count(SeatType.DEPARTMENT) == 10
    assert board.count(SeatType.CAUCUS) == 5
    assert board.count(SeatType.LARGE_CITY) == 10
    assert 4 + 12 + 16 + 10 + 5 + 10 == 57


def test_the_nlc_advisor_does_not_vote_and_is_not_counted() -> None:
    """S8, S9 (2021 amendments): a California official on the NLC board is a non-voting advisor,
    so the 57 voting seats leave the advisor out (S3, S1)."""
    board = board_as_of(date(2024, 1, 1))
    (advisor,) = [s for s in board.seats if s.seat_type is SeatType.NLC_ADVISOR]
    assert advisor == SeatCount(SeatType.NLC_ADVISOR, 1, False, S8)
    assert all(s.voting for s in board.seats if s.seat_type is not SeatType.NLC_ADVISOR)
    assert sum(s.count or 0 for s in board.seats) == 58
    assert board.count(SeatType.NLC_DIRECTOR) == 0


def test_seats_today_cite_s3_and_the_caucus_and_advisor_seats_cite_s8() -> None:
    """S3 lists officers, at-large, division, department and large-city seats for 2024-25; the
    caucus seats and the advisor come from the 2021 amendments (S8)."""
    board = board_as_of(date(2024, 1, 1))
    expected = {t: (S8 if t in (SeatType.CAUCUS, SeatType.NLC_ADVISOR) else S3) for t in TODAY}
    assert {s.seat_type: s.source for s in board.seats} == expected
    assert all(s.source.is_confirmed for s in board.seats)


def test_the_2013_composition() -> None:
    """S7 (8 March 2013): 4 officers, 12 at-large directors, division directors, directors of 11
    departments, large-city directors and members of the NLC board as directors; no caucus seats.
    The number of divisions and NLC directors is not published: the total is unknown."""
    board = board_as_of(date(2013, 3, 8))
    assert _by_type(board) == BEFORE_2021
    assert board.total_seats is None
    assert board.count(SeatType.CAUCUS) == 0
    assert board.count(SeatType.NLC_ADVISOR) == 0
    assert board.count(SeatType.DIVISION) is None
    assert board.count(SeatType.NLC_DIRECTOR) is None
    assert all(s.voting for s in board.seats)


@pytest.mark.parametrize("day", [date(2014, 3, 7), date(2018, 6, 1), date(2020, 12, 31), LAST_OLD_DAY])
def test_eleven_department_directors_until_2021(day: date) -> None:
    """S7 (2013, 2014), S6 (2018), S5 (2021-22 cycle): directors of 11 departments before the 2021
    amendments, and no caucus seats."""
    board = board_as_of(day)
    assert board.count(SeatType.DEPARTMENT) == 11
    assert board.count(SeatType.CAUCUS) == 0
    assert board.total_seats is None


def test_the_unknown_counts_are_explained_as_not_published() -> None:
    """Domain notes section 2: the number of divisions in 2013-2021 (13 in 1986, 16 by 2023) and of NLC
    directors is not published; the explanation says so and flags both as assumptions."""
    decision = board_as_of(date(2015, 1, 1)).decision()
    assert decision.outcome is None
    division = decision.reasons[decision.codes.index("governance.board.division")]
    nlc = decision.reasons[decision.codes.index("governance.board.nlc_director")]
    for reason in (division, nlc):
        assert "number not published" in reason.message
        assert reason.fact("count") == "unknown"
        assert reason.fact("voting") == "yes"
    assert division.source == DIVISIONS_BEFORE_2021
    assert nlc.source == NLC_COUNT
    assert set(decision.assumptions()) == {DIVISIONS_BEFORE_2021, NLC_COUNT, LARGE_CITY_EARLY}
    text = decision.explain()
    assert "number not published" in text
    assert "Answer: None" in text
    assert "Assumptions" in text


def test_small_city_threshold_12000_through_2017() -> None:
    """S7 (2013, 2014): at least one at-large director from a city under 12,000 (2013-2017)."""
    for day in (FIRST_DAY, date(2015, 7, 1), date(2017, 12, 31)):
        assert board_as_of(day).small_city_threshold == Cited(12_000, S7)
        assert SMALL_CITY_THRESHOLD.at(day) == 12_000


def test_small_city_threshold_10000_from_2018() -> None:
    """S6 (2018 cycle) and S3 (2024): a small city is one under 10,000 from 2018 on."""
    for day in (date(2018, 1, 1), date(2021, 9, 29), date(2024, 1, 1), date(2050, 1, 1)):
        assert board_as_of(day).small_city_threshold == Cited(10_000, S6)
        assert SMALL_CITY_THRESHOLD.at(day) == 10_000


def test_the_threshold_is_a_population_under_which_a_city_is_small() -> None:
    """Domain notes, "Suggested modeling constants": SMALL_CITY_MAX_POP = 10_000 is exclusive ("under")."""
    threshold = board_as_of(date(2024, 1, 1)).small_city_threshold.value
    assert threshold > 9_999
    assert not threshold > 10_000
    assert "under" in SMALL_CITY_THRESHOLD.description


# --------------------------------------------------------------------------- boundaries


def test_rule_not_in_force_before_8_march_2013() -> None:
    """The sources give no composition before S7 (8 March 2013): a look-up names the rule and what is covered."""
    with pytest.raises(RuleNotInForce) as error:
        board_as_of(date(2013, 3, 7))
    assert error.value.rule == "governance.board.composition"
    assert error.value.on == date(2013, 3, 7)
    assert error.value.covered == ("2013-03-08 onwards",)
    assert "2013-03-07" in str(error.value)
    with pytest.raises(RuleNotInForce):
        SMALL_CITY_THRESHOLD.at(date(2013, 3, 7))


def test_the_2021_amendments_take_effect_on_29_september_2021() -> None:
    """S8 (proposed 25 August 2021), S9 (adopted, reported 29 September 2021): 28 September is the
    last day of the old board, 29 September the first day of the new one."""
    old, new = board_as_of(date(2021, 9, 28)), board_as_of(date(2021, 9, 29))
    assert _by_type(old) == BEFORE_2021
    assert old.total_seats is None
    assert _by_type(new) == TODAY
    assert new.total_seats == 57
    assert new.count(SeatType.CAUCUS) == 5
    assert new.count(SeatType.NLC_DIRECTOR) == 0


def test_division_and_department_counts_are_inferred_until_15_march_2023() -> None:
    """S4 (15 March 2023) is the first source to confirm 16 division and 10 department directors;
    from 29 September 2021 to 14 March 2023 they are inferred from the 2021 amendments."""
    before, after = board_as_of(date(2023, 3, 14)), board_as_of(date(2023, 3, 15))
    assert _by_type(before) == _by_type(after) == TODAY
    assert before.total_seats == after.total_seats == 57
    inferred = {s.seat_type for s in before.seats if not s.source.is_confirmed}
    assert inferred == {SeatType.DIVISION, SeatType.DEPARTMENT}
    assert all(s.source == AFTER_2021 for s in before.seats if s.seat_type in inferred)
    assert AFTER_2021.confidence is Confidence.INFERRED
    assert all(s.source.is_confirmed for s in after.seats)
    assert before.decision().assumptions() == (AFTER_2021,)
    assert after.decision().assumptions() == ()


def test_the_timeline_entries_and_their_sources() -> None:
    """Three entries: S7's board (2013-03-08 to 2021-09-28), the amended board with inferred counts
    (2021-09-29 to 2023-03-14), the board S3/S4 confirm (2023-03-15 onwards)."""
    ranges = [(e.in_force.start, e.in_force.end) for e in BOARD_COMPOSITIONS]
    assert ranges == [
        (FIRST_DAY, LAST_OLD_DAY),
        (FIRST_NEW_DAY, LAST_INFERRED_DAY),
        (FIRST_CONFIRMED_DAY, None),
    ]
    assert BOARD_COMPOSITIONS.sources() == (S7, AFTER_2021, S3)
    assert [(e.in_force.start, e.in_force.end, e.value) for e in SMALL_CITY_THRESHOLD] == [
        (FIRST_DAY, date(2017, 12, 31), 12_000),
        (date(2018, 1, 1), None, 10_000),
    ]
    assert SMALL_CITY_THRESHOLD.sources() == (S7, S6)


# --------------------------------------------------------------------------- explanations


@pytest.mark.parametrize("day", [date(2015, 1, 1), date(2022, 1, 1), date(2024, 1, 1)])
def test_explain_gives_a_reason_per_seat_type_each_citing_its_source(day: date) -> None:
    """Every reason names one seat type, is context (info), and cites the seat's source; every
    unconfirmed source appears among the assumptions."""
    board = board_as_of(day)
    decision = board.decision()
    assert decision.outcome == board.total_seats
    assert str(day) in decision.question
    assert decision.codes == (
        *(f"governance.board.{s.seat_type.value}" for s in board.seats),
        "governance.board.small_city_threshold",
    )
    threshold = decision.reasons[-1]
    assert threshold.source == board.small_city_threshold.source
    assert threshold.fact("threshold") == str(board.small_city_threshold.value)
    for reason, seat in zip(decision.reasons[:-1], board.seats, strict=True):
        assert reason.source == seat.source
        assert reason.effect is Effect.INFO
        assert reason.fact("count") == ("unknown" if seat.count is None else str(seat.count))
        assert reason.fact("voting") == ("yes" if seat.voting else "no")
    unconfirmed = {s.source for s in board.seats if not s.source.is_confirmed}
    assert set(decision.assumptions()) == unconfirmed  # the threshold's sources are confirmed
    assert decision.failures == ()


def test_explain_marks_the_advisor_non_voting() -> None:
    """S8: the NLC advisor does not vote; the explanation says so."""
    decision = board_as_of(date(2024, 1, 1)).decision()
    advisor = decision.reasons[decision.codes.index("governance.board.nlc_advisor")]
    assert advisor.message == "nlc advisor: 1 (non-voting)"
    assert decision.reasons[0].message == "officer: 4"
    assert "Answer: 57" in decision.explain()


def test_the_public_face_exports_the_board_names() -> None:
    """The board's names are public in calcities_domain.governance."""
    for name in ("BOARD_COMPOSITIONS", "SMALL_CITY_THRESHOLD", "BoardComposition", "SeatCount", "SeatType"):
        assert name in governance.__all__
    assert governance.board_as_of is board_as_of


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "day",
    [datetime(2024, 1, 1), datetime(2024, 1, 1, 12, 30), "2024-01-01", 20240101, None, (2024, 1, 1)],
    ids=repr,
)
def test_board_as_of_refuses_anything_but_a_date(day: object) -> None:
    """A datetime is refused (convert it to a local date first, so the zone is explicit), as is any
    non-date: an InputError with the path 'day'."""
    with pytest.raises(InputError) as error:
        board_as_of(_bad(day))
    assert [p.path for p in error.value.problems] == ["day"]
    assert repr(day) in error.value.problems[0].message


def test_seat_count_reports_every_bad_field() -> None:
    """A SeatCount checks every field and lists every problem at once."""
    with pytest.raises(InputError) as error:
        SeatCount(_bad("officer"), _bad("4"), _bad(1), _bad("S3"))
    assert [p.path for p in error.value.problems] == ["seat_type", "count", "voting", "source"]


def test_board_composition_reports_every_bad_field() -> None:
    """A BoardComposition refuses a datetime day, a list of seats and a bare threshold, all at once."""
    with pytest.raises(InputError) as error:
        BoardComposition(_bad(datetime(2024, 1, 1)), _bad([]), _bad(10_000))
    assert [p.path for p in error.value.problems] == ["on", "seats", "small_city_threshold"]
    with pytest.raises(InputError) as error:
        BoardComposition(date(2024, 1, 1), _bad(("officer",)), Cited(10_000, S3))
    assert [p.path for p in error.value.problems] == ["seats[0]"]


# --------------------------------------------------------------------------- properties


@given(DAYS)
def test_exactly_one_composition_in_force_on_every_day_from_2013(day: date) -> None:
    """Every day from 8 March 2013 has exactly one composition and one small-city threshold."""
    assert sum(day in e.in_force for e in BOARD_COMPOSITIONS) == 1
    assert sum(day in e.in_force for e in SMALL_CITY_THRESHOLD) == 1
    board = board_as_of(day)
    assert board.on == day
    assert board.seats == BOARD_COMPOSITIONS.at(day)


@given(EARLY_DAYS)
def test_no_composition_before_8_march_2013(day: date) -> None:
    """Before S7 nothing is in force, for the board and for its small-city threshold."""
    with pytest.raises(RuleNotInForce):
        board_as_of(day)
    assert not BOARD_COMPOSITIONS.is_in_force(day)
    assert not SMALL_CITY_THRESHOLD.is_in_force(day)


@given(NEW_DAYS)
def test_57_voting_seats_on_every_day_since_the_2021_amendments(day: date) -> None:
    """S3, S4, S8: 57 voting seats and one non-voting advisor on every day from 29 September 2021."""
    board = board_as_of(day)
    assert board.total_seats == 57
    assert _by_type(board) == TODAY
    assert board.small_city_threshold.value == 10_000


@given(OLD_DAYS)
def test_the_total_is_unknown_on_every_day_before_the_2021_amendments(day: date) -> None:
    """S7: the old board's division and NLC counts are not published, so the total is never guessed."""
    board = board_as_of(day)
    assert board.total_seats is None
    assert _by_type(board) == BEFORE_2021
    assert board.small_city_threshold.value == (12_000 if day.year <= 2017 else 10_000)


@given(DAYS)
def test_total_is_the_sum_of_voting_counts_or_none(day: date) -> None:
    """The total is the sum of the voting seats' counts, or None as soon as one count is unknown;
    non-voting seats never count."""
    board = board_as_of(day)
    voting = [s.count for s in board.seats if s.voting]
    expected = None if None in voting else sum(c or 0 for c in voting)
    assert board.total_seats == expected
    assert board.decision().outcome == expected


@given(DAYS, st.sampled_from(list(SeatType)))
def test_count_agrees_with_the_seats(day: date, seat_type: SeatType) -> None:
    """count() is the seat type's count, 0 for a type the board does not have that day."""
    board = board_as_of(day)
    matching = [s.count for s in board.seats if s.seat_type is seat_type]
    assert len(matching) <= 1
    assert board.count(seat_type) == (matching[0] if matching else 0)


@given(DAYS)
def test_each_seat_type_appears_at_most_once_and_every_source_is_cited(day: date) -> None:
    """No seat type is listed twice; every explanation cites only sources, and flags every
    unconfirmed one as an assumption."""
    board = board_as_of(day)
    types = [s.seat_type for s in board.seats]
    assert len(types) == len(set(types))
    decision = board.decision()
    assert all(isinstance(r.source, Source) for r in decision.reasons)
    assert {s for s in decision.sources() if not s.is_confirmed} == set(decision.assumptions())


@given(st.dates(min_value=FIRST_DAY, max_value=date(2099, 12, 30)))
def test_the_seat_counts_never_shrink_unknown_to_known_backwards(day: date) -> None:
    """Monotone history: once the total is known (from 29 September 2021) it stays known."""
    today, tomorrow = board_as_of(day), board_as_of(day + ONE_DAY)
    if today.total_seats is not None:
        assert tomorrow.total_seats is not None


def test_the_timeline_has_no_gaps_and_is_in_order() -> None:
    """Adjacent entries meet: each ends the day before the next begins."""
    for a, b in pairwise(BOARD_COMPOSITIONS):
        assert a.in_force.end is not None
        assert a.in_force.end + ONE_DAY == b.in_force.start
    assert BOARD_COMPOSITIONS.gaps == ()


def test_explain_is_the_text_of_the_decision() -> None:
    """``explain()`` gives text, as every result's does; ``decision()`` the Decision."""
    board = board_as_of(date(2024, 1, 1))
    assert board.explain() == board.decision().explain()
    assert board.explain().startswith("How many voting seats does the board have on 2024-01-01?\nAnswer: 57\n")
