"""The Cal Cities Torch Program, configured with what the sources confirm and nothing more.

Confirmed: the program is for mayors and council members; it has three sequential levels
(I Leadership, II Advanced Leadership, III Leadership in Action); completing the
three-day New Mayors and Council Members Academy satisfies Level I (2014); university-level
continuing education (2013) and service on a Cal Cities policy committee (2014) count
toward Level II; recognition is a certificate and a torch lapel pin (for every level in
2014; for Levels II and III in 2017 and 2019); the deadlines to submit for 2014, 2017
and 2019.

Not public, so **not configured**: the credits or hours of each level, other ways to
satisfy Level I, what else counts toward Level II, all of Level III, how hours become
credits, whether credits count again for the next level, whether a repeated course
counts again. A program administrator supplies them (see the recognition guide); a tally
under them says "requirement not configured". That progress is cumulative (a lifetime
window) is inferred.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.kernel import Confidence, Source
from calcities_domain.recognition.models import (
    ActivityKind,
    Audience,
    Award,
    AwardKind,
    Category,
    Level,
    Program,
    Requirement,
    RequirementKind,
    Route,
    SubmissionDeadline,
    Window,
    WindowKind,
)

__all__ = ["TORCH"]

C, INF = Confidence.CONFIRMED, Confidence.INFERRED


def _src(title: str, url: str | None, note: str, confidence: Confidence = C, section: str | None = None) -> Source:
    return Source(title, confidence, url=url, note=note, section=section)


NEWS_2014 = _src(
    "Cal Cities news, January 2014: League hosts newly elected mayors and council members",
    "https://www.cacities.org/Top/News/News-Articles/2014/January/League-Hosts-Newly-Elected-Mayors-and-Council-Memb",
    "Upon completion of the three-day academy, attendees satisfied level one of the Torch Program; achievements are "
    "self-reportable; a certificate and lapel pin upon completion of each level.",
)
NEWS_2019 = _src(
    "Cal Cities news, 30 August 2019: the Torch Program recognizes dedication to continuing education and service",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "Three sequential levels: Level I Leadership, Level II Advanced Leadership, Level III Leadership in Action; "
    "an Academy graduation certificate and lapel pin for Levels II and III; the full graduation requirements are "
    "available from the conference program manager (not public); submit by 16 Sep 2019 for the 16 Oct conference.",
)
NEWS_2017 = _src(
    "Cal Cities news, 2017: Torch Program recognition at the Annual Conference",
    "https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members",
    "Submit qualifications by Friday 1 September 2017 to be recognised at the department meeting of the Annual "
    "Conference (Sacramento, 13-15 September 2017); certificate and pin for Levels II and III.",
)
NEWS_2014_DEADLINE = _src(
    "Cal Cities news, 2014: get recognized for your educational and leadership achievements",
    "https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members/News/Get-Recognized-for-your-Educational-and-Leader-(1)",
    "Submit by Friday 25 July 2014; service on League policy committees can now help achieve Level II (criteria "
    "changed in 2014).",
)
UNIVERSITY_2013 = _src(
    "Cal Cities, Mayors and Council Members Department news, 2013",
    "https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members?page=3",
    "University-level continuing education (a USC executive education forum) is eligible toward Level II, "
    "Advanced Leadership.",
)
AUDIENCE = _src(
    "Cal Cities, Mayors and Council Members Leadership Academy (Torch Program)",
    "https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members/Mayors-and-Council-Members-Leadership-Academy",
    "A voluntary, self-reported program of continuing education for mayors and council members, run by the Mayors "
    "and Council Members Department; roster kept since 2003.",
)
NOT_PUBLIC = _src(
    "Cal Cities Torch Program graduation requirements (not public)",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "The sources say a full list of graduation requirements exists and is available from the conference program "
    "manager; none gives it. The program administrator configures this requirement.",
    section="requirement not configured",
)
AWARDS_BY_YEAR = _src(
    "Cal Cities news, 2014, 2017 and 2019: Torch awards",
    "https://www.cacities.org/Top/News/News-Articles/2014/January/League-Hosts-Newly-Elected-Mayors-and-Council-Memb",
    "The 2014 text gives a certificate and pin on completion of each level; the 2017 and 2019 texts give them for "
    "Levels II and III. Whether Level I still earns them is not known.",
    Confidence.ASSUMED,
    section="certificate and pin for Level I",
)
LEVEL_II_COUNTS = _src(
    "Cal Cities news, 2013 and 2014: what counts toward Level II",
    "https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members?page=3",
    "University-level continuing education (2013) and service on a League policy committee (2014) count toward "
    "Level II. The sources do not say that nothing else counts, nor how much either is worth: every category "
    "counts toward Level II until the administrator narrows it.",
    section="Level II",
)
CUMULATIVE = _src(
    "calcities_domain: Torch progress is cumulative",
    "https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322",
    "Officials 'progress' through sequential levels and are recognised each year; no source states an expiry or a "
    "window, so every activity to date counts.",
    INF,
    section="lifetime window",
)

LEADERSHIP = Level(
    "leadership",
    "Level I: Leadership",
    (
        Route(
            "academy",
            (
                Requirement(
                    RequirementKind.ACTIVITIES,
                    "complete the three-day New Mayors and Council Members Academy",
                    Decimal(1),
                    NEWS_2014,
                    activity_kinds=("new_mayors_academy",),
                ),
            ),
        ),
        Route(
            "other",
            (
                Requirement(
                    RequirementKind.TOTAL_CREDITS,
                    "Level I by other activities (not public)",
                    None,
                    NOT_PUBLIC,
                ),
            ),
        ),
    ),
    Window(WindowKind.LIFETIME, CUMULATIVE),
    NEWS_2019,
    awards=(
        Award(AwardKind.CERTIFICATE, "Torch Program certificate (2014 wording: for each level)", AWARDS_BY_YEAR),
        Award(AwardKind.PIN, "torch lapel pin (2014 wording: for each level)", AWARDS_BY_YEAR),
    ),
)
ADVANCED_LEADERSHIP = Level(
    "advanced_leadership",
    "Level II: Advanced Leadership",
    (
        Route(
            "credits",
            (
                Requirement(
                    RequirementKind.TOTAL_CREDITS,
                    "Level II credits (not public)",
                    None,
                    NOT_PUBLIC,
                ),
            ),
        ),
    ),
    Window(WindowKind.LIFETIME, CUMULATIVE),
    LEVEL_II_COUNTS,
    prerequisite="leadership",
    awards=(
        Award(AwardKind.CERTIFICATE, "Academy graduation certificate", NEWS_2019),
        Award(AwardKind.PIN, "torch lapel pin", NEWS_2019),
        Award(AwardKind.RECOGNITION, "recognition at the department meeting of the Annual Conference", NEWS_2017),
    ),
)
LEADERSHIP_IN_ACTION = Level(
    "leadership_in_action",
    "Level III: Leadership in Action",
    (
        Route(
            "credits",
            (
                Requirement(
                    RequirementKind.TOTAL_CREDITS,
                    "Level III criteria (not public)",
                    None,
                    NOT_PUBLIC,
                ),
            ),
        ),
    ),
    Window(WindowKind.LIFETIME, CUMULATIVE),
    NEWS_2019,
    prerequisite="advanced_leadership",
    awards=(
        Award(AwardKind.CERTIFICATE, "Academy graduation certificate", NEWS_2019),
        Award(AwardKind.PIN, "torch lapel pin", NEWS_2019),
        Award(AwardKind.RECOGNITION, "recognition at the department meeting of the Annual Conference", NEWS_2017),
    ),
)

#: The Cal Cities Torch Program: confirmed facts, cited; every unknown left for the administrator.
TORCH = Program(
    "cal_cities_torch",
    "Cal Cities Torch Program",
    "League of California Cities, Mayors and Council Members Department",
    AUDIENCE,
    (
        Category("league_academy", "Cal Cities academies for mayors and council members", NEWS_2014),
        Category("university_education", "University-level continuing education", UNIVERSITY_2013),
        Category("policy_committee_service", "Service on a Cal Cities policy committee", NEWS_2014_DEADLINE),
    ),
    (LEADERSHIP, ADVANCED_LEADERSHIP, LEADERSHIP_IN_ACTION),
    Audience.MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES,
    AUDIENCE,
    activity_kinds=(
        ActivityKind(
            "new_mayors_academy", "New Mayors and Council Members Academy (three days)", "league_academy", NEWS_2014
        ),
        ActivityKind(
            "policy_committee_service",
            "Service on a Cal Cities policy committee",
            "policy_committee_service",
            NEWS_2014_DEADLINE,
        ),
    ),
    submission_deadlines=(
        SubmissionDeadline(2014, date(2014, 7, 25), NEWS_2014_DEADLINE),
        SubmissionDeadline(2017, date(2017, 9, 1), NEWS_2017, ceremony=date(2017, 9, 13)),
        SubmissionDeadline(2019, date(2019, 9, 16), NEWS_2019, ceremony=date(2019, 10, 16)),
    ),
)
