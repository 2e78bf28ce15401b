"""Tests of published.py: reading deadlines as announcements word them, and checking their weekdays.

Rules under test (src/calcities_domain/events/published.py; ../shared/domain/
torch-events-training.md sections 2.3, 2.4 and 6):

* Section 6: Cal Cities gives deadlines as calendar dates, often with a weekday
  ("register by Friday, Feb. 9th, 2024"), sometimes without a year ("by Wednesday,
  May 10") or a weekday ("Registration closes January 14"). The wording is read as a date
  (with the year given by the caller when the wording names none) and, if named, a weekday.
* Section 2.4 and section 6: published weekdays can be wrong: the 2022 Annual Conference's
  "by Monday, July 27" (27 July 2022 was a Wednesday). The check says whether the weekday
  named is the date's weekday; when they disagree it names both and cites that case
  (events/cal_cities.py, ``WRONG_WEEKDAY``), never guessing which is right. With no weekday
  there is nothing to check.
* Abbreviations ("Sept.", "Thurs.") and ordinals ("1st", "2nd", "3rd", "9th") are read.
* The weekday is read wherever the wording names it ("Feb. 9, 2024 (Friday)"). A wording
  whose weekday cannot be read (two different weekdays, or a misspelt one such as "Thurday")
  cannot be checked: an InputError at ``text``. Words ending in "day" that are not weekdays
  ("today", "holiday") name none.
* A year in the wording wins over the year given; when they differ, the check fails with
  ``events.published.year_mismatch`` (one of them is wrong, and which is not guessed).
* A wording naming a date that does not exist, or none at all, is an InputError at
  ``text``; one naming no year when none is given, at ``year``. A weekday number is 0
  (Monday) to 6 (Sunday).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.events import PublishedDeadline, check_published_deadline, parse_published_deadline
from calcities_domain.events.cal_cities import WRONG_WEEKDAY
from calcities_domain.kernel import Confidence, Decision, Effect, InputError
from calcities_domain.serialization import structure, unstructure

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FULL_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


# --------------------------------------------------------------- the wordings of the sources

#: (wording, year given, the date, the weekday named (0 = Monday) or None), from sections 2.3 and 2.4.
PUBLISHED = [
    # MLI 2024 page: "Register by Friday, Feb. 9th, 2024".
    ("Register by Friday, Feb. 9th, 2024", None, date(2024, 2, 9), 4),
    # City Attorneys Spring Conference 2023 page: "by Wednesday, May 10".
    ("by Wednesday, May 10", 2023, date(2023, 5, 10), 2),
    # Mayors and Council Members Academy 2024: "by Monday, Jan. 15".
    ("by Monday, Jan. 15", 2024, date(2024, 1, 15), 0),
    # City Leaders Summit 2024: "by Tuesday, April 9".
    ("by Tuesday, April 9", 2024, date(2024, 4, 9), 1),
    # New Mayors and Council Members Academy 2022: "Registration closes January 14".
    ("Registration closes January 14", 2022, date(2022, 1, 14), None),
    # Mayors and Council Members Academy 2026: "Online registration ends Wednesday, Jan. 14".
    ("Online registration ends Wednesday, Jan. 14", 2026, date(2026, 1, 14), 2),
    # City Managers Conference 2026: "ends Wednesday, Feb. 4".
    ("ends Wednesday, Feb. 4", 2026, date(2026, 2, 4), 2),
    # Planning Commissioners Academy 2026: "ends Wednesday, March 4".
    ("ends Wednesday, March 4", 2026, date(2026, 3, 4), 2),
    # City Leaders Summit 2026: "ends Wednesday, April 15".
    ("ends Wednesday, April 15", 2026, date(2026, 4, 15), 2),
    # City Attorneys Spring Conference 2026: "prior to the May 6 deadline".
    ("prior to the May 6 deadline", 2026, date(2026, 5, 6), None),
    # Annual Conference 2021 (section 2.4): "Early bird registration closes on Friday, July 16".
    ("Early bird registration closes on Friday, July 16", 2021, date(2021, 7, 16), 4),
    # Annual Conference 2023 (section 2.4): "Before July 27" and "Register before July 26 to get $50 off".
    ("Before July 27, registration for all three days starts at $650", 2023, date(2023, 7, 27), None),
    ("Register before July 26 to get $50 off", 2023, date(2023, 7, 26), None),
]


WITH_WEEKDAY = [p for p in PUBLISHED if p[3] is not None]


@pytest.mark.parametrize(("wording", "year", "day", "weekday"), PUBLISHED, ids=[p[0] for p in PUBLISHED])
def test_the_published_wordings_are_read(wording: str, year: int | None, day: date, weekday: int | None) -> None:
    found = parse_published_deadline(wording, year=year)
    assert found == PublishedDeadline(wording, day, weekday)


@pytest.mark.parametrize(("wording", "year", "day", "weekday"), WITH_WEEKDAY, ids=[p[0] for p in WITH_WEEKDAY])
def test_the_published_weekdays_are_right(wording: str, year: int | None, day: date, weekday: int) -> None:
    """Sections 2.3 and 2.4: every weekday published, but the 2022 one, matches its date."""
    decision = check_published_deadline(wording, year=year)
    assert decision.outcome is True
    assert decision.codes == ("events.published.weekday",)
    (reason,) = decision.reasons
    assert reason.effect is Effect.PASS
    assert reason.fact("day") == day.isoformat()
    assert reason.fact("weekday_of_day") == WEEKDAYS[weekday]
    assert reason.message == f"{wording!r} names {WEEKDAYS[weekday]}, and {day} is a {WEEKDAYS[weekday]}."
    assert decision.question == f"Does {wording!r} name a weekday that matches its date?"
    assert decision.failures == ()
    assert decision.sources() == ()


def test_the_mli_2024_wording() -> None:
    """MLI 2024 page: "Register by Friday, Feb. 9th, 2024": 9 February 2024 was a Friday."""
    decision = check_published_deadline("Register by Friday, Feb. 9th, 2024")
    assert decision.outcome is True
    assert "'Register by Friday, Feb. 9th, 2024' names Friday, and 2024-02-09 is a Friday." in decision.explain()


@pytest.mark.parametrize(
    ("wording", "year", "day"),
    [
        ("Registration closes January 14", 2022, date(2022, 1, 14)),
        ("prior to the May 6 deadline", 2026, date(2026, 5, 6)),
    ],
)
def test_a_wording_without_a_weekday_has_nothing_to_check(wording: str, year: int, day: date) -> None:
    """Section 2.3: "Registration closes January 14" (2022, a Friday); "prior to the May 6 deadline" (2026)."""
    decision = check_published_deadline(wording, year=year)
    assert decision.outcome is True
    assert decision.codes == ("events.published.no_weekday",)
    (reason,) = decision.reasons
    assert reason.effect is Effect.INFO
    assert reason.fact("day") == day.isoformat()
    assert reason.fact("weekday_of_day") == f"{day:%A}"
    assert "no weekday: nothing to check" in reason.message
    assert decision.failures == ()


def test_the_wrong_weekday_of_2022() -> None:
    """Section 2.4: "by Monday, July 27" (2022 Annual Conference early bird); 27 July 2022 was a Wednesday."""
    decision = check_published_deadline("by Monday, July 27", year=2022)
    assert decision.outcome is False
    assert decision.codes == ("events.published.weekday_mismatch",)
    (reason,) = decision.failures
    assert reason.effect is Effect.FAIL
    assert reason.source == WRONG_WEEKDAY
    assert WRONG_WEEKDAY.confidence is Confidence.CONFIRMED
    assert decision.assumptions() == ()
    assert reason.message == (
        "'by Monday, July 27' names Monday, but 2022-07-27 is a Wednesday: the weekday or the date is wrong."
    )
    assert reason.fact("weekday_named") == "Monday"
    assert reason.fact("weekday_of_day") == "Wednesday"
    assert reason.fact("day") == "2022-07-27"
    assert parse_published_deadline("by Monday, July 27", year=2022) == PublishedDeadline(
        "by Monday, July 27", date(2022, 7, 27), 0
    )


def test_a_year_in_the_wording_wins_over_the_year_given() -> None:
    found = parse_published_deadline("Register by Friday, Feb. 9th, 2024", year=2023)
    assert found.day == date(2024, 2, 9)


def test_a_year_in_the_wording_that_differs_from_the_year_given_fails_the_check() -> None:
    """MLI 2024's wording checked as a 2023 deadline: the wording or the year given is wrong."""
    wording = "Register by Friday, Feb. 9th, 2024"
    decision = check_published_deadline(wording, year=2023)
    assert decision.outcome is False
    assert decision.codes == ("events.published.year_mismatch",)
    (reason,) = decision.failures
    assert reason.effect is Effect.FAIL
    assert reason.message == (
        "'Register by Friday, Feb. 9th, 2024' names the year 2024, not 2023: the wording or the year given is wrong."
    )
    assert reason.fact("day") == "2024-02-09"
    assert reason.fact("year_given") == "2023"
    assert decision.question == f"Does {wording!r} name a weekday that matches its date?"
    assert structure(unstructure(decision), Decision[bool]) == decision


def test_a_year_in_the_wording_equal_to_the_year_given_is_checked_as_usual() -> None:
    decision = check_published_deadline("Register by Friday, Feb. 9th, 2024", year=2024)
    assert decision.outcome is True
    assert decision.codes == ("events.published.weekday",)


def test_the_year_given_decides_the_weekday() -> None:
    """'by Wednesday, May 10': a Wednesday in 2023, a Friday in 2024."""
    assert check_published_deadline("by Wednesday, May 10", year=2023).outcome is True
    mismatch = check_published_deadline("by Wednesday, May 10", year=2024)
    assert mismatch.outcome is False
    assert mismatch.failures[0].fact("weekday_of_day") == "Friday"


# ------------------------------------------------------------ abbreviations and ordinals


@pytest.mark.parametrize(
    ("wording", "day", "weekday"),
    [
        ("Thurs., Sept. 1st, 2022", date(2022, 9, 1), 3),
        ("Thur., Sept. 1, 2022", date(2022, 9, 1), 3),
        ("Thu, Sep 1, 2022", date(2022, 9, 1), 3),
        ("Fri., Sept. 2nd, 2022", date(2022, 9, 2), 4),
        ("Sat., Sept. 3rd, 2022", date(2022, 9, 3), 5),
        ("Sun., Sept. 4th, 2022", date(2022, 9, 4), 6),
        ("Mon., Aug. 21st, 2023", date(2023, 8, 21), 0),
        ("Tues., Aug. 22nd, 2023", date(2023, 8, 22), 1),
        ("Wed., Aug. 23rd, 2023", date(2023, 8, 23), 2),
        ("Tue. Dec. 3rd 2024", date(2024, 12, 3), 1),
        ("wednesday, january 14, 2026", date(2026, 1, 14), 2),
        ("Friday Feb 9 2024", date(2024, 2, 9), 4),
        ("Friday, Feb. 9th, 2024.", date(2024, 2, 9), 4),
    ],
)
def test_abbreviations_and_ordinals_are_read(wording: str, day: date, weekday: int) -> None:
    found = parse_published_deadline(wording)
    assert found.day == day
    assert found.weekday == weekday
    assert check_published_deadline(wording).outcome is True


@pytest.mark.parametrize("ordinal", ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "22nd", "31st"])
def test_ordinals(ordinal: str) -> None:
    number = int(ordinal[:-2])
    assert parse_published_deadline(f"by Jan. {ordinal}, 2024").day == date(2024, 1, number)


def test_a_word_before_the_month_that_is_no_weekday_names_none() -> None:
    """'by', 'ends', 'the' before the month name no weekday."""
    for wording in ("by May 6", "ends May 6", "the May 6 deadline"):
        assert parse_published_deadline(wording, year=2026).weekday is None


@pytest.mark.parametrize(
    ("wording", "outcome"),
    [
        ("Feb. 9, 2024 (Friday)", True),
        ("Register by Feb. 9th, 2024, a Friday", True),
        ("Thursday (Feb. 9, 2024)", False),
        ("Feb. 9, 2024 (Thursday)", False),
    ],
)
def test_the_weekday_is_read_anywhere_in_the_wording(wording: str, outcome: bool) -> None:
    """9 February 2024 was a Friday, whether the weekday comes before the date, after it, or in brackets."""
    found = parse_published_deadline(wording)
    assert found.day == date(2024, 2, 9)
    assert found.weekday == (4 if outcome else 3)
    decision = check_published_deadline(wording)
    assert decision.outcome is outcome
    if outcome:
        assert decision.codes == ("events.published.weekday",)
    else:
        assert decision.codes == ("events.published.weekday_mismatch",)
        assert decision.failures[0].fact("weekday_named") == "Thursday"
        assert decision.failures[0].fact("weekday_of_day") == "Friday"
        assert decision.failures[0].source == WRONG_WEEKDAY


@pytest.mark.parametrize(
    ("wording", "fragment"),
    [
        ("Thurday, Feb. 9, 2024", "'thurday' is not a weekday, so the weekday cannot be checked"),
        ("Register by Fryday, Feb. 9th, 2024", "'fryday' is not a weekday"),
        ("Thursday or Friday, Feb. 9, 2024", "names more than one weekday"),
        ("Feb. 9, 2024 (Thursday), Friday at the latest", "names more than one weekday"),
        ("Thurs., Friday Feb. 9, 2024", "names more than one weekday"),
    ],
)
def test_a_weekday_that_cannot_be_read_cannot_be_checked(wording: str, fragment: str) -> None:
    """A misspelt weekday, or two different ones: which weekday is meant is not guessed."""
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording)
    assert paths(info) == ["text"]
    assert fragment in str(info.value)
    with pytest.raises(InputError) as info:
        check_published_deadline(wording)
    assert paths(info) == ["text"]


@pytest.mark.parametrize(
    "wording", ["Friday Friday, Feb. 9, 2024", "Fri., Friday Feb. 9, 2024", "Friday, Feb. 9, 2024 (FRIDAY)"]
)
def test_one_weekday_named_twice_is_one_weekday(wording: str) -> None:
    assert parse_published_deadline(wording).weekday == 4
    assert check_published_deadline(wording).outcome is True


@pytest.mark.parametrize(
    "wording",
    [
        "Register today, by Friday, Feb. 9th, 2024",
        "Friday, Feb. 9, 2024 (the office is closed on the holiday before)",
        "Friday, Feb. 9, 2024, your birthday or not",
    ],
)
def test_words_ending_in_day_that_are_no_weekdays_name_none(wording: str) -> None:
    assert parse_published_deadline(wording).weekday == 4
    assert check_published_deadline(wording).outcome is True
    assert parse_published_deadline("Register today: Feb. 9, 2024").weekday is None


def test_an_upper_case_wording_is_read() -> None:
    assert parse_published_deadline("REGISTER BY FRIDAY, FEB. 9TH, 2024").day == date(2024, 2, 9)


# ------------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "wording",
    ["Friday, Feb. 30, 2024", "Thursday, Feb. 29, 2023", "by April 31, 2024", "by June 0, 2024"],
)
def test_a_date_that_does_not_exist_is_refused(wording: str) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording)
    assert paths(info) == ["text"]
    assert "names a date that does not exist" in str(info.value)
    with pytest.raises(InputError) as info:
        check_published_deadline(wording)
    assert paths(info) == ["text"]


def test_29_february_of_a_leap_year_exists() -> None:
    assert parse_published_deadline("Thursday, Feb. 29, 2024").day == date(2024, 2, 29)


@pytest.mark.parametrize(
    "wording", ["Register soon", "Register by 2024", "by Friday", "Registration closes Smarch 14, 2024"]
)
def test_a_wording_with_no_date_is_refused(wording: str) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording, year=2024)
    assert paths(info) == ["text"]
    assert "no date found" in str(info.value)


@pytest.mark.parametrize("wording", ["by Wednesday, May 10", "Registration closes January 14"])
def test_a_wording_with_no_year_needs_one(wording: str) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording)
    assert paths(info) == ["year"]
    assert "names no year: give the year" in str(info.value)
    with pytest.raises(InputError) as info:
        check_published_deadline(wording)
    assert paths(info) == ["year"]


@pytest.mark.parametrize("year", ["2023", 2023.0, True], ids=repr)
def test_a_year_that_is_not_a_whole_number_is_refused(year: Any) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline("by Wednesday, May 10", year=year)
    assert paths(info) == ["year"]


@pytest.mark.parametrize("year", [0, 10_000, -1])
def test_a_year_out_of_range_is_reported_at_year(year: int) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline("by Wednesday, May 10", year=year)
    assert paths(info) == ["year"]


@pytest.mark.parametrize("wording", [None, 20240209, b"Register by Friday, Feb. 9th, 2024", "", "   "], ids=repr)
def test_a_wording_that_is_not_text_is_refused(wording: Any) -> None:
    with pytest.raises(InputError) as info:
        parse_published_deadline(wording)
    assert paths(info) == ["text"]
    with pytest.raises(InputError) as info:
        check_published_deadline(wording, year=2024)
    assert paths(info) == ["text"]


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"text": "", "day": date(2024, 2, 9), "weekday": 4}, "text"),
        ({"text": "x", "day": "2024-02-09", "weekday": 4}, "day"),
        ({"text": "x", "day": date(2024, 2, 9), "weekday": "Friday"}, "weekday"),
        ({"text": "x", "day": date(2024, 2, 9), "weekday": True}, "weekday"),
        ({"text": "x", "day": date(2024, 2, 9), "weekday": 7}, "weekday"),
        ({"text": "x", "day": date(2024, 2, 9), "weekday": -1}, "weekday"),
    ],
)
def test_a_published_deadline_checks_its_fields(fields: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as info:
        PublishedDeadline(**fields)
    assert paths(info) == [path]


def test_a_weekday_number_is_from_0_to_6() -> None:
    with pytest.raises(InputError) as info:
        PublishedDeadline("x", date(2024, 2, 9), 7)
    assert "expected a weekday from 0 (Monday) to 6 (Sunday), got 7" in str(info.value)
    assert [PublishedDeadline("x", date(2024, 2, 9), n).weekday for n in (0, 6)] == [0, 6]


# -------------------------------------------------------------------------------- JSON


@pytest.mark.parametrize(
    ("wording", "year"), [("by Monday, July 27", 2022), ("Register by Friday, Feb. 9th, 2024", None)]
)
def test_checks_round_trip_through_json(wording: str, year: int | None) -> None:
    decision = check_published_deadline(wording, year=year)
    assert structure(unstructure(decision), Decision[bool]) == decision
    found = parse_published_deadline(wording, year=year)
    assert structure(unstructure(found), PublishedDeadline) == found


# --------------------------------------------------------------------------- properties

DAYS = st.dates(date(1990, 1, 1), date(2100, 12, 31))


def wording(day: date, weekday: int) -> str:
    return f"{WEEKDAYS[weekday]}, {MONTHS[day.month - 1]}. {day.day}, {day.year}"


@settings(max_examples=80)
@given(DAYS)
def test_any_date_worded_with_its_own_weekday_reads_back_and_checks(day: date) -> None:
    text = wording(day, day.weekday())
    found = parse_published_deadline(text)
    assert found.day == day
    assert found.weekday == day.weekday()
    decision = check_published_deadline(text)
    assert decision.outcome is True
    assert decision.codes == ("events.published.weekday",)


@settings(max_examples=80)
@given(DAYS, st.integers(1, 6))
def test_any_date_worded_with_another_weekday_fails_the_check(day: date, shift: int) -> None:
    named = (day.weekday() + shift) % 7
    decision = check_published_deadline(wording(day, named))
    assert decision.outcome is False
    (reason,) = decision.failures
    assert reason.fact("weekday_named") == WEEKDAYS[named]
    assert reason.fact("weekday_of_day") == WEEKDAYS[day.weekday()]
    assert reason.source == WRONG_WEEKDAY


@settings(max_examples=60)
@given(DAYS, st.sampled_from(["st", "nd", "rd", "th", ""]), st.booleans())
def test_any_date_in_full_words_without_a_year(day: date, suffix: str, full: bool) -> None:
    month = FULL_MONTHS[day.month - 1] if full else MONTHS[day.month - 1] + "."
    text = f"Register by {WEEKDAYS[day.weekday()]}, {month} {day.day}{suffix}"
    assert parse_published_deadline(text, year=day.year).day == day
    assert check_published_deadline(text, year=day.year).outcome is True


@settings(max_examples=60)
@given(DAYS, st.integers(0, 6))
def test_any_weekday_after_the_date_is_read_and_checked(day: date, named: int) -> None:
    """Property: "Feb. 9, 2024 (Friday)" reads as "Friday, Feb. 9, 2024" does."""
    text = f"{MONTHS[day.month - 1]}. {day.day}, {day.year} ({WEEKDAYS[named]})"
    assert parse_published_deadline(text).weekday == named
    assert check_published_deadline(text).outcome is (named == day.weekday())


@settings(max_examples=60)
@given(DAYS, st.integers(1, 9999))
def test_any_year_given_other_than_the_wording_s_fails_the_check(day: date, given_year: int) -> None:
    """Property: a year in the wording that differs from the year given is reported, whatever the weekday."""
    text = wording(day, day.weekday())
    decision = check_published_deadline(text, year=given_year)
    if given_year == day.year:
        assert decision.outcome is True
        assert decision.codes == ("events.published.weekday",)
    else:
        assert decision.outcome is False
        assert decision.codes == ("events.published.year_mismatch",)
        assert decision.failures[0].fact("year_given") == str(given_year)


# ----------------------------------------------------------------------- known defects


def test_a_common_word_that_is_also_a_weekday_abbreviation_names_no_weekday() -> None:
    """'sat' here is the past of 'sit', not Saturday: the wording names no weekday, so there is nothing to check."""
    decision = check_published_deadline("Register by May 10: last year the seats sat empty", year=2023)
    assert decision.codes == ("events.published.no_weekday",)


@pytest.mark.parametrize("year", [True, "2023", 0], ids=repr)
def test_a_bad_year_is_refused_even_when_the_wording_names_one(year: Any) -> None:
    """As when the wording names no year: a year that is not a whole number from 1 to 9999 is bad input at year."""
    with pytest.raises(InputError) as info:
        check_published_deadline("Register by Friday, Feb. 9th, 2024", year=year)
    assert paths(info) == ["year"]


def test_a_year_0000_in_the_wording_is_reported_at_year() -> None:
    """A date has a year from 1 to 9999: '0000' in the wording is no year."""
    with pytest.raises(InputError) as caught:
        parse_published_deadline("Friday, Feb. 9, 0000")
    assert [p.path for p in caught.value.problems] == ["year"]
