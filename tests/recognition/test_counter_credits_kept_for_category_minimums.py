"""Credits counted once: a level reached keeps what each of its category minimums needs, no more.

Rules under test (src/calcities_domain/recognition/tally.py, the module docstring, step 4:
"a level reached keeps the credits it needed: first those its category minimums need, then
those its total needs, earliest activities first; the next level counts what is left";
``_Counter.consume``; MML: credits used for one level can't count for another):

* A route asking 2 core and 2 elective credits keeps 2 of each: a second category minimum
  is not reduced by what the first category kept.
* A route asking twice for the same category (2, then 3, core credits) keeps 3 core
  credits: what the first minimum kept counts toward the second.
* The next level counts the rest, and says how much of each activity was already kept
  (``recognition.uncounted.used``).

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.recognition import LevelStatus, Program, Requirement, tally
from tests.recognition.test_tally import AS_OF, MAYOR, credits, in_category, level, program, total, uncounted

USED = "recognition.uncounted.used"


def once(*first: Requirement) -> Program:
    """Level one by the category minimums given, then level two at 3 more credits; credits count once."""
    return program(level("one", *first), level("two", total(3), prerequisite="one"), reuse=False)


def test_each_category_minimum_keeps_its_own_credits() -> None:
    """One keeps 2 core and 2 of the 4 elective credits: two counts 2, short of its 3."""
    done = [credits("c1", "core", date(2024, 1, 1), 2), credits("e1", "elective", date(2024, 2, 1), 4)]
    result = tally(MAYOR, done, once(in_category("core", 2), in_category("elective", 2)), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.NOT_REACHED
    assert [r.counted for r in two.requirements] == [Decimal(2)]
    assert uncounted(result, "two") == [("c1", USED, Decimal(2)), ("e1", USED, Decimal(2))]


def test_a_category_asked_twice_keeps_the_larger_minimum_once() -> None:
    """One asks 2 and 3 core credits: it keeps 3 of the 6, and two counts the other 3."""
    done = [credits("c1", "core", date(2024, 1, 1), 2), credits("c2", "core", date(2024, 2, 1), 4)]
    result = tally(MAYOR, done, once(in_category("core", 2), in_category("core", 3)), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.REACHED
    assert [r.counted for r in two.requirements] == [Decimal(3)]
    assert uncounted(result, "two") == [("c1", USED, Decimal(2)), ("c2", USED, Decimal(1))]
