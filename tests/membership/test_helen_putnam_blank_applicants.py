"""Every blank city name in a Helen Putnam Award entry is refused at its own index, in fixed words.

Rules under test (src/calcities_domain/membership/models.py, ``HelenPutnamEntry``; docs/membership.md,
"The Helen Putnam Award"; DESIGN.md principle 8, every problem at its path in one error):

* Each city entering is named in non-blank text: an empty or whitespace-only name is
  refused at ``applicants[<index>]`` with "must be non-blank text", once per blank name.
* A second blank name is blank, not "named twice".
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.membership import HelenPutnamEntry


def test_each_blank_city_name_is_refused_at_its_index() -> None:
    with pytest.raises(InputError) as caught:
        HelenPutnamEntry(("", "Danville", "\t ", " "), "Housing", date(2021, 6, 1))
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("applicants[0]", "must be non-blank text"),
        ("applicants[2]", "must be non-blank text"),
        ("applicants[3]", "must be non-blank text"),
    ]
