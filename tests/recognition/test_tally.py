"""Tests of tally.py: what an official's activities earn in a program, level by level.

Rules under test (src/calcities_domain/recognition/tally.py, its module docstring, and
../shared/domain/torch-events-training.md sections 1 and 4):

* Only activities on or before the day, inside the level's window, count; later ones are
  reported once for the tally (``recognition.uncounted.after``).
* Hours become credits by the program's conversion; without one they earn nothing and the
  tally says so (``recognition.uncounted.no_conversion``).
* A level counts only its categories; a course taken again counts once unless repeats
  count; a category's credits beyond its cap do not count (``recognition.uncounted.cap``).
* When credits do not count again for the next level (MML: "credits used for one level
  can't count for another"), a level reached keeps what it needed: category minimums
  first, then its total, earliest activities first (``recognition.uncounted.used``).
* A setting not configured is tried both ways: a requirement met under one reading and not
  the other is not configured, and its level undetermined.
* A requirement is met at exactly its threshold; a level is reached by any one route whose
  every requirement is met, once its prerequisite is reached; a requirement not configured
  makes the level undetermined, never not reached, unless every route fails anyway.
* Maintenance (NLC Diamond: earn 4 credits annually) holds or not for a level reached.
* Eligibility by audience: anyone; elected officials; mayors and council members of member
  cities (the Torch Program), checked against a membership roll when one is given (a former
  official on the last day in office). Without a roll, a level met is undetermined.
* Credits counted once go to the route asking least, spare the categories later levels ask
  for, and a level that another split of the credits might reach is undetermined.
* A submission on or before a year's deadline counts for that year; after it, for the next.

The programs, cities and people here are made up.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Confidence, DateRange, Decision, Effect, InputError, Source
from calcities_domain.mcle import Rounding
from calcities_domain.membership import MembershipHistory, MembershipRoll
from calcities_domain.organization import City, Office, Official
from calcities_domain.recognition import (
    Activity,
    ActivityKind,
    Audience,
    Award,
    AwardKind,
    Category,
    CategoryCredits,
    Conversion,
    Level,
    LevelStatus,
    Maintenance,
    Program,
    Requirement,
    RequirementKind,
    RequirementResult,
    Route,
    Status,
    SubmissionDeadline,
    Tally,
    Uncounted,
    Window,
    WindowKind,
    recognition_year,
    tally,
)

ASSUMED = Source("Example program rules", Confidence.ASSUMED)
CONFIRMED = Source("Example program handbook", Confidence.CONFIRMED, url="https://example.org/handbook")
ADMIN = Source("Example program administrator", Confidence.CONFIRMED, section="settings")
LIFETIME = Window(WindowKind.LIFETIME, ASSUMED)
YEAR = Window(WindowKind.CALENDAR_YEAR, ASSUMED)
AS_OF = date(2024, 12, 31)

MAYOR = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2022, 12, 13))
ORANGE_COUNCIL = Official("Bo Chen", "Orange", Office.COUNCIL_MEMBER, True, date(2020, 12, 1))
CLERK = Official("Lee Park", "Danville", Office.CITY_CLERK, False, date(2020, 1, 6))
APPOINTED_CLERK = Official("Kim Diaz", "Danville", Office.CITY_CLERK, False, date(2021, 1, 4))
#: Danville a member since 1982; Orange never one (an illustration, not the real roll).
ROLL = MembershipRoll(
    (City("Danville"), City("Orange")),
    (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),),
)

R = RequirementKind


def total(minimum: str | int | None, source: Source = ASSUMED) -> Requirement:
    if minimum is None:
        return Requirement(R.TOTAL_CREDITS, "credits (not public)", None, source)
    return Requirement(R.TOTAL_CREDITS, f"{minimum} credits", Decimal(minimum), source)


def in_category(category: str, minimum: int) -> Requirement:
    return Requirement(R.CATEGORY_CREDITS, f"{minimum} in {category}", Decimal(minimum), ASSUMED, category=category)


def attended(minimum: int = 1) -> Requirement:
    return Requirement(R.ACTIVITIES, "attend the academy", Decimal(minimum), ASSUMED, activity_kinds=("academy",))


def level(code: str, *requirements: Requirement, **changes: Any) -> Level:
    routes = changes.pop("routes") if "routes" in changes else (Route("credits", requirements),)
    window = changes.pop("window", LIFETIME)
    return Level(code, code.title(), routes, window, ASSUMED, **changes)


CORE = Category("core", "Core courses", CONFIRMED)
ELECTIVE = Category("elective", "Electives", ASSUMED)
CAPPED = Category("elective", "Electives", CONFIRMED, cap=Decimal(3))
ACADEMY = ActivityKind("academy", "The academy", "core", ASSUMED)


def program(*levels: Level, **changes: Any) -> Program:
    """A program with settings configured (credits count again, repeats once) unless changed."""
    fields: dict[str, Any] = {
        "code": "example",
        "name": "Example program",
        "organization": "Example league",
        "source": ASSUMED,
        "categories": (CORE, ELECTIVE),
        "levels": levels,
        "audience": Audience.ANYONE,
        "audience_source": ASSUMED,
        "activity_kinds": (ACADEMY,),
        "reuse": True,
        "reuse_source": ADMIN,
        "repeats_count": False,
        "repeats_source": ADMIN,
        **changes,
    }
    return Program(**fields)


def credits(activity_id: str, category: str, on: date, amount: str | int, **changes: Any) -> Activity:
    return Activity(activity_id, f"Seminar {activity_id}", category, on, credits=Decimal(amount), **changes)


def academy(activity_id: str = "academy", on: date = date(2023, 1, 20)) -> Activity:
    return Activity(activity_id, "The academy", "core", on, kind="academy")


def codes(result: Tally) -> list[str]:
    return [reason.code for reason in result.reasons]


def uncounted(result: Tally, code: str) -> list[tuple[str, str, Decimal | None]]:
    return [(u.activity_id, u.code, u.credits) for u in result.level(code).not_counted]


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


ONE = program(level("one", total(10)))


# ------------------------------------------------------------------------------- statuses


def test_a_requirement_is_met_exactly_at_its_threshold() -> None:
    """A threshold is a minimum: 10 credits meet "10 credits" (NLC: 16 credits reach Bronze)."""
    result = tally(
        MAYOR, [credits("a", "core", date(2024, 1, 1), 6), credits("b", "core", date(2024, 2, 1), 4)], ONE, as_of=AS_OF
    )
    one = result.level("one")
    assert one.status is LevelStatus.REACHED
    assert one.reached is True
    assert one.route == "credits"
    assert one.credits == 10
    (requirement,) = one.requirements
    assert (requirement.status, requirement.counted, requirement.required, requirement.missing) == (
        Status.MET,
        Decimal(10),
        Decimal(10),
        Decimal(0),
    )
    assert requirement.message == "10 credits: 10 credits counted, met."
    assert one.missing() == ()


def test_a_requirement_just_short_is_not_met_and_says_what_is_missing() -> None:
    """A threshold is a minimum: a hundredth short is not met, and the message says how much more."""
    result = tally(MAYOR, [credits("a", "core", date(2024, 1, 1), "9.99")], ONE, as_of=AS_OF)
    one = result.level("one")
    assert one.status is LevelStatus.NOT_REACHED
    assert one.reached is False
    assert one.route is None
    (requirement,) = one.requirements
    assert requirement.status is Status.NOT_MET
    assert requirement.missing == Decimal("0.01")
    assert requirement.message == "10 credits: 9.99 credits counted; 0.01 credits more needed."
    assert one.missing() == (requirement,)


def test_a_requirement_without_a_minimum_is_not_configured_and_its_level_undetermined() -> None:
    """Torch: the sources give no credits for Level II: neither passed nor failed."""
    unknown = program(level("one", total(None)))
    result = tally(MAYOR, [credits("a", "core", date(2024, 1, 1), 40)], unknown, as_of=AS_OF)
    one = result.level("one")
    assert one.status is LevelStatus.UNDETERMINED
    assert one.reached is None
    (requirement,) = one.requirements
    assert (requirement.status, requirement.required, requirement.missing) == (Status.NOT_CONFIGURED, None, None)
    assert requirement.counted == 40
    assert "requirement not configured" in requirement.message
    assert "40 credits counted so far" in requirement.message
    assert "recognition.requirement.not_configured" in [r.code for r in one.reasons]


def test_without_activities_nothing_is_reached() -> None:
    """No activities: no level reached, nothing counted and nothing to explain as uncounted."""
    result = tally(
        MAYOR, [], program(level("one", total(10)), level("two", total(20), prerequisite="one")), as_of=AS_OF
    )
    assert [lv.status for lv in result.levels] == [LevelStatus.NOT_REACHED, LevelStatus.NOT_REACHED]
    assert result.highest is None
    assert result.next_level is result.level("one")
    assert result.level("one").credits == 0
    assert result.level("one").by_category == ()
    assert result.level("one").not_counted == ()


def test_the_order_of_the_activities_does_not_matter() -> None:
    """tally: "their order does not matter" (earliest first is the rule, not the caller's order)."""
    two = program(
        level("one", total(4), in_category("core", 1)), level("two", total(6), prerequisite="one"), reuse=False
    )
    done = [credits(f"a{i}", "core" if i % 2 else "elective", date(2024, 1, 1 + i), i + 1) for i in range(5)]
    shuffled = [done[i] for i in (3, 0, 4, 1, 2)]
    assert shuffled != done
    assert tally(MAYOR, shuffled, two, as_of=AS_OF) == tally(MAYOR, done, two, as_of=AS_OF)


# ------------------------------------------------------------------------------- what counts


def test_activities_after_the_day_do_not_count_yet() -> None:
    """Step 1: only activities on or before the day count; later ones are reported once, for the tally."""
    done = [credits("a", "core", date(2024, 6, 1), 6), credits("late", "core", date(2025, 1, 1), 6)]
    result = tally(MAYOR, done, ONE, as_of=AS_OF)
    assert result.level("one").credits == 6
    assert result.level("one").status is LevelStatus.NOT_REACHED
    assert "recognition.uncounted.after" in codes(result)
    after = next(r for r in result.reasons if r.code == "recognition.uncounted.after")
    assert "late (Seminar late) is dated 2025-01-01, after 2024-12-31" in after.message
    assert after.fact("activity") == "late"
    assert result.level("one").not_counted == ()
    # On the day itself, it counts.
    assert tally(MAYOR, done, ONE, as_of=date(2025, 1, 1)).level("one").status is LevelStatus.REACHED


def test_activities_outside_the_window_do_not_count() -> None:
    """TML: a calendar year; credits of the year before are outside it."""
    yearly = program(level("one", total(10), window=YEAR))
    done = [credits("old", "core", date(2023, 12, 31), 8), credits("new", "core", date(2024, 1, 1), 8)]
    result = tally(MAYOR, done, yearly, as_of=AS_OF)
    one = result.level("one")
    assert one.credits == 8
    assert one.status is LevelStatus.NOT_REACHED
    assert uncounted(result, "one") == [("old", "recognition.uncounted.window", Decimal(8))]
    (outside,) = one.not_counted
    assert outside.level == "one"
    assert outside.message == "2023-12-31 is outside the calendar year (2024-01-01 to 2024-12-31)."
    assert any(r.code == "recognition.uncounted.window" and "(8 credits)" in r.message for r in one.reasons)


def test_a_term_window_that_has_not_started_counts_nothing() -> None:
    """A term window before the term starts holds no day: every activity is outside it."""
    termly = program(level("one", total(1), window=Window(WindowKind.TERM, ASSUMED)))
    newcomer = Official("Sam Ortiz", "Danville", Office.COUNCIL_MEMBER, True, date(2024, 12, 10))
    result = tally(newcomer, [credits("a", "core", date(2024, 6, 1), 2)], termly, as_of=date(2024, 12, 1))
    assert result.level("one").credits == 0
    (outside,) = result.level("one").not_counted
    assert (outside.code, outside.message) == (
        "recognition.uncounted.window",
        "2024-06-01 is outside the official's term.",
    )
    later = tally(newcomer, [credits("b", "core", date(2024, 12, 10), 2)], termly, as_of=AS_OF)
    assert later.level("one").status is LevelStatus.REACHED


def test_a_level_counts_only_its_categories() -> None:
    """Torch Level II counts university education and policy committee service, not the academy."""
    core_only = program(level("one", total(5), categories=("core",)))
    done = [
        credits("c", "core", date(2024, 1, 1), 3),
        credits("e", "elective", date(2024, 1, 2), 4),
        credits("z", "elective", date(2024, 1, 3), 0),
    ]
    result = tally(MAYOR, done, core_only, as_of=AS_OF)
    one = result.level("one")
    assert one.credits == 3
    assert one.by_category == (CategoryCredits("core", Decimal(3)),)
    # An activity with no credits to give loses nothing: it is not listed.
    assert uncounted(result, "one") == [("e", "recognition.uncounted.category", Decimal(4))]
    assert one.not_counted[0].message == "category 'elective' does not count toward One."
    assert "It counts all activities to date, in core." in [r.message for r in one.reasons]


def test_a_category_counts_up_to_its_cap() -> None:
    """TML: categories have caps; credits beyond a cap do not count, and the excess is reported."""
    capped = program(level("one", total(5)), categories=(CORE, CAPPED))
    done = [
        credits("e1", "elective", date(2024, 1, 1), 2),
        credits("e2", "elective", date(2024, 1, 2), 2),
        credits("e3", "elective", date(2024, 1, 3), 2),
        credits("c1", "core", date(2024, 1, 4), 1),
    ]
    result = tally(MAYOR, done, capped, as_of=AS_OF)
    one = result.level("one")
    assert one.by_category == (CategoryCredits("core", Decimal(1)), CategoryCredits("elective", Decimal(3)))
    assert one.credits == 4
    assert one.status is LevelStatus.NOT_REACHED
    assert uncounted(result, "one") == [
        ("e2", "recognition.uncounted.cap", Decimal(1)),
        ("e3", "recognition.uncounted.cap", Decimal(2)),
    ]
    assert one.not_counted[0].message == "category 'elective' counts at most 3 credits toward a level."
    cap_reasons = [r for r in one.reasons if r.code == "recognition.uncounted.cap"]
    assert [r.source for r in cap_reasons] == [CAPPED.source, CAPPED.source]
    assert (
        cap_reasons[0].message
        == "e2 does not count (1 credit): category 'elective' counts at most 3 credits toward a level."
    )


def test_hours_without_a_conversion_earn_nothing_and_the_tally_says_why() -> None:
    """Torch: how hours become credits is not public; an activity in hours earns none."""
    unconverted = program(level("one", total(1)))
    done = [Activity("h", "Workshop", "core", date(2024, 1, 1), hours=Decimal(5)), academy()]
    result = tally(MAYOR, done, unconverted, as_of=AS_OF)
    assert result.level("one").credits == 0
    (why,) = result.level("one").not_counted
    assert (why.activity_id, why.code, why.credits) == ("h", "recognition.uncounted.no_conversion", None)
    assert "recorded in hours (5)" in why.message
    assert "no conversion of hours to credits configured" in why.message
    assert not any(r.code.startswith("recognition.conversion") for r in result.reasons)


def test_hours_become_credits_by_the_conversion_and_the_tally_cites_it() -> None:
    """TML: 50 minutes a CEU; the rate and the rounding have their own sources."""
    rate = Conversion(50, Decimal("0.01"), Rounding.DOWN, CONFIRMED, ASSUMED)
    converted = program(level("one", total("1.2")), conversion=rate)
    result = tally(
        MAYOR, [Activity("h", "Workshop", "core", date(2024, 1, 1), hours=Decimal(1))], converted, as_of=AS_OF
    )
    assert result.level("one").credits == Decimal("1.20")
    assert result.level("one").status is LevelStatus.REACHED
    conversion = next(r for r in result.reasons if r.code == "recognition.conversion")
    assert conversion.message == "Hours become credits at 50 minutes each, down to a multiple of 0.01."
    assert conversion.source == CONFIRMED
    rounding = next(r for r in result.reasons if r.code == "recognition.conversion.rounding")
    assert rounding.source == ASSUMED
    # One source for both: cited once.
    same = program(level("one", total(1)), conversion=Conversion(60, Decimal(1), Rounding.DOWN, ADMIN, ADMIN))
    plain = tally(MAYOR, [Activity("h", "Workshop", "core", date(2024, 1, 1), hours=Decimal(1))], same, as_of=AS_OF)
    assert "recognition.conversion" in codes(plain)
    assert "recognition.conversion.rounding" not in codes(plain)


def test_a_category_hours_requirement_counts_hours_and_credits_back_through_the_conversion() -> None:
    """TML CMO: an hour on the Open Meetings Act; a course recorded in CEUs gives its hours back (50 minutes each)."""
    hours = Requirement(R.CATEGORY_HOURS, "1 hour in core", Decimal(1), ASSUMED, category="core")
    rate = Conversion(50, Decimal("0.01"), Rounding.DOWN, ADMIN, ADMIN)
    hourly = program(level("one", hours), conversion=rate)
    in_hours = [Activity("h", "Workshop", "core", date(2024, 1, 1), hours=Decimal("1.5"))]
    assert tally(MAYOR, in_hours, hourly, as_of=AS_OF).level("one").requirements[0].counted == Decimal("1.5")
    in_credits = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), "1.2")], hourly, as_of=AS_OF)
    assert in_credits.level("one").requirements[0].counted == 1  # 1.2 CEUs of 50 minutes: 60 minutes
    assert in_credits.level("one").status is LevelStatus.REACHED
    elsewhere = tally(MAYOR, [credits("e", "elective", date(2024, 1, 1), 5)], hourly, as_of=AS_OF)
    assert elsewhere.level("one").requirements[0].counted == 0  # another category's hours do not count


def test_without_a_conversion_credits_give_no_hours() -> None:
    """No conversion configured (Torch): credits cannot be turned back into hours."""
    hours = Requirement(R.CATEGORY_HOURS, "1 hour in core", Decimal(1), ASSUMED, category="core")
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 5)], program(level("one", hours)), as_of=AS_OF)
    assert result.level("one").requirements[0].counted == 0
    assert result.level("one").requirements[0].message == "1 hour in core: 0 hours counted; 1 hour more needed."


def test_an_activities_requirement_counts_activities_of_its_kinds() -> None:
    """An activity of a named kind counts once each, whatever its credits."""
    twice = program(level("one", attended(2)))
    once = tally(MAYOR, [academy("a1")], twice, as_of=AS_OF)
    assert once.level("one").requirements[0].message == "attend the academy: 1 counted; 1 more needed."
    both = tally(MAYOR, [academy("a1"), academy("a2", date(2024, 1, 20))], twice, as_of=AS_OF)
    assert both.level("one").status is LevelStatus.REACHED
    assert both.level("one").requirements[0].counted == 2


# ------------------------------------------------------------------------------- reuse


def reuse_program(reuse: bool | None, second: int = 6) -> Program:
    """One: 4 credits with 1 in elective (capped at 3); two: ``second`` credits, after one."""
    return program(
        level("one", total(4), in_category("elective", 1)),
        level("two", total(second), prerequisite="one"),
        categories=(CORE, CAPPED),
        reuse=reuse,
        reuse_source=None if reuse is None else ADMIN,
    )


REUSE_ACTIVITIES = (
    credits("x1", "core", date(2024, 1, 1), 3),
    credits("x2", "elective", date(2024, 1, 2), 5),
    credits("x3", "core", date(2024, 1, 3), 4),
)


def test_credits_a_reached_level_needed_do_not_count_again() -> None:
    """MML: credits used for one level can't count for another.

    One counts 10 (x2's 5 capped at 3). It keeps 1 of x2 for its elective minimum, then
    3 of x1 (earliest first) for its total of 4. Two counts what is left: x2's 4 (capped
    at 3) and x3's 4, 7 credits.
    """
    result = tally(MAYOR, REUSE_ACTIVITIES, reuse_program(False), as_of=AS_OF)
    one, two = result.levels
    assert (one.status, one.credits) == (LevelStatus.REACHED, Decimal(10))
    assert uncounted(result, "one") == [("x2", "recognition.uncounted.cap", Decimal(2))]
    assert (two.status, two.credits) == (LevelStatus.REACHED, Decimal(7))
    assert two.by_category == (CategoryCredits("core", Decimal(4)), CategoryCredits("elective", Decimal(3)))
    assert uncounted(result, "two") == [
        ("x1", "recognition.uncounted.used", Decimal(3)),
        ("x2", "recognition.uncounted.used", Decimal(1)),
        ("x2", "recognition.uncounted.cap", Decimal(1)),
    ]
    used = two.not_counted[0]
    assert used.message == "3 credits of it already counted toward an earlier level, and counts once."
    used_reason = next(r for r in two.reasons if r.code == "recognition.uncounted.used")
    assert used_reason.source == ADMIN
    assert "Credits counted toward one level do not count again toward the next." in [r.message for r in result.reasons]


def test_a_level_not_reached_keeps_no_credits() -> None:
    """Only a level reached keeps its credits: after one not reached, two counts everything."""
    result = tally(MAYOR, [credits("x1", "core", date(2024, 1, 1), 4)], reuse_program(False, second=4), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.NOT_REACHED  # no elective credit
    assert result.level("two").credits == 4
    assert uncounted(result, "two") == []


def test_credits_count_again_when_the_program_says_so() -> None:
    """NLC: each level's credits include the previous level's."""
    result = tally(MAYOR, REUSE_ACTIVITIES, reuse_program(True), as_of=AS_OF)
    assert result.level("two").credits == 10
    assert uncounted(result, "two") == [("x2", "recognition.uncounted.cap", Decimal(2))]
    assert "Credits counted toward one level count again toward the next." in [r.message for r in result.reasons]


def test_reuse_not_configured_tries_both_readings() -> None:
    """Two needs 8: met if credits count again (10), not if they do not (7): not configured, undetermined."""
    result = tally(MAYOR, REUSE_ACTIVITIES, reuse_program(None, second=8), as_of=AS_OF)
    one, two = result.levels
    assert one.status is LevelStatus.REACHED  # the same under both readings
    assert two.status is LevelStatus.UNDETERMINED
    assert two.route is None
    (requirement,) = two.requirements
    assert requirement.status is Status.NOT_CONFIGURED
    # The figures are the stricter reading's; nothing is "missing" from a requirement not configured.
    assert (requirement.counted, requirement.required, requirement.missing) == (Decimal(7), Decimal(8), None)
    assert "met under one reading of the settings not configured and not under another" in requirement.message
    assert requirement.message.endswith("requirement not configured.")
    assert "recognition.setting.not_configured" in codes(result)
    used = next(r for r in two.reasons if r.code == "recognition.uncounted.used")
    assert used.source is not None
    assert used.source.title == "calcities_domain: a setting not configured"
    assert result.next_level is two


def test_reuse_not_configured_that_changes_nothing_is_determinate() -> None:
    """Two needs 6: met under both readings (7 and 10): reached."""
    result = tally(MAYOR, REUSE_ACTIVITIES, reuse_program(None, second=6), as_of=AS_OF)
    assert result.level("two").status is LevelStatus.REACHED
    assert result.level("two").requirements[0].status is Status.MET


def test_a_level_keeps_its_category_minimum_then_its_total_earliest_first() -> None:
    """One needs 2 in elective and 3 in all: it keeps e1 (2, elective), then 1 of c1, the earliest left."""
    keep = program(
        level("one", total(3), in_category("elective", 2)),
        level("two", total(5), prerequisite="one"),
        reuse=False,
    )
    done = [
        credits("c1", "core", date(2024, 1, 1), 2),
        credits("e1", "elective", date(2024, 2, 1), 2),
        credits("c2", "core", date(2024, 3, 1), 4),
    ]
    result = tally(MAYOR, done, keep, as_of=AS_OF)
    assert uncounted(result, "two") == [
        ("c1", "recognition.uncounted.used", Decimal(1)),
        ("e1", "recognition.uncounted.used", Decimal(2)),
    ]
    assert result.level("two").credits == 5
    assert result.level("two").status is LevelStatus.REACHED


def test_a_level_reached_by_an_activity_keeps_no_credits() -> None:
    """Torch: the academy satisfies Level I; it uses no credits that Level II could count."""
    routes = (Route("academy", (attended(),)),)
    by_academy = program(level("one", routes=routes), level("two", total(4), prerequisite="one"), reuse=False)
    result = tally(MAYOR, [academy(), credits("c", "core", date(2024, 1, 1), 4)], by_academy, as_of=AS_OF)
    assert result.level("one").route == "academy"
    assert result.level("two").credits == 4
    assert result.level("two").status is LevelStatus.REACHED


def split_program() -> Program:
    """Credits counted once; one needs 4 with 2 in elective, two needs 6 with 3 in elective."""
    return program(
        level("one", total(4), in_category("elective", 2)),
        level("two", total(6), in_category("elective", 3), prerequisite="one"),
        reuse=False,
    )


def test_a_level_no_split_can_reach_is_not_reached() -> None:
    """Elective credits 6: one keeps 2, two finds its 3 in what is left: reached; 4 would be too few for both."""
    enough = [credits("e1", "elective", date(2024, 1, 1), 6), credits("c1", "core", date(2024, 2, 1), 8)]
    result = tally(MAYOR, enough, split_program(), as_of=AS_OF)
    assert [lv.status for lv in result.levels] == [LevelStatus.REACHED, LevelStatus.REACHED]
    # One keeps its 2 in elective, then 2 of core (the category two does not ask for), sparing elective.
    assert uncounted(result, "two") == [
        ("e1", "recognition.uncounted.used", Decimal(2)),
        ("c1", "recognition.uncounted.used", Decimal(2)),
    ]
    little = [credits("e1", "elective", date(2024, 1, 1), 2), credits("c1", "core", date(2024, 2, 1), 2)]
    few = tally(MAYOR, little, split_program(), as_of=AS_OF)
    assert few.level("two").status is LevelStatus.NOT_REACHED  # 4 credits cannot be split to give 4 and 6


def test_a_level_whose_category_minimums_no_split_can_meet_is_not_reached() -> None:
    """Elective credits 4: one needs 2 of them and two needs 3: no split of credits counted once reaches two."""
    done = [credits("e1", "elective", date(2024, 1, 1), 4), credits("c1", "core", date(2024, 2, 1), 8)]
    result = tally(MAYOR, done, split_program(), as_of=AS_OF)
    assert result.level("two").status is LevelStatus.NOT_REACHED


def test_a_program_cites_its_caveats_in_every_tally() -> None:
    """TML: caps exist but are not published: the configuration says so in every tally."""
    caveat = Source("Caps not published", Confidence.ASSUMED, note="No cap is applied.")
    bare = Source("Another caveat", Confidence.ASSUMED)
    result = tally(MAYOR, [], program(level("one", total(1)), caveats=(caveat, bare)), as_of=AS_OF)
    caveats = [r for r in result.reasons if r.code == "recognition.caveat"]
    assert [(r.message, r.source) for r in caveats] == [("No cap is applied.", caveat), ("Another caveat", bare)]
    assert caveat in result.assumptions()


# ------------------------------------------------------------------------------- repeats


def repeats_program(repeats: bool | None) -> Program:
    return program(level("one", total(4)), repeats_count=repeats, repeats_source=None if repeats is None else ADMIN)


ETHICS_TWICE = (
    credits("e1", "core", date(2024, 1, 1), 2, course="ethics"),
    credits("e2", "core", date(2024, 3, 1), 2, course="ethics"),
)


def test_a_repeated_course_counts_once_unless_repeats_count() -> None:
    """MML: repeat classes count; other programs count a course once: a setting."""
    once = tally(MAYOR, ETHICS_TWICE, repeats_program(False), as_of=AS_OF)
    assert once.level("one").credits == 2
    assert once.level("one").status is LevelStatus.NOT_REACHED
    assert uncounted(once, "one") == [("e2", "recognition.uncounted.repeat", Decimal(2))]
    assert once.level("one").not_counted[0].message == "course 'ethics' was taken before; a repeat counts once."
    repeat = next(r for r in once.level("one").reasons if r.code == "recognition.uncounted.repeat")
    assert repeat.source == ADMIN
    assert "A course taken again counts once." in [r.message for r in once.reasons]
    again = tally(MAYOR, ETHICS_TWICE, repeats_program(True), as_of=AS_OF)
    assert again.level("one").credits == 4
    assert again.level("one").status is LevelStatus.REACHED
    assert "A course taken again counts again." in [r.message for r in again.reasons]


def test_repeats_not_configured_make_a_level_undetermined_when_they_matter() -> None:
    """NLC and TML do not say whether a repeat counts: both readings are tried."""
    result = tally(MAYOR, ETHICS_TWICE, repeats_program(None), as_of=AS_OF)
    one = result.level("one")
    assert one.status is LevelStatus.UNDETERMINED
    assert one.requirements[0].status is Status.NOT_CONFIGURED
    assert one.credits == 2  # the stricter reading: a repeat once
    repeat = next(r for r in one.reasons if r.code == "recognition.uncounted.repeat")
    assert repeat.source is not None
    assert repeat.source.confidence is Confidence.ASSUMED


def test_a_repeat_that_earned_nothing_does_not_block_the_next() -> None:
    """A course first recorded in hours without a conversion earned nothing: the copy that earns counts."""
    done = (
        Activity("e1", "Ethics", "core", date(2024, 1, 1), hours=Decimal(2), course="ethics"),
        credits("e2", "core", date(2024, 3, 1), 4, course="ethics"),
    )
    result = tally(MAYOR, done, repeats_program(False), as_of=AS_OF)
    assert result.level("one").credits == 4
    assert uncounted(result, "one") == [("e1", "recognition.uncounted.no_conversion", None)]


def test_different_courses_and_activities_without_a_course_all_count() -> None:
    """Only a course taken again is a repeat: other courses, and activities without a course, all count."""
    done = (
        credits("e1", "core", date(2024, 1, 1), 2, course="ethics"),
        credits("b1", "core", date(2024, 2, 1), 1, course="budget"),
        credits("s1", "core", date(2024, 3, 1), 1),
        credits("s2", "core", date(2024, 3, 2), 1),
    )
    assert tally(MAYOR, done, repeats_program(False), as_of=AS_OF).level("one").credits == 5


# ------------------------------------------------------------------------------- routes and prerequisites


TWO_ROUTES = program(level("one", routes=(Route("credits", (total(10),)), Route("academy", (attended(),)))))


def test_routes_are_alternatives() -> None:
    """Torch Level I: the academy satisfies it, whatever the credits."""
    by_academy = tally(MAYOR, [academy()], TWO_ROUTES, as_of=AS_OF)
    assert by_academy.level("one").status is LevelStatus.REACHED
    assert by_academy.level("one").route == "academy"
    by_credits = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 10)], TWO_ROUTES, as_of=AS_OF)
    assert by_credits.level("one").route == "credits"
    both = tally(MAYOR, [academy(), credits("c", "core", date(2024, 1, 1), 10)], TWO_ROUTES, as_of=AS_OF)
    assert both.level("one").route == "academy"  # of the routes met, the one asking fewest credits
    neither = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 9)], TWO_ROUTES, as_of=AS_OF)
    assert neither.level("one").status is LevelStatus.NOT_REACHED
    assert [r.route for r in neither.level("one").missing()] == ["credits", "academy"]


def test_a_route_not_configured_keeps_the_level_undetermined() -> None:
    """Torch Level I without the academy: the other route is not public, so the level is undetermined."""
    other = program(level("one", routes=(Route("academy", (attended(),)), Route("other", (total(None),)))))
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 50)], other, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.UNDETERMINED
    assert [r.status for r in result.level("one").requirements] == [Status.NOT_MET, Status.NOT_CONFIGURED]


def test_a_route_with_a_requirement_not_met_fails_whatever_else_it_asks() -> None:
    """A route is met when every requirement is: one not met fails it, even beside one not configured."""
    mixed = program(level("one", total(10), total(None)))
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 9)], mixed, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.NOT_REACHED
    met = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 10)], mixed, as_of=AS_OF)
    assert met.level("one").status is LevelStatus.UNDETERMINED


#: One by the academy; two by 5 credits, all in core, after one.
LADDER = program(
    level("one", routes=(Route("academy", (attended(),)),)),
    level("two", total(5), in_category("core", 5), prerequisite="one"),
)
TWO_AFTER_ONE = program(level("one", total(10)), level("two", total(20), prerequisite="one"))


def test_a_level_after_one_not_reached_is_not_reached() -> None:
    """Torch: three sequential levels; a level comes after its prerequisite."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 9)], LADDER, as_of=AS_OF)
    two = result.level("two")
    assert all(r.status is Status.MET for r in two.requirements)  # its own requirements are met
    assert two.status is LevelStatus.NOT_REACHED
    prerequisite = next(r for r in two.reasons if r.code == "recognition.prerequisite")
    assert prerequisite.effect is Effect.FAIL
    assert prerequisite.message == "Two comes after One, which is not reached."


def test_a_level_after_one_undetermined_is_undetermined_unless_it_fails_anyway() -> None:
    """A level after one undetermined is undetermined if its own route is met, not reached if every route fails."""
    unknown_first = program(level("one", total(None)), level("two", total(5), prerequisite="one"))
    met = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 5)], unknown_first, as_of=AS_OF)
    assert met.level("two").status is LevelStatus.UNDETERMINED
    prerequisite = next(r for r in met.level("two").reasons if r.code == "recognition.prerequisite")
    assert (prerequisite.effect, prerequisite.message) == (Effect.INFO, "Two comes after One, which is undetermined.")
    short = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 4)], unknown_first, as_of=AS_OF)
    assert short.level("two").status is LevelStatus.NOT_REACHED


def test_a_level_after_one_reached_says_so() -> None:
    """Both levels reached: the highest is the last, and nothing is missing."""
    result = tally(MAYOR, [academy(), credits("c", "core", date(2024, 1, 1), 5)], LADDER, as_of=AS_OF)
    assert [lv.status for lv in result.levels] == [LevelStatus.REACHED, LevelStatus.REACHED]
    prerequisite = next(r for r in result.level("two").reasons if r.code == "recognition.prerequisite")
    assert prerequisite.effect is Effect.PASS
    assert result.highest is result.level("two")
    assert result.next_level is None
    assert result.missing() == "Every level is reached."


# ------------------------------------------------------------------------------- maintenance and awards


def kept_program() -> Program:
    """NLC Diamond, in small: reached with 4 credits, kept with 2 in the last year."""
    return program(
        level(
            "one",
            total(4),
            maintenance=Maintenance(Decimal(2), 1, CONFIRMED),
            categories=("core",),
            awards=(Award(AwardKind.PIN, "lapel pin", CONFIRMED),),
        )
    )


def test_maintenance_is_kept_with_enough_credits_in_the_last_year() -> None:
    """The last year up to 30 June 2024 starts on 1 July 2023: an activity on that day counts."""
    done = [credits("old", "core", date(2020, 1, 1), 4), credits("recent", "core", date(2023, 7, 1), 2)]
    result = tally(MAYOR, done, kept_program(), as_of=date(2024, 6, 30))
    one = result.level("one")
    assert one.status is LevelStatus.REACHED
    assert one.kept is True
    maintenance = next(r for r in one.reasons if r.code == "recognition.maintenance")
    assert maintenance.effect is Effect.PASS
    assert maintenance.source == CONFIRMED
    assert "2 credits in the last 1 year; 2 credits counted (2023-07-01 to 2024-06-30): kept." in maintenance.message
    assert "recognition.award" in [r.code for r in one.reasons]
    assert one.awards == (Award(AwardKind.PIN, "lapel pin", CONFIRMED),)


def test_maintenance_is_not_kept_without_credits_in_the_last_year() -> None:
    """A day earlier the activity falls a day short of the year; elective credits do not count either."""
    done = [
        credits("old", "core", date(2020, 1, 1), 4),
        credits("recent", "core", date(2023, 6, 30), 2),
        credits("other", "elective", date(2024, 1, 1), 2),
    ]
    result = tally(MAYOR, done, kept_program(), as_of=date(2024, 6, 30))
    one = result.level("one")
    assert one.status is LevelStatus.REACHED
    assert one.kept is False
    maintenance = next(r for r in one.reasons if r.code == "recognition.maintenance")
    assert maintenance.effect is Effect.FAIL
    assert maintenance.fact("counted") == "0"


def test_maintenance_counts_as_its_level_does() -> None:
    """A course taken again counts once for maintenance too (repeats once), and only the level's categories."""
    done = [
        credits("old", "core", date(2020, 1, 1), 4, course="budget"),
        credits("again", "core", date(2024, 1, 1), 2, course="budget"),
    ]
    result = tally(MAYOR, done, kept_program(), as_of=date(2024, 6, 30))
    assert result.level("one").kept is True  # the first "budget" is outside the last year: the repeat counts
    twice = [*done, credits("thrice", "core", date(2024, 2, 1), 2, course="budget")]
    again = tally(MAYOR, twice, kept_program(), as_of=date(2024, 6, 30))
    maintenance = next(r for r in again.level("one").reasons if r.code == "recognition.maintenance")
    assert maintenance.fact("counted") == "2"  # not 4: within the year, the course counts once


def test_maintenance_and_awards_apply_only_to_a_level_reached() -> None:
    """Maintenance keeps a level reached: for a level not reached (or without a rule) it is None."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 3)], kept_program(), as_of=AS_OF)
    one = result.level("one")
    assert one.kept is None
    assert not any(r.code in ("recognition.maintenance", "recognition.award") for r in one.reasons)
    assert tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 4)], ONE, as_of=AS_OF).level("one").kept is None


# ------------------------------------------------------------------------------- eligibility


def test_a_program_for_anyone_takes_anyone() -> None:
    """Audience.ANYONE: no condition, even for city staff."""
    result = tally(CLERK, [credits("c", "core", date(2024, 1, 1), 10)], ONE, as_of=AS_OF)
    assert result.eligible is True
    assert codes(result)[0] == "recognition.eligibility.anyone"
    assert result.level("one").status is LevelStatus.REACHED


ELECTED = program(level("one", total(10)), audience=Audience.ELECTED_OFFICIALS)


def test_a_program_for_elected_officials_takes_a_mayor() -> None:
    """NLC and TML: for elected officials."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 10)], ELECTED, as_of=AS_OF)
    assert result.eligible is True
    eligibility = result.reasons[0]
    assert (eligibility.code, eligibility.effect) == ("recognition.eligibility.elected", Effect.PASS)
    assert "office (mayor) is held by election" in eligibility.message


def test_an_official_not_elected_reaches_no_level_whatever_the_credits() -> None:
    """NLC and TML are for elected officials: an appointed clerk reaches no level."""
    result = tally(APPOINTED_CLERK, [credits("c", "core", date(2024, 1, 1), 10)], ELECTED, as_of=AS_OF)
    assert result.eligible is False
    assert result.reasons[0].effect is Effect.FAIL
    assert "office (city clerk) is not held by election" in result.reasons[0].message
    one = result.level("one")
    assert one.status is LevelStatus.NOT_REACHED
    assert one.route is None
    assert one.requirements[0].status is Status.MET  # the credits are there; the official may not take part
    assert "recognition.not_eligible" in [r.code for r in one.reasons]
    assert result.highest is None


def test_what_is_missing_for_an_official_who_may_not_take_part_says_so() -> None:
    """What is missing for an official who may not take part is the eligibility, not a requirement."""
    result = tally(APPOINTED_CLERK, [credits("c", "core", date(2024, 1, 1), 10)], ELECTED, as_of=AS_OF)
    assert "may not take part" in result.missing()


TORCH_LIKE = program(level("one", total(1)), audience=Audience.MAYORS_AND_COUNCIL_MEMBERS_OF_MEMBER_CITIES)
ONE_CREDIT = (credits("c", "core", date(2024, 1, 1), 1),)


def test_a_mayor_of_a_member_city_may_take_part() -> None:
    """Torch: mayors and council members of member cities, as membership decides."""
    result = tally(MAYOR, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF, roll=ROLL)
    assert result.eligible is True
    assert "membership.torch.member_city" in codes(result)
    assert result.level("one").status is LevelStatus.REACHED


def test_a_council_member_of_a_city_that_is_not_a_member_may_not() -> None:
    """Torch [inferred from the audience]: the officials of member cities only."""
    result = tally(ORANGE_COUNCIL, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF, roll=ROLL)
    assert result.eligible is False
    city = next(r for r in result.reasons if r.code == "membership.torch.member_city")
    assert city.effect is Effect.FAIL
    assert result.level("one").status is LevelStatus.NOT_REACHED


def test_without_a_roll_membership_is_not_checked() -> None:
    """No roll: whether the city is a member is not known, so a level whose requirements are met is undetermined."""
    result = tally(ORANGE_COUNCIL, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF)
    assert result.eligible is None
    no_roll = result.reasons[0]
    assert no_roll.code == "recognition.eligibility.no_roll"
    assert no_roll.effect is Effect.INFO
    assert "whether Orange is a member in good standing was not checked" in no_roll.message
    assert no_roll.source is not None
    assert not no_roll.source.is_confirmed
    one = result.level("one")
    assert one.status is LevelStatus.UNDETERMINED
    assert one.requirements[0].status is Status.MET
    assert "recognition.eligibility_unknown" in [r.code for r in one.reasons]
    # A level not reached anyway is not reached, whoever takes part.
    short = tally(ORANGE_COUNCIL, [], TORCH_LIKE, as_of=AS_OF)
    assert short.level("one").status is LevelStatus.NOT_REACHED
    assert "recognition.eligibility_unknown" not in [r.code for r in short.level("one").reasons]


def test_a_former_official_is_judged_on_the_last_day_in_office() -> None:
    """What was earned in office stays earned: a council member whose term ended is checked on its last day."""
    former = Official("Cy Lee", "Danville", Office.COUNCIL_MEMBER, True, date(2016, 12, 6), date(2020, 12, 1))
    result = tally(former, [credits("c", "core", date(2019, 1, 1), 1)], TORCH_LIKE, as_of=AS_OF, roll=ROLL)
    assert result.eligible is True
    assert result.level("one").status is LevelStatus.REACHED


def test_city_staff_may_not_take_part_even_without_a_roll() -> None:
    """Torch is for mayors and council members: a city clerk may not, whatever the city."""
    result = tally(CLERK, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF)
    assert result.eligible is False
    assert result.reasons[0].code == "recognition.eligibility.office"
    assert result.reasons[0].message == "Example program is for mayors and council members; Lee Park is a city clerk."
    with_roll = tally(CLERK, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF, roll=ROLL)
    assert with_roll.eligible is False


def test_a_city_missing_from_the_roll_is_an_input_error() -> None:
    """A misspelt city would otherwise read as a non-member (membership's rule)."""
    stranger = Official("Al Moss", "Atlantis", Office.MAYOR, True, date(2020, 1, 1))
    with pytest.raises(InputError) as info:
        tally(stranger, ONE_CREDIT, TORCH_LIKE, as_of=AS_OF, roll=ROLL)
    assert paths(info) == ["official.city"]


def test_a_roll_that_is_not_a_roll_is_an_input_error_for_every_program() -> None:
    """tally: "InputError: naming every problem: ... bad arguments"."""
    with pytest.raises(InputError) as info:
        tally(MAYOR, ONE_CREDIT, ELECTED, as_of=AS_OF, roll="Danville")  # type: ignore[arg-type]
    assert paths(info) == ["roll"]


# ------------------------------------------------------------------------------- bad input


def test_bad_arguments_are_named_all_at_once() -> None:
    """tally: an InputError naming every bad argument (a datetime is not a day)."""
    with pytest.raises(InputError) as info:
        tally("Ana Ruiz", 5, "example", as_of=datetime(2024, 1, 1, 9))  # type: ignore[arg-type]
    assert paths(info) == ["official", "program", "as_of", "activities"]


def test_activities_may_be_any_iterable_read_once() -> None:
    """Activities may come from a generator: they are read once."""
    result = tally(MAYOR, (a for a in ONE_CREDIT), program(level("one", total(1))), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED


# ------------------------------------------------------------------------------- the tally's helpers


def test_level_refuses_a_code_the_program_does_not_have() -> None:
    """Tally.level: an unknown code is an InputError naming the levels."""
    result = tally(MAYOR, [], LADDER, as_of=AS_OF)
    with pytest.raises(InputError) as info:
        result.level("three")
    assert paths(info) == ["level"]
    assert "'three' is not a level of program 'example' (its levels: one, two)" in str(info.value)


def test_missing_names_what_the_next_level_lacks() -> None:
    """Tally.missing: the next level not reached, and each requirement it lacks in words."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 7)], TWO_AFTER_ONE, as_of=AS_OF)
    assert result.next_level is result.level("one")
    assert result.missing() == "For One (not reached):\n  - 10 credits: 7 credits counted; 3 credits more needed."


def test_missing_names_a_prerequisite_not_reached() -> None:
    """A level whose own requirements are met but whose prerequisite is not: the prerequisite is named."""
    first_undetermined = program(level("one", total(None)), level("two", total(5), prerequisite="one"))
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 5)], first_undetermined, as_of=AS_OF)
    assert result.missing().startswith("For One (undetermined):\n  - credits (not public): requirement not configured")
    reached_first = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 10)], TWO_AFTER_ONE, as_of=AS_OF)
    assert reached_first.missing() == (
        "For Two (not reached):\n  - 20 credits: 10 credits counted; 10 credits more needed."
    )


def test_one_credit_is_written_in_the_singular() -> None:
    """Messages read as sentences: "1 credit", "1 CEU", "1 hour"; other amounts plural, "1.5 credits"."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 9)], ONE, as_of=AS_OF)
    assert result.level("one").requirements[0].message == "10 credits: 9 credits counted; 1 credit more needed."
    half = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), "8.5")], ONE, as_of=AS_OF)
    assert half.level("one").requirements[0].message == "10 credits: 8.5 credits counted; 1.5 credits more needed."
    ceus = attrs.evolve(ONE, unit="CEUs")
    one_short = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 9)], ceus, as_of=AS_OF)
    assert one_short.level("one").requirements[0].message == "10 credits: 9 CEUs counted; 1 CEU more needed."


def test_decision_answers_whether_a_level_is_reached() -> None:
    """The outcome is True, False, or None (undetermined), with the eligibility and the level's reasons."""
    mixed = program(
        level("one", total(10)),
        level("two", total(20), prerequisite="one"),
        level("three", total(None), prerequisite="two"),
    )
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 20)], mixed, as_of=AS_OF)
    reached = result.decision("one")
    assert isinstance(reached, Decision)
    assert reached.outcome is True
    assert reached.question == "Has Ana Ruiz reached One as of 2024-12-31?"
    assert reached.reasons[0].code == "recognition.eligibility.anyone"
    assert "recognition.level.reached" in reached.codes
    assert result.decision("three").outcome is None
    short = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 15)], mixed, as_of=AS_OF)
    assert short.decision("two").outcome is False
    assert "recognition.level.not_reached" in short.decision("two").codes
    assert short.highest is short.level("one")
    assert short.next_level is short.level("two")


def test_explain_lists_sources_and_the_assumptions_among_them() -> None:
    """An unconfirmed source is listed under Assumptions, with its note."""
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 10)], ONE, as_of=AS_OF)
    text = result.explain()
    assert text.startswith("Ana Ruiz: example as of 2024-12-31\n")
    assert "One: reached" in text
    assert "  [pass] [credits] 10 credits: 10 credits counted, met.  (recognition.requirement.met)" in text
    assert "Sources:" in text
    assert "Assumptions (not confirmed by a primary source; check before relying on them):" in text
    assert "  - Example program rules [assumed]" in text
    assert ASSUMED in result.assumptions()
    assert CONFIRMED not in result.assumptions()
    assert "Every level is reached." in text


def test_explain_has_no_assumptions_when_every_source_is_confirmed() -> None:
    """With every source confirmed and every setting configured, nothing is listed as an assumption."""
    confirmed = Program(
        "confirmed",
        "Confirmed program",
        "Example league",
        CONFIRMED,
        (CORE,),
        (
            Level(
                "one",
                "One",
                (Route("credits", (total(1, CONFIRMED),)),),
                Window(WindowKind.LIFETIME, CONFIRMED),
                CONFIRMED,
            ),
        ),
        Audience.ANYONE,
        CONFIRMED,
        reuse=True,
        reuse_source=CONFIRMED,
        repeats_count=True,
        repeats_source=CONFIRMED,
    )
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 1)], confirmed, as_of=AS_OF)
    assert result.assumptions() == ()
    assert result.sources() == (CONFIRMED,)
    assert "Assumptions" not in result.explain()


def test_to_rows_gives_one_plain_dict_per_requirement() -> None:
    """Tally.to_rows: one plain dict per requirement of every level, for a data frame."""
    result = tally(MAYOR, [academy(), credits("c", "core", date(2024, 1, 1), 4)], LADDER, as_of=AS_OF)
    rows = result.to_rows()
    assert [(row["level"], row["requirement"]) for row in rows] == [
        ("one", "attend the academy"),
        ("two", "5 credits"),
        ("two", "5 in core"),
    ]
    assert rows[0] == {
        "program": "example",
        "person": "Ana Ruiz",
        "as_of": AS_OF,
        "level": "one",
        "level_status": "reached",
        "route": "academy",
        "requirement": "attend the academy",
        "status": "met",
        "counted": Decimal(1),
        "required": Decimal(1),
        "missing": Decimal(0),
    }
    assert (rows[1]["level_status"], rows[1]["status"], rows[1]["missing"]) == ("not_reached", "not_met", Decimal(1))
    assert all(type(value) in (str, date, Decimal, type(None)) for row in rows for value in row.values())


# ------------------------------------------------------------------------------- recognition_year


DEADLINES = program(
    level("one", total(1)),
    submission_deadlines=(
        SubmissionDeadline(2019, date(2019, 9, 16), CONFIRMED, ceremony=date(2019, 10, 16)),
        SubmissionDeadline(2014, date(2014, 7, 25), CONFIRMED),
    ),
)


def test_a_submission_on_the_deadline_counts_for_that_year() -> None:
    """The deadline is the last day (inclusive)."""
    decision = recognition_year(DEADLINES, date(2019, 9, 16))
    assert decision.outcome == 2019
    (reason,) = decision.reasons
    assert (reason.code, reason.effect, reason.source) == ("recognition.submission.in_time", Effect.PASS, CONFIRMED)
    assert (
        reason.message == "Submitted on 2019-09-16, by the 2019 deadline of 2019-09-16, for recognition on 2019-10-16."
    )
    early = recognition_year(DEADLINES, date(2014, 1, 2))
    assert early.outcome == 2014
    assert early.reasons[0].message == "Submitted on 2014-01-02, by the 2014 deadline of 2014-07-25."


def test_a_submission_the_day_after_rolls_to_the_next_year() -> None:
    """Torch notes 1.2: a late submission presumably rolls to the next year [inferred]."""
    decision = recognition_year(DEADLINES, date(2019, 9, 17))
    assert decision.outcome == 2020
    assert decision.codes == ("recognition.submission.late", "recognition.submission.rolls_over")
    late, rolls = decision.reasons
    assert late.effect is Effect.FAIL
    assert rolls.source is not None
    assert rolls.source.confidence is Confidence.INFERRED
    assert rolls.message == "A late submission counts for the next year's recognition: 2020."


def test_a_year_without_a_deadline_is_not_configured() -> None:
    """Torch notes 1.2: each year's deadline is set that year; a year not configured has no answer."""
    decision = recognition_year(DEADLINES, date(2018, 9, 1))
    assert decision.outcome is None
    assert decision.codes == ("recognition.submission.not_configured",)
    assert "(years configured: 2019, 2014)" in decision.reasons[0].message
    none = recognition_year(ONE, date(2019, 9, 1))
    assert none.outcome is None
    assert "(years configured: none)" in none.reasons[0].message


def test_recognition_year_names_every_bad_argument() -> None:
    """recognition_year: every bad argument named at once."""
    with pytest.raises(InputError) as info:
        recognition_year("torch", datetime(2019, 9, 16, 12))  # type: ignore[arg-type]
    assert paths(info) == ["program", "submitted_on"]
    with pytest.raises(InputError) as info:
        recognition_year(DEADLINES, "2019-09-16")  # type: ignore[arg-type]
    assert paths(info) == ["submitted_on"]


# ------------------------------------------------------------------------------- the result models


def test_result_models_check_their_fields() -> None:
    """A tally's parts are checked like every model: figures are finite Decimals, codes are codes."""
    with pytest.raises(InputError) as info:
        CategoryCredits("Core", 1.5)  # type: ignore[arg-type]
    assert paths(info) == ["category", "credits"]
    with pytest.raises(InputError) as info:
        Uncounted("a1", None, "window", " ", Decimal("NaN"))
    assert paths(info) == ["message", "credits"]
    with pytest.raises(InputError) as info:
        RequirementResult(
            "one",
            "credits",
            "10 credits",
            R.TOTAL_CREDITS,
            "met",  # type: ignore[arg-type]
            Decimal(1),
            None,
            Decimal("Infinity"),
            "ok",
        )
    assert paths(info) == ["status", "missing"]
    assert Uncounted("a1", None, "recognition.uncounted.after", "later", None).level is None


def test_a_tally_built_by_hand_without_reasons_explains_itself_without_sources() -> None:
    """Tally is a plain model: one with nothing in it still explains itself, with no sources to list."""
    empty = Tally("example", "Ana Ruiz", AS_OF, None, (), ())
    assert empty.explain() == "Ana Ruiz: example as of 2024-12-31\nEvery level is reached."
    assert empty.sources() == ()
    assert empty.highest is None
    assert empty.next_level is None


def test_with_credits_counted_once_no_route_helping_the_next_level_keeps_the_cheapest() -> None:
    """Credits counted once: when no route met leaves the next level reached, the level keeps the one asking least.

    Level one is met by "small" (2 credits) and "big" (3); level two asks 100, which no
    split reaches: level one keeps 2 credits, by "small", and level two is not reached.
    """
    one = level("one", routes=(Route("big", (total(3),)), Route("small", (total(2),))))
    two = level("two", total(100), prerequisite="one")
    result = tally(MAYOR, [credits("c1", "core", date(2024, 3, 1), 5)], program(one, two, reuse=False), as_of=AS_OF)
    assert result.level("one").route == "small"
    assert result.level("two").status is LevelStatus.NOT_REACHED
    assert result.level("two").credits == Decimal(3)
    assert [u.code for u in result.level("two").not_counted] == ["recognition.uncounted.used"]
