"""Tests of registration.py: registration state at an instant, price quotes and refunds.

Rules under test (../shared/domain/torch-events-training.md sections 2.1, 2.2, 2.3, 2.5 and 6):

* Deadlines are calendar dates with no time of day: "by D" is open through the last instant of
  D in America/Los_Angeles [inferred, section 6], so the instant moves with daylight saving.
  Pre-registration closes seven days before the start by default [inferred, section 2.3].
* After the pre-registration deadline registrants register on site if space allows, or (City
  Managers 2026) join the wait list [confirmed, section 2.2]; a policy may also close outright.
* The 2023 City Attorneys Spring Conference prices, the only complete table [confirmed, 2.5]:
  member city officials and staff $625 full / $350 one day; non-member city $1,625 / $1,350;
  all others $750 / $475; a $50 guest reception pass, for people who are not city or public
  officials. On-site rates are not published: the regular price is quoted [assumed].
* Every state but "not yet open" also cites the end-of-day reading of a deadline day
  [inferred, section 6: events/cal_cities.py ``END_OF_DAY``]. An early bird never outlasts the
  close: once pre-registration has closed, what follows the close applies.
* Refund (Event and Meeting Policies, section 2.1 [confirmed]): the rate paid less a $75
  processing charge, only on a written request received by the deadline in the event
  announcement; a participant removed for a conduct violation gets no refund. A no-show made
  no request and gets nothing [inferred, section 6]. The policy may keep a share of what was
  paid too, as pretix allows; a refund is never negative and never more than was paid.
  A registration keeps its event's cancellation deadline resolved (a ``Deadline`` of kind
  CANCELLATION); the refund cites that deadline's rule and the end-of-day reading, and compares
  instants in UTC (a repeated hour reads the same on the clock twice). A policy the caller
  gives is cited as the caller's [assumed: ``CALLER_POLICY``]; Cal Cities' own cites the
  Event and Meeting Policies. The sources give no cancellation deadline for any event
  [``CANCELLATION_UNKNOWN``]: the one used here is an example, and cites that.
* Every bad argument is an InputError naming where it is, as the function calls it
  (``registrant``, not ``official``).

The events, cities and people are made up (the City Attorneys table is the real one).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from fractions import Fraction
from typing import Any, cast
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.events import (
    CAL_CITIES_CANCELLATION,
    CITY_ATTORNEYS_2023,
    AfterClose,
    CancellationKind,
    CancellationPolicy,
    CancellationRequest,
    Deadline,
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    Price,
    PriceOption,
    PriceSchedule,
    PriceTier,
    Registration,
    RegistrationPolicy,
    RegistrationState,
    deadline,
    deadlines,
    quote,
    refund_due,
    registration_state,
    resolve_deadline,
)
from calcities_domain.events.cal_cities import (
    AFTER_CLOSE,
    CALLER_DEADLINE,
    CALLER_POLICY,
    CANCELLATION_UNKNOWN,
    END_OF_DAY,
    NO_SHOW,
    ON_SITE_PRICE,
    POLICIES,
    SEVEN_DAYS,
)
from calcities_domain.events.cal_cities import CITY_ATTORNEYS_2023 as CITY_ATTORNEYS_SOURCE
from calcities_domain.kernel import (
    CALIFORNIA_JUDICIAL,
    CALIFORNIA_STATE_OFFICES,
    Confidence,
    DateRange,
    Decision,
    Effect,
    InputError,
    Money,
    Reason,
    Source,
    end_of_day,
)
from calcities_domain.membership import MembershipHistory, MembershipRoll, PriceCategory
from calcities_domain.membership.cal_cities import MEMBER_PRICES
from calcities_domain.organization import City, Office, Official
from calcities_domain.serialization import structure, unstructure
from calcities_domain.testing import strategies as cst

LA = ZoneInfo("America/Los_Angeles")
MICRO = timedelta(microseconds=1)
S = RegistrationState
M, N, OTHER = PriceCategory.MEMBER_CITY, PriceCategory.NON_MEMBER_CITY, PriceCategory.OTHER
FULL, ONE_DAY, GUEST = PriceOption.FULL, PriceOption.ONE_DAY, PriceOption.GUEST_PASS

# --- The world: events, policies, a roll ---------------------------------------------------------

#: The 2023 City Attorneys Spring Conference, Wed 17 to Fri 19 May 2023; "register by Wednesday, May 10".
SPRING_2023 = Event(
    "City Attorneys Spring Conference", EventKind.SPRING_CONFERENCE, date(2023, 5, 17), date(2023, 5, 19)
)
#: Open (the default close, seven days before, is 10 May 2023).
OPEN_2023 = datetime(2023, 5, 1, 12, tzinfo=LA)

#: An event starting Sunday 10 November 2024: its default close is Sunday 3 November, the day
#: daylight saving ends (01:00-01:59 happens twice; the day is 25 hours long).
NOVEMBER = Event("November Academy", EventKind.ACADEMY, date(2024, 11, 10), date(2024, 11, 12))
#: An event starting Sunday 17 March 2024: its default close is 10 March, the day daylight
#: saving starts (02:00-02:59 does not exist; the day is 23 hours long).
MARCH = Event("March Summit", EventKind.SUMMIT, date(2024, 3, 17), date(2024, 3, 19))

OPENS_DAY = date(2024, 9, 3)
EARLY_DAY = date(2024, 10, 1)
CLOSE_DAY = date(2024, 11, 3)


def full_policy(after_close: AfterClose = AfterClose.ON_SITE) -> RegistrationPolicy:
    """Opens 3 Sep, early bird through 1 Oct, close through 3 Nov 2024 (a DST change day)."""
    return RegistrationPolicy(
        opens=DeadlineRule.fixed(OPENS_DAY),
        early_bird=DeadlineRule.fixed(EARLY_DAY),
        close=DeadlineRule.fixed(CLOSE_DAY),
        after_close=after_close,
    )


MEMBER_CITY = "Member Town"
OUTSIDE_CITY = "Outside City"  # on the roll, never a member
ROLL = MembershipRoll(
    (City(MEMBER_CITY), City(OUTSIDE_CITY)),
    (MembershipHistory(MEMBER_CITY, (DateRange(date(1990, 1, 1)),)),),
)


def official(city: str = MEMBER_CITY, office: Office = Office.CITY_ATTORNEY) -> Official:
    return Official("Ana Ruiz", city, office, office.is_council_seat, date(2010, 1, 1))


TEST_SOURCE = Source("A made-up event's price list", Confidence.CONFIRMED, note="for the tests")


def reason(decision: Decision[Any], code: str) -> Reason:
    (found,) = [r for r in decision.reasons if r.code == code]
    return found


def failing(decision: Decision[Any]) -> set[str]:
    return {r.code for r in decision.failures}


def paths(error: InputError) -> set[str]:
    return {problem.path for problem in error.problems}


def untyped(value: object) -> Any:
    return cast(Any, value)


def state_at(event: Event, at: datetime, policy: RegistrationPolicy | None = None) -> RegistrationState:
    return registration_state(event, at, policy).outcome


# --- registration_state ----------------------------------------------------------------------------


def test_the_deadlines_are_the_instants_the_tests_assume() -> None:
    """Section 6: "by D" is open through 23:59:59.999999 Pacific on D; an opening is the start of its day."""
    found = {d.kind: d.at for d in deadlines(NOVEMBER, full_policy())}
    assert found[DeadlineKind.OPENS] == datetime(2024, 9, 3, tzinfo=LA)
    assert found[DeadlineKind.EARLY_BIRD].isoformat() == "2024-10-01T23:59:59.999999-07:00"
    # 3 November 2024 ends in standard time: 08:00 UTC the next day, not 07:00.
    assert found[DeadlineKind.CLOSE].isoformat() == "2024-11-03T23:59:59.999999-08:00"
    assert found[DeadlineKind.CLOSE] + MICRO == datetime(2024, 11, 4, 8, tzinfo=UTC)


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (datetime(2024, 9, 2, 12, tzinfo=LA), S.NOT_YET_OPEN),
        (datetime(2024, 9, 20, 12, tzinfo=LA), S.EARLY_BIRD),
        (datetime(2024, 10, 20, 12, tzinfo=LA), S.REGULAR),
        (datetime(2024, 11, 7, 12, tzinfo=LA), S.ON_SITE),
        (datetime(2024, 11, 13, 12, tzinfo=LA), S.EVENT_OVER),
    ],
    ids=lambda v: v.value if isinstance(v, RegistrationState) else None,
)
def test_each_state_in_turn(at: datetime, expected: RegistrationState) -> None:
    """Not yet open, early bird, regular, on site (section 2.2), then the event over.

    Every state but "not yet open" rests on a deadline day's end (section 6, END_OF_DAY, inferred).
    """
    decision = registration_state(NOVEMBER, at, full_policy())
    assert decision.outcome is expected
    assert decision.failures == ()
    if expected is S.NOT_YET_OPEN:
        assert decision.codes == ("events.state.not_yet_open",)
        assert END_OF_DAY not in decision.sources()
        return
    assert decision.codes == (f"events.state.{expected.value}", "events.state.end_of_day")
    end = reason(decision, "events.state.end_of_day")
    assert end.effect is Effect.INFO
    assert end.source is END_OF_DAY
    assert END_OF_DAY.confidence is Confidence.INFERRED
    assert end.message == "A deadline day ends at its last instant."
    assert END_OF_DAY in decision.assumptions()


@pytest.mark.parametrize(
    ("mode", "expected"),
    [(AfterClose.ON_SITE, S.ON_SITE), (AfterClose.WAIT_LIST, S.WAIT_LIST), (AfterClose.NONE, S.CLOSED)],
    ids=lambda v: v.value,
)
def test_after_the_close_the_policy_says_what_follows(mode: AfterClose, expected: RegistrationState) -> None:
    """Section 2.2: on site if space allows (most events) or the wait list (City Managers 2026)."""
    decision = registration_state(NOVEMBER, datetime(2024, 11, 7, 12, tzinfo=LA), full_policy(mode))
    assert decision.outcome is expected
    assert decision.reasons[0].source is AFTER_CLOSE
    assert AFTER_CLOSE.confidence is Confidence.CONFIRMED
    assert decision.reasons[0].message == (
        f"Pre-registration closed at 2024-11-03T23:59:59.999999-08:00; now: {expected.value.replace('_', ' ')}."
    )


def test_the_default_policy_closes_seven_days_before_and_then_registration_is_on_site() -> None:
    """Section 2.3: City Attorneys 2023, "register by Wednesday, May 10" (seven days before, inferred)."""
    decision = registration_state(SPRING_2023, OPEN_2023)
    assert decision.outcome is S.REGULAR
    assert decision.reasons[0].message == "Pre-registration is open through 2023-05-10T23:59:59.999999-07:00."
    assert decision.reasons[0].source is SEVEN_DAYS
    assert set(decision.assumptions()) == {SEVEN_DAYS, END_OF_DAY}
    assert state_at(SPRING_2023, datetime(2023, 5, 11, tzinfo=LA)) is S.ON_SITE
    assert state_at(SPRING_2023, datetime(2023, 5, 11, tzinfo=LA), RegistrationPolicy()) is S.ON_SITE


@pytest.mark.parametrize("mode", list(AfterClose), ids=lambda m: m.value)
def test_each_deadline_instant_belongs_to_the_earlier_state_and_a_microsecond_later_to_the_next(
    mode: AfterClose,
) -> None:
    """Section 6: "by D" includes the last instant of D; the opening is the first instant of its day."""
    policy = full_policy(mode)
    found = {d.kind: d.at for d in deadlines(NOVEMBER, policy)}
    after = {AfterClose.ON_SITE: S.ON_SITE, AfterClose.WAIT_LIST: S.WAIT_LIST, AfterClose.NONE: S.CLOSED}[mode]
    opens, early, close = found[DeadlineKind.OPENS], found[DeadlineKind.EARLY_BIRD], found[DeadlineKind.CLOSE]
    assert state_at(NOVEMBER, opens - MICRO, policy) is S.NOT_YET_OPEN
    assert state_at(NOVEMBER, opens, policy) is S.EARLY_BIRD
    assert state_at(NOVEMBER, early, policy) is S.EARLY_BIRD
    assert state_at(NOVEMBER, early + MICRO, policy) is S.REGULAR
    assert state_at(NOVEMBER, close, policy) is S.REGULAR
    assert state_at(NOVEMBER, close + MICRO, policy) is after
    over = datetime(2024, 11, 12, 23, 59, 59, 999999, tzinfo=LA)
    assert state_at(NOVEMBER, over, policy) is after
    assert state_at(NOVEMBER, over + MICRO, policy) is S.EVENT_OVER


def test_the_close_on_the_day_daylight_saving_ends_runs_through_its_25th_hour() -> None:
    """Section 6 across DST: 3 Nov 2024 ends at 23:59:59.999999 PST = 07:59:59.999999 UTC on 4 Nov.

    Counting 24 hours from the day's start (00:00 PDT, 07:00 UTC) would close an hour early.
    """
    assert state_at(NOVEMBER, datetime(2024, 11, 4, 7, 30, tzinfo=UTC)) is S.REGULAR  # 23:30 PST, 3 Nov
    assert state_at(NOVEMBER, datetime(2024, 11, 4, 7, 59, 59, 999999, tzinfo=UTC)) is S.REGULAR
    assert state_at(NOVEMBER, datetime(2024, 11, 4, 8, tzinfo=UTC)) is S.ON_SITE
    # Both 01:30s of 3 November are open.
    assert state_at(NOVEMBER, datetime(2024, 11, 3, 1, 30, tzinfo=LA, fold=1)) is S.REGULAR


def test_the_close_on_the_day_daylight_saving_starts_ends_after_23_hours() -> None:
    """Section 6 across DST: 10 Mar 2024 ends at 23:59:59.999999 PDT = 06:59:59.999999 UTC on 11 Mar.

    Counting 24 hours from the day's start (00:00 PST, 08:00 UTC) would close an hour late.
    """
    close = registration_state(MARCH, datetime(2024, 3, 1, tzinfo=LA)).reasons[0]
    assert close.message == "Pre-registration is open through 2024-03-10T23:59:59.999999-07:00."
    assert state_at(MARCH, datetime(2024, 3, 11, 6, 59, 59, 999999, tzinfo=UTC)) is S.REGULAR
    assert state_at(MARCH, datetime(2024, 3, 11, 7, tzinfo=UTC)) is S.ON_SITE
    assert state_at(MARCH, datetime(2024, 3, 11, 7, 30, tzinfo=UTC)) is S.ON_SITE  # 00:30 PDT, 11 Mar


def test_an_opening_on_the_day_daylight_saving_starts_opens_at_midnight_standard_time() -> None:
    policy = RegistrationPolicy(opens=DeadlineRule.fixed(date(2024, 3, 10)))
    assert state_at(MARCH, datetime(2024, 3, 10, 7, 59, 59, 999999, tzinfo=UTC), policy) is S.NOT_YET_OPEN
    assert state_at(MARCH, datetime(2024, 3, 10, 8, tzinfo=UTC), policy) is S.REGULAR
    decision = registration_state(MARCH, datetime(2024, 3, 9, tzinfo=LA), policy)
    assert decision.reasons[0].message == "Registration opens at 2024-03-10T00:00:00-08:00."


@pytest.mark.parametrize(
    ("event", "last"),
    [
        (Event("Ends as DST ends", EventKind.WORKSHOP, date(2024, 11, 1), date(2024, 11, 3)), "-08:00"),
        (Event("Ends as DST starts", EventKind.WORKSHOP, date(2024, 3, 8), date(2024, 3, 10)), "-07:00"),
    ],
    ids=["november", "march"],
)
def test_the_event_is_over_after_the_end_of_its_last_day_in_its_zone(event: Event, last: str) -> None:
    """The event is over once its last day has ended in the venue's zone, DST change day or not."""
    over = datetime.combine(event.end, datetime.max.time(), tzinfo=LA)
    assert state_at(event, over) is S.ON_SITE
    decision = registration_state(event, over + MICRO)
    assert decision.outcome is S.EVENT_OVER
    assert decision.reasons[0].message == f"The event ended at {event.end}T23:59:59.999999{last}."


def test_an_event_in_another_zone_closes_at_the_end_of_the_day_there() -> None:
    """Section 6: deadlines close at the end of a day in the event's zone."""
    eastern = Event("Eastern", EventKind.WORKSHOP, date(2024, 11, 10), date(2024, 11, 10), zone="America/New_York")
    assert state_at(eastern, datetime(2024, 11, 4, 4, 59, 59, 999999, tzinfo=UTC)) is S.REGULAR
    assert state_at(eastern, datetime(2024, 11, 4, 5, tzinfo=UTC)) is S.ON_SITE


def test_a_naive_instant_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        registration_state(NOVEMBER, datetime(2024, 11, 1, 12))
    assert paths(caught.value) == {"at"}
    assert "expected an aware datetime" in str(caught.value)


def test_a_naive_instant_and_a_bad_event_are_named_at_once() -> None:
    with pytest.raises(InputError) as caught:
        registration_state(untyped("not an event"), datetime(2024, 11, 1, 12))
    assert paths(caught.value) == {"at", "event"}


def test_a_bad_policy_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        registration_state(NOVEMBER, datetime(2024, 11, 1, tzinfo=LA), untyped("on site"))
    assert paths(caught.value) == {"policy"}


def test_a_deadline_after_the_start_is_an_input_error() -> None:
    policy = RegistrationPolicy(close=DeadlineRule.fixed(date(2024, 11, 11)))
    with pytest.raises(InputError) as caught:
        registration_state(NOVEMBER, datetime(2024, 11, 1, tzinfo=LA), policy)
    assert paths(caught.value) == {"policy.close"}


#: An early bird through Wednesday 6 November 2024, after the close on Sunday 3 November.
EARLY_AFTER_CLOSE = RegistrationPolicy(
    early_bird=DeadlineRule.fixed(date(2024, 11, 6)), close=DeadlineRule.fixed(CLOSE_DAY)
)


def test_an_early_bird_after_the_close_ends_with_the_close() -> None:
    """An early bird never outlasts the close: after it, what follows the close (on site, section 2.2).

    Such a policy is no error (check_season reports it); registration goes from the early bird
    straight to on site, never through the regular state.
    """
    assert [d.kind for d in deadlines(NOVEMBER, EARLY_AFTER_CLOSE)] == [DeadlineKind.EARLY_BIRD, DeadlineKind.CLOSE]
    close = end_of_day(CLOSE_DAY, LA)
    assert state_at(NOVEMBER, close, EARLY_AFTER_CLOSE) is S.EARLY_BIRD
    after = registration_state(NOVEMBER, close + MICRO, EARLY_AFTER_CLOSE)
    assert after.outcome is S.ON_SITE
    assert after.codes == ("events.state.on_site", "events.state.end_of_day")
    assert after.reasons[0].source is AFTER_CLOSE
    assert after.reasons[0].message == "Pre-registration closed at 2024-11-03T23:59:59.999999-08:00; now: on site."
    early_end = end_of_day(date(2024, 11, 6), LA)
    assert state_at(NOVEMBER, early_end, EARLY_AFTER_CLOSE) is S.ON_SITE
    wait_list = attrs.evolve(EARLY_AFTER_CLOSE, after_close=AfterClose.WAIT_LIST)
    assert state_at(NOVEMBER, early_end, wait_list) is S.WAIT_LIST


def test_an_early_bird_after_the_close_quotes_the_regular_price_after_the_close() -> None:
    """Between the close and the early bird's last day the on-site (regular) price is quoted, not the early one."""
    before = quote(
        EARLY_SCHEDULE,
        NOVEMBER,
        option=FULL,
        at=datetime(2024, 11, 2, 12, tzinfo=LA),
        category=M,
        policy=EARLY_AFTER_CLOSE,
    )
    assert before.outcome == Money.dollars(575)
    after = quote(
        EARLY_SCHEDULE,
        NOVEMBER,
        option=FULL,
        at=datetime(2024, 11, 5, 12, tzinfo=LA),
        category=M,
        policy=EARLY_AFTER_CLOSE,
    )
    assert after.outcome == Money.dollars(625)
    assert reason(after, "events.price.tier").fact("tier") == "regular"
    assert "events.price.on_site" in after.codes


#: Wednesday 14 February 2024: two business days before is Monday 12 February for state
#: offices, but Friday 9 February on the judicial calendar (Lincoln Day, CCP section 135).
LINCOLN = Event("Lincoln Day Workshop", EventKind.WORKSHOP, date(2024, 2, 14), date(2024, 2, 14))
BUSINESS_CLOSE = RegistrationPolicy(close=DeadlineRule.before(2, business_days=True))
SUNDAY_11_FEB = datetime(2024, 2, 11, 12, tzinfo=LA)


def test_the_state_counts_business_days_on_the_calendar_given() -> None:
    """Business days follow the calendar given (California state offices by default)."""
    assert state_at(LINCOLN, SUNDAY_11_FEB, BUSINESS_CLOSE) is S.REGULAR
    offices = registration_state(LINCOLN, SUNDAY_11_FEB, BUSINESS_CLOSE, calendar=CALIFORNIA_STATE_OFFICES)
    assert offices.outcome is S.REGULAR
    assert offices.reasons[0].message == "Pre-registration is open through 2024-02-12T23:59:59.999999-08:00."
    judicial = registration_state(LINCOLN, SUNDAY_11_FEB, BUSINESS_CLOSE, calendar=CALIFORNIA_JUDICIAL)
    assert judicial.outcome is S.ON_SITE
    assert judicial.reasons[0].message == "Pre-registration closed at 2024-02-09T23:59:59.999999-08:00; now: on site."


def test_a_quote_counts_business_days_on_the_calendar_given() -> None:
    """On the judicial calendar pre-registration has closed by Sunday 11 February: the on-site note is added."""

    def quoted(**calendar: Any) -> Decision[Any]:
        return quote(
            CITY_ATTORNEYS_2023, LINCOLN, option=FULL, at=SUNDAY_11_FEB, category=M, policy=BUSINESS_CLOSE, **calendar
        )

    assert quoted().outcome == Money.dollars(625)
    assert "events.price.on_site" not in quoted().codes
    judicial = quoted(calendar=CALIFORNIA_JUDICIAL)
    assert judicial.outcome == Money.dollars(625)
    assert "events.state.on_site" in judicial.codes
    assert "events.price.on_site" in judicial.codes


def test_a_calendar_that_is_not_a_calendar_is_named_at_calendar() -> None:
    with pytest.raises(InputError) as caught:
        registration_state(LINCOLN, SUNDAY_11_FEB, BUSINESS_CLOSE, calendar=untyped({date(2024, 2, 13)}))
    assert paths(caught.value) == {"calendar"}
    with pytest.raises(InputError) as caught:
        quote(
            CITY_ATTORNEYS_2023,
            LINCOLN,
            option=FULL,
            at=SUNDAY_11_FEB,
            category=M,
            policy=BUSINESS_CLOSE,
            calendar=untyped("judicial"),
        )
    assert paths(caught.value) == {"calendar"}


def _rules(low: int, high: int) -> st.SearchStrategy[DeadlineRule | None]:
    return st.none() | st.integers(low, high).map(DeadlineRule.before)


@st.composite
def policies(draw: st.DrawFn) -> RegistrationPolicy:
    """Any policy for NOVEMBER: an opening and an early bird (each maybe, the early bird maybe after the close)."""
    close = draw(_rules(0, 20))
    return RegistrationPolicy(
        opens=draw(_rules(60, 120)),
        early_bird=draw(_rules(0, 60)),
        close=RegistrationPolicy().close if close is None else close,
        after_close=draw(st.sampled_from(AfterClose)),
    )


ORDER = list(RegistrationState)


@settings(max_examples=60)
@given(
    policy=policies(),
    first=cst.aware_datetimes(date(2024, 6, 1), date(2024, 11, 20)),
    second=cst.aware_datetimes(date(2024, 6, 1), date(2024, 11, 20)),
)
def test_the_state_never_goes_backwards(policy: RegistrationPolicy, first: datetime, second: datetime) -> None:
    """Property: for instants t1 < t2 the state's place in RegistrationState's order never decreases."""
    early, late = sorted((first, second))
    assert ORDER.index(state_at(NOVEMBER, early, policy)) <= ORDER.index(state_at(NOVEMBER, late, policy))


@settings(max_examples=40)
@given(offset=st.integers(-(10**6), 10**6))
def test_the_state_never_goes_backwards_around_the_dst_close(offset: int) -> None:
    """Property: around the 3 Nov 2024 close, microseconds apart, the order holds too."""
    close = datetime(2024, 11, 4, 8, tzinfo=UTC) - MICRO
    at = close + timedelta(microseconds=offset)
    assert ORDER.index(state_at(NOVEMBER, at)) <= ORDER.index(state_at(NOVEMBER, at + MICRO))
    assert state_at(NOVEMBER, at) is (S.REGULAR if offset <= 0 else S.ON_SITE)


# --- quote: the 2023 City Attorneys table ---------------------------------------------------------

TABLE_2023 = [
    (M, FULL, 625),
    (M, ONE_DAY, 350),
    (N, FULL, 1625),
    (N, ONE_DAY, 1350),
    (OTHER, FULL, 750),
    (OTHER, ONE_DAY, 475),
    (OTHER, GUEST, 50),
]


@pytest.mark.parametrize(("category", "option", "dollars"), TABLE_2023, ids=lambda v: getattr(v, "value", v))
def test_the_2023_city_attorneys_prices(category: PriceCategory, option: PriceOption, dollars: int) -> None:
    """Section 2.5 [confirmed]: member $625/$350, non-member $1,625/$1,350, others $750/$475, guest pass $50."""
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=option, at=OPEN_2023, category=category)
    assert decision.outcome == Money.dollars(dollars)
    assert decision.failures == ()
    assert decision.codes == (
        "events.price.category_given",
        "events.state.regular",
        "events.state.end_of_day",
        "events.price.tier",
    )
    priced = reason(decision, "events.price.tier")
    assert priced.effect is Effect.PASS
    assert priced.source is CITY_ATTORNEYS_SOURCE
    assert CITY_ATTORNEYS_SOURCE.confidence is Confidence.CONFIRMED
    assert priced.fact("tier") == "regular"
    assert priced.fact("amount") == str(Money.dollars(dollars))
    assert priced.message == f"The regular price of 2023 City Attorneys Spring Conference: {Money.dollars(dollars)}."


def test_the_table_is_exactly_the_published_one() -> None:
    """Section 2.5: seven prices, all regular, nothing else."""
    assert CITY_ATTORNEYS_2023.source is CITY_ATTORNEYS_SOURCE
    assert {(p.category, p.option, p.tier, p.amount) for p in CITY_ATTORNEYS_2023.prices} == {
        (category, option, PriceTier.REGULAR, Money.dollars(dollars)) for category, option, dollars in TABLE_2023
    }


@pytest.mark.parametrize("category", [M, N], ids=lambda c: c.value)
def test_a_city_official_asking_a_guest_pass_gets_no_price(category: PriceCategory) -> None:
    """Section 2.5: the guest pass is only for people who are not city or public officials."""
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=GUEST, at=OPEN_2023, category=category)
    assert decision.outcome is None
    assert failing(decision) == {"events.price.none"}
    missing = reason(decision, "events.price.none")
    assert missing.source is CITY_ATTORNEYS_SOURCE
    assert "no price for a guest pass for" in missing.message
    city = "a member city" if category is PriceCategory.MEMBER_CITY else "a non-member city"
    assert missing.message.endswith(f"for an official or staff member of {city}.")


def test_the_question_names_the_category_the_option_and_the_instant() -> None:
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=ONE_DAY, at=OPEN_2023, category=N)
    assert decision.question == (
        "What does an official or staff member of a non-member city pay for one day at 2023-05-01T12:00:00-07:00?"
    )
    assert reason(decision, "events.price.category_given").message == (
        "The category is given: an official or staff member of a non-member city."
    )


# --- quote: the category from a registrant and the roll ---------------------------------------------


def test_an_official_of_a_member_city_is_quoted_the_member_price() -> None:
    """Section 2.5: "member city officials and staff" $625."""
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=official(), roll=ROLL)
    assert decision.outcome == Money.dollars(625)
    assert decision.question == (
        "What does an official or staff member of a member city pay for the full event at 2023-05-01T12:00:00-07:00?"
    )
    assert decision.codes[-1] == "events.price.tier"
    assert "membership.price.member_city" in decision.codes
    assert "events.price.category_given" not in decision.codes
    assert MEMBER_PRICES in decision.sources()


def test_an_official_of_a_city_on_the_roll_that_is_not_a_member_is_quoted_the_non_member_price() -> None:
    """Section 2.5: "non-member city officials and staff" $1,625."""
    registrant = official(OUTSIDE_CITY, Office.MAYOR)
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=registrant, roll=ROLL)
    assert decision.outcome == Money.dollars(1625)
    assert "membership.price.non_member_city" in decision.codes


def test_someone_who_is_no_city_official_is_quoted_the_other_price() -> None:
    """Section 2.5: "all others" $750."""
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=None, roll=ROLL)
    assert decision.outcome == Money.dollars(750)
    assert decision.codes[0] == "membership.price.other"


def test_a_given_category_is_used_and_the_roll_is_not_read() -> None:
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, category=OTHER, roll=ROLL)
    assert decision.outcome == Money.dollars(750)
    assert decision.codes[0] == "events.price.category_given"
    assert not any(code.startswith("membership.") for code in decision.codes)


def test_a_category_and_a_registrant_together_is_an_input_error() -> None:
    """Give the category, or the registrant and the roll: not both (neither is silently preferred)."""
    with pytest.raises(InputError) as caught:
        quote(
            CITY_ATTORNEYS_2023,
            SPRING_2023,
            option=FULL,
            at=OPEN_2023,
            category=OTHER,
            registrant=official(),
            roll=ROLL,
        )
    assert paths(caught.value) == {"registrant"}
    assert "give the category or the registrant, not both" in str(caught.value)


def test_the_category_is_read_on_the_day_of_the_instant_in_the_event_zone() -> None:
    """A term ending 30 April (Pacific) counts at 23:30 PDT on the 30th, though it is 1 May in UTC."""
    registrant = Official("Ana Ruiz", MEMBER_CITY, Office.MAYOR, True, date(2010, 1, 1), date(2023, 4, 30))
    at = datetime(2023, 5, 1, 6, 30, tzinfo=UTC)
    assert quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=at, registrant=registrant, roll=ROLL).outcome == (
        Money.dollars(625)
    )
    later = at + timedelta(hours=1)
    assert quote(
        CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=later, registrant=registrant, roll=ROLL
    ).outcome == Money.dollars(750)


def test_an_official_of_a_city_not_on_the_roll_is_an_input_error() -> None:
    """The problem is named as quote calls the argument: ``registrant``, not ``official``."""
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=official("Atlantis"), roll=ROLL)
    assert paths(caught.value) == {"registrant.city"}
    assert "'Atlantis' is not on the roll" in str(caught.value)


@pytest.mark.parametrize("registrant", ["Ana Ruiz", MEMBER_CITY, 42], ids=repr)
def test_a_registrant_that_is_not_an_official_is_an_input_error(registrant: object) -> None:
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=untyped(registrant), roll=ROLL)
    assert paths(caught.value) == {"registrant"}
    assert "expected Official" in str(caught.value)


# --- quote: tiers -------------------------------------------------------------------------------------

EARLY_SCHEDULE = PriceSchedule(
    "November Academy",
    (
        Price(M, FULL, PriceTier.EARLY_BIRD, Money.dollars(575)),
        Price(M, FULL, PriceTier.REGULAR, Money.dollars(625)),
        Price(OTHER, FULL, PriceTier.REGULAR, Money.dollars(750)),
    ),
    TEST_SOURCE,
)


def early_quote(at: datetime, category: PriceCategory = M, policy: RegistrationPolicy | None = None) -> Decision[Any]:
    return quote(EARLY_SCHEDULE, NOVEMBER, option=FULL, at=at, category=category, policy=policy or full_policy())


def test_the_early_bird_price_applies_through_the_last_early_bird_instant_and_the_regular_after() -> None:
    """Section 2.4 and 6: the early-bird end is an inclusive last day, through its last instant."""
    early = datetime(2024, 10, 1, 23, 59, 59, 999999, tzinfo=LA)
    on_time = early_quote(early)
    assert on_time.outcome == Money.dollars(575)
    assert reason(on_time, "events.price.tier").fact("tier") == "early_bird"
    assert reason(on_time, "events.price.tier").message == "The early bird price of November Academy: $575.00."
    assert on_time.codes[1] == "events.state.early_bird"
    late = early_quote(early + MICRO)
    assert late.outcome == Money.dollars(625)
    assert reason(late, "events.price.tier").fact("tier") == "regular"


def test_the_first_instant_of_registration_gets_the_early_bird_price() -> None:
    assert early_quote(datetime(2024, 9, 3, tzinfo=LA)).outcome == Money.dollars(575)


def test_without_an_early_bird_price_the_regular_price_applies_in_the_early_bird_period() -> None:
    """The others have no early-bird price in the schedule: the regular one is quoted."""
    decision = early_quote(datetime(2024, 9, 20, tzinfo=LA), OTHER)
    assert decision.outcome == Money.dollars(750)
    assert decision.codes[1] == "events.state.early_bird"
    assert reason(decision, "events.price.tier").fact("tier") == "regular"


def test_the_2023_table_has_no_early_bird_price_so_an_early_bird_period_quotes_the_regular_one() -> None:
    policy = RegistrationPolicy(early_bird=DeadlineRule.fixed(date(2023, 5, 3)))
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, category=M, policy=policy)
    assert decision.outcome == Money.dollars(625)
    assert reason(decision, "events.price.tier").fact("tier") == "regular"


@pytest.mark.parametrize(
    ("at", "mode", "state"),
    [
        (datetime(2024, 9, 2, 23, 59, 59, 999999, tzinfo=LA), AfterClose.ON_SITE, S.NOT_YET_OPEN),
        (datetime(2024, 11, 4, 8, tzinfo=UTC), AfterClose.WAIT_LIST, S.WAIT_LIST),
        (datetime(2024, 11, 4, 8, tzinfo=UTC), AfterClose.NONE, S.CLOSED),
        (datetime(2024, 11, 13, tzinfo=LA), AfterClose.ON_SITE, S.EVENT_OVER),
    ],
    ids=["not_yet_open", "wait_list", "closed", "event_over"],
)
def test_no_price_is_quoted_when_registration_is_not_open(
    at: datetime, mode: AfterClose, state: RegistrationState
) -> None:
    decision = early_quote(at, policy=full_policy(mode))
    assert decision.outcome is None
    assert failing(decision) == {"events.price.not_open"}
    assert f"events.state.{state.value}" in decision.codes
    assert reason(decision, "events.price.not_open").message == (
        f"Registration is not open ({state.value.replace('_', ' ')}): no price is quoted."
    )


def test_on_site_the_regular_price_is_quoted_and_the_assumption_is_flagged() -> None:
    """Section 2.2: on site if space allows; on-site rates are not published (ON_SITE_PRICE, assumed)."""
    decision = early_quote(datetime(2024, 11, 10, 9, tzinfo=LA))
    assert decision.outcome == Money.dollars(625)
    assert decision.codes == (
        "events.price.category_given",
        "events.state.on_site",
        "events.state.end_of_day",
        "events.price.tier",
        "events.price.on_site",
    )
    on_site = reason(decision, "events.price.on_site")
    assert on_site.effect is Effect.INFO
    assert on_site.source is ON_SITE_PRICE
    assert ON_SITE_PRICE.confidence is Confidence.ASSUMED
    assert ON_SITE_PRICE in decision.assumptions()
    assert on_site.message == "On-site rates are not published: the regular price is quoted."


def test_the_last_instant_of_the_close_on_the_dst_day_is_still_the_regular_price_without_the_on_site_note() -> None:
    decision = early_quote(datetime(2024, 11, 4, 7, 59, 59, 999999, tzinfo=UTC))
    assert decision.outcome == Money.dollars(625)
    assert "events.price.on_site" not in decision.codes
    assert "events.price.on_site" in early_quote(datetime(2024, 11, 4, 8, tzinfo=UTC)).codes


# --- quote and schedules: bad input -----------------------------------------------------------------


def test_a_negative_price_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        Price(M, FULL, PriceTier.REGULAR, Money(-1))
    assert paths(caught.value) == {"amount"}
    assert "must not be negative" in str(caught.value)


def test_a_free_price_is_allowed() -> None:
    assert Price(OTHER, GUEST, PriceTier.REGULAR, Money(0)).amount == Money(0)


def test_a_bad_price_names_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        Price(untyped("member"), untyped("full"), untyped("regular"), Money(-1))
    assert paths(caught.value) == {"category", "option", "tier", "amount"}


def test_a_second_price_for_the_same_category_option_and_tier_is_an_input_error() -> None:
    twice = Price(M, FULL, PriceTier.REGULAR, Money.dollars(625))
    other_tier = Price(M, FULL, PriceTier.EARLY_BIRD, Money.dollars(575))
    with pytest.raises(InputError) as caught:
        PriceSchedule("Twice", (twice, other_tier, twice, twice), TEST_SOURCE)
    assert paths(caught.value) == {"prices[2]", "prices[3]"}
    assert "a second price for the same category, option and tier" in str(caught.value)


def test_a_bad_schedule_names_every_problem() -> None:
    twice = Price(M, FULL, PriceTier.REGULAR, Money.dollars(625))
    with pytest.raises(InputError) as caught:
        PriceSchedule("", (twice, twice), untyped("a web page"))
    assert paths(caught.value) == {"name", "source", "prices[1]"}


def test_a_schedule_with_something_else_than_prices_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        PriceSchedule("Bad", untyped((625,)), TEST_SOURCE)
    assert {p.split("[", 1)[0] for p in paths(caught.value)} == {"prices"}


def test_a_price_missing_from_a_schedule_is_none() -> None:
    assert EARLY_SCHEDULE.price(N, FULL, PriceTier.REGULAR) is None
    assert EARLY_SCHEDULE.price(M, FULL, PriceTier.EARLY_BIRD) == Money.dollars(575)


def test_neither_a_category_nor_a_roll_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023)
    assert paths(caught.value) == {"category"}
    assert "give the category, or the registrant and the membership roll" in str(caught.value)


def test_a_registrant_without_a_roll_is_an_input_error() -> None:
    """The roll is what is missing: the problem is named at ``roll``."""
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, registrant=official())
    assert paths(caught.value) == {"roll"}
    assert "give the category, or the registrant and the membership roll" in str(caught.value)


def test_a_naive_quote_instant_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=datetime(2023, 5, 1), category=M)
    assert paths(caught.value) == {"at"}


def test_every_bad_quote_argument_is_named_at_once() -> None:
    with pytest.raises(InputError) as caught:
        quote(
            untyped({}),
            untyped("spring"),
            option=untyped("full"),
            at=datetime(2023, 5, 1),
            category=untyped("member"),
        )
    assert paths(caught.value) == {"at", "schedule", "event", "option", "category"}


def test_a_missing_category_is_named_with_the_other_problems() -> None:
    with pytest.raises(InputError) as caught:
        quote(untyped(None), SPRING_2023, option=untyped(None), at=untyped("2023-05-01"))
    assert paths(caught.value) == {"at", "schedule", "option", "category"}


# --- quote: properties --------------------------------------------------------------------------------


@pytest.mark.parametrize("option", list(PriceOption), ids=lambda o: o.value)
@pytest.mark.parametrize("tier", list(PriceTier), ids=lambda t: t.value)
def test_in_the_2023_table_the_member_price_never_exceeds_the_non_member_price(
    option: PriceOption, tier: PriceTier
) -> None:
    """Section 2.5 [inferred there]: the non-member surcharge is member + $1,000; others pay member + $125."""
    member = CITY_ATTORNEYS_2023.price(M, option, tier)
    non_member = CITY_ATTORNEYS_2023.price(N, option, tier)
    assert (member is None) == (non_member is None)
    if member is not None and non_member is not None:
        assert member.cents <= non_member.cents
        assert non_member - member == Money.dollars(1000)
        other = CITY_ATTORNEYS_2023.price(OTHER, option, tier)
        assert other is not None
        assert other - member == Money.dollars(125)


@settings(max_examples=50)
@given(
    category=st.sampled_from(PriceCategory),
    option=st.sampled_from(PriceOption),
    at=cst.aware_datetimes(date(2023, 4, 1), date(2023, 6, 1)),
)
def test_a_quote_round_trips_through_serialization(category: PriceCategory, option: PriceOption, at: datetime) -> None:
    """Property: structure(unstructure(d), Decision[Money | None]) == d, priced or not."""
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=option, at=at, category=category)
    assert structure(unstructure(decision), Decision[Money | None]) == decision


@settings(max_examples=30)
@given(at=cst.aware_datetimes(date(2024, 8, 1), date(2024, 11, 20)), category=st.sampled_from([M, OTHER]))
def test_an_early_bird_quote_is_never_more_than_the_regular_price(at: datetime, category: PriceCategory) -> None:
    """Property: whenever a price is quoted it is one of the schedule's, never above the regular one."""
    decision = early_quote(at, category)
    regular = EARLY_SCHEDULE.price(category, FULL, PriceTier.REGULAR)
    assert regular is not None
    if decision.outcome is not None:
        assert decision.outcome.cents <= regular.cents
    assert structure(unstructure(decision), Decision[Money | None]) == decision


# --- refund_due ---------------------------------------------------------------------------------------

#: The last day of the cancellation deadline, Sunday 3 November 2024 (a 25-hour day in Pacific time).
#: The sources give no event's cancellation deadline: this one is an example, and cites that.
CANCEL_DAY = date(2024, 11, 3)
CANCEL_RULE = DeadlineRule.fixed(CANCEL_DAY, source=CANCELLATION_UNKNOWN)


def cancellation_deadline(
    event: Event = NOVEMBER, policy: RegistrationPolicy | None = None, **calendar: Any
) -> Deadline:
    found = resolve_deadline(
        event, DeadlineKind.CANCELLATION, policy or RegistrationPolicy(cancellation=CANCEL_RULE), **calendar
    )
    assert found is not None
    return found


#: The event's cancellation deadline, resolved as a Registration keeps it.
CANCEL_BY = cancellation_deadline()
#: Its instant: the end of 3 November 2024 in Pacific time.
CANCEL_AT = CANCEL_BY.at
REGISTERED = datetime(2024, 9, 10, 9, 30, tzinfo=LA)
PAID = Money.dollars(625)


def registration(
    paid: Money = PAID, registered_at: datetime = REGISTERED, cancel_by: Deadline = CANCEL_BY
) -> Registration:
    return Registration("R-1001", paid, registered_at, cancel_by)


def request(
    at: datetime = CANCEL_AT, *, written: bool = True, kind: CancellationKind = CancellationKind.CANCELLATION
) -> CancellationRequest:
    return CancellationRequest(at, written=written, kind=kind)


def test_the_cancellation_deadline_is_the_end_of_the_day_in_pacific_time_across_dst() -> None:
    """Section 6: the deadline resolved from a policy is the end of its last day, as deadline() gives it."""
    assert Deadline(DeadlineKind.CANCELLATION, CANCEL_DAY, end_of_day(CANCEL_DAY, LA), CANCEL_RULE) == CANCEL_BY
    assert CANCEL_BY.kind is DeadlineKind.CANCELLATION
    assert CANCEL_BY.rule.source is CANCELLATION_UNKNOWN
    assert CANCELLATION_UNKNOWN.confidence is Confidence.ASSUMED
    policy = RegistrationPolicy(cancellation=CANCEL_RULE)
    assert deadline(NOVEMBER, DeadlineKind.CANCELLATION, policy).outcome == CANCEL_AT
    assert CANCEL_AT.isoformat() == "2024-11-03T23:59:59.999999-08:00"
    assert datetime(2024, 11, 4, 8, tzinfo=UTC) == CANCEL_AT + MICRO


def test_resolve_deadline_gives_none_for_a_deadline_the_policy_lacks() -> None:
    """Section 2.1: the cancellation deadline is per event; by default a policy has none."""
    assert resolve_deadline(NOVEMBER, DeadlineKind.CANCELLATION) is None
    assert resolve_deadline(NOVEMBER, DeadlineKind.CANCELLATION, RegistrationPolicy()) is None


def test_a_registration_keeps_a_business_day_deadline_counted_on_the_calendar_given() -> None:
    """Two business days before Wed 14 Feb 2024: Mon 12 Feb (state offices), Fri 9 Feb (judicial: Lincoln Day)."""
    policy = RegistrationPolicy(cancellation=DeadlineRule.before(2, business_days=True))
    assert cancellation_deadline(LINCOLN, policy).last_day == date(2024, 2, 12)
    judicial = cancellation_deadline(LINCOLN, policy, calendar=CALIFORNIA_JUDICIAL)
    assert judicial.last_day == date(2024, 2, 9)
    booked = registration(registered_at=datetime(2024, 1, 5, tzinfo=LA), cancel_by=judicial)
    decision = refund_due(booked, request(datetime(2024, 2, 12, 9, tzinfo=LA)))
    assert decision.outcome == Money(0)
    assert reason(decision, "events.refund.deadline").message == (
        "The cancellation deadline is the end of 2024-02-09 (2 business days before the event's first day): "
        "2024-02-09T23:59:59.999999-08:00."
    )


def test_a_written_request_by_the_deadline_refunds_the_rate_paid_less_75_dollars() -> None:
    """Event and Meeting Policies (section 2.1) [confirmed]: $625 paid, $550 refunded.

    The decision cites the policy, the cancellation deadline's own rule, and the end-of-day
    reading of its last day (section 6, inferred).
    """
    decision = refund_due(registration(), request())
    assert decision.outcome == Money.dollars(550)
    assert decision.failures == ()
    assert decision.codes == (
        "events.refund.in_time",
        "events.refund.deadline",
        "events.refund.end_of_day",
        "events.refund.amount",
    )
    assert set(decision.sources()) == {POLICIES, CANCELLATION_UNKNOWN, END_OF_DAY}
    assert set(decision.assumptions()) == {CANCELLATION_UNKNOWN, END_OF_DAY}
    assert POLICIES.confidence is Confidence.CONFIRMED
    assert POLICIES.title == "Cal Cities, Event and Meeting Policies"
    in_time = reason(decision, "events.refund.in_time")
    assert in_time.effect is Effect.PASS
    assert in_time.source is POLICIES
    assert in_time.message == (
        "A written request received at 2024-11-03T23:59:59.999999-08:00, by the cancellation deadline."
    )
    cited = reason(decision, "events.refund.deadline")
    assert cited.effect is Effect.INFO
    assert cited.source is CANCELLATION_UNKNOWN
    assert cited.message == ("The cancellation deadline is the end of 2024-11-03: 2024-11-03T23:59:59.999999-08:00.")
    end = reason(decision, "events.refund.end_of_day")
    assert end.source is END_OF_DAY
    assert END_OF_DAY.confidence is Confidence.INFERRED
    assert end.message == "A deadline day ends at its last instant."
    amount = reason(decision, "events.refund.amount")
    assert amount.message == "The rate paid, $625.00, less $75.00 kept: $550.00."
    assert (amount.fact("paid"), amount.fact("kept"), amount.fact("refund")) == ("$625.00", "$75.00", "$550.00")
    assert decision.question == "What refund is owed on registration R-1001?"
    assert CAL_CITIES_CANCELLATION.fixed_fee == Money.dollars(75)
    assert CAL_CITIES_CANCELLATION.percentage == 0


def test_the_deadline_reason_cites_the_rule_of_the_registration_s_deadline() -> None:
    """A deadline given by the caller for the event (not an example) cites the caller (CALLER_DEADLINE)."""
    own = cancellation_deadline(policy=RegistrationPolicy(cancellation=DeadlineRule.before(7)))
    assert own == Deadline(DeadlineKind.CANCELLATION, CANCEL_DAY, CANCEL_AT, DeadlineRule.before(7))
    decision = refund_due(registration(cancel_by=own), request())
    cited = reason(decision, "events.refund.deadline")
    assert cited.source is CALLER_DEADLINE
    assert cited.message == (
        "The cancellation deadline is the end of 2024-11-03 (7 days before the event's first day): "
        "2024-11-03T23:59:59.999999-08:00."
    )
    assert set(decision.assumptions()) == {END_OF_DAY}


def test_a_fixed_cancellation_deadline_names_its_day_once() -> None:
    """A fixed rule's reason said "the end of 2024-11-03 (on 2024-11-03)": the day twice."""
    message = reason(refund_due(registration(), request()), "events.refund.deadline").message
    assert message == "The cancellation deadline is the end of 2024-11-03: 2024-11-03T23:59:59.999999-08:00."
    assert message.count("2024-11-03") == 2  # the day, and the instant


def test_a_request_in_the_25th_hour_of_the_deadline_day_is_in_time() -> None:
    """Across DST: 23:30 PST on 3 Nov is 24.5 hours after the day began; still by the deadline.

    The instant received is printed in the deadline's zone, whatever zone it was given in.
    """
    decision = refund_due(registration(), request(datetime(2024, 11, 4, 7, 30, tzinfo=UTC)))
    assert decision.outcome == Money.dollars(550)
    assert reason(decision, "events.refund.in_time").message == (
        "A written request received at 2024-11-03T23:30:00-08:00, by the cancellation deadline."
    )


def test_a_request_one_microsecond_after_the_deadline_gets_nothing() -> None:
    """Section 2.1: "only" on a request received by the deadline; the deadline and its reading are cited."""
    decision = refund_due(registration(), request(CANCEL_AT + MICRO))
    assert decision.outcome == Money(0)
    assert failing(decision) == {"events.refund.late"}
    assert decision.codes == ("events.refund.late", "events.refund.deadline", "events.refund.end_of_day")
    late = reason(decision, "events.refund.late")
    assert late.source is POLICIES
    assert late.fact("paid") == "$625.00"
    assert late.message == (
        "The request was received at 2024-11-04T00:00:00-08:00, after the cancellation deadline: no refund."
    )
    cited = reason(decision, "events.refund.deadline")
    assert cited.source is CANCELLATION_UNKNOWN
    assert "2024-11-03T23:59:59.999999-08:00" in cited.message
    assert reason(decision, "events.refund.end_of_day").source is END_OF_DAY


def test_a_late_request_made_in_another_zone_is_printed_in_the_deadline_s_zone() -> None:
    """03:30 on 4 Nov in New York is 00:30 on 4 Nov in Pacific time: late, and said so in Pacific time."""
    new_york = datetime(2024, 11, 4, 3, 30, tzinfo=ZoneInfo("America/New_York"))
    late = reason(refund_due(registration(), request(new_york)), "events.refund.late")
    assert "received at 2024-11-04T00:30:00-08:00," in late.message
    in_time = refund_due(registration(), request(new_york - timedelta(hours=1)))
    assert in_time.outcome == Money.dollars(550)
    assert "received at 2024-11-03T23:30:00-08:00," in reason(in_time, "events.refund.in_time").message


def test_a_request_not_in_writing_gets_nothing() -> None:
    """Section 2.1: a *written* request."""
    decision = refund_due(registration(), request(REGISTERED + timedelta(days=1), written=False))
    assert decision.outcome == Money(0)
    assert failing(decision) == {"events.refund.not_written"}
    assert reason(decision, "events.refund.not_written").source is POLICIES


def test_a_policy_may_accept_a_request_not_in_writing() -> None:
    """A caller's policy (not Cal Cities') is cited as the caller's, an assumption."""
    policy = CancellationPolicy(Money.dollars(75), written_only=False)
    decision = refund_due(registration(), request(written=False), policy)
    assert decision.outcome == Money.dollars(550)
    in_time = reason(decision, "events.refund.in_time")
    assert in_time.message == (
        "A request (the policy does not require writing) received at 2024-11-03T23:59:59.999999-08:00, "
        "by the cancellation deadline."
    )
    assert in_time.source is CALLER_POLICY
    assert reason(decision, "events.refund.amount").source is CALLER_POLICY
    assert CALLER_POLICY in decision.assumptions()
    written = refund_due(registration(), request(written=True), policy)
    assert reason(written, "events.refund.in_time").message.startswith("A written request received at ")


def test_a_caller_s_policy_cites_the_caller_and_cal_cities_policy_cites_its_published_policy() -> None:
    """CancellationPolicy(...) defaults to CALLER_POLICY [assumed]; CAL_CITIES_CANCELLATION cites section 2.1."""
    assert CancellationPolicy(Money.dollars(75)).source is CALLER_POLICY
    assert CALLER_POLICY.confidence is Confidence.ASSUMED
    assert CAL_CITIES_CANCELLATION.source is POLICIES
    assert CAL_CITIES_CANCELLATION.written_only is True
    caller = refund_due(registration(), request(), CancellationPolicy(Money.dollars(75)))
    cal_cities = refund_due(registration(), request())
    assert caller.outcome == cal_cities.outcome == Money.dollars(550)
    assert CALLER_POLICY in caller.sources()
    assert POLICIES not in caller.sources()
    assert POLICIES in cal_cities.sources()
    assert CALLER_POLICY not in cal_cities.sources()


def test_a_no_show_gets_nothing_and_the_inference_is_cited() -> None:
    """Section 6: no-show = 0 [the policy is confirmed; that a no-show is no request is inferred]."""
    decision = refund_due(registration(), request(REGISTERED + timedelta(days=1), kind=CancellationKind.NO_SHOW))
    assert decision.outcome == Money(0)
    assert failing(decision) == {"events.refund.no_show"}
    no_show = reason(decision, "events.refund.no_show")
    assert no_show.source is NO_SHOW
    assert NO_SHOW.confidence is Confidence.INFERRED
    assert decision.assumptions() == (NO_SHOW,)


def test_a_participant_removed_for_misconduct_gets_nothing() -> None:
    """Section 2.1 [confirmed]: Cal Cities may remove a participant without refund."""
    decision = refund_due(registration(), request(kind=CancellationKind.REMOVED_FOR_MISCONDUCT))
    assert decision.outcome == Money(0)
    assert failing(decision) == {"events.refund.misconduct"}
    assert reason(decision, "events.refund.misconduct").source is POLICIES


def test_paying_less_than_the_charge_refunds_nothing_never_a_negative_amount() -> None:
    """$50 paid (a guest pass) less $75: nothing, not -$25; the message says at most what was paid is kept."""
    decision = refund_due(registration(Money.dollars(50)), request())
    assert decision.outcome == Money(0)
    amount = reason(decision, "events.refund.amount")
    assert amount.message == "The rate paid, $50.00, less $75.00 kept (kept at most what was paid, $50.00): $0.00."
    assert (amount.fact("kept"), amount.fact("refund")) == ("$75.00", "$0.00")


def test_paying_exactly_the_charge_refunds_nothing() -> None:
    """$75 paid less $75 kept: nothing, and nothing more is kept than was paid, so no note of it."""
    exactly = refund_due(registration(Money.dollars(75)), request())
    assert exactly.outcome == Money(0)
    assert reason(exactly, "events.refund.amount").message == "The rate paid, $75.00, less $75.00 kept: $0.00."
    assert refund_due(registration(Money(0)), request()).outcome == Money(0)


def test_a_percentage_policy_keeps_a_share_rounded_half_up() -> None:
    """As pretix allows: 10% kept and no fixed fee; $625 paid, $562.50 refunded."""
    policy = CancellationPolicy(Money(0), percentage=Fraction(1, 10), source=TEST_SOURCE)
    decision = refund_due(registration(), request(), policy)
    assert decision.outcome == Money.parse("562.50")
    assert reason(decision, "events.refund.amount").fact("kept") == "$62.50"
    assert reason(decision, "events.refund.amount").source is TEST_SOURCE
    assert reason(decision, "events.refund.in_time").source is TEST_SOURCE
    assert set(decision.sources()) == {TEST_SOURCE, CANCELLATION_UNKNOWN, END_OF_DAY}


def test_a_half_cent_share_is_rounded_up_so_the_refund_rounds_down() -> None:
    """2.5% of $625 is $15.625: $15.63 is kept (half up), $609.37 refunded."""
    policy = CancellationPolicy(Money(0), percentage=Fraction(1, 40))
    assert refund_due(registration(), request(), policy).outcome == Money.parse("609.37")


def test_a_pretix_like_policy_keeps_a_fixed_fee_and_a_share() -> None:
    """$10 plus 2.5% of $625 ($15.63, half up) kept: $599.37 refunded."""
    policy = CancellationPolicy(Money.dollars(10), percentage=Fraction(1, 40))
    decision = refund_due(registration(), request(), policy)
    assert decision.outcome == Money.parse("599.37")
    assert reason(decision, "events.refund.amount").fact("kept") == "$25.63"


def test_a_policy_keeping_everything_refunds_nothing() -> None:
    policy = CancellationPolicy(Money(0), percentage=Fraction(1))
    assert refund_due(registration(), request(), policy).outcome == Money(0)


def test_a_request_received_before_the_registration_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        refund_due(registration(), request(REGISTERED - MICRO))
    assert paths(caught.value) == {"request.received_at"}
    assert "is before the registration" in str(caught.value)


def test_a_request_at_the_instant_of_registration_is_refunded() -> None:
    assert refund_due(registration(), request(REGISTERED)).outcome == Money.dollars(550)


#: In the repeated hour of Sunday 3 November 2024 (01:00-01:59 happens twice in Pacific time):
#: 01:30 the second time (PST) is 09:30 UTC; 01:45 the first time (PDT) is 08:45 UTC.
SECOND_0130 = datetime(2024, 11, 3, 1, 30, tzinfo=LA, fold=1)
FIRST_0145 = datetime(2024, 11, 3, 1, 45, tzinfo=LA, fold=0)


def test_instants_of_the_repeated_hour_are_what_the_tests_assume() -> None:
    assert SECOND_0130.astimezone(UTC) == datetime(2024, 11, 3, 9, 30, tzinfo=UTC)
    assert FIRST_0145.astimezone(UTC) == datetime(2024, 11, 3, 8, 45, tzinfo=UTC)


def test_a_request_in_the_repeated_hour_before_the_registration_is_an_input_error() -> None:
    """Instants are compared in UTC: 01:45 PDT (08:45 UTC) is before 01:30 PST (09:30 UTC), whatever the clock reads."""
    with pytest.raises(InputError) as caught:
        refund_due(registration(registered_at=SECOND_0130), request(FIRST_0145))
    assert paths(caught.value) == {"request.received_at"}
    assert "2024-11-03T01:45:00-07:00 is before the registration, 2024-11-03T01:30:00-08:00" in str(caught.value)


def test_a_request_in_the_repeated_hour_after_the_registration_is_accepted() -> None:
    """The reverse: registered at 01:45 PDT (08:45 UTC), asked at 01:30 PST (09:30 UTC), 45 minutes later."""
    decision = refund_due(registration(registered_at=FIRST_0145), request(SECOND_0130))
    assert decision.outcome == Money.dollars(550)
    assert reason(decision, "events.refund.in_time").message == (
        "A written request received at 2024-11-03T01:30:00-08:00, by the cancellation deadline."
    )


def test_a_no_show_recorded_before_the_registration_is_an_input_error_too() -> None:
    with pytest.raises(InputError) as caught:
        refund_due(registration(), request(REGISTERED - MICRO, kind=CancellationKind.NO_SHOW))
    assert paths(caught.value) == {"request.received_at"}


def test_a_negative_amount_paid_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        registration(Money(-1))
    assert paths(caught.value) == {"paid"}
    assert "must not be negative" in str(caught.value)


def test_a_bad_registration_names_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        Registration("", Money(-1), datetime(2024, 9, 1), untyped(datetime(2024, 11, 3)))
    assert paths(caught.value) == {"registration_id", "paid", "registered_at", "cancel_by"}


def test_a_cancellation_deadline_given_as_an_instant_is_an_input_error() -> None:
    """The registration keeps the resolved Deadline (day, instant and rule), not a bare instant."""
    with pytest.raises(InputError) as caught:
        Registration("R-1001", PAID, REGISTERED, untyped(CANCEL_AT))
    assert paths(caught.value) == {"cancel_by"}
    assert "expected Deadline" in str(caught.value)


@pytest.mark.parametrize("kind", [k for k in DeadlineKind if k is not DeadlineKind.CANCELLATION], ids=lambda k: k.value)
def test_a_deadline_of_another_kind_is_an_input_error(kind: DeadlineKind) -> None:
    """The close (or any deadline but the cancellation one) is not the deadline a refund is measured against."""
    other = Deadline(kind, CANCEL_DAY, CANCEL_AT, DeadlineRule.fixed(CANCEL_DAY))
    with pytest.raises(InputError) as caught:
        Registration("R-1001", PAID, REGISTERED, other)
    assert paths(caught.value) == {"cancel_by"}
    assert f"expected the cancellation deadline, got the {kind.value} deadline" in str(caught.value)


def test_a_naive_request_instant_is_an_input_error() -> None:
    with pytest.raises(InputError) as caught:
        CancellationRequest(datetime(2024, 11, 1))
    assert paths(caught.value) == {"received_at"}


@pytest.mark.parametrize("share", [Fraction(-1, 100), Fraction(101, 100), Fraction(2)], ids=str)
def test_a_percentage_outside_0_to_1_is_an_input_error(share: Fraction) -> None:
    with pytest.raises(InputError) as caught:
        CancellationPolicy(Money.dollars(75), percentage=share)
    assert paths(caught.value) == {"percentage"}
    assert "expected a Fraction from 0 to 1" in str(caught.value)


@pytest.mark.parametrize("share", [0.1, 10, "10%"], ids=repr)
def test_a_percentage_that_is_not_a_fraction_is_an_input_error(share: object) -> None:
    with pytest.raises(InputError) as caught:
        CancellationPolicy(Money.dollars(75), percentage=untyped(share))
    assert paths(caught.value) == {"percentage"}


def test_a_bad_policy_names_every_problem() -> None:
    with pytest.raises(InputError) as caught:
        CancellationPolicy(Money(-1), percentage=Fraction(3, 2), written_only=untyped("yes"), source=untyped(None))
    assert paths(caught.value) == {"fixed_fee", "percentage", "written_only", "source"}


def test_bad_refund_arguments_are_named_at_once() -> None:
    with pytest.raises(InputError) as caught:
        refund_due(untyped("R-1001"), untyped(None), untyped(75))
    assert paths(caught.value) == {"registration", "request", "policy"}


# --- refund_due: properties --------------------------------------------------------------------------

shares = st.fractions(min_value=0, max_value=1, max_denominator=1000)
#: Instants within three days of the deadline (the repeated hour of 3 November among them),
#: written in UTC, Pacific or Eastern time.
instants = st.builds(
    lambda micros, zone: (CANCEL_AT.astimezone(UTC) + timedelta(microseconds=micros)).astimezone(zone),
    st.integers(-(3 * 24 * 3600 * 10**6), 3 * 24 * 3600 * 10**6),
    st.sampled_from([UTC, LA, ZoneInfo("America/New_York")]),
)
kinds = st.sampled_from(CancellationKind)


def utc(instant: datetime) -> datetime:
    return instant.astimezone(UTC)


@settings(max_examples=80)
@given(
    paid=cst.money(0, 10**7),
    fee=cst.money(0, 10**6),
    share=shares,
    at=instants,
    written=st.booleans(),
    kind=kinds,
)
def test_a_refund_is_never_negative_nor_more_than_was_paid(
    *, paid: Money, fee: Money, share: Fraction, at: datetime, written: bool, kind: CancellationKind
) -> None:
    """Property: 0 <= refund <= paid, whatever the amount paid, the fee, the share and the instant."""
    policy = CancellationPolicy(fee, percentage=share)
    decision = refund_due(registration(paid), request(at, written=written, kind=kind), policy)
    assert 0 <= decision.outcome.cents <= paid.cents
    if decision.outcome.cents:
        assert decision.failures == ()


@settings(max_examples=60)
@given(paid=cst.money(0, 10**7), fee=cst.money(0, 10**6), share=shares, first=instants, second=instants)
def test_a_later_request_never_gets_more(
    paid: Money, fee: Money, share: Fraction, first: datetime, second: datetime
) -> None:
    """Property: around the 3 Nov 2024 deadline, a later request is refunded no more than an earlier one."""
    policy = CancellationPolicy(fee, percentage=share)
    early, late = sorted((first, second), key=utc)
    assert (
        refund_due(registration(paid), request(late), policy).outcome.cents
        <= refund_due(registration(paid), request(early), policy).outcome.cents
    )


@settings(max_examples=60)
@given(paid=cst.money(0, 10**6), at=instants, written=st.booleans(), kind=kinds)
def test_the_cal_cities_refund_is_the_rate_paid_less_75_dollars_or_nothing(
    paid: Money, at: datetime, written: bool, kind: CancellationKind
) -> None:
    """Section 6: amount = paid - $75 if a written request by the deadline, else 0 (never below 0)."""
    decision = refund_due(registration(paid), request(at, written=written, kind=kind))
    asked = written and kind is CancellationKind.CANCELLATION
    in_time = asked and utc(at) <= utc(CANCEL_AT)
    expected = max(paid.cents - 7500, 0) if in_time else 0
    assert decision.outcome == Money(expected)
    if in_time:
        assert decision.codes == (
            "events.refund.in_time",
            "events.refund.deadline",
            "events.refund.end_of_day",
            "events.refund.amount",
        )
    elif asked:
        assert decision.codes == ("events.refund.late", "events.refund.deadline", "events.refund.end_of_day")
    if asked:
        received = reason(decision, decision.codes[0]).message
        assert f"received at {at.astimezone(LA).isoformat()}," in received


@settings(max_examples=50)
@given(paid=cst.money(0, 10**7), share=shares, at=instants, kind=kinds)
def test_a_refund_decision_round_trips_through_serialization(
    paid: Money, share: Fraction, at: datetime, kind: CancellationKind
) -> None:
    """Property: structure(unstructure(d), Decision[Money]) == d."""
    decision = refund_due(registration(paid), request(at, kind=kind), CancellationPolicy(Money(0), percentage=share))
    assert structure(unstructure(decision), Decision[Money]) == decision


@settings(max_examples=50)
@given(booked=cst.registrations(), after=st.timedeltas(timedelta(0), timedelta(days=400)), written=st.booleans())
def test_any_registration_round_trips_and_is_refunded_between_nothing_and_what_was_paid(
    booked: Registration, after: timedelta, written: bool
) -> None:
    """Property: a registration keeps its resolved cancellation Deadline through JSON; a refund lies in [0, paid]."""
    assert booked.cancel_by.kind is DeadlineKind.CANCELLATION
    assert structure(unstructure(booked), Registration) == booked
    at = booked.registered_at.astimezone(UTC) + after
    decision = refund_due(booked, request(at, written=written))
    assert 0 <= decision.outcome.cents <= booked.paid.cents
    late = utc(at) > utc(booked.cancel_by.at)
    assert ("events.refund.late" in decision.codes) == (written and late)


# --- Citations of the state reasons (known defects) -------------------------------------------------

STATE_SOURCE = Source("The November Academy announcement", Confidence.CONFIRMED, note="for the tests")


def cited_policy() -> RegistrationPolicy:
    return RegistrationPolicy(
        opens=DeadlineRule.fixed(OPENS_DAY, source=STATE_SOURCE),
        early_bird=DeadlineRule.fixed(EARLY_DAY, source=STATE_SOURCE),
        close=DeadlineRule.fixed(CLOSE_DAY),
    )


def test_the_regular_state_cites_the_close_rule() -> None:
    decision = registration_state(NOVEMBER, datetime(2024, 10, 20, tzinfo=LA), cited_policy())
    assert decision.reasons[0].source is CALLER_DEADLINE


@pytest.mark.parametrize(
    "at",
    [datetime(2024, 9, 2, tzinfo=LA), datetime(2024, 9, 20, tzinfo=LA)],
    ids=["not_yet_open", "early_bird"],
)
def test_the_state_cites_the_rule_of_the_deadline_it_names(at: datetime) -> None:
    """A reason saying "opens at ..." or "the early-bird price runs through ..." cites that deadline's rule."""
    decision = registration_state(NOVEMBER, at, cited_policy())
    assert decision.reasons[0].source is STATE_SOURCE


def test_an_early_bird_cut_short_by_the_close_is_said_to_end_with_the_close() -> None:
    """The early bird ends with the close (3 Nov): its reason must not say it runs through 6 November.

    registration_state ends the state at min(early bird, close) but words the reason with the
    early bird's own instant, and cites only the early-bird rule.
    """
    decision = registration_state(NOVEMBER, datetime(2024, 11, 2, 12, tzinfo=LA), EARLY_AFTER_CLOSE)
    assert decision.outcome is S.EARLY_BIRD
    assert "2024-11-06" not in decision.reasons[0].message


def test_the_question_for_the_others_reads_as_a_sentence() -> None:
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=FULL, at=OPEN_2023, category=OTHER)
    assert " a other " not in decision.question


def test_the_missing_price_reads_as_a_sentence() -> None:
    decision = quote(CITY_ATTORNEYS_2023, SPRING_2023, option=GUEST, at=OPEN_2023, category=M)
    assert "no a guest pass" not in reason(decision, "events.price.none").message


def test_a_naive_instant_and_a_bad_policy_are_named_at_once() -> None:
    """Every bad argument is named at once."""
    with pytest.raises(InputError) as caught:
        registration_state(NOVEMBER, datetime(2024, 11, 1), untyped("on site"))
    assert paths(caught.value) == {"at", "policy"}
