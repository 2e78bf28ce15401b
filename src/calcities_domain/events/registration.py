"""Registration at an instant: its state, the price quoted, and the refund on a cancellation.

- :func:`registration_state`: not yet open, early bird, regular, on site or wait list
  after the close, closed, or the event over.
- :func:`quote`: the price for a registrant category, an option and the tier in force,
  from a :class:`PriceSchedule` (the 2023 City Attorneys Spring Conference table is
  :data:`CITY_ATTORNEYS_2023`). The category is given, or worked out by
  :func:`calcities_domain.membership.price_category` from the registrant and the roll.
- :func:`refund_due`: what a :class:`CancellationPolicy` refunds on a request (Cal Cities':
  the rate paid less $75, on a written request received by the cancellation deadline),
  never negative and never more than was paid.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from fractions import Fraction
from typing import cast

import attrs

from calcities_domain.events.cal_cities import (
    AFTER_CLOSE,
    CALLER_POLICY,
    END_OF_DAY,
    NO_SHOW,
    ON_SITE_PRICE,
    POLICIES,
    PROCESSING_CHARGE,
)
from calcities_domain.events.cal_cities import CITY_ATTORNEYS_2023 as CITY_ATTORNEYS_SOURCE
from calcities_domain.events.deadlines import AfterClose, Deadline, DeadlineKind, RegistrationPolicy, deadlines
from calcities_domain.events.models import Event
from calcities_domain.kernel import (
    Decision,
    Effect,
    HolidayLookup,
    InputError,
    Money,
    Problem,
    Reason,
    Source,
    end_of_day,
)
from calcities_domain.kernel._checks import aware, aware_problems, checked, fail, instance, text, tuple_of, validate
from calcities_domain.membership import MembershipRoll, PriceCategory, price_category
from calcities_domain.organization import Official

__all__ = [
    "CAL_CITIES_CANCELLATION",
    "CITY_ATTORNEYS_2023",
    "CancellationKind",
    "CancellationPolicy",
    "CancellationRequest",
    "Price",
    "PriceOption",
    "PriceSchedule",
    "PriceTier",
    "Registration",
    "RegistrationState",
    "quote",
    "refund_due",
    "registration_state",
]


class RegistrationState(enum.Enum):
    """Where registration stands at an instant.

    Attributes:
        NOT_YET_OPEN: before registration opens.
        EARLY_BIRD: open, at the early-bird price.
        REGULAR: open, at the regular price.
        ON_SITE: pre-registration has closed; registration on site, if space allows.
        WAIT_LIST: pre-registration has closed; registrants join the wait list.
        CLOSED: pre-registration has closed, and nothing follows it.
        EVENT_OVER: the event's last day has ended.
    """

    NOT_YET_OPEN = "not_yet_open"
    EARLY_BIRD = "early_bird"
    REGULAR = "regular"
    ON_SITE = "on_site"
    WAIT_LIST = "wait_list"
    CLOSED = "closed"
    EVENT_OVER = "event_over"


_AFTER_CLOSE = {
    AfterClose.ON_SITE: RegistrationState.ON_SITE,
    AfterClose.WAIT_LIST: RegistrationState.WAIT_LIST,
    AfterClose.NONE: RegistrationState.CLOSED,
}


def _check_event_at(event: object, at: object, policy: object, **more: tuple[object, type]) -> None:
    """One InputError naming every bad argument of a question about an event at an instant."""
    problems = aware_problems("at", at)
    if not isinstance(event, Event):
        problems.append(Problem("event", f"expected an Event, got {event!r}"))
    if policy is not None and not isinstance(policy, RegistrationPolicy):
        problems.append(Problem("policy", f"expected a RegistrationPolicy, got {policy!r}"))
    for name, (value, kind) in more.items():
        if not isinstance(value, kind):
            problems.append(Problem(name, f"expected a {kind.__name__}, got {value!r}"))
    if problems:
        raise InputError(problems)


def registration_state(
    event: Event, at: datetime, policy: RegistrationPolicy | None = None, *, calendar: HolidayLookup | None = None
) -> Decision[RegistrationState]:
    """Where registration for ``event`` stands at the instant ``at``.

    States only move forward in time: not yet open, early bird, regular, then on site or
    wait list (or closed), then the event over.
    """
    _check_event_at(event, at, policy)
    found = {d.kind: d for d in deadlines(event, policy, calendar=calendar)}
    chosen = RegistrationPolicy() if policy is None else policy
    question = f"Where does registration for {event.name} stand at {at.isoformat()}?"
    over = end_of_day(event.end, event.tz)
    opens, early, close = found.get(DeadlineKind.OPENS), found.get(DeadlineKind.EARLY_BIRD), found[DeadlineKind.CLOSE]
    source: Source | None
    if at > over:
        state, message, source = RegistrationState.EVENT_OVER, f"The event ended at {over.isoformat()}.", None
    elif opens is not None and at < opens.at:
        state, message = RegistrationState.NOT_YET_OPEN, f"Registration opens at {opens.at.isoformat()}."
        source = opens.rule.source
    elif early is not None and at <= min(early.at, close.at):  # an early bird never outlasts the close
        until = min(early.at, close.at)
        state, message = RegistrationState.EARLY_BIRD, f"The early-bird price runs through {until.isoformat()}."
        source = early.rule.source
    elif at <= close.at:
        state, message = RegistrationState.REGULAR, f"Pre-registration is open through {close.at.isoformat()}."
        source = close.rule.source
    else:
        state = _AFTER_CLOSE[chosen.after_close]
        message = f"Pre-registration closed at {close.at.isoformat()}; now: {state.value.replace('_', ' ')}."
        source = AFTER_CLOSE
    reasons = [Reason.of(f"events.state.{state.value}", message, source=source)]
    if state is not RegistrationState.NOT_YET_OPEN:
        reasons.append(
            Reason.of("events.state.end_of_day", "A deadline day ends at its last instant.", source=END_OF_DAY)
        )
    return Decision(question, state, tuple(reasons))


class PriceOption(enum.Enum):
    """What a registration buys.

    Attributes:
        FULL: the full event.
        ONE_DAY: one day.
        GUEST_PASS: a guest pass (a reception, for instance).
    """

    FULL = "full"
    ONE_DAY = "one_day"
    GUEST_PASS = "guest_pass"  # noqa: S105 - not a password


class PriceTier(enum.Enum):
    """The period a price belongs to.

    Attributes:
        EARLY_BIRD: through the last early-bird day.
        REGULAR: after it, through the close (and on site, unless a schedule says otherwise).
    """

    EARLY_BIRD = "early_bird"
    REGULAR = "regular"


@attrs.frozen
class Price:
    """One price of a schedule.

    Attributes:
        category: Who pays it.
        option: What it buys.
        tier: When it applies.
        amount: How much (zero or more).
    """

    category: PriceCategory = attrs.field(metadata=checked(instance(PriceCategory)))
    option: PriceOption = attrs.field(metadata=checked(instance(PriceOption)))
    tier: PriceTier = attrs.field(metadata=checked(instance(PriceTier)))
    amount: Money = attrs.field(metadata=checked(instance(Money)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"category", "option", "tier"})

    def _across(self) -> list[Problem]:
        return [Problem("amount", f"must not be negative, got {self.amount}")] if self.amount.cents < 0 else []


@attrs.frozen
class PriceSchedule:
    """An event's prices.

    Attributes:
        name: What the schedule is of.
        prices: The prices, one per category, option and tier.
        source: Where they are published.
    """

    name: str = attrs.field(metadata=checked(text))
    prices: tuple[Price, ...] = attrs.field(metadata=checked(tuple_of(Price)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"name", "source"})

    def _across(self) -> list[Problem]:
        keys = [(p.category, p.option, p.tier) for p in self.prices]
        return [
            Problem(f"prices[{index}]", "a second price for the same category, option and tier")
            for index, key in enumerate(keys)
            if keys.index(key) != index
        ]

    def price(self, category: PriceCategory, option: PriceOption, tier: PriceTier) -> Money | None:
        """The price for a category, an option and a tier, or None if the schedule has none."""
        for entry in self.prices:
            if (entry.category, entry.option, entry.tier) == (category, option, tier):
                return entry.amount
        return None


def _prices(
    rows: list[tuple[PriceCategory, PriceOption, int]],
) -> tuple[Price, ...]:  # pragma: no mutate block (import-time data)
    return tuple(Price(category, option, PriceTier.REGULAR, Money.dollars(amount)) for category, option, amount in rows)


_M, _N, _O = PriceCategory.MEMBER_CITY, PriceCategory.NON_MEMBER_CITY, PriceCategory.OTHER

#: The 2023 City Attorneys Spring Conference prices: the only complete table in the sources.
CITY_ATTORNEYS_2023 = PriceSchedule(
    "2023 City Attorneys Spring Conference",
    _prices(
        [
            (_M, PriceOption.FULL, 625),
            (_N, PriceOption.FULL, 1625),
            (_O, PriceOption.FULL, 750),
            (_M, PriceOption.ONE_DAY, 350),
            (_N, PriceOption.ONE_DAY, 1350),
            (_O, PriceOption.ONE_DAY, 475),
            (_O, PriceOption.GUEST_PASS, 50),
        ]
    ),
    CITY_ATTORNEYS_SOURCE,
)

_CATEGORY_LABELS = {
    PriceCategory.MEMBER_CITY: "an official or staff member of a member city",
    PriceCategory.NON_MEMBER_CITY: "an official or staff member of a non-member city",
    PriceCategory.OTHER: "any other registrant",
}

_OPTION_LABELS = {
    PriceOption.FULL: "the full event",
    PriceOption.ONE_DAY: "one day",
    PriceOption.GUEST_PASS: "a guest pass",
}

_OPEN = {RegistrationState.EARLY_BIRD, RegistrationState.REGULAR, RegistrationState.ON_SITE}


def quote(
    schedule: PriceSchedule,
    event: Event,
    *,
    option: PriceOption,
    at: datetime,
    category: PriceCategory | None = None,
    registrant: Official | None = None,
    roll: MembershipRoll | None = None,
    policy: RegistrationPolicy | None = None,
    calendar: HolidayLookup | None = None,
) -> Decision[Money | None]:
    """The price quoted at ``at``, with why this category and why this tier (None if registration is not open).

    Give ``category``, or the ``registrant`` (None for someone who is not a city official
    or staff member) and the membership ``roll``, from which
    :func:`~calcities_domain.membership.price_category` works it out.

    >>> from datetime import date, timezone
    >>> from calcities_domain.events import EventKind
    >>> spring = Event("City Attorneys", EventKind.SPRING_CONFERENCE, date(2023, 5, 17), date(2023, 5, 19))
    >>> at = datetime(2023, 5, 1, 12, tzinfo=timezone.utc)
    >>> member = PriceCategory.MEMBER_CITY
    >>> str(quote(CITY_ATTORNEYS_2023, spring, option=PriceOption.FULL, at=at, category=member).outcome)
    '$625.00'
    """
    problems: list[Problem] = []
    try:
        _check_event_at(event, at, policy, schedule=(schedule, PriceSchedule), option=(option, PriceOption))
    except InputError as error:
        problems += error.problems
    chosen_category: object = category  # checked at run time: untyped callers pass anything
    if chosen_category is not None and not isinstance(chosen_category, PriceCategory):
        problems.append(Problem("category", f"expected a PriceCategory, got {category!r}"))
    if category is None and roll is None:
        path = "category" if registrant is None else "roll"
        problems.append(Problem(path, "give the category, or the registrant and the membership roll"))
    if category is not None and registrant is not None:
        problems.append(Problem("registrant", "give the category or the registrant, not both"))
    if problems:
        raise InputError(problems)
    if category is None:
        roll = cast("MembershipRoll", roll)  # given: checked above
        try:
            found_category = price_category(registrant, on=at.astimezone(event.tz).date(), roll=roll)
        except InputError as error:  # name the argument as quote calls it
            renamed = [
                Problem(
                    p.path.replace("official", "registrant", 1) if p.path.startswith("official") else p.path, p.message
                )
                for p in error.problems
            ]
            raise InputError(renamed) from None
        chosen, why = found_category.outcome, found_category.reasons
    else:
        chosen = category
        why = (Reason.of("events.price.category_given", f"The category is given: {_CATEGORY_LABELS[chosen]}."),)
    state = registration_state(event, at, policy, calendar=calendar)
    who, what = _CATEGORY_LABELS[chosen], _OPTION_LABELS[option]
    question = f"What does {who} pay for {what} at {at.isoformat()}?"
    if state.outcome not in _OPEN:
        closed = Reason.of(
            "events.price.not_open",
            f"Registration is not open ({state.outcome.value.replace('_', ' ')}): no price is quoted.",
            effect=Effect.FAIL,
        )
        return Decision(question, None, (*why, *state.reasons, closed))
    tier = PriceTier.EARLY_BIRD if state.outcome is RegistrationState.EARLY_BIRD else PriceTier.REGULAR
    amount = schedule.price(chosen, option, tier)
    if amount is None and tier is PriceTier.EARLY_BIRD:
        amount, tier = schedule.price(chosen, option, PriceTier.REGULAR), PriceTier.REGULAR
    if amount is None:
        missing = Reason.of(
            "events.price.none",
            f"The schedule has no price for {what} for {who}.",
            effect=Effect.FAIL,
            source=schedule.source,
        )
        return Decision(question, None, (*why, *state.reasons, missing))
    priced = Reason.of(
        "events.price.tier",
        f"The {tier.value.replace('_', ' ')} price of {schedule.name}: {amount}.",
        effect=Effect.PASS,
        source=schedule.source,
        facts={"tier": tier, "amount": amount},
    )
    if state.outcome is RegistrationState.ON_SITE and tier is PriceTier.REGULAR:
        on_site = Reason.of(
            "events.price.on_site",
            "On-site rates are not published: the regular price is quoted.",
            source=ON_SITE_PRICE,
        )
        return Decision(question, amount, (*why, *state.reasons, priced, on_site))
    return Decision(question, amount, (*why, *state.reasons, priced))


class CancellationKind(enum.Enum):
    """Why a registrant does not attend.

    Attributes:
        CANCELLATION: the registrant asks to cancel.
        NO_SHOW: the registrant did not come and made no request.
        REMOVED_FOR_MISCONDUCT: Cal Cities removed the participant for a conduct violation.
    """

    CANCELLATION = "cancellation"
    NO_SHOW = "no_show"
    REMOVED_FOR_MISCONDUCT = "removed_for_misconduct"


def _cancellation(instance_: object, attribute: attrs.Attribute[Deadline], value: object) -> None:
    instance(Deadline)(instance_, attribute, value)
    if isinstance(value, Deadline) and value.kind is not DeadlineKind.CANCELLATION:
        raise fail(attribute.name, f"expected the cancellation deadline, got the {value.kind.value} deadline")


@attrs.frozen
class Registration:
    """A paid registration.

    Attributes:
        registration_id: Its identifier.
        paid: What was paid.
        registered_at: When.
        cancel_by: The event's cancellation deadline, resolved for it (see
            :func:`~calcities_domain.events.resolve_deadline`): its day, its instant and its rule.
    """

    registration_id: str = attrs.field(metadata=checked(text))
    paid: Money = attrs.field(metadata=checked(instance(Money)))
    registered_at: datetime = attrs.field(metadata=checked(aware))
    cancel_by: Deadline = attrs.field(metadata=checked(_cancellation))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"registration_id", "registered_at", "cancel_by"})

    def _across(self) -> list[Problem]:
        return [Problem("paid", f"must not be negative, got {self.paid}")] if self.paid.cents < 0 else []


@attrs.frozen
class CancellationRequest:
    """A request to cancel (or the record of a no-show or a removal).

    Attributes:
        received_at: When Cal Cities received it (for a no-show or removal, when recorded).
        written: Whether the request is in writing.
        kind: A cancellation, a no-show or a removal for misconduct.
    """

    received_at: datetime = attrs.field(metadata=checked(aware))
    written: bool = attrs.field(default=True, kw_only=True, metadata=checked(instance(bool)))
    kind: CancellationKind = attrs.field(
        default=CancellationKind.CANCELLATION, kw_only=True, metadata=checked(instance(CancellationKind))
    )

    def __attrs_post_init__(self) -> None:
        validate(self)


def _share(instance_: object, attribute: attrs.Attribute[Fraction], value: object) -> None:
    if not isinstance(value, Fraction) or not 0 <= value <= 1:
        raise fail(attribute.name, f"expected a Fraction from 0 to 1, got {value!r}")


@attrs.frozen
class CancellationPolicy:
    """What a cancellation keeps: a fixed fee and a share of what was paid, as pretix allows.

    Attributes:
        fixed_fee: Kept from every refund ($75 for Cal Cities).
        percentage: A share of what was paid, also kept (0 for Cal Cities).
        written_only: Whether only a written request counts.
        source: Where the policy comes from (by default, the caller's policy, assumed;
            :data:`CAL_CITIES_CANCELLATION` cites Cal Cities' published policy).
    """

    fixed_fee: Money = attrs.field(metadata=checked(instance(Money)))
    percentage: Fraction = attrs.field(default=Fraction(0), kw_only=True, metadata=checked(_share))
    written_only: bool = attrs.field(default=True, kw_only=True, metadata=checked(instance(bool)))
    source: Source = attrs.field(default=CALLER_POLICY, kw_only=True, metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"percentage", "written_only", "source"})

    def _across(self) -> list[Problem]:
        return [Problem("fixed_fee", f"must not be negative, got {self.fixed_fee}")] if self.fixed_fee.cents < 0 else []


#: Cal Cities' standing policy: the rate paid less $75, on a written request by the deadline.
CAL_CITIES_CANCELLATION = CancellationPolicy(PROCESSING_CHARGE.value, source=PROCESSING_CHARGE.source)


def refund_due(
    registration: Registration, request: CancellationRequest, policy: CancellationPolicy = CAL_CITIES_CANCELLATION
) -> Decision[Money]:
    """The refund owed on a request: never negative, never more than was paid.

    Cal Cities' policy refunds the rate paid less $75, only on a written request received
    by the event's cancellation deadline; nothing after it, for a no-show, or for a
    participant removed for misconduct.

    Raises:
        InputError: for a request received before the registration was made.
    """
    problems = []
    for name, value, kind in (
        ("registration", registration, Registration),
        ("request", request, CancellationRequest),
        ("policy", policy, CancellationPolicy),
    ):
        if not isinstance(value, kind):
            problems.append(Problem(name, f"expected a {kind.__name__}, got {value!r}"))
    if not problems and request.received_at.astimezone(UTC) < registration.registered_at.astimezone(UTC):
        problems.append(
            Problem(
                "request.received_at",
                f"{request.received_at.isoformat()} is before the registration, "
                f"{registration.registered_at.isoformat()}",
            )
        )
    if problems:
        raise InputError(problems)
    question = f"What refund is owed on registration {registration.registration_id}?"
    paid = registration.paid
    zero = Money(0)

    def nothing(code: str, message: str, source: Source) -> Decision[Money]:
        reason = Reason.of(code, message, effect=Effect.FAIL, source=source, facts={"paid": paid})
        return Decision(question, zero, (reason,))

    if request.kind is CancellationKind.NO_SHOW:
        return nothing("events.refund.no_show", "A no-show made no request: no refund.", NO_SHOW)
    if request.kind is CancellationKind.REMOVED_FOR_MISCONDUCT:
        return nothing("events.refund.misconduct", "A participant removed for misconduct gets no refund.", POLICIES)
    if policy.written_only and not request.written:
        return nothing("events.refund.not_written", "Only a written request is refunded.", policy.source)
    deadline_ = registration.cancel_by
    received = request.received_at.astimezone(deadline_.at.tzinfo)
    # A fixed rule's words would name the day again ("the end of 2023-05-03 (on 2023-05-03)").
    relative = "" if deadline_.rule.on is not None else f" ({deadline_.rule.describe()})"
    cancellation_deadline = Reason.of(
        "events.refund.deadline",
        f"The cancellation deadline is the end of {deadline_.last_day}{relative}: {deadline_.at.isoformat()}.",
        source=deadline_.rule.source,
    )
    end_of_its_day = Reason.of(
        "events.refund.end_of_day", "A deadline day ends at its last instant.", source=END_OF_DAY
    )
    # In UTC: two instants of one zone compare by wall-clock time otherwise (a repeated hour).
    if request.received_at.astimezone(UTC) > deadline_.at.astimezone(UTC):
        late = nothing(
            "events.refund.late",
            f"The request was received at {received.isoformat()}, after the cancellation deadline: no refund.",
            policy.source,
        )
        return late.with_reasons(cancellation_deadline, end_of_its_day)
    kept = policy.fixed_fee + paid.scaled(policy.percentage, rounding="half_up")
    refund = max(zero, min(paid, paid - kept))
    how = "A written request" if request.written else "A request (the policy does not require writing)"
    capped = "" if kept <= paid else f" (kept at most what was paid, {paid})"
    reasons = (
        Reason.of(
            "events.refund.in_time",
            f"{how} received at {received.isoformat()}, by the cancellation deadline.",
            effect=Effect.PASS,
            source=policy.source,
        ),
        cancellation_deadline,
        end_of_its_day,
        Reason.of(
            "events.refund.amount",
            f"The rate paid, {paid}, less {kept} kept{capped}: {refund}.",
            effect=Effect.PASS,
            source=policy.source,
            facts={"paid": paid, "kept": kept, "refund": refund},
        ),
    )
    return Decision(question, refund, reasons)
