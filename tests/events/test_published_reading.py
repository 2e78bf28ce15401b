"""Reading a published deadline: the years it may name, and words before its date.

Rules under test (src/calcities_domain/events/published.py):

* A date has a year from 1 to 9999 (``datetime.date``'s range), given in the wording or as
  ``year``; the first and the last are dates like any other, and the weekday named is
  checked against them.
* The date is the first "month day" the wording names: a word and a number that are no
  month and day ("Room 5") are passed over, not taken for the end of the search.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.events import check_published_deadline, parse_published_deadline


@pytest.mark.parametrize(
    ("wording", "year", "day", "weekday"),
    [
        ("Monday, Jan. 1", 1, date(1, 1, 1), 0),  # the first day of year 1 was a Monday (proleptic Gregorian)
        ("Monday, Jan. 1, 0001", None, date(1, 1, 1), 0),
        ("Friday, Dec. 31, 9999", None, date(9999, 12, 31), 4),
        ("Friday, Dec. 31", 9999, date(9999, 12, 31), 4),
    ],
    ids=["year 1 given", "year 1 in the wording", "year 9999 in the wording", "year 9999 given"],
)
def test_the_first_and_the_last_year_are_read(wording: str, year: int | None, day: date, weekday: int) -> None:
    found = parse_published_deadline(wording, year=year)
    assert (found.day, found.weekday) == (day, weekday)
    assert check_published_deadline(wording, year=year).outcome is True


def test_a_word_and_a_number_before_the_date_are_passed_over() -> None:
    found = parse_published_deadline("Room 5 closes Friday, Feb. 9, 2024")
    assert (found.day, found.weekday) == (date(2024, 2, 9), 4)
