"""Maintenance counts the last years' credits as the level does: repeats as configured, sums rounded once.

Rules under test (src/calcities_domain/recognition/tally.py, ``_Counter.maintained``: "The
credits the level counts in the last ``years`` years (its caps and repeats)"; the module
docstring: "a course taken again counts once unless repeats count"; models.py,
``Program.repeats_count``: "Whether a course taken again counts again"; NLC Diamond, in
small: earn credits each year to keep the level):

* When repeats count, a course taken twice in the window counts twice toward maintenance:
  2 + 2 credits keep a level that asks 4.
* Credits in the window are added as recorded, each sum rounded once to the decimal
  context's 28 digits: 9 + 1.0000000000000000000000000149 is 10.00000000000000000000000001.

The program and people here are made up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext

from calcities_domain.kernel import Effect
from calcities_domain.recognition import Maintenance, Program, Tally, tally
from tests.recognition.test_tally import AS_OF, CONFIRMED, MAYOR, credits, level, program, total


def kept_with_four(**changes: object) -> Program:
    """Level one, reached with 1 credit and kept with 4 in the last year."""
    return program(level("one", total(1), maintenance=Maintenance(Decimal(4), 1, CONFIRMED)), **changes)


def maintenance(result: Tally) -> tuple[str, Effect]:
    (reason,) = [r for r in result.level("one").reasons if r.code == "recognition.maintenance"]
    return reason.message, reason.effect


def test_a_repeated_course_counts_twice_toward_maintenance_when_repeats_count() -> None:
    done = [
        credits("a", "core", date(2024, 3, 1), 2, course="ethics"),
        credits("b", "core", date(2024, 6, 1), 2, course="ethics"),
    ]
    result = tally(MAYOR, done, kept_with_four(repeats_count=True), as_of=AS_OF)
    assert result.level("one").kept is True
    assert maintenance(result) == (
        "To keep One: 4 credits in the last 1 year; 4 credits counted (2024-01-01 to 2024-12-31): kept.",
        Effect.PASS,
    )


def test_maintenance_adds_credits_as_recorded_and_rounds_the_sum_once() -> None:
    """The second activity's credits are not rounded on their own before they are added."""
    done = [
        credits("a", "core", date(2024, 3, 1), 9),
        credits("b", "core", date(2024, 6, 1), "1.0000000000000000000000000149"),
    ]
    with localcontext() as context:
        context.prec = 28
        result = tally(MAYOR, done, kept_with_four(), as_of=AS_OF)
    assert maintenance(result) == (
        "To keep One: 4 credits in the last 1 year; 10.00000000000000000000000001 credits counted "
        "(2024-01-01 to 2024-12-31): kept.",
        Effect.PASS,
    )
