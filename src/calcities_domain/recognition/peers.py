"""Two peer programs configured from their published numbers: NLC's and TML's.

These prove the engine general and let a notebook compare Torch with other leagues'
programs.

* The National League of Cities **Certificate of Achievement in Leadership**: five
  levels, from Bronze (16 credits, 1 in each of the five competency areas) to Diamond
  (80 credits, 4 in each, serving as a mentor and earning 4 credits a year), with state
  or regional and national leadership roles for Gold and Platinum.
* The **Texas Municipal League Institute** awards: 42, 54 and 72 continuing-education
  units (CEUs) in one calendar year, a CEU being 50 minutes; Certified Municipal Official
  needs, within the 72, one hour on the Open Meetings Act and one on the Public
  Information Act taken in the award year.

What their sources do not give is marked: NLC's rounding of hours to credits and TML's
(assumed: down to a hundredth of a credit), whether a repeated course counts again (not
configured), and TML's per-category caps (not configured: the source says caps exist
without giving them).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from decimal import Decimal

from calcities_domain.kernel import Confidence, Source
from calcities_domain.kernel._words import count
from calcities_domain.mcle import Rounding
from calcities_domain.recognition.models import (
    ActivityKind,
    Audience,
    Award,
    AwardKind,
    Category,
    Conversion,
    Level,
    Maintenance,
    Program,
    Requirement,
    RequirementKind,
    Route,
    Window,
    WindowKind,
)

__all__ = ["NLC_LEADERSHIP", "TML_INSTITUTE"]

C, S, INF, ASSUMED = Confidence.CONFIRMED, Confidence.SECONDARY, Confidence.INFERRED, Confidence.ASSUMED

NLC = Source(
    "National League of Cities, Certificate of Achievement in Leadership Program",
    Confidence.CONFIRMED,
    url="https://www.nlc.org/certificate-of-achievement-in-leadership-program",
    note="Bronze: Leadership Fellow 16 credits, 1 in each of 5 competency areas; Silver: Leadership Executive 36, 2 "
    "each; Gold: Leadership Ambassador 50, 3 each, state or regional leadership role; Platinum: Leadership "
    "Statesman 67, 4 each, national leadership role; Diamond: Leadership Regent 80, 4 each, serve as a mentor, "
    "earn 4 credits annually. For local elected officials; each level has its own form of recognition.",
)
NLC_HOURS = Source(
    "The Daily Herald (Everett, WA), on a council member's NLC certificate",
    S,
    url="https://www.heraldnet.com",
    note="A credit is about two classroom hours (80 credits = 160 hours).",
)
NLC_ROUNDING = Source(
    "calcities_domain: NLC credits from hours",
    ASSUMED,
    section="down to a hundredth of a credit",
    note="NLC gives no rounding for hours turned into credits: a hundredth of a credit, rounded down, is assumed.",
)
NLC_CUMULATIVE = Source(
    "calcities_domain: NLC credits are cumulative",
    INF,
    url="https://www.nlc.org/certificate-of-achievement-in-leadership-program",
    section="credits count again toward the next level; a lifetime window",
    note="Each level's credits include the previous level's (80 credits are 160 hours in all), and no window is "
    "stated: every credit to date counts toward every level.",
)
NLC_MAINTENANCE = Source(
    "National League of Cities, Certificate of Achievement in Leadership Program (Diamond)",
    INF,
    url="https://www.nlc.org/certificate-of-achievement-in-leadership-program",
    section="Diamond: earn 4 credits annually",
    note="'Earn 4 credits annually' is read as what keeps the Diamond level: 4 credits in the last year.",
)

_AREAS = (
    ("cornerstone", "Cornerstone: Personal Leadership Growth and Development"),
    ("competent_practitioner", "Competent Practitioner: Leading Effective Governance"),
    ("communicator", "Communicator: Effective Communications and Media Relations"),
    ("collaborator", "Collaborator: Building Communities through Inspiration and Empowerment"),
    ("catalyst", "Catalyst: Leading Innovation and Managing Change"),
)
_LIFETIME = Window(WindowKind.LIFETIME, NLC_CUMULATIVE)


def _nlc_level(
    code: str,
    metal: str,
    title: str,
    *,
    credits: int,
    each: int,
    roles: tuple[tuple[str, str], ...] = (),
    prerequisite: str | None = None,
    maintenance: Maintenance | None = None,
) -> Level:
    requirements = [
        Requirement(RequirementKind.TOTAL_CREDITS, f"{credits} credits", Decimal(credits), NLC),
        *(
            Requirement(
                RequirementKind.CATEGORY_CREDITS,
                f"{count(each, 'credit')} in {name.split(':')[0]}",
                Decimal(each),
                NLC,
                category=area,
            )
            for area, name in _AREAS
        ),
        *(
            Requirement(RequirementKind.ACTIVITIES, words, Decimal(1), NLC, activity_kinds=(kind,))
            for kind, words in roles
        ),
    ]
    return Level(
        code,
        f"{metal}: {title}",
        (Route("credits", tuple(requirements)),),
        _LIFETIME,
        NLC,
        prerequisite=prerequisite,
        categories=tuple(area for area, _ in _AREAS),
        awards=(
            Award(AwardKind.DESIGNATION, title, NLC),
            Award(AwardKind.RECOGNITION, f"Certificate of Achievement in Leadership, {metal}", NLC),
        ),
        maintenance=maintenance,
    )


#: NLC's Certificate of Achievement in Leadership.
NLC_LEADERSHIP = Program(
    "nlc_leadership",
    "NLC Certificate of Achievement in Leadership",
    "National League of Cities",
    NLC,
    (
        *(Category(area, name, NLC) for area, name in _AREAS),
        Category("leadership_role", "Leadership roles and mentoring", NLC),
    ),
    (
        _nlc_level("bronze", "Bronze", "Leadership Fellow", credits=16, each=1),
        _nlc_level("silver", "Silver", "Leadership Executive", credits=36, each=2, prerequisite="bronze"),
        _nlc_level(
            "gold",
            "Gold",
            "Leadership Ambassador",
            credits=50,
            each=3,
            roles=(("state_or_regional_role", "a state or regional leadership role"),),
            prerequisite="silver",
        ),
        _nlc_level(
            "platinum",
            "Platinum",
            "Leadership Statesman",
            credits=67,
            each=4,
            roles=(("national_role", "a national leadership role"),),
            prerequisite="gold",
        ),
        _nlc_level(
            "diamond",
            "Diamond",
            "Leadership Regent",
            credits=80,
            each=4,
            roles=(("mentor", "serve as a mentor"),),
            prerequisite="platinum",
            maintenance=Maintenance(Decimal(4), 1, NLC_MAINTENANCE),
        ),
    ),
    Audience.ELECTED_OFFICIALS,
    NLC,
    activity_kinds=(
        ActivityKind("state_or_regional_role", "A state or regional leadership role", "leadership_role", NLC),
        ActivityKind("national_role", "A national leadership role", "leadership_role", NLC),
        ActivityKind("mentor", "Serving as a mentor", "leadership_role", NLC),
    ),
    conversion=Conversion(120, Decimal("0.01"), Rounding.DOWN, NLC_HOURS, NLC_ROUNDING),
    reuse=True,
    reuse_source=NLC_CUMULATIVE,
)

TML = Source(
    "Texas Municipal League Institute, Awards",
    C,
    url="https://www.tml.org/285/Awards",
    note="In one calendar year, an elected official completing 42 or more CEUs earns a Certificate of Recognition; "
    "54, a Certificate of Achievement; 72 without open-government courses, a Certificate of Outstanding "
    "Accomplishment; 72 including two hours of open-government training taken in the award year (one hour on the "
    "Open Meetings Act, one on the Public Information Act), the Certified Municipal Official designation, with a "
    "lapel pin and the CMO designation on TML materials the following year.",
)
TML_CEU = Source(
    "Texas Municipal League Institute",
    C,
    url="https://www.tml.org/tmli",
    note="One CEU is 50 minutes of instruction; the calendar year runs 1 January to 31 December; categories have caps.",
)
TML_ROUNDING = Source(
    "calcities_domain: TML CEUs from hours",
    ASSUMED,
    section="down to a hundredth of a CEU",
    note="TML gives no rounding for minutes turned into CEUs: a hundredth of a CEU, rounded down, is assumed.",
)
TML_SAME_YEAR = Source(
    "calcities_domain: TML levels are thresholds of one year",
    INF,
    url="https://www.tml.org/285/Awards",
    section="a year's CEUs count toward every level",
    note="Each award is a number of CEUs in one calendar year: the same CEUs count toward each threshold.",
)
TML_CAPS = Source(
    "calcities_domain: TML's category caps",
    ASSUMED,
    url="https://www.tml.org/tmli",
    section="no cap applied",
    note="TML caps the CEUs of some categories without publishing the caps in the sources consulted: no cap is "
    "applied, so a tally may count more than TML would. Give each Category its cap where TML's rules are known.",
)
TML_ONE_OF_TWO = Source(
    "Texas Municipal League Institute, Awards (Outstanding Accomplishment or CMO)",
    C,
    url="https://www.tml.org/285/Awards",
    section="72 CEUs: one award of two",
    note="Outstanding Accomplishment is for 72 CEUs without the open-government courses, CMO for 72 with them: "
    "a tally shows both reached when the courses are done, and TML awards the CMO.",
)
_YEAR = Window(WindowKind.CALENDAR_YEAR, TML)


def _tml_level(code: str, name: str, ceus: int, award: Award, prerequisite: str | None = None) -> Level:
    total = Requirement(RequirementKind.TOTAL_CREDITS, f"{ceus} CEUs in the calendar year", Decimal(ceus), TML)
    return Level(code, name, (Route("ceus", (total,)),), _YEAR, TML, prerequisite=prerequisite, awards=(award,))


_CMO = Level(
    "certified_municipal_official",
    "Certified Municipal Official",
    (
        Route(
            "ceus",
            (
                Requirement(RequirementKind.TOTAL_CREDITS, "72 CEUs in the calendar year", Decimal(72), TML),
                Requirement(
                    RequirementKind.CATEGORY_HOURS,
                    "1 hour on the Open Meetings Act in the award year",
                    Decimal(1),
                    TML,
                    category="open_meetings_act",
                ),
                Requirement(
                    RequirementKind.CATEGORY_HOURS,
                    "1 hour on the Public Information Act in the award year",
                    Decimal(1),
                    TML,
                    category="public_information_act",
                ),
            ),
        ),
    ),
    _YEAR,
    TML,
    prerequisite="outstanding_accomplishment",
    awards=(
        Award(AwardKind.DESIGNATION, "Certified Municipal Official (CMO), through the following year", TML),
        Award(AwardKind.PIN, "lapel pin", TML),
    ),
)

#: The Texas Municipal League Institute's annual awards for elected officials.
TML_INSTITUTE = Program(
    "tml_institute",
    "Texas Municipal League Institute awards",
    "Texas Municipal League",
    TML,
    (
        Category("general", "Continuing education", TML_CEU),
        Category("open_meetings_act", "Open government: the Open Meetings Act", TML),
        Category("public_information_act", "Open government: the Public Information Act", TML),
    ),
    (
        _tml_level(
            "recognition",
            "Certificate of Recognition",
            42,
            Award(AwardKind.CERTIFICATE, "Certificate of Recognition", TML),
        ),
        _tml_level(
            "achievement",
            "Certificate of Achievement",
            54,
            Award(AwardKind.CERTIFICATE, "Certificate of Achievement", TML),
            "recognition",
        ),
        _tml_level(
            "outstanding_accomplishment",
            "Certificate of Outstanding Accomplishment",
            72,
            Award(AwardKind.CERTIFICATE, "Certificate of Outstanding Accomplishment", TML),
            "achievement",
        ),
        _CMO,
    ),
    Audience.ELECTED_OFFICIALS,
    TML,
    conversion=Conversion(50, Decimal("0.01"), Rounding.DOWN, TML_CEU, TML_ROUNDING),
    reuse=True,
    reuse_source=TML_SAME_YEAR,
    unit="CEUs",
    caveats=(TML_CAPS, TML_ONE_OF_TWO),
)
