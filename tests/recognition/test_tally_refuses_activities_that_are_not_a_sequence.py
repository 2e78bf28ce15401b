"""A tally refuses activities that are not a sequence, naming the argument, for any program.

Rules under test (src/calcities_domain/recognition/tally.py, ``tally``: "Raises: InputError:
naming every problem: an activity in a category or of a kind the program does not have,
two activities of one identifier, bad arguments"; docs/errors.md, InputError):

* Activities given as something other than a sequence (a number, a text, None) are a bad
  argument: an InputError whose one problem is at ``activities`` and says
  "expected a sequence, got <value>", with a valid program as with an invalid one.
* Every problem is named at once: a bad day or a bad program with bad activities gives both.

The programs, cities and people here are made up (the shared ones of test_tally.py: ``ONE``
asks 10 credits).
"""

from __future__ import annotations

from typing import Any

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.recognition import tally
from tests.recognition.test_tally import AS_OF, MAYOR, ONE


@pytest.mark.parametrize(
    ("activities", "program", "as_of", "problems"),
    [
        (5, ONE, AS_OF, [("activities", "expected a sequence, got 5")]),
        ("a1", ONE, AS_OF, [("activities", "expected a sequence, got 'a1'")]),
        (None, ONE, AS_OF, [("activities", "expected a sequence, got None")]),
        (
            5,
            ONE,
            "2024-12-31",
            [("as_of", "expected a date, got '2024-12-31'"), ("activities", "expected a sequence, got 5")],
        ),
        (
            5,
            "example",
            AS_OF,
            [("program", "expected a Program, got 'example'"), ("activities", "expected a sequence, got 5")],
        ),
    ],
    ids=["number", "text", "none", "bad-day", "bad-program"],
)
def test_activities_that_are_not_a_sequence_are_named_with_every_other_problem(
    activities: Any, program: Any, as_of: Any, problems: list[tuple[str, str]]
) -> None:
    with pytest.raises(InputError) as info:
        tally(MAYOR, activities, program, as_of=as_of)
    assert [(p.path, p.message) for p in info.value.problems] == problems
