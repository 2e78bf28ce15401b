"""Tests of deadlines.py: registration deadlines as rules, last days and exact instants.

Rules under test (src/calcities_domain/events/deadlines.py; ../shared/domain/
torch-events-training.md section 2.3, 2.4, 2.6 and section 6):

* Section 2.3: nine of the twelve events in the sources close pre-registration seven days
  before the start, the same weekday; the others close six, eight or nine days before.
  Seven days is the default [inferred: events/cal_cities.py, ``SEVEN_DAYS``], and an event
  gives its own deadline (a fixed day, or a number of days before) where it differs.
* Section 6: deadlines are calendar dates with no time of day; "by D" is open through the
  end of D in America/Los_Angeles [inferred: ``END_OF_DAY``]: 23:59:59.999999 local
  time, -08:00 in winter and -07:00 in summer, correct on both daylight-saving change
  days. An event held elsewhere closes at the end of the day in its own zone.
* A relative deadline may count business days (pretix-style relative dates), skipping
  weekends and the holidays of a calendar (California state offices by default), and may
  count back from the event's last day (``Anchor.END``).
* Section 2.2: after the close, registration is on site if space allows, or (City Managers
  Conference 2026) a wait list.
* No deadline but the opening may fall after the event's start (an InputError at
  ``policy.<kind>``, every such deadline named at once); a rule gives exactly one of a fixed
  day and a count of days, and only a count may be of business days. A count that cannot be
  resolved (before the year 1, or business days a calendar of holidays never gives) is an
  InputError at ``policy.<kind>.days_before``, never an OverflowError nor an endless loop.
* ``resolve_deadline`` gives one deadline of a policy, resolved, or None if it has none.
* Every deadline and every decision round-trips through JSON.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.events import (
    PREREGISTRATION_DAYS,
    AfterClose,
    Anchor,
    Deadline,
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    RegistrationPolicy,
    deadline,
    deadlines,
    parse_published_deadline,
    registration_deadline,
    resolve_deadline,
)
from calcities_domain.events.cal_cities import AFTER_CLOSE, CALLER_DEADLINE, END_OF_DAY, SEVEN_DAYS
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    Confidence,
    Decision,
    Effect,
    InputError,
    end_of_day,
    is_business_day,
    local_date,
)
from calcities_domain.serialization import from_json, structure, to_json, unstructure

PACIFIC = ZoneInfo("America/Los_Angeles")
ONE_DAY = timedelta(days=1)
ONE_MICROSECOND = timedelta(microseconds=1)
WINTER = timedelta(hours=-8)
SUMMER = timedelta(hours=-7)


def event(start: date, end: date | None = None, *, name: str = "An event", **changes: Any) -> Event:
    return Event(name, changes.pop("kind", EventKind.OTHER), start, start if end is None else end, **changes)


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


def closing(day: date) -> datetime:
    """The end of ``day`` in Pacific time, built here independently of the library."""
    return datetime.combine(day, time(23, 59, 59, 999_999), tzinfo=PACIFIC)


def in_utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


# --------------------------------------------------------- the twelve events of section 2.3


class Example(NamedTuple):
    """One row of section 2.3: the event, its own rule (None: the default), the published deadline."""

    name: str
    kind: EventKind
    start: date
    end: date
    rule: DeadlineRule | None
    last_day: date
    weekday: str
    offset: timedelta
    published: str | None
    year: int


def _fixed(day: date, published: str | None = None) -> DeadlineRule:
    return DeadlineRule.fixed(day, published=published)


EXAMPLES = [
    # Pages: calcities.org/education-and-events/event/2024/02/16/... "Register by Friday, Feb. 9th, 2024".
    Example("Municipal Law Institute Symposium 2024", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16),
            None, date(2024, 2, 9), "Friday", WINTER, "Register by Friday, Feb. 9th, 2024", 2024),
    # calcities.org/news/post/2023/02/15/lobby-lawmakers-...: 5 Apr (Wed); later on site.
    Example("City Leaders Summit 2023", EventKind.SUMMIT, date(2023, 4, 12), date(2023, 4, 14),
            None, date(2023, 4, 5), "Wednesday", SUMMER, None, 2023),
    # City Attorneys Spring Conference 2023 page (Wed-Fri, Monterey): "by Wednesday, May 10".
    Example("City Attorneys Spring Conference 2023", EventKind.SPRING_CONFERENCE, date(2023, 5, 17),
            date(2023, 5, 19), None, date(2023, 5, 10), "Wednesday", SUMMER, "by Wednesday, May 10", 2023),
    # News 2022/12/07: "open for registration through March 22" (Wed).
    Example("Planning Commissioners Academy 2023", EventKind.ACADEMY, date(2023, 3, 29), date(2023, 3, 31),
            None, date(2023, 3, 22), "Wednesday", SUMMER, None, 2023),
    # calcities.org/education-and-events/event/2024/01/24/...: "by Monday, Jan. 15" (nine days).
    Example("Mayors and Council Members Academy 2024", EventKind.ACADEMY, date(2024, 1, 24), date(2024, 1, 26),
            _fixed(date(2024, 1, 15), "by Monday, Jan. 15"), date(2024, 1, 15), "Monday", WINTER,
            "by Monday, Jan. 15", 2024),
    # City Leaders Summit 2024: "by Tuesday, April 9" (eight days).
    Example("City Leaders Summit 2024", EventKind.SUMMIT, date(2024, 4, 17), date(2024, 4, 19),
            DeadlineRule.before(8, published="by Tuesday, April 9"), date(2024, 4, 9), "Tuesday", SUMMER,
            "by Tuesday, April 9", 2024),
    # News 2021/11/03 (virtual academy): "Registration closes January 14" (a Friday; six days).
    Example("New Mayors and Council Members Academy 2022", EventKind.ACADEMY, date(2022, 1, 20), date(2022, 1, 21),
            DeadlineRule.before(6, published="Registration closes January 14"), date(2022, 1, 14), "Friday", WINTER,
            "Registration closes January 14", 2022),
    # MyCalCities meeting FFE9686F: "Online registration ends Wednesday, Jan. 14".
    Example("Mayors and Council Members Academy 2026", EventKind.ACADEMY, date(2026, 1, 21), date(2026, 1, 23),
            None, date(2026, 1, 14), "Wednesday", WINTER, "Online registration ends Wednesday, Jan. 14", 2026),
    # MyCalCities meeting A27CFA83: "ends Wednesday, Feb. 4", then a wait list.
    Example("City Managers Conference 2026", EventKind.CONFERENCE, date(2026, 2, 11), date(2026, 2, 13),
            None, date(2026, 2, 4), "Wednesday", WINTER, "ends Wednesday, Feb. 4", 2026),
    # MyCalCities meeting 7866AF6D: "ends Wednesday, March 4" (before the change of 8 March 2026).
    Example("Planning Commissioners Academy 2026", EventKind.ACADEMY, date(2026, 3, 11), date(2026, 3, 13),
            None, date(2026, 3, 4), "Wednesday", WINTER, "ends Wednesday, March 4", 2026),
    # MyCalCities meeting 7F9D99DD: "ends Wednesday, April 15".
    Example("City Leaders Summit 2026", EventKind.SUMMIT, date(2026, 4, 22), date(2026, 4, 24),
            None, date(2026, 4, 15), "Wednesday", SUMMER, "ends Wednesday, April 15", 2026),
    # MyCalCities meeting 9E4ED83E: "prior to the May 6 deadline".
    Example("City Attorneys Spring Conference 2026", EventKind.SPRING_CONFERENCE, date(2026, 5, 13),
            date(2026, 5, 15), None, date(2026, 5, 6), "Wednesday", SUMMER, "prior to the May 6 deadline", 2026),
]  # fmt: skip


def build(example: Example) -> tuple[Event, RegistrationPolicy | None]:
    built = Event(example.name, example.kind, example.start, example.end)
    return built, None if example.rule is None else RegistrationPolicy(close=example.rule)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_the_pre_registration_deadlines_of_section_2_3(example: Example) -> None:
    """Section 2.3: each event's online/pre-registration deadline, as a last day and an instant."""
    built, policy = build(example)
    (close,) = [d for d in deadlines(built, policy) if d.kind is DeadlineKind.CLOSE]
    assert close.last_day == example.last_day
    assert f"{close.last_day:%A}" == example.weekday
    decision = registration_deadline(built, policy)
    assert decision.outcome == close.at
    assert decision.outcome.isoformat() == closing(example.last_day).isoformat()
    assert decision.outcome.utcoffset() == example.offset
    assert decision.outcome.timetz() == time(23, 59, 59, 999_999, tzinfo=PACIFIC)
    assert local_date(decision.outcome, PACIFIC) == example.last_day
    assert local_date(in_utc(decision.outcome) + ONE_MICROSECOND, PACIFIC) == example.last_day + ONE_DAY


def test_nine_of_the_twelve_close_seven_days_before_the_same_weekday() -> None:
    """Section 2.3 and events/cal_cities.py SEVEN_DAYS: "Nine of twelve events ... seven days"."""
    offsets = [(e.start - e.last_day).days for e in EXAMPLES]
    assert sorted(offsets) == [6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 8, 9]
    for example in EXAMPLES:
        if (example.start - example.last_day).days == 7:
            assert example.rule is None
            assert example.last_day.weekday() == example.start.weekday()
        else:
            assert example.rule is not None


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.published], ids=lambda e: e.name)
def test_the_published_wording_names_the_last_day(example: Example) -> None:
    """The wording of each announcement (section 2.3) reads back as the deadline's last day."""
    assert example.published is not None
    assert parse_published_deadline(example.published, year=example.year).day == example.last_day


@pytest.mark.parametrize(
    ("rule", "days"),
    [
        (DeadlineRule.fixed(date(2024, 1, 15)), 9),
        (DeadlineRule.before(9), 9),
    ],
    ids=["fixed", "nine days before"],
)
def test_a_fixed_day_and_a_count_of_days_agree(rule: DeadlineRule, days: int) -> None:
    """Mayors and Council Members Academy 2024: "by Monday, Jan. 15", nine days before Wed 24 Jan."""
    academy = event(date(2024, 1, 24), date(2024, 1, 26))
    assert rule.last_day(academy.start, academy.end) == date(2024, 1, 15)
    assert (academy.start - rule.last_day(academy.start, academy.end)).days == days


def test_the_default_close_is_seven_days_before_from_an_inferred_source() -> None:
    """events/cal_cities.py: PREREGISTRATION_DAYS = 7, cited to SEVEN_DAYS (inferred)."""
    assert PREREGISTRATION_DAYS.value == 7
    assert PREREGISTRATION_DAYS.source == SEVEN_DAYS
    assert SEVEN_DAYS.confidence is Confidence.INFERRED
    default = RegistrationPolicy()
    assert default.close == DeadlineRule.before(7, source=SEVEN_DAYS)
    assert default.opens is None
    assert default.early_bird is None
    assert default.hotel is None
    assert default.cancellation is None
    assert default.after_close is AfterClose.ON_SITE


def test_the_reasons_cite_the_inferred_sources() -> None:
    """MLI 2024 page: "Register by Friday, Feb. 9th, 2024"; the default and the end of day are inferred."""
    symposium = build(EXAMPLES[0])[0]
    decision = registration_deadline(symposium)
    assert decision.question == "When is the pre-registration deadline of Municipal Law Institute Symposium 2024?"
    assert decision.codes == ("events.deadline.close", "events.deadline.instant", "events.deadline.after_close")
    rule_reason, instant_reason, after = decision.reasons
    assert rule_reason.effect is Effect.PASS
    assert rule_reason.source == SEVEN_DAYS
    assert rule_reason.fact("last_day") == "2024-02-09"
    assert rule_reason.fact("event_start") == "2024-02-16"
    assert "7 days before the event's first day: 2024-02-09 (Friday)" in rule_reason.message
    assert instant_reason.source == END_OF_DAY
    assert instant_reason.fact("at") == "2024-02-09T23:59:59.999999-08:00"
    assert after.source == AFTER_CLOSE
    assert after.message == "After it, registration is on site, if space allows."
    assert set(decision.assumptions()) == {SEVEN_DAYS, END_OF_DAY}
    assert END_OF_DAY.confidence is Confidence.INFERRED
    assert decision.failures == ()
    explained = decision.explain()
    assert "[inferred]" in explained
    assert "2024-02-09T23:59:59.999999-08:00" in explained


def test_an_event_s_own_deadline_cites_the_caller() -> None:
    """Section 2.3: the 2024 Academy's own deadline, "by Monday, Jan. 15"; only the end of day is assumed."""
    built, policy = build(EXAMPLES[4])
    decision = registration_deadline(built, policy)
    assert decision.reasons[0].source == CALLER_DEADLINE
    assert decision.assumptions() == (END_OF_DAY,)
    assert decision.reasons[0].message == "The pre-registration deadline falls on 2024-01-15 (Monday)."


def test_a_fixed_deadline_names_its_day_once() -> None:
    """A fixed rule's reason said "falls on 2023-05-03: 2023-05-03 (Wednesday)": the day twice."""
    conference = event(date(2023, 5, 17), date(2023, 5, 19))
    policy = RegistrationPolicy(cancellation=DeadlineRule.fixed(date(2023, 5, 3)))
    message = deadline(conference, DeadlineKind.CANCELLATION, policy).reasons[0].message
    assert message == "The cancellation deadline falls on 2023-05-03 (Wednesday)."
    assert message.count("2023-05-03") == 1


def test_a_relative_deadline_names_its_rule_then_its_day() -> None:
    conference = event(date(2023, 5, 17), date(2023, 5, 19))
    message = registration_deadline(conference).reasons[0].message
    assert message == "The pre-registration deadline falls 7 days before the event's first day: 2023-05-10 (Wednesday)."
    one_day = RegistrationPolicy(close=DeadlineRule.before(1))
    assert registration_deadline(conference, one_day).reasons[0].message == (
        "The pre-registration deadline falls 1 day before the event's first day: 2023-05-16 (Tuesday)."
    )


@pytest.mark.parametrize(
    ("after_close", "message"),
    [
        (AfterClose.ON_SITE, "After it, registration is on site, if space allows."),
        (AfterClose.WAIT_LIST, "After it, registrants join the wait list."),
        (AfterClose.NONE, "After it, registration is closed."),
    ],
)
def test_what_happens_after_the_close(after_close: AfterClose, message: str) -> None:
    """Section 2.2: on site if space allows; City Managers Conference 2026: join the wait list."""
    managers = build(EXAMPLES[8])[0]
    decision = registration_deadline(managers, RegistrationPolicy(after_close=after_close))
    assert decision.reasons[-1].code == "events.deadline.after_close"
    assert decision.reasons[-1].message == message
    assert decision.reasons[-1].source == AFTER_CLOSE
    assert decision.outcome == closing(date(2026, 2, 4))


# --------------------------------------------------------------------- daylight saving time


@pytest.mark.parametrize(
    ("last_day", "iso", "utc"),
    [
        (date(2024, 3, 9), "2024-03-09T23:59:59.999999-08:00", datetime(2024, 3, 10, 7, 59, 59, 999_999, tzinfo=UTC)),
        (date(2024, 3, 10), "2024-03-10T23:59:59.999999-07:00", datetime(2024, 3, 11, 6, 59, 59, 999_999, tzinfo=UTC)),
        (date(2024, 3, 11), "2024-03-11T23:59:59.999999-07:00", datetime(2024, 3, 12, 6, 59, 59, 999_999, tzinfo=UTC)),
        (date(2024, 11, 2), "2024-11-02T23:59:59.999999-07:00", datetime(2024, 11, 3, 6, 59, 59, 999_999, tzinfo=UTC)),
        (date(2024, 11, 3), "2024-11-03T23:59:59.999999-08:00", datetime(2024, 11, 4, 7, 59, 59, 999_999, tzinfo=UTC)),
        (date(2024, 11, 4), "2024-11-04T23:59:59.999999-08:00", datetime(2024, 11, 5, 7, 59, 59, 999_999, tzinfo=UTC)),
    ],
)
def test_deadlines_around_the_2024_changes(last_day: date, iso: str, utc: datetime) -> None:
    """Section 6: "by D" is open through 23:59:59 America/Los_Angeles on D, on change days too."""
    built = event(last_day + timedelta(days=7))
    at = registration_deadline(built).outcome
    assert at.isoformat() == iso
    assert in_utc(at) == utc
    assert at == utc
    assert deadlines(built)[0].last_day == last_day


@pytest.mark.parametrize(
    ("first", "second", "elapsed"),
    [
        (date(2024, 3, 9), date(2024, 3, 10), timedelta(hours=23)),  # the day clocks spring forward is short
        (date(2024, 3, 10), date(2024, 3, 11), timedelta(hours=24)),
        (date(2024, 11, 2), date(2024, 11, 3), timedelta(hours=25)),  # the day clocks fall back is long
        (date(2024, 11, 3), date(2024, 11, 4), timedelta(hours=24)),
    ],
)
def test_consecutive_deadlines_are_as_far_apart_as_the_day_is_long(
    first: date, second: date, elapsed: timedelta
) -> None:
    earlier = registration_deadline(event(first + timedelta(days=7))).outcome
    later = registration_deadline(event(second + timedelta(days=7))).outcome
    assert in_utc(later) - in_utc(earlier) == elapsed


@pytest.mark.parametrize(
    ("day", "iso"),
    [
        (date(2024, 3, 10), "2024-03-10T00:00:00-08:00"),
        (date(2024, 3, 11), "2024-03-11T00:00:00-07:00"),
        (date(2024, 11, 3), "2024-11-03T00:00:00-07:00"),
        (date(2024, 11, 4), "2024-11-04T00:00:00-08:00"),
    ],
)
def test_registration_opens_at_the_start_of_its_day(day: date, iso: str) -> None:
    built = event(date(2024, 12, 2))
    opening = deadline(built, DeadlineKind.OPENS, RegistrationPolicy(opens=DeadlineRule.fixed(day)))
    assert opening.outcome is not None
    assert opening.outcome.isoformat() == iso
    assert opening.reasons[1].message.startswith("It opens at ")


def test_an_event_in_new_york_closes_at_the_end_of_the_day_there() -> None:
    """An event's deadline closes at the end of the day in the event's zone (events/models.py)."""
    east = event(date(2024, 2, 16), zone="America/New_York")
    west = event(date(2024, 2, 16))
    at = registration_deadline(east).outcome
    assert at.isoformat() == "2024-02-09T23:59:59.999999-05:00"
    assert in_utc(at) == datetime(2024, 2, 10, 4, 59, 59, 999_999, tzinfo=UTC)
    assert in_utc(registration_deadline(west).outcome) - in_utc(at) == timedelta(hours=3)
    assert "(America/New_York)" in registration_deadline(east).reasons[1].message


def test_an_event_in_new_york_on_its_change_day() -> None:
    """New York springs forward on 10 March 2024 too: that day's deadline is at -04:00."""
    at = registration_deadline(event(date(2024, 3, 17), zone="America/New_York")).outcome
    assert at.isoformat() == "2024-03-10T23:59:59.999999-04:00"


def test_an_event_in_santiago_closes_at_the_real_end_of_the_day() -> None:
    """Chile falls back at midnight: Saturday 6 April 2024 runs 23:00-23:59 twice (-03:00, then -04:00).

    The last instant of that day is 23:59:59.999999-04:00, 04:59:59.999999 UTC.
    """
    at = registration_deadline(event(date(2024, 4, 13), zone="America/Santiago")).outcome
    zone = ZoneInfo("America/Santiago")
    assert local_date(in_utc(at) + ONE_MICROSECOND, zone) == date(2024, 4, 7)


# ------------------------------------------------------------------------ business days


def test_business_days_skip_new_year_and_the_weekend() -> None:
    """Tuesday 2 January 2024, two business days before: not Mon 1 Jan (New Year's Day), Sun, Sat: 28 Dec."""
    built = event(date(2024, 1, 2))
    policy = RegistrationPolicy(close=DeadlineRule.before(2, business_days=True))
    (close,) = deadlines(built, policy)
    assert close.last_day == date(2023, 12, 28)
    assert close.at.isoformat() == "2023-12-28T23:59:59.999999-08:00"
    decision = registration_deadline(built, policy)
    assert "2 business days before the event's first day: 2023-12-28 (Thursday)" in decision.reasons[0].message


@pytest.mark.parametrize(
    ("start", "days", "last_day"),
    [
        # Wed 24 Jan 2024 (the 2024 Academy), 7 business days back skips Martin Luther King, Jr. Day (15 Jan).
        (date(2024, 1, 24), 7, date(2024, 1, 12)),
        # Mon 2 Dec 2024: Thanksgiving (28 Nov) and the day after are state-office holidays.
        (date(2024, 12, 2), 2, date(2024, 11, 26)),
        # Tue 2 Apr 2024: Cesar Chavez Day (Sun 31 March) is observed on Mon 1 April.
        (date(2024, 4, 2), 1, date(2024, 3, 29)),
        # Monday: one business day before is the Friday.
        (date(2024, 2, 12), 1, date(2024, 2, 9)),
        # Zero business days: the start itself, whatever day it is.
        (date(2024, 2, 10), 0, date(2024, 2, 10)),
    ],
)
def test_business_days_before(start: date, days: int, last_day: date) -> None:
    rule = DeadlineRule.before(days, business_days=True)
    assert rule.last_day(start, start) == last_day
    assert rule.describe() == f"{days} business day{'' if days == 1 else 's'} before the event's first day"


def test_business_days_follow_the_calendar_given() -> None:
    """Lincoln Day (12 Feb) is a judicial holiday (CCP § 135), no longer a state-office one (2010)."""
    built = event(date(2024, 2, 14))
    policy = RegistrationPolicy(close=DeadlineRule.before(2, business_days=True))
    assert registration_deadline(built, policy).outcome == closing(date(2024, 2, 12))
    assert registration_deadline(built, policy, calendar=CALIFORNIA_STATE_OFFICES).outcome == closing(date(2024, 2, 12))
    assert registration_deadline(built, policy, calendar=CALIFORNIA_JUDICIAL).outcome == closing(date(2024, 2, 9))
    closed = CALIFORNIA_STATE_OFFICES.with_extra_days([(date(2024, 2, 13), "Office closure")])
    assert registration_deadline(built, policy, calendar=closed).outcome == closing(date(2024, 2, 9))


def test_a_calendar_that_is_not_a_calendar_is_refused() -> None:
    built = event(date(2024, 2, 14))
    policy = RegistrationPolicy(close=DeadlineRule.before(2, business_days=True))
    with pytest.raises(InputError) as info:
        registration_deadline(built, policy, calendar={date(2024, 2, 13)})  # type: ignore[arg-type]
    assert paths(info) == ["calendar"]


# --------------------------------------------------------------------------- anchors


def test_a_deadline_counted_from_the_last_day() -> None:
    """City Attorneys Spring Conference 2023, Wed 17 to Fri 19 May: two days before the last day is the first."""
    conference = build(EXAMPLES[2])[0]
    rule = DeadlineRule.before(2, anchor=Anchor.END)
    assert rule.describe() == "2 days before the event's last day"
    (close,) = deadlines(conference, RegistrationPolicy(close=rule))
    assert close.last_day == date(2023, 5, 17)
    assert close.at.isoformat() == "2023-05-17T23:59:59.999999-07:00"
    rule = DeadlineRule.before(9, anchor=Anchor.END)
    assert rule.last_day(conference.start, conference.end) == date(2023, 5, 10)


def test_business_days_counted_from_the_last_day() -> None:
    """Fri 19 May 2023, three business days back: Thu, Wed, Tue 16 May."""
    rule = DeadlineRule.before(3, business_days=True, anchor=Anchor.END)
    assert rule.last_day(date(2023, 5, 17), date(2023, 5, 19)) == date(2023, 5, 16)


@pytest.mark.parametrize("days", [0, 1])
def test_a_deadline_from_the_last_day_may_fall_after_the_start(days: int) -> None:
    conference = build(EXAMPLES[2])[0]
    with pytest.raises(InputError) as info:
        registration_deadline(conference, RegistrationPolicy(close=DeadlineRule.before(days, anchor=Anchor.END)))
    assert paths(info) == ["policy.close"]
    assert "after the event's start, 2023-05-17" in str(info.value)


# ------------------------------------------------------------------ deadlines after the start


@pytest.mark.parametrize(
    ("kind", "field"),
    [
        (DeadlineKind.CLOSE, "close"),
        (DeadlineKind.EARLY_BIRD, "early_bird"),
        (DeadlineKind.HOTEL, "hotel"),
        (DeadlineKind.CANCELLATION, "cancellation"),
    ],
)
def test_a_deadline_after_the_start_is_refused(kind: DeadlineKind, field: str) -> None:
    built = event(date(2024, 2, 16))
    rules: dict[str, Any] = {field: DeadlineRule.fixed(date(2024, 2, 17))}
    policy = RegistrationPolicy(**rules)
    with pytest.raises(InputError) as info:
        deadline(built, kind, policy)
    assert paths(info) == [f"policy.{kind.value}"]
    assert "2024-02-17" in str(info.value)
    assert "after the event's start, 2024-02-16" in str(info.value)
    with pytest.raises(InputError) as info:
        deadlines(built, policy)
    assert paths(info) == [f"policy.{kind.value}"]


def test_every_deadline_after_the_start_is_named_at_once() -> None:
    """The early bird, the close and the hotel cut-off all after the start: three problems in one InputError."""
    built = event(date(2024, 2, 16), date(2024, 2, 19))
    policy = RegistrationPolicy(
        opens=DeadlineRule.fixed(date(2024, 2, 20)),  # an opening after the start is no error
        early_bird=DeadlineRule.fixed(date(2024, 2, 17)),
        close=DeadlineRule.before(1, anchor=Anchor.END),
        hotel=DeadlineRule.fixed(date(2024, 2, 18)),
    )
    with pytest.raises(InputError) as info:
        deadlines(built, policy)
    assert paths(info) == ["policy.early_bird", "policy.close", "policy.hotel"]
    message = str(info.value)
    assert "1 day before the event's last day, 2024-02-18, is after the event's start, 2024-02-16" in message
    assert "2024-02-17 is after the event's start" in message
    with pytest.raises(InputError) as info:
        registration_deadline(built, policy)
    assert paths(info) == ["policy.early_bird", "policy.close", "policy.hotel"]


def test_a_deadline_on_the_start_day_is_allowed() -> None:
    built = event(date(2024, 2, 16))
    (close,) = deadlines(built, RegistrationPolicy(close=DeadlineRule.before(0)))
    assert close.last_day == date(2024, 2, 16)


def test_registration_may_open_on_any_day() -> None:
    """Registration may open even after the start (on-site registration)."""
    built = event(date(2024, 2, 16))
    policy = RegistrationPolicy(opens=DeadlineRule.fixed(date(2024, 2, 20)))
    opening = deadlines(built, policy)[0]
    assert opening.kind is DeadlineKind.OPENS
    assert opening.last_day == date(2024, 2, 20)
    assert opening.at.isoformat() == "2024-02-20T00:00:00-08:00"


def test_every_deadline_of_a_policy_in_order() -> None:
    """Section 2.6: the 2024 Academy's hotel cut-off, 3 Jan 2024 (21 days before 24 Jan)."""
    academy = build(EXAMPLES[4])[0]
    policy = RegistrationPolicy(
        opens=DeadlineRule.fixed(date(2023, 10, 25)),
        early_bird=DeadlineRule.before(30),
        close=DeadlineRule.fixed(date(2024, 1, 15)),
        hotel=DeadlineRule.before(21),
        cancellation=DeadlineRule.before(10, business_days=True),
    )
    found = deadlines(academy, policy)
    assert [d.kind for d in found] == list(DeadlineKind)
    assert [d.last_day for d in found] == [
        date(2023, 10, 25),
        date(2023, 12, 25),
        date(2024, 1, 15),
        date(2024, 1, 3),
        date(2024, 1, 9),  # 10 business days back from Wed 24 Jan, skipping MLK Day (15 Jan)
    ]
    assert [d.rule for d in found] == [
        policy.opens,
        policy.early_bird,
        policy.close,
        policy.hotel,
        policy.cancellation,
    ]


def test_a_policy_without_a_deadline_has_none() -> None:
    """Section 2.1: the cancellation date is per event and unknown: by default the policy has none."""
    built = event(date(2024, 2, 16))
    for kind in (DeadlineKind.OPENS, DeadlineKind.EARLY_BIRD, DeadlineKind.HOTEL, DeadlineKind.CANCELLATION):
        decision = deadline(built, kind)
        assert decision.outcome is None
        assert decision.codes == (f"events.deadline.{kind.value}.none",)
        assert decision.reasons[0].message.startswith("The event has no ")
        assert decision.sources() == ()
    assert [d.kind for d in deadlines(built)] == [DeadlineKind.CLOSE]


def test_the_hotel_cut_off_is_named_in_its_question() -> None:
    decision = deadline(event(date(2024, 2, 16)), DeadlineKind.HOTEL)
    assert decision.question == "When is the hotel cut-off deadline of An event?"
    assert decision.reasons[0].message == "The event has no hotel cut-off deadline."


# ----------------------------------------------------------------------- bad arguments


def test_a_rule_with_both_a_day_and_a_count_is_refused() -> None:
    with pytest.raises(InputError) as info:
        DeadlineRule(on=date(2024, 2, 9), days_before=7)
    assert paths(info) == ["on"]


def test_a_rule_with_neither_a_day_nor_a_count_is_refused() -> None:
    with pytest.raises(InputError) as info:
        DeadlineRule()
    assert paths(info) == ["on"]


def test_a_fixed_day_of_business_days_is_refused() -> None:
    with pytest.raises(InputError) as info:
        DeadlineRule(on=date(2024, 2, 9), business_days=True)
    assert paths(info) == ["business_days"]


@pytest.mark.parametrize(
    ("fields", "path"),
    [
        ({"days_before": -1}, "days_before"),
        ({"days_before": 7.0}, "days_before"),
        ({"days_before": True}, "days_before"),
        ({"on": datetime(2024, 2, 9, tzinfo=UTC)}, "on"),
        ({"on": "2024-02-09"}, "on"),
        ({"days_before": 7, "business_days": 1}, "business_days"),
        ({"days_before": 7, "anchor": "start"}, "anchor"),
        ({"days_before": 7, "published": " "}, "published"),
        ({"days_before": 7, "source": "MLI 2024 page"}, "source"),
    ],
    ids=repr,
)
def test_bad_rule_fields_are_refused(fields: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as info:
        DeadlineRule(**fields)
    assert paths(info)[0] == path


def test_every_problem_of_a_rule_at_once() -> None:
    with pytest.raises(InputError) as info:
        DeadlineRule(on=date(2024, 2, 9), days_before=7, anchor="end", published="")  # type: ignore[arg-type]
    assert paths(info) == ["anchor", "published", "on"]


@pytest.mark.parametrize("field", ["opens", "early_bird", "close", "hotel", "cancellation"])
def test_a_policy_of_something_that_is_not_a_rule_is_refused(field: str) -> None:
    fields: dict[str, Any] = {field: date(2024, 2, 9)}
    with pytest.raises(InputError) as info:
        RegistrationPolicy(**fields)
    assert paths(info) == [field]


def test_bad_arguments_are_named_together() -> None:
    with pytest.raises(InputError) as info:
        deadline("MLI", DeadlineKind.CLOSE, "seven days")  # type: ignore[arg-type]
    assert paths(info) == ["event", "policy"]
    with pytest.raises(InputError) as info:
        deadlines(None, 7)  # type: ignore[arg-type]
    assert paths(info) == ["event", "policy"]
    with pytest.raises(InputError) as info:
        registration_deadline(event(date(2024, 2, 16)), DeadlineRule.before(7))  # type: ignore[arg-type]
    assert paths(info) == ["policy"]


def test_a_kind_that_is_not_a_kind_is_refused() -> None:
    with pytest.raises(InputError) as info:
        deadline(event(date(2024, 2, 16)), "close")  # type: ignore[arg-type]
    assert paths(info) == ["kind"]
    with pytest.raises(InputError) as info:
        resolve_deadline(event(date(2024, 2, 16)), "cancellation")  # type: ignore[arg-type]
    assert paths(info) == ["kind"]
    assert "expected a DeadlineKind, got 'cancellation'" in str(info.value)


# ------------------------------------------------------------------- resolve_deadline


def test_resolve_deadline_gives_the_deadline_as_deadlines_resolves_it() -> None:
    """Section 2.6: the 2024 Academy's hotel cut-off, 21 days before Wed 24 Jan: Wed 3 Jan 2024."""
    academy = build(EXAMPLES[4])[0]
    hotel, cancellation = DeadlineRule.before(21), DeadlineRule.fixed(date(2024, 1, 10))
    policy = RegistrationPolicy(hotel=hotel, cancellation=cancellation)
    for kind in (DeadlineKind.CLOSE, DeadlineKind.HOTEL, DeadlineKind.CANCELLATION):
        found = resolve_deadline(academy, kind, policy)
        assert found is not None
        assert found == next(d for d in deadlines(academy, policy) if d.kind is kind)
        assert found.at == deadline(academy, kind, policy).outcome
    assert resolve_deadline(academy, DeadlineKind.HOTEL, policy) == Deadline(
        DeadlineKind.HOTEL, date(2024, 1, 3), closing(date(2024, 1, 3)), hotel
    )
    assert resolve_deadline(academy, DeadlineKind.CANCELLATION, policy) == Deadline(
        DeadlineKind.CANCELLATION, date(2024, 1, 10), closing(date(2024, 1, 10)), cancellation
    )


@pytest.mark.parametrize("kind", [DeadlineKind.OPENS, DeadlineKind.EARLY_BIRD, DeadlineKind.CANCELLATION])
def test_resolve_deadline_gives_none_for_a_deadline_the_policy_lacks(kind: DeadlineKind) -> None:
    """Section 2.1: the cancellation date is per event and unknown: by default the policy has none."""
    assert resolve_deadline(event(date(2024, 2, 16)), kind) is None
    assert resolve_deadline(event(date(2024, 2, 16)), kind, RegistrationPolicy()) is None


def test_resolve_deadline_counts_business_days_on_the_calendar_given() -> None:
    """Lincoln Day (12 Feb 2024) is a judicial holiday, no longer a state-office one."""
    built = event(date(2024, 2, 14))
    policy = RegistrationPolicy(cancellation=DeadlineRule.before(2, business_days=True))
    offices = resolve_deadline(built, DeadlineKind.CANCELLATION, policy)
    judicial = resolve_deadline(built, DeadlineKind.CANCELLATION, policy, calendar=CALIFORNIA_JUDICIAL)
    assert offices is not None
    assert judicial is not None
    assert (offices.last_day, judicial.last_day) == (date(2024, 2, 12), date(2024, 2, 9))


def test_resolve_deadline_refuses_a_deadline_after_the_start() -> None:
    policy = RegistrationPolicy(cancellation=DeadlineRule.fixed(date(2024, 2, 17)))
    with pytest.raises(InputError) as info:
        resolve_deadline(event(date(2024, 2, 16)), DeadlineKind.CANCELLATION, policy)
    assert paths(info) == ["policy.cancellation"]


# ----------------------------------------------------------- counts that cannot be resolved


def test_a_count_of_days_before_the_year_1_is_an_input_error() -> None:
    """DeadlineRule.before(10**9) is a valid rule, but no date lies that far back: an InputError, not OverflowError."""
    rule = DeadlineRule.before(10**9)
    with pytest.raises(InputError) as info:
        rule.last_day(date(2024, 11, 10), date(2024, 11, 10))
    assert paths(info) == ["days_before"]
    assert "1000000000 days before 2024-11-10 is before the year 1" in str(info.value)
    built = event(date(2024, 11, 10))
    with pytest.raises(InputError) as info:
        deadlines(built, RegistrationPolicy(close=rule))
    assert paths(info) == ["policy.close.days_before"]
    with pytest.raises(InputError) as info:
        registration_deadline(built, RegistrationPolicy(close=rule))
    assert paths(info) == ["policy.close.days_before"]
    with pytest.raises(InputError) as info:
        resolve_deadline(built, DeadlineKind.HOTEL, RegistrationPolicy(hotel=rule))
    assert paths(info) == ["policy.hotel.days_before"]


class OnlyHolidays:
    """A holiday calendar on which every day is a holiday: no business day, ever."""

    def __contains__(self, day: object, /) -> bool:
        return True

    def get(self, day: Any, default: Any = None, /) -> Any:
        return "Holiday"


def test_business_days_a_calendar_never_gives_are_an_input_error_not_an_endless_loop() -> None:
    rule = DeadlineRule.before(3, business_days=True)
    with pytest.raises(InputError) as info:
        rule.last_day(date(2024, 11, 10), date(2024, 11, 10), calendar=OnlyHolidays())
    assert paths(info) == ["days_before"]
    assert (
        "cannot count back 3 business days from 2024-11-10: the calendar has too few in the 3660 days before it"
        in str(info.value)
    )
    with pytest.raises(InputError) as info:
        deadlines(event(date(2024, 11, 10)), RegistrationPolicy(close=rule), calendar=OnlyHolidays())
    assert paths(info) == ["policy.close.days_before"]


def test_zero_business_days_need_no_business_day() -> None:
    """Zero business days before is the anchor day itself, even on a calendar of holidays only."""
    rule = DeadlineRule.before(0, business_days=True)
    assert rule.last_day(date(2024, 11, 10), date(2024, 11, 10), calendar=OnlyHolidays()) == date(2024, 11, 10)


def test_a_deadline_with_a_naive_instant_is_refused() -> None:
    with pytest.raises(InputError):
        Deadline(DeadlineKind.CLOSE, date(2024, 2, 9), datetime(2024, 2, 9, 23, 59), DeadlineRule.before(7))


# -------------------------------------------------------------------------------- JSON


def test_a_deadline_round_trips_through_json() -> None:
    (close,) = deadlines(build(EXAMPLES[0])[0])
    data = unstructure(close)
    assert data["kind"] == "close"
    assert data["last_day"] == "2024-02-09"
    assert data["at"] == "2024-02-09T23:59:59.999999-08:00[America/Los_Angeles]"
    assert data["rule"]["days_before"] == 7
    assert data["rule"]["source"]["confidence"] == "inferred"
    back = structure(data, Deadline)
    assert back == close
    assert back.at.isoformat() == close.at.isoformat()
    assert from_json(to_json(close), Deadline) == close


def test_a_policy_round_trips_through_json() -> None:
    policy = RegistrationPolicy(
        early_bird=DeadlineRule.fixed(date(2021, 7, 16), published="Early bird registration closes on Friday, July 16"),
        close=DeadlineRule.before(2, business_days=True, anchor=Anchor.END),
        after_close=AfterClose.WAIT_LIST,
    )
    assert structure(unstructure(policy), RegistrationPolicy) == policy


def test_bad_rule_documents_name_their_paths() -> None:
    data = unstructure(DeadlineRule.fixed(date(2024, 2, 9)))
    with pytest.raises(InputError) as info:
        structure({**data, "days_before": 7}, DeadlineRule)
    assert [p.path for p in info.value.problems] == ["$.on"]
    with pytest.raises(InputError) as info:
        structure({**data, "anchor": "middle", "on": "9 Feb"}, DeadlineRule)
    assert sorted(p.path for p in info.value.problems) == ["$.anchor", "$.on"]


def test_bad_deadline_documents_name_their_paths() -> None:
    data = unstructure(deadlines(build(EXAMPLES[0])[0])[0])
    with pytest.raises(InputError) as info:
        structure({**data, "at": "2024-02-09T23:59:59.999999", "kind": "deadline"}, Deadline)
    assert [p.path for p in info.value.problems] == ["$.kind", "$.at"]


@pytest.mark.parametrize(
    ("kind", "policy"),
    [
        (DeadlineKind.CLOSE, None),
        (DeadlineKind.HOTEL, None),
        (DeadlineKind.OPENS, RegistrationPolicy(opens=DeadlineRule.fixed(date(2023, 11, 3)))),
    ],
)
def test_a_deadline_decision_round_trips(kind: DeadlineKind, policy: RegistrationPolicy | None) -> None:
    decision = deadline(event(date(2023, 11, 10)), kind, policy)
    back = structure(unstructure(decision), Decision[datetime | None])
    assert back == decision
    if decision.outcome is not None:
        assert back.outcome is not None
        assert back.outcome.isoformat() == decision.outcome.isoformat()


def test_a_registration_deadline_decision_round_trips() -> None:
    decision = registration_deadline(event(date(2024, 11, 10)))
    assert structure(unstructure(decision), Decision[datetime]) == decision
    assert from_json(to_json(decision), Decision[datetime]) == decision


# --------------------------------------------------------------------------- properties

DAYS = st.dates(date(1993, 1, 1), date(2100, 12, 31))
ZONES = st.sampled_from(
    ["America/Los_Angeles", "America/New_York", "Pacific/Honolulu", "Australia/Lord_Howe", "Asia/Kathmandu"]
)


@settings(max_examples=60)
@given(DAYS, st.integers(0, 60), st.integers(0, 5), st.booleans())
def test_the_last_day_is_never_after_the_start(start: date, days: int, length: int, business: bool) -> None:
    rule = DeadlineRule.before(days, business_days=business)
    last = rule.last_day(start, start + timedelta(days=length))
    assert last <= start
    if not business:
        assert start - last == timedelta(days=days)
        if days == PREREGISTRATION_DAYS.value:
            assert last.weekday() == start.weekday()


@settings(max_examples=60)
@given(DAYS, st.integers(1, 40), st.sampled_from([CALIFORNIA_STATE_OFFICES, CALIFORNIA_JUDICIAL]))
def test_business_day_deadlines_are_business_days(start: date, days: int, calendar: Any) -> None:
    last = DeadlineRule.before(days, business_days=True).last_day(start, start, calendar=calendar)
    assert is_business_day(last, calendar)
    between = [last + timedelta(days=n) for n in range((start - last).days)]
    assert sum(is_business_day(day, calendar) for day in between) == days


@settings(max_examples=60)
@given(DAYS, st.integers(0, 60), ZONES)
def test_an_instant_is_the_end_of_its_local_day(start: date, days: int, zone: str) -> None:
    built = event(start, zone=zone)
    (close,) = deadlines(built, RegistrationPolicy(close=DeadlineRule.before(days)))
    tz = ZoneInfo(zone)
    assert close.at == end_of_day(close.last_day, tz)
    assert local_date(close.at, tz) == close.last_day
    assert local_date(in_utc(close.at) + ONE_MICROSECOND, tz) == close.last_day + ONE_DAY
    assert registration_deadline(built, RegistrationPolicy(close=close.rule)).outcome == close.at


@st.composite
def resolved(draw: st.DrawFn) -> tuple[Event, RegistrationPolicy]:
    start = draw(DAYS)
    built = event(start, start + timedelta(days=draw(st.integers(0, 4))), zone=draw(ZONES))

    def rule(*, any_day: bool = False) -> DeadlineRule:
        if draw(st.booleans()):
            latest = start + timedelta(days=30) if any_day else start
            return DeadlineRule.fixed(draw(st.dates(start - timedelta(days=400), latest)))
        return DeadlineRule.before(draw(st.integers(0, 120)), business_days=draw(st.booleans()))

    def maybe(*, any_day: bool = False) -> DeadlineRule | None:
        return rule(any_day=any_day) if draw(st.booleans()) else None

    policy = RegistrationPolicy(
        opens=maybe(any_day=True),
        early_bird=maybe(),
        close=rule(),
        hotel=maybe(),
        cancellation=maybe(),
        after_close=draw(st.sampled_from(AfterClose)),
    )
    return built, policy


@settings(max_examples=40)
@given(resolved())
def test_deadlines_round_trip_through_json(case: tuple[Event, RegistrationPolicy]) -> None:
    built, policy = case
    for found in deadlines(built, policy):
        back = structure(unstructure(found), Deadline)
        assert back == found
        assert back.at.isoformat() == found.at.isoformat()
        assert back.at.utcoffset() == found.at.utcoffset()


@settings(max_examples=40)
@given(resolved(), st.sampled_from(DeadlineKind))
def test_deadline_decisions_round_trip_through_json(case: tuple[Event, RegistrationPolicy], kind: DeadlineKind) -> None:
    built, policy = case
    decision = deadline(built, kind, policy)
    assert structure(unstructure(decision), Decision[datetime | None]) == decision
    assert (decision.outcome is None) == (policy.rule(kind) is None)


def test_evolving_a_rule_checks_it_again() -> None:
    with pytest.raises(InputError) as info:
        attrs.evolve(DeadlineRule.before(7), on=date(2024, 2, 9))
    assert paths(info) == ["on"]
