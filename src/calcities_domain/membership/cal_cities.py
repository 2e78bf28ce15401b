"""The membership facts of Cal Cities, each with its source and confidence.

Confirmed: members are California cities; officials of member cities take part in the
league; caucus membership is open to all members; the policy-committee appointment
paths; the Torch Program's audience; the Helen Putnam Award's eligibility. Not found:
the consequence of unpaid dues (the 2015 bylaws have an article "Delinquency" whose
text is not available), so the good-standing rule is a parameter whose default is
marked assumed; whether staff may take part in the Torch Program (read as no).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

from calcities_domain.kernel import Cited, Confidence, Source

__all__ = [
    "HELEN_PUTNAM_MIN_MONTHS",
    "POLICY_COMMITTEE_APPOINTMENTS",
    "PathKind",
    "SeatBound",
]


class PathKind(enum.Enum):
    """Who appoints an official to a policy committee.

    Attributes:
        DIVISION: the official's regional division.
        DEPARTMENT: a municipal department the official belongs to.
        CAUCUS: a diversity caucus the official belongs to.
        PRESIDENT: the President of Cal Cities.
    """

    DIVISION = "division"
    DEPARTMENT = "department"
    CAUCUS = "caucus"
    PRESIDENT = "president"


class SeatBound(enum.Enum):
    """How a number of appointments is bounded.

    Attributes:
        EXACTLY: exactly that many.
        AT_LEAST: that many or more.
        UP_TO: at most that many.
    """

    EXACTLY = "exactly"
    AT_LEAST = "at_least"
    UP_TO = "up_to"


C, INF, ASSUMED = Confidence.CONFIRMED, Confidence.INFERRED, Confidence.ASSUMED


def _src(title: str, url: str | None, note: str, confidence: Confidence = C, section: str | None = None) -> Source:
    return Source(title, confidence, url=url, note=note, section=section)


MEMBERS_ARE_CITIES = _src(
    "Cal Cities, FPPC Compliance (S2); Regional Divisions (S1)",
    "https://calcities.org/footer-utility-items/fppc-compliance",
    "Cal Cities is a nonprofit mutual benefit corporation whose members are California cities: 476 of the 482 "
    "cities (an earlier page: 474).",
)
NOT_MEMBERS = _src(
    "Cal Cities, Partners program (S34); FPPC Compliance (S2)",
    "https://www.calcities.org/header-utility-items/cal-cities-partners/2023/12/13/default-calendar/city-clerks-new-law-and-elections-seminar",
    "Members are cities (S2). No source names counties, special districts or companies as members; Partners are "
    "outside organizations that sponsor and take part, not described as members. That they are not members is "
    "inferred.",
    INF,
)
OFFICIALS_TAKE_PART = _src(
    "Cal Cities, Caucuses (S25)",
    "https://www.calcities.org/get-involved/caucuses",
    "Officials of member cities take part in the departments, divisions, caucuses and committees; caucus "
    "membership is open to all Cal Cities members.",
)
MEMBER_PRICES = _src(
    "Cal Cities, 2023 City Attorneys Spring Conference registration",
    "https://www.calcities.org/education-and-events/event/2023/05/17/default-calendar/city-attorneys-conference",
    "Registration fees by category: officials and staff of member cities, officials and staff of non-member "
    "cities, all others.",
)
DUES_UNKNOWN = _src(
    "calcities_domain: good standing when dues are unpaid",
    "http://lawsdocbox.com/US_Government_Resources/91210306-2015-bylaws-for-the-league-of-california-cities-table-of-contents.html",
    "The 2015 bylaws have an article 'Delinquency' (Art. IV, section 3) whose text was not found, and no source "
    "gives the consequence of unpaid dues. By default a member city stays in good standing while its membership "
    "lasts, whatever its dues; pass a StandingRule with a grace period to apply one.",
    ASSUMED,
    section="Art. IV, section 3 (heading only)",
)
NOT_RECORDED = _src(
    "calcities_domain: good standing when no dues are recorded",
    None,
    "Where a history records no dues for a day, the library reads good standing from the membership alone: "
    "no grace rule can apply to dues it does not know.",
    ASSUMED,
    section="MembershipHistory.dues empty, or before the first recorded dues period",
)
CALLER_GRACE = _src(
    "calcities_domain: a grace period for unpaid dues, given by the caller",
    None,
    "The consequence of unpaid dues is not published: this grace period is the caller's rule. A member city whose "
    "dues are unpaid longer than the grace period is not in good standing, and counts as a non-member in every "
    "eligibility decision.",
    ASSUMED,
    section="StandingRule.grace",
)
BOARD_SERVICE = _src(
    "Cal Cities, board recruitment pages (S3 2024, S6 2018)",
    "https://www.calcities.org/news/post/2024/03/13/interested-in-serving-on-the-2024-25-cal-cities-board-of-directors",
    "Directors must be officially in city service in a member city at the time of election or appointment; "
    "division, department and caucus directors are elected by their body; the ten largest cities designate the "
    "large-city directors; at least one at-large director is from a small city.",
)
POLICY_PATHS = _src(
    "Cal Cities, Policy Development (S26); policy committee descriptions (S27)",
    "https://www.cacities.org/Policy-Advocacy/Policy-Development.aspx",
    "Each division appoints 2 members to each policy committee, each department at least 1, each caucus 1, and "
    "the President up to 16.",
)
TORCH_AUDIENCE = _src(
    "League news, League hosts newly elected mayors and council members (January 2014); the Torch Program "
    "recognises dedication to continuing education (30 August 2019)",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "The Torch Program of the Mayors and Council Members Department recognises mayors and council members.",
)
TORCH_STAFF = _src(
    "calcities_domain: the Torch Program and city staff",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "The sources address the program to mayors and council members and never mention staff: that staff may not "
    "take part is the reading of the sources, not a published rule.",
    INF,
)
TORCH_OTHER_ELECTED = _src(
    "calcities_domain: the Torch Program and other elected city officials",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "The program is run by the Mayors and Council Members Department for mayors and council members; other elected "
    "city officials (an elected clerk, treasurer or attorney) are not mentioned: read as not eligible.",
    INF,
)
TORCH_MEMBER_CITY = _src(
    "calcities_domain: the Torch Program and non-member cities",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "The program is run by a department of the league for the officials who take part in it, the officials of "
    "member cities; whether officials of non-member cities may take part is not published.",
    INF,
)
HELEN_PUTNAM = _src(
    "Western City, Showcase your city's work: Helen Putnam Award for Excellence program",
    "https://westerncity.com/article/showcase-your-citys-work-helen-putnam-award-excellence-program",
    "Any League member city, or group of California cities, including League divisions, that provides a program "
    "or service with proven tangible and measurable results and a minimum of one year of implementation is "
    "eligible to apply; one application per category per city.",
)
IMMEDIATE_PAST_PRESIDENT = _src(
    "Cal Cities, board recruitment pages (S3) and officer announcements (S37)",
    "https://www.calcities.org/news/post/2024/03/13/interested-in-serving-on-the-2024-25-cal-cities-board-of-directors",
    "The board elects the President and the Vice Presidents; the Immediate Past President is not elected: the "
    "office falls to the outgoing President by prior service.",
)
HELEN_PUTNAM_GROUPS = _src(
    "calcities_domain: the cities of a group applying for the Helen Putnam Award",
    "https://westerncity.com/article/showcase-your-citys-work-helen-putnam-award-excellence-program",
    "The rule names 'any League member city, or group of California cities': it does not require each city of a "
    "group to be a member, and the library does not. That a group has at least two cities is inferred.",
    INF,
)
ONE_YEAR = _src(
    "calcities_domain: a year of implementation",
    None,
    "'A minimum of one year of implementation' is read as twelve calendar months from the start of the program "
    "to the day of the application; a program started on 29 February completes its year on 28 February.",
    INF,
    section="twelve months, month ends clamped",
)

#: The least time a program must have run to enter the Helen Putnam Award, in months.
HELEN_PUTNAM_MIN_MONTHS = Cited(12, ONE_YEAR)

#: How many members each appointing body names to every policy committee, and the bound.
POLICY_COMMITTEE_APPOINTMENTS: Mapping[PathKind, Cited[tuple[int, SeatBound]]] = MappingProxyType(
    {
        PathKind.DIVISION: Cited((2, SeatBound.EXACTLY), POLICY_PATHS),
        PathKind.DEPARTMENT: Cited((1, SeatBound.AT_LEAST), POLICY_PATHS),
        PathKind.CAUCUS: Cited((1, SeatBound.UP_TO), POLICY_PATHS),
        PathKind.PRESIDENT: Cited((16, SeatBound.UP_TO), POLICY_PATHS),
    }
)
