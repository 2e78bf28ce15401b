"""Governance per the bylaws: the board, votes and thresholds.

.. versionadded:: 0.1.0
"""

from calcities_domain.governance.assembly import MAX_ALTERNATES, VotingDesignation, check_designation, may_hold_card
from calcities_domain.governance.board import (
    BOARD_COMPOSITIONS,
    SMALL_CITY_THRESHOLD,
    BoardComposition,
    SeatCount,
    SeatType,
    board_as_of,
)
from calcities_domain.governance.bylaws import VoteRule, decide_under, threshold_for
from calcities_domain.governance.officers import (
    OfficerRole,
    officer_eligibility,
    officer_term,
    projected_succession,
)
from calcities_domain.governance.resolutions import (
    AMENDMENT_EFFECT_DAYS,
    CONCURRENCE_MINIMUM,
    GENERAL_RESOLUTION_LEAD_DAYS,
    PETITION_LEAD,
    PETITION_ROUNDING_UP,
    PETITION_SHARE,
    Disqualification,
    ResolutionStage,
    amendment_effective_on,
    check_transition,
    concurrence,
    decide_amendment,
    general_resolution_due,
    petition_filing_deadline,
    petition_signatures_required,
)
from calcities_domain.governance.roster import DEPARTMENT_OF_OFFICE, TERM_MONTHS, Roster, RosterSeat, check_roster
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
    "AMENDMENT_EFFECT_DAYS",
    "BOARD_COMPOSITIONS",
    "CONCURRENCE_MINIMUM",
    "GENERAL_RESOLUTION_LEAD_DAYS",
    "MAJORITY_OF_MEMBERS",
    "MAJORITY_OF_VOTES_CAST",
    "MAX_ALTERNATES",
    "PETITION_LEAD",
    "PETITION_ROUNDING_UP",
    "PETITION_SHARE",
    "SMALL_CITY_THRESHOLD",
    "TWO_THIRDS_OF_PRESENT",
    "TWO_THIRDS_OF_VOTES_CAST",
    "Base",
    "BoardComposition",
    "Disqualification",
    "OfficerRole",
    "Quorum",
    "ResolutionStage",
    "SeatCount",
    "SeatType",
    "Threshold",
    "VoteRule",
    "VoteTally",
    "VotingDesignation",
    "amendment_effective_on",
    "board_as_of",
    "check_designation",
    "check_transition",
    "concurrence",
    "decide",
    "decide_amendment",
    "decide_under",
    "general_resolution_due",
    "may_hold_card",
    "officer_eligibility",
    "officer_term",
    "petition_filing_deadline",
    "petition_signatures_required",
    "projected_succession",
    "threshold_for",
]
