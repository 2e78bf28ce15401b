"""The records of hours required, counted and missing refuse a category that is not a code.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``Requirement``, ``CategoryHours``
and ``Shortfall``: "category: ``"total"``, ``"participatory"`` or a subfield code";
kernel/_checks.py, ``code``: "a stable dotted identifier such as ``mcle.self_study_cap``"):

* A category written for people ("Self Study") is refused with an InputError naming the
  field ``category`` and the value given, as every other bad field is.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from calcities_domain.kernel import Confidence, InputError, Source
from calcities_domain.mcle import CategoryHours, Requirement, Shortfall

SOURCE = Source("Example rule", Confidence.ASSUMED)
MESSAGE = "must be a dotted lower-case identifier like 'mcle.self_study_cap', got 'Self Study'"


def problems(caught: pytest.ExceptionInfo[InputError]) -> list[tuple[str, str]]:
    return [(problem.path, problem.message) for problem in caught.value.problems]


def test_category_hours_refuse_a_category_written_for_people() -> None:
    with pytest.raises(InputError) as caught:
        CategoryHours("Self Study", Decimal(1))
    assert problems(caught) == [("category", MESSAGE)]


def test_a_requirement_refuses_a_category_written_for_people() -> None:
    with pytest.raises(InputError) as caught:
        Requirement("Self Study", "Self study", Decimal(1), Decimal(1), SOURCE)
    assert problems(caught) == [("category", MESSAGE)]


def test_a_shortfall_refuses_a_category_written_for_people() -> None:
    with pytest.raises(InputError) as caught:
        Shortfall("Self Study", "Self study", Decimal(1), date(2025, 1, 31))
    assert problems(caught) == [("category", MESSAGE)]
