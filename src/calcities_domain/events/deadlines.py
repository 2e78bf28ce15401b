"""Registration policy as data, and deadlines as exact instants in the event's time zone.

A :class:`DeadlineRule` says when a deadline falls: on a fixed day, or a number of days
(or business days) before the event's first or last day, like pretix's relative dates.
A :class:`RegistrationPolicy` holds an event's rules: registration opening, the last
early-bird day, the pre-registration close (by default seven days before the start, the
same weekday: inferred from the sources), the hotel cut-off, the cancellation deadline,
and what happens after the close (on-site registration or a wait list).

Deadlines are stored as the **last day inclusive** and exposed as aware instants: the
last instant of that day in the event's zone ("register by Friday, Feb. 9" is open
through 23:59:59.999999 Pacific time on 9 February).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date, datetime, timedelta
from typing import cast

import attrs

from calcities_domain.events.cal_cities import AFTER_CLOSE, CALLER_DEADLINE, END_OF_DAY, PREREGISTRATION_DAYS
from calcities_domain.events.models import Event
from calcities_domain.kernel import (
    Decision,
    Effect,
    HolidayLookup,
    InputError,
    Problem,
    Reason,
    Source,
    end_of_day,
    is_business_day,
    start_of_day,
)
from calcities_domain.kernel._checks import (
    aware,
    checked,
    fail,
    instance,
    instant_problem,
    non_negative,
    optional,
    optional_plain_date,
    plain_date,
    text,
    validate,
)
from calcities_domain.kernel._words import count
from calcities_domain.kernel.holidays import DEFAULT_CALENDAR_CHOICE

__all__ = [
    "AfterClose",
    "Anchor",
    "Deadline",
    "DeadlineKind",
    "DeadlineRule",
    "RegistrationPolicy",
    "deadline",
    "deadlines",
    "registration_deadline",
    "resolve_deadline",
]

_ONE_DAY = timedelta(days=1)
#: The most days a business-day deadline walks back (a calendar of only holidays would never end).
_MAX_WALK_DAYS = 3660


class Anchor(enum.Enum):
    """The day of the event a relative deadline counts back from.

    Attributes:
        START: the event's first day.
        END: the event's last day.
    """

    START = "start"
    END = "end"


@attrs.frozen
class DeadlineRule:
    """When a deadline falls: on a fixed day, or some days before the event.

    Attributes:
        on: A fixed last day (inclusive).
        days_before: Or: how many days before ``anchor`` the last day is.
        business_days: Whether ``days_before`` counts business days (weekends and the
            holidays of the calendar given when resolving are skipped).
        anchor: The event's first or last day.
        published: The deadline as the announcement words it, if known ("Register by
            Friday, Feb. 9th, 2024"); checked by the season checks.
        source: Where the rule comes from.

    Exactly one of ``on`` and ``days_before`` is given.

    >>> DeadlineRule.before(7).last_day(date(2024, 2, 16), date(2024, 2, 16))
    datetime.date(2024, 2, 9)
    """

    on: date | None = attrs.field(default=None, kw_only=True, metadata=checked(optional_plain_date))
    days_before: int | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(non_negative)))
    business_days: bool = attrs.field(default=False, kw_only=True, metadata=checked(instance(bool)))
    anchor: Anchor = attrs.field(default=Anchor.START, kw_only=True, metadata=checked(instance(Anchor)))
    published: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))
    source: Source = attrs.field(default=CALLER_DEADLINE, kw_only=True, metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"published", "source", "anchor"})

    def _across(self) -> list[Problem]:
        if (self.on is None) == (self.days_before is None):
            return [Problem("on", "give exactly one of on (a fixed day) and days_before")]
        if self.on is not None and self.business_days:
            return [Problem("business_days", "only a relative deadline counts business days")]
        return []

    @classmethod
    def fixed(cls, day: date, *, published: str | None = None, source: Source = CALLER_DEADLINE) -> DeadlineRule:
        """A deadline on a fixed last day."""
        return cls(on=day, published=published, source=source)

    @classmethod
    def before(
        cls,
        days: int,
        *,
        business_days: bool = False,
        anchor: Anchor = Anchor.START,
        published: str | None = None,
        source: Source = CALLER_DEADLINE,
    ) -> DeadlineRule:
        """A deadline ``days`` (business) days before the event's first (or last) day."""
        return cls(days_before=days, business_days=business_days, anchor=anchor, published=published, source=source)

    def last_day(self, start: date, end: date, *, calendar: HolidayLookup | None = None) -> date:
        """The deadline's last day (inclusive), for an event from ``start`` to ``end``."""
        if self.on is not None:
            return self.on
        day = anchor_day = start if self.anchor is Anchor.START else end
        remaining = wanted = self.days_before or 0
        try:
            if not self.business_days:
                return day - timedelta(days=remaining)
            walked = 0
            while remaining:
                day -= _ONE_DAY
                walked += 1
                if walked > _MAX_WALK_DAYS:
                    raise fail(
                        "days_before",
                        f"cannot count back {count(wanted, 'business day')} from {anchor_day}: "
                        f"the calendar has too few in the {_MAX_WALK_DAYS} days before it",
                    )
                if is_business_day(day, calendar):
                    remaining -= 1
        except OverflowError:
            raise fail("days_before", f"{self.days_before} days before {day} is before the year 1") from None
        return day

    def describe(self) -> str:
        """The rule in words."""
        if self.on is not None:
            return f"on {self.on}"
        unit = "business day" if self.business_days else "day"
        which = "first" if self.anchor is Anchor.START else "last"
        return f"{count(self.days_before or 0, unit)} before the event's {which} day"


def _when(rule: DeadlineRule, day: date) -> str:
    """When a deadline falls, naming its day once: ``on 2023-05-03 (Wednesday)``, or the rule and its day."""
    named = f"{day} ({day:%A})"
    return f"on {named}" if rule.on is not None else f"{rule.describe()}: {named}"


class AfterClose(enum.Enum):
    """What a registrant may do once pre-registration has closed.

    Attributes:
        ON_SITE: register on site, if space allows.
        WAIT_LIST: join the wait list.
        NONE: nothing: registration is closed.
    """

    ON_SITE = "on_site"
    WAIT_LIST = "wait_list"
    NONE = "none"


class DeadlineKind(enum.Enum):
    """The deadlines of an event's registration.

    Attributes:
        OPENS: the first day of registration.
        EARLY_BIRD: the last day of the early-bird price.
        CLOSE: the last day of pre-registration (online).
        HOTEL: the last day of the hotel room block's rate.
        CANCELLATION: the last day a written cancellation request may be received.
    """

    OPENS = "opens"
    EARLY_BIRD = "early_bird"
    CLOSE = "close"
    HOTEL = "hotel"
    CANCELLATION = "cancellation"


_optional_rule = optional(instance(DeadlineRule))


_LABELS = {
    DeadlineKind.OPENS: "registration opening",
    DeadlineKind.EARLY_BIRD: "early-bird",
    DeadlineKind.CLOSE: "pre-registration",
    DeadlineKind.HOTEL: "hotel cut-off",
    DeadlineKind.CANCELLATION: "cancellation",
}


def _default_close() -> DeadlineRule:
    return DeadlineRule.before(PREREGISTRATION_DAYS.value, source=PREREGISTRATION_DAYS.source)


@attrs.frozen
class RegistrationPolicy:
    """An event's registration rules, with the defaults the sources support.

    Attributes:
        opens: The first day of registration; None if registration is open from the start.
        early_bird: The last day of the early-bird price; None for no early bird.
        close: The last day of pre-registration; by default seven days before the start,
            the same weekday (inferred from the events in the sources).
        hotel: The hotel room block's cut-off; None if there is none.
        cancellation: The last day a written cancellation request may be received; the
            sources give none in general, so each event states its own.
        after_close: What registrants may do after the close: register on site (the
            default, as most events do) or join a wait list.
    """

    opens: DeadlineRule | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(DeadlineRule)))
    )
    early_bird: DeadlineRule | None = attrs.field(default=None, kw_only=True, metadata=checked(_optional_rule))
    close: DeadlineRule = attrs.field(factory=_default_close, kw_only=True, metadata=checked(instance(DeadlineRule)))
    hotel: DeadlineRule | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(DeadlineRule)))
    )
    cancellation: DeadlineRule | None = attrs.field(
        default=None, kw_only=True, metadata=checked(optional(instance(DeadlineRule)))
    )
    after_close: AfterClose = attrs.field(
        default=AfterClose.ON_SITE, kw_only=True, metadata=checked(instance(AfterClose))
    )

    def __attrs_post_init__(self) -> None:
        validate(self)

    def rule(self, kind: DeadlineKind) -> DeadlineRule | None:
        """The rule of one deadline, or None if the policy has none."""
        rules = {
            DeadlineKind.OPENS: self.opens,
            DeadlineKind.EARLY_BIRD: self.early_bird,
            DeadlineKind.CLOSE: self.close,
            DeadlineKind.HOTEL: self.hotel,
            DeadlineKind.CANCELLATION: self.cancellation,
        }
        return rules[kind]


@attrs.frozen
class Deadline:
    """A deadline resolved for an event.

    Attributes:
        kind: Which deadline.
        last_day: Its last day, inclusive (for ``OPENS``, the first day).
        at: The instant it closes: the end of ``last_day`` in the event's zone (for
            ``OPENS``, the instant it opens: the start of that day).
        rule: The rule it was resolved from.
    """

    kind: DeadlineKind = attrs.field(metadata=checked(instance(DeadlineKind)))
    last_day: date = attrs.field(metadata=checked(plain_date))
    at: datetime = attrs.field(metadata=checked(aware))
    rule: DeadlineRule = attrs.field(metadata=checked(instance(DeadlineRule)))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _arguments(event: object, policy: object) -> None:
    problems = []
    if not isinstance(event, Event):
        problems.append(Problem("event", f"expected an Event, got {event!r}"))
    if not isinstance(policy, RegistrationPolicy):
        problems.append(Problem("policy", f"expected a RegistrationPolicy, got {policy!r}"))
    if problems:
        raise InputError(problems)


def _resolve(event: Event, rule: DeadlineRule, kind: DeadlineKind, calendar: HolidayLookup | None) -> Deadline:
    try:
        day = rule.last_day(event.start, event.end, calendar=calendar)
        at = start_of_day(day, event.tz) if kind is DeadlineKind.OPENS else end_of_day(day, event.tz)
        problem = instant_problem(at)
        if problem is not None:  # a day at the ends of the years 1 to 9999, in a zone that moves it out
            raise fail("on" if rule.on is not None else "days_before", f"the deadline's instant on {day}: {problem}")
    except InputError as error:
        # A bad calendar is the caller's argument; anything else is the rule's.
        raise InputError(
            [p if p.path == "calendar" else Problem(f"policy.{kind.value}.{p.path}", p.message) for p in error.problems]
        ) from None
    return Deadline(kind, day, at, rule)


def _order_problems(event: Event, found: dict[DeadlineKind, Deadline]) -> list[Problem]:
    """Deadlines after the event's start (an early bird after the close is a season finding, not an error)."""
    problems = []
    for kind, entry in found.items():
        if kind is not DeadlineKind.OPENS and entry.last_day > event.start:
            when = str(entry.last_day) if entry.rule.on is not None else f"{entry.rule.describe()}, {entry.last_day},"
            problems.append(Problem(f"policy.{kind.value}", f"{when} is after the event's start, {event.start}"))
    return problems


def deadlines(
    event: Event, policy: RegistrationPolicy | None = None, *, calendar: HolidayLookup | None = None
) -> tuple[Deadline, ...]:
    """Every deadline of an event's policy, resolved, in the order of :class:`DeadlineKind`.

    Raises:
        InputError: naming every deadline (other than the opening) after the event's start,
            at path ``policy.<kind>``. An early bird or an opening after the close is not an
            error here: :func:`~calcities_domain.events.check_season` reports it, and
            :func:`~calcities_domain.events.registration_state` ends the early bird with the close.
        RuleNotInForce: for business days counted back before the holiday calendar covers
            them (1992 for the California calendars).
    """
    chosen = RegistrationPolicy() if policy is None else policy
    _arguments(event, chosen)
    resolved = []
    problems: list[Problem] = []
    for kind in DeadlineKind:
        rule = chosen.rule(kind)
        if rule is None:
            continue
        try:
            resolved.append(_resolve(event, rule, kind, calendar))
        except InputError as error:
            problems += error.problems
    if not problems:
        problems = _order_problems(event, {d.kind: d for d in resolved})
    if problems:
        raise InputError(problems)
    return tuple(resolved)


def deadline(
    event: Event, kind: DeadlineKind, policy: RegistrationPolicy | None = None, *, calendar: HolidayLookup | None = None
) -> Decision[datetime | None]:
    """One deadline of an event as an instant, with how it was found (None if the policy has none)."""
    chosen = RegistrationPolicy() if policy is None else policy
    _arguments(event, chosen)
    if not isinstance(kind, DeadlineKind):
        raise fail("kind", f"expected a DeadlineKind, got {kind!r}")
    label = _LABELS[kind]
    question = (
        f"When does registration for {event.name} open?"
        if kind is DeadlineKind.OPENS
        else f"When is the {label} deadline of {event.name}?"
    )
    rule = chosen.rule(kind)
    if rule is None:
        return Decision(
            question, None, (Reason.of(f"events.deadline.{kind.value}.none", f"The event has no {label} deadline."),)
        )
    found = next(d for d in deadlines(event, chosen, calendar=calendar) if d.kind is kind)
    closes = "opens" if kind is DeadlineKind.OPENS else "closes"
    reasons: tuple[Reason, ...] = (
        Reason.of(
            f"events.deadline.{kind.value}",
            f"The {label} deadline falls {_when(rule, found.last_day)}.",
            effect=Effect.PASS,
            source=rule.source,
            facts={"last_day": found.last_day, "event_start": event.start},
        ),
        Reason.of(
            "events.deadline.instant",
            f"It {closes} at {found.at.isoformat()} ({event.zone}).",
            source=None if kind is DeadlineKind.OPENS else END_OF_DAY,
            facts={"at": found.at},
        ),
    )
    if rule.business_days and calendar is None:
        reasons += (
            Reason.of(
                "events.deadline.calendar",
                "Business days are counted on the California state offices' calendar.",
                source=DEFAULT_CALENDAR_CHOICE,
            ),
        )
    return Decision(question, found.at, reasons)


def resolve_deadline(
    event: Event, kind: DeadlineKind, policy: RegistrationPolicy | None = None, *, calendar: HolidayLookup | None = None
) -> Deadline | None:
    """One deadline of an event, resolved, or None if the policy has none.

    A :class:`~calcities_domain.events.Registration` keeps its event's cancellation deadline so.
    """
    if not isinstance(kind, DeadlineKind):
        raise fail("kind", f"expected a DeadlineKind, got {kind!r}")
    return next((d for d in deadlines(event, policy, calendar=calendar) if d.kind is kind), None)


def registration_deadline(
    event: Event, policy: RegistrationPolicy | None = None, *, calendar: HolidayLookup | None = None
) -> Decision[datetime]:
    """The instant pre-registration closes, with reasons (by default seven days before the start).

    >>> from calcities_domain.events import EventKind
    >>> symposium = Event("MLI Symposium", EventKind.SYMPOSIUM, date(2024, 2, 16), date(2024, 2, 16))
    >>> registration_deadline(symposium).outcome.isoformat()
    '2024-02-09T23:59:59.999999-08:00'
    """
    found = deadline(event, DeadlineKind.CLOSE, policy, calendar=calendar)
    chosen = RegistrationPolicy() if policy is None else policy
    after = Reason.of(
        "events.deadline.after_close",
        {
            AfterClose.ON_SITE: "After it, registration is on site, if space allows.",
            AfterClose.WAIT_LIST: "After it, registrants join the wait list.",
            AfterClose.NONE: "After it, registration is closed.",
        }[chosen.after_close],
        source=AFTER_CLOSE,
    )
    return Decision(found.question, cast("datetime", found.outcome), (*found.reasons, after))
