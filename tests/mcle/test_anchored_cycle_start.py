"""A day before a New York licensee's first cycle is in no period, and the error says why.

Rules under test (src/calcities_domain/mcle/jurisdiction.py, ``AnchoredCycles``; new_york.py,
NY_CYCLE: 22 NYCRR 1500.22(b)(1), the biennial cycle is the attorney's own, from
``Licensee.cycle_start``; docs/errors.md, "RuleNotInForce"):

* Periods anchored on a licensee start on their ``cycle_start``: a day before it is not in
  force, a RuleNotInForce naming the rule ``mcle.us_ny.periods.cycle_from_<start>``, the day,
  what is covered ("<start> onwards") and why: "the licensee's first cycle starts later".
* The first day of the first cycle is in force.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from calcities_domain.kernel import RuleNotInForce
from calcities_domain.mcle import NEW_YORK, Licensee, compliance_period


@pytest.mark.parametrize("cycle_start", [date(2020, 7, 1), date(2021, 7, 2), date(2024, 2, 29)])
def test_a_day_before_the_first_cycle_is_not_in_force(cycle_start: date) -> None:
    licensee = Licensee("ny1", date(2010, 3, 1), cycle_start=cycle_start)
    before = cycle_start - timedelta(days=1)
    with pytest.raises(RuleNotInForce) as caught:
        compliance_period(licensee, containing=before, jurisdiction=NEW_YORK)
    rule = f"mcle.us_ny.periods.cycle_from_{cycle_start:%Y_%m_%d}"
    assert (caught.value.rule, caught.value.on) == (rule, before)
    assert caught.value.covered == (f"{cycle_start} onwards",)
    assert caught.value.detail == "the licensee's first cycle starts later"
    assert str(caught.value) == (
        f"rule {rule!r} is not in force on {before} (the licensee's first cycle starts later); "
        f"it covers: {cycle_start} onwards"
    )


def test_the_first_day_of_the_first_cycle_is_in_force() -> None:
    licensee = Licensee("ny1", date(2010, 3, 1), cycle_start=date(2020, 7, 1))
    period = compliance_period(licensee, containing=date(2020, 7, 1), jurisdiction=NEW_YORK)
    assert (period.start, period.end) == (date(2020, 7, 1), date(2022, 6, 30))
