"""Tests of season.py: the checks of a season's calendar before it is published.

Rules under test (src/calcities_domain/events/season.py; ../shared/domain/
torch-events-training.md sections 2 and 6):

* Deadlines in order: the early bird no later than the close, registration opening no
  later than the close, the hotel cut-off before the start (section 2.6: 21 to 29 days
  before), the close no later than the start (a deadline after the start is bad input,
  as :func:`~calcities_domain.events.deadlines` refuses it, at ``events[i].policy.<kind>``).
* Published wordings: the weekday must match the date (section 6: "by Monday, July 27"
  in 2022 was a Wednesday), the date must be the rule's, and a wording with no readable
  date is flagged.
* A deadline is past when its instant (the end of its last day in the event's zone,
  section 6) is before ``now``; ``now`` exactly at that instant is not past. The opening
  is never past.
* A clean season is an empty table, with its columns; findings come as plain rows, event by
  event in date order (by start, then name), whatever order the events are given in.
* Every event with a deadline after its start is named in one InputError.
* Business days are counted on the calendar given (California state offices by default).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.events import (
    Anchor,
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    Finding,
    PlannedEvent,
    RegistrationPolicy,
    check_season,
    deadline,
)
from calcities_domain.kernel import CALIFORNIA_JUDICIAL, CALIFORNIA_STATE_OFFICES, InputError, Table
from calcities_domain.testing import strategies as cst

PACIFIC = ZoneInfo("America/Los_Angeles")
#: Early in the season: no deadline of the events below is past.
EARLY = datetime(2021, 12, 1, 9, 0, tzinfo=PACIFIC)
COLUMNS = ("event", "code", "message")
CODES = {
    "events.season.order",
    "events.season.hotel",
    "events.season.opens",
    "events.season.weekday",
    "events.season.published_date",
    "events.season.unreadable",
    "events.season.past",
}

#: MLI 2024, Friday 16 February 2024: "Register by Friday, Feb. 9th, 2024" (section 2.3).
MLI = Event("MLI Symposium 2024", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16))
MLI_CLOSE = DeadlineRule.fixed(date(2024, 2, 9), published="Register by Friday, Feb. 9th, 2024")
#: The 2022 Annual Conference, Long Beach, 7-9 September 2022 (section 2.4).
ANNUAL_2022 = Event("Annual Conference 2022", EventKind.ANNUAL_CONFERENCE, date(2022, 9, 7), date(2022, 9, 9))
#: City Attorneys Spring Conference 2023, Wednesday 17 May: "by Wednesday, May 10" (section 2.3).
ATTORNEYS_2023 = Event("City Attorneys 2023", EventKind.SPRING_CONFERENCE, date(2023, 5, 17), date(2023, 5, 19))
#: Planning Commissioners Academy 2023, 29 March; hotel cut-off 28 February (section 2.6).
PCA_2023 = Event("Planning Commissioners Academy 2023", EventKind.ACADEMY, date(2023, 3, 29), date(2023, 3, 31))


def planned(event: Event = MLI, /, **rules: Any) -> PlannedEvent:
    return PlannedEvent(event, RegistrationPolicy(**rules))


def codes(table: Table[Finding]) -> list[str]:
    return [f.code for f in table]


# ----------------------------------------------------------------- a clean season


def test_a_clean_season_is_an_empty_table_with_its_columns() -> None:
    season = [
        planned(close=MLI_CLOSE),
        planned(ATTORNEYS_2023, close=DeadlineRule.before(7, published="by Wednesday, May 10")),
        planned(
            PCA_2023,
            opens=DeadlineRule.fixed(date(2022, 12, 7)),
            hotel=DeadlineRule.fixed(date(2023, 2, 28), published="Tuesday, Feb. 28, 2023"),
            close=DeadlineRule.fixed(date(2023, 3, 22), published="open for registration through March 22"),
        ),
        PlannedEvent(ANNUAL_2022),
    ]
    table = check_season(season, now=EARLY)
    assert isinstance(table, Table)
    assert table.rows == ()
    assert table.columns == COLUMNS
    assert table.to_rows() == []


def test_an_empty_season_has_no_findings() -> None:
    assert check_season([], now=EARLY).rows == ()
    assert check_season(iter(()), now=EARLY).columns == COLUMNS


# ----------------------------------------------------------------- order


def test_an_early_bird_after_the_close() -> None:
    table = check_season([planned(early_bird=DeadlineRule.fixed(date(2024, 2, 12)))], now=EARLY)
    assert codes(table) == ["events.season.order"]
    (finding,) = table
    assert finding.event == "MLI Symposium 2024"
    assert "2024-02-12" in finding.message
    assert "2024-02-09" in finding.message


def test_an_early_bird_on_the_close_is_in_order() -> None:
    assert check_season([planned(early_bird=DeadlineRule.before(7))], now=EARLY).rows == ()


def test_a_hotel_cut_off_on_the_start_day() -> None:
    for rule in (DeadlineRule.fixed(date(2024, 2, 16)), DeadlineRule.before(0)):
        table = check_season([planned(hotel=rule)], now=EARLY)
        assert codes(table) == ["events.season.hotel"]
        assert "2024-02-16" in table.rows[0].message


def test_a_hotel_cut_off_the_day_before_the_start_is_fine() -> None:
    assert check_season([planned(hotel=DeadlineRule.before(1))], now=EARLY).rows == ()


def test_a_hotel_cut_off_counted_from_the_last_day() -> None:
    """Counted back from the last day of a three-day event, two days lands on the start."""
    rule = DeadlineRule.before(2, anchor=Anchor.END)
    assert codes(check_season([planned(ATTORNEYS_2023, hotel=rule)], now=EARLY)) == ["events.season.hotel"]


@pytest.mark.parametrize("opens", [date(2024, 2, 12), date(2024, 2, 20)], ids=["before the start", "after it"])
def test_registration_opening_after_the_close(opens: date) -> None:
    table = check_season([planned(opens=DeadlineRule.fixed(opens))], now=EARLY)
    assert codes(table) == ["events.season.opens"]
    assert str(opens) in table.rows[0].message


def test_every_order_finding_of_one_event() -> None:
    season = [
        planned(
            opens=DeadlineRule.fixed(date(2024, 2, 14)),
            early_bird=DeadlineRule.fixed(date(2024, 2, 15)),
            hotel=DeadlineRule.fixed(date(2024, 2, 16)),
        )
    ]
    assert codes(check_season(season, now=EARLY)) == [
        "events.season.order",
        "events.season.hotel",
        "events.season.opens",
    ]


# ----------------------------------------------------------------- published wordings


def test_a_published_weekday_that_is_wrong() -> None:
    """2022: "register by Monday, July 27" - 27 July 2022 was a Wednesday."""
    rule = DeadlineRule.fixed(date(2022, 7, 27), published="by Monday, July 27")
    table = check_season([planned(ANNUAL_2022, early_bird=rule)], now=EARLY)
    assert codes(table) == ["events.season.weekday"]
    (finding,) = table
    assert finding.event == "Annual Conference 2022"
    assert finding.message == (
        "'by Monday, July 27' names Monday, but 2022-07-27 is a Wednesday: the weekday or the date is wrong."
    )


def test_a_published_date_that_is_not_the_rules() -> None:
    rule = DeadlineRule.fixed(date(2024, 2, 9), published="Register by Thursday, Feb. 8th, 2024")
    table = check_season([planned(close=rule)], now=EARLY)
    assert codes(table) == ["events.season.published_date"]
    assert table.rows[0].message == "The close wording names 2024-02-08, but the rule gives 2024-02-09."


def test_a_relative_rule_is_checked_against_the_day_it_gives() -> None:
    """Seven days before 17 May 2023 is Wednesday 10 May; the wording says the 11th."""
    rule = DeadlineRule.before(7, published="by Thursday, May 11")
    table = check_season([planned(ATTORNEYS_2023, close=rule)], now=EARLY)
    assert codes(table) == ["events.season.published_date"]
    assert "2023-05-11" in table.rows[0].message
    assert "2023-05-10" in table.rows[0].message


def test_a_wrong_weekday_and_a_wrong_date_are_both_found() -> None:
    rule = DeadlineRule.fixed(date(2024, 2, 9), published="by Monday, Feb. 8")
    table = check_season([planned(close=rule)], now=EARLY)
    assert codes(table) == ["events.season.weekday", "events.season.published_date"]


def test_the_label_names_the_deadline() -> None:
    rule = DeadlineRule.fixed(date(2024, 1, 19), published="Friday, Jan. 12, 2024")
    (finding,) = check_season([planned(early_bird=rule)], now=EARLY)
    assert finding.message.startswith("The early bird wording names 2024-01-12")


@pytest.mark.parametrize(
    ("wording", "fragment"),
    [
        ("soon", "no date found in 'soon'"),
        ("by Friday, Feb. 30, 2024", "names a date that does not exist"),
    ],
)
def test_an_unreadable_wording(wording: str, fragment: str) -> None:
    table = check_season([planned(close=DeadlineRule.fixed(date(2024, 2, 9), published=wording))], now=EARLY)
    assert codes(table) == ["events.season.unreadable"]
    assert table.rows[0].message.startswith("The close wording: ")
    assert fragment in table.rows[0].message


def test_a_wording_without_a_year_takes_the_deadlines_year() -> None:
    rule = DeadlineRule.fixed(date(2026, 1, 14), published="Online registration ends Wednesday, Jan. 14")
    academy = Event("Mayors Academy 2026", EventKind.ACADEMY, date(2026, 1, 21), date(2026, 1, 23))
    assert check_season([planned(academy, close=rule)], now=EARLY).rows == ()


# ----------------------------------------------------------------- deadlines already past


def close_instant() -> datetime:
    found = deadline(MLI, DeadlineKind.CLOSE).outcome
    assert found is not None
    return found


def test_now_exactly_at_a_deadline_is_not_past() -> None:
    instant = close_instant()
    assert instant == datetime(2024, 2, 9, 23, 59, 59, 999999, tzinfo=PACIFIC)
    assert check_season([PlannedEvent(MLI)], now=instant).rows == ()
    assert check_season([PlannedEvent(MLI)], now=instant.astimezone(UTC)).rows == ()


def test_a_moment_after_a_deadline_it_is_past() -> None:
    later = close_instant() + timedelta(microseconds=1)
    table = check_season([PlannedEvent(MLI)], now=later.astimezone(UTC))
    assert codes(table) == ["events.season.past"]
    assert table.rows[0].message == "The close deadline, 2024-02-09T23:59:59.999999-08:00, is already past."


def test_every_past_deadline_is_found_but_not_the_opening() -> None:
    season = [
        planned(
            opens=DeadlineRule.fixed(date(2023, 11, 1)),
            early_bird=DeadlineRule.fixed(date(2024, 1, 5)),
            hotel=DeadlineRule.before(21),
            cancellation=DeadlineRule.before(10),
        )
    ]
    now = datetime(2024, 2, 15, 12, 0, tzinfo=PACIFIC)
    table = check_season(season, now=now)
    assert codes(table) == ["events.season.past"] * 4
    assert [f.message.split(",")[0] for f in table] == [
        "The early bird deadline",
        "The close deadline",
        "The hotel deadline",
        "The cancellation deadline",
    ]
    partly = check_season(season, now=datetime(2024, 1, 10, tzinfo=PACIFIC))
    assert [f.message.split(",")[0] for f in partly] == ["The early bird deadline"]


# ----------------------------------------------------------------- bad input


def test_every_event_with_a_deadline_after_its_start_is_named_at_once() -> None:
    """MLI's hotel cut-off (1 March) and the 2022 Annual Conference's close (8 Sept) are both after their starts."""
    season = [
        planned(hotel=DeadlineRule.fixed(date(2024, 3, 1))),
        planned(ANNUAL_2022, close=DeadlineRule.fixed(date(2022, 9, 8))),
        planned(ATTORNEYS_2023),
    ]
    with pytest.raises(InputError) as info:
        check_season(season, now=EARLY)
    assert {p.path for p in info.value.problems} == {"events[0].policy.hotel", "events[1].policy.close"}
    assert len(info.value.problems) == 2
    messages = {p.path: p.message for p in info.value.problems}
    assert messages["events[0].policy.hotel"] == "2024-03-01 is after the event's start, 2024-02-16"
    assert messages["events[1].policy.close"] == "2022-09-08 is after the event's start, 2022-09-07"


def test_every_deadline_of_every_bad_event_is_named_with_its_index() -> None:
    season = [
        planned(ATTORNEYS_2023),
        planned(early_bird=DeadlineRule.fixed(date(2024, 2, 17)), hotel=DeadlineRule.fixed(date(2024, 2, 18))),
    ]
    with pytest.raises(InputError) as info:
        check_season(season, now=EARLY)
    assert {p.path for p in info.value.problems} == {"events[1].policy.early_bird", "events[1].policy.hotel"}


def test_a_deadline_after_an_events_start_is_bad_input() -> None:
    season = [planned(close=MLI_CLOSE), planned(close=DeadlineRule.fixed(date(2024, 2, 17)))]
    with pytest.raises(InputError) as info:
        check_season(season, now=EARLY)
    (problem,) = info.value.problems
    assert problem.path == "events[1].policy.close"
    assert "2024-02-17" in problem.message


@pytest.mark.parametrize(
    ("rules", "path"),
    [
        ({"hotel": DeadlineRule.fixed(date(2024, 3, 1))}, "events[0].policy.hotel"),
        ({"early_bird": DeadlineRule.fixed(date(2024, 2, 17))}, "events[0].policy.early_bird"),
        ({"cancellation": DeadlineRule.before(0, anchor=Anchor.END)}, None),
    ],
)
def test_the_path_names_the_deadline(rules: dict[str, DeadlineRule], path: str | None) -> None:
    if path is None:  # the start itself is not after the start
        assert check_season([planned(**rules)], now=EARLY).rows == ()
        return
    with pytest.raises(InputError) as info:
        check_season([planned(**rules)], now=EARLY)
    assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize("now", [datetime(2024, 1, 1, 9, 0), date(2024, 1, 1), "2024-01-01T09:00:00-08:00", None])
def test_now_must_be_an_aware_instant(now: Any) -> None:
    with pytest.raises(InputError) as info:
        check_season([planned(close=MLI_CLOSE)], now=now)
    assert [p.path for p in info.value.problems] == ["now"]


def test_every_item_that_is_not_a_planned_event_is_named_with_a_naive_now() -> None:
    season: list[Any] = [PlannedEvent(MLI), MLI, RegistrationPolicy(), None]
    with pytest.raises(InputError) as info:
        check_season(season, now=datetime(2024, 1, 1))
    assert [p.path for p in info.value.problems] == ["events[1]", "events[2]", "events[3]", "now"]
    assert "expected a PlannedEvent" in info.value.problems[0].message


@pytest.mark.parametrize("events", ["MLI", None, PlannedEvent(MLI)])
def test_the_season_must_be_a_sequence(events: Any) -> None:
    with pytest.raises(InputError) as info:
        check_season(events, now=EARLY)
    assert [p.path for p in info.value.problems] == ["events"]


# ----------------------------------------------------------------- several events


def test_findings_come_event_by_event() -> None:
    wrong = DeadlineRule.fixed(date(2022, 7, 27), published="by Monday, July 27")
    season = [
        planned(ANNUAL_2022, early_bird=wrong),
        planned(early_bird=DeadlineRule.fixed(date(2024, 2, 12))),
        planned(close=MLI_CLOSE),
    ]
    table = check_season(season, now=datetime(2022, 8, 1, tzinfo=PACIFIC))
    assert [(f.event, f.code) for f in table] == [
        ("Annual Conference 2022", "events.season.weekday"),
        ("Annual Conference 2022", "events.season.past"),
        ("MLI Symposium 2024", "events.season.order"),
    ]


def test_findings_come_in_date_order_whatever_the_order_given() -> None:
    """The season is checked event by event by start date (then name), not in the order given."""
    wrong = DeadlineRule.fixed(date(2022, 7, 27), published="by Monday, July 27")
    season = [
        planned(early_bird=DeadlineRule.fixed(date(2024, 2, 12))),
        planned(ANNUAL_2022, early_bird=wrong),
        planned(ATTORNEYS_2023, hotel=DeadlineRule.before(0)),
    ]
    expected = [
        ("Annual Conference 2022", "events.season.weekday"),
        ("City Attorneys 2023", "events.season.hotel"),
        ("MLI Symposium 2024", "events.season.order"),
    ]
    assert [(f.event, f.code) for f in check_season(season, now=EARLY)] == expected
    assert [(f.event, f.code) for f in check_season(reversed(season), now=EARLY)] == expected


def test_events_starting_the_same_day_come_by_name() -> None:
    """Two events on Friday 16 February 2024: "A ..." before "MLI ...", whichever is given first."""
    other = Event("A Workshop 2024", EventKind.WORKSHOP, date(2024, 2, 16), date(2024, 2, 16))
    season = [planned(hotel=DeadlineRule.before(0)), planned(other, hotel=DeadlineRule.before(0))]
    expected = ["A Workshop 2024", "MLI Symposium 2024"]
    assert [f.event for f in check_season(season, now=EARLY)] == expected
    assert [f.event for f in check_season(season[::-1], now=EARLY)] == expected


# ----------------------------------------------------------------- the holiday calendar


def test_business_days_are_counted_on_the_calendar_given() -> None:
    """Lincoln Day, Monday 12 February 2024, is a judicial holiday but no longer a state-office one.

    Two business days before Wednesday 14 February: the 12th for state offices (as published),
    the 9th on the judicial calendar (so the wording names another day).
    """
    workshop = Event("Lincoln Day Workshop", EventKind.WORKSHOP, date(2024, 2, 14), date(2024, 2, 14))
    rule = DeadlineRule.before(2, business_days=True, published="Register by Monday, Feb. 12, 2024")
    season = [planned(workshop, close=rule)]
    assert check_season(season, now=EARLY).rows == ()
    assert check_season(season, now=EARLY, calendar=CALIFORNIA_STATE_OFFICES).rows == ()
    (finding,) = check_season(season, now=EARLY, calendar=CALIFORNIA_JUDICIAL)
    assert finding.code == "events.season.published_date"
    assert finding.message == "The close wording names 2024-02-12, but the rule gives 2024-02-09."


def test_a_calendar_that_is_not_a_calendar_is_bad_input() -> None:
    season = [planned(close=DeadlineRule.before(2, business_days=True))]
    with pytest.raises(InputError) as info:
        check_season(season, now=EARLY, calendar={date(2024, 2, 13)})  # type: ignore[arg-type]
    (problem,) = info.value.problems
    assert problem.path.endswith("calendar")
    assert problem.message == "expected a holiday calendar (with `in` and .get(day)), got set"


def test_a_calendar_that_is_not_a_calendar_is_named_at_calendar() -> None:
    """The calendar is check_season's own argument, as it is deadlines' (named ``calendar`` there)."""
    season = [planned(close=DeadlineRule.before(2, business_days=True))] * 2
    with pytest.raises(InputError) as info:
        check_season(season, now=EARLY, calendar={date(2024, 2, 13)})  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["calendar"]


def test_to_rows_gives_plain_dicts() -> None:
    table = check_season([planned(early_bird=DeadlineRule.fixed(date(2024, 2, 12)))], now=EARLY)
    (row,) = table.to_rows()
    assert type(row) is dict
    assert list(row) == list(COLUMNS)
    assert row == {
        "event": "MLI Symposium 2024",
        "code": "events.season.order",
        "message": "The early bird ends 2024-02-12, after the close, 2024-02-09.",
    }


# ----------------------------------------------------------------- properties


def _key(item: PlannedEvent) -> tuple[date, str]:
    return item.event.start, item.event.name


@given(
    st.lists(cst.planned_events(), max_size=4, unique_by=_key),
    cst.aware_datetimes(),
    st.data(),
)
def test_findings_never_depend_on_the_order_of_events(
    season: list[PlannedEvent], now: datetime, data: st.DataObject
) -> None:
    """Property: the same findings in the same order under any permutation: event by event, by start then name."""
    found = check_season(season, now=now)
    shuffled = data.draw(st.permutations(season))
    assert check_season(shuffled, now=now) == found
    assert {f.code for f in found} <= CODES
    one_by_one = [f for item in sorted(season, key=_key) for f in check_season([item], now=now)]
    assert list(found) == one_by_one


def test_findings_of_events_with_the_same_start_and_name_do_not_depend_on_the_order_given() -> None:
    """The sort key (start, name) is not total: two such events' findings follow the order given."""
    season = [planned(early_bird=DeadlineRule.fixed(date(2024, 2, 12))), planned(hotel=DeadlineRule.before(0))]
    assert check_season(season, now=EARLY) == check_season(season[::-1], now=EARLY)


@given(st.lists(cst.planned_events(), max_size=3), cst.aware_datetimes())
def test_to_rows_gives_plain_dicts_of_the_findings(season: list[PlannedEvent], now: datetime) -> None:
    table = check_season(season, now=now)
    rows = table.to_rows()
    assert table.columns == COLUMNS
    assert rows == [attrs.asdict(f) for f in table]
    assert all(type(row) is dict and all(type(v) is str for v in row.values()) for row in rows)


@given(
    cst.planned_events(), cst.aware_datetimes(), st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=800))
)
def test_a_later_now_finds_every_past_deadline_found_earlier(
    item: PlannedEvent, now: datetime, later: timedelta
) -> None:
    def past(at: datetime) -> set[str]:
        return {f.message for f in check_season([item], now=at) if f.code == "events.season.past"}

    def others(at: datetime) -> list[Finding]:
        return [f for f in check_season([item], now=at) if f.code != "events.season.past"]

    after = now.astimezone(UTC) + later
    assert past(now) <= past(after)
    assert others(now) == others(after)
