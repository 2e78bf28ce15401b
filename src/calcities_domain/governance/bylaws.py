"""The thresholds the bylaws set for each kind of vote, cited.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum

from calcities_domain.governance.votes import (
    MAJORITY_OF_VOTES_CAST,
    TWO_THIRDS_OF_PRESENT,
    TWO_THIRDS_OF_VOTES_CAST,
    Quorum,
    Threshold,
    VoteTally,
    decide,
)
from calcities_domain.kernel import Cited, Confidence, Decision, Source
from calcities_domain.kernel._checks import fail

__all__ = ["VoteRule", "decide_under", "threshold_for"]


class VoteRule(enum.Enum):
    """The kinds of vote the bylaws give a threshold for.

    Attributes:
        GA_RESOLUTION: the General Assembly adopting a resolution.
        BYLAW_AMENDMENT: amending the bylaws, at the General Assembly or by mail ballot.
        BALLOT_MEASURE_POSITION: the board taking a position on a statewide ballot measure.
        BOARD_DECISION: any other decision of the board.
    """

    GA_RESOLUTION = "ga_resolution"
    BYLAW_AMENDMENT = "bylaw_amendment"
    BALLOT_MEASURE_POSITION = "ballot_measure_position"
    BOARD_DECISION = "board_decision"


S13 = Source(
    "Cal Cities, Five things to know about the General Assembly (S13, 26 July 2023); Resolutions and the General "
    "Assembly (S12)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/news/post/2023/07/26/five-things-to-know-about-the-cal-cities-general-assembly",
    note="The General Assembly adopts resolutions by a majority; one vote per member city.",
)
S8_S10 = Source(
    "Cal Cities, Proposed bylaws changes (S8, 2021; S10, 2022); 2013 mail ballot (S19, S20)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/news/post/2022/08/10/proposed-bylaws-changes-to-be-considered-by-general-assembly-during-2022-annual-conference-and-expo",
    note="Bylaw amendments need two-thirds of those voting, at the General Assembly or by mail ballot of member "
    "cities.",
)
S19_S20 = Source(
    "League bylaws, Art. VII § 16, as amended in 2013 (S19, S20)",
    Confidence.CONFIRMED,
    url="https://records.cityofredlands.org/WebLink/0/doc/313666/Page2.aspx",
    section="Art. VII § 16",
    note="The board takes a position on a statewide ballot measure only by two-thirds of the directors present; "
    "other decisions by a majority of those voting (the general rule stated in 2013).",
)

_RULES: dict[VoteRule, Cited[Threshold]] = {
    VoteRule.GA_RESOLUTION: Cited(MAJORITY_OF_VOTES_CAST, S13),
    VoteRule.BYLAW_AMENDMENT: Cited(TWO_THIRDS_OF_VOTES_CAST, S8_S10),
    VoteRule.BALLOT_MEASURE_POSITION: Cited(TWO_THIRDS_OF_PRESENT, S19_S20),
    VoteRule.BOARD_DECISION: Cited(MAJORITY_OF_VOTES_CAST, S19_S20),
}


def threshold_for(rule: VoteRule) -> Cited[Threshold]:
    """The threshold the bylaws set for ``rule``, with its source.

    >>> threshold_for(VoteRule.BYLAW_AMENDMENT).value.name
    'two-thirds of those voting'
    """
    if not isinstance(rule, VoteRule):
        raise fail("rule", f"expected a VoteRule, got {rule!r}")
    return _RULES[rule]


def decide_under(rule: VoteRule, tally: VoteTally, *, quorum: Quorum | None = None) -> Decision[bool]:
    """Whether a vote passed under the bylaws' threshold for ``rule``, with reasons.

    The league's quorum rules are not published: pass ``quorum`` to check one.

    >>> decide_under(VoteRule.BALLOT_MEASURE_POSITION, VoteTally(yes=30, no=10, abstain=5, present=46)).outcome
    False
    """
    cited = threshold_for(rule)
    words = rule.value.replace("_", " ")
    return decide(tally, cited.value, source=cited.source, quorum=quorum, question=f"Did the {words} pass?")
