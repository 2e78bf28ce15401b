"""Governance per the bylaws: the board, votes and thresholds.

.. versionadded:: 0.1.0
"""

from calcities_domain.governance.board import (
    BOARD_COMPOSITIONS,
    SMALL_CITY_THRESHOLD,
    BoardComposition,
    SeatCount,
    SeatType,
    board_as_of,
)
from calcities_domain.governance.bylaws import VoteRule, decide_under, threshold_for
from calcities_domain.governance.votes import (
    ABSTENTIONS,
    MAJORITY_OF_MEMBERS,
    MAJORITY_OF_VOTES_CAST,
    TWO_THIRDS_OF_PRESENT,
    TWO_THIRDS_OF_VOTES_CAST,
    Base,
    Quorum,
    Threshold,
    VoteTally,
    decide,
)

__all__ = [
    "ABSTENTIONS",
    "BOARD_COMPOSITIONS",
    "MAJORITY_OF_MEMBERS",
    "MAJORITY_OF_VOTES_CAST",
    "SMALL_CITY_THRESHOLD",
    "TWO_THIRDS_OF_PRESENT",
    "TWO_THIRDS_OF_VOTES_CAST",
    "Base",
    "BoardComposition",
    "Quorum",
    "SeatCount",
    "SeatType",
    "Threshold",
    "VoteRule",
    "VoteTally",
    "board_as_of",
    "decide",
    "decide_under",
    "threshold_for",
]
