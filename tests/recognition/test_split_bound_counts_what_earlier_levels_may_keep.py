"""Credits counted once: what an earlier level may keep instead, in the bound on another split.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, step 1,
"Only activities on or before the day ... count", and step 2, "activities with neither earn
none"; ``_Counter.split_may_matter``: "True when a route of the level would be met with the
credits earlier levels kept, and the level's credits cover that route's needs on top of the
least the earlier levels must keep (in all and in each category ...)"; "Earlier levels may
keep credits this level does not count (another window or category)"; MML: credits used for
one level can't count for another):

* An activity dated on the day of the tally counts: when the next level does not count its
  category, an earlier level may keep it instead, so a level the split chosen does not reach
  is undetermined (``recognition.split``) when every need is then covered, and exactly
  covered is covered (nothing more is asked of the earlier level than its needs).
* An activity that earns no credits (recorded with neither hours nor credits, or in hours
  without a conversion) gives an earlier level nothing to keep instead: in all, or in the
  category the next level asks for. A level short by one credit under every split is not
  reached.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from calcities_domain.recognition import Activity, LevelResult, LevelStatus, tally
from tests.recognition.test_tally import AS_OF, MAYOR, credits, in_category, level, program, total

SPLIT = "recognition.split"

#: One needs 4 credits of any category; two needs 4 more, counting core credits only.
ONE_THEN_CORE = program(
    level("one", total(4)),
    level("two", total(4), prerequisite="one", categories=("core",)),
    reuse=False,
)


def codes(result_level: LevelResult) -> list[str]:
    return [r.code for r in result_level.reasons]


def test_an_elective_earned_on_the_day_is_one_an_earlier_level_may_keep() -> None:
    """4 core credits in January and 4 elective credits on the day itself.

    One keeps the core credits (earliest first), so two counts none; but one could keep the
    elective credits of the day, leaving two its 4 core credits: exactly two's 4 on top of
    the 0 one must then keep of them. Two is undetermined, not not reached.
    """
    done = [credits("c1", "core", date(2024, 1, 10), 4), credits("e1", "elective", AS_OF, 4)]
    result = tally(MAYOR, done, ONE_THEN_CORE, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.UNDETERMINED
    assert two.credits == 0
    assert SPLIT in codes(two)


def test_without_the_elective_no_split_reaches_the_second_level() -> None:
    """The same 4 core credits alone: one must keep them, two cannot be reached."""
    done = [credits("c1", "core", date(2024, 1, 10), 4)]
    two = tally(MAYOR, done, ONE_THEN_CORE, as_of=AS_OF).level("two")
    assert two.status is LevelStatus.NOT_REACHED
    assert SPLIT not in codes(two)


NO_CREDITS = [
    pytest.param(Activity("s1", "Sign-in only", "elective", date(2024, 3, 1)), id="neither-hours-nor-credits"),
    pytest.param(
        Activity("s1", "Workshop in hours", "elective", date(2024, 3, 1), hours=Decimal(2)), id="hours-no-conversion"
    ),
]


@pytest.mark.parametrize("nothing", NO_CREDITS)
def test_an_activity_earning_nothing_is_nothing_an_earlier_level_may_keep(nothing: Activity) -> None:
    """4 core credits, 3 elective credits and an elective activity that earns no credits.

    One could keep the 3 elective credits and 1 core credit at the least, leaving two 3 of
    its 4: no split reaches two, and the activity earning nothing does not change that.
    """
    done = [credits("c1", "core", date(2024, 1, 10), 4), credits("e1", "elective", date(2024, 2, 1), 3), nothing]
    result = tally(MAYOR, done, ONE_THEN_CORE, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.NOT_REACHED
    assert SPLIT not in codes(two)


@pytest.mark.parametrize("nothing", NO_CREDITS)
def test_an_activity_earning_nothing_spares_no_credit_in_its_category(nothing: Activity) -> None:
    """One needs 4 elective credits; two needs 4 more, counting electives only.

    7 elective credits, 4 core credits (two does not count them) and an elective activity
    that earns nothing: one must keep 4 elective credits whatever the split, two has 3 left.
    Two is not reached.
    """
    electives = program(
        level("one", in_category("elective", 4)),
        level("two", in_category("elective", 4), prerequisite="one", categories=("elective",)),
        reuse=False,
    )
    done = [
        credits("e1", "elective", date(2024, 1, 10), 4),
        credits("e2", "elective", date(2024, 2, 1), 3),
        credits("c1", "core", date(2024, 3, 1), 4),
        nothing,
    ]
    result = tally(MAYOR, done, electives, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.NOT_REACHED
    assert two.credits == 3
    assert SPLIT not in codes(two)
