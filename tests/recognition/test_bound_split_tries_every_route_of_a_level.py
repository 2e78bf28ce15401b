"""Credits counted once: the bound on another split tries every route, and a category with none.

Rules under test (src/calcities_domain/recognition/tally.py: ``_Counter.split_may_matter``,
"True when a route of the level would be met with the credits earlier levels kept, and the
level's credits cover that route's needs on top of the least the earlier levels must keep
(in all and in each category ...)"; "Earlier levels may keep credits this level does not
count (another window or category)"; the module docstring, step 4: "a level reached keeps
the credits it needed ... earliest activities first"; the ``recognition.split`` reason:
"the credits would cover every level's needs under another split, so it is not decided";
MML: credits used for one level can't count for another):

* A route not met, or asking more than the credits cover, does not end the search: a later
  route of the level that is covered still makes the level undetermined, whichever of the
  level's routes comes first, and with three routes the third is judged by its own
  requirements.
* A route asking for 0 credits in a category the level has no credits in is covered (0 is
  0 more than nothing kept); the level is undetermined, and the tally does not fail.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from calcities_domain.recognition import LevelResult, LevelStatus, Requirement, RequirementKind, Route, tally
from tests.recognition.test_tally import AS_OF, ASSUMED, MAYOR, YEAR, credits, level, program, total

SPLIT = "recognition.split"


def codes(result_level: LevelResult) -> list[str]:
    return [r.code for r in result_level.reasons]


def none_in(category: str) -> Requirement:
    """A category minimum of 0 credits."""
    return Requirement(RequirementKind.CATEGORY_CREDITS, f"0 in {category}", Decimal(0), ASSUMED, category=category)


#: 4 core credits in January, which one keeps (earliest first), and 4 elective credits on the
#: day, which two does not count: one could keep those instead, leaving two its 4 core credits.
CORE_THEN_ELECTIVE = [credits("c1", "core", date(2024, 1, 10), 4), credits("e1", "elective", AS_OF, 4)]


def second_level(*routes: Route) -> LevelResult:
    bound = program(
        level("one", total(4)),
        level("two", prerequisite="one", categories=("core",), routes=routes),
        reuse=False,
    )
    return tally(MAYOR, CORE_THEN_ELECTIVE, bound, as_of=AS_OF).level("two")


def test_a_first_route_not_met_does_not_stop_the_search() -> None:
    """Two's first route asks 8 credits (not met even with all 4 core credits); its second asks 4.

    The second route is covered under another split: two is undetermined, not not reached.
    """
    two = second_level(Route("long", (total(8),)), Route("short", (total(4),)))
    assert two.status is LevelStatus.UNDETERMINED
    assert two.route is None
    assert SPLIT in codes(two)


def test_with_only_the_route_not_met_the_level_is_not_reached() -> None:
    """The control: two's only route asks 8 credits, and no split gives two more than 4."""
    two = second_level(Route("long", (total(8),)))
    assert two.status is LevelStatus.NOT_REACHED
    assert SPLIT not in codes(two)


def test_the_third_route_is_judged_by_its_own_requirements() -> None:
    """Routes of 1, 2 and 1 requirements: the first two are not met, the third (4 credits) is.

    The second route's last requirement (9 credits) is not met; the third route's own (4
    credits) is, so two is undetermined.
    """
    two = second_level(
        Route("long", (total(8),)),
        Route("mixed", (total(1), total(9))),
        Route("short", (total(4),)),
    )
    assert two.status is LevelStatus.UNDETERMINED
    assert SPLIT in codes(two)
    assert [r.route for r in two.requirements] == ["long", "mixed", "mixed", "short"]


def test_a_category_asked_for_none_with_no_credits_in_it_is_covered() -> None:
    """Two counts 2024 only and asks 4 credits, 0 of them electives; the only elective is from 2023.

    One keeps the core credits (categories later levels ask for last), so two counts none;
    but one could keep the 2023 elective instead, leaving two its 4 core credits, with 0
    electives asked and 0 to spare for one: two is undetermined.
    """
    done = [credits("c1", "core", date(2024, 1, 10), 4), credits("e0", "elective", date(2023, 6, 1), 4)]
    bound = program(
        level("one", total(4)),
        level("two", total(4), none_in("elective"), prerequisite="one", window=YEAR),
        reuse=False,
    )
    result = tally(MAYOR, done, bound, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    two = result.level("two")
    assert two.status is LevelStatus.UNDETERMINED
    assert two.credits == 0
    assert SPLIT in codes(two)
