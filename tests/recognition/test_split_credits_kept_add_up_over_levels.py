"""Credits counted once: what one activity gives several levels adds up.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, step 4,
"a level reached keeps the credits it needed ... the next level counts what is left";
``_Counter.consume``; ``_Counter._available``, ``recognition.uncounted.used``: "<credits> of
it already counted toward an earlier level, and counts once"; MML: credits used for one
level can't count for another):

* An activity of 10 credits kept 4 by one level and 4 by the next has 2 left for a third:
  what each level kept of it adds up, and the third says 8 already counted.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.recognition import LevelStatus, tally
from tests.recognition.test_tally import AS_OF, MAYOR, credits, level, program, total, uncounted

USED = "recognition.uncounted.used"


def test_a_third_level_counts_what_the_first_two_left_of_one_activity() -> None:
    """Three levels of 4 credits each, one after another; one activity of 10 credits."""
    three_of_four = program(
        level("one", total(4)),
        level("two", total(4), prerequisite="one"),
        level("three", total(4), prerequisite="two"),
        reuse=False,
    )
    result = tally(MAYOR, [credits("a1", "core", date(2024, 3, 1), 10)], three_of_four, as_of=AS_OF)
    assert [lv.status for lv in result.levels] == [
        LevelStatus.REACHED,
        LevelStatus.REACHED,
        LevelStatus.NOT_REACHED,
    ]
    assert uncounted(result, "two") == [("a1", USED, Decimal(4))]
    assert uncounted(result, "three") == [("a1", USED, Decimal(8))]
    third = result.level("three")
    assert third.credits == 2
    assert [r.message for r in third.requirements] == ["4 credits: 2 credits counted; 2 credits more needed."]
    said = "a1 does not count (8 credits): 8 credits of it already counted toward an earlier level, and counts once."
    assert said in [r.message for r in third.reasons]
