"""The league's bodies, as the sources give them: divisions, departments, caucuses, committees, groups.

Every body and every published count carries its source. The sources name 11 of the 16
regional divisions and 9 of the 10 municipal departments: the five other division names
commonly cited are included marked *inferred*, and the tenth department is left unnamed
(a snapshot's ``unnamed`` says so). Pass your confirmed list to
:meth:`~calcities_domain.organization.Registry.with_bodies`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from types import MappingProxyType

from calcities_domain.kernel import Cited, Confidence, DateRange, Source, Timeline
from calcities_domain.kernel._checks import fail
from calcities_domain.organization.models import Office
from calcities_domain.organization.registry import Body, BodyKind, Registry

__all__ = [
    "CAUCUSES",
    "DEPARTMENTS",
    "DEPARTMENT_OF_OFFICE",
    "DIVISIONS",
    "GROUPS",
    "POLICY_COMMITTEES",
    "registries",
    "registry",
]

C, INF = Confidence.CONFIRMED, Confidence.INFERRED


def _src(title: str, url: str, note: str, confidence: Confidence = C, section: str | None = None) -> Source:
    return Source(title, confidence, url=url, note=note, section=section)


S1 = _src(
    "Cal Cities, Regional Divisions (S1)",
    "https://www.calcities.org/get-involved/regional-divisions",
    "16 regional divisions, 10 municipal departments, 57 board members.",
)
S4 = _src(
    "Cal Cities, Interested in serving on the 2023-24 Board of Directors? (S4, 15 March 2023)",
    "https://www.calcities.org/news/post/2023/03/15/interested-in-serving-on-the-2023-24-cal-cities-board-of-directors",
    "The board has a director from each of the 16 divisions and 10 departments.",
)
S7 = _src(
    "League news, Interested in serving on the League Board of Directors? (S7, 8 March 2013)",
    "http://www.cacities.org/Top/News/News-Articles/2013/March/Interested-In-Serving-on-The-League-Board-of-Direc",
    "11 departments (2013-2021 recruitment pages).",
)
S5 = _src(
    "League, Join the Cal Cities Board of Directors (S5, 2021-22 cycle)",
    "https://www.cacities.org/Top/About-Us/Board-of-Directors/Join-Cal-Cities-Board-of-Directors",
    "11 departments. (A 2020-21 board page says nine; the recruitment pages are followed.) The 2021 "
    "amendments are taken to end the count of 11; when the count became 10 is not published.",
)
S35 = _src(
    "City of Lodi records, 1986 (S35)",
    "https://records.lodi.gov/WebLink/DocView.aspx?dbid=0&id=16603&repo=CITY-RECORDS",
    "In 1986 the league had 13 divisions.",
)
S25 = _src(
    "Cal Cities, Caucuses (S25)",
    "https://www.calcities.org/get-involved/caucuses",
    "Five diversity caucuses, membership open to all Cal Cities members; recognised in the bylaws and given "
    "board seats by the 2021 amendments (S8, S9).",
)
S9 = _src(
    "Cal Cities, General Assembly approves bylaw amendments (S9, 29 September 2021)",
    "https://www.calcities.org/news/news/2021/09/30/cal-cities-general-assembly-approves-bylaw-amendments-and-acts-on-two-resolutions-during-annual-business-meeting",
    "The 2021 amendments recognise the five caucuses and give each a board seat; counted from 29 September 2021, "
    "the day the adoption was reported (the General Assembly voted on 24 September).",
)
S27 = _src(
    "Cal Cities, policy committee applications (S27)",
    "https://www.calcities.org/news/post/2023/09/18/cal-cities-policy-committee-applications-due-oct.-13",
    "Seven policy committees (the 2017 list onwards).",
)
S27_OLD = _src(
    "League of California Cities, older policy committee list (S27)",
    "http://businessdocbox.com/Government/100756535-League-of-california-cities-the-leading-voice-for-california-cities-founded-in-1898-the-league-of-california-cities.html",
    "Eight policy committees before 2017.",
)
SEVEN_FROM_2017 = _src(
    "League news, Help set League policy: join a policy committee (S27, October 2017)",
    "https://www.cacities.org/Top/News/News-Articles/2017/October/Help-Set-League-Policy-%E2%80%94-Join-a-League-Policy-Comm",
    "The seven committees from 2017. The day of the change is not published: the library uses 1 January 2017 "
    "(inferred), and the eight-committee list is vouched for from 2013 (inferred).",
    INF,
)
DIVISION_NAMES = _src(
    "Cal Cities division pages and city records (S31)",
    "https://www.calcities.org/los-angeles-county-division",
    "The name appears in a Cal Cities page or a city's record of the division.",
)
DIVISION_INFERRED = _src(
    "Commonly cited division name, not found in the sources consulted",
    "https://www.calcities.org/get-involved/regional-divisions",
    "16 divisions = the 11 names confirmed + 5 commonly cited ones; this name is inferred. Supply the "
    "confirmed list with Registry.with_bodies.",
    INF,
)
DEPARTMENT_NAMES = _src(
    "Cal Cities department pages; Connect with your department (S29, S30, 11 August 2021)",
    "https://www.calcities.org/detail-pages/news/2021/08/11/connect-with-your-department-and-division-during-the-annual-conference-and-expo!",
    "The department exists in 2021 and after. Which ten departments make up the current count is not "
    "confirmed: the tenth is left unnamed.",
)
S32 = _src(
    "Cal Cities, Coastal Cities Group leadership call (S32, 1 October 2025)",
    "https://www.pubt.io/view/A5467493A352431E85AD19701BAC087A23A47320",
    "61 cities in the coastal zone; no board seat found.",
)
S33 = _src(
    "Cal Cities, Rural City Information Exchange (S33)",
    "https://www.calcities.org/get-involved/rural-cities-information-exchange",
    "Launched in 2019 for rural cities; no governance powers found. The day of launch is not published: "
    "1 January 2019 is used.",
)

# The days on which each list of names is vouched for.
_DIVISIONS_FROM = date(2023, 3, 15)  # S4: 16 divisions
_DEPARTMENTS_FROM = date(2021, 8, 11)  # S29: the nine named departments
_CAUCUSES_FROM = date(2021, 9, 29)  # S9: the five caucuses in the bylaws


def _bodies(kind: BodyKind, start: date, rows: list[tuple[str, str, Source]]) -> tuple[Body, ...]:
    return tuple(Body(c, name, kind, DateRange(start, None), source) for c, name, source in rows)


#: The 16 regional divisions, as named from 15 March 2023 (11 names from the sources, 5 inferred),
#: with their published count (13 in 1986, 16 from 15 March 2023).
DIVISIONS = Registry(
    kind=BodyKind.DIVISION,
    description="The regional divisions of Cal Cities",
    bodies=_bodies(
        BodyKind.DIVISION,
        _DIVISIONS_FROM,
        [
            ("central_valley", "Central Valley", DIVISION_NAMES),
            ("desert_mountain", "Desert Mountain", DIVISION_NAMES),
            ("east_bay", "East Bay", DIVISION_NAMES),
            ("imperial_county", "Imperial County", DIVISION_NAMES),
            ("inland_empire", "Inland Empire", DIVISION_NAMES),
            ("los_angeles_county", "Los Angeles County", DIVISION_NAMES),
            ("monterey_bay", "Monterey Bay", DIVISION_NAMES),
            ("orange_county", "Orange County", DIVISION_NAMES),
            ("peninsula", "Peninsula", DIVISION_NAMES),
            ("riverside_county", "Riverside County", DIVISION_NAMES),
            ("san_diego_county", "San Diego County", DIVISION_NAMES),
            ("redwood_empire", "Redwood Empire", DIVISION_INFERRED),
            ("north_bay", "North Bay", DIVISION_INFERRED),
            ("sacramento_valley", "Sacramento Valley", DIVISION_INFERRED),
            ("channel_counties", "Channel Counties", DIVISION_INFERRED),
            ("south_san_joaquin_valley", "South San Joaquin Valley", DIVISION_INFERRED),
        ],
    ),
    names_cover=DateRange(_DIVISIONS_FROM, None),
    count=Timeline.from_values(
        "organization.divisions.count",
        "The number of regional divisions",
        [(date(1986, 1, 1), date(1986, 12, 31), 13, S35), (_DIVISIONS_FROM, None, 16, S4)],
        gaps=[(date(1987, 1, 1), _DIVISIONS_FROM.replace(day=14))],
    ),
)

#: The municipal (professional) departments: the nine the sources name from 11 August 2021 (a tenth
#: is left unnamed), with their published count (11 from 2013 to 28 September 2021, 10 from 15 March 2023).
DEPARTMENTS = Registry(
    kind=BodyKind.DEPARTMENT,
    description="The municipal (professional) departments of Cal Cities",
    bodies=_bodies(
        BodyKind.DEPARTMENT,
        _DEPARTMENTS_FROM,
        [
            ("city_attorneys", "City Attorneys", DEPARTMENT_NAMES),
            ("city_clerks", "City Clerks", DEPARTMENT_NAMES),
            ("city_managers", "City Managers", DEPARTMENT_NAMES),
            ("fire_chiefs", "Fire Chiefs", DEPARTMENT_NAMES),
            ("fiscal_officers", "Fiscal Officers", DEPARTMENT_NAMES),
            ("mayors_and_council_members", "Mayors and Council Members", DEPARTMENT_NAMES),
            ("personnel_and_employee_relations", "Personnel and Employee Relations", DEPARTMENT_NAMES),
            ("planning_and_community_development", "Planning and Community Development", DEPARTMENT_NAMES),
            ("public_works", "Public Works Officers", DEPARTMENT_NAMES),
        ],
    ),
    names_cover=DateRange(_DEPARTMENTS_FROM, None),
    count=Timeline.from_values(
        "organization.departments.count",
        "The number of municipal departments",
        [
            (date(2013, 3, 8), date(2020, 12, 31), 11, S7),
            (date(2021, 1, 1), date(2021, 9, 28), 11, S5),
            (_DIVISIONS_FROM, None, 10, S4),
        ],
        gaps=[(date(2021, 9, 29), date(2023, 3, 14))],
    ),
)

#: The five diversity caucuses the bylaws name, from 29 September 2021.
CAUCUSES = Registry(
    kind=BodyKind.CAUCUS,
    description="The diversity caucuses of Cal Cities",
    bodies=_bodies(
        BodyKind.CAUCUS,
        _CAUCUSES_FROM,
        [
            ("african_american", "African American Caucus", S25),
            ("asian_pacific_islander", "Asian Pacific Islander Caucus", S25),
            ("latino", "Latino Caucus", S25),
            ("lgbtq", "Lesbian Gay Bisexual Transgender Queer (LGBTQ) Caucus", S25),
            ("womens", "Women's Caucus", S25),
        ],
    ),
    names_cover=DateRange(_CAUCUSES_FROM, None),
    count=Timeline.constant(
        "organization.caucuses.count", "The number of diversity caucuses", 5, S9, start=_CAUCUSES_FROM
    ),
)

_SEVEN = date(2017, 1, 1)
_EIGHT_FROM = date(2013, 1, 1)
_BEFORE_SEVEN = date(2016, 12, 31)


def _committee(code_: str, name: str, start: date, end: date | None, source: Source) -> Body:
    return Body(code_, name, BodyKind.POLICY_COMMITTEE, DateRange(start, end), source)


#: The policy committees over time: eight from 2013; from 1 January 2017, seven (Administrative Services
#: and Employee Relations ended in 2016, and Governance, Transparency and Labor Relations began).
POLICY_COMMITTEES = Registry(
    kind=BodyKind.POLICY_COMMITTEE,
    description="The policy committees of Cal Cities",
    bodies=(
        _committee("administrative_services", "Administrative Services", _EIGHT_FROM, _BEFORE_SEVEN, S27_OLD),
        _committee("community_services", "Community Services", _EIGHT_FROM, None, S27),
        _committee("employee_relations", "Employee Relations", _EIGHT_FROM, _BEFORE_SEVEN, S27_OLD),
        _committee("environmental_quality", "Environmental Quality", _EIGHT_FROM, None, S27),
        _committee(
            "governance_transparency_labor_relations",
            "Governance, Transparency and Labor Relations",
            _SEVEN,
            None,
            S27,
        ),
        _committee(
            "housing_community_economic_development",
            "Housing, Community and Economic Development",
            _EIGHT_FROM,
            None,
            S27,
        ),
        _committee("public_safety", "Public Safety", _EIGHT_FROM, None, S27),
        _committee("revenue_and_taxation", "Revenue and Taxation", _EIGHT_FROM, None, S27),
        _committee(
            "transportation_communications_public_works",
            "Transportation, Communications and Public Works",
            _EIGHT_FROM,
            None,
            S27,
        ),
    ),
    names_cover=DateRange(_EIGHT_FROM, None),
    count=Timeline.from_values(
        "organization.policy_committees.count",
        "The number of policy committees",
        [(_EIGHT_FROM, _BEFORE_SEVEN, 8, SEVEN_FROM_2017), (_SEVEN, None, 7, SEVEN_FROM_2017)],
    ),
)

#: Other groups, without board seats: the Rural City Information Exchange (from 2019) and the Coastal
#: Cities Group (from 1 October 2025).
GROUPS = Registry(
    kind=BodyKind.GROUP,
    description="Other Cal Cities groups, without board seats",
    bodies=(
        Body("coastal_cities_group", "Coastal Cities Group", BodyKind.GROUP, DateRange(date(2025, 10, 1), None), S32),
        Body(
            "rural_city_information_exchange",
            "Rural City Information Exchange",
            BodyKind.GROUP,
            DateRange(date(2019, 1, 1), None),
            S33,
        ),
    ),
    names_cover=DateRange(date(2019, 1, 1), None),
)


OFFICE_DEPARTMENTS = Source(
    "calcities_domain: which office belongs to which department",
    Confidence.INFERRED,
    section="by the department's name (city attorneys and deputies to City Attorneys, and so on)",
    note="The departments are professional societies of the officials their names describe; the sources do not "
    "list their membership rules. Give the real membership where you have it (check_roster's "
    "department_members, may_serve_on_board's departments).",
)
#: The department each office belongs to, by the department's name (inferred).
DEPARTMENT_OF_OFFICE: Cited[Mapping[Office, str]] = Cited(
    MappingProxyType(
        {
            Office.CITY_ATTORNEY: "city_attorneys",
            Office.DEPUTY_CITY_ATTORNEY: "city_attorneys",
            Office.CITY_CLERK: "city_clerks",
            Office.CITY_MANAGER: "city_managers",
            Office.ASSISTANT_CITY_MANAGER: "city_managers",
            Office.FIRE_CHIEF: "fire_chiefs",
            Office.FINANCE_DIRECTOR: "fiscal_officers",
            Office.MAYOR: "mayors_and_council_members",
            Office.COUNCIL_MEMBER: "mayors_and_council_members",
            Office.HUMAN_RESOURCES_DIRECTOR: "personnel_and_employee_relations",
            Office.PLANNING_DIRECTOR: "planning_and_community_development",
            Office.PUBLIC_WORKS_DIRECTOR: "public_works",
        }
    ),
    OFFICE_DEPARTMENTS,
)


def registries() -> tuple[Registry, ...]:
    """Every registry, in a stable order."""
    return (DIVISIONS, DEPARTMENTS, CAUCUSES, POLICY_COMMITTEES, GROUPS)


def registry(kind: BodyKind) -> Registry:
    """The registry of one kind of body.

    >>> registry(BodyKind.DIVISION).as_of(date(2024, 1, 1)).official_count
    16
    """
    for entry in registries():
        if entry.kind is kind:
            return entry
    raise fail("kind", f"expected a BodyKind, got {kind!r}")
