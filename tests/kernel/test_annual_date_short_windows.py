"""A weekday among a few days of a month does not fall every year: ``in_year`` then gives None.

Rule under test (src/calcities_domain/kernel/holidays.py, ``AnnualDate.in_year``): "The date
in ``year``, or None if it does not occur (Feb 30, a 5th Monday)". The form "a ``weekday``
among ``month_days``" looks in ``year`` only: a window of fewer than seven days misses its
weekday in some years, and then the answer is None, never a date of a later year.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel.holidays import AnnualDate

#: A Monday on 1 or 2 June: 2020-06-01, then not until 2025-06-02.
FIRST_MONDAY_1_OR_2_JUNE = AnnualDate(6, weekday="MO", month_days=(1, 2))
#: A Monday on 31 March: 2025, then 2031 (the window is one day).
MONDAY_31_MARCH = AnnualDate(3, weekday="MO", month_days=(31,))


@pytest.mark.parametrize(
    ("rule", "year", "expected"),
    [
        (FIRST_MONDAY_1_OR_2_JUNE, 2020, date(2020, 6, 1)),
        (FIRST_MONDAY_1_OR_2_JUNE, 2021, None),
        (FIRST_MONDAY_1_OR_2_JUNE, 2024, None),
        (FIRST_MONDAY_1_OR_2_JUNE, 2025, date(2025, 6, 2)),
        (MONDAY_31_MARCH, 2024, None),
        (MONDAY_31_MARCH, 2025, date(2025, 3, 31)),
        (MONDAY_31_MARCH, 2026, None),
        (MONDAY_31_MARCH, 9998, None),
    ],
)
def test_a_weekday_in_a_short_window_falls_in_some_years_only(
    rule: AnnualDate, year: int, expected: date | None
) -> None:
    assert rule.in_year(year) == expected


def test_a_year_without_the_weekday_gives_no_date_of_another_year() -> None:
    """Whatever the year asked, a date found is in that year."""
    for year in range(2020, 2032):
        found = FIRST_MONDAY_1_OR_2_JUNE.in_year(year)
        assert found is None or (found.year, found.month, found.weekday()) == (year, 6, 0)
