"""Of the routes of a level met, the one asking fewest credits is the route reported.

Rules under test (src/calcities_domain/recognition/tally.py, ``_Counter.level`` and
``_demand``; ../shared/domain/torch-events-training.md section 1, Torch Level I: the
academy satisfies the level whatever the credits):

* The credits a route asks for at least are its total minimum, or the sum of its category
  minimums if more; a route asking only for activities (an academy) asks for no credits.
* Of the routes met, the level is reported reached by the one asking least, even when
  another route met asks for as little as one credit and is listed first.

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.recognition import LevelStatus, Route, tally
from tests.recognition.test_tally import AS_OF, MAYOR, academy, attended, credits, level, program, total

ONE_CREDIT_OR_ACADEMY = program(level("one", routes=(Route("credits", (total(1),)), Route("academy", (attended(),)))))


def test_an_academy_route_asks_fewer_credits_than_a_one_credit_route_listed_first() -> None:
    result = tally(MAYOR, [academy(), credits("c", "core", date(2024, 1, 1), 1)], ONE_CREDIT_OR_ACADEMY, as_of=AS_OF)
    one = result.level("one")
    assert one.status is LevelStatus.REACHED
    assert one.route == "academy"


def test_a_one_credit_route_is_reported_when_only_it_is_met() -> None:
    result = tally(MAYOR, [credits("c", "core", date(2024, 1, 1), 1)], ONE_CREDIT_OR_ACADEMY, as_of=AS_OF)
    assert result.level("one").route == "credits"
