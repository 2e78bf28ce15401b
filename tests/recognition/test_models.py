"""Tests of models.py: a credit program as data, and the checks that keep it consistent.

Rules under test (src/calcities_domain/recognition/models.py; ../shared/domain/
torch-events-training.md sections 1.4 and 4, "Common structure to support"):

* Ordered levels with prerequisites: a prerequisite is an earlier level of the program,
  never a later one, never the level itself; thresholds (total credits, and each
  category's minimum) never decrease from one level to the next.
* A level is reached by any one of its routes, a route by all of its requirements; a
  requirement counts total credits, a category's credits or hours, or activities of named
  kinds (a whole number, 1 or more); a minimum of None is "not configured".
* Windows: lifetime, calendar year, rolling N years (29 February goes back to the 28th,
  and the window starts the day after), the official's term.
* Conversions: minutes per credit, rounded down or to the nearest step (a tie goes up).
* Codes are unique (levels, categories, activity kinds, route names in a level, years of
  submission deadlines); a deadline lies in its year and the ceremony comes after it; a
  configured setting (reuse, repeats) cites its source.
* Every bad input is an ``InputError`` naming every problem at once, each at its path.

The programs here are made up; the real ones are tested in test_programs.py.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, DateRange, InputError, Source
from calcities_domain.mcle import Rounding
from calcities_domain.organization import Office, Official
from calcities_domain.recognition import (
    Activity,
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
    SubmissionDeadline,
    Window,
    WindowKind,
    tally,
)
from calcities_domain.recognition.models import MAX_AMOUNT

#: A made-up rule source: these programs are illustrations.
ASSUMED = Source("Example program rules", Confidence.ASSUMED)
OTHER = Source("Another source", Confidence.CONFIRMED, url="https://example.org/rules")
LIFETIME = Window(WindowKind.LIFETIME, ASSUMED)
MAYOR = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2022, 12, 13))

R = RequirementKind


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


def total(minimum: int | None) -> Requirement:
    if minimum is None:
        return Requirement(R.TOTAL_CREDITS, "credits (not public)", None, ASSUMED)
    return Requirement(R.TOTAL_CREDITS, f"{minimum} credits", Decimal(minimum), ASSUMED)


def in_category(category: str, minimum: int) -> Requirement:
    return Requirement(R.CATEGORY_CREDITS, f"{minimum} in {category}", Decimal(minimum), ASSUMED, category=category)


def route(*requirements: Requirement, name: str = "credits") -> Route:
    return Route(name, requirements)


def level(code: str, *requirements: Requirement, prerequisite: str | None = None, **changes: Any) -> Level:
    routes = changes.pop("routes") if "routes" in changes else (route(*requirements),)
    return Level(code, code.title(), routes, LIFETIME, ASSUMED, prerequisite=prerequisite, **changes)


CATEGORIES = (Category("core", "Core courses", ASSUMED), Category("elective", "Electives", ASSUMED))
KINDS = (ActivityKind("academy", "The academy", "core", ASSUMED),)


def program(*levels: Level, **changes: Any) -> Program:
    fields: dict[str, Any] = {
        "code": "example",
        "name": "Example program",
        "organization": "Example league",
        "source": ASSUMED,
        "categories": CATEGORIES,
        "levels": levels,
        "audience": Audience.ANYONE,
        "audience_source": ASSUMED,
        "activity_kinds": KINDS,
        **changes,
    }
    return Program(**fields)


#: Bronze (10 credits, 2 in core), Silver (20, 4 in core): a valid two-level program.
BRONZE = level("bronze", total(10), in_category("core", 2))
SILVER = level("silver", total(20), in_category("core", 4), prerequisite="bronze")
LADDER = program(BRONZE, SILVER)


# ------------------------------------------------------------------------------- Activity


def test_an_activity_keeps_what_it_is_given() -> None:
    """An activity: what, when, how much, in which category, and the evidence."""
    activity = Activity(
        "a1",
        "Ethics (AB 1234)",
        "core",
        date(2024, 1, 24),
        hours=Decimal(2),
        course="ab1234",
        evidence="certificate",
    )
    assert (activity.hours, activity.credits, activity.kind) == (Decimal(2), None, None)
    assert (activity.course, activity.evidence) == ("ab1234", "certificate")


def test_negative_hours_and_credits_are_both_named() -> None:
    """An amount of activity is never negative; both problems are named at once."""
    with pytest.raises(InputError) as info:
        Activity("a1", "Seminar", "core", date(2024, 1, 1), hours=Decimal(-1), credits=Decimal(-2))
    assert paths(info) == ["hours", "credits"]
    assert "must not be negative, got -1" in str(info.value)
    assert "must not be negative, got -2" in str(info.value)


def test_an_activity_gives_hours_or_credits_not_both() -> None:
    """Hours and credits together would be counted twice: the activity gives one or the other."""
    with pytest.raises(InputError) as info:
        Activity("a1", "Seminar", "core", date(2024, 1, 1), hours=Decimal(1), credits=Decimal(1))
    assert paths(info) == ["credits"]
    assert "give hours or credits, not both" in str(info.value)


@pytest.mark.parametrize("amount", [1.5, 2, Decimal("NaN"), Decimal("Infinity"), "2"])
def test_an_amount_is_a_finite_decimal(amount: Any) -> None:
    """Credits are Decimals, never floats: a float would round a credit of 0.1."""
    with pytest.raises(InputError) as info:
        Activity("a1", "Seminar", "core", date(2024, 1, 1), credits=amount)
    assert paths(info) == ["credits"]
    assert "expected a Decimal" in str(info.value)


def test_a_bad_activity_names_every_field() -> None:
    """Every bad field at once: a blank id, a category that is not a code, a datetime, a bad kind."""
    with pytest.raises(InputError) as info:
        Activity(" ", "Seminar", "Core Courses", datetime(2024, 1, 1, 9), kind="The Academy", credits=Decimal(-1))
    assert paths(info) == ["activity_id", "category", "on", "credits", "kind"]


def test_activities_are_checked_against_their_program_through_tally() -> None:
    """Every activity is in a category of the program, of a kind it names (in that kind's category), once.

    The problems are named at once, at each activity's path.
    """
    done: list[Any] = [
        "a seminar",
        Activity("a1", "Seminar", "ethics", date(2024, 1, 1), credits=Decimal(1)),
        Activity("a2", "Mentoring", "core", date(2024, 1, 1), kind="mentor"),
        Activity("a1", "Seminar again", "core", date(2024, 1, 2), credits=Decimal(1)),
        Activity("a3", "The academy", "elective", date(2024, 1, 1), kind="academy"),
    ]
    with pytest.raises(InputError) as info:
        tally(MAYOR, done, LADDER, as_of=date(2024, 12, 31))
    assert paths(info) == [
        "activities[0]",
        "activities[1].category",
        "activities[2].kind",
        "activities[3].activity_id",
        "activities[4].category",
    ]
    message = str(info.value)
    assert "expected an Activity, got 'a seminar'" in message
    assert "'ethics' is not a category of program 'example' (its categories: core, elective)" in message
    assert "'mentor' is not an activity kind of program 'example' (its activity kinds: academy)" in message
    assert "'a1' is listed twice" in message
    assert "an activity of kind 'academy' is in category 'core', not 'elective'" in message


# ------------------------------------------------------------------------------- Requirement


def test_a_requirement_without_a_minimum_is_not_configured() -> None:
    """A requirement whose minimum the sources do not give is "not configured", not zero."""
    assert total(None).configured is False
    assert total(0).configured is True
    assert route(total(10), total(None)).configured is False
    assert route(total(10)).configured is True


@pytest.mark.parametrize("kind", [R.CATEGORY_CREDITS, R.CATEGORY_HOURS])
def test_a_category_requirement_names_its_category(kind: RequirementKind) -> None:
    """Credits or hours "in a category" need the category."""
    with pytest.raises(InputError) as info:
        Requirement(kind, "2 in core", Decimal(2), ASSUMED)
    assert paths(info) == ["category"]
    assert f"a {kind.value} requirement names its category" in str(info.value)


def test_a_total_names_neither_a_category_nor_activity_kinds() -> None:
    """A total counts every category the level counts, and no activity kinds: both mismatches named."""
    with pytest.raises(InputError) as info:
        Requirement(R.TOTAL_CREDITS, "10 credits", Decimal(10), ASSUMED, category="core", activity_kinds=("academy",))
    assert paths(info) == ["category", "activity_kinds"]


def test_an_activities_requirement_names_its_kinds_and_a_whole_number() -> None:
    """A number of activities is whole and at least 1, and says which kinds count: both named at once."""
    with pytest.raises(InputError) as info:
        Requirement(R.ACTIVITIES, "attend the academy", Decimal("1.5"), ASSUMED)
    assert paths(info) == ["activity_kinds", "minimum"]
    assert "a number of activities is a whole number, 1 or more: 1.5" in str(info.value)


@pytest.mark.parametrize("minimum", [Decimal(0), Decimal("0.5")])
def test_an_activities_minimum_is_at_least_one(minimum: Decimal) -> None:
    """Zero activities would be met by nothing: the minimum is 1 or more."""
    with pytest.raises(InputError) as info:
        Requirement(R.ACTIVITIES, "attend", minimum, ASSUMED, activity_kinds=("academy",))
    assert paths(info) == ["minimum"]


def test_a_whole_activities_minimum_written_with_decimals_is_accepted() -> None:
    """``Decimal("2.0")`` is the whole number 2."""
    requirement = Requirement(R.ACTIVITIES, "attend twice", Decimal("2.0"), ASSUMED, activity_kinds=("academy",))
    assert requirement.minimum == 2


def test_activity_kinds_are_codes_listed_once() -> None:
    """Activity kinds are lower-case identifiers, each listed once."""
    with pytest.raises(InputError) as info:
        Requirement(R.ACTIVITIES, "attend", Decimal(1), ASSUMED, activity_kinds=("academy", "The Academy"))
    assert paths(info) == ["activity_kinds[1]"]
    with pytest.raises(InputError) as info:
        Requirement(R.ACTIVITIES, "attend", Decimal(1), ASSUMED, activity_kinds=("academy", "academy"))
    assert paths(info) == ["activity_kinds"]
    assert "lists a code twice" in str(info.value)


def test_a_requirement_names_every_problem_at_once() -> None:
    """The description and source are checked apart from the rest: their problems do not hide a mismatch."""
    with pytest.raises(InputError) as info:
        Requirement(R.TOTAL_CREDITS, "", Decimal(10), "NLC", category="core")  # type: ignore[arg-type]
    assert paths(info) == ["description", "source", "category"]


def test_a_negative_minimum_is_refused() -> None:
    """A minimum is an amount of credits, hours or activities: never negative."""
    with pytest.raises(InputError) as info:
        total(-1)
    assert paths(info) == ["minimum"]


# ------------------------------------------------------------------------------- Route and Level


def test_a_route_has_at_least_one_requirement() -> None:
    """A route with nothing to meet would be met by anyone."""
    with pytest.raises(InputError) as info:
        Route("academy", ())
    assert paths(info) == ["requirements"]


def test_a_route_name_is_a_code() -> None:
    """A route's name is an identifier (``"academy"``), unique within its level."""
    with pytest.raises(InputError) as info:
        Route("The Academy", (total(1),))
    assert paths(info) == ["name"]


def test_a_level_has_at_least_one_route() -> None:
    """A level is reached by one of its routes: without any it could never be."""
    with pytest.raises(InputError) as info:
        level("bronze", routes=())
    assert paths(info) == ["routes"]


def test_route_names_are_unique_and_a_level_is_not_its_own_prerequisite() -> None:
    """Two routes of one name, and a level that comes after itself: both named."""
    with pytest.raises(InputError) as info:
        level("bronze", prerequisite="bronze", routes=(route(total(1)), route(total(2))))
    assert paths(info) == ["routes[1].name", "prerequisite"]
    assert "'credits' is listed twice" in str(info.value)
    assert "level 'bronze' cannot be its own prerequisite" in str(info.value)


def test_a_level_without_routes_still_names_its_own_prerequisite() -> None:
    """Every problem at once (kernel.validate): no route, and the level as its own prerequisite."""
    with pytest.raises(InputError) as info:
        level("bronze", prerequisite="bronze", routes=())
    assert paths(info) == ["routes", "prerequisite"]


@pytest.mark.parametrize(
    ("categories", "expected"),
    [(("core", "core"), ["categories"]), (("core", "Elective"), ["categories[1]"]), (["core"], ["categories"])],
)
def test_level_categories_are_a_tuple_of_codes_listed_once(categories: Any, expected: list[str]) -> None:
    """The categories a level counts are codes, each once, in a tuple."""
    with pytest.raises(InputError) as info:
        level("bronze", total(1), categories=categories)
    assert paths(info) == expected


def test_the_credit_threshold_is_the_fewest_any_configured_route_asks() -> None:
    """A level's threshold is its cheapest route; routes not configured or not counting credits are left out."""
    academy = Requirement(R.ACTIVITIES, "attend the academy", Decimal(1), ASSUMED, activity_kinds=("academy",))
    two_ways = level(
        "bronze",
        routes=(
            route(total(12)),
            route(total(8), name="fast"),
            route(total(None), name="other"),
            route(academy, name="a"),
        ),
    )
    assert two_ways.credit_threshold() == 8
    assert level("bronze", total(None)).credit_threshold() is None
    assert level("bronze", academy).credit_threshold() is None


# ------------------------------------------------------------------------------- Window


def test_a_rolling_window_gives_its_years_and_no_other_window_does() -> None:
    """Only a rolling window has a number of years."""
    with pytest.raises(InputError) as info:
        Window(WindowKind.ROLLING_YEARS, ASSUMED)
    assert paths(info) == ["years"]
    assert "a rolling window gives its number of years" in str(info.value)
    for kind in (WindowKind.LIFETIME, WindowKind.CALENDAR_YEAR, WindowKind.TERM):
        with pytest.raises(InputError) as info:
            Window(kind, ASSUMED, years=2)
        assert paths(info) == ["years"]
        assert f"a {kind.value} window has no number of years" in str(info.value)


@pytest.mark.parametrize("years", [0, -1, True, 1.5])
def test_a_rolling_window_has_one_year_or_more(years: Any) -> None:
    """A rolling window of N years: N is a whole number, 1 or more (not a bool)."""
    with pytest.raises(InputError) as info:
        Window(WindowKind.ROLLING_YEARS, ASSUMED, years=years)
    assert paths(info) == ["years"]


def rolling(years: int) -> Window:
    return Window(WindowKind.ROLLING_YEARS, ASSUMED, years=years)


def test_a_rolling_window_from_29_february_starts_on_1_march() -> None:
    """29 February goes back to the 28th, and the window starts the day after (models.py, Window.span)."""
    assert rolling(1).span(date(2024, 2, 29)) == DateRange(date(2023, 3, 1), date(2024, 2, 29))
    assert rolling(2).span(date(2024, 2, 29)) == DateRange(date(2022, 3, 1), date(2024, 2, 29))
    # Four years back is a leap day again: the window starts the day after it.
    assert rolling(4).span(date(2024, 2, 29)) == DateRange(date(2020, 3, 1), date(2024, 2, 29))


def test_a_rolling_window_of_one_year_holds_365_or_366_days() -> None:
    """The last year up to 30 June 2024 starts on 1 July 2023: the day a year before is not in it."""
    span = rolling(1).span(date(2024, 6, 30))
    assert span == DateRange(date(2023, 7, 1), date(2024, 6, 30))
    assert date(2023, 6, 30) not in span


def test_a_rolling_window_near_the_first_day_of_the_calendar_starts_there() -> None:
    """A window reaching before year 1 starts on date.min; one that fits is computed as usual."""
    assert rolling(1).span(date(1, 6, 1)) == DateRange(date.min, date(1, 6, 1))
    assert rolling(2).span(date(2, 6, 1)) == DateRange(date.min, date(2, 6, 1))
    assert rolling(1).span(date(2, 6, 1)) == DateRange(date(1, 6, 2), date(2, 6, 1))
    assert rolling(1).span(date.min) == DateRange(date.min, date.min)


def test_a_calendar_year_window_runs_from_1_january_to_the_day() -> None:
    """TML: the calendar year runs 1 January to 31 December; as of a day, up to that day."""
    year = Window(WindowKind.CALENDAR_YEAR, ASSUMED)
    assert year.span(date(2024, 1, 1)) == DateRange(date(2024, 1, 1), date(2024, 1, 1))
    assert year.span(date(2024, 12, 31)) == DateRange(date(2024, 1, 1), date(2024, 12, 31))


def test_a_lifetime_window_holds_every_day_to_date() -> None:
    """Torch [inferred]: progress is cumulative: every activity to date counts."""
    assert LIFETIME.span(date(2024, 6, 1)) == DateRange(date.min, date(2024, 6, 1))


def test_a_term_window_needs_the_official() -> None:
    """A term window is the official's term: without the official it cannot be told."""
    with pytest.raises(InputError) as info:
        Window(WindowKind.TERM, ASSUMED).span(date(2024, 1, 1))
    assert paths(info) == ["official"]


def test_a_term_window_follows_the_official_term() -> None:
    """Before the term starts nothing counts (None); after it ended, the term up to its end."""
    term = Window(WindowKind.TERM, ASSUMED)
    official = Official("Bo Chen", "Danville", Office.COUNCIL_MEMBER, True, date(2024, 12, 1), date(2026, 11, 30))
    assert term.span(date(2024, 11, 30), official) is None
    assert term.span(date(2024, 12, 1), official) == DateRange(date(2024, 12, 1), date(2024, 12, 1))
    assert term.span(date(2025, 6, 1), official) == DateRange(date(2024, 12, 1), date(2025, 6, 1))
    assert term.span(date(2027, 1, 1), official) == DateRange(date(2024, 12, 1), date(2026, 11, 30))
    assert term.span(date(2030, 1, 1), MAYOR) == DateRange(date(2022, 12, 13), date(2030, 1, 1))


def test_a_window_describes_itself() -> None:
    """The explanation names the window in words, singular for one year."""
    assert LIFETIME.describe() == "all activities to date"
    assert Window(WindowKind.CALENDAR_YEAR, ASSUMED).describe() == "the calendar year"
    assert Window(WindowKind.TERM, ASSUMED).describe() == "the official's term"
    assert rolling(1).describe() == "the last 1 year"
    assert rolling(3).describe() == "the last 3 years"


@given(st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)), st.integers(1, 12))
def test_a_rolling_window_ends_on_the_day_and_never_holds_the_same_day_years_before(as_of: date, years: int) -> None:
    """The window ends on the day asked; the day N years earlier (if any) is outside it."""
    span = rolling(years).span(as_of)
    assert span is not None
    assert span.end == as_of
    if as_of.year - years >= 1:
        try:
            before = as_of.replace(year=as_of.year - years)
        except ValueError:  # 29 February, in a year without one
            before = date(as_of.year - years, 2, 28)
        assert before not in span
        assert before + timedelta(days=1) in span


@pytest.mark.parametrize("kind", [WindowKind.CALENDAR_YEAR, WindowKind.LIFETIME])
def test_a_window_refuses_an_as_of_that_is_not_a_date(kind: WindowKind) -> None:
    """A public method names its bad argument (as Official.holds_office_on does)."""
    with pytest.raises(InputError) as info:
        Window(kind, ASSUMED).span("2024-01-01")  # type: ignore[arg-type]
    assert paths(info) == ["as_of"]


# ------------------------------------------------------------------------------- Conversion


def conversion(minutes: int, step: str, rounding: Rounding) -> Conversion:
    return Conversion(minutes, Decimal(step), rounding, ASSUMED, ASSUMED)


def test_hours_become_credits_rounded_down() -> None:
    """TML: a CEU is 50 minutes, so an hour is 1.2 CEUs; down to a hundredth (assumed)."""
    tml = conversion(50, "0.01", Rounding.DOWN)
    assert tml.credits(Decimal(1)) == Decimal("1.20")
    assert tml.credits(Decimal(5)) == Decimal(6)
    assert tml.credits(Decimal("0.5")) == Decimal("0.60")
    # 1 hour 59 minutes: 2.38 CEUs, not rounded up.
    assert tml.credits(Decimal(119) / Decimal(60)) == Decimal("2.38")
    assert tml.credits(Decimal(0)) == 0


def test_hours_become_credits_rounded_to_the_nearest_step_a_tie_going_up() -> None:
    """To the nearest half credit: 15 minutes is exactly half way, and goes up."""
    halves = conversion(60, "0.5", Rounding.NEAREST)
    assert halves.credits(Decimal("0.25")) == Decimal("0.5")
    assert halves.credits(Decimal("0.24")) == 0
    assert halves.credits(Decimal("0.75")) == 1
    assert halves.credits(Decimal("0.74")) == Decimal("0.5")
    assert halves.credits(Decimal("1.1")) == 1
    down = conversion(60, "0.5", Rounding.DOWN)
    assert down.credits(Decimal("0.74")) == Decimal("0.5")
    assert down.credits(Decimal("0.99")) == Decimal("0.5")


def test_nlc_two_classroom_hours_are_a_credit() -> None:
    """NLC (The Daily Herald): a credit is about two classroom hours: 120 minutes a credit."""
    nlc = conversion(120, "0.01", Rounding.DOWN)
    assert nlc.credits(Decimal(2)) == 1
    assert nlc.credits(Decimal(3)) == Decimal("1.5")
    assert nlc.credits(Decimal(1) / Decimal(3)) == Decimal("0.16")


@given(st.decimals(min_value=0, max_value=10_000, places=2), st.integers(1, 240))
def test_rounded_down_credits_never_exceed_the_exact_figure(hours: Decimal, minutes: int) -> None:
    """Rounding down keeps credits at or below the exact figure, within one step, on the step."""
    step = Decimal("0.01")
    credits = conversion(minutes, "0.01", Rounding.DOWN).credits(hours)
    exact = hours * 60 / minutes
    assert credits <= exact
    assert exact - credits < step
    assert credits % step == 0


def test_a_conversion_names_every_bad_field() -> None:
    """A conversion's rate, step, rounding and source are all checked, every problem at once."""
    with pytest.raises(InputError) as info:
        Conversion(0, Decimal(0), "down", None, ASSUMED)  # type: ignore[arg-type]
    assert paths(info) == ["minutes_per_credit", "step", "rounding", "source"]
    assert "must be at least 1, got 0" in str(info.value)
    assert "must be more than zero" in str(info.value)


def test_a_conversion_refuses_hours_that_are_not_a_decimal() -> None:
    """A public method names its bad argument rather than failing inside the arithmetic."""
    with pytest.raises(InputError) as info:
        conversion(50, "0.01", Rounding.DOWN).credits(1)  # type: ignore[arg-type]
    assert paths(info) == ["hours"]


def test_an_absurd_number_of_hours_is_an_input_error_not_an_arithmetic_crash() -> None:
    """An amount is at most a million: far beyond any program, and no arithmetic overflow in a tally."""
    with pytest.raises(InputError) as info:
        Activity("a1", "Seminar", "core", date(2024, 1, 1), hours=Decimal("1E+30"))
    assert paths(info) == ["hours"]
    assert "at most 1,000,000" in str(info.value)
    fine = Activity("a1", "Seminar", "core", date(2024, 1, 1), hours=MAX_AMOUNT)
    nlc = program(level("bronze", total(10)), conversion=conversion(120, "0.01", Rounding.DOWN))
    assert tally(MAYOR, [fine], nlc, as_of=date(2024, 12, 31)).levels[0].credits == Decimal(500_000)


# ------------------------------------------------------------------------------- small models


def test_a_cap_is_not_negative() -> None:
    """TML: categories have caps; a cap is an amount of credits, never negative."""
    with pytest.raises(InputError) as info:
        Category("core", "Core", ASSUMED, cap=Decimal(-1))
    assert paths(info) == ["cap"]


def test_maintenance_asks_for_something_over_a_year_or_more() -> None:
    """NLC Diamond: earn 4 credits annually; zero credits or zero years would keep nothing."""
    with pytest.raises(InputError) as info:
        Maintenance(Decimal(0), 0, ASSUMED)
    assert paths(info) == ["minimum", "years"]
    assert Maintenance(Decimal(4), 1, ASSUMED).years == 1


def test_an_award_and_an_activity_kind_name_bad_fields() -> None:
    """Awards (certificate, pin, plaque, designation, recognition) and activity kinds are checked too."""
    with pytest.raises(InputError) as info:
        Award("pin", "", ASSUMED)  # type: ignore[arg-type]
    assert paths(info) == ["kind", "name"]
    with pytest.raises(InputError) as info:
        ActivityKind("Academy", "The academy", "core", ASSUMED)
    assert paths(info) == ["code"]
    assert Award(AwardKind.PIN, "torch lapel pin", ASSUMED).kind is AwardKind.PIN


def test_a_submission_deadline_lies_in_its_year_and_before_the_ceremony() -> None:
    """Torch 2019: submit by 16 September for the conference of 16 October; both problems at once."""
    assert SubmissionDeadline(2019, date(2019, 9, 16), ASSUMED, ceremony=date(2019, 10, 16)).year == 2019
    with pytest.raises(InputError) as info:
        SubmissionDeadline(2019, date(2018, 9, 16), ASSUMED, ceremony=date(2018, 9, 1))
    assert paths(info) == ["deadline", "ceremony"]
    assert "2018-09-16 is not in 2019" in str(info.value)
    assert "2018-09-01 is not after the deadline, 2018-09-16" in str(info.value)


def test_a_ceremony_on_the_deadline_day_is_not_after_it() -> None:
    """The deadline is inclusive: a ceremony on the same day would leave no time after it."""
    with pytest.raises(InputError) as info:
        SubmissionDeadline(2019, date(2019, 9, 16), ASSUMED, ceremony=date(2019, 9, 16))
    assert paths(info) == ["ceremony"]


@pytest.mark.parametrize("year", [0, -2019, "2019", True])
def test_a_deadline_year_is_a_positive_whole_number(year: Any) -> None:
    """A year of recognition is a whole number from 1."""
    with pytest.raises(InputError) as info:
        SubmissionDeadline(year, date(2019, 9, 16), ASSUMED)
    assert "year" in paths(info)


# ------------------------------------------------------------------------------- Program: checks


def test_a_valid_program_keeps_its_levels_in_order() -> None:
    """Levels are listed lowest first; lookups by code find them, or None for a code not there."""
    assert LADDER.level_codes == "bronze, silver"
    assert LADDER.level("silver") is SILVER
    assert LADDER.category("core") is CATEGORIES[0]
    assert LADDER.category("nope") is None
    assert LADDER.activity_kind("academy") is KINDS[0]
    assert LADDER.activity_kind("nope") is None
    assert LADDER.unit == "credits"


def test_a_prerequisite_that_is_not_a_level_is_named() -> None:
    """A prerequisite is a level of the program."""
    with pytest.raises(InputError) as info:
        program(BRONZE, level("silver", total(20), prerequisite="gold"))
    assert paths(info) == ["levels[1].prerequisite"]
    assert "'gold' is not a level of program 'example' (its levels: bronze, silver)" in str(info.value)


def test_a_prerequisite_listed_later_is_named() -> None:
    """Levels are listed lowest first: a prerequisite comes before the level that needs it."""
    with pytest.raises(InputError) as info:
        program(level("silver", total(20), prerequisite="bronze"), BRONZE)
    assert paths(info) == ["levels[0].prerequisite", "levels[1].prerequisite"]
    assert "'bronze' is a later level: levels are listed in order, prerequisites first" in str(info.value)
    assert "must be 'silver', the level before it: levels are reached in order, none skipped" in str(info.value)


def test_levels_are_reached_in_order_none_skipped() -> None:
    """Torch: three sequential levels; each level's prerequisite is the level just before it."""
    gold = level("gold", total(30), in_category("core", 4), prerequisite="bronze")
    with pytest.raises(InputError) as info:
        program(BRONZE, SILVER, gold)
    assert paths(info) == ["levels[2].prerequisite"]
    assert "must be 'silver', the level before it: levels are reached in order, none skipped (got 'bronze')" in str(
        info.value
    )
    with pytest.raises(InputError) as info:
        program(BRONZE, attrs.evolve(SILVER, prerequisite=None))
    assert paths(info) == ["levels[1].prerequisite"]
    assert str(info.value).endswith("levels are reached in order, none skipped")


def test_a_category_requirement_is_in_a_category_the_level_counts() -> None:
    """A level counting only core credits cannot ask for elective ones: the requirement could never be met."""
    with pytest.raises(InputError) as info:
        program(level("bronze", total(10), in_category("elective", 1), categories=("core",)))
    assert paths(info) == ["levels[0].routes[0].requirements[1].category"]
    assert "'elective' is not a category the level counts" in str(info.value)
    assert program(level("bronze", total(10), in_category("core", 1), categories=("core",))).levels


def test_a_total_threshold_that_decreases_is_named() -> None:
    """Thresholds never decrease from one level to the next (NLC 16/36/50/67/80; TML 42/54/72)."""
    with pytest.raises(InputError) as info:
        program(BRONZE, level("silver", total(8), in_category("core", 4), prerequisite="bronze"))
    assert paths(info) == ["levels[1]"]
    assert "needs 8 credits, fewer than the 10 of its prerequisite 'bronze'" in str(info.value)


def test_a_category_minimum_that_decreases_is_named() -> None:
    """NLC: 1, 2, 3, 4, 4 credits in each area: a category's minimum never decreases either."""
    with pytest.raises(InputError) as info:
        program(BRONZE, level("silver", total(20), in_category("core", 1), prerequisite="bronze"))
    assert paths(info) == ["levels[1]"]
    assert "needs 1 in 'core', less than the 2 of its prerequisite 'bronze'" in str(info.value)


def test_an_equal_threshold_is_not_a_decrease() -> None:
    """NLC Platinum and Diamond both ask 4 in each area."""
    assert program(BRONZE, level("silver", total(10), in_category("core", 2), prerequisite="bronze")).levels


def test_a_category_the_prerequisite_does_not_ask_for_cannot_decrease() -> None:
    """Silver may ask for a category Bronze did not."""
    assert program(BRONZE, level("silver", total(20), in_category("elective", 1), prerequisite="bronze")).levels


def test_a_category_minimum_is_compared_route_by_route_at_its_cheapest() -> None:
    """Two routes both asking in core: the cheaper is Silver's floor, and it is below Bronze's."""
    two = level(
        "silver",
        routes=(route(total(20), in_category("core", 4)), route(total(30), in_category("core", 1), name="b")),
        prerequisite="bronze",
    )
    with pytest.raises(InputError) as info:
        program(BRONZE, two)
    assert paths(info) == ["levels[1]"]
    assert "needs 1 in 'core', less than the 2" in str(info.value)


def test_thresholds_are_not_compared_when_credits_count_once() -> None:
    """MML: credits used for one level can't count for another; Level 2 is "+30": each threshold is an addition."""
    additions = program(
        BRONZE,
        level("silver", total(5), in_category("core", 1), prerequisite="bronze"),
        reuse=False,
        reuse_source=OTHER,
    )
    assert additions.level("silver").credit_threshold() == 5
    # The same thresholds are refused when credits count again, or when that is not configured.
    for reuse in (True, None):
        with pytest.raises(InputError) as info:
            attrs.evolve(additions, reuse=reuse)
        assert paths(info) == ["levels[1]", "levels[1]"]


def test_thresholds_not_configured_are_not_compared() -> None:
    """Torch: Level II's credits are not public; nothing to compare with Level I."""
    assert program(BRONZE, level("silver", total(None), prerequisite="bronze")).levels
    assert program(level("bronze", total(None)), level("silver", total(1), prerequisite="bronze")).levels


def test_codes_listed_twice_are_named() -> None:
    """Levels, categories, activity kinds and deadline years are each listed once."""
    deadline = SubmissionDeadline(2019, date(2019, 9, 16), ASSUMED)
    with pytest.raises(InputError) as info:
        program(
            BRONZE,
            SILVER,
            attrs.evolve(SILVER, code="bronze", prerequisite="silver"),
            categories=(*CATEGORIES, Category("core", "Core again", ASSUMED)),
            activity_kinds=(*KINDS, KINDS[0]),
            submission_deadlines=(deadline, attrs.evolve(deadline, deadline=date(2019, 9, 17))),
        )
    assert paths(info) == [
        "categories[2].code",
        "activity_kinds[1].code",
        "levels[2].code",
        "submission_deadlines[1].year",
    ]


def test_a_deadline_year_listed_twice_reads_as_a_year() -> None:
    """A duplicate year is named as the year it is, as the other duplicates are named."""
    deadline = SubmissionDeadline(2019, date(2019, 9, 16), ASSUMED)
    with pytest.raises(InputError) as info:
        program(BRONZE, submission_deadlines=(deadline, deadline))
    assert info.value.problems[0].message == "2019 is listed twice"


def test_unknown_categories_and_activity_kinds_are_named_where_they_are_used() -> None:
    """Every category and activity kind a program uses is one it declares."""
    role = Requirement(R.ACTIVITIES, "a role", Decimal(1), ASSUMED, activity_kinds=("academy", "mentor"))
    with pytest.raises(InputError) as info:
        program(
            level("bronze", total(1), in_category("leadership", 1), role, categories=("core", "ethics")),
            activity_kinds=(*KINDS, ActivityKind("mentor", "A mentor", "leadership", ASSUMED)),
        )
    assert paths(info) == [
        "activity_kinds[1].category",
        "levels[0].categories[1]",
        "levels[0].routes[0].requirements[1].category",
    ]
    assert "'ethics' is not a category of program 'example'" in str(info.value)


def test_an_unknown_activity_kind_in_a_requirement_is_named() -> None:
    """A requirement's activity kinds are ones the program names; the message lists them, or says none."""
    role = Requirement(R.ACTIVITIES, "a role", Decimal(1), ASSUMED, activity_kinds=("academy", "mentor"))
    with pytest.raises(InputError) as info:
        program(level("bronze", role))
    assert paths(info) == ["levels[0].routes[0].requirements[0].activity_kinds[1]"]
    assert "'mentor' is not an activity kind of program 'example' (its activity kinds: academy)" in str(info.value)
    with pytest.raises(InputError) as info:
        program(level("bronze", role), activity_kinds=())
    assert "(its activity kinds: none)" in str(info.value)


def test_an_unknown_category_lists_the_categories() -> None:
    """An unknown category is named with the program's categories, to spot a misspelling."""
    with pytest.raises(InputError) as info:
        program(level("bronze", in_category("ethics", 1)))
    assert paths(info) == ["levels[0].routes[0].requirements[0].category"]
    assert "'ethics' is not a category of program 'example' (its categories: core, elective)" in str(info.value)


def test_a_configured_reuse_setting_cites_its_source() -> None:
    """Whether credits count again toward the next level is a rule: a configured one says who says so."""
    with pytest.raises(InputError) as info:
        program(BRONZE, reuse=False)
    assert paths(info) == ["reuse_source"]
    assert program(BRONZE, reuse=False, reuse_source=OTHER).reuse is False
    # A source without a setting is accepted: the setting stays not configured.
    assert program(BRONZE, reuse_source=OTHER).reuse is None


def test_a_configured_repeats_setting_names_the_field_of_its_source() -> None:
    """The problem's path is the field to fix: ``repeats_source``."""
    with pytest.raises(InputError) as info:
        program(BRONZE, repeats_count=True)
    assert paths(info) == ["repeats_source"]


@pytest.mark.parametrize(("field", "value"), [("reuse", "yes"), ("repeats_count", 1)])
def test_a_setting_is_true_false_or_not_configured(field: str, value: object) -> None:
    """A setting is a bool, or None for not configured: nothing else."""
    with pytest.raises(InputError) as info:
        program(BRONZE, **{field: value})
    assert paths(info) == [field]
    assert "expected true, false or null (not configured)" in str(info.value)


def test_a_program_has_at_least_one_level() -> None:
    """A program without levels has nothing to recognise."""
    with pytest.raises(InputError) as info:
        program()
    assert paths(info) == ["levels"]


def test_a_program_names_every_problem_at_once() -> None:
    """A blank name (checked apart), a missing prerequisite, a decreasing threshold and an unknown category."""
    with pytest.raises(InputError) as info:
        program(
            level("bronze", total(10), prerequisite="copper"),
            level("silver", total(5), in_category("ethics", 1), prerequisite="bronze"),
            name=" ",
        )
    assert paths(info) == [
        "name",
        "levels[0].prerequisite",
        "levels[1].routes[0].requirements[1].category",
        "levels[1]",
    ]


def test_a_bad_level_hides_the_checks_across_levels() -> None:
    """A level that is not a Level is named alone: the checks across levels need valid levels."""
    with pytest.raises(InputError) as info:
        program(BRONZE, "silver")  # type: ignore[arg-type]
    assert paths(info) == ["levels[1]"]


# ------------------------------------------------------------------------------- Program: helpers


def test_level_names_the_levels_when_there_is_none_of_that_code() -> None:
    """An unknown level code is an InputError listing the levels there are."""
    with pytest.raises(InputError) as info:
        LADDER.level("gold")
    assert paths(info) == ["level"]
    assert "'gold' is not a level of program 'example' (its levels: bronze, silver)" in str(info.value)


def test_unconfigured_lists_requirements_and_settings_in_order() -> None:
    """What an administrator has still to supply: each minimum by its path, then the settings."""
    partial = program(BRONZE, level("silver", total(20), total(None), prerequisite="bronze"))
    assert partial.unconfigured() == (
        ("levels[1].routes[0].requirements[1].minimum", "Silver: credits (not public)"),
        ("conversion", "how hours become credits"),
        ("reuse", "whether credits counted for one level count again for the next"),
        ("repeats_count", "whether a course taken again counts again"),
    )
    settled = program(
        BRONZE,
        conversion=conversion(60, "0.25", Rounding.DOWN),
        reuse=True,
        reuse_source=OTHER,
        repeats_count=False,
        repeats_source=OTHER,
    )
    assert settled.unconfigured() == ()


def test_with_route_replaces_a_route_of_the_same_name_in_its_place() -> None:
    """An administrator configures a route: the level keeps its routes in order."""
    three = program(
        level("bronze", routes=(route(total(10), name="a"), route(total(12), name="b"), route(total(14), name="c")))
    )
    replaced = three.with_route("bronze", route(total(11), name="b"))
    assert [r.name for r in replaced.level("bronze").routes] == ["a", "b", "c"]
    assert replaced.level("bronze").routes[1].requirements[0].minimum == 11
    assert three.level("bronze").routes[1].requirements[0].minimum == 12  # the original is unchanged


def test_with_route_adds_a_new_route_last() -> None:
    """A route of a new name is added after the level's routes; other levels are unchanged."""
    added = LADDER.with_route("silver", route(total(30), in_category("core", 4), name="experience"))
    assert [r.name for r in added.level("silver").routes] == ["credits", "experience"]
    assert added.level("bronze") == BRONZE


def test_an_alternative_route_without_category_minimums_may_be_added() -> None:
    """Silver by 30 credits of any kind, after Bronze (which asked 2 in core): nothing decreases."""
    academy = Requirement(R.ACTIVITIES, "attend the academy", Decimal(1), ASSUMED, activity_kinds=("academy",))
    assert LADDER.with_route("silver", route(total(30), name="experience")).level("silver").routes
    assert LADDER.with_route("silver", route(academy, name="academy")).level("silver").routes


def test_with_route_checks_the_program_again() -> None:
    """A route is checked as part of its program: an unknown category is named at its path."""
    with pytest.raises(InputError) as info:
        LADDER.with_route("bronze", route(in_category("ethics", 1), name="ethics"))
    assert paths(info) == ["levels[0].routes[1].requirements[0].category"]
    with pytest.raises(InputError) as info:
        LADDER.with_route("gold", route(total(1)))
    assert paths(info) == ["level"]


def test_without_route_removes_a_route() -> None:
    """An administrator removes a route that does not apply."""
    two = LADDER.with_route("bronze", route(total(12), name="fast"))
    assert [r.name for r in two.without_route("bronze", "credits").level("bronze").routes] == ["fast"]


def test_without_route_refuses_a_route_the_level_does_not_have() -> None:
    """A route name that is not the level's is an InputError naming its routes."""
    with pytest.raises(InputError) as info:
        LADDER.without_route("bronze", "fast")
    assert paths(info) == ["route"]
    assert "level 'bronze' has no route 'fast' (its routes: credits)" in str(info.value)


def test_without_route_names_every_route_of_the_level_separated_by_commas() -> None:
    """The refusal lists the level's routes in order: "credits, fast"."""
    two = LADDER.with_route("bronze", route(total(12), name="fast"))
    with pytest.raises(InputError) as info:
        two.without_route("bronze", "slow")
    assert [p.message for p in info.value.problems] == [
        "level 'bronze' has no route 'slow' (its routes: credits, fast)"
    ]


def test_without_route_refuses_to_remove_the_only_route() -> None:
    """A level needs a route: removing its only one is an InputError."""
    with pytest.raises(InputError) as info:
        LADDER.without_route("bronze", "credits")
    assert paths(info) == ["route"]
    assert "'credits' is the only route of level 'bronze': a level keeps at least one route" in str(info.value)


def test_with_category_adds_or_replaces() -> None:
    """An administrator adds a category, or caps one."""
    added = LADDER.with_category(Category("ethics", "Ethics", ASSUMED))
    assert [c.code for c in added.categories] == ["core", "elective", "ethics"]
    capped = LADDER.with_category(Category("core", "Core courses", ASSUMED, cap=Decimal(6)))
    assert [c.code for c in capped.categories] == ["elective", "core"]
    core = capped.category("core")
    assert core is not None
    assert core.cap == 6


def test_with_activity_kind_adds_or_replaces() -> None:
    """An activity kind is added, or replaced by code; its category must be the program's."""
    added = LADDER.with_activity_kind(ActivityKind("mentor", "A mentor", "elective", ASSUMED))
    assert [k.code for k in added.activity_kinds] == ["academy", "mentor"]
    moved = LADDER.with_activity_kind(ActivityKind("academy", "The academy", "elective", ASSUMED))
    kind = moved.activity_kind("academy")
    assert kind is not None
    assert kind.category == "elective"
    with pytest.raises(InputError) as info:
        LADDER.with_activity_kind(ActivityKind("mentor", "A mentor", "leadership", ASSUMED))
    assert paths(info) == ["activity_kinds[1].category"]


def test_with_level_categories_sets_what_a_level_counts() -> None:
    """Torch Level II counts university education and policy committee service: an administrator may change it."""
    narrowed = LADDER.with_level_categories("silver", ("core",))
    assert narrowed.level("silver").categories == ("core",)
    assert narrowed.with_level_categories("silver", None).level("silver").categories is None
    with pytest.raises(InputError) as info:
        LADDER.with_level_categories("silver", ("core", "core"))
    assert paths(info) == ["levels[1].categories"]


def test_with_level_categories_names_problems_at_their_paths() -> None:
    """An unknown category, and a requirement in a category the level no longer counts."""
    with pytest.raises(InputError) as info:
        LADDER.with_level_categories("silver", ("ethics",))
    assert paths(info) == ["levels[1].categories[0]", "levels[1].routes[0].requirements[1].category"]


def test_the_helpers_check_their_arguments() -> None:
    """A route, category or activity kind of the wrong type is named, not a bare AttributeError."""
    with pytest.raises(InputError) as info:
        LADDER.with_route("bronze", "fast")  # type: ignore[arg-type]
    assert paths(info) == ["route"]
    with pytest.raises(InputError) as info:
        LADDER.with_category("ethics")  # type: ignore[arg-type]
    assert paths(info) == ["category"]
    with pytest.raises(InputError) as info:
        LADDER.with_activity_kind("mentor")  # type: ignore[arg-type]
    assert paths(info) == ["kind"]
    with pytest.raises(InputError) as info:
        LADDER.with_level_categories("gold", None)
    assert paths(info) == ["level"]


def test_a_blank_unit_is_refused() -> None:
    """A program names its unit (TML: CEUs) for its messages."""
    assert program(BRONZE, unit="CEUs").unit == "CEUs"
    with pytest.raises(InputError) as info:
        program(BRONZE, unit=" ")
    assert paths(info) == ["unit"]
