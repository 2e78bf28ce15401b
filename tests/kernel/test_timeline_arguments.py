"""``Timeline.from_values`` names the argument that is not a sequence of rows.

DESIGN.md, principle 8: bad input raises an InputError whose problems carry the path of the
offending value; for ``from_values`` the paths are the argument names (``values``,
``gaps``) and the rows under them (``values[2].start``, ``gaps[0]``).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.kernel import Confidence, InputError, Problem, Source, Timeline

SRC = Source("Example rules", Confidence.CONFIRMED, section="1")


@pytest.mark.parametrize("values", [5, "rows", b"rows", None])
def test_values_that_are_not_a_sequence_are_named_values(values: Any) -> None:
    with pytest.raises(InputError) as caught:
        Timeline.from_values("example.hours", "Hours required", values)
    assert caught.value.problems == (Problem("values", f"expected a sequence, got {values!r}"),)


@pytest.mark.parametrize("gaps", [5, "gaps", None])
def test_gaps_that_are_not_a_sequence_are_named_gaps(gaps: Any) -> None:
    rows = [(date(2000, 1, 1), None, 25, SRC)]
    with pytest.raises(InputError) as caught:
        Timeline.from_values("example.hours", "Hours required", rows, gaps=gaps)
    assert caught.value.problems == (Problem("gaps", f"expected a sequence, got {gaps!r}"),)


def test_a_malformed_gap_is_named_by_its_index() -> None:
    rows = [(date(2000, 1, 1), date(2000, 12, 31), 25, SRC), (date(2002, 1, 1), None, 30, SRC)]
    gaps: list[Any] = [(date(2001, 1, 1),)]
    with pytest.raises(InputError) as caught:
        Timeline.from_values("example.hours", "Hours required", rows, gaps=gaps)
    assert caught.value.problems == (Problem("gaps[0]", f"expected a (start, end) pair, got {(date(2001, 1, 1),)!r}"),)
