"""An event's sessions are judged in the venue's zone and in UTC, never in the machine's zone.

Rules under test (src/calcities_domain/events/models.py, ``Event`` and ``Session``;
docs/distributed.md, "No clock": two machines with different clocks or time zones agree;
docs/architecture.md: the same question asked on another machine gets the same answer;
../shared/domain/torch-events-training.md section 2.2, event times are the venue's):

* A session lies within the event's days as dates in the event's zone (``zone``), on
  whatever machine: its first and last days, named in the problem, are the venue's dates.
* A session's times are compared and subtracted as instants: a session on the last evening
  the library handles, 30 December 9999 (UTC), is a session on every machine, including one
  whose own zone is already on 31 December by then (instants nearer the end of the year
  9999 are refused: tests/kernel/test_instants_near_the_ends_of_time.py).

The machine's zone is set, for each test, to Pacific/Kiritimati (UTC+14, the zone furthest
ahead of UTC), and restored afterwards.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest

from calcities_domain.events import Event, EventKind, Session
from calcities_domain.kernel import InputError, Problem

AHEAD = "Pacific/Kiritimati"


@pytest.fixture(autouse=True)
def machine_zone_far_ahead() -> Iterator[None]:
    if not hasattr(time, "tzset"):  # Windows: the machine's zone cannot be changed in a process
        pytest.skip("time.tzset is not available")
    before = os.environ.get("TZ")
    os.environ["TZ"] = AHEAD
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_the_machine_zone_is_far_ahead_of_utc() -> None:
    # 10:00 UTC on 1 March 2024 is midnight on 2 March in Kiritimati.
    assert datetime(2024, 3, 1, 10, 0, tzinfo=UTC).astimezone().date() == date(2024, 3, 2)


def test_a_session_the_evening_before_in_the_venue_is_outside_the_event_on_any_machine() -> None:
    # 10:00-11:00 UTC on 1 March 2024 is 2 to 3 a.m. on 1 March in Los Angeles (PST, UTC-8):
    # the day before an event held on 2 March, although it is 2 March on the machine.
    early = Session(
        "early", "Early session", datetime(2024, 3, 1, 10, tzinfo=UTC), datetime(2024, 3, 1, 11, tzinfo=UTC)
    )
    with pytest.raises(InputError) as caught:
        Event("Workshop", EventKind.WORKSHOP, date(2024, 3, 2), date(2024, 3, 2), sessions=(early,))
    assert caught.value.problems == (
        Problem("sessions[0]", "2024-03-01 to 2024-03-01 is outside the event's days, 2024-03-02 to 2024-03-02"),
    )


def test_a_session_within_the_venue_s_day_is_accepted_on_any_machine() -> None:
    # The same session lies on 1 March in Los Angeles, the event's only day.
    early = Session(
        "early", "Early session", datetime(2024, 3, 1, 10, tzinfo=UTC), datetime(2024, 3, 1, 11, tzinfo=UTC)
    )
    event = Event("Workshop", EventKind.WORKSHOP, date(2024, 3, 1), date(2024, 3, 1), sessions=(early,))
    assert event.sessions == (early,)


def test_a_session_on_the_last_evening_handled_is_a_session_on_any_machine() -> None:
    starts, ends = datetime(9999, 12, 30, 22, tzinfo=UTC), datetime(9999, 12, 30, 23, tzinfo=UTC)
    last = Session("last", "Last session", starts, ends, mcle_minutes=60)
    assert (last.starts_at, last.ends_at, last.mcle_minutes) == (starts, ends, 60)


def test_a_session_ending_before_it_starts_in_9999_is_refused_on_any_machine() -> None:
    starts, ends = datetime(9999, 12, 30, 23, tzinfo=UTC), datetime(9999, 12, 30, 22, tzinfo=UTC)
    with pytest.raises(InputError) as caught:
        Session("last", "Last session", starts, ends)
    assert caught.value.problems == (
        Problem("ends_at", "9999-12-30T22:00:00+00:00 is not after 9999-12-30T23:00:00+00:00"),
    )
