"""An activity on the day of the tally counts; one after it is reported, with its identifier and date.

Rules under test (src/calcities_domain/recognition/tally.py, its module docstring, step 1:
"Only activities on or before the day, inside the level's window, count"; ``tally``:
"as_of: The day of the tally: later activities do not count"):

* An activity dated on the day itself counts, and nothing reports it as not counting yet.
* An activity dated after the day is reported once for the tally
  (``recognition.uncounted.after``): "<id> (<title>) is dated <day>, after <as of>: it does
  not count yet.", keeping the activity and its date as the facts ``activity`` and ``on``.

The programs, cities and people here are made up (the shared ones of test_tally.py: ``ONE``
asks 10 credits).
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import Effect, Fact
from calcities_domain.recognition import LevelStatus, Tally, tally
from tests.recognition.test_tally import AS_OF, MAYOR, ONE, credits


def reported(result: Tally) -> list[str]:
    return [r.code for r in result.reasons if r.code.startswith("recognition.uncounted")]


def test_an_activity_on_the_day_counts_and_is_not_reported_as_later() -> None:
    done = [credits("a", "core", date(2024, 6, 1), 5), credits("today", "core", AS_OF, 5)]
    result = tally(MAYOR, done, ONE, as_of=AS_OF)
    assert result.level("one").status is LevelStatus.REACHED
    assert result.level("one").credits == 10
    assert reported(result) == []
    assert all("does not count yet" not in r.message for r in result.reasons)


def test_an_activity_after_the_day_is_reported_with_its_identifier_and_date() -> None:
    done = [credits("today", "core", AS_OF, 5), credits("tomorrow", "core", date(2025, 1, 1), 5)]
    result = tally(MAYOR, done, ONE, as_of=AS_OF)
    assert result.level("one").credits == 5
    assert reported(result) == ["recognition.uncounted.after"]
    (after,) = [r for r in result.reasons if r.code == "recognition.uncounted.after"]
    assert after.message == "tomorrow (Seminar tomorrow) is dated 2025-01-01, after 2024-12-31: it does not count yet."
    assert after.effect is Effect.INFO
    assert after.facts == (Fact("activity", "tomorrow"), Fact("on", "2025-01-01"))
    assert after.fact("on") == "2025-01-01"
