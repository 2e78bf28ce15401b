"""Credits counted once: what a reached level keeps, and which of its routes it keeps them by.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, step 4,
"a level reached keeps the credits it needed: first those its category minimums need, then
those its total needs, earliest activities first; the next level counts what is left";
``_Counter.consume``; ``_Counter.choose_route``, "Of the routes met, the first (asking least
first) that leaves the next level reached, if any does"; MML: credits used for one level
can't count for another):

* One activity may give a level both part of a category minimum and part of its total: it
  is kept up to its credits, never more, and the rest of the total comes from the next
  activity; the next level counts what is left of each.
* Credits a level did not keep count toward the next level as recorded ("5").
* The route kept is judged by the level right after it, also in a program of three levels.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.recognition import LevelStatus, Requirement, RequirementKind, Route, tally
from tests.recognition.test_tally import (
    AS_OF,
    ASSUMED,
    MAYOR,
    credits,
    in_category,
    level,
    program,
    total,
    uncounted,
)


def test_an_activity_kept_for_a_category_minimum_gives_the_total_only_what_it_has_left() -> None:
    """One needs 4 credits, 2 in elective: e1 (3 elective) gives 2 then its last 1, and c1 the 1 still needed."""
    once = program(
        level("one", total(4), in_category("elective", 2)), level("two", total(6), prerequisite="one"), reuse=False
    )
    done = [credits("e1", "elective", date(2024, 1, 1), 3), credits("c1", "core", date(2024, 2, 1), 5)]
    result = tally(MAYOR, done, once, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    assert uncounted(result, "two") == [
        ("e1", "recognition.uncounted.used", Decimal(3)),
        ("c1", "recognition.uncounted.used", Decimal(1)),
    ]
    two = result.level("two")
    assert [u.message for u in two.not_counted] == [
        "3 credits of it already counted toward an earlier level, and counts once.",
        "1 credit of it already counted toward an earlier level, and counts once.",
    ]
    assert two.credits == 4
    assert two.status is LevelStatus.NOT_REACHED
    assert two.requirements[0].message == "6 credits: 4 credits counted; 2 credits more needed."


def test_credits_a_level_did_not_keep_count_for_the_next_as_recorded() -> None:
    """One's 2.00 elective credits also make its total of 2: it keeps nothing of c1, whose 5 count for two as 5."""
    elective = Requirement(
        RequirementKind.CATEGORY_CREDITS, "2 in elective", Decimal("2.00"), ASSUMED, category="elective"
    )
    once = program(
        level("one", total(2), elective), level("two", in_category("core", 5), prerequisite="one"), reuse=False
    )
    done = [credits("e1", "elective", date(2024, 1, 1), 3), credits("c1", "core", date(2024, 2, 1), 5)]
    result = tally(MAYOR, done, once, as_of=AS_OF)
    two = result.level("two")
    assert two.status is LevelStatus.REACHED
    assert uncounted(result, "two") == [("e1", "recognition.uncounted.used", Decimal(2))]
    (core,) = [r for r in two.reasons if r.code == "recognition.requirement.met"]
    assert [(f.name, f.value) for f in core.facts] == [("counted", "5"), ("required", "5")]
    assert str(two.by_category[0].credits) == "5"


def test_the_route_kept_is_judged_by_the_next_level_in_a_program_of_three() -> None:
    """One by 1 elective ("cat") or 2 credits ("tot"); two needs 3 with 1 elective; three needs 100.

    Keeping e1 by "cat" leaves two no elective credit; keeping 2 of c1 by "tot" leaves two
    e1 and 2 of c1: one keeps "tot", and two is reached.
    """
    one = level("one", routes=(Route("cat", (in_category("elective", 1),)), Route("tot", (total(2),))))
    two = level("two", total(3), in_category("elective", 1), prerequisite="one")
    three = level("three", total(100), prerequisite="two")
    done = [credits("e1", "elective", date(2024, 1, 1), 1), credits("c1", "core", date(2024, 2, 1), 4)]
    result = tally(MAYOR, done, program(one, two, three, reuse=False), as_of=AS_OF)
    assert result.level("one").route == "tot"
    assert [lv.status for lv in result.levels] == [
        LevelStatus.REACHED,
        LevelStatus.REACHED,
        LevelStatus.NOT_REACHED,
    ]
    assert uncounted(result, "two") == [("c1", "recognition.uncounted.used", Decimal(2))]
    assert result.level("two").credits == 3
