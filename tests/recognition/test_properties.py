"""Properties of tallies over drawn programs and activities.

The programs are :func:`calcities_domain.testing.strategies.programs`: the library's three
(with their settings or others) and made-up ones; the activities, officials and days are
:func:`~calcities_domain.testing.strategies.tally_inputs`.

Adding an activity never lowers a tally when credits count again and repeats count (or
no activity names a course). With other settings it can, by the rules, and the
properties are restricted accordingly: with credits counted once, a level reached is
never made NOT_REACHED, though credits may move; the examples at the end show how.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, Source
from calcities_domain.organization import Office, Official
from calcities_domain.recognition import (
    TML_INSTITUTE,
    Activity,
    ActivityKind,
    Audience,
    Category,
    Level,
    LevelResult,
    LevelStatus,
    Program,
    Requirement,
    RequirementKind,
    Route,
    Status,
    Tally,
    Window,
    WindowKind,
    recognition_year,
    tally,
)
from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst

Inputs = tuple[Official, tuple[Activity, ...], Program, date]

ADMIN = Source("Program administrator", Confidence.ASSUMED)
#: How far a level's status stands from being reached.
RANK = {LevelStatus.NOT_REACHED: 0, LevelStatus.UNDETERMINED: 1, LevelStatus.REACHED: 2}


def run(inputs: Inputs, activities: tuple[Activity, ...] | None = None) -> Tally:
    official, done, program, as_of = inputs
    return tally(official, done if activities is None else activities, program, as_of=as_of)


def earned(activity: Activity, program: Program) -> Decimal:
    """The credits an activity earns: its credits, or its hours converted (none without a conversion)."""
    if activity.credits is not None:
        return activity.credits
    if activity.hours is not None and program.conversion is not None:
        return program.conversion.credits(activity.hours)
    return Decimal(0)


def counted_by(level: Level, activity: Activity, official: Official, as_of: date) -> bool:
    """Whether ``activity`` is in ``level``'s window, on or before the day, in a category it counts."""
    span = level.window.span(as_of, official)
    in_category = level.categories is None or activity.category in level.categories
    return span is not None and activity.on <= as_of and activity.on in span and in_category


def requirements_of(level: Level) -> list[Requirement]:
    """The requirements of every route of ``level``, in the order a tally lists their results."""
    return [requirement for route in level.routes for requirement in route.requirements]


# Programs in which credits count again (or could: thresholds never decrease along them).
credits_count_again = cst.programs().filter(lambda p: p.reuse is not False)


# ------------------------------------------------------------------------------- order


@given(cst.tally_inputs(), st.data())
def test_the_order_of_activities_never_matters(inputs: Inputs, data: st.DataObject) -> None:
    """A tally is the same whatever the order the activities are given in."""
    shuffled = tuple(data.draw(st.permutations(inputs[1])))
    assert run(inputs, shuffled) == run(inputs)


# ------------------------------------------------------------------------------- levels


@given(cst.tally_inputs())
def test_a_level_is_reached_only_after_its_prerequisite(inputs: Inputs) -> None:
    """No level is REACHED unless its prerequisite is REACHED."""
    program = inputs[2]
    result = run(inputs)
    for level, found in zip(program.levels, result.levels, strict=True):
        assert found.code == level.code
        if found.status is LevelStatus.REACHED and level.prerequisite is not None:
            assert result.level(level.prerequisite).status is LevelStatus.REACHED


@given(cst.tally_inputs())
def test_a_level_reached_has_a_route_whose_every_requirement_is_met(inputs: Inputs) -> None:
    """A REACHED level names its route, every requirement of which is MET; other levels name none."""
    result = run(inputs)
    for found in result.levels:
        if found.status is LevelStatus.REACHED:
            assert found.route is not None
            assert all(r.status is Status.MET for r in found.requirements if r.route == found.route)
        else:
            assert found.route is None


@given(cst.tally_inputs())
def test_no_level_is_reached_by_an_official_who_may_not_take_part(inputs: Inputs) -> None:
    """When the official may not take part, no level is REACHED; when that is unknown, none is either."""
    result = run(inputs)
    if result.eligible is not True:
        assert all(found.status is not LevelStatus.REACHED for found in result.levels)


# ------------------------------------------------------------------------------- credits


@given(cst.tally_inputs())
def test_credits_counted_never_exceed_what_the_window_earns(inputs: Inputs) -> None:
    """A level counts no more credits than its window's activities earn, in its categories, on or before the day.

    Each category counts no more than it earns, nor more than its cap.
    """
    official, done, program, as_of = inputs
    result = run(inputs)
    for level, found in zip(program.levels, result.levels, strict=True):
        window = [a for a in done if counted_by(level, a, official, as_of)]
        assert found.credits <= sum((earned(a, program) for a in window), Decimal(0))
        assert found.credits == sum((c.credits for c in found.by_category), Decimal(0))
        for share in found.by_category:
            assert share.credits <= sum(
                (earned(a, program) for a in window if a.category == share.category), Decimal(0)
            )
            category = program.category(share.category)
            assert category is not None
            assert category.cap is None or share.credits <= category.cap


@given(cst.tally_inputs())
def test_counts_and_what_is_missing_are_never_negative(inputs: Inputs) -> None:
    """Counted credits, hours and activities are never negative, nor is what is missing.

    A MET requirement misses nothing; a NOT_MET one misses exactly what it asks beyond what
    is counted; one NOT_CONFIGURED gives no figure for what is missing.
    """
    result = run(inputs)
    for found in result.levels:
        assert found.credits >= 0
        assert all(share.credits > 0 for share in found.by_category)
        assert all(u.credits is None or u.credits >= 0 for u in found.not_counted)
        for requirement in found.requirements:
            assert requirement.counted >= 0
            assert requirement.missing is None or requirement.missing >= 0
            if requirement.status is Status.MET:
                assert requirement.missing == 0
                assert requirement.required is not None
                assert requirement.counted >= requirement.required
            elif requirement.status is Status.NOT_MET:
                assert requirement.required is not None
                assert requirement.missing == requirement.required - requirement.counted > 0
            else:
                assert requirement.missing is None


# ------------------------------------------------------------------------------- adding an activity


def _added(data: st.DataObject, inputs: Inputs) -> Activity:
    """One more activity of the program, of an identifier not yet used, around the day."""
    _, done, program, as_of = inputs
    ids = {a.activity_id for a in done}
    new_id = "added"
    while new_id in ids:
        new_id += "+"
    first, last = as_of - timedelta(days=4 * 366), as_of + timedelta(days=60)
    return data.draw(cst.activities(program, first, last, activity_id=new_id), label="added")


@given(credits_count_again.flatmap(cst.tally_inputs), st.booleans(), st.data())
def test_adding_an_activity_never_lowers_a_tally(inputs: Inputs, repeats: bool, data: st.DataObject) -> None:
    """When credits count again and repeats count (or no activity names a course), more activities never lower a tally.

    Adding an activity never moves a level away from REACHED (NOT_REACHED, UNDETERMINED,
    REACHED, in that order), never turns a MET requirement into anything else, and never
    lowers a level's credits or a requirement's count.
    """
    official, done, program, as_of = inputs
    program = attrs.evolve(program, reuse=True, reuse_source=ADMIN)
    if repeats:
        program = attrs.evolve(program, repeats_count=True, repeats_source=ADMIN)
    else:
        done = tuple(attrs.evolve(a, course=None) for a in done)
    more = _added(data, (official, done, program, as_of))
    if not repeats:
        more = attrs.evolve(more, course=None)
    before = tally(official, done, program, as_of=as_of)
    after = tally(official, (*done, more), program, as_of=as_of)
    for old, new in zip(before.levels, after.levels, strict=True):
        assert RANK[new.status] >= RANK[old.status]
        assert new.credits >= old.credits
        for was, now in zip(old.requirements, new.requirements, strict=True):
            assert now.counted >= was.counted
            assert was.status is not Status.MET or now.status is Status.MET


@given(cst.tally_inputs(), st.booleans(), st.data())
def test_with_credits_counted_once_adding_an_activity_never_makes_a_level_reached_not_reached(
    inputs: Inputs, repeats: bool, data: st.DataObject
) -> None:
    """When credits count once, more activities may lower a level's credits, but never make a REACHED level NOT_REACHED.

    The split of the credits that reached it still does (repeats counting, or no course
    named); the tally finds it, or, not sure to, reports the level UNDETERMINED.
    """
    official, done, program, as_of = inputs
    program = attrs.evolve(program, reuse=False, reuse_source=ADMIN)
    if repeats:
        program = attrs.evolve(program, repeats_count=True, repeats_source=ADMIN)
    else:
        done = tuple(attrs.evolve(a, course=None) for a in done)
    more = _added(data, (official, done, program, as_of))
    if not repeats:
        more = attrs.evolve(more, course=None)
    before = tally(official, done, program, as_of=as_of)
    after = tally(official, (*done, more), program, as_of=as_of)
    for old, new in zip(before.levels, after.levels, strict=True):
        assert old.status is not LevelStatus.REACHED or new.status is not LevelStatus.NOT_REACHED


# ------------------------------------------------------------------------------- round trips


@given(cst.programs())
def test_a_program_round_trips_through_json(program: Program) -> None:
    """structure(unstructure(program), Program) == program, and through JSON text too."""
    assert structure(unstructure(program), Program) == program
    assert from_json(to_json(program), Program) == program


@given(cst.tallies())
def test_a_tally_round_trips_through_json(result: Tally) -> None:
    """structure(unstructure(tally), Tally) == tally, and through JSON text too."""
    assert structure(unstructure(result), Tally) == result
    assert from_json(to_json(result), Tally) == result


# ------------------------------------------------------------------------------- not configured


@given(cst.tally_inputs())
def test_a_requirement_without_a_minimum_is_not_configured(inputs: Inputs) -> None:
    """A requirement whose minimum is None is always reported NOT_CONFIGURED; each result gives its minimum."""
    program = inputs[2]
    result = run(inputs)
    for level, found in zip(program.levels, result.levels, strict=True):
        asked = requirements_of(level)
        assert len(asked) == len(found.requirements)
        for requirement, got in zip(asked, found.requirements, strict=True):
            assert got.required == requirement.minimum
            assert got.kind is requirement.kind
            if requirement.minimum is None:
                assert got.status is Status.NOT_CONFIGURED


def _undetermined_because(level: LevelResult) -> set[str]:
    codes = {"recognition.split", "recognition.eligibility_unknown"}
    return {r.code for r in level.reasons} & codes


@given(cst.programs(configured=True).flatmap(cst.tally_inputs), st.booleans())
def test_a_program_with_nothing_unconfigured_decides_every_level(inputs: Inputs, drop_conversion: bool) -> None:
    """With every requirement and setting configured, no requirement is NOT_CONFIGURED, and a level is decided.

    A level is UNDETERMINED only for a reason the tally gives: whether the official may take
    part was not checked, or (credits counting once) another split of the credits between
    levels might reach it (this level or one before it). With the official's eligibility
    known and credits counting again, no level is ever UNDETERMINED. The conversion of hours
    may be left unset: it is not a setting the readings depend on.
    """
    official, done, program, as_of = inputs
    if drop_conversion:
        program = attrs.evolve(program, conversion=None)
    result = tally(official, done, program, as_of=as_of)
    assert all(r.status is not Status.NOT_CONFIGURED for found in result.levels for r in found.requirements)
    explained = False
    for found in result.levels:
        explained = explained or bool(_undetermined_because(found))
        if found.status is LevelStatus.UNDETERMINED:
            assert explained or result.eligible is None
            assert result.eligible is None or program.reuse is False
        if result.eligible is not None and program.reuse is True:
            assert found.status is not LevelStatus.UNDETERMINED


# ------------------------------------------------------------------------------- submissions


@st.composite
def submissions(draw: st.DrawFn) -> tuple[Program, date]:
    """A program and a day of submission: any day, or one near one of its deadlines."""
    program = draw(cst.programs())
    near = [d.deadline + timedelta(days=n) for d in program.submission_deadlines for n in (-1, 0, 1)]
    day = draw(cst.dates(date(1999, 1, 1), date(2031, 12, 31)) | st.sampled_from(near or [date(2019, 9, 16)]))
    return program, day


@given(submissions())
def test_a_submission_counts_for_its_year_or_the_next(case: tuple[Program, date]) -> None:
    """recognition_year is never earlier than the submission's year, and at most the year after.

    It is the year itself on or before that year's deadline, the next after it, and None
    (not configured) when the program has no deadline for the year.
    """
    program, day = case
    outcome = recognition_year(program, day).outcome
    deadline = next((d.deadline for d in program.submission_deadlines if d.year == day.year), None)
    if deadline is None:
        assert outcome is None
    else:
        assert outcome is not None
        assert day.year <= outcome <= day.year + 1
        assert (outcome == day.year) == (day <= deadline)


# ------------------------------------------------------------------------------- why the restrictions
#
# With credits counted once, or a course counted once, adding an activity can lower a tally:
# a level reached keeps credits the next one counted, and an earlier copy of a course
# displaces a later one. The examples below show how; the first was a defect (a level
# another split reaches reported not reached), fixed by choosing the route that leaves
# the next level reached.

MAYOR = Official("Ana Ruiz", "Danville", Office.MAYOR, True, date(2022, 12, 13))
AS_OF = date(2024, 12, 31)
LIFETIME = Window(WindowKind.LIFETIME, ADMIN)


def _requirement(
    kind: RequirementKind, minimum: int, *, category: str | None = None, activity_kinds: tuple[str, ...] = ()
) -> Requirement:
    return Requirement(
        kind, f"{minimum} of {kind.value}", Decimal(minimum), ADMIN, category=category, activity_kinds=activity_kinds
    )


def _two_routes_then_a_category() -> Program:
    """Bronze by 5 credits in 'a' and the academy, or by 6 credits; then Silver, by 5 credits in 'a'."""
    bronze = Level(
        "bronze",
        "Bronze",
        (
            Route(
                "academy",
                (
                    _requirement(RequirementKind.CATEGORY_CREDITS, 5, category="a"),
                    _requirement(RequirementKind.ACTIVITIES, 1, activity_kinds=("academy",)),
                ),
            ),
            Route("credits", (_requirement(RequirementKind.TOTAL_CREDITS, 6),)),
        ),
        LIFETIME,
        ADMIN,
    )
    silver = Level(
        "silver",
        "Silver",
        (Route("credits", (_requirement(RequirementKind.CATEGORY_CREDITS, 5, category="a"),)),),
        LIFETIME,
        ADMIN,
        prerequisite="bronze",
        categories=("a",),
    )
    return Program(
        "example",
        "Example",
        "Example League",
        ADMIN,
        (Category("a", "A", ADMIN), Category("b", "B", ADMIN), Category("c", "C", ADMIN)),
        (bronze, silver),
        Audience.ANYONE,
        ADMIN,
        activity_kinds=(ActivityKind("academy", "Academy", "c", ADMIN),),
        reuse=False,
        reuse_source=ADMIN,
        repeats_count=True,
        repeats_source=ADMIN,
    )


def test_with_credits_counted_once_adding_an_activity_never_loses_a_level_another_split_keeps() -> None:
    """Bronze by its credits route (b1's 6) leaves a1's 5 in 'a' for Silver: Silver is reachable.

    Without the academy, the tally finds that split. With it, Bronze's academy route asks
    less, but would keep a1's credits in 'a': Silver stays reached (it was reported
    NOT_REACHED when the route asking least was always taken).
    """
    program = _two_routes_then_a_category()
    done = [
        Activity("b1", "A course in b", "b", date(2024, 1, 10), credits=Decimal(6)),
        Activity("a1", "A course in a", "a", date(2024, 2, 10), credits=Decimal(5)),
    ]
    before = tally(MAYOR, done, program, as_of=AS_OF)
    assert [lv.status for lv in before.levels] == [LevelStatus.REACHED, LevelStatus.REACHED]
    academy = Activity("k1", "The academy", "c", date(2024, 3, 1), kind="academy")
    after = tally(MAYOR, [*done, academy], program, as_of=AS_OF)
    assert after.level("bronze").status is LevelStatus.REACHED
    assert after.level("silver").status is LevelStatus.REACHED


def test_with_credits_counted_once_a_level_names_the_route_it_kept_credits_by() -> None:
    """Bronze keeps b1's credits by its credits route, leaving a1's for Silver: it is reached by that route.

    Reported by its academy route, Bronze would need a1's 5 credits in 'a', which Silver counts.
    """
    program = _two_routes_then_a_category()
    done = [
        Activity("b1", "A course in b", "b", date(2024, 1, 10), credits=Decimal(6)),
        Activity("a1", "A course in a", "a", date(2024, 2, 10), credits=Decimal(5)),
        Activity("k1", "The academy", "c", date(2024, 3, 1), kind="academy"),
    ]
    after = tally(MAYOR, done, program, as_of=AS_OF)
    assert after.level("silver").by_category[0].credits == 5
    assert after.level("bronze").route == "credits"


def _counted_once(program: Program) -> Program:
    return attrs.evolve(program, repeats_count=False, repeats_source=ADMIN)


def test_with_a_course_counted_once_an_earlier_cheaper_copy_displaces_a_richer_one() -> None:
    """Why the monotonic property asks that repeats count: the first copy of a course counts, whatever it earns.

    One course earning 42 CEUs reaches TML's first award; adding an earlier copy of the
    same course earning 1 CEU makes the later one the repeat, and the award is lost. On
    one day, the activity ids decide which copy is first.
    """
    program = _counted_once(TML_INSTITUTE)
    rich = Activity("b", "Budget basics", "general", date(2024, 3, 1), credits=Decimal(42), course="budget")
    alone = tally(MAYOR, [rich], program, as_of=AS_OF).level("recognition")
    assert (alone.status, alone.credits) == (LevelStatus.REACHED, Decimal(42))
    earlier = Activity("a", "Budget basics, part", "general", date(2024, 2, 1), credits=Decimal(1), course="budget")
    both = tally(MAYOR, [rich, earlier], program, as_of=AS_OF).level("recognition")
    assert (both.status, both.credits) == (LevelStatus.NOT_REACHED, Decimal(1))
    same_day_a = attrs.evolve(earlier, on=rich.on)
    same_day_c = attrs.evolve(same_day_a, activity_id="c")
    assert tally(MAYOR, [rich, same_day_a], program, as_of=AS_OF).level("recognition").credits == 1
    assert tally(MAYOR, [rich, same_day_c], program, as_of=AS_OF).level("recognition").credits == 42
