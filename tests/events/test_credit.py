"""Tests of credit.py: the MCLE credit an event offers, and credit records from attendance.

Rules under test (src/calcities_domain/events/credit.py; ../shared/domain/
torch-events-training.md sections 2.7 and 6):

* An event offers MCLE credit through its sessions: their minutes as hours, to the
  nearest quarter hour (section 2.7: "credit = minutes/60 rounded to nearest quarter
  hour"). Without sessions it offers the total it announces (the 2024 Municipal Law
  Institute Symposium: 5 hours of MCLE). When both are known and differ, the sessions'
  figure is the answer and the explanation says the announcement differs; with neither,
  nothing.
* Attendance earns credit only for the sessions attended that offer MCLE minutes, each
  completed on the day it ends in the event's zone (event times are local, section 6),
  with its subfield minutes. Credit ids are unique and do not depend on the order of
  attendance; a session named twice counts once. Session ids the event does not have are
  all named at once (``attended[i]``).
* The credits feed :func:`calcities_domain.mcle.evaluate`, which counts them for a
  licensee's compliance period.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.events import Event, EventKind, Session, attendance_credits, mcle_offered
from calcities_domain.kernel import Effect, InputError
from calcities_domain.mcle import (
    ComplianceGroup,
    Credit,
    Licensee,
    NotCountedReason,
    SubfieldShare,
    compliance_period,
    credit_hours,
    evaluate,
)
from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst

PACIFIC = ZoneInfo("America/Los_Angeles")
#: MLI 2024: Friday 16 February 2024, 8:30 a.m. to 5 p.m., 5 hours of MCLE (section 2.3, 2.7).
MLI_DAY = date(2024, 2, 16)
#: A long-admitted group-1 licensee, and the period that holds MLI 2024 (1 Feb 2022 to 29 Mar 2025).
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = PACIFIC) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def session(
    session_id: str,
    start: tuple[int, int],
    end: tuple[int, int],
    *,
    minutes: int = 0,
    subfields: tuple[SubfieldShare, ...] = (),
    day: date = MLI_DAY,
) -> Session:
    return Session(
        session_id,
        f"Session {session_id}",
        at(day, *start),
        at(day, *end),
        mcle_minutes=minutes,
        mcle_subfields=subfields,
    )


def event(*sessions: Session, hours: Decimal | None = None, name: str = "MLI Symposium") -> Event:
    return Event(name, EventKind.SYMPOSIUM, MLI_DAY, MLI_DAY, sessions=sessions, mcle_hours=hours)


def mli_2024() -> Event:
    """MLI 2024 as sessions: 8:30 a.m. to 5 p.m., 5 hours of MCLE, a lunch without credit."""
    return event(
        session("opening", (8, 30), (10, 0), minutes=90, subfields=(SubfieldShare("ethics", 60),)),
        session("panel", (10, 15), (12, 0), minutes=90, subfields=(SubfieldShare("bias", 60),)),
        session("lunch", (12, 0), (13, 0)),
        session("afternoon", (13, 0), (17, 0), minutes=120, subfields=(SubfieldShare("competence", 60),)),
        hours=Decimal(5),
    )


# ----------------------------------------------------------------- mcle_offered


@pytest.mark.parametrize(
    ("minutes", "hours"),
    [
        ((60,), Decimal(1)),
        ((50,), Decimal("0.75")),
        ((52,), Decimal("0.75")),
        ((53,), Decimal(1)),
        ((100,), Decimal("1.75")),
        ((45, 45), Decimal("1.5")),
        ((90, 90, 0, 120), Decimal(5)),
    ],
)
def test_sessions_minutes_as_hours_at_the_nearest_quarter(minutes: tuple[int, ...], hours: Decimal) -> None:
    sessions = [session(f"s{i}", (8 + 2 * i, 0), (10 + 2 * i, 0), minutes=m) for i, m in enumerate(minutes)]
    offered = mcle_offered(event(*sessions))
    assert offered.outcome == hours
    assert offered.codes == ("events.credit.sessions",)
    (reason,) = offered.reasons
    assert reason.effect is Effect.PASS
    assert {f.name: f.value for f in reason.facts} == {"minutes": str(sum(minutes)), "hours": str(hours)}


def test_the_announced_total_without_sessions_mli_2024() -> None:
    """MLI 2024 announced 5 hours of MCLE and listed no sessions with times."""
    offered = mcle_offered(event(hours=Decimal(5)))
    assert offered.outcome == Decimal(5)
    assert offered.codes == ("events.credit.announced",)
    assert offered.reasons[0].effect is Effect.PASS
    assert "5 hours" in offered.reasons[0].message


def test_the_announced_total_when_no_session_offers_credit() -> None:
    offered = mcle_offered(event(session("lunch", (12, 0), (13, 0)), hours=Decimal("5.75")))
    assert offered.outcome == Decimal("5.75")
    assert offered.codes == ("events.credit.announced",)


def test_sessions_win_over_a_different_announcement() -> None:
    """The 2021 symposium "estimated" 6.0 hours; its sessions say more precisely what each offers."""
    offered = mcle_offered(event(session("a", (9, 0), (10, 30), minutes=75), hours=Decimal(6)))
    assert offered.outcome == Decimal("1.25")
    assert offered.codes == ("events.credit.sessions", "events.credit.announced_differs")
    differs = offered.reasons[1]
    assert differs.effect is Effect.INFO
    assert "6" in differs.message
    assert "1.25" in differs.message


def test_sessions_agreeing_with_the_announcement_say_nothing_more() -> None:
    offered = mcle_offered(mli_2024())
    assert offered.outcome == Decimal(5)
    assert offered.codes == ("events.credit.sessions",)
    same = mcle_offered(event(session("a", (9, 0), (14, 0), minutes=300), hours=Decimal("5.00")))
    assert same.codes == ("events.credit.sessions",)


@pytest.mark.parametrize(
    "sessions",
    [(), (session("lunch", (12, 0), (13, 0)),)],
    ids=["no sessions", "no session with credit"],
)
def test_no_credit_at_all(sessions: tuple[Session, ...]) -> None:
    offered = mcle_offered(event(*sessions))
    assert offered.outcome == Decimal(0)
    assert offered.codes == ("events.credit.none",)


def test_an_announced_zero_is_announced() -> None:
    offered = mcle_offered(event(hours=Decimal(0)))
    assert offered.outcome == Decimal(0)
    assert offered.codes == ("events.credit.announced",)


@pytest.mark.parametrize("bad", [None, "MLI", MLI_DAY])
def test_mcle_offered_needs_an_event(bad: Any) -> None:
    with pytest.raises(InputError) as info:
        mcle_offered(bad)
    assert [p.path for p in info.value.problems] == ["event"]


# ----------------------------------------------------------------- attendance_credits


def test_only_attended_sessions_with_mcle_minutes_earn_credit() -> None:
    credits = attendance_credits(mli_2024(), ["opening", "lunch"])
    assert [c.credit_id for c in credits] == ["MLI Symposium/opening"]
    (credit,) = credits
    assert credit.minutes == 90
    assert credit.completed_on == MLI_DAY
    assert credit.activity == "MLI Symposium/opening"
    assert credit.title == "Session opening"
    assert credit.provider_approved is True


def test_no_attendance_earns_nothing() -> None:
    assert attendance_credits(mli_2024(), []) == ()
    assert attendance_credits(mli_2024(), ["lunch"]) == ()


def test_subfields_are_carried() -> None:
    shares = (SubfieldShare("ethics", 30), SubfieldShare("bias.implicit", 15))
    credits = attendance_credits(event(session("a", (9, 0), (10, 0), minutes=60, subfields=shares)), ["a"])
    assert credits[0].subfields == shares


def test_a_session_is_completed_on_the_local_day_it_ends() -> None:
    """A late session on 16 Feb in Pacific time ends on 17 Feb in UTC: its day is the 16th."""
    late = Session(
        "late",
        "Evening ethics",
        datetime(2024, 2, 17, 6, 0, tzinfo=UTC),  # 22:00 PST on the 16th
        datetime(2024, 2, 17, 7, 30, tzinfo=UTC),  # 23:30 PST on the 16th
        mcle_minutes=90,
    )
    (credit,) = attendance_credits(event(late), ["late"])
    assert credit.completed_on == MLI_DAY


def test_a_session_past_midnight_is_completed_on_the_day_it_ends() -> None:
    night = Session("night", "Overnight", at(MLI_DAY, 23), at(MLI_DAY + timedelta(days=1), 1), mcle_minutes=120)
    two_days = Event("Academy", EventKind.ACADEMY, MLI_DAY, MLI_DAY + timedelta(days=1), sessions=(night,))
    (credit,) = attendance_credits(two_days, ["night"])
    assert credit.completed_on == MLI_DAY + timedelta(days=1)


def test_the_day_is_taken_in_the_events_zone() -> None:
    """An event in New York: a session ending 23:30 Eastern on the 16th is completed on the 16th."""
    eastern = ZoneInfo("America/New_York")
    late = Session("late", "Late", at(MLI_DAY, 22, 0, eastern), at(MLI_DAY, 23, 30, eastern), mcle_minutes=60)
    in_new_york = Event("Summit", EventKind.SUMMIT, MLI_DAY, MLI_DAY, zone="America/New_York", sessions=(late,))
    assert attendance_credits(in_new_york, ["late"])[0].completed_on == MLI_DAY


def test_credit_ids_are_unique_and_do_not_depend_on_the_order_of_attendance() -> None:
    forward = attendance_credits(mli_2024(), ["opening", "panel", "afternoon"])
    backward = attendance_credits(mli_2024(), ["afternoon", "panel", "opening"])
    assert forward == backward
    ids = [c.credit_id for c in forward]
    assert len(set(ids)) == len(ids) == 3
    assert ids == sorted(ids)


def test_a_session_attended_twice_counts_once() -> None:
    credits = attendance_credits(mli_2024(), ["opening", "opening", "panel", "opening"])
    assert [c.credit_id for c in credits] == ["MLI Symposium/opening", "MLI Symposium/panel"]


def test_the_activity_and_approval_are_given() -> None:
    credits = attendance_credits(mli_2024(), ["opening"], activity="MLI-2024", provider_approved=False)
    assert credits[0].credit_id == "MLI-2024/opening"
    assert credits[0].activity == "MLI-2024/opening"
    assert credits[0].provider_approved is False


def test_every_unknown_session_is_named_at_once() -> None:
    with pytest.raises(InputError) as info:
        attendance_credits(mli_2024(), ["opening", "keynote", "panel", "Opening", 7])  # type: ignore[list-item]
    assert [p.path for p in info.value.problems] == ["attended[1]", "attended[3]", "attended[4]"]
    assert "'keynote' is not a session of MLI Symposium" in info.value.problems[0].message
    assert "7" in info.value.problems[2].message


def test_an_unknown_session_named_twice_is_named_twice() -> None:
    with pytest.raises(InputError) as info:
        attendance_credits(mli_2024(), ["keynote", "keynote"])
    assert [p.path for p in info.value.problems] == ["attended[0]", "attended[1]"]


@pytest.mark.parametrize("attended", ["opening", None, 3])
def test_attended_must_be_a_sequence(attended: Any) -> None:
    with pytest.raises(InputError) as info:
        attendance_credits(mli_2024(), attended)
    assert [p.path for p in info.value.problems] == ["attended"]


def test_attendance_credits_needs_an_event() -> None:
    with pytest.raises(InputError) as info:
        attendance_credits("MLI", ["opening"])  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["event"]


def test_attended_may_be_any_iterable() -> None:
    assert attendance_credits(mli_2024(), iter(["panel"])) == attendance_credits(mli_2024(), ("panel",))


# ----------------------------------------------------------------- the credits feed evaluate


def test_a_licensee_attending_mli_2024_counts_five_hours() -> None:
    credits = attendance_credits(mli_2024(), ["opening", "panel", "lunch", "afternoon"])
    report = evaluate(GARCIA, credits, G1_2025)
    assert report.hours("total") == Decimal(5) == mcle_offered(mli_2024()).outcome
    assert report.hours("participatory") == Decimal(5)
    assert report.hours("ethics") == Decimal(1)
    assert report.hours("bias") == Decimal(1)
    assert report.hours("competence") == Decimal(1)
    assert sorted(c.credit_id for c in report.credits) == [c.credit_id for c in credits]
    assert report.not_counted == ()
    assert not report.compliant  # 5 hours of 25


def test_partial_attendance_counts_only_what_was_attended() -> None:
    report = evaluate(GARCIA, attendance_credits(mli_2024(), ["panel"]), G1_2025)
    assert report.hours("total") == Decimal("1.5")
    assert report.hours("ethics") == Decimal(0)
    assert report.hours("bias") == Decimal(1)


def test_credit_from_an_unapproved_provider_does_not_count() -> None:
    credits = attendance_credits(mli_2024(), ["opening"], provider_approved=False)
    report = evaluate(GARCIA, credits, G1_2025)
    assert report.hours("total") == Decimal(0)
    assert [(n.credit_id, n.reason) for n in report.not_counted] == [
        ("MLI Symposium/opening", NotCountedReason.UNAPPROVED_PROVIDER)
    ]


# ----------------------------------------------------------------- properties

#: Events within G1_2025 (1 Feb 2022 to 29 Mar 2025), so that evaluate counts their credits.
G1_2025_EVENTS = cst.events(date(2022, 2, 1), date(2025, 3, 26))


@settings(max_examples=75, deadline=None)
@given(G1_2025_EVENTS, st.data())
def test_partial_attendance_never_earns_more_than_full_attendance(an_event: Event, data: st.DataObject) -> None:
    ids = [s.session_id for s in an_event.sessions]
    some = data.draw(st.lists(st.sampled_from(ids), unique=True) if ids else st.just([]))
    partial, full = attendance_credits(an_event, some), attendance_credits(an_event, ids)
    assert {c.credit_id for c in partial} <= {c.credit_id for c in full}
    assert sum(c.minutes for c in partial) <= sum(c.minutes for c in full)
    partial_report, full_report = evaluate(GARCIA, partial, G1_2025), evaluate(GARCIA, full, G1_2025)
    assert partial_report.hours("total") <= full_report.hours("total")
    for code in ("ethics", "bias", "competence", "technology", "civility"):
        assert partial_report.hours(code) <= full_report.hours(code)


@given(cst.events())
def test_full_attendance_gives_one_credit_per_session_with_minutes(an_event: Event) -> None:
    credits = attendance_credits(an_event, [s.session_id for s in reversed(an_event.sessions)])
    with_minutes = {s.session_id: s for s in an_event.sessions if s.mcle_minutes}
    assert len(credits) == len(with_minutes)
    for credit in credits:
        source = with_minutes[credit.credit_id.removeprefix(f"{an_event.name}/")]
        assert credit.minutes == source.mcle_minutes
        assert credit.subfields == source.mcle_subfields
        assert an_event.start <= credit.completed_on <= an_event.end
        assert credit.completed_on == source.ends_at.astimezone(an_event.tz).date()


@given(cst.events())
def test_credits_round_trip_through_serialization(an_event: Event) -> None:
    for credit in attendance_credits(an_event, [s.session_id for s in an_event.sessions]):
        assert structure(unstructure(credit), Credit) == credit
        assert from_json(to_json(credit), Credit) == credit


# ----------------------------------------------------------- offered = counted, per session


def test_each_session_is_rounded_as_its_credit_record_is() -> None:
    """Three sessions of 8 MCLE minutes: each rounds to 0.25 h, so the event offers 0.75 h, as evaluate counts."""
    offered = mcle_offered(event(*(session(f"s{i}", (8 + 2 * i, 0), (9 + 2 * i, 0), minutes=8) for i in range(3))))
    assert offered.outcome == Decimal("0.75")


@settings(max_examples=40)
@given(st.lists(st.integers(0, 120), min_size=1, max_size=4))
def test_full_attendance_earns_exactly_what_is_offered(minutes: list[int]) -> None:
    """What mcle_offered announces is what the credit records of full attendance are worth, rounded alike."""
    sessions = [session(f"s{i}", (8 + 2 * i, 0), (10 + 2 * i, 0), minutes=m) for i, m in enumerate(minutes)]
    whole = event(*sessions)
    credits = attendance_credits(whole, [s.session_id for s in sessions])
    earned = sum((credit_hours(c.minutes) for c in credits), Decimal(0))
    assert earned == mcle_offered(whole).outcome


def test_a_session_before_mcle_began_is_named_by_its_path() -> None:
    """MCLE began in 1992: a session of 1991 cannot be a credit record, and the error names the session."""
    early = Event(
        "1991 seminar",
        EventKind.WORKSHOP,
        date(1991, 2, 16),
        date(1991, 2, 16),
        sessions=(session("a", (9, 0), (10, 0), minutes=60, day=date(1991, 2, 16)),),
    )
    with pytest.raises(InputError) as caught:
        attendance_credits(early, ["a"])
    assert [p.path for p in caught.value.problems] == ["sessions[0].completed_on"]
