"""A timeline whose entries are bad is not checked for consistency: the bad entry is named alone.

Rules under test (src/calcities_domain/kernel/timeline.py, ``Timeline``; docs/architecture.md,
"Validation": "Checks that relate fields run once the fields they compare are sound";
docs/errors.md, "InputError"):

* A timeline with a bad field raises InputError naming it, never a TypeError or an
  AttributeError: an entry that is not a DatedValue is named at ``entries[i]``.
* The consistency of entries (order, overlaps, gaps) is checked only when ``entries`` and
  ``gaps`` are sound on their own, so a list of overlapping values is refused for being a
  list, and not also for overlapping.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.kernel import Confidence, DatedValue, DateRange, InputError, Source, Timeline

S = Source("Example rules", Confidence.ASSUMED)
FIRST = DatedValue(DateRange(date(2020, 1, 1), date(2020, 12, 31)), 1, S)
OPEN = DatedValue(DateRange(date(2020, 6, 1)), 2, S)


def build(entries: Any, gaps: Any = ()) -> Timeline[Any]:
    return Timeline("example.rule", "An example", entries, gaps)


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        ((FIRST, 1), [("entries[1]", "expected DatedValue, got 1")]),
        ((FIRST, OPEN, "2021"), [("entries[2]", "expected DatedValue, got '2021'")]),
        ((None, FIRST), [("entries[0]", "expected DatedValue, got None")]),
    ],
    ids=["second", "third after an overlap", "first"],
)
def test_an_entry_that_is_not_a_dated_value_is_named_alone(entries: Any, expected: list[tuple[str, str]]) -> None:
    with pytest.raises(InputError) as caught:
        build(entries)
    assert [(p.path, p.message) for p in caught.value.problems] == expected


def test_a_list_of_overlapping_values_is_refused_for_being_a_list() -> None:
    listed = [FIRST, OPEN]
    with pytest.raises(InputError) as caught:
        build(listed)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("entries", f"expected a tuple of DatedValue, got {listed!r}")
    ]
