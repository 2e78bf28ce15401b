"""Exact wording of refund decisions and quote errors, and the event's own zone in its state.

Rules under test (src/calcities_domain/events/registration.py; ../shared/domain/
torch-events-training.md sections 2.1, 2.2 and 6):

* Section 2.1 (Event and Meeting Policies, confirmed): the rate paid less $75 on a written
  request by the cancellation deadline; nothing for a request not in writing, or for a
  participant removed for misconduct. Section 6: a no-show made no request and gets
  nothing [inferred: ``NO_SHOW``]. Each "nothing" is one FAIL reason with a fixed sentence
  and the amount paid as a fact; a refund's reasons all pass or inform.
* The event is over once its last day has ended in the event's own zone (not Pacific time).
* ``quote`` names every bad argument at once, the policy too, in fixed sentences; a price
  schedule refuses a second price for one category, option and tier.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from calcities_domain.events import (
    CITY_ATTORNEYS_2023,
    CancellationKind,
    CancellationRequest,
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
    quote,
    refund_due,
    registration_state,
    resolve_deadline,
)
from calcities_domain.events.cal_cities import NO_SHOW, POLICIES
from calcities_domain.kernel import Effect, InputError, Money
from calcities_domain.membership import PriceCategory
from calcities_domain.organization import Office, Official

LA = ZoneInfo("America/Los_Angeles")
NEW_YORK = ZoneInfo("America/New_York")
NOVEMBER = Event("November Academy", EventKind.ACADEMY, date(2024, 11, 10), date(2024, 11, 12))
REGISTERED = datetime(2024, 9, 10, 9, 30, tzinfo=LA)
SPRING_2023 = Event(
    "City Attorneys Spring Conference", EventKind.SPRING_CONFERENCE, date(2023, 5, 17), date(2023, 5, 19)
)
OPEN_2023 = datetime(2023, 5, 1, 12, tzinfo=LA)


def untyped(value: object) -> Any:
    return value


def registration() -> Registration:
    """$625 paid; cancellation by the end of Sunday 3 November 2024 (Pacific)."""
    policy = RegistrationPolicy(cancellation=DeadlineRule.fixed(date(2024, 11, 3)))
    cancel_by = resolve_deadline(NOVEMBER, DeadlineKind.CANCELLATION, policy)
    assert cancel_by is not None
    return Registration("R-1001", Money.dollars(625), REGISTERED, cancel_by)


@pytest.mark.parametrize(
    ("kind", "written", "code", "message", "source"),
    [
        (CancellationKind.NO_SHOW, True, "events.refund.no_show", "A no-show made no request: no refund.", NO_SHOW),
        (
            CancellationKind.REMOVED_FOR_MISCONDUCT,
            True,
            "events.refund.misconduct",
            "A participant removed for misconduct gets no refund.",
            POLICIES,
        ),
        (
            CancellationKind.CANCELLATION,
            False,
            "events.refund.not_written",
            "Only a written request is refunded.",
            POLICIES,
        ),
    ],
    ids=["no show", "misconduct", "not written"],
)
def test_each_refusal_is_one_fixed_sentence_with_the_amount_paid(
    kind: CancellationKind, written: bool, code: str, message: str, source: object
) -> None:
    """Section 2.1 and section 6: nothing is refunded, and the one reason says why."""
    request = CancellationRequest(REGISTERED + timedelta(days=1), written=written, kind=kind)
    decision = refund_due(registration(), request)
    assert decision.outcome == Money(0)
    (reason,) = decision.reasons
    assert (reason.code, reason.message, reason.effect) == (code, message, Effect.FAIL)
    assert reason.source is source
    assert reason.fact("paid") == "$625.00"


def test_a_refund_in_time_has_no_failing_reason_and_its_amount_passes() -> None:
    """Section 2.1: $625 paid, $75 kept, $550 refunded; the amount's reason passes."""
    decision = refund_due(registration(), CancellationRequest(REGISTERED + timedelta(days=1), written=True))
    assert decision.outcome == Money.dollars(550)
    effects = {r.code: r.effect for r in decision.reasons}
    assert effects == {
        "events.refund.in_time": Effect.PASS,
        "events.refund.deadline": Effect.INFO,
        "events.refund.end_of_day": Effect.INFO,
        "events.refund.amount": Effect.PASS,
    }


def test_an_event_in_new_york_is_over_after_its_last_day_there_while_it_is_still_that_day_in_california() -> None:
    """00:30 on 13 November in New York is 21:30 on 12 November in California: the event is over."""
    eastern = Event("Eastern", EventKind.WORKSHOP, date(2024, 11, 12), date(2024, 11, 12), zone="America/New_York")
    last = datetime(2024, 11, 12, 23, 59, 59, 999999, tzinfo=NEW_YORK)
    assert registration_state(eastern, last).outcome is RegistrationState.ON_SITE
    decision = registration_state(eastern, last + timedelta(minutes=31))
    assert decision.outcome is RegistrationState.EVENT_OVER
    assert decision.reasons[0].message == "The event ended at 2024-11-12T23:59:59.999999-05:00."


def test_a_bad_policy_is_named_with_the_other_bad_quote_arguments() -> None:
    with pytest.raises(InputError) as caught:
        quote(
            CITY_ATTORNEYS_2023,
            SPRING_2023,
            option=PriceOption.FULL,
            at=OPEN_2023,
            category=untyped("member"),
            policy=untyped("on site"),
        )
    assert {p.path for p in caught.value.problems} == {"policy", "category"}


def test_a_missing_category_is_asked_for_in_one_sentence() -> None:
    with pytest.raises(InputError) as caught:
        quote(CITY_ATTORNEYS_2023, SPRING_2023, option=PriceOption.FULL, at=OPEN_2023)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("category", "give the category, or the registrant and the membership roll")
    ]


def test_a_category_and_a_registrant_together_are_refused_in_one_sentence() -> None:
    registrant = Official("Ana Ruiz", "Member Town", Office.CITY_ATTORNEY, False, date(2010, 1, 1))
    with pytest.raises(InputError) as caught:
        quote(
            CITY_ATTORNEYS_2023,
            SPRING_2023,
            option=PriceOption.FULL,
            at=OPEN_2023,
            category=PriceCategory.MEMBER_CITY,
            registrant=registrant,
        )
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("registrant", "give the category or the registrant, not both")
    ]


def test_a_second_price_for_one_category_option_and_tier_is_named_in_one_sentence() -> None:
    price = Price(PriceCategory.OTHER, PriceOption.FULL, PriceTier.REGULAR, Money.dollars(750))
    with pytest.raises(InputError) as caught:
        PriceSchedule("Twice", (price, price), CITY_ATTORNEYS_2023.source)
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("prices[1]", "a second price for the same category, option and tier")
    ]
