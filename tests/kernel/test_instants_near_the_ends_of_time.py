"""Instants within a day of the ends of the years 1 to 9999 are refused by name, never crash.

Rule under test (src/calcities_domain/kernel/_checks.py, ``aware`` and ``instant_problem``;
kernel/dates.py, ``require_aware``; docs/serialization.md, "Limits on what a document may
hold"): a model's instant, and an instant given to a rule, is from 0001-01-02T00:00Z to
9999-12-30T23:59:59.999999Z, a day inside what ``datetime`` can hold, so that no UTC offset
(always less than a day) moves it out when it is shown in a zone, compared or turned into a
date. A session at 0001-01-01T00:00+01:00 (the year 0 in UTC) used to escape the events
models' checks as ``OverflowError``; one at 0001-01-01T01:00Z in an event in Los Angeles
escaped the event's check the same way. A deadline the library works out for an event (the
end of its last day in the venue's zone, src/calcities_domain/events/deadlines.py) that falls
outside them is refused at the rule that puts it there; the converter gives the same message
for an instant of a document that is not even in the years 1 to 9999 in UTC.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import commands, events
from calcities_domain.governance import officer_term, petition_filing_deadline
from calcities_domain.kernel import InputError, Problem, local_date, require_aware
from calcities_domain.serialization import structure

FIRST = datetime(1, 1, 2, tzinfo=UTC)
LAST = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC)
TICK = timedelta(microseconds=1)
PLUS_ONE = timezone(timedelta(hours=1))


def too_near(instant: datetime) -> str:
    return (
        f"{instant.isoformat()} is too near the ends of the years 1 to 9999 to be shown in every time zone: "
        "instants from 0001-01-02T00:00Z to 9999-12-30T23:59:59.999999Z are handled"
    )


def session(starts_at: datetime, ends_at: datetime) -> events.Session:
    return events.Session("s", "t", starts_at, ends_at)


def test_a_session_in_the_year_0_in_utc_is_refused_at_both_instants() -> None:
    starts, ends = datetime(1, 1, 1, 0, 0, tzinfo=PLUS_ONE), datetime(1, 1, 1, 2, 0, tzinfo=PLUS_ONE)
    with pytest.raises(InputError) as caught:
        session(starts, ends)
    assert caught.value.problems == (Problem("starts_at", too_near(starts)), Problem("ends_at", too_near(ends)))


def test_the_first_and_last_instants_handled_are_accepted_and_the_next_ones_out_refused() -> None:
    assert session(FIRST, FIRST + timedelta(hours=1)).starts_at == FIRST
    assert session(LAST - timedelta(hours=1), LAST).ends_at == LAST
    with pytest.raises(InputError) as caught:
        session(FIRST - TICK, FIRST + timedelta(hours=1))
    assert caught.value.problems == (Problem("starts_at", too_near(FIRST - TICK)),)
    with pytest.raises(InputError) as caught:
        session(LAST - timedelta(hours=1), LAST + TICK)
    assert caught.value.problems == (Problem("ends_at", too_near(LAST + TICK)),)


def test_an_event_in_los_angeles_with_a_session_on_the_first_morning_of_the_year_1() -> None:
    """The session is refused when it is built, before the event shows it in its zone (the year 0 there)."""
    with pytest.raises(InputError) as caught:
        session(datetime(1, 1, 1, 1, tzinfo=UTC), datetime(1, 1, 1, 2, tzinfo=UTC))
    assert [p.path for p in caught.value.problems] == ["starts_at", "ends_at"]
    first_day = events.Event(
        "e", events.EventKind.WORKSHOP, date(1, 1, 1), date(1, 1, 2), sessions=(session(FIRST, FIRST + TICK),)
    )
    assert first_day.sessions[0].starts_at.astimezone(first_day.tz).date() == date(1, 1, 1)


def test_from_a_document_the_problem_is_at_the_instant_s_path() -> None:
    document = {
        "session_id": "s",
        "title": "t",
        "starts_at": "9999-12-31T00:00:00Z",
        "ends_at": "9999-12-31T01:00:00Z",
        "mcle_minutes": 0,
        "mcle_subfields": [],
    }
    with pytest.raises(InputError) as caught:
        structure(document, events.Session)
    assert [p.path for p in caught.value.problems] == ["$.starts_at", "$.ends_at"]
    assert caught.value.problems[0].message == too_near(datetime(9999, 12, 31, tzinfo=UTC))


@pytest.mark.parametrize(
    ("instant", "name"),
    [(datetime(9999, 12, 31, 23, tzinfo=UTC), "instant"), (datetime(1, 1, 1, 1, tzinfo=UTC), "instant")],
)
def test_local_date_refuses_an_instant_no_zone_can_be_sure_to_show(instant: datetime, name: str) -> None:
    with pytest.raises(InputError) as caught:
        local_date(instant, timezone(timedelta(hours=14)))
    assert caught.value.problems == (Problem(name, too_near(instant)),)


def test_rules_given_instants_refuse_them_at_the_argument_s_name() -> None:
    with pytest.raises(InputError) as caught:
        officer_term(datetime(2025, 7, 1, tzinfo=UTC), LAST + TICK)
    assert caught.value.problems == (Problem("next_adjourned_at", too_near(LAST + TICK)),)
    event = events.Event("e", events.EventKind.WORKSHOP, date(2024, 12, 31), date(2024, 12, 31))
    with pytest.raises(InputError) as caught:
        events.registration_state(event, LAST + TICK)
    assert caught.value.problems == (Problem("at", too_near(LAST + TICK)),)


def test_a_petition_deadline_before_the_first_instant_handled_is_refused() -> None:
    """src/calcities_domain/governance/resolutions.py: petitions are filed 24 hours before the General
    Assembly begins (elapsed time, in UTC), and the answer is in the start's zone; 24 hours before the
    first instant handled, in a zone 12 hours behind UTC, would be in the year 0 there."""
    behind = timezone(timedelta(hours=-12))
    with pytest.raises(InputError) as caught:
        petition_filing_deadline(FIRST.astimezone(behind))
    assert caught.value.problems == (
        Problem(
            "general_assembly_start",
            f"its petition filing deadline, 24 hours earlier, {too_near(datetime(1, 1, 1, tzinfo=UTC))}",
        ),
    )
    a_day_later = (FIRST + timedelta(days=1)).astimezone(behind)
    assert petition_filing_deadline(a_day_later) == datetime(1, 1, 1, 12, tzinfo=behind)


@given(
    instant=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30, 23, 59, 59, 999999)),
    offset_minutes=st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1),
)
def test_every_instant_handled_has_a_date_in_every_zone(instant: datetime, offset_minutes: int) -> None:
    """Whatever the offset (less than a day either way), an instant accepted has a date there."""
    accepted = require_aware(instant.replace(tzinfo=UTC))
    zone = timezone(timedelta(minutes=offset_minutes))
    day = local_date(accepted, zone)
    assert abs((day - accepted.date()).days) <= 1


@given(instant=st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59, 999999)))
def test_an_instant_is_accepted_exactly_when_it_is_between_the_first_and_the_last(instant: datetime) -> None:
    aware = instant.replace(tzinfo=UTC)
    if FIRST <= aware <= LAST:
        assert require_aware(aware) == aware
    else:
        with pytest.raises(InputError):
            require_aware(aware)


def test_a_deadline_at_the_end_of_the_year_9999_is_refused_at_its_rule() -> None:
    """The end of 30 December 9999 in Los Angeles is 31 December in UTC: refused at ``policy.close.on``."""
    late = events.Event("Late", events.EventKind.WORKSHOP, date(9999, 12, 30), date(9999, 12, 31))
    policy = events.RegistrationPolicy(close=events.DeadlineRule.fixed(date(9999, 12, 30)))
    end_of_day = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-8)))
    expected = Problem("policy.close.on", f"the deadline's instant on 9999-12-30: {too_near(end_of_day)}")
    with pytest.raises(InputError) as caught:
        events.deadlines(late, policy)
    assert caught.value.problems == (expected,)
    document = {
        "event": {"name": "Late", "kind": "workshop", "start": "9999-12-30", "end": "9999-12-31"},
        "policy": {"close": {"on": "9999-12-30"}},
    }
    with pytest.raises(InputError) as caught:
        commands.run("events", document)
    assert [p.path for p in caught.value.problems] == ["$.policy.close.on"]


def test_a_deadline_counted_back_to_the_end_of_the_year_9999_is_refused_at_its_count() -> None:
    """Closing 0 days before the start, 30 December 9999, is 31 December in UTC.

    Refused at ``policy.close.days_before``, the rule that puts it there.
    """
    late = events.Event("Late", events.EventKind.WORKSHOP, date(9999, 12, 30), date(9999, 12, 31))
    policy = events.RegistrationPolicy(close=events.DeadlineRule.before(0))
    end_of_day = datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-8)))
    expected = Problem("policy.close.days_before", f"the deadline's instant on 9999-12-30: {too_near(end_of_day)}")
    with pytest.raises(InputError) as caught:
        events.deadlines(late, policy)
    assert caught.value.problems == (expected,)


def test_a_deadline_a_week_before_a_week_long_event_in_the_year_9999_is_answered() -> None:
    event = events.Event("Late", events.EventKind.WORKSHOP, date(9999, 12, 20), date(9999, 12, 22))
    (close,) = events.deadlines(event, events.RegistrationPolicy(close=events.DeadlineRule.fixed(date(9999, 12, 13))))
    assert close.at.isoformat() == "9999-12-13T23:59:59.999999-08:00"


def test_a_season_checked_at_an_instant_outside_them_is_refused_at_now() -> None:
    now = datetime(1, 1, 1, tzinfo=PLUS_ONE)
    with pytest.raises(InputError) as caught:
        events.check_season([], now=now)
    assert caught.value.problems == (Problem("now", too_near(now)),)
