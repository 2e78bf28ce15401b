"""Another split of credits, checked against every split: a brute-force oracle.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, step 4,
"When credits do not count again for the next level, a level reached keeps the credits it
needed ... the next level counts what is left", and ``_Counter.split_may_matter``: "Whether
another split of credits between levels might reach a level the chosen split does not ...
A bound, not a search: such a level is undetermined, never wrongly not reached"; step 3, "a
category's credits beyond its cap do not count"; MML: "credits used for one level can't
count for another"):

* Never wrongly not reached: when some split of the credits between the levels meets every
  level of the chain up to a level, the tally does not report that level NOT_REACHED.
* Reached is real: when the tally reports a level REACHED, some split meets every level of
  the chain up to it (the tally's own split is one).

The oracle knows nothing of the tally: it tries every split of every activity's credits
between the levels (whole credits, some perhaps left unused) and counts, per level and
category, the credits given it up to the category's cap. The programs are small (two
categories, two or three levels in a chain, one route each, one to three activities of
at most 4 credits) so that trying every split is cheap.

Most small cases are decided by the credits alone, whatever the split; the cases drawn
also include tight ones (the requirements are what one split gives each level) and
contested ones (where keeping the earliest credits first keeps those a later level
needs). The properties steer toward levels the split chosen misses (``target``), and the
last tests check that, within the profile's examples, the cases drawn include a level
some split reaches and the split chosen does not, and levels each met alone that no
split meets together: the properties are not vacuous.

The programs and people here are made up.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import Phase, event, find, given, settings, target
from hypothesis import strategies as st

from calcities_domain.recognition import Category, LevelStatus, Program, Requirement, Tally, tally
from tests.recognition.test_tally import AS_OF, ASSUMED, CONFIRMED, MAYOR, credits, in_category, level, program, total

CATEGORIES = ("core", "elective")
CODES = ("one", "two", "three")


@dataclass(frozen=True)
class LevelSpec:
    """One level's single route: a total and/or a minimum in one category."""

    total: int | None
    category: tuple[str, int] | None
    category_first: bool  # the order of the route's requirements


@dataclass(frozen=True)
class ActivitySpec:
    activity_id: str
    category: str
    on: date
    credits: int


@dataclass(frozen=True)
class Case:
    caps: tuple[int | None, int | None]  # core's, elective's
    levels: tuple[LevelSpec, ...]
    activities: tuple[ActivitySpec, ...]

    def cap(self, category: str) -> int | None:
        return self.caps[CATEGORIES.index(category)]


# -- the oracle -------------------------------------------------------------------------


def _splits(amount: int, levels: int) -> list[tuple[int, ...]]:
    """Every way to give ``levels`` levels whole parts of ``amount`` credits, some perhaps unused."""
    return [parts for parts in itertools.product(range(amount + 1), repeat=levels) if sum(parts) <= amount]


def _capped(amount: int, cap: int | None) -> int:
    """What a level counts of ``amount`` credits of a category capped at ``cap``."""
    return amount if cap is None else min(cap, amount)


def _meets(spec: LevelSpec, given_: dict[str, int], case: Case) -> bool:
    """Whether a level given ``given_`` credits by category meets its route, caps applied."""
    counted = {category: _capped(amount, case.cap(category)) for category, amount in given_.items()}
    if spec.total is not None and sum(counted.values()) < spec.total:
        return False
    return spec.category is None or counted[spec.category[0]] >= spec.category[1]


def reachable(case: Case) -> list[bool]:
    """Per level, whether some split of the credits meets every level of the chain up to it."""
    n = len(case.levels)
    best = 0  # the longest prefix of the chain some split meets
    for choice in itertools.product(*(_splits(a.credits, n) for a in case.activities)):
        met = 0
        for index, spec in enumerate(case.levels):
            given_ = dict.fromkeys(CATEGORIES, 0)
            for activity, parts in zip(case.activities, choice, strict=True):
                given_[activity.category] += parts[index]
            if not _meets(spec, given_, case):
                break
            met += 1
        best = max(best, met)
        if best == n:
            break
    return [index < best for index in range(n)]


# -- the tally --------------------------------------------------------------------------


def _requirements(spec: LevelSpec) -> tuple[Requirement, ...]:
    asked: list[Requirement] = []
    if spec.total is not None:
        asked.append(total(spec.total))
    if spec.category is not None:
        category, minimum = spec.category
        asked.insert(0 if spec.category_first else len(asked), in_category(category, minimum))
    return tuple(asked)


def build(case: Case) -> Program:
    """The case as a program: credits count once; every level lifetime, counting every category."""
    core, elective = (None if cap is None else Decimal(cap) for cap in case.caps)
    categories = (
        Category("core", "Core courses", CONFIRMED, cap=core),
        Category("elective", "Electives", ASSUMED, cap=elective),
    )
    levels = [
        level(CODES[index], *_requirements(spec), prerequisite=None if index == 0 else CODES[index - 1])
        for index, spec in enumerate(case.levels)
    ]
    return program(*levels, categories=categories, reuse=False)


def run(case: Case) -> Tally:
    done = [credits(a.activity_id, a.category, a.on, a.credits) for a in case.activities]
    return tally(MAYOR, done, build(case), as_of=AS_OF)


# -- the cases --------------------------------------------------------------------------

caps = st.none() | st.integers(1, 4)
totals = st.integers(0, 8)
minimums = st.tuples(st.sampled_from(CATEGORIES), st.integers(1, 5))
#: A total, a category minimum, or both (in either order): a route asks for something.
level_specs = st.one_of(
    st.builds(LevelSpec, totals, st.none(), st.just(False)),
    st.builds(LevelSpec, st.none(), minimums, st.just(False)),
    st.builds(LevelSpec, totals, minimums, st.booleans()),
)
activity_parts = st.tuples(
    st.sampled_from(CATEGORIES), st.dates(date(2024, 1, 1), date(2024, 12, 31)), st.integers(1, 4)
)


def _activities(parts: list[tuple[str, date, int]]) -> tuple[ActivitySpec, ...]:
    return tuple(ActivitySpec(f"a{i}", category, on, amount) for i, (category, on, amount) in enumerate(parts))


@st.composite
def free_cases(draw: st.DrawFn) -> Case:
    """Any small case: most are decided by the credits alone, whatever the split."""
    levels = draw(st.lists(level_specs, min_size=2, max_size=3))
    activities = _activities(draw(st.lists(activity_parts, min_size=1, max_size=3)))
    return Case((draw(caps), draw(caps)), tuple(levels), activities)


#: Shapes of a level's route in a tight case: the first level, the later ones.
FIRST_SHAPES = ("total", "total", "both", "category")
LATER_SHAPES = ("category", "category", "both", "total")


@st.composite
def tight_cases(draw: st.DrawFn, *, contested: bool = False) -> Case:
    """A case whose requirements are what one drawn split gives each level, give or take a credit.

    Such cases sit where the split matters: the credits barely cover the levels, and the
    split that does may not be the one chosen. The ranges stay those of :func:`free_cases`.

    ``contested``: where keeping the earliest credits first most often keeps those a later
    level needed. Three levels, the first asking a total, the second and third a minimum
    each in another category; credits in both categories, every one of them given, the
    earliest activity's to the later levels; requirements exactly what the split gives.
    """
    n = 3 if contested else draw(st.integers(2, 3))
    case_caps = (draw(caps), draw(caps))
    parts = draw(st.lists(activity_parts, min_size=2, max_size=3))
    if contested:
        other = next(c for c in CATEGORIES if c != parts[0][0])
        parts[1] = (other, *parts[1][1:])
    activities = _activities(parts)
    earliest = min(activities, key=lambda a: (a.on, a.activity_id))
    given_ = [dict.fromkeys(CATEGORIES, 0) for _ in range(n)]
    for activity in activities:
        left = activity.credits
        order = draw(st.permutations(range(1 if contested and activity is earliest else 0, n)))
        for index in order:
            part = left if contested and index == order[-1] else draw(st.integers(0, left))
            given_[index][activity.category] += part
            left -= part
    slack = st.just(0) if contested else st.integers(-1, 1)
    levels: list[LevelSpec] = []
    for index in range(n):
        counted = {c: _capped(amount, case_caps[CATEGORIES.index(c)]) for c, amount in given_[index].items()}
        if contested:
            shape = draw(st.sampled_from(("total", "both") if index == 0 else ("category", "both")))
        else:
            shape = draw(st.sampled_from(FIRST_SHAPES if index == 0 else LATER_SHAPES))
        asked_total = None if shape == "category" else min(8, max(0, sum(counted.values()) + draw(slack)))
        asked_category = None
        if shape != "total":
            choices = [c for c in CATEGORIES if counted[c]] or list(CATEGORIES)
            before = levels[1].category if contested and index == 2 else None
            if before is not None:
                choices = [c for c in CATEGORIES if c != before[0]]
            category = draw(st.sampled_from(choices))
            asked_category = (category, min(5, max(1, counted[category] + draw(slack))))
        levels.append(LevelSpec(asked_total, asked_category, draw(st.booleans())))
    return Case(case_caps, tuple(levels), activities)


#: The cases the properties draw: any, tight, and contested.
cases = st.one_of(free_cases(), tight_cases(), tight_cases(contested=True))


def _observe(case: Case, result: Tally, oracle: list[bool]) -> None:
    """Steer the search to cases where the split matters, and say what was drawn."""
    statuses = [lv.status for lv in result.levels]
    contested = sum(
        1
        for index, ok in enumerate(oracle)
        if index > 0 and ok and statuses[index] is not LevelStatus.REACHED  # greedy split missed a split that exists
    )
    beyond_first = sum(oracle[1:])
    target(float(beyond_first), label="levels after the first some split reaches")
    target(float(contested), label="levels some split reaches and the split chosen does not")
    for index, ok in enumerate(oracle):
        event(f"level {index + 1}: some split {'reaches' if ok else 'does not'}; tally {statuses[index].value}")


# -- the properties ---------------------------------------------------------------------


@given(cases)
def test_a_level_some_split_reaches_is_never_reported_not_reached(case: Case) -> None:
    result = run(case)
    oracle = reachable(case)
    _observe(case, result, oracle)
    for index, ok in enumerate(oracle):
        if ok:
            assert result.levels[index].status is not LevelStatus.NOT_REACHED, (case, index, result.explain())


@given(cases)
def test_a_level_reported_reached_is_reached_by_some_split(case: Case) -> None:
    result = run(case)
    oracle = reachable(case)
    _observe(case, result, oracle)
    for index, lv in enumerate(result.levels):
        if lv.status is LevelStatus.REACHED:
            assert oracle[index], (case, index, result.explain())


# -- the oracle, checked by hand ----------------------------------------------------------

ONE_THEN_TWO = (LevelSpec(4, None, False), LevelSpec(None, ("core", 2), False))


def test_the_oracle_finds_a_split_when_one_exists() -> None:
    """One needs 4 credits, two 2 core; a0 has 2 core (earlier), a1 4 elective.

    One keeping a1's 4 leaves a0's 2 core for two: a split reaches both. The tally, keeping
    first the categories later levels do not ask for, finds it too.
    """
    case = Case(
        (None, None),
        ONE_THEN_TWO,
        (ActivitySpec("a0", "core", date(2024, 1, 1), 2), ActivitySpec("a1", "elective", date(2024, 2, 1), 4)),
    )
    assert reachable(case) == [True, True]
    assert [lv.status for lv in run(case).levels] == [LevelStatus.REACHED, LevelStatus.REACHED]


def test_the_oracle_finds_no_split_when_the_credits_are_too_few() -> None:
    """One needs 4, two 2 core; a0 has 2 core, a1 3 elective: 5 credits, 6 needed, no split."""
    case = Case(
        (None, None),
        ONE_THEN_TWO,
        (ActivitySpec("a0", "core", date(2024, 1, 1), 2), ActivitySpec("a1", "elective", date(2024, 2, 1), 3)),
    )
    assert reachable(case) == [True, False]
    assert [lv.status for lv in run(case).levels] == [LevelStatus.REACHED, LevelStatus.NOT_REACHED]


def test_the_oracle_counts_a_category_up_to_its_cap() -> None:
    """Electives count at most 2 a level. One needs 3, two 3; e1 has 4 elective, c1 2 core.

    One takes 2 of e1 and 1 of c1, two the other 2 of e1 and 1 of c1: a split reaches both,
    though one could count only 2 of e1 alone. With c1 1 core credit, 5 credits counted at
    most 2 elective a level fall short of 6: no split reaches two.
    """
    levels = (LevelSpec(3, None, False), LevelSpec(3, None, False))
    elective = ActivitySpec("a0", "elective", date(2024, 1, 1), 4)
    enough = Case((None, 2), levels, (elective, ActivitySpec("a1", "core", date(2024, 2, 1), 2)))
    short = Case((None, 2), levels, (elective, ActivitySpec("a1", "core", date(2024, 2, 1), 1)))
    assert reachable(enough) == [True, True]
    assert reachable(short) == [True, False]


def test_the_oracle_finds_the_split_the_earliest_credits_first_rule_misses() -> None:
    """One needs 1 credit, two 1 elective, three 1 core; e1 has 1 elective (earliest), c1 and c2 1 core each.

    One keeping c1 leaves e1 to two and c2 to three: a split reaches all three. The tally's
    one keeps the earliest credit, e1 (later levels ask for both categories), and then marks
    two undetermined, another split might reach it, and so three after it.
    """
    case = Case(
        (None, None),
        (LevelSpec(1, None, False), LevelSpec(None, ("elective", 1), False), LevelSpec(None, ("core", 1), False)),
        (
            ActivitySpec("e1", "elective", date(2024, 1, 1), 1),
            ActivitySpec("c1", "core", date(2024, 2, 1), 1),
            ActivitySpec("c2", "core", date(2024, 3, 1), 1),
        ),
    )
    assert reachable(case) == [True, True, True]
    result = run(case)
    assert [lv.status for lv in result.levels] == [
        LevelStatus.REACHED,
        LevelStatus.UNDETERMINED,
        LevelStatus.UNDETERMINED,
    ]
    assert "recognition.split" in [r.code for r in result.level("two").reasons]


# -- the cases drawn are not all trivial ----------------------------------------------------

#: The profile's settings (its examples), without shrinking what is found: finding it is the point.
FIND = settings(phases=(Phase.explicit, Phase.reuse, Phase.generate))


def _alone(case: Case, index: int) -> bool:
    """Whether the level would be met by every credit, were it the only level."""
    return reachable(Case(case.caps, (case.levels[index],), case.activities))[0]


def test_the_cases_drawn_include_a_split_the_tally_does_not_choose() -> None:
    """Within the profile's examples of the contested cases the properties draw, one where some
    split reaches a level, the split chosen does not, and the tally says so: undetermined, for
    another split of credits."""

    def missed(case: Case) -> bool:
        result = run(case)
        return any(
            ok and lv.status is LevelStatus.UNDETERMINED and "recognition.split" in [r.code for r in lv.reasons]
            for ok, lv in zip(reachable(case), result.levels, strict=True)
        )

    case = find(tight_cases(contested=True), missed, settings=FIND)
    assert missed(case)


def test_the_cases_drawn_include_levels_each_met_alone_that_no_split_meets_together() -> None:
    """Within the profile's examples, a case where every level would be met by all the credits
    alone, and no split meets them all: the credits are contested, and the oracle says no."""

    def contested(case: Case) -> bool:
        return all(_alone(case, index) for index in range(len(case.levels))) and not reachable(case)[-1]

    case = find(cases, contested, settings=FIND)
    assert contested(case)


# -- cases the bound decides, found against the oracle ---------------------------------------

L = LevelSpec
A = ActivitySpec
R, U, N = LevelStatus.REACHED, LevelStatus.UNDETERMINED, LevelStatus.NOT_REACHED


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        # Three levels: 1 credit; 1 core (and 1 in all); 1 elective (and 2 in all). Core and
        # electives count 1 a level. Some split reaches three; the split chosen does not:
        # three is undetermined, not wrongly not reached.
        (
            Case(
                (1, 1),
                (L(1, None, False), L(1, ("core", 1), False), L(2, ("elective", 1), False)),
                (
                    A("a0", "elective", date(2024, 12, 26), 1),
                    A("a1", "core", date(2024, 3, 14), 2),
                    A("a2", "elective", date(2024, 11, 29), 3),
                ),
            ),
            [R, R, U],
        ),
        # 1 credit; 1 core; 1 elective. Core counts 1 a level. Some split reaches three; the
        # split chosen does not: three is undetermined.
        (
            Case(
                (1, None),
                (L(1, None, False), L(None, ("core", 1), False), L(None, ("elective", 1), False)),
                (A("a0", "core", date(2024, 6, 20), 2), A("a1", "elective", date(2024, 3, 25), 1)),
            ),
            [R, R, U],
        ),
        # 2, 2 and 8 credits; core counts 2 a level, electives 1. One can count 2 only as an
        # elective and the one core credit, which leaves two at most 1: no split reaches two.
        (
            Case(
                (2, 1),
                (L(2, None, False), L(2, None, False), L(8, None, False)),
                (
                    A("a0", "elective", date(2024, 3, 23), 2),
                    A("a1", "elective", date(2024, 2, 15), 2),
                    A("a2", "core", date(2024, 3, 23), 1),
                ),
            ),
            [R, N, N],
        ),
        # 1 core; 4 credits with 1 elective; 1 core. Core counts 3 a level, electives 1: two
        # needs all 3 core credits and an elective, and one keeps a core credit first, so no
        # split reaches two.
        (
            Case(
                (3, 1),
                (L(0, ("core", 1), True), L(4, ("elective", 1), True), L(0, ("core", 1), True)),
                (A("a0", "core", date(2024, 12, 15), 3), A("a1", "elective", date(2024, 12, 15), 2)),
            ),
            [R, N, N],
        ),
    ],
    ids=["an-elective-kept-elsewhere", "core-above-the-cap", "too-few-under-the-caps", "a-total-too-high"],
)
def test_the_bound_decides_as_the_oracle_allows(case: Case, expected: list[LevelStatus]) -> None:
    """Each case's answer agrees with the oracle: not reached only where no split reaches the level."""
    statuses = [lv.status for lv in run(case).levels]
    assert statuses == expected
    assert all(status is not N or not reached for status, reached in zip(statuses, reachable(case), strict=True))
