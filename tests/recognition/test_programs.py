"""Tests of torch.py, peers.py and registry.py: the programs configured, against their sources.

Facts under test (../shared/domain/torch-events-training.md sections 1 and 4; each test
cites the page it checks):

* Torch: three sequential levels (I Leadership, II Advanced Leadership, III Leadership in
  Action); the three-day New Mayors and Council Members Academy satisfies Level I (2014);
  university-level continuing education (2013) and policy committee service (2014) count
  toward Level II; deadlines 25 July 2014, 1 September 2017 (conference 13 September),
  16 September 2019 (conference 16 October). Nothing else is public: the rest is "not
  configured", and a tally says so rather than failing anyone.
* NLC Certificate of Achievement in Leadership: Bronze 16 credits (1 in each of 5
  competency areas), Silver 36 (2 each), Gold 50 (3 each, a state or regional role),
  Platinum 67 (4 each, a national role), Diamond 80 (4 each, a mentor, 4 credits
  annually); a credit is about two classroom hours.
* TML Institute: 42, 54 and 72 CEUs in one calendar year; the CMO needs 72 with an hour on
  the Open Meetings Act and one on the Public Information Act in the award year; a CEU is
  50 minutes.
* The registry lists every program; every program configured is consistent.

The officials and activities are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Confidence, DateRange, InputError, Source
from calcities_domain.mcle import Rounding
from calcities_domain.membership import MembershipHistory, MembershipRoll
from calcities_domain.organization import City, Office, Official
from calcities_domain.recognition import (
    NLC_LEADERSHIP,
    TML_INSTITUTE,
    TORCH,
    Activity,
    AwardKind,
    Conversion,
    Level,
    LevelStatus,
    Program,
    Requirement,
    RequirementKind,
    Route,
    Status,
    Tally,
    WindowKind,
    program,
    programs,
    recognition_year,
    tally,
)

R = RequirementKind
MAYOR = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2022, 12, 13))
COUNCIL = Official("Bo Chen", "Danville", Office.COUNCIL_MEMBER, True, date(2016, 12, 6))
CLERK = Official("Lee Park", "Danville", Office.CITY_CLERK, False, date(2020, 1, 6))
ROLL = MembershipRoll((City("Danville"),), (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),))
AS_OF = date(2024, 12, 31)


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


def seminar(activity_id: str, category: str, on: date, amount: str | int, **changes: Any) -> Activity:
    return Activity(activity_id, f"Seminar {activity_id}", category, on, credits=Decimal(amount), **changes)


def workshop(activity_id: str, category: str, on: date, hours: Decimal | str | int) -> Activity:
    return Activity(activity_id, f"Workshop {activity_id}", category, on, hours=Decimal(hours))


def statuses(result: Tally) -> dict[str, LevelStatus]:
    return {lv.code: lv.status for lv in result.levels}


# ------------------------------------------------------------------------------- Torch

ACADEMY = Activity(
    "nmcma-2023",
    "New Mayors and Council Members Academy",
    "league_academy",
    date(2023, 1, 20),
    kind="new_mayors_academy",
    evidence="graduation certificate",
)


def test_torch_the_academy_satisfies_level_i() -> None:
    """Cal Cities news, January 2014: League hosts newly elected mayors and council members.

    <https://www.cacities.org/Top/News/News-Articles/2014/January/League-Hosts-Newly-Elected-Mayors-and-Council-Memb>
    "Upon completion of the three-day academy, attendees satisfied level one of the Torch Program."
    """
    result = tally(MAYOR, [ACADEMY], TORCH, as_of=AS_OF, roll=ROLL)
    leadership = result.level("leadership")
    assert leadership.status is LevelStatus.REACHED
    assert leadership.route == "academy"
    assert leadership.name == "Level I: Leadership"
    assert result.highest is leadership
    # A certificate and lapel pin upon completion of each level (2014 wording).
    assert {award.kind for award in leadership.awards} == {AwardKind.CERTIFICATE, AwardKind.PIN}
    assert [r.code for r in leadership.reasons].count("recognition.award") == 2
    # Without a roll, whether Danville is a member is not checked: Level I is met but not decided.
    unchecked = tally(MAYOR, [ACADEMY], TORCH, as_of=AS_OF).level("leadership")
    assert unchecked.status is LevelStatus.UNDETERMINED
    assert unchecked.requirements[0].status is Status.MET


def test_torch_without_the_academy_level_i_is_undetermined_never_not_reached() -> None:
    """Same 2014 news: the academy is one way to Level I; the others are not public.

    <https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322>
    The full graduation requirements are available from the conference program manager (not public).
    """
    for done in ([], [seminar("usc", "university_education", date(2024, 3, 1), 100)]):
        result = tally(MAYOR, done, TORCH, as_of=AS_OF)
        leadership = result.level("leadership")
        assert leadership.status is LevelStatus.UNDETERMINED
        assert [(r.route, r.status) for r in leadership.requirements] == [
            ("academy", Status.NOT_MET),
            ("other", Status.NOT_CONFIGURED),
        ]
        assert all(lv.status is not LevelStatus.NOT_REACHED for lv in result.levels)
        assert result.highest is None
        assert result.next_level is leadership


def test_torch_levels_ii_and_iii_say_requirement_not_configured() -> None:
    """Cal Cities news, 30 August 2019: the Torch Program recognizes dedication to continuing education and service.

    <https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322>
    Three sequential levels; the full graduation requirements are not public.
    """
    done = [ACADEMY, seminar("usc", "university_education", date(2024, 3, 1), 50)]
    result = tally(MAYOR, done, TORCH, as_of=AS_OF, roll=ROLL)
    for code in ("advanced_leadership", "leadership_in_action"):
        level = result.level(code)
        assert level.status is LevelStatus.UNDETERMINED
        (requirement,) = level.requirements
        assert requirement.status is Status.NOT_CONFIGURED
        assert requirement.required is None
        assert "requirement not configured" in requirement.message
        assert "the program's administrator supplies it" in requirement.message
    assert result.level("advanced_leadership").requirements[0].counted == 50
    assert "requirement not configured" in result.missing()
    assert result.missing().startswith("For Level II: Advanced Leadership (undetermined):")


def test_torch_levels_are_sequential() -> None:
    """2017 and 2019 news: three sequential levels, Level III the highest."""
    assert [(lv.code, lv.prerequisite) for lv in TORCH.levels] == [
        ("leadership", None),
        ("advanced_leadership", "leadership"),
        ("leadership_in_action", "advanced_leadership"),
    ]
    assert [lv.name for lv in TORCH.levels] == [
        "Level I: Leadership",
        "Level II: Advanced Leadership",
        "Level III: Leadership in Action",
    ]


def test_torch_level_ii_counts_university_education_and_policy_committee_service() -> None:
    """Cal Cities, Mayors and Council Members Department news, 2013; Cal Cities news, 2014.

    <https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members?page=3>
    University-level continuing education is eligible toward Level II.
    <https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members/News/Get-Recognized-for-your-Educational-and-Leader-(1)>
    Service on League policy committees can now help achieve Level II.
    Neither says nothing else counts: Level II counts every category until the administrator narrows it.
    """
    advanced = TORCH.level("advanced_leadership")
    assert advanced.categories is None
    assert advanced.source.section == "Level II"
    assert {"university_education", "policy_committee_service"} <= {c.code for c in TORCH.categories}
    done = [
        seminar("usc", "university_education", date(2024, 3, 1), 3),
        seminar("committee", "policy_committee_service", date(2024, 4, 1), 2),
        seminar("webinar", "league_academy", date(2024, 5, 1), 4),
    ]
    result = tally(COUNCIL, done, TORCH, as_of=AS_OF, roll=ROLL)
    assert result.level("advanced_leadership").credits == 9
    narrowed = TORCH.with_level_categories("advanced_leadership", ("university_education", "policy_committee_service"))
    level = tally(COUNCIL, done, narrowed, as_of=AS_OF, roll=ROLL).level("advanced_leadership")
    assert level.credits == 5
    assert [(u.activity_id, u.code) for u in level.not_counted] == [("webinar", "recognition.uncounted.category")]
    kind = TORCH.activity_kind("policy_committee_service")
    assert kind is not None
    assert kind.category == "policy_committee_service"


ADMIN = Source("Torch program manager, graduation requirements (example configuration)", Confidence.ASSUMED)


def configured_torch() -> Program:
    """Torch as an administrator might configure Level II: 10 credits, an hour a credit, credits counted once."""
    level_ii = Route("credits", (Requirement(R.TOTAL_CREDITS, "10 credits", Decimal(10), ADMIN),))
    return attrs.evolve(
        TORCH.with_route("advanced_leadership", level_ii),
        conversion=Conversion(60, Decimal("0.25"), Rounding.DOWN, ADMIN, ADMIN),
        reuse=False,
        reuse_source=ADMIN,
        repeats_count=False,
        repeats_source=ADMIN,
    )


def test_torch_configured_by_an_administrator_gives_determinate_answers() -> None:
    """The recognition guide: an administrator supplies what is not public; the tally then decides."""
    torch = configured_torch()
    assert [path for path, _ in torch.unconfigured()] == [
        "levels[0].routes[1].requirements[0].minimum",
        "levels[2].routes[0].requirements[0].minimum",
    ]
    enough = [ACADEMY, workshop("usc", "university_education", date(2024, 3, 1), 10)]
    result = tally(COUNCIL, enough, torch, as_of=AS_OF, roll=ROLL)
    assert result.eligible is True
    assert statuses(result) == {
        "leadership": LevelStatus.REACHED,
        "advanced_leadership": LevelStatus.REACHED,
        "leadership_in_action": LevelStatus.UNDETERMINED,
    }
    assert result.level("advanced_leadership").route == "credits"
    assert result.decision("advanced_leadership").outcome is True
    short = [ACADEMY, workshop("usc", "university_education", date(2024, 3, 1), "9.9")]
    result = tally(COUNCIL, short, torch, as_of=AS_OF, roll=ROLL)
    advanced = result.level("advanced_leadership")
    assert advanced.status is LevelStatus.NOT_REACHED
    assert advanced.credits == Decimal("9.75")  # down to a quarter credit
    assert advanced.requirements[0].missing == Decimal("0.25")
    assert result.level("leadership_in_action").status is LevelStatus.NOT_REACHED


def test_torch_policy_committee_service_can_be_configured_as_a_route_to_level_ii() -> None:
    """2014 news: service on League policy committees "can now help you achieve" Level II."""
    service = Requirement(
        R.ACTIVITIES, "serve on a policy committee", Decimal(1), ADMIN, activity_kinds=("policy_committee_service",)
    )
    torch = configured_torch().with_route("advanced_leadership", Route("committee", (service,)))
    served = Activity(
        "plc-2024", "Policy committee", "policy_committee_service", date(2024, 2, 1), kind="policy_committee_service"
    )
    result = tally(COUNCIL, [ACADEMY, served], torch, as_of=AS_OF, roll=ROLL)
    assert result.level("advanced_leadership").status is LevelStatus.REACHED
    assert result.level("advanced_leadership").route == "committee"


def test_torch_is_for_mayors_and_council_members_of_member_cities() -> None:
    """Cal Cities, Mayors and Council Members Leadership Academy (Torch Program).

    <https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members/Mayors-and-Council-Members-Leadership-Academy>
    A program of continuing education for mayors and council members.
    """
    assert tally(MAYOR, [ACADEMY], TORCH, as_of=AS_OF, roll=ROLL).eligible is True
    assert tally(MAYOR, [ACADEMY], TORCH, as_of=AS_OF).eligible is None
    staff = tally(CLERK, [ACADEMY], TORCH, as_of=AS_OF)
    assert staff.eligible is False
    assert staff.level("leadership").status is LevelStatus.NOT_REACHED


def test_torch_2019_deadline_is_16_september_for_the_16_october_conference() -> None:
    """Cal Cities news, 30 August 2019: submit by 16 September 2019 to be recognised on 16 October.

    <https://www.calcities.org/news/news/2019/08/30/the-torch-program-recognizes-dedication-to-continuing-education-and-service-26322>
    """
    on_time = recognition_year(TORCH, date(2019, 9, 16))
    assert on_time.outcome == 2019
    assert "for recognition on 2019-10-16" in on_time.reasons[0].message
    late = recognition_year(TORCH, date(2019, 9, 17))
    assert late.outcome == 2020
    assert late.codes == ("recognition.submission.late", "recognition.submission.rolls_over")


def test_torch_2017_deadline_is_1_september_for_the_13_september_conference() -> None:
    """Cal Cities news, 2017: submit by Friday 1 September 2017 (Annual Conference, 13-15 September).

    <https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members>
    """
    (entry,) = [d for d in TORCH.submission_deadlines if d.year == 2017]
    assert (entry.deadline, entry.ceremony) == (date(2017, 9, 1), date(2017, 9, 13))
    assert recognition_year(TORCH, date(2017, 9, 1)).outcome == 2017
    assert recognition_year(TORCH, date(2017, 9, 2)).outcome == 2018


def test_torch_2014_deadline_is_25_july() -> None:
    """Cal Cities news, 2014: get recognized for your educational and leadership achievements; submit by 25 July.

    <https://www.cacities.org/Member-Engagement/Professional-Departments/Mayors-and-Council-Members/News/Get-Recognized-for-your-Educational-and-Leader-(1)>
    """
    assert recognition_year(TORCH, date(2014, 7, 25)).outcome == 2014
    assert recognition_year(TORCH, date(2014, 7, 26)).outcome == 2015
    (entry,) = [d for d in TORCH.submission_deadlines if d.year == 2014]
    assert entry.ceremony is None  # the 2014 conference date is not stated


def test_torch_deadlines_of_other_years_are_not_configured() -> None:
    """Torch notes 1.2: the deadline is set each year, with no fixed offset: only 2014, 2017, 2019 are known."""
    assert [d.year for d in TORCH.submission_deadlines] == [2014, 2017, 2019]
    for day in (date(2018, 9, 1), date(2024, 9, 1)):
        assert recognition_year(TORCH, day).outcome is None


def test_torch_unconfigured_names_what_is_not_public() -> None:
    """Torch notes 1.3: per-level credits, Level III criteria, windows and conversions are unknown."""
    missing = dict(TORCH.unconfigured())
    assert list(missing) == [
        "levels[0].routes[1].requirements[0].minimum",
        "levels[1].routes[0].requirements[0].minimum",
        "levels[2].routes[0].requirements[0].minimum",
        "conversion",
        "reuse",
        "repeats_count",
    ]
    assert missing["levels[0].routes[1].requirements[0].minimum"].startswith("Level I: Leadership")
    assert missing["levels[1].routes[0].requirements[0].minimum"].startswith("Level II: Advanced Leadership")
    assert missing["levels[2].routes[0].requirements[0].minimum"].startswith("Level III: Leadership in Action")


def test_torch_cites_confirmed_sources_except_its_inferred_window() -> None:
    """Only confirmed facts are configured; that progress is cumulative (a lifetime window) is inferred.

    The 2014 text gives a certificate and pin for each level, the 2017 and 2019 texts for Levels II and III:
    Level I's awards are marked assumed.
    """
    for level in TORCH.levels:
        assert level.window.kind is WindowKind.LIFETIME
        assert level.window.source.confidence is Confidence.INFERRED
        assert level.source.is_confirmed
        for award in level.awards:
            assert award.source.is_confirmed is (level.code != "leadership")
    assert all(category.source.is_confirmed for category in TORCH.categories)
    assert TORCH.conversion is None
    assert TORCH.reuse is None
    assert TORCH.repeats_count is None
    not_public = TORCH.level("advanced_leadership").routes[0].requirements[0].source
    assert not_public.section == "requirement not configured"


# ------------------------------------------------------------------------------- NLC

AREAS = ("cornerstone", "competent_practitioner", "communicator", "collaborator", "catalyst")


def by_area(*amounts: int | str, on: date = date(2023, 5, 1)) -> list[Activity]:
    return [seminar(f"{area}-{on.year}", area, on, amount) for area, amount in zip(AREAS, amounts, strict=True)]


def role(kind: str, on: date = date(2023, 6, 1)) -> Activity:
    return Activity(f"{kind}-role", kind.replace("_", " "), "leadership_role", on, kind=kind)


@pytest.mark.parametrize(
    ("code", "credits", "each", "roles"),
    [
        ("bronze", 16, 1, ()),
        ("silver", 36, 2, ()),
        ("gold", 50, 3, ("state_or_regional_role",)),
        ("platinum", 67, 4, ("national_role",)),
        ("diamond", 80, 4, ("mentor",)),
    ],
)
def test_nlc_thresholds_are_the_published_ones(code: str, credits: int, each: int, roles: tuple[str, ...]) -> None:
    """National League of Cities, Certificate of Achievement in Leadership Program.

    <https://www.nlc.org/certificate-of-achievement-in-leadership-program>
    Bronze 16 credits, 1 in each of 5 competency areas; Silver 36, 2 each; Gold 50, 3 each and a state or
    regional leadership role; Platinum 67, 4 each and a national role; Diamond 80, 4 each and a mentor.
    """
    (route,) = NLC_LEADERSHIP.level(code).routes
    requirements = route.requirements
    assert [r.minimum for r in requirements if r.kind is R.TOTAL_CREDITS] == [Decimal(credits)]
    assert {r.category: r.minimum for r in requirements if r.kind is R.CATEGORY_CREDITS} == dict.fromkeys(AREAS, each)
    assert tuple(k for r in requirements if r.kind is R.ACTIVITIES for k in r.activity_kinds) == roles
    assert all(r.source.is_confirmed for r in requirements)
    assert NLC_LEADERSHIP.level(code).categories == AREAS


def test_nlc_bronze_is_reached_at_exactly_16_credits_with_1_in_each_area() -> None:
    """NLC: Bronze, Leadership Fellow: 16 credits, 1 in each area; a tie meets the threshold."""
    result = tally(MAYOR, by_area(12, 1, 1, 1, 1), NLC_LEADERSHIP, as_of=AS_OF)
    bronze = result.level("bronze")
    assert bronze.status is LevelStatus.REACHED
    assert bronze.credits == 16
    assert result.highest is bronze
    assert result.next_level is result.level("silver")
    assert {award.kind for award in bronze.awards} == {AwardKind.DESIGNATION, AwardKind.RECOGNITION}
    assert bronze.awards[0].name == "Leadership Fellow"


def test_nlc_16_credits_with_an_area_empty_do_not_reach_bronze() -> None:
    """NLC: 1 in each of the 5 competency areas: 16 credits without Catalyst fall short."""
    result = tally(MAYOR, by_area(4, 4, 4, 4, 0), NLC_LEADERSHIP, as_of=AS_OF)
    bronze = result.level("bronze")
    assert bronze.credits == 16
    assert bronze.status is LevelStatus.NOT_REACHED
    assert [(r.description, r.missing) for r in bronze.missing()] == [("1 credit in Catalyst", Decimal(1))]
    missing = result.missing()
    assert missing.startswith("For Bronze: Leadership Fellow (not reached):")
    assert "1 credit in Catalyst: 0 credits counted" in missing
    assert "Cornerstone" not in missing


def test_nlc_gold_needs_a_state_or_regional_role() -> None:
    """NLC: Gold, Leadership Ambassador: 50 credits, 3 in each area, and a state or regional leadership role."""
    credits_only = by_area(10, 10, 10, 10, 10)
    without = tally(MAYOR, credits_only, NLC_LEADERSHIP, as_of=AS_OF)
    assert statuses(without)["silver"] is LevelStatus.REACHED
    gold = without.level("gold")
    assert gold.status is LevelStatus.NOT_REACHED
    assert [r.description for r in gold.missing()] == ["a state or regional leadership role"]
    with_role = tally(MAYOR, [*credits_only, role("state_or_regional_role")], NLC_LEADERSHIP, as_of=AS_OF)
    assert with_role.level("gold").status is LevelStatus.REACHED
    assert with_role.level("gold").credits == 50  # a role earns no credits
    # A national role is not a state or regional one.
    national = tally(MAYOR, [*credits_only, role("national_role")], NLC_LEADERSHIP, as_of=AS_OF)
    assert national.level("gold").status is LevelStatus.NOT_REACHED


def diamond(*extra: Activity) -> list[Activity]:
    roles = [role("state_or_regional_role"), role("national_role"), role("mentor")]
    return [*by_area(16, 16, 16, 16, 16, on=date(2020, 5, 1)), *roles, *extra]


def test_nlc_diamond_is_kept_with_4_credits_in_the_last_year() -> None:
    """NLC: Diamond, Leadership Regent: 80 credits, 4 in each area, a mentor, and earn 4 credits annually [inferred]."""
    result = tally(
        MAYOR, diamond(seminar("recent", "catalyst", date(2023, 7, 1), 4)), NLC_LEADERSHIP, as_of=date(2024, 6, 30)
    )
    level = result.level("diamond")
    assert level.status is LevelStatus.REACHED
    assert level.kept is True
    assert result.missing() == "Every level is reached."
    maintenance = next(r for r in level.reasons if r.code == "recognition.maintenance")
    assert maintenance.source is not None
    assert maintenance.source.confidence is Confidence.INFERRED
    assert "4 credits in the last 1 year" in maintenance.message


def test_nlc_diamond_is_not_kept_without_4_credits_in_the_last_year() -> None:
    """The year up to 30 June 2024 starts on 1 July 2023: credits of 30 June 2023, or only 3.99, do not keep it."""
    late = diamond(seminar("old", "catalyst", date(2023, 6, 30), 4))
    assert tally(MAYOR, late, NLC_LEADERSHIP, as_of=date(2024, 6, 30)).level("diamond").kept is False
    short = diamond(seminar("few", "catalyst", date(2024, 1, 1), "3.99"))
    result = tally(MAYOR, short, NLC_LEADERSHIP, as_of=date(2024, 6, 30))
    assert result.level("diamond").status is LevelStatus.REACHED
    assert result.level("diamond").kept is False
    assert all(lv.kept is None for lv in result.levels[:-1])  # only Diamond has a maintenance rule


def test_nlc_hours_convert_at_120_minutes_a_credit() -> None:
    """The Daily Herald (Everett, WA) <https://www.heraldnet.com>: a credit is about two classroom hours."""
    conversion = NLC_LEADERSHIP.conversion
    assert conversion is not None
    assert conversion.minutes_per_credit == 120
    assert conversion.credits(Decimal(2)) == 1
    assert conversion.credits(Decimal(3)) == Decimal("1.5")
    hours = [workshop(f"w-{area}", area, date(2024, 2, 1), 8 if area == "cornerstone" else 2) for area in AREAS]
    result = tally(MAYOR, hours, NLC_LEADERSHIP, as_of=AS_OF)
    assert result.level("bronze").credits == 8  # 16 hours: 8 credits
    assert result.level("bronze").status is LevelStatus.NOT_REACHED
    assert "recognition.conversion" in [r.code for r in result.reasons]
    doubled = [workshop(f"w-{area}", area, date(2024, 2, 1), 24 if area == "cornerstone" else 2) for area in AREAS]
    assert tally(MAYOR, doubled, NLC_LEADERSHIP, as_of=AS_OF).level("bronze").status is LevelStatus.REACHED


def test_nlc_is_for_elected_officials() -> None:
    """NLC: for local elected officials."""
    result = tally(CLERK, by_area(12, 1, 1, 1, 1), NLC_LEADERSHIP, as_of=AS_OF)
    assert result.eligible is False
    assert result.highest is None


# ------------------------------------------------------------------------------- TML


def ceus(activity_id: str, on: date, amount: str | int, category: str = "general") -> Activity:
    return seminar(activity_id, category, on, amount)


@pytest.mark.parametrize(
    ("amount", "highest"),
    [
        ("41.99", None),
        (42, "recognition"),
        (54, "achievement"),
        ("71.99", "achievement"),
        (72, "outstanding_accomplishment"),
    ],
)
def test_tml_awards_are_42_54_and_72_ceus_in_one_calendar_year(amount: str, highest: str | None) -> None:
    """Texas Municipal League Institute, Awards <https://www.tml.org/285/Awards>.

    In one calendar year: 42 CEUs a Certificate of Recognition, 54 a Certificate of Achievement, 72 a
    Certificate of Outstanding Accomplishment.
    """
    result = tally(MAYOR, [ceus("year", date(2024, 6, 1), amount)], TML_INSTITUTE, as_of=AS_OF)
    assert (None if result.highest is None else result.highest.code) == highest
    assert result.level("certified_municipal_official").status is LevelStatus.NOT_REACHED


def test_tml_ceus_of_the_previous_year_do_not_count() -> None:
    """TML Institute <https://www.tml.org/tmli>: the calendar year runs 1 January to 31 December."""
    done = [ceus("dec", date(2023, 12, 31), 30), ceus("jan", date(2024, 1, 1), 30)]
    result = tally(MAYOR, done, TML_INSTITUTE, as_of=AS_OF)
    recognition = result.level("recognition")
    assert recognition.credits == 30
    assert recognition.status is LevelStatus.NOT_REACHED
    assert [(u.activity_id, u.code) for u in recognition.not_counted] == [("dec", "recognition.uncounted.window")]
    assert recognition.requirements[0].message == "42 CEUs in the calendar year: 30 CEUs counted; 12 CEUs more needed."
    assert tally(MAYOR, done, TML_INSTITUTE, as_of=date(2023, 12, 31)).level("recognition").credits == 30


def cmo_year(open_meetings: date = date(2024, 2, 1), public_information: date = date(2024, 3, 1)) -> list[Activity]:
    return [
        ceus("general", date(2024, 6, 1), 70),
        workshop("oma", "open_meetings_act", open_meetings, 1),
        workshop("pia", "public_information_act", public_information, 1),
    ]


def test_tml_cmo_needs_an_hour_of_each_act_in_the_award_year() -> None:
    """TML Awards <https://www.tml.org/285/Awards>: 72 CEUs including one hour on the Open Meetings Act and
    one on the Public Information Act, taken in the award year: the Certified Municipal Official."""
    result = tally(MAYOR, cmo_year(), TML_INSTITUTE, as_of=AS_OF)
    cmo = result.level("certified_municipal_official")
    assert cmo.credits == Decimal("72.40")  # 70 + 1.2 + 1.2
    assert cmo.status is LevelStatus.REACHED
    assert result.highest is cmo
    assert {award.kind for award in cmo.awards} == {AwardKind.DESIGNATION, AwardKind.PIN}
    # Both 72-CEU levels show as reached; TML awards one of the two, and every tally says so, and that caps
    # exist without being published.
    assert result.level("outstanding_accomplishment").status is LevelStatus.REACHED
    caveats = {r.source.section for r in result.reasons if r.code == "recognition.caveat" and r.source is not None}
    assert caveats == {"72 CEUs: one award of two", "no cap applied"}


def test_tml_cmo_is_not_reached_with_an_open_meetings_hour_of_the_year_before() -> None:
    """TML Awards <https://www.tml.org/285/Awards>: the open-government hours are taken in the award year."""
    result = tally(MAYOR, cmo_year(open_meetings=date(2023, 12, 1)), TML_INSTITUTE, as_of=AS_OF)
    cmo = result.level("certified_municipal_official")
    assert cmo.status is LevelStatus.NOT_REACHED
    assert [r.description for r in cmo.missing()] == [
        "72 CEUs in the calendar year",
        "1 hour on the Open Meetings Act in the award year",
    ]
    assert result.highest is not None
    assert result.highest.code == "achievement"  # 71.2 CEUs


def test_tml_cmo_needs_the_public_information_act_too() -> None:
    """TML Awards <https://www.tml.org/285/Awards>: one hour on each Act.

    72 CEUs with only the Open Meetings Act earn the Certificate of Outstanding Accomplishment, not the CMO.
    """
    done = [ceus("general", date(2024, 6, 1), 72), workshop("oma", "open_meetings_act", date(2024, 2, 1), 1)]
    result = tally(MAYOR, done, TML_INSTITUTE, as_of=AS_OF)
    assert result.level("outstanding_accomplishment").status is LevelStatus.REACHED
    cmo = result.level("certified_municipal_official")
    assert cmo.status is LevelStatus.NOT_REACHED
    assert [r.description for r in cmo.missing()] == ["1 hour on the Public Information Act in the award year"]


def test_tml_an_hour_is_1_2_ceus() -> None:
    """TML Institute <https://www.tml.org/tmli>: one CEU is 50 minutes of instruction, so 60 minutes are 1.2."""
    conversion = TML_INSTITUTE.conversion
    assert conversion is not None
    assert conversion.minutes_per_credit == 50
    assert conversion.credits(Decimal(1)) == Decimal("1.2")
    assert conversion.credits(Decimal(5)) == 6  # 300 minutes
    assert conversion.credits(Decimal("2.5")) == 3  # 150 minutes
    assert TML_INSTITUTE.unit == "CEUs"


def test_tml_50_minutes_earn_one_ceu() -> None:
    """TML Institute <https://www.tml.org/tmli>: one CEU is 50 minutes of instruction."""
    conversion = TML_INSTITUTE.conversion
    assert conversion is not None
    assert conversion.credits(Decimal(50) / Decimal(60)) == 1
    fifty = workshop("fifty", "general", date(2024, 2, 1), Decimal(50) / Decimal(60))
    assert tally(MAYOR, [fifty], TML_INSTITUTE, as_of=AS_OF).level("recognition").credits == 1


# ------------------------------------------------------------------------------- registry


def test_the_registry_lists_every_program_torch_first() -> None:
    """registry.py: the programs configured, like python-holidays' country registry."""
    assert [p.code for p in programs()] == ["cal_cities_torch", "nlc_leadership", "tml_institute"]
    assert program("cal_cities_torch") is TORCH
    assert program("nlc_leadership") is NLC_LEADERSHIP
    assert program("tml_institute") is TML_INSTITUTE


def test_the_registry_refuses_an_unknown_code() -> None:
    """An unknown program code is an InputError naming the codes known."""
    with pytest.raises(InputError) as info:
        program("mml_academy")
    assert paths(info) == ["code"]
    assert "no program 'mml_academy'; known: cal_cities_torch, nlc_leadership, tml_institute" in str(info.value)


def _ids(p: Program) -> str:
    return p.code


def category_minimums(level: Level) -> dict[str, Decimal]:
    """The credits a level asks in each category (the configured programs ask them on one route)."""
    asked = [
        (r.category, r.minimum)
        for route in level.routes
        for r in route.requirements
        if r.kind is R.CATEGORY_CREDITS and r.category is not None and r.minimum is not None
    ]
    assert not asked or len(level.routes) == 1
    return dict(asked)


@pytest.mark.parametrize("configured", programs(), ids=_ids)
def test_every_program_has_unique_codes_and_earlier_prerequisites(configured: Program) -> None:
    """Every configured program: codes listed once; each prerequisite an earlier level."""
    codes = [lv.code for lv in configured.levels]
    assert len(set(codes)) == len(codes)
    assert len({c.code for c in configured.categories}) == len(configured.categories)
    assert len({k.code for k in configured.activity_kinds}) == len(configured.activity_kinds)
    for index, level in enumerate(configured.levels):
        assert level.prerequisite is None or level.prerequisite in codes[:index]
        assert len({r.name for r in level.routes}) == len(level.routes)


@pytest.mark.parametrize("configured", programs(), ids=_ids)
def test_every_program_has_thresholds_that_do_not_decrease(configured: Program) -> None:
    """NLC 16/36/50/67/80 and 1/2/3/4/4 in each area; TML 42/54/72/72."""
    for level in configured.levels:
        if level.prerequisite is None:
            continue
        before = configured.level(level.prerequisite)
        mine, theirs = level.credit_threshold(), before.credit_threshold()
        if mine is not None and theirs is not None:
            assert mine >= theirs, level.code
        theirs_by_category = category_minimums(before)
        for category, amount in category_minimums(level).items():
            assert amount >= theirs_by_category.get(category, Decimal(0)), (level.code, category)


def test_the_peers_thresholds_grow_as_published() -> None:
    """NLC 16/36/50/67/80; TML 42/54/72 (and 72 for the CMO); Torch: none public."""
    assert [lv.credit_threshold() for lv in NLC_LEADERSHIP.levels] == [16, 36, 50, 67, 80]
    assert [lv.credit_threshold() for lv in TML_INSTITUTE.levels] == [42, 54, 72, 72]
    assert [lv.credit_threshold() for lv in TORCH.levels] == [None, None, None]


@pytest.mark.parametrize("configured", programs(), ids=_ids)
def test_every_category_and_activity_kind_referenced_exists(configured: Program) -> None:
    """Every category and activity kind a configured program uses, it declares."""
    categories = {c.code for c in configured.categories}
    kinds = {k.code for k in configured.activity_kinds}
    assert {k.category for k in configured.activity_kinds} <= categories
    for level in configured.levels:
        assert set(level.categories or ()) <= categories
        for route in level.routes:
            for requirement in route.requirements:
                assert requirement.category is None or requirement.category in categories
                assert set(requirement.activity_kinds) <= kinds


@pytest.mark.parametrize("configured", programs(), ids=_ids)
def test_every_rule_of_every_program_cites_a_source(configured: Program) -> None:
    """A fact without a source is a guess: every requirement, level, window, award and category has one."""
    cited: list[Source] = [configured.source, configured.audience_source]
    cited += [c.source for c in configured.categories] + [k.source for k in configured.activity_kinds]
    for level in configured.levels:
        cited += [level.source, level.window.source, *(a.source for a in level.awards)]
        cited += [r.source for route in level.routes for r in route.requirements]
        if level.maintenance is not None:
            cited.append(level.maintenance.source)
    cited += [d.source for d in configured.submission_deadlines]
    cited += list(configured.caveats)
    if configured.conversion is not None:
        cited += [configured.conversion.source, configured.conversion.rounding_source]
    if configured.reuse is not None:
        assert configured.reuse_source is not None
    assert all(s.title.strip() for s in cited)
    # Every source that is confirmed says where to read it.
    assert all(s.url for s in cited if s.is_confirmed)


@pytest.mark.parametrize("configured", [NLC_LEADERSHIP, TML_INSTITUTE], ids=_ids)
def test_the_peers_leave_no_requirement_unconfigured(configured: Program) -> None:
    """NLC and TML publish their numbers: only the repeat rule, which they do not give, is left open."""
    assert [path for path, _ in configured.unconfigured()] == ["repeats_count"]
    assert configured.reuse is True
    assert configured.conversion is not None
