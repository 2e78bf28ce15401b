"""Credits a level's cap leaves out may count toward an earlier level, so another split may reach it.

Rules under test (src/calcities_domain/recognition/tally.py, its module docstring steps 3
and 4, and ``_Counter.split_may_matter``; MML: "credits used for one level can't count for
another"):

* A category's credits beyond its cap do not count toward a level
  (``recognition.uncounted.cap``); an activity the cap leaves out entirely gives the level
  nothing.
* When credits count once, a level not reached under the split chosen, which another split
  of the credits could reach, is undetermined (``recognition.split``), never wrongly not
  reached: credits a level does not count (here, an activity past the cap) may be the ones
  an earlier level keeps.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.recognition import LevelStatus, Program, tally
from tests.recognition.test_tally import AS_OF, CAPPED, CORE, MAYOR, credits, level, program, total, uncounted


def capped_program() -> Program:
    """Credits counted once; one needs 10, two needs 5 after one; electives count at most 3 toward a level."""
    return program(
        level("one", total(10)),
        level("two", total(5), prerequisite="one"),
        categories=(CORE, CAPPED),
        reuse=False,
    )


DONE = (
    credits("c1", "core", date(2024, 1, 1), 10),
    credits("e1", "elective", date(2024, 1, 2), 3),
    credits("e2", "elective", date(2024, 1, 3), 3),
)


def test_a_level_another_split_reaches_through_credits_past_a_cap_is_undetermined() -> None:
    """One keeps c1's 10; two then has 3 (e1; e2 past the cap): 5 is short. Yet one keeping e1 3 and c1 7 would
    leave two c1's 3 and e2's 3: 6. The split chosen proves nothing: two is undetermined."""
    result = tally(MAYOR, DONE, capped_program(), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.credits == Decimal(3)
    assert ("e2", "recognition.uncounted.cap", Decimal(3)) in uncounted(result, "two")
    assert two.status is LevelStatus.UNDETERMINED
    assert "recognition.split" in [r.code for r in two.reasons]


def test_a_level_no_split_reaches_stays_not_reached_despite_a_cap() -> None:
    """With 7 asked of two, even one keeping e1 and c1 7 leaves two only 6: not reached."""
    asking_more = program(
        level("one", total(10)),
        level("two", total(7), prerequisite="one"),
        categories=(CORE, CAPPED),
        reuse=False,
    )
    result = tally(MAYOR, DONE, asking_more, as_of=AS_OF)
    assert result.level("two").status is LevelStatus.NOT_REACHED
