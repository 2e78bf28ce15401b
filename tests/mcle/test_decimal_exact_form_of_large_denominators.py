"""``to_decimal`` is exact for any power of 5 (or of 2 and 5) in the denominator, however large.

Rules under test (src/calcities_domain/mcle/rules.py, ``to_decimal``: "An exact Decimal for a
Fraction whose denominator has only the factors 2 and 5"; "Raises: InputError: if the
fraction has no exact decimal form"):

* 1/5**30 is 2**30/10**30, exactly 1.073741824E-21; 3/(2**3 * 5**40) is 3 * 2**37 / 10**40.
  A denominator past the 53 bits of a float must still be divided out exactly.
* 1/(3 * 5**30) has a factor 3 left: refused, under ``value``.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle.rules import to_decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Fraction(1, 5**30), Decimal("1.073741824E-21")),
        (Fraction(3, 2**3 * 5**40), Decimal(3 * 2**37) / Decimal(10) ** 40),
        (Fraction(7, 5**24), Decimal(7 * 2**24) / Decimal(10) ** 24),
    ],
)
def test_a_large_power_of_five_in_the_denominator_has_an_exact_decimal(value: Fraction, expected: Decimal) -> None:
    result = to_decimal(value)
    assert result == expected
    assert Fraction(result) == value


def test_a_factor_three_beside_a_large_power_of_five_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        to_decimal(Fraction(1, 3 * 5**30))
    assert [problem.path for problem in caught.value.problems] == ["value"]
    assert "has no exact decimal form" in caught.value.problems[0].message
