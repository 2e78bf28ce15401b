"""Event registration: the state, the price and the refund of 100,000 registrations.

Fifty events, each with its own deadlines (the default seven-day close, closes six, eight
or nine days out, fixed days, business days, a close counted from the last day), price
schedule (with and without early-bird tiers) and cancellation policy (Cal Cities' $75, a
fee plus a share, a share alone, a fee larger than a guest pass). About two in five
events have a deadline or their last day on a day the clocks change. Registrations fall
at instants near each deadline (to the microsecond on either side), near the clock
changes and anywhere in between, written in the venue's zone, in UTC or in other offsets.
A registration that gets a price is then cancelled, late or in time, in writing or not,
or is a no-show.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from fractions import Fraction
from typing import cast
from zoneinfo import ZoneInfo

from benchmarks.harness import Contender, Disagreement, Workload, sized
from calcities_domain import events
from calcities_domain.events import (
    AfterClose,
    Anchor,
    CancellationKind,
    CancellationPolicy,
    DeadlineKind,
    DeadlineRule,
    Event,
    EventKind,
    Price,
    PriceOption,
    PriceSchedule,
    PriceTier,
    RegistrationPolicy,
)
from calcities_domain.kernel import PACIFIC, Confidence, Money, Source, end_of_day, is_business_day, start_of_day
from calcities_domain.membership import PriceCategory

__all__ = ["workloads"]

LIBRARY = "calcities_domain"
BASELINE = "plain loop"

#: The issue's full size.
REGISTRATIONS = 100_000
EVENTS = 50

#: An answer per registration: the state's value, the price in cents (None: not open, or
#: no price for it), the refund in cents (None: no registration was made).
Answer = tuple[str, int | None, int | None]

_ZONES = (
    "America/Los_Angeles",
    "America/Los_Angeles",
    "America/Los_Angeles",
    "America/Los_Angeles",
    "America/Denver",
    "America/New_York",
    "America/Phoenix",
    "Pacific/Honolulu",
)
#: The days the clocks change in the United States, 2022 to 2026.
_CLOCK_CHANGES = (
    date(2022, 3, 13),
    date(2022, 11, 6),
    date(2023, 3, 12),
    date(2023, 11, 5),
    date(2024, 3, 10),
    date(2024, 11, 3),
    date(2025, 3, 9),
    date(2025, 11, 2),
    date(2026, 3, 8),
    date(2026, 11, 1),
)
_ELSEWHERE: tuple[tzinfo, ...] = (UTC, PACIFIC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9, minutes=30)))
_NEAR = (
    timedelta(0),
    timedelta(microseconds=1),
    timedelta(seconds=1),
    timedelta(minutes=1),
    timedelta(minutes=59),
    timedelta(hours=1),
    timedelta(hours=2),
    timedelta(hours=7),
    timedelta(hours=8),
    timedelta(days=1),
    timedelta(days=1, hours=1),
)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)
_ONE_DAY = timedelta(days=1)

_BENCHMARK = Source("calcities_domain benchmarks: made-up prices", Confidence.ASSUMED)
_M, _N, _O = PriceCategory.MEMBER_CITY, PriceCategory.NON_MEMBER_CITY, PriceCategory.OTHER
_FULL, _DAY, _GUEST = PriceOption.FULL, PriceOption.ONE_DAY, PriceOption.GUEST_PASS
_EARLY, _REGULAR = PriceTier.EARLY_BIRD, PriceTier.REGULAR


def _schedule(name: str, rows: Sequence[tuple[PriceCategory, PriceOption, PriceTier, int]]) -> PriceSchedule:
    return PriceSchedule(
        name, tuple(Price(category, option, tier, Money(cents)) for category, option, tier, cents in rows), _BENCHMARK
    )


_SCHEDULES = (
    events.CITY_ATTORNEYS_2023,
    _schedule(
        "Early-bird conference",
        [
            (_M, _FULL, _EARLY, 49_500),
            (_M, _FULL, _REGULAR, 59_500),
            (_N, _FULL, _EARLY, 99_500),
            (_N, _FULL, _REGULAR, 109_500),
            (_O, _FULL, _EARLY, 69_500),
            (_O, _FULL, _REGULAR, 79_500),
            (_M, _DAY, _EARLY, 27_500),
            (_M, _DAY, _REGULAR, 32_500),
            (_N, _DAY, _REGULAR, 57_500),
            (_O, _DAY, _REGULAR, 42_500),
            (_O, _GUEST, _REGULAR, 6_000),
        ],
    ),
    _schedule(
        "Full event only",
        [(_M, _FULL, _EARLY, 33_333), (_M, _FULL, _REGULAR, 39_999), (_O, _FULL, _REGULAR, 45_001)],
    ),
)
_POLICIES = (
    events.CAL_CITIES_CANCELLATION,
    CancellationPolicy(Money.dollars(25), percentage=Fraction(1, 10)),
    CancellationPolicy(Money(0), percentage=Fraction(1, 3), written_only=False),
    CancellationPolicy(Money.dollars(100), written_only=False),
)


@dataclasses.dataclass(frozen=True)
class _Plan:
    """An event with its registration policy, prices and cancellation policy."""

    event: Event
    policy: RegistrationPolicy
    schedule: PriceSchedule
    cancellation: CancellationPolicy


@dataclasses.dataclass(frozen=True)
class _Item:
    """One registration: who, when, for what, and its cancellation."""

    registration_id: str
    plan: int
    at: datetime
    category: PriceCategory
    option: PriceOption
    cancel_at: datetime
    written: bool
    kind: CancellationKind


def _plan(rng: random.Random, index: int) -> _Plan:
    """An event whose deadlines vary; two in five put one on a day the clocks change."""
    zone = rng.choice(_ZONES)
    days = rng.choice((1, 1, 2, 3))
    start = date(2022, 2, 1) + timedelta(days=rng.randrange(1700))
    opens: DeadlineRule | None = rng.choice((None, DeadlineRule.before(rng.randint(60, 150))))
    early: DeadlineRule | None = rng.choice(
        (None, None, DeadlineRule.before(rng.randint(14, 45)), DeadlineRule.before(3))
    )
    close = rng.choice(
        (
            None,  # the default: seven days before
            None,
            DeadlineRule.before(rng.choice((6, 8, 9))),
            DeadlineRule.before(5, business_days=True),
            DeadlineRule.before(days - 1 + 7, anchor=Anchor.END),
        )
    )
    cancellation = rng.choice((DeadlineRule.before(rng.randint(7, 21)), DeadlineRule.before(10, business_days=True)))
    if rng.random() < 0.4:  # a deadline, or the last day, on a day the clocks change
        change = rng.choice(_CLOCK_CHANGES)
        which = rng.choice(("close", "early", "cancellation", "end", "opens"))
        if which == "close":
            start = change + timedelta(days=rng.randint(1, 10))
            close = DeadlineRule.fixed(change)
        elif which == "early":
            start = change + timedelta(days=rng.randint(15, 60))
            early = DeadlineRule.fixed(change)
        elif which == "cancellation":
            start = change + timedelta(days=rng.randint(7, 30))
            cancellation = DeadlineRule.fixed(change)
        elif which == "end":
            start = change - timedelta(days=days - 1)
        else:
            start = change + timedelta(days=rng.randint(60, 90))
            opens = DeadlineRule.fixed(change)
    event = Event(
        f"Event {index}",
        rng.choice(list(EventKind)),
        start,
        start + timedelta(days=days - 1),
        zone=zone,
    )
    policy = RegistrationPolicy(
        opens=opens,
        early_bird=early,
        hotel=rng.choice((None, DeadlineRule.before(rng.randint(14, 35)))),
        cancellation=cancellation,
        after_close=rng.choice(list(AfterClose)),
        **({} if close is None else {"close": close}),
    )
    return _Plan(event, policy, rng.choice(_SCHEDULES), rng.choice(_POLICIES))


def _near(rng: random.Random, anchors: Sequence[datetime], low: datetime, high: datetime) -> datetime:
    """An instant close to one of ``anchors`` (either side), or anywhere from ``low`` to ``high``."""
    if rng.random() < 0.7:
        offset = rng.choice(_NEAR) if rng.random() < 0.8 else timedelta(seconds=rng.randrange(2 * 86_400))
        instant = rng.choice(anchors).astimezone(UTC) + (offset if rng.random() < 0.5 else -offset)
    else:
        span = (high - low) // _MICROSECOND
        instant = low.astimezone(UTC) + timedelta(microseconds=rng.randrange(max(1, span)))
    return instant


def _written(rng: random.Random, instant: datetime, zone: tzinfo) -> datetime:
    """``instant`` written in the venue's zone, in UTC or in another offset."""
    return instant.astimezone(zone if rng.random() < 0.4 else rng.choice(_ELSEWHERE))


def _items(rng: random.Random, plans: Sequence[_Plan], count: int) -> list[_Item]:
    """``count`` registrations spread over the events, at instants near their deadlines."""
    anchors: list[list[datetime]] = []
    bounds: list[tuple[datetime, datetime]] = []
    cancel_anchors: list[datetime] = []
    for plan in plans:
        event, tz = plan.event, plan.event.tz
        found = {d.kind: d for d in events.deadlines(event, plan.policy)}
        over = end_of_day(event.end, tz)
        low = (
            found[DeadlineKind.OPENS].at - timedelta(days=20)
            if DeadlineKind.OPENS in found
            else over - timedelta(days=150)
        )
        high = over + timedelta(days=2)
        points = [d.at for d in found.values()] + [over, start_of_day(event.start, tz)]
        for change in _CLOCK_CHANGES:  # the hours around a clock change, in the venue's zone
            moment = datetime.combine(change, time(1, 30), tzinfo=tz)
            if low <= moment <= high:
                points += [moment, moment.replace(fold=1), datetime.combine(change, time(3), tzinfo=tz)]
        anchors.append(points)
        bounds.append((low, high))
        cancel_anchors.append(found[DeadlineKind.CANCELLATION].at)
    items = []
    for index in range(count):
        which = rng.randrange(len(plans))
        tz = plans[which].event.tz
        low, high = bounds[which]
        at = _near(rng, anchors[which], low, high)
        cancel = _near(rng, [cancel_anchors[which], cancel_anchors[which], at], at, high)
        if cancel < at:
            cancel = at + rng.choice(_NEAR)
        roll = rng.random()
        kind = (
            CancellationKind.NO_SHOW
            if roll < 0.05
            else CancellationKind.REMOVED_FOR_MISCONDUCT
            if roll < 0.08
            else CancellationKind.CANCELLATION
        )
        items.append(
            _Item(
                f"R{index:06d}",
                which,
                _written(rng, at, tz),
                rng.choice(list(PriceCategory)),
                rng.choices((_FULL, _DAY, _GUEST), weights=(7, 2, 1))[0],
                _written(rng, cancel, tz),
                rng.random() < 0.92,
                kind,
            )
        )
    return items


def _library(plans: Sequence[_Plan], items: Sequence[_Item]) -> list[Answer]:
    """The library's state, quote and refund for every registration."""
    cancel_by = [
        events.resolve_deadline(plan.event, DeadlineKind.CANCELLATION, plan.policy) for plan in plans
    ]  # every policy has one
    answers: list[Answer] = []
    for item in items:
        plan = plans[item.plan]
        state = events.registration_state(plan.event, item.at, plan.policy).outcome
        price = events.quote(
            plan.schedule, plan.event, option=item.option, at=item.at, category=item.category, policy=plan.policy
        ).outcome
        refund = None
        deadline = cancel_by[item.plan]
        if price is not None and deadline is not None:
            registration = events.Registration(item.registration_id, price, item.at, deadline)
            request = events.CancellationRequest(item.cancel_at, written=item.written, kind=item.kind)
            refund = events.refund_due(registration, request, plan.cancellation).outcome.cents
        answers.append((state.value, None if price is None else price.cents, refund))
    return answers


def _micros(instant: datetime) -> int:
    return (instant - _EPOCH) // _MICROSECOND


def _last_day(rule: DeadlineRule, event: Event) -> date:
    """A rule's last day: fixed, or so many (business) days before the first or last day."""
    if rule.on is not None:
        return rule.on
    day = event.start if rule.anchor is Anchor.START else event.end
    left = rule.days_before or 0
    if not rule.business_days:
        return day - timedelta(days=left)
    while left:
        day -= _ONE_DAY
        if is_business_day(day):
            left -= 1
    return day


_AFTER = {AfterClose.ON_SITE: "on_site", AfterClose.WAIT_LIST: "wait_list", AfterClose.NONE: "closed"}


def _plain(plans: Sequence[_Plan], items: Sequence[_Item]) -> list[Answer]:
    """The same answers by hand: each event's deadlines once, then comparisons of instants."""
    table = []
    for plan in plans:
        event, policy, tz = plan.event, plan.policy, ZoneInfo(plan.event.zone)

        def ends(rule: DeadlineRule | None, event: Event = event, tz: tzinfo = tz) -> int | None:
            if rule is None:
                return None
            return _micros(datetime.combine(_last_day(rule, event), time.max, tzinfo=tz).replace(fold=1))

        opens = (
            None if policy.opens is None else _micros(datetime.combine(_last_day(policy.opens, event), time.min, tz))
        )
        close = cast("int", ends(policy.close))
        early = ends(policy.early_bird)
        prices = {(p.category, p.option, p.tier): p.amount.cents for p in plan.schedule.prices}
        fee, share = plan.cancellation.fixed_fee.cents, plan.cancellation.percentage
        table.append(
            (
                opens,
                None if early is None else min(early, close),
                close,
                cast("int", ends(DeadlineRule.fixed(event.end))),
                _AFTER[policy.after_close],
                cast("int", ends(policy.cancellation)),
                prices,
                fee,
                share.numerator,
                share.denominator,
                plan.cancellation.written_only,
            )
        )
    answers: list[Answer] = []
    for item in items:
        opens, early, close, over, after, cancel_by, prices, fee, top, bottom, written_only = table[item.plan]
        at = _micros(item.at)
        if at > over:
            state = "event_over"
        elif opens is not None and at < opens:
            state = "not_yet_open"
        elif early is not None and at <= early:
            state = "early_bird"
        elif at <= close:
            state = "regular"
        else:
            state = after
        price = None
        if state in {"early_bird", "regular", "on_site"}:
            price = prices.get((item.category, item.option, _EARLY if state == "early_bird" else _REGULAR))
            if price is None and state == "early_bird":
                price = prices.get((item.category, item.option, _REGULAR))
        refund = None
        if price is not None:
            if (
                item.kind is not CancellationKind.CANCELLATION
                or (written_only and not item.written)
                or _micros(item.cancel_at) > cancel_by
            ):
                refund = 0
            else:
                kept = fee + (2 * price * top + bottom) // (2 * bottom)  # the share rounded half up
                refund = max(0, min(price, price - kept))
        answers.append((state, price, refund))
    return answers


def _agreement(items: Sequence[_Item]) -> Callable[[Mapping[str, object]], str]:
    """A check that the library's answers and the plain loop's are the same, registration by registration."""

    def agree(answers: Mapping[str, object]) -> str:
        mine = cast("list[Answer]", answers[LIBRARY])
        theirs = cast("list[Answer]", answers[BASELINE])
        if len(mine) != len(items) or len(theirs) != len(items):
            raise Disagreement(
                f"{len(mine)} library and {len(theirs)} plain-loop answers for {len(items)} registrations"
            )
        for item, one, other in zip(items, mine, theirs, strict=True):
            if one != other:
                raise Disagreement(
                    f"registration {item.registration_id} (event {item.plan}, at {item.at.isoformat()}, "
                    f"cancelled at {item.cancel_at.isoformat()}): {LIBRARY} {one} != {BASELINE} {other}"
                )
        states = Counter(state for state, _, _ in mine)
        priced = sum(1 for _, price, _ in mine if price is not None)
        refunded = sum(1 for _, _, refund in mine if refund)
        spread = ", ".join(f"{count:,} {state.replace('_', ' ')}" for state, count in states.most_common())
        return (
            f"state, price and refund agree for all {len(items):,} registrations ({spread}; "
            f"{priced:,} priced, {refunded:,} refunded)"
        )

    return agree


def workloads(scale: float, seed: int) -> list[Workload]:
    """The events workloads at ``scale`` of the issue's size, on data seeded by ``seed``.

    Args:
        scale: The share of the full size (1.0: 100,000 registrations across 50 events).
        seed: The seed of the data.

    Returns:
        ``events.registration``: each registration's state at its instant, its price
        quote, and the refund owed on its cancellation.
    """
    rng = random.Random(seed)
    plans = [_plan(rng, index) for index in range(EVENTS)]
    items = _items(rng, plans, sized(REGISTRATIONS, scale))
    return [
        Workload(
            name="events.registration",
            description=(
                f"state, price and refund of each registration across {EVENTS} events "
                "(deadlines near clock changes, early-bird tiers, four cancellation policies)"
            ),
            items=len(items),
            unit="registrations",
            library=Contender(LIBRARY, lambda: _library(plans, items)),
            baselines=(Contender(BASELINE, lambda: _plain(plans, items)),),
            agree=_agreement(items),
            repeat=3,
        )
    ]
