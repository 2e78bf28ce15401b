"""Credits counted once: a level that no split of the credits can reach is not reached (tally.py).

Rule under test (src/calcities_domain/recognition/tally.py, ``_Counter.split_may_matter``):
with credits counted once (``reuse=False``), a level the chosen split does not reach is
undetermined only when the credits could cover its needs on top of the least the earlier
levels must keep; when they cannot, under any split, the level is not reached. When
several routes of a level are met, the route kept is the one asking least that leaves the
next level reached.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.recognition import LevelStatus, Route, tally
from tests.recognition.test_tally import AS_OF, MAYOR, credits, in_category, level, program, total

#: One by 1 elective credit or by 2 credits; two by 3 credits, 1 of them elective, after one.
ONE = level("one", routes=(Route("cat", (in_category("elective", 1),)), Route("tot", (total(2),))))
TWO = level("two", total(3), in_category("elective", 1), prerequisite="one")
ONCE = program(ONE, TWO, reuse=False)


def test_three_credits_cannot_give_one_its_one_and_two_its_three() -> None:
    """1 elective and 2 core credits: one keeps at least 1, leaving at most 2 of the 3 two needs."""
    done = [credits("e1", "elective", date(2024, 1, 1), 1), credits("c1", "core", date(2024, 2, 1), 2)]
    result = tally(MAYOR, done, ONCE, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    assert result.level("two").status is LevelStatus.NOT_REACHED
    assert "recognition.split" not in [r.code for r in result.level("two").reasons]


def test_three_elective_credits_alone_cannot_reach_two_either() -> None:
    done = [credits("e1", "elective", date(2024, 1, 1), 3)]
    assert tally(MAYOR, done, ONCE, as_of=AS_OF).level("two").status is LevelStatus.NOT_REACHED


def test_five_credits_reach_both() -> None:
    """2 elective and 3 core: one keeps 1 elective, leaving 1 elective and 3 core for two's 3."""
    five = [credits("e1", "elective", date(2024, 1, 1), 2), credits("c1", "core", date(2024, 2, 1), 3)]
    result = tally(MAYOR, five, ONCE, as_of=AS_OF)
    assert [lv.status for lv in result.levels] == [LevelStatus.REACHED, LevelStatus.REACHED]


def test_when_every_route_leaves_the_next_level_reached_the_one_asking_least_is_kept() -> None:
    """7 credits: one by "a_big" (3) or "b_small" (2) leaves two its 4 either way: one keeps 2, by "b_small"."""
    one = level("one", routes=(Route("a_big", (total(3),)), Route("b_small", (total(2),))))
    two = level("two", total(4), prerequisite="one")
    result = tally(MAYOR, [credits("c1", "core", date(2024, 3, 1), 7)], program(one, two, reuse=False), as_of=AS_OF)
    assert result.level("one").route == "b_small"
    assert result.level("two").status is LevelStatus.REACHED
    assert result.level("two").credits == 5
