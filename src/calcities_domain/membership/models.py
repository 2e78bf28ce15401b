"""Membership records: who may be a member, each city's membership over time, and the roll.

A :class:`MembershipHistory` is one city's terms of membership (joined, lapsed, rejoined)
and its dues payments. A :class:`MembershipRoll` holds the cities and their histories,
and the :class:`StandingRule` that says what unpaid dues do to good standing (unknown in
the sources: the default is marked assumed). The rules that read them are in
:mod:`calcities_domain.membership.standing` and :mod:`calcities_domain.membership.eligibility`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from calcities_domain.kernel import DateRange, InputError, Problem, Source
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    iterable,
    non_negative,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
)
from calcities_domain.membership.cal_cities import CALLER_GRACE, DUES_UNKNOWN, PathKind, SeatBound
from calcities_domain.organization import City

__all__ = [
    "AppointmentPath",
    "DuesPayment",
    "HelenPutnamEntry",
    "MemberStatus",
    "MembershipHistory",
    "MembershipRoll",
    "OrganizationKind",
    "PriceCategory",
    "StandingRule",
]

_ONE_DAY = timedelta(days=1)


class OrganizationKind(enum.Enum):
    """The kinds of organization that might ask to be a member.

    Attributes:
        CITY: an incorporated California city.
        COUNTY: a county.
        SPECIAL_DISTRICT: a special district.
        COMPANY: a business or other company (a Cal Cities Partner, for instance).
        NONPROFIT: a nonprofit or labor organization.
    """

    CITY = "city"
    COUNTY = "county"
    SPECIAL_DISTRICT = "special_district"
    COMPANY = "company"
    NONPROFIT = "nonprofit"


class MemberStatus(enum.Enum):
    """A city's membership status on a day.

    Attributes:
        GOOD_STANDING: a member in good standing.
        NOT_IN_GOOD_STANDING: a member whose dues are unpaid past the grace period of the
            caller's :class:`StandingRule`; it counts as a non-member for eligibility.
        FORMER_MEMBER: not a member that day, but was one before.
        NOT_A_MEMBER: not a member that day and never before (as far as the roll knows).
    """

    GOOD_STANDING = "good_standing"
    NOT_IN_GOOD_STANDING = "not_in_good_standing"
    FORMER_MEMBER = "former_member"
    NOT_A_MEMBER = "not_a_member"

    @property
    def is_member(self) -> bool:
        """Whether the city is a member that day (in good standing or not)."""
        return self in (MemberStatus.GOOD_STANDING, MemberStatus.NOT_IN_GOOD_STANDING)


class PriceCategory(enum.Enum):
    """The registrant categories of a Cal Cities event's prices.

    Attributes:
        MEMBER_CITY: an official or staff member of a member city.
        NON_MEMBER_CITY: an official or staff member of a city that is not a member.
        OTHER: everyone else.
    """

    MEMBER_CITY = "member_city"
    NON_MEMBER_CITY = "non_member_city"
    OTHER = "other"


def _closed_range(instance_: object, attribute: attrs.Attribute[DateRange], value: object) -> None:
    instance(DateRange)(instance_, attribute, value)
    if isinstance(value, DateRange) and value.end is None:
        raise fail(attribute.name, f"a dues period must have an end, got {value}")


@attrs.frozen
class DuesPayment:
    """A payment of dues for a period.

    Attributes:
        covers: The days the dues pay for (a fiscal or calendar year, say); closed.
        paid_on: The day the payment was received.
    """

    covers: DateRange = attrs.field(metadata=checked(_closed_range))
    paid_on: date = attrs.field(metadata=checked(plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _ordered_ranges(name: str, ranges: Iterable[DateRange]) -> list[Problem]:
    """Problems of ranges that are out of order or overlap, each at ``name[i]``."""
    problems: list[Problem] = []
    items = list(ranges)
    for index in range(1, len(items)):
        before, this = items[index - 1], items[index]
        if this.start <= before.start:
            problems.append(
                Problem(f"{name}[{index}]", f"{this} starts on or before {before} (keep them in date order)")
            )
        elif before.overlaps(this):
            problems.append(Problem(f"{name}[{index}]", f"{this} overlaps {before}"))
    return problems


@attrs.frozen
class MembershipHistory:
    """One city's terms of membership and its dues payments.

    Attributes:
        city: The city's name.
        terms: The terms of membership, in date order, not overlapping; a term with no
            end runs on. A term that ends and another that starts later is a lapse and
            a rejoining; two terms that touch are one continuous membership.
        dues: Dues payments, in the order of the days they cover, not covering a day twice.
            Empty if dues are not recorded (they are then not checked).

    Raises:
        InputError: for bad fields, terms or payments out of order or overlapping (path
            ``terms[i]``, ``dues[i].covers``), or a payment for days when the city was
            never a member.

    >>> history = MembershipHistory("Danville", (DateRange(date(1982, 7, 1), date(2011, 6, 30)),
    ...                                          DateRange(date(2013, 7, 1)),))
    >>> history.is_member_on(date(2012, 1, 1)), history.is_member_on(date(2024, 1, 1))
    (False, True)
    """

    city: str = attrs.field(metadata=checked(text))
    terms: tuple[DateRange, ...] = attrs.field(metadata=checked(tuple_of(DateRange)))
    dues: tuple[DuesPayment, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(DuesPayment)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems = _ordered_ranges("terms", self.terms)
        problems += [
            Problem(p.path + ".covers", p.message) for p in _ordered_ranges("dues", (d.covers for d in self.dues))
        ]
        for index, payment in enumerate(self.dues):
            if not any(term.overlaps(payment.covers) for term in self.terms):
                problems.append(
                    Problem(
                        f"dues[{index}].covers", f"{payment.covers}: {self.city} is not a member on any of its days"
                    )
                )
        return problems

    @classmethod
    def of(cls, city: str, terms: Iterable[DateRange], dues: Iterable[DuesPayment] = ()) -> MembershipHistory:
        """A history from terms and payments in any order (they are sorted by their first day)."""
        ranges: list[object] = iterable("terms", terms)
        payments: list[object] = iterable("dues", dues)
        problems = [
            Problem(f"terms[{i}]", f"expected a DateRange, got {t!r}")
            for i, t in enumerate(ranges)
            if not isinstance(t, DateRange)
        ] + [
            Problem(f"dues[{i}]", f"expected a DuesPayment, got {p!r}")
            for i, p in enumerate(payments)
            if not isinstance(p, DuesPayment)
        ]
        if problems:
            raise InputError(problems)
        ordered_terms = tuple(sorted((t for t in ranges if isinstance(t, DateRange)), key=lambda r: r.start))
        ordered_dues = tuple(sorted((p for p in payments if isinstance(p, DuesPayment)), key=lambda p: p.covers.start))
        return cls(city, ordered_terms, dues=ordered_dues)

    def term_on(self, day: date) -> DateRange | None:
        """The term that includes ``day``, or None."""
        _require_day(day)
        for term in self.terms:
            if day in term:
                return term
        return None

    def is_member_on(self, day: date) -> bool:
        """Whether ``day`` lies in one of the terms."""
        return self.term_on(day) is not None

    def was_member_before(self, day: date) -> bool:
        """Whether any term starts before ``day``."""
        _require_day(day)
        return any(term.start < day for term in self.terms)

    def continuous_term_on(self, day: date) -> DateRange | None:
        """The continuous membership including ``day``: touching terms joined into one, or None."""
        _require_day(day)
        joined: list[DateRange] = []
        for term in self.terms:
            if joined and joined[-1].precedes_directly(term):
                joined[-1] = DateRange(joined[-1].start, term.end)
            else:
                joined.append(term)
        for term in joined:
            if day in term:
                return term
        return None

    def dues_recorded_from(self) -> date | None:
        """The first day any recorded payment covers (dues are not checked before it), or None."""
        return self.dues[0].covers.start if self.dues else None

    def first_unpaid_day(self, on: date) -> date | None:
        """The first day of the membership including ``on``, up to ``on``, that no payment received by ``on`` covers.

        Days before :meth:`dues_recorded_from` are not checked. None if every checked day
        is paid for, if dues are not recorded, or if the city is not a member on ``on``.
        """
        term = self.continuous_term_on(on)
        recorded_from = self.dues_recorded_from()
        if term is None or recorded_from is None or on < recorded_from:
            return None
        day = max(term.start, recorded_from)
        # Dues periods are closed ranges (checked when a payment is made).
        paid = sorted((p.covers for p in self.dues if p.paid_on <= on), key=lambda r: r.start)
        for covers in paid:
            end = covers.end or date.max
            if end < day:
                continue
            if covers.start > day:
                break
            if end >= on:
                return None
            day = end + _ONE_DAY
        return day

    def lapses(self) -> tuple[date, ...]:
        """The days the city stopped being a member: the day after each term that no touching term continues."""
        days: list[date] = []
        for index, term in enumerate(self.terms):
            if term.end is None or term.end == date.max:
                continue
            following = self.terms[index + 1] if index + 1 < len(self.terms) else None
            if following is None or not term.precedes_directly(following):
                days.append(term.end + _ONE_DAY)
        return tuple(days)


def _require_day(day: object) -> None:
    if not is_plain_date(day):
        raise fail("day", f"expected a date, got {day!r}")


def _grace(instance_: object, attribute: attrs.Attribute[int | None], value: object) -> None:
    if value is not None:
        non_negative(instance_, attribute, value)


@attrs.frozen
class StandingRule:
    """What unpaid dues do to a member city's good standing.

    The sources do not say (the 2015 bylaws have an article "Delinquency" whose text is not
    available), so this is the caller's rule. The default, :meth:`default`, keeps a member
    in good standing for as long as its membership lasts, whatever its dues: it is marked
    assumed and appears in every explanation that uses it.

    Attributes:
        grace_days: How many days dues may stay unpaid, counted from the first unpaid day
            (the start of the unpaid dues period), before the city is no longer in good
            standing; None for no limit.
        source: Where the rule comes from.

    >>> StandingRule.default().grace_days is None
    True
    >>> StandingRule.grace(90).source.confidence.value
    'assumed'
    """

    grace_days: int | None = attrs.field(metadata=checked(_grace))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @classmethod
    def default(cls) -> StandingRule:
        """The assumed default: unpaid dues never end good standing while membership lasts."""
        return cls(None, DUES_UNKNOWN)

    @classmethod
    def grace(cls, days: int, source: Source = CALLER_GRACE) -> StandingRule:
        """A rule with a grace period of ``days`` (cite your own source if you have one)."""
        return cls(days, source)


def _cities(instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    tuple_of(City)(instance_, attribute, value)


@attrs.frozen
class MembershipRoll:
    """The cities, their membership histories, and the rule for good standing.

    Attributes:
        cities: The cities known (members or not), with their divisions and populations.
        histories: One membership history per city that has ever been a member.
        standing: What unpaid dues do to good standing (default: nothing; assumed).

    Raises:
        InputError: for two cities of one name, two histories for one city, a history of a
            city not among ``cities``, or a term that starts before the city's incorporation.
    """

    cities: tuple[City, ...] = attrs.field(metadata=checked(_cities))
    histories: tuple[MembershipHistory, ...] = attrs.field(metadata=checked(tuple_of(MembershipHistory)))
    standing: StandingRule = attrs.field(
        factory=StandingRule.default, kw_only=True, metadata=checked(instance(StandingRule))
    )

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"standing"})

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        by_name: dict[str, City] = {}
        for index, city in enumerate(self.cities):
            if city.name in by_name:
                problems.append(Problem(f"cities[{index}].name", f"{city.name!r} is listed twice"))
            by_name.setdefault(city.name, city)
        seen: set[str] = set()
        for index, history in enumerate(self.histories):
            if history.city in seen:
                problems.append(Problem(f"histories[{index}].city", f"{history.city!r} has two histories"))
            seen.add(history.city)
            known = by_name.get(history.city)
            if known is None:
                problems.append(Problem(f"histories[{index}].city", f"{history.city!r} is not among the cities"))
                continue
            incorporated = known.incorporated_on
            for position, term in enumerate(history.terms):
                if incorporated is not None and term.start < incorporated:
                    problems.append(
                        Problem(
                            f"histories[{index}].terms[{position}].start",
                            f"{term.start} is before {known.name} was incorporated ({incorporated})",
                        )
                    )
        return problems

    def city(self, name: str) -> City | None:
        """The city of that name, or None."""
        for city in self.cities:
            if city.name == name:
                return city
        return None

    def history(self, name: str) -> MembershipHistory | None:
        """The membership history of the city of that name, or None if it was never a member."""
        for history in self.histories:
            if history.city == name:
                return history
        return None


@attrs.frozen
class AppointmentPath:
    """One way an official may be appointed to a policy committee.

    Attributes:
        kind: Who appoints.
        body: The appointing body's code (a division, department or caucus); None for the President.
        seats: How many members that appointer names to each committee.
        bound: Whether ``seats`` is exact, a minimum or a maximum.
        source: Where the path comes from.
    """

    kind: PathKind = attrs.field(metadata=checked(instance(PathKind)))
    body: str | None = attrs.field(metadata=checked(optional(text)))
    seats: int = attrs.field(metadata=checked(non_negative))
    bound: SeatBound = attrs.field(metadata=checked(instance(SeatBound)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"seats", "bound", "source"})

    def _across(self) -> list[Problem]:
        if (self.kind is PathKind.PRESIDENT) != (self.body is None):
            return [Problem("body", "the President's path names no body; every other path names its body")]
        return []

    def __str__(self) -> str:
        who = "the President" if self.body is None else f"the {self.body} {self.kind.value}"
        return f"{who} ({self.bound.value.replace('_', ' ')} {self.seats} per committee)"


@attrs.frozen
class HelenPutnamEntry:
    """An entry for the Helen Putnam Award for Excellence.

    Attributes:
        applicants: The city (or cities, for a group) entering; empty for a division.
        division: The division entering, if a division enters.
        category: The award category.
        program_started: The day the program was first implemented.

    Raises:
        InputError: for bad fields, a city named twice, or neither applicants nor a division.
    """

    applicants: tuple[str, ...] = attrs.field(metadata=checked(tuple_of(str)))
    category: str = attrs.field(metadata=checked(text))
    program_started: date = attrs.field(metadata=checked(plain_date))
    division: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        if not self.applicants and self.division is None:
            problems.append(Problem("applicants", "name the city or cities entering, or the division"))
        if self.applicants and self.division is not None:
            problems.append(Problem("division", "an entry is by cities or by a division, not both"))
        for index, name in enumerate(self.applicants):
            if not name.strip():
                problems.append(Problem(f"applicants[{index}]", "must be non-blank text"))
            elif name in self.applicants[:index]:
                problems.append(Problem(f"applicants[{index}]", f"{name!r} is named twice"))
        return problems
