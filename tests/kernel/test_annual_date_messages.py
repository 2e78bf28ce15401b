"""The wording and bounds of :class:`AnnualDate`'s input problems.

An annual date has exactly one form (a fixed day; an nth weekday; a weekday among month
days), days of a month run 1-31 and weekdays are the two-letter codes of
:mod:`dateutil.rrule` (``MO`` ... ``SU``); each problem names its field and what would be
right (DESIGN.md, principle 8; messages are public API).
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import AnnualDate, InputError, Problem


def test_month_days_may_run_to_the_31st() -> None:
    """The last Friday of a month among its 25th-31st: the 31st is a day of the month."""
    last_friday = AnnualDate(1, weekday="FR", month_days=(25, 26, 27, 28, 29, 30, 31))
    assert last_friday.in_year(2025) == date(2025, 1, 31)
    assert AnnualDate(3, weekday="MO", month_days=(31,)).in_year(2025) == date(2025, 3, 31)


def test_an_unknown_weekday_lists_the_codes_accepted() -> None:
    with pytest.raises(InputError) as caught:
        AnnualDate(1, weekday="XX", nth=1)
    assert caught.value.problems == (Problem("weekday", "expected one of MO, TU, WE, TH, FR, SA, SU, got 'XX'"),)


def test_a_fixed_day_with_another_form_says_it_cannot_be_combined() -> None:
    with pytest.raises(InputError) as caught:
        AnnualDate(1, day=1, weekday="MO")
    assert caught.value.problems == (Problem("day", "a fixed day cannot be combined with weekday, nth or month_days"),)


def test_no_form_says_which_forms_there_are() -> None:
    with pytest.raises(InputError) as caught:
        AnnualDate(1)
    assert caught.value.problems == (
        Problem("$", "give a fixed day, or a weekday with nth, or a weekday with month_days"),
    )
