"""A term window cannot be told without the official whose term it is, and the error says so.

Rules under test (src/calcities_domain/recognition/models.py, ``Window.span``: "Raises:
InputError: if ... a term window is asked for without an official"; ``WindowKind.TERM``,
"the activities of the official's term"; kernel/errors.py, ``InputError``, every problem
with its path):

* ``Window(TERM).span(day)`` without an official raises an InputError with one problem, at
  the path ``official``: "a term window needs the official, whose term it is".

The source here is made up (the shared one of test_tally.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import InputError, Problem
from calcities_domain.recognition import Window, WindowKind
from tests.recognition.test_tally import ASSUMED


def test_a_term_window_without_the_official_names_what_is_missing() -> None:
    with pytest.raises(InputError) as caught:
        Window(WindowKind.TERM, ASSUMED).span(date(2024, 1, 1))
    assert caught.value.problems == (Problem("official", "a term window needs the official, whose term it is"),)
    assert str(caught.value) == (
        "1 problem in the input:\n  official: a term window needs the official, whose term it is"
    )
