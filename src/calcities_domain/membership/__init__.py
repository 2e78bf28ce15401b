"""Membership: member cities over time, good standing, and what each official may do.

A :class:`MembershipRoll` holds the cities and their membership histories;
:func:`member_status` answers whether a city is a member in good standing on a day, and
the eligibility functions answer, with reasons and sources, what an official or a city
may do on that day. The batch functions answer for every city at once, as tables.

.. versionadded:: 0.1.0
"""

from calcities_domain.membership.batch import (
    DivisionCount,
    LapseRow,
    StatusRow,
    counts_by_division,
    lapsed_between,
    members_on,
    statuses_on,
)
from calcities_domain.membership.cal_cities import (
    HELEN_PUTNAM_MIN_MONTHS,
    POLICY_COMMITTEE_APPOINTMENTS,
    PathKind,
    SeatBound,
)
from calcities_domain.membership.eligibility import (
    may_be_officer,
    may_be_voting_delegate,
    may_enter_helen_putnam_award,
    may_join_caucus,
    may_join_department,
    may_join_torch_program,
    may_serve_on_board,
    member_benefits,
    policy_committee_paths,
    price_category,
)
from calcities_domain.membership.models import (
    AppointmentPath,
    DuesPayment,
    HelenPutnamEntry,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    OrganizationKind,
    PriceCategory,
    StandingRule,
)
from calcities_domain.membership.standing import may_be_member, member_cities, member_status

__all__ = [
    "HELEN_PUTNAM_MIN_MONTHS",
    "POLICY_COMMITTEE_APPOINTMENTS",
    "AppointmentPath",
    "DivisionCount",
    "DuesPayment",
    "HelenPutnamEntry",
    "LapseRow",
    "MemberStatus",
    "MembershipHistory",
    "MembershipRoll",
    "OrganizationKind",
    "PathKind",
    "PriceCategory",
    "SeatBound",
    "StandingRule",
    "StatusRow",
    "counts_by_division",
    "lapsed_between",
    "may_be_member",
    "may_be_officer",
    "may_be_voting_delegate",
    "may_enter_helen_putnam_award",
    "may_join_caucus",
    "may_join_department",
    "may_join_torch_program",
    "may_serve_on_board",
    "member_benefits",
    "member_cities",
    "member_status",
    "members_on",
    "policy_committee_paths",
    "price_category",
    "statuses_on",
]
