"""An activity's own problems do not hide that it gives both hours and credits.

Rule under test (src/calcities_domain/recognition/models.py, ``Activity``: "give hours or
credits, not both", checked across fields by ``Activity._across``; kernel/_checks.py,
``validate``: "the fields named in ``independent`` are not read by ``across``, so a problem
with one of them does not hide the checks across the others"; the guide's standard: bad
input gets one error that names every problem and its path):

* A bad identifier, title, category, day, kind, course or evidence is named together with
  the hours and credits given at once: ``_across`` reads neither of those fields.
* A bad number of hours or credits is named alone: the check across them reads it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from calcities_domain.kernel import InputError, Problem
from calcities_domain.recognition import Activity

BOTH = Problem("credits", "give hours or credits, not both")

GOOD: dict[str, Any] = {
    "activity_id": "a1",
    "title": "Budgeting basics",
    "category": "core",
    "on": date(2024, 3, 1),
    "hours": Decimal(2),
    "credits": Decimal(1),
}


def problems_of(**changes: Any) -> tuple[Problem, ...]:
    fields = {**GOOD, **changes}
    positional = [fields.pop(name) for name in ("activity_id", "title", "category", "on")]
    with pytest.raises(InputError) as caught:
        Activity(*positional, **fields)
    return caught.value.problems


def test_both_hours_and_credits_alone_is_one_problem() -> None:
    assert problems_of() == (BOTH,)


@pytest.mark.parametrize(
    ("field", "bad"),
    [
        ("activity_id", " "),
        ("title", ""),
        ("category", "Not An Identifier"),
        ("on", "2024-03-01"),
        ("kind", "Not An Identifier"),
        ("course", " "),
        ("evidence", ""),
    ],
)
def test_a_field_the_check_across_does_not_read_is_named_with_it(field: str, bad: object) -> None:
    problems = problems_of(**{field: bad})
    assert [p.path for p in problems] == [field, "credits"]
    assert problems[-1] == BOTH


@pytest.mark.parametrize("field", ["hours", "credits"])
def test_a_bad_amount_is_named_alone(field: str) -> None:
    problems = problems_of(**{field: Decimal(-1)})
    assert [p.path for p in problems] == [field]
