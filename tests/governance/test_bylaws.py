"""Tests of bylaws.py: the threshold the bylaws set for each kind of vote, cited.

Rules under test (../shared/domain/governance-and-membership.md sections 2, 4 and 6;
issue 4 point 4):

* The General Assembly adopts a resolution by a majority [confirmed: S12, S13].
* A bylaw amendment needs two-thirds of those voting, at the General Assembly or by mail
  ballot of member cities [confirmed: S8 (2021), S10 (2022), S19, S20 (2013 mail ballot)];
  how abstentions count is not stated [N].
* The board takes a position on a statewide ballot measure only by two-thirds of the
  directors present (Art. VII § 16, added 2013) [confirmed: S19, S20].
* Other board decisions: a majority of those voting (the general rule stated in 2013)
  [confirmed: S19, S20].
* The quorum of the General Assembly and of the board is not published [N]: a parameter.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.governance import (
    ABSTENTIONS,
    MAJORITY_OF_VOTES_CAST,
    TWO_THIRDS_OF_PRESENT,
    TWO_THIRDS_OF_VOTES_CAST,
    Quorum,
    Threshold,
    VoteRule,
    VoteTally,
    decide,
    decide_under,
    threshold_for,
)
from calcities_domain.governance.bylaws import S8_S10, S13, S19_S20
from calcities_domain.kernel import Confidence, Effect, InputError, Source

#: Each rule, its threshold and its source (domain notes sections 2, 4, 6).
EXPECTED: dict[VoteRule, tuple[Threshold, Source]] = {
    VoteRule.GA_RESOLUTION: (MAJORITY_OF_VOTES_CAST, S13),
    VoteRule.BYLAW_AMENDMENT: (TWO_THIRDS_OF_VOTES_CAST, S8_S10),
    VoteRule.BALLOT_MEASURE_POSITION: (TWO_THIRDS_OF_PRESENT, S19_S20),
    VoteRule.BOARD_DECISION: (MAJORITY_OF_VOTES_CAST, S19_S20),
}
QUORUM_SOURCE = Source("The board's quorum as the caller reads it (test)", Confidence.ASSUMED)


def _bad(value: object) -> Any:
    """Pass a value of the wrong type on purpose (mypy would refuse it otherwise)."""
    return value


@st.composite
def tallies(draw: st.DrawFn) -> VoteTally:
    """A valid tally with present and eligible given."""
    yes, no, abstain = (draw(st.integers(0, 500)) for _ in range(3))
    present = draw(st.integers(yes + no + abstain, yes + no + abstain + 100))
    eligible = draw(st.integers(present, present + 100))
    return VoteTally(yes, no, abstain=abstain, present=present, eligible=eligible)


# --------------------------------------------------------------------------- the table


def test_every_rule_has_its_threshold_and_source() -> None:
    """The four rules of issue 4 point 4, each with the threshold and source the domain notes give."""
    assert set(VoteRule) == set(EXPECTED)
    for rule, (threshold, source) in EXPECTED.items():
        cited = threshold_for(rule)
        assert cited.value == threshold
        assert cited.source == source
        assert cited.source.is_confirmed


def test_the_sources_name_their_documents() -> None:
    """Each source names the documents of the domain notes (S-numbers) and links to one of them."""
    assert "S13" in S13.title
    assert "S12" in S13.title
    assert S13.url is not None
    assert "five-things-to-know-about-the-cal-cities-general-assembly" in S13.url
    for tag in ("S8", "S10", "S19", "S20"):
        assert tag in S8_S10.title
    assert S19_S20.section == "Art. VII § 16"
    assert "S19" in S19_S20.title
    assert "S20" in S19_S20.title


def test_threshold_for_refuses_what_is_not_a_rule() -> None:
    """A rule's name as text is not a rule: an InputError at 'rule'."""
    with pytest.raises(InputError) as error:
        threshold_for(_bad("bylaw_amendment"))
    assert [p.path for p in error.value.problems] == ["rule"]
    with pytest.raises(InputError):
        decide_under(_bad(None), VoteTally(1, 0))


# --------------------------------------------------------------------------- examples, cited


def test_ga_resolution_adopted_by_a_majority() -> None:
    """S12, S13: the General Assembly adopts a resolution by a majority (one vote per member city):
    240 to 200 with 36 abstaining passes; a 220-220 tie does not."""
    decision = decide_under(VoteRule.GA_RESOLUTION, VoteTally(240, 200, abstain=36))
    assert decision.outcome is True
    assert decision.question == "Did the ga resolution pass?"
    assert decision.reasons[0].source == S13
    assert decision.reasons[0].message == "The motion needs a majority of the votes cast."
    assert decide_under(VoteRule.GA_RESOLUTION, VoteTally(220, 220)).outcome is False


def test_bylaw_amendment_needs_two_thirds_of_those_voting() -> None:
    """S8, S10 (2021, 2022 General Assemblies), S19, S20 (2013 mail ballot): two-thirds of those voting;
    300 to 150 is exactly two-thirds and passes, 299 to 150 does not."""
    passed = decide_under(VoteRule.BYLAW_AMENDMENT, VoteTally(300, 150, abstain=20))
    assert passed.outcome is True
    assert passed.reasons[0].source == S8_S10
    assert passed.reasons[-1].message == "Yes 300 of 450 votes cast: 300 x 3 = 900 is at least 450 x 2 = 900."
    failed = decide_under(VoteRule.BYLAW_AMENDMENT, VoteTally(299, 150))
    assert failed.outcome is False
    assert failed.failures[0].code == "governance.vote.count"


def test_bylaw_amendment_abstention_handling_is_flagged() -> None:
    """Domain notes section 6: abstention handling for "of those voting" is not found [N]; the answer
    flags the library's reading as an assumption."""
    decision = decide_under(VoteRule.BYLAW_AMENDMENT, VoteTally(2, 1, abstain=100))
    assert decision.outcome is True
    assert decision.assumptions() == (ABSTENTIONS,)


def test_ballot_measure_position_needs_two_thirds_of_directors_present() -> None:
    """S19, S20 (Art. VII § 16, 2013): the board takes a position on a statewide ballot measure only by
    two-thirds of the directors present. Of 57 directors all present, 38 yes passes and 37 does not;
    30 yes, 10 no, 5 abstaining of 46 present fails (the docstring example)."""
    assert decide_under(VoteRule.BALLOT_MEASURE_POSITION, VoteTally(38, 19, present=57)).outcome is True
    assert decide_under(VoteRule.BALLOT_MEASURE_POSITION, VoteTally(37, 20, present=57)).outcome is False
    decision = decide_under(VoteRule.BALLOT_MEASURE_POSITION, VoteTally(30, 10, abstain=5, present=46))
    assert decision.outcome is False
    assert decision.reasons[0].source == S19_S20
    assert decision.reasons[-1].message == "Yes 30 of 46 present: 30 x 3 = 90 is not at least 46 x 2 = 92."


def test_ballot_measure_position_needs_the_number_present() -> None:
    """Two-thirds of the directors present needs the number present: an InputError at 'tally.present'."""
    with pytest.raises(InputError) as error:
        decide_under(VoteRule.BALLOT_MEASURE_POSITION, VoteTally(40, 0))
    assert [p.path for p in error.value.problems] == ["tally.present"]


def test_other_board_decisions_by_a_majority_of_those_voting() -> None:
    """S19, S20: other board decisions by a majority of those voting; 20 to 19 with 18 abstaining passes,
    19-19 does not."""
    decision = decide_under(VoteRule.BOARD_DECISION, VoteTally(20, 19, abstain=18, present=57, eligible=57))
    assert decision.outcome is True
    assert decision.reasons[0].source == S19_S20
    assert decide_under(VoteRule.BOARD_DECISION, VoteTally(19, 19, present=57)).outcome is False


def test_the_same_tally_differs_by_rule() -> None:
    """30 yes, 16 no, 11 abstaining of 57 present: a majority of those voting (board decision, GA
    resolution) but not two-thirds of them (bylaw amendment) nor of those present (ballot measure)."""
    tally = VoteTally(30, 16, abstain=11, present=57, eligible=57)
    outcomes = {rule: decide_under(rule, tally).outcome for rule in VoteRule}
    assert outcomes == {
        VoteRule.GA_RESOLUTION: True,
        VoteRule.BYLAW_AMENDMENT: False,
        VoteRule.BALLOT_MEASURE_POSITION: False,
        VoteRule.BOARD_DECISION: True,
    }


# --------------------------------------------------------------------------- quorum


def test_no_quorum_is_checked_unless_one_is_given() -> None:
    """Domain notes "Unknowns" 1: GA and board quorum are not published; no quorum is assumed."""
    decision = decide_under(VoteRule.BOARD_DECISION, VoteTally(3, 1))
    assert "governance.vote.quorum" not in decision.codes


def test_a_quorum_given_is_checked_and_cited() -> None:
    """With a caller's quorum of 29 (a majority of 57, say), 20 present is no quorum: the decision fails
    with the quorum reason, citing the caller's source."""
    quorum = Quorum(29, QUORUM_SOURCE)
    failed = decide_under(VoteRule.BOARD_DECISION, VoteTally(15, 2, present=20), quorum=quorum)
    assert failed.outcome is False
    (failure,) = failed.failures
    assert failure.code == "governance.vote.quorum"
    assert failure.source == QUORUM_SOURCE
    assert QUORUM_SOURCE in failed.assumptions()
    passed = decide_under(VoteRule.BOARD_DECISION, VoteTally(15, 2, present=29), quorum=quorum)
    assert passed.outcome is True


def test_a_quorum_check_without_the_number_present_is_an_input_error() -> None:
    """A quorum check needs the number present: an InputError at 'tally.present'."""
    with pytest.raises(InputError) as error:
        decide_under(VoteRule.GA_RESOLUTION, VoteTally(300, 100), quorum=Quorum(100, QUORUM_SOURCE))
    assert [p.path for p in error.value.problems] == ["tally.present"]


# --------------------------------------------------------------------------- properties


@given(tallies(), st.sampled_from(list(VoteRule)))
def test_decide_under_is_decide_with_the_cited_threshold(tally: VoteTally, rule: VoteRule) -> None:
    """decide_under() is decide() with the rule's threshold and source: same outcome, same reasons."""
    cited = threshold_for(rule)
    ours = decide_under(rule, tally)
    theirs = decide(tally, cited.value, source=cited.source)
    assert ours.outcome is theirs.outcome is cited.value.passes(tally)
    assert ours.reasons == theirs.reasons
    assert ours.reasons[0].effect is Effect.INFO
    assert cited.source in ours.sources()


@given(tallies())
def test_the_stricter_rules_imply_the_laxer(tally: VoteTally) -> None:
    """A bylaw amendment's two-thirds implies a GA resolution's majority; a ballot-measure position
    (two-thirds of those present) implies an ordinary board decision (a majority of those voting)."""
    outcome = {rule: decide_under(rule, tally).outcome for rule in VoteRule}
    if outcome[VoteRule.BYLAW_AMENDMENT]:
        assert outcome[VoteRule.GA_RESOLUTION]
    if outcome[VoteRule.BALLOT_MEASURE_POSITION]:
        assert outcome[VoteRule.BOARD_DECISION]
        assert outcome[VoteRule.BYLAW_AMENDMENT]


@given(tallies(), st.sampled_from(list(VoteRule)), st.integers(0, 1000))
def test_a_quorum_only_ever_takes_a_pass_away(tally: VoteTally, rule: VoteRule, members: int) -> None:
    """Adding a quorum check never turns a failure into a pass."""
    with_quorum = decide_under(rule, tally, quorum=Quorum(members, QUORUM_SOURCE)).outcome
    without = decide_under(rule, tally).outcome
    assert with_quorum <= without
    assert tally.present is not None
    if tally.present >= members:
        assert with_quorum == without
