"""Credits counted once: when another split of the credits between levels might reach a level.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, step 4;
``_Counter.split_may_matter``: "True when a route of the level would be met with the credits
earlier levels kept, and the level's credits cover that route's needs on top of the least
the earlier levels must keep (in all and in each category, whichever route each took) ...
A bound, not a search: such a level is undetermined, never wrongly not reached";
"Earlier levels may keep credits this level does not count (another window or category)";
``_floor``: "The credits a route asks for in ``category`` (0 when it asks none)"):

* What an earlier level must keep in a category is the least any of its routes asks for in
  that category: a route asking for another category asks 0 in this one.
* Credits an earlier level may keep though the level does not count them lower what the
  level must spare for it, in that category; they never raise it. Credits no earlier level
  may keep either (outside every window) lower nothing.
* Only a route met with every credit counted can be the one another split reaches: a route
  not met (an academy not attended) is not, whatever the credits, nor whatever its place
  among the level's routes.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.recognition import Category, LevelStatus, Route, Status, Window, tally
from tests.recognition.test_tally import (
    AS_OF,
    ASSUMED,
    CORE,
    ELECTIVE,
    LIFETIME,
    MAYOR,
    YEAR,
    attended,
    credits,
    in_category,
    level,
    program,
    total,
)

ETHICS = Category("ethics", "Ethics", ASSUMED)


def test_an_earlier_level_that_may_keep_another_category_must_spare_none_of_this_one() -> None:
    """One by 1 elective credit or by 1 core credit; two needs 1 elective and 3 core.

    With 1 elective, 3 core and 1 ethics credit, the split chosen reaches one and not two;
    one might keep a core credit rather than the elective (0 elective at the least), and
    the 5 credits cover two's 4 and one's 1: two is undetermined.
    """
    one = level("one", routes=(Route("cat", (in_category("elective", 1),)), Route("corer", (in_category("core", 1),))))
    two = level("two", in_category("elective", 1), in_category("core", 3), prerequisite="one")
    done = [
        credits("e1", "elective", date(2024, 1, 1), 1),
        credits("c1", "core", date(2024, 2, 1), 3),
        credits("x1", "ethics", date(2024, 3, 1), 1),
    ]
    result = tally(MAYOR, done, program(one, two, categories=(CORE, ELECTIVE, ETHICS), reuse=False), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    assert result.level("two").status is LevelStatus.UNDETERMINED
    assert "recognition.split" in [r.code for r in result.level("two").reasons]


#: An elective course of 2023 and 8 credits of 2024.
RECORD = [
    credits("old", "elective", date(2023, 6, 1), 2),
    credits("e1", "elective", date(2024, 1, 1), 4),
    credits("c1", "core", date(2024, 2, 1), 4),
]


@pytest.mark.parametrize(
    ("first_window", "expected", "two_credits"),
    [
        # One cannot keep the 2023 course either: the 8 credits of 2024 cannot cover one's 4
        # and two's 6 under any split, so two is not reached, not undetermined (the split
        # chosen: one kept 2 of e1 and 2 of c1).
        (YEAR, LevelStatus.NOT_REACHED, 4),
        # One keeps the 2023 course, which two does not count, and 2 core credits; the 8
        # credits of 2024 less those 2 cover two's 6: two is reached.
        (LIFETIME, LevelStatus.REACHED, 6),
    ],
    ids=["one-counts-2024-only", "one-counts-every-year"],
)
def test_credits_only_an_earlier_level_counts_are_what_it_may_keep_elsewhere(
    first_window: Window, expected: LevelStatus, two_credits: int
) -> None:
    """Two counts 2024; one needs 4 with 2 elective, two needs 6 with 3 elective.

    An elective course of 2023 (2 credits) lowers what two must spare for one only if one
    counts 2023: credits outside every window lower nothing.
    """
    once = program(
        level("one", total(4), in_category("elective", 2), window=first_window),
        level("two", total(6), in_category("elective", 3), prerequisite="one", window=YEAR),
        reuse=False,
    )
    result = tally(MAYOR, RECORD, once, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is expected
    assert two.credits == two_credits
    assert "recognition.split" not in [r.code for r in two.reasons]


def test_a_route_not_met_is_not_one_another_split_reaches() -> None:
    """Two by 3 credits with 1 elective, or by the academy (not attended); one keeps 2 of the 3 credits.

    The credits route asks 3 on top of one's 2: 3 credits cannot. The academy route asks no
    credits but is not met. No split reaches two: it is not reached.
    """
    two = level(
        "two",
        routes=(Route("credits", (total(3), in_category("elective", 1))), Route("academy", (attended(),))),
        prerequisite="one",
    )
    done = [credits("e1", "elective", date(2024, 1, 1), 1), credits("c1", "core", date(2024, 2, 1), 2)]
    result = tally(MAYOR, done, program(level("one", total(2)), two, reuse=False), as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    second = result.level("two")
    assert second.status is LevelStatus.NOT_REACHED
    assert [(r.route, r.status) for r in second.requirements] == [
        ("credits", Status.NOT_MET),
        ("credits", Status.MET),
        ("academy", Status.NOT_MET),
    ]
    assert "recognition.split" not in [r.code for r in second.reasons]
