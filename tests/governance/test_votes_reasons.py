"""Tests of votes.py: the exact reasons and errors of a decision on a vote.

Rules under test (../shared/domain/governance-and-membership.md sections 2, 4, 6 and
"Suggested modeling constants"):

* Thresholds are computed by integer cross-multiplication; a majority is *more than* half
  of its base, two-thirds is *at least* two-thirds [confirmed form: domain notes].
* The base is named: votes cast (yes plus no), the members present, or the members
  entitled to vote (eligible); how abstentions count is not published, and the library's
  reading (``votes.ABSTENTIONS``) is cited as an assumption.
* Quorum rules are not published [N]: a quorum check needs the caller's quorum and the
  number of members present.

The threshold's fact and each sentence are what an application shows or stores: checked exactly.
"""

from __future__ import annotations

import pytest

from calcities_domain.governance import (
    ABSTENTIONS,
    MAJORITY_OF_MEMBERS,
    TWO_THIRDS_OF_VOTES_CAST,
    Quorum,
    VoteTally,
    decide,
)
from calcities_domain.kernel import Confidence, Effect, Fact, InputError, Source

#: A caller's quorum (the league's is not published).
CALLER = Source("A caller's quorum rule", Confidence.ASSUMED)


def test_the_threshold_reason_names_the_threshold_as_a_fact() -> None:
    """Domain notes § 6 (S8, S10): bylaw amendments need two-thirds of those voting."""
    decision = decide(VoteTally(yes=2, no=1), TWO_THIRDS_OF_VOTES_CAST)
    threshold = decision.reasons[0]
    assert threshold.code == "governance.vote.threshold"
    assert threshold.message == "The motion needs two-thirds of those voting."
    assert threshold.facts == (Fact("threshold", "two-thirds of those voting"),)


@pytest.mark.parametrize(
    ("yes", "passed", "message"),
    [
        (29, True, "Yes 29 of 57 eligible: 29 x 2 = 58 is more than 57 x 1 = 57."),
        (28, False, "Yes 28 of 57 eligible: 28 x 2 = 56 is not more than 57 x 1 = 57."),
    ],
    ids=["29-of-57", "28-of-57"],
)
def test_a_majority_of_the_members_counts_the_eligible_in_words(yes: int, passed: bool, message: str) -> None:
    """A majority of the members is more than half of those entitled to vote: of the board's 57
    voting seats (S3), 29 is a majority and 28 is not."""
    decision = decide(VoteTally(yes=yes, no=0, eligible=57), MAJORITY_OF_MEMBERS)
    assert decision.outcome is passed
    count = decision.reasons[-1]
    assert count.code == "governance.vote.count"
    assert count.message == message
    assert count.effect is (Effect.PASS if passed else Effect.FAIL)
    assert count.source is ABSTENTIONS


def test_a_quorum_check_without_the_number_present_says_what_is_missing() -> None:
    """Quorum rules are not published: a check needs the caller's quorum and how many were present."""
    with pytest.raises(InputError) as error:
        decide(VoteTally(yes=2, no=1), TWO_THIRDS_OF_VOTES_CAST, quorum=Quorum(29, CALLER))
    assert [(p.path, p.message) for p in error.value.problems] == [
        ("tally.present", "a quorum check needs the number of members present")
    ]
