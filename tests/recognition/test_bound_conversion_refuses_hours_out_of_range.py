"""A conversion of hours to credits refuses hours below zero or above a million.

Rule under test (src/calcities_domain/recognition/models.py, ``Conversion.credits``:
"Raises: InputError: if ``hours`` is not a Decimal from zero to a million"): a finite
Decimal outside that range is refused, naming ``hours`` and the range; the bounds
themselves are accepted.

The conversion here is TML's: a CEU is 50 minutes, rounded down to a hundredth (assumed).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import Rounding
from calcities_domain.recognition.models import MAX_AMOUNT
from tests.recognition.test_models import conversion

TML = conversion(50, "0.01", Rounding.DOWN)


@pytest.mark.parametrize("hours", [Decimal(-1), Decimal("-0.01"), MAX_AMOUNT + 1])
def test_finite_hours_outside_zero_to_a_million_are_refused(hours: Decimal) -> None:
    with pytest.raises(InputError) as info:
        TML.credits(hours)
    assert [problem.path for problem in info.value.problems] == ["hours"]
    assert f"expected a Decimal from 0 to 1,000,000, got {hours!r}" in str(info.value)


def test_the_bounds_themselves_are_converted() -> None:
    assert TML.credits(Decimal(0)) == 0
    assert TML.credits(MAX_AMOUNT) == Decimal(1_200_000)
