"""Tests of models.py: events, their sessions, and their checks.

Rules under test (src/calcities_domain/events/models.py; ../shared/domain/
torch-events-training.md sections 2 and 6):

* An event runs from its first day to its last day, in its venue's time zone
  (``America/Los_Angeles`` by default: event headers show "Pacific Standard Time", section
  2.2; event times are local, such as the MLI 2024 symposium's 8:30 a.m. to 5 p.m.,
  section 6). An event that ends before it starts is refused at ``end``; a zone that is
  not an IANA zone is refused at ``zone``, and so are the keys zoneinfo accepts that depend
  on the machine ("localtime", "posixrules", "Factory"): they are no place.
* A session lies within the event's days (as dates in the event's zone), ends after it
  starts, and has aware times: the library never guesses a zone. Its MCLE minutes fit in
  the session, and its subfield minutes fit in its MCLE minutes (section 2.7: "5 hours
  MCLE" at MLI 2024; the AB 1661 training, 9-11 a.m., gave 2 hours of general MCLE).
* Session identifiers are unique within an event.
* ``mcle_hours``, the total an event announces, is a Decimal, zero or more.
* Every problem is named at once, and every model round-trips through JSON, with bad
  documents reported at their ``$.`` paths.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.events import Event, EventKind, Session
from calcities_domain.kernel import InputError
from calcities_domain.mcle import SubfieldShare
from calcities_domain.serialization import from_json, structure, to_json, unstructure

PACIFIC = ZoneInfo("America/Los_Angeles")
EASTERN = ZoneInfo("America/New_York")

#: MLI 2024: Friday 16 February 2024, 8:30 a.m. to 5 p.m. (domain notes, section 2.3 and 6).
MLI_DAY = date(2024, 2, 16)


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = PACIFIC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def session(
    session_id: str = "opening",
    starts: datetime | None = None,
    ends: datetime | None = None,
    *,
    minutes: int = 0,
    subfields: tuple[SubfieldShare, ...] = (),
) -> Session:
    return Session(
        session_id,
        "Opening session",
        at(MLI_DAY, 8, 30) if starts is None else starts,
        at(MLI_DAY, 10) if ends is None else ends,
        mcle_minutes=minutes,
        mcle_subfields=subfields,
    )


def mli(*sessions: Session, start: date = MLI_DAY, end: date = MLI_DAY, **changes: Any) -> Event:
    """The 2024 Municipal Law Institute Symposium (MLI 2024 page: one day, 5 hours of MCLE)."""
    fields: dict[str, Any] = {
        "sessions": sessions,
        "organizers": ("Cal Cities", "Southwestern Law School"),
        "mcle_hours": Decimal(5),
        **changes,
    }
    return Event("Municipal Law Institute Symposium 2024", EventKind.SYMPOSIUM, start, end, **fields)


def paths(info: pytest.ExceptionInfo[InputError]) -> list[str]:
    return [problem.path for problem in info.value.problems]


# ------------------------------------------------------------------------------- Event


def test_an_event_defaults_to_pacific_time_and_cal_cities() -> None:
    """Section 2.2: event headers show "Pacific Standard Time": deadlines are Pacific dates [inferred]."""
    event = Event("City Leaders Summit 2024", EventKind.SUMMIT, date(2024, 4, 17), date(2024, 4, 19))
    assert event.zone == "America/Los_Angeles"
    assert event.tz == PACIFIC
    assert event.organizers == ("Cal Cities",)
    assert event.cosponsors == ()
    assert event.sessions == ()
    assert event.mcle_hours is None
    assert event.days == 3


def test_a_one_day_event_lasts_one_day() -> None:
    """MLI 2024 page: the symposium is one day, Friday 16 February 2024."""
    assert mli().days == 1


def test_an_event_in_another_zone() -> None:
    event = mli(zone="America/New_York")
    assert event.tz == EASTERN


def test_an_event_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InputError) as info:
        mli(start=MLI_DAY, end=MLI_DAY - timedelta(days=1))
    assert paths(info) == ["end"]
    assert "2024-02-15 is before the start, 2024-02-16" in str(info.value)


@pytest.mark.parametrize("zone", ["Mars/Olympus", "Pacific Standard Time", "", "../etc/passwd", 5])
def test_an_unknown_time_zone_is_refused(zone: Any) -> None:
    with pytest.raises(InputError) as info:
        mli(zone=zone)
    assert paths(info) == ["zone"]


@pytest.mark.parametrize("zone", ["localtime", "posixrules", "Factory"])
def test_a_zone_that_depends_on_the_machine_is_refused(zone: str) -> None:
    """A deadline closes at the end of a day where the event is held, never where the code runs."""
    with pytest.raises(InputError) as info:
        mli(zone=zone)
    assert paths(info) == ["zone"]
    assert f"{zone!r} depends on the machine: give an IANA zone such as 'America/Los_Angeles'" in str(info.value)


def test_a_machine_dependent_zone_in_a_document_is_named_at_its_path() -> None:
    data = unstructure(mli())
    with pytest.raises(InputError) as info:
        structure({**data, "zone": "localtime"}, Event)
    assert [p.path for p in info.value.problems] == ["$.zone"]


@pytest.mark.parametrize(
    "hours", [Decimal(-1), Decimal("-0.25"), 5.0, 5, "5", Decimal("NaN"), Decimal("Infinity")], ids=repr
)
def test_mcle_hours_must_be_a_decimal_of_zero_or_more(hours: Any) -> None:
    """Section 2.7: MCLE hours are given as 5, 6.0, 5.75, 10.75: held as Decimals, never floats."""
    with pytest.raises(InputError) as info:
        mli(mcle_hours=hours)
    assert paths(info) == ["mcle_hours"]


@pytest.mark.parametrize("hours", [Decimal(0), Decimal("5.75"), Decimal("10.75"), None])
def test_mcle_hours_as_announced(hours: Decimal | None) -> None:
    """Section 2.7: 5.75 hours (Berkeley Law + League symposium), up to 10.75 hours (Annual Conference 2022)."""
    assert mli(mcle_hours=hours).mcle_hours == hours


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"organizers": ["Cal Cities"]}, "organizers"),
        ({"cosponsors": "Southwestern Law School"}, "cosponsors"),
        ({"sessions": [session()]}, "sessions"),
    ],
    ids=["organizers as a list", "cosponsors as text", "sessions as a list"],
)
def test_fields_of_the_wrong_type_are_refused(changes: dict[str, Any], path: str) -> None:
    with pytest.raises(InputError) as info:
        mli(**changes)
    assert paths(info)[0] == path


def test_a_kind_as_text_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Event("MLI", "symposium", MLI_DAY, MLI_DAY)  # type: ignore[arg-type]
    assert paths(info) == ["kind"]


def test_a_start_that_is_a_datetime_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Event("MLI", EventKind.SYMPOSIUM, at(MLI_DAY, 8), MLI_DAY)
    assert paths(info) == ["start"]


def test_a_session_within_the_event() -> None:
    """MLI 2024 page: 8:30 a.m. to 5 p.m.; 5 hours of MCLE credit."""
    whole_day = session(starts=at(MLI_DAY, 8, 30), ends=at(MLI_DAY, 17), minutes=300)
    event = mli(whole_day)
    assert event.sessions == (whole_day,)


def test_a_session_on_a_day_before_the_event_is_refused() -> None:
    with pytest.raises(InputError) as info:
        mli(session(starts=at(MLI_DAY - timedelta(days=1), 9), ends=at(MLI_DAY, 10)))
    assert paths(info) == ["sessions[0]"]
    assert "2024-02-15 to 2024-02-16 is outside the event's days, 2024-02-16 to 2024-02-16" in str(info.value)


def test_a_session_on_a_day_after_the_event_is_refused() -> None:
    later = MLI_DAY + timedelta(days=1)
    with pytest.raises(InputError) as info:
        mli(session(), session("late", at(later, 9), at(later, 10)))
    assert paths(info) == ["sessions[1]"]


def test_a_session_is_placed_on_the_event_days_in_the_event_zone() -> None:
    """Times are compared as dates in the venue's zone, whatever zone they are written in."""
    # 16 Feb 2024, 8:30 p.m. Pacific is 17 Feb, 04:30 UTC: still the event's day in Pacific time.
    evening = session(starts=datetime(2024, 2, 17, 4, 30, tzinfo=UTC), ends=datetime(2024, 2, 17, 6, tzinfo=UTC))
    assert mli(evening).sessions == (evening,)
    # 16 Feb 2024, 11 p.m. Eastern is 8 p.m. Pacific: within an event in Pacific time...
    late_east = session(starts=at(MLI_DAY, 22, zone=EASTERN), ends=at(MLI_DAY, 23, zone=EASTERN))
    assert mli(late_east).sessions == (late_east,)
    # ... while 16 Feb, 11 p.m. Pacific is 17 Feb in New York: outside an event held there.
    late_west = session(starts=at(MLI_DAY, 22), ends=at(MLI_DAY, 23))
    with pytest.raises(InputError) as info:
        mli(late_west, zone="America/New_York")
    assert paths(info) == ["sessions[0]"]


def test_two_sessions_with_one_identifier_are_refused() -> None:
    with pytest.raises(InputError) as info:
        mli(session("panel"), session("keynote"), session("panel", at(MLI_DAY, 11), at(MLI_DAY, 12)))
    assert paths(info) == ["sessions[2].session_id"]
    assert "'panel' is listed twice" in str(info.value)


def test_every_problem_of_an_event_at_once() -> None:
    """Fields the cross-field checks do not read are reported along with those checks."""
    with pytest.raises(InputError) as info:
        Event(
            " ",
            "symposium",  # type: ignore[arg-type]
            MLI_DAY,
            MLI_DAY - timedelta(days=1),
            organizers=("Cal Cities", 1),  # type: ignore[arg-type]
            mcle_hours=Decimal(-5),
        )
    assert sorted(paths(info)) == ["end", "kind", "mcle_hours", "name", "organizers[1]"]


def test_every_session_problem_of_an_event_at_once() -> None:
    before = MLI_DAY - timedelta(days=1)
    with pytest.raises(InputError) as info:
        mli(session("a"), session("a"), session("b", at(before, 9), at(before, 10)), session("b", at(before, 11)))
    assert paths(info) == [
        "sessions[1].session_id",
        "sessions[2]",
        "sessions[3].session_id",
        "sessions[3]",
    ]


# ----------------------------------------------------------------------------- Session


def test_a_session_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InputError) as info:
        session(starts=at(MLI_DAY, 10), ends=at(MLI_DAY, 9))
    assert paths(info) == ["ends_at"]


def test_a_session_of_no_length_is_refused() -> None:
    with pytest.raises(InputError) as info:
        session(starts=at(MLI_DAY, 10), ends=at(MLI_DAY, 10))
    assert paths(info) == ["ends_at"]


def test_a_session_ending_before_it_starts_in_another_zone_is_refused() -> None:
    """10 a.m. Pacific is 1 p.m. Eastern: a session from then to noon Eastern ends before it starts."""
    with pytest.raises(InputError) as info:
        session(starts=at(MLI_DAY, 10), ends=at(MLI_DAY, 12, zone=EASTERN))
    assert paths(info) == ["ends_at"]


@pytest.mark.parametrize("which", ["starts", "ends", "both"])
def test_naive_times_are_refused(which: str) -> None:
    """The library never guesses a time zone."""
    naive_start = datetime(2024, 2, 16, 8, 30)
    naive_end = datetime(2024, 2, 16, 10)
    starts = naive_start if which in {"starts", "both"} else at(MLI_DAY, 8, 30)
    ends = naive_end if which in {"ends", "both"} else at(MLI_DAY, 10)
    with pytest.raises(InputError) as info:
        session(starts=starts, ends=ends)
    expected = {"starts": ["starts_at"], "ends": ["ends_at"], "both": ["starts_at", "ends_at"]}[which]
    assert paths(info) == expected


def test_a_date_is_not_a_time() -> None:
    with pytest.raises(InputError) as info:
        Session("s", "t", MLI_DAY, at(MLI_DAY, 10))  # type: ignore[arg-type]
    assert paths(info) == ["starts_at"]


def test_mcle_minutes_may_fill_the_session() -> None:
    """Section 2.7: the AB 1661 training, 9 to 11 a.m., gave 2 hours of general MCLE."""
    training = session(starts=at(MLI_DAY, 9), ends=at(MLI_DAY, 11), minutes=120)
    assert training.mcle_minutes == 120


def test_mcle_minutes_longer_than_the_session_are_refused() -> None:
    with pytest.raises(InputError) as info:
        session(starts=at(MLI_DAY, 9), ends=at(MLI_DAY, 11), minutes=121)
    assert paths(info) == ["mcle_minutes"]
    assert "121 minutes is longer than the session" in str(info.value)


@pytest.mark.parametrize("minutes", [-1, 1.5, True, "60", None], ids=repr)
def test_mcle_minutes_are_a_whole_number_of_zero_or_more(minutes: Any) -> None:
    with pytest.raises(InputError) as info:
        session(minutes=minutes)
    assert paths(info) == ["mcle_minutes"]


def test_subfield_minutes_within_the_mcle_minutes() -> None:
    shares = (SubfieldShare("ethics", 60), SubfieldShare("bias.implicit", 30))
    assert session(minutes=90, subfields=shares).mcle_subfields == shares


def test_subfield_minutes_above_the_mcle_minutes_are_refused() -> None:
    shares = (SubfieldShare("ethics", 60), SubfieldShare("bias.implicit", 31))
    with pytest.raises(InputError) as info:
        session(minutes=90, subfields=shares)
    assert paths(info) == ["mcle_subfields"]
    assert "91 subfield minutes, more than 90" in str(info.value)


def test_subfields_of_a_session_with_no_credit_are_refused() -> None:
    with pytest.raises(InputError) as info:
        session(subfields=(SubfieldShare("ethics", 1),))
    assert paths(info) == ["mcle_subfields"]


def test_subfields_must_be_shares() -> None:
    with pytest.raises(InputError) as info:
        session(minutes=60, subfields=(("ethics", 60),))  # type: ignore[arg-type]
    assert paths(info) == ["mcle_subfields[0]"]


def test_every_problem_of_a_session_at_once() -> None:
    with pytest.raises(InputError) as info:
        Session("", " ", datetime(2024, 2, 16, 8), at(MLI_DAY, 9), mcle_minutes=-1)
    assert paths(info) == ["session_id", "title", "starts_at", "mcle_minutes"]


def test_every_cross_field_problem_of_a_session_at_once() -> None:
    """Minutes longer than the session and subfields above the minutes are both reported."""
    with pytest.raises(InputError) as info:
        session(
            "",
            starts=at(MLI_DAY, 9),
            ends=at(MLI_DAY, 10),
            minutes=61,
            subfields=(SubfieldShare("ethics", 62),),
        )
    assert paths(info) == ["session_id", "mcle_minutes", "mcle_subfields"]


def test_session_length_in_utc_across_the_fall_back_change() -> None:
    """3 November 2024, 00:30 PDT to 02:30 PST lasts three real hours (01:00-02:00 happens twice).

    Given in UTC, 150 minutes of MCLE fit.
    """
    in_utc = session(
        starts=datetime(2024, 11, 3, 7, 30, tzinfo=UTC), ends=datetime(2024, 11, 3, 10, 30, tzinfo=UTC), minutes=150
    )
    assert in_utc.mcle_minutes == 150


def test_session_length_across_the_fall_back_change_in_pacific_time() -> None:
    """3 November 2024, 00:30 to 02:30 Pacific lasts three real hours: 150 minutes fit."""
    fall_back = date(2024, 11, 3)
    assert session(starts=at(fall_back, 0, 30), ends=at(fall_back, 2, 30), minutes=150).mcle_minutes == 150


def test_session_length_across_the_spring_forward_change_in_pacific_time() -> None:
    """10 March 2024, 01:00 to 04:00 Pacific lasts two real hours: 180 minutes do not fit."""
    spring = date(2024, 3, 10)
    with pytest.raises(InputError):
        session(starts=at(spring, 1), ends=at(spring, 4), minutes=180)


def test_a_session_ending_before_it_starts_in_the_repeated_hour() -> None:
    """3 November 2024: 01:45 PDT (fold=0, 08:45 UTC) is before 01:30 PST (fold=1, 09:30 UTC)."""
    starts = datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=PACIFIC)
    ends = datetime(2024, 11, 3, 1, 45, fold=0, tzinfo=PACIFIC)
    assert ends.astimezone(UTC) < starts.astimezone(UTC)
    with pytest.raises(InputError):
        session(starts=starts, ends=ends)


# ------------------------------------------------------------------------------- JSON


def full_event() -> Event:
    return mli(
        session("opening", at(MLI_DAY, 8, 30), at(MLI_DAY, 10), minutes=90, subfields=(SubfieldShare("ethics", 60),)),
        session("lunch", at(MLI_DAY, 12), at(MLI_DAY, 13)),
        cosponsors=("Southwestern Law School",),
    )


def test_an_event_round_trips_through_json() -> None:
    event = full_event()
    data = unstructure(event)
    assert data["kind"] == "symposium"
    assert data["start"] == "2024-02-16"
    assert data["mcle_hours"] == "5"
    assert data["sessions"][0]["starts_at"] == "2024-02-16T08:30:00-08:00[America/Los_Angeles]"
    assert data["sessions"][0]["mcle_subfields"] == [{"subfield": "ethics", "minutes": 60}]
    assert structure(data, Event) == event
    assert from_json(to_json(event), Event) == event


def test_a_session_round_trips_with_its_zone() -> None:
    original = session(starts=at(MLI_DAY, 11, zone=EASTERN), ends=at(MLI_DAY, 12, zone=EASTERN))
    back = structure(unstructure(original), Session)
    assert back == original
    assert back.starts_at.tzinfo == EASTERN


def good_document() -> dict[str, Any]:
    data: dict[str, Any] = unstructure(full_event())
    return data


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"end": "2024-02-15"}, [("$.end", "2024-02-15 is before the start, 2024-02-16")]),
        ({"end": "16 Feb 2024"}, [("$.end", 'expected a date as "YYYY-MM-DD", got "16 Feb 2024"')]),
        ({"start": "2024-02-30"}, [("$.start", 'no such day: "2024-02-30"')]),
        ({"kind": "gala"}, [("$.kind", None)]),
        ({"kind": "SYMPOSIUM"}, [("$.kind", None)]),
        ({"zone": "Mars/Olympus"}, [("$.zone", "'Mars/Olympus' is not an IANA time zone (such as 'America/"
                                             "Los_Angeles')")]),
        ({"mcle_hours": "-1"}, [("$.mcle_hours", None)]),
        ({"mcle_hours": 5}, [("$.mcle_hours", None)]),
        ({"mcle_hours": 5.0}, [("$.mcle_hours", None)]),
        ({"venue": "Southwestern Law School"}, [("$.venue", None)]),
    ],
    ids=["end before start", "end not ISO", "no such day", "unknown kind", "kind by name", "unknown zone",
         "negative hours", "hours as int", "hours as float", "unknown field"],
)  # fmt: skip
def test_bad_event_documents_name_their_paths(changes: dict[str, Any], expected: list[tuple[str, str | None]]) -> None:
    with pytest.raises(InputError) as info:
        structure({**good_document(), **changes}, Event)
    found = [(p.path, p.message) for p in info.value.problems]
    assert [path for path, _ in found] == [path for path, _ in expected]
    for (_, message), (_, wanted) in zip(found, expected, strict=True):
        if wanted is not None:
            assert message == wanted


def test_a_missing_name_is_reported() -> None:
    data = good_document()
    del data["name"]
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [(p.path, p.message) for p in info.value.problems] == [("$.name", "required field missing")]


def test_bad_session_documents_name_their_paths() -> None:
    data = good_document()
    data["sessions"][0]["starts_at"] = "2024-02-16T08:30:00"  # no offset
    data["sessions"][1]["ends_at"] = "2024-02-16T11:00:00-08:00"  # before it starts
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [p.path for p in info.value.problems] == ["$.sessions[0].starts_at", "$.sessions[1].ends_at"]


def test_a_session_outside_the_event_in_a_document() -> None:
    data = good_document()
    data["sessions"][1]["starts_at"] = "2024-02-17T12:00:00-08:00[America/Los_Angeles]"
    data["sessions"][1]["ends_at"] = "2024-02-17T13:00:00-08:00[America/Los_Angeles]"
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [p.path for p in info.value.problems] == ["$.sessions[1]"]


def test_duplicate_sessions_in_a_document() -> None:
    data = good_document()
    data["sessions"][1]["session_id"] = "opening"
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [p.path for p in info.value.problems] == ["$.sessions[1].session_id"]


def test_every_problem_of_a_document_at_once() -> None:
    """Values of the right JSON type that the model refuses are all reported, checks across fields included."""
    data = {**good_document(), "name": "", "mcle_hours": "-1", "end": "2024-02-15"}
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [p.path for p in info.value.problems] == ["$.name", "$.end", "$.mcle_hours"]


def test_every_field_problem_of_a_document_with_a_value_of_the_wrong_type() -> None:
    """A value that cannot be read (an unknown kind) stops the model being built.

    Every field's own check is still reported; the checks across fields (an end before
    the start) need a model, so they are not (serialization.py's documented behaviour).
    """
    data = {**good_document(), "name": "", "kind": "gala", "mcle_hours": "-1", "end": "2024-02-15"}
    with pytest.raises(InputError) as info:
        structure(data, Event)
    assert [p.path for p in info.value.problems] == ["$.name", "$.kind", "$.mcle_hours"]


# -------------------------------------------------------------------------- properties

ZONES = ("America/Los_Angeles", "America/New_York", "Pacific/Honolulu", "Australia/Lord_Howe", "Asia/Kathmandu")


@st.composite
def events(draw: st.DrawFn) -> Event:
    start = draw(st.dates(date(2000, 1, 1), date(2040, 12, 31)))
    end = start + timedelta(days=draw(st.integers(0, 4)))
    zone = draw(st.sampled_from(ZONES))
    tz = ZoneInfo(zone)
    count = draw(st.integers(0, 3))
    sessions = []
    for index in range(count):
        day = start + timedelta(days=draw(st.integers(0, (end - start).days)))
        hour = draw(st.integers(6, 20))
        length = draw(st.integers(15, 180))
        begins = datetime(day.year, day.month, day.day, hour, tzinfo=tz)
        ends = (begins.astimezone(UTC) + timedelta(minutes=length)).astimezone(tz)
        minutes = draw(st.integers(0, length))
        sessions.append(Session(f"s{index}", f"Session {index}", begins, ends, mcle_minutes=minutes))
    hours = draw(st.none() | st.decimals(0, 20, places=2))
    kind = draw(st.sampled_from(EventKind))
    return Event("An event", kind, start, end, zone=zone, sessions=tuple(sessions), mcle_hours=hours)


@settings(max_examples=50)
@given(events())
def test_any_event_round_trips_through_json(event: Event) -> None:
    assert structure(unstructure(event), Event) == event
    assert from_json(to_json(event), Event) == event


@settings(max_examples=50)
@given(st.dates(date(1990, 1, 1), date(2100, 12, 31)), st.integers(1, 400))
def test_an_end_before_the_start_is_always_refused(start: date, back: int) -> None:
    with pytest.raises(InputError) as info:
        Event("An event", EventKind.OTHER, start, start - timedelta(days=back))
    assert paths(info) == ["end"]


def test_evolving_an_event_checks_it_again() -> None:
    with pytest.raises(InputError) as info:
        attrs.evolve(mli(), end=MLI_DAY - timedelta(days=1))
    assert paths(info) == ["end"]


def test_a_subfield_named_twice_in_a_session_is_refused() -> None:
    """A session's subfield minutes are by subfield: one code once, as a credit record's are."""
    starts = datetime(2024, 2, 16, 9, tzinfo=PACIFIC)
    with pytest.raises(InputError) as caught:
        Session(
            "a",
            "A",
            starts,
            starts + timedelta(hours=1),
            mcle_minutes=60,
            mcle_subfields=(SubfieldShare("ethics", 30), SubfieldShare("ethics", 30)),
        )
    assert [p.path for p in caught.value.problems] == ["mcle_subfields[1].subfield"]


# --------------------------------------------------------------------------- zones that are no zone files


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        ("America", "'America'"),
        ("x" * 300, "'" + "x" * 56 + "..."),
        ("a/" * 2000 + "b", "'" + "a/" * 28 + "..."),
        ("../etc/passwd", "'../etc/passwd'"),
    ],
    ids=["a directory of zones", "a name too long for a file", "thousands of parts", "a path"],
)
def test_a_zone_that_is_no_zone_file_is_named_without_the_install_path(zone: str, shown: str) -> None:
    """ZoneInfo raises IsADirectoryError, OSError or RecursionError for these: the problem read
    "invalid value (IsADirectoryError: [Errno 21] Is a directory: <install path>/tzdata/zoneinfo/America)"."""
    message = f"{shown} is not an IANA time zone (such as 'America/Los_Angeles')"
    with pytest.raises(InputError) as caught:
        Event("n", EventKind.SYMPOSIUM, date(2024, 1, 1), date(2024, 1, 1), zone=zone)
    assert [(p.path, p.message) for p in caught.value.problems] == [("zone", message)]
    document = {"name": "n", "kind": "symposium", "start": "2024-01-01", "end": "2024-01-01", "zone": zone}
    with pytest.raises(InputError) as caught:
        structure(document, Event)
    assert [(p.path, p.message) for p in caught.value.problems] == [("$.zone", message)]


def test_session_refusals_write_huge_minutes_and_long_ids_short() -> None:
    """Minutes of 5000 digits raised a bare ValueError in the session's own check."""
    starts = datetime(2024, 2, 16, 9, tzinfo=UTC)
    with pytest.raises(InputError) as caught:
        Session("s", "t", starts, starts + timedelta(hours=1), mcle_minutes=10**5000)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("mcle_minutes", "a whole number of 5001 digits minutes is longer than the session")
    ]
    long_id = "s" * 5000
    session = Session(long_id, "t", starts, starts + timedelta(hours=1))
    with pytest.raises(InputError) as caught:
        Event("n", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16), sessions=(session, session))
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("sessions[1].session_id", "'" + "s" * 56 + "... is listed twice")
    ]
