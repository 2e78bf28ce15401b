"""A level whose prerequisite is not reached is not reached, whatever split of credits counted once.

Rules under test (src/calcities_domain/recognition/tally.py: ``LevelStatus``, "NOT_REACHED:
its prerequisite is not reached, or every route has a requirement not met"; "REACHED: its
prerequisite is reached and every requirement of one route is met"; ``tally``, step 4 of
the module docstring, credits counted once; ``_Counter.split_may_matter``, which leaves
undetermined only a level whose prerequisite is reached):

* Credits count once (``reuse`` False): a level reached keeps what it needed, and the next
  levels count what is left.
* A level after a level not reached is not reached, even when its own requirements are met
  with the credits left (as they would be under any split): the split of credits does not
  matter there, and the tally neither leaves it undetermined nor says it is split.
* Its reasons say so: "<level> comes after <prerequisite>, which is not reached." (a failure).

The programs, cities and people here are made up (the shared ones of test_tally.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.kernel import Effect
from calcities_domain.recognition import LevelStatus, Status, Tally, tally
from tests.recognition.test_tally import AS_OF, MAYOR, credits, in_category, level, program, total

#: One needs 5 credits; two needs 5 in elective (the official has none); three needs 5 credits.
PROGRAM = program(
    level("one", total(5)),
    level("two", in_category("elective", 5), prerequisite="one"),
    level("three", total(5), prerequisite="two"),
    reuse=False,
)


def tallied() -> Tally:
    """5 credits early in the year, 15 later, all in core: one keeps the first 5."""
    done = [credits("early", "core", date(2024, 1, 10), 5), credits("later", "core", date(2024, 2, 10), 15)]
    return tally(MAYOR, done, PROGRAM, as_of=AS_OF)


def test_a_level_after_one_not_reached_is_not_reached_though_its_credits_are_there() -> None:
    result = tallied()
    assert [lv.status for lv in result.levels] == [
        LevelStatus.REACHED,
        LevelStatus.NOT_REACHED,
        LevelStatus.NOT_REACHED,
    ]
    three = result.level("three")
    assert three.reached is False
    assert three.route is None
    assert three.credits == 15
    (requirement,) = three.requirements
    assert (requirement.status, requirement.counted) == (Status.MET, Decimal(15))
    assert [r.code for r in three.reasons] == [
        "recognition.level.not_reached",
        "recognition.window",
        "recognition.prerequisite",
        "recognition.requirement.met",
        "recognition.uncounted.used",
    ]
    prerequisite = three.reasons[2]
    assert prerequisite.message == "Three comes after Two, which is not reached."
    assert prerequisite.effect is Effect.FAIL
    assert three.reasons[0].message == "Three: not reached."


def test_what_is_missing_is_the_level_not_reached_first() -> None:
    result = tallied()
    assert result.next_level is result.level("two")
    assert result.highest is result.level("one")
