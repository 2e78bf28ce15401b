"""Another split of credits: the part of one activity above a cap, and a prerequisite undetermined.

Rules under test (src/calcities_domain/recognition/tally.py, its module docstring step 4, and
``_Counter.split_may_matter``: "True when a route of the level would be met with the credits
earlier levels kept, and the level's credits cover that route's needs on top of the least the
earlier levels must keep of them (... less what each could keep of the credits this level does
not count) ... A bound, not a search: such a level is undetermined, never wrongly not reached.
A level whose prerequisite is not reached is not reached under any split; one whose
prerequisite is undetermined may be reached under another."; MML: "credits used for one level
can't count for another"):

* The part of one activity above a category's cap is credit the level does not count, and an
  earlier level may keep it (up to its own cap): a level another split reaches that way is
  undetermined. It used to be reported not reached.
* What an earlier level could keep outside the level's credits is bounded by that earlier
  level's own categories and minimums: credits it may not count toward its category minimum
  lower nothing, so a level no split reaches stays not reached.
* A level whose prerequisite is undetermined, not reached under the split chosen but under
  another, is undetermined. It used to be reported not reached.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from calcities_domain.recognition import (
    Activity,
    Category,
    LevelStatus,
    Program,
    Requirement,
    RequirementKind,
    Tally,
    tally,
)
from tests.recognition.test_tally import (
    ADMIN,
    AS_OF,
    CAPPED,
    CONFIRMED,
    CORE,
    ELECTIVE,
    MAYOR,
    academy,
    credits,
    in_category,
    level,
    program,
    total,
)


def statuses(result: Tally) -> list[tuple[str, LevelStatus]]:
    return [(lv.code, lv.status) for lv in result.levels]


def test_the_part_of_one_activity_above_a_cap_may_go_to_an_earlier_level() -> None:
    """One needs 10, two needs 5; electives count at most 3 toward a level; c1 has 10 core, e1 6 elective.

    The split chosen gives one all of c1 and 3 of e1, leaving two 3 of e1. One could keep 7 of
    c1 and 3 of e1 (10), and two 3 of c1 and the other 3 of e1 (6): two is undetermined.
    """
    capped = program(
        level("one", total(10)), level("two", total(5), prerequisite="one"), categories=(CORE, CAPPED), reuse=False
    )
    done = [credits("c1", "core", date(2024, 1, 1), 10), credits("e1", "elective", date(2024, 1, 2), 6)]
    result = tally(MAYOR, done, capped, as_of=AS_OF)
    assert statuses(result) == [("one", LevelStatus.REACHED), ("two", LevelStatus.UNDETERMINED)]
    two = result.level("two")
    assert two.credits == Decimal(3)
    assert "recognition.split" in [r.code for r in two.reasons]


def test_the_part_above_a_cap_an_earlier_level_may_not_use_for_its_minimum_lowers_nothing() -> None:
    """One needs 10 core credits, two needs 5 in all; c1 has 10 core, e1 6 elective (3 a level).

    One must keep all of c1 whatever the split: e1 is no core credit. Two has at most 3 of e1
    left, so no split reaches it: it is not reached, not undetermined.
    """
    capped = program(
        level("one", in_category("core", 10)),
        level("two", total(5), prerequisite="one"),
        categories=(CORE, CAPPED),
        reuse=False,
    )
    done = [credits("c1", "core", date(2024, 1, 1), 10), credits("e1", "elective", date(2024, 1, 2), 6)]
    result = tally(MAYOR, done, capped, as_of=AS_OF)
    assert statuses(result) == [("one", LevelStatus.REACHED), ("two", LevelStatus.NOT_REACHED)]
    assert "recognition.split" not in [r.code for r in result.level("two").reasons]


def _academy_program(minimum: int | None) -> Program:
    """Credits count once. A needs 5; B, after A, the academy; C, after B, 5 core credits."""
    attend = Requirement(
        RequirementKind.ACTIVITIES,
        "attend the academy",
        None if minimum is None else Decimal(minimum),
        ADMIN,
        activity_kinds=("academy",),
    )
    return program(
        level("a", total(5)),
        level("b", attend, prerequisite="a"),
        level("c", total(5), prerequisite="b", categories=("core",)),
        categories=(CORE, ELECTIVE),
        reuse=False,
    )


DONE = [
    credits("x1", "core", date(2024, 1, 1), 5),
    credits("x2", "elective", date(2024, 2, 1), 5),
    academy("ac", date(2024, 3, 1)),
]


@pytest.mark.parametrize(
    ("academies", "b", "c"),
    [
        # B's minimum is not configured, so B is undetermined. A keeps x1 under the split
        # chosen, leaving C no core credit; had A kept x2, C would count x1's 5.
        (None, LevelStatus.UNDETERMINED, LevelStatus.UNDETERMINED),
        # B asks for one academy and has it; C as above.
        (1, LevelStatus.REACHED, LevelStatus.UNDETERMINED),
        # B asks for two academies and has one: not reached, and so C, whatever the split.
        (2, LevelStatus.NOT_REACHED, LevelStatus.NOT_REACHED),
    ],
    ids=["b-undetermined", "b-reached", "b-not-reached"],
)
def test_a_level_another_split_reaches_is_undetermined_unless_its_prerequisite_is_not_reached(
    academies: int | None, b: LevelStatus, c: LevelStatus
) -> None:
    result = tally(MAYOR, DONE, _academy_program(academies), as_of=AS_OF)
    assert statuses(result) == [("a", LevelStatus.REACHED), ("b", b), ("c", c)]
    split = "recognition.split" in [r.code for r in result.level("c").reasons]
    assert split is (c is LevelStatus.UNDETERMINED)


@pytest.mark.parametrize("in_hours", [False, True], ids=["credits-only", "and-hours-earning-nothing"])
def test_earlier_levels_competing_for_the_credits_a_level_does_not_count_lower_it_once(in_hours: bool) -> None:
    """Core credits count at most 1 toward a level. One needs 1 credit, two and three 1 core each.

    Two core activities of 1 credit give three levels 2 credits at most: three is not reached
    under any split. Each of one and two could keep a credit three does not count, but the
    same one: what they may keep outside three's credits is counted once, in all, so three
    is not reached, not undetermined. An activity recorded in hours, without a conversion,
    earns nothing and changes nothing.
    """
    one_core = Category("core", "Core courses", CONFIRMED, cap=Decimal(1))
    competing = program(
        level("one", total(1)),
        level("two", in_category("core", 1), prerequisite="one"),
        level("three", in_category("core", 1), prerequisite="two"),
        categories=(one_core, ELECTIVE),
        reuse=False,
    )
    done = [credits("a0", "core", date(2024, 1, 1), 1), credits("a1", "core", date(2024, 1, 4), 1)]
    if in_hours:
        done.append(Activity("h1", "Seminar in hours", "elective", date(2024, 2, 1), hours=Decimal(2)))
    result = tally(MAYOR, done, competing, as_of=AS_OF)
    assert statuses(result) == [
        ("one", LevelStatus.REACHED),
        ("two", LevelStatus.REACHED),
        ("three", LevelStatus.NOT_REACHED),
    ]
    assert "recognition.split" not in [r.code for r in result.level("three").reasons]
