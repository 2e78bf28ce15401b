"""A level's maintenance rule says in words whether it is kept, and keeps its figures as facts.

Rules under test (src/calcities_domain/recognition/tally.py, ``_maintenance``: "Whether the
credits the level counts from the last ``years`` years reach ``minimum``"; models.py,
``Maintenance``: "``minimum`` credits in the last ``years`` years"; NLC Diamond, in small:
earn credits each year to keep the level):

* The reason reads "To keep <level>: <minimum> in the last <years>; <counted> counted
  (<span>): kept." or "...: not kept.", with the facts ``counted`` and ``minimum``.

The program and people here are made up.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import Effect
from calcities_domain.recognition import Tally, tally
from tests.recognition.test_tally import MAYOR, credits, kept_program

AS_OF = date(2024, 6, 30)


def maintenance(result: Tally) -> tuple[str, Effect, list[tuple[str, str]]]:
    (reason,) = [r for r in result.level("one").reasons if r.code == "recognition.maintenance"]
    return reason.message, reason.effect, [(f.name, f.value) for f in reason.facts]


def test_a_level_without_enough_credits_in_the_last_year_says_it_is_not_kept() -> None:
    """4 credits in 2020 reach One; none in the year to 30 June 2024, of the 2 it takes to keep it."""
    done = [credits("old", "core", date(2020, 1, 1), 4), credits("recent", "core", date(2023, 6, 30), 2)]
    result = tally(MAYOR, done, kept_program(), as_of=AS_OF)
    assert result.level("one").kept is False
    assert maintenance(result) == (
        "To keep One: 2 credits in the last 1 year; 0 credits counted (2023-07-01 to 2024-06-30): not kept.",
        Effect.FAIL,
        [("counted", "0"), ("minimum", "2")],
    )


def test_a_level_with_enough_credits_in_the_last_year_says_it_is_kept() -> None:
    done = [credits("old", "core", date(2020, 1, 1), 4), credits("recent", "core", date(2023, 7, 1), 3)]
    result = tally(MAYOR, done, kept_program(), as_of=AS_OF)
    assert result.level("one").kept is True
    assert maintenance(result) == (
        "To keep One: 2 credits in the last 1 year; 3 credits counted (2023-07-01 to 2024-06-30): kept.",
        Effect.PASS,
        [("counted", "3"), ("minimum", "2")],
    )
