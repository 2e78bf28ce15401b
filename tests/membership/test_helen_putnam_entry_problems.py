"""The problems of a Helen Putnam Award entry, each at its path in fixed words (models.py).

Rules under test (src/calcities_domain/membership/models.py, ``HelenPutnamEntry``; docs/membership.md,
"The Helen Putnam Award"):

* Any member city, a group of California cities, or a division may enter: an entry names
  the cities entering or the division, not neither and not both.
* Each city entering is named once, in non-blank text.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.membership import HelenPutnamEntry

STARTED = date(2021, 6, 1)


@pytest.mark.parametrize(
    ("applicants", "division", "problems"),
    [
        ((), None, [("applicants", "name the city or cities entering, or the division")]),
        (("Danville",), "east_bay", [("division", "an entry is by cities or by a division, not both")]),
        (("Danville", " "), None, [("applicants[1]", "must be non-blank text")]),
        (("Danville", "Orange", "Danville"), None, [("applicants[2]", "'Danville' is named twice")]),
    ],
    ids=["neither", "both", "blank city", "city twice"],
)
def test_a_bad_entry_is_refused_at_the_path_of_the_problem(
    applicants: tuple[str, ...], division: str | None, problems: list[tuple[str, str]]
) -> None:
    """HelenPutnamEntry: an InputError for a city named twice, or neither applicants nor a division."""
    with pytest.raises(InputError) as caught:
        HelenPutnamEntry(applicants, "Housing", STARTED, division=division)
    assert [(p.path, p.message) for p in caught.value.problems] == problems


@pytest.mark.parametrize(
    ("applicants", "division"), [(("Danville",), None), (("Danville", "Orange"), None), ((), "east_bay")]
)
def test_a_city_a_group_or_a_division_may_make_an_entry(applicants: tuple[str, ...], division: str | None) -> None:
    """docs/membership.md: any member city, a group of California cities, or a division may enter."""
    entry = HelenPutnamEntry(applicants, "Housing", STARTED, division=division)
    assert (entry.applicants, entry.division) == (applicants, division)
