"""Invariants of events and registration, as Hypothesis properties.

- A refund lies between zero and the amount paid, for any cancellation policy (Cal Cities'
  or any fee and share kept, writing required or not), any request and any instant.
- A refund never grows as the request comes in later (the deadline is an instant, compared
  as one across time zones and daylight-saving changes).
- Registration only moves forward in time: not yet open, early bird, regular, then on site,
  wait list or closed (one of them), then the event over.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import attrs
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import events
from calcities_domain.events import (
    CancellationKind,
    CancellationPolicy,
    CancellationRequest,
    DeadlineKind,
    Event,
    Registration,
    RegistrationPolicy,
    RegistrationState,
)
from calcities_domain.kernel import PACIFIC, Money, end_of_day
from calcities_domain.testing import strategies as cst

MICROSECOND = timedelta(microseconds=1)
ZONES = [UTC, PACIFIC, ZoneInfo("America/New_York"), ZoneInfo("Pacific/Honolulu"), timezone(timedelta(hours=-8))]


def utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


#: What a registration paid: any amount, one of the 2023 City Attorneys prices, or more than the $75 kept.
PAID = st.one_of(
    cst.money(min_cents=0, max_cents=500_000),
    st.sampled_from([price.amount for price in events.CITY_ATTORNEYS_2023.prices]),
    cst.money(min_cents=7_500, max_cents=500_000),
)


@st.composite
def registrations(draw: st.DrawFn) -> Registration:
    """Paid registrations: for an event whose policy names a cancellation deadline (resolved for it, in the
    venue's zone), made some time before it or after it; or any registration of the public strategy."""
    if draw(st.integers(min_value=0, max_value=3)) == 0:
        return draw(cst.registrations())
    event, policy = draw(cst.events_with_policies())
    if policy.cancellation is None:
        day = draw(cst.dates(event.start - timedelta(days=90), event.start))
        policy = attrs.evolve(policy, cancellation=events.DeadlineRule.fixed(day))
    cancel_by = events.resolve_deadline(event, DeadlineKind.CANCELLATION, policy)
    assert cancel_by is not None
    made = utc(cancel_by.at) + timedelta(seconds=draw(st.integers(min_value=-400 * 86400, max_value=86400)))
    return Registration(
        draw(cst.texts()),
        draw(PAID),
        made.astimezone(draw(st.sampled_from(ZONES))),
        cancel_by,
    )


@st.composite
def instants_after(draw: st.DrawFn, registration: Registration) -> datetime:
    """An instant at or after the registration, in one of several zones: the deadline, a microsecond after it,
    within a second of it, between the registration and the deadline, or any time within a year and a half."""
    made, deadline = utc(registration.registered_at), utc(registration.cancel_by.at)
    near = deadline + draw(st.integers(min_value=-(10**6), max_value=10**6)) * MICROSECOND
    gap = max(0, int((deadline - made).total_seconds()))
    between = made + timedelta(seconds=draw(st.integers(min_value=0, max_value=gap)))
    later = made + timedelta(seconds=draw(st.integers(min_value=0, max_value=550 * 86400)))
    instant: datetime = draw(st.sampled_from([deadline, deadline + MICROSECOND, near, between, later]))
    return max(instant, made).astimezone(draw(st.sampled_from(ZONES)))


#: Requests to cancel mostly (no-shows and removals now and then), in writing mostly.
KINDS = st.one_of(st.just(CancellationKind.CANCELLATION), st.sampled_from(CancellationKind))
WRITTEN = st.one_of(st.just(True), st.booleans())

#: The cases of both refund properties: a registration, a policy and a request of some kind.
refund_cases = given(
    data=st.data(),
    registration=registrations(),
    policy=cst.cancellation_policies(),
    written=WRITTEN,
    kind=KINDS,
)


@refund_cases
def test_a_refund_lies_between_nothing_and_what_was_paid(
    data: st.DataObject,
    registration: Registration,
    policy: CancellationPolicy,
    written: bool,
    kind: CancellationKind,
) -> None:
    """For any policy (Cal Cities' or any fixed fee and share kept, writing required or not), any request and
    any instant: 0 <= refund <= paid; something is refunded only on a request (not a no-show or a removal),
    in writing where the policy asks it, received by the cancellation deadline; and then it is what was paid
    less what the policy keeps, never below zero.

    Source: events.refund_due ("never negative, never more than was paid"); docs/events.md, "Refund rules";
    the issue.
    """
    at = data.draw(instants_after(registration), label="received at")
    refund = events.refund_due(registration, CancellationRequest(at, written=written, kind=kind), policy).outcome
    paid = registration.paid
    assert Money(0) <= refund <= paid
    in_time = utc(at) <= utc(registration.cancel_by.at)
    asked = kind is CancellationKind.CANCELLATION and (written or not policy.written_only)
    if not (asked and in_time):
        assert refund == Money(0)
    else:
        kept = policy.fixed_fee + paid.scaled(policy.percentage, rounding="half_up")
        assert refund == max(Money(0), paid - kept)


@refund_cases
def test_a_later_request_is_never_refunded_more(
    data: st.DataObject,
    registration: Registration,
    policy: CancellationPolicy,
    written: bool,
    kind: CancellationKind,
) -> None:
    """For any policy, registration and kind of request: of instants in time order (compared as instants, in
    any zones, to the microsecond around the deadline), the refunds never increase.

    Source: events.refund_due (nothing after the deadline); docs/events.md (a request five minutes after
    midnight gets nothing); the issue ("refund non-increasing as the cancellation instant moves later").
    """
    instants = sorted(data.draw(st.lists(instants_after(registration), min_size=2, max_size=5)), key=utc)
    refunds = [
        events.refund_due(registration, CancellationRequest(at, written=written, kind=kind), policy).outcome
        for at in instants
    ]
    assert all(later <= earlier for earlier, later in itertools.pairwise(refunds))


#: Where registration stands, in the order of time; the three states after the close share a place.
RANK = {
    RegistrationState.NOT_YET_OPEN: 0,
    RegistrationState.EARLY_BIRD: 1,
    RegistrationState.REGULAR: 2,
    RegistrationState.ON_SITE: 3,
    RegistrationState.WAIT_LIST: 3,
    RegistrationState.CLOSED: 3,
    RegistrationState.EVENT_OVER: 4,
}


@st.composite
def instants_around(draw: st.DrawFn, event: Event, policy: RegistrationPolicy) -> list[datetime]:
    """Instants around an event: each deadline and the event's end to the microsecond on either side, and
    others from before the opening to after the event, in several zones."""
    over = utc(end_of_day(event.end, event.tz))
    edges = [utc(d.at) for d in events.deadlines(event, policy)] + [over]
    near = [edge + shift * MICROSECOND for edge in edges for shift in (-1, 0, 1)]
    low = min(edges) - timedelta(days=30)
    span = int((over - low).total_seconds()) + 2 * 86400
    anywhere = [low + timedelta(seconds=s) for s in draw(st.lists(st.integers(0, span), max_size=8))]
    chosen = draw(st.lists(st.sampled_from(near), min_size=2, max_size=8)) + anywhere
    return [instant.astimezone(draw(st.sampled_from([*ZONES, event.tz]))) for instant in chosen]


@given(data=st.data(), case=cst.events_with_policies())
def test_registration_only_moves_forward_in_time(data: st.DataObject, case: tuple[Event, RegistrationPolicy]) -> None:
    """For any event and policy that resolve, at instants in time order (to the microsecond around every
    deadline and the end of the event, in several zones): the state's place in not yet open, early bird,
    regular, after the close, event over never decreases, and only one of the states after the close occurs.

    Source: events.registration_state ("States only move forward in time: not yet open, early bird, regular,
    then on site or wait list (or closed), then the event over"); the issue.
    """
    event, policy = case
    instants = sorted(data.draw(instants_around(event, policy), label="instants"), key=utc)
    states = [events.registration_state(event, at, policy).outcome for at in instants]
    assert [RANK[s] for s in states] == sorted(RANK[s] for s in states)
    assert len({s for s in states if RANK[s] == 3}) <= 1
