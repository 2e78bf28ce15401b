"""Invariants of governance, as Hypothesis properties.

- A vote's outcome is monotone in the yes votes: with everything else fixed, more yes
  votes never turn a pass into a failure, for any threshold (the bylaws' four and any
  other share of any base, strict or not) and under every vote rule of the bylaws, with
  or without a quorum; so is a no or an abstention turned into a yes.
- At an exact tie with the share (yes x denominator == base x numerator) a threshold
  passes exactly when it is "at least" rather than "more than"; one vote fewer fails.
- The board's composition on any day totals its seat types: the voting seats' counts add
  up to the total, or the total is unknown as soon as one of them is.
"""

from __future__ import annotations

import math
from datetime import date

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from calcities_domain import governance
from calcities_domain.governance import (
    Base,
    BoardComposition,
    Quorum,
    SeatType,
    Threshold,
    VoteRule,
    VoteTally,
    board_as_of,
    decide,
    decide_under,
    threshold_for,
)
from calcities_domain.kernel import Cited
from calcities_domain.testing import strategies as cst


def _with_base(threshold: Threshold) -> st.SearchStrategy[VoteTally]:
    """Tallies that know the number the threshold is a share of."""
    return cst.vote_tallies(
        with_present=True if threshold.base is Base.PRESENT else None,
        with_eligible=True if threshold.base is Base.ELIGIBLE else None,
    )


@st.composite
def more_yes(draw: st.DrawFn, tally: VoteTally) -> VoteTally:
    """The same vote with more yes votes and the rest fixed: members absent (while the members present, if
    known, allow), abstaining, or voting no turn to yes."""
    room = None if tally.present is None else tally.present - tally.yes - tally.no - tally.abstain
    if tally.present is None and tally.eligible is not None:
        room = tally.eligible - tally.yes - tally.no - tally.abstain
    room = 50 if room is None else room
    assume(room + tally.abstain + tally.no > 0)  # else every member there already voted yes
    from_absent = draw(st.integers(min_value=0, max_value=room))
    from_abstain = draw(st.integers(min_value=0, max_value=tally.abstain))
    from_no = draw(st.integers(min_value=0, max_value=tally.no))
    if from_absent + from_abstain + from_no == 0:  # at least one more yes: from the first source there is
        from_absent, from_abstain, from_no = (1, 0, 0) if room else (0, 1, 0) if tally.abstain else (0, 0, 1)
    return attrs.evolve(
        tally,
        yes=tally.yes + from_absent + from_abstain + from_no,
        no=tally.no - from_no,
        abstain=tally.abstain - from_abstain,
    )


@given(data=st.data(), threshold=cst.thresholds())
def test_more_yes_votes_never_turn_a_pass_into_a_failure_for_any_threshold(
    data: st.DataObject, threshold: Threshold
) -> None:
    """For any share of any base, strict or not: a tally that passes still passes with more yes votes, whether
    they come from members absent, from abstentions or from no votes; and one that fails with more yes votes
    failed before.

    Source: governance/votes.py (a threshold is reached when ``yes * denominator`` reaches ``base * numerator``);
    the issue ("thresholds monotone in yes votes").
    """
    tally = data.draw(_with_base(threshold), label="tally")
    more = data.draw(more_yes(tally), label="more yes")
    assert threshold.passes(more) >= threshold.passes(tally)
    assert decide(more, threshold).outcome >= decide(tally, threshold).outcome


@given(
    data=st.data(),
    rule=st.sampled_from(VoteRule),
    quorum=st.none() | cst.quorums(max_members=60),
)
def test_more_yes_votes_never_turn_a_pass_into_a_failure_under_every_vote_rule(
    data: st.DataObject, rule: VoteRule, quorum: Quorum | None
) -> None:
    """Under each vote rule of the bylaws (General Assembly resolution, bylaw amendment, ballot-measure position,
    board decision), with or without a quorum: more yes votes, the rest fixed, never turn a pass into a failure.

    Source: governance/bylaws.py (the threshold of each rule, cited) and docs/governance.md, "Votes and
    thresholds"; the issue.
    """
    threshold = threshold_for(rule).value
    with_present = True if quorum is not None or threshold.base is Base.PRESENT else None
    tally = data.draw(cst.vote_tallies(with_present=with_present, max_members=60), label="tally")
    more = data.draw(more_yes(tally), label="more yes")
    assert decide_under(rule, more, quorum=quorum).outcome >= decide_under(rule, tally, quorum=quorum).outcome


@st.composite
def tallies_at_a_tie(draw: st.DrawFn) -> tuple[Threshold, VoteTally]:
    """A threshold and a tally whose yes votes are exactly the share of its base (base above zero)."""
    threshold = draw(cst.thresholds())
    multiple = threshold.denominator // math.gcd(threshold.numerator, threshold.denominator)
    base = multiple * draw(st.integers(min_value=1, max_value=40))
    yes = base * threshold.numerator // threshold.denominator
    assert yes * threshold.denominator == base * threshold.numerator
    rest = base - yes
    if threshold.base is Base.VOTES_CAST:
        abstain = draw(st.integers(min_value=0, max_value=20))
        tally = VoteTally(yes, rest, abstain=abstain)
    else:
        no = draw(st.integers(min_value=0, max_value=rest))
        abstain = draw(st.integers(min_value=0, max_value=rest - no))
        if threshold.base is Base.PRESENT:
            tally = VoteTally(yes, no, abstain=abstain, present=base)
        else:
            present = draw(st.none() | st.integers(min_value=yes + no + abstain, max_value=base))
            tally = VoteTally(yes, no, abstain=abstain, present=present, eligible=base)
    assert threshold.base_of(tally) == base
    return threshold, tally


@given(tallies_at_a_tie())
def test_at_an_exact_tie_a_threshold_passes_exactly_when_it_is_at_least(case: tuple[Threshold, VoteTally]) -> None:
    """With yes votes exactly the share of the base, "at least" (two-thirds) passes and "more than" (a majority)
    fails; one yes vote fewer (turned no, or absent) always fails; and the decision says which.

    Source: governance/votes.py conventions ("A majority is more than half: a tie fails. Two-thirds means at
    least two-thirds: exactly two-thirds passes."); docs/governance.md; the issue ("thresholds at exact ties").
    """
    threshold, tally = case
    assert threshold.passes(tally) is (not threshold.strict)
    decision = decide(tally, threshold)
    assert decision.outcome is (not threshold.strict)
    assert ("is at least" in decision.reasons[-1].message) is (not threshold.strict)
    if tally.yes > 0:
        fewer = attrs.evolve(tally, yes=tally.yes - 1, no=tally.no + 1)
        assert not threshold.passes(fewer)


@given(
    day=cst.dates(min_value=cst.BOARD_FIRST_DAY),
    seats=st.lists(cst.seat_counts(), max_size=8, unique_by=lambda s: s.seat_type),
)
def test_the_board_on_any_day_totals_its_seat_types(day: date, seats: list[governance.SeatCount]) -> None:
    """On any day from 8 March 2013, and for any composition built of seat counts: the total is the sum of the
    voting seats' counts, or unknown (None) when one of them is; count() gives each type's seats (0 for a type
    the board lacks), the decision's outcome is the total, and its rows list every seat type once.

    Source: governance/board.py, BoardComposition.total_seats ("the number of voting seats; None if the sources
    leave a count unknown") and board_as_of; docs/governance.md, "The board"; the issue.
    """
    real = board_as_of(day)
    built = BoardComposition(day, tuple(seats), Cited(10_000, real.small_city_threshold.source))
    for board in (real, built):
        voting = [s.count for s in board.seats if s.voting]
        expected = None if None in voting else sum(c for c in voting if c is not None)
        assert board.total_seats == expected
        assert board.decision().outcome == expected
        assert [row["seat_type"] for row in board.to_rows()] == [s.seat_type.value for s in board.seats]
        assert len({s.seat_type for s in board.seats}) == len(board.seats)
        for seat_type in SeatType:
            listed = [s.count for s in board.seats if s.seat_type is seat_type]
            assert board.count(seat_type) == (listed[0] if listed else 0)
        if expected is not None:
            assert expected == sum(board.count(s.seat_type) or 0 for s in board.seats if s.voting)
    if day >= date(2021, 9, 29):  # S3, S4, S8: 57 voting seats and a non-voting advisor since the 2021 amendments
        assert real.total_seats == 57
