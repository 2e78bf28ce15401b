"""``prorate`` refuses a bad argument and shows the value it was given.

Rules under test (src/calcities_domain/mcle/rules.py, ``prorate``; DESIGN.md principle 8,
every problem at its path in words, naming the bad value; kernel/_words.py, ``shown``: a
problem shows the bad value's repr):

* Hours must be a non-negative, finite Decimal: "expected a non-negative, finite Decimal,
  got <value>".
* ``subject_months`` and ``period_months`` must be whole numbers: "expected a whole number,
  got <value>".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from calcities_domain.kernel import InputError, Problem
from calcities_domain.mcle import prorate


@pytest.mark.parametrize(
    ("hours", "shown"),
    [("25", "'25'"), (25, "25"), (Decimal(-1), "Decimal('-1')"), (Decimal("NaN"), "Decimal('NaN')")],
)
def test_bad_hours_are_shown_in_the_refusal(hours: object, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        prorate(hours, 12, 36, round_up=True)  # type: ignore[arg-type]
    assert caught.value.problems == (Problem("hours", f"expected a non-negative, finite Decimal, got {shown}"),)


@pytest.mark.parametrize(
    ("subject_months", "period_months", "path", "shown"),
    [
        (12.0, 36, "subject_months", "12.0"),
        (True, 36, "subject_months", "True"),
        (12, "36", "period_months", "'36'"),
    ],
)
def test_months_that_are_not_whole_numbers_are_shown_in_the_refusal(
    subject_months: object, period_months: object, path: str, shown: str
) -> None:
    with pytest.raises(InputError) as caught:
        prorate(Decimal(25), subject_months, period_months, round_up=True)  # type: ignore[arg-type]
    assert caught.value.problems == (Problem(path, f"expected a whole number, got {shown}"),)
    assert str(caught.value) == f"1 problem in the input:\n  {path}: expected a whole number, got {shown}"
