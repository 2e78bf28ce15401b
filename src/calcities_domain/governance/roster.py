"""Checking a board roster against the bylaws: every violation, with its rule and source.

A :class:`Roster` lists the seats held on a day. :func:`check_roster` returns a decision
whose failing reasons are the violations: seat counts that differ from the composition
in force, holders who are not officials of a member city, division, department or caucus
seats held by someone outside that body (or two seats for one body), no small-city
at-large director, large-city seats that are not the ten most populous member cities,
terms longer than allowed, and one person in two seats.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from types import MappingProxyType

import attrs

from calcities_domain.governance.board import S3, S7, SeatType, board_as_of
from calcities_domain.governance.seats import is_small_city, largest_member_cities
from calcities_domain.kernel import (
    Cited,
    Confidence,
    DateRange,
    Decision,
    Effect,
    MonthEndPolicy,
    Reason,
    RuleNotInForce,
    Source,
    add_months,
)
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    iterable,
    optional,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel._words import count, with_article
from calcities_domain.organization import DEPARTMENT_OF_OFFICE, BodyKind, City, Official, registry

__all__ = ["DEPARTMENT_OF_OFFICE", "TERM_MONTHS", "TERM_SLACK_DAYS", "Roster", "RosterSeat", "check_roster"]

S3_S6 = Source(
    "Cal Cities, board recruitment pages (S3 2024, S6 2018)",
    Confidence.CONFIRMED,
    url="https://www.calcities.org/news/post/2024/03/13/interested-in-serving-on-the-2024-25-cal-cities-board-of-directors",
    note="Directors must be officials of a member city; division, department and caucus directors are elected by "
    "their body; large-city directors are designated by the ten largest cities; at least one at-large director is "
    "from a small city; at-large terms are two years and officer terms one year.",
)
ONE_SEAT = Source(
    "calcities_domain: one person, one seat",
    Confidence.ASSUMED,
    section="a person holds at most one voting seat",
    note="The bylaws' text is not available; that one person cannot hold two seats is assumed.",
)

#: The longest term, in months, for the seat types whose term the sources give.
TERM_MONTHS: Mapping[SeatType, Cited[int]] = MappingProxyType(
    {SeatType.AT_LARGE: Cited(24, S3_S6), SeatType.OFFICER: Cited(12, S3_S6)}
)

CONFERENCE_DATES = Source(
    "calcities_domain: terms from one annual conference to another",
    Confidence.ASSUMED,
    section="a term may overrun its months by up to 62 days",
    note="Terms begin when the annual conference adjourns, and the conference has moved between mid-September "
    "and mid-October (2023: 22 September; 2025: 10 October): a term of N months may end up to 62 days later.",
)
#: How far past its months a term may run, because the annual conference moves (assumed).
TERM_SLACK_DAYS = Cited(62, CONFERENCE_DATES)

_BODY_SEATS = (SeatType.DIVISION, SeatType.DEPARTMENT, SeatType.CAUCUS, SeatType.LARGE_CITY)
#: The seat types with one director per body (a large city twice shows in the large-city check).
_ONE_PER_BODY = (SeatType.DIVISION, SeatType.DEPARTMENT, SeatType.CAUCUS)


@attrs.frozen
class RosterSeat:
    """One seat of a roster.

    Attributes:
        seat_type: The type of seat.
        holder: The official who holds it.
        term: The term of the seat.
        body: For a division, department or caucus seat, the body's code; for a large-city
            seat, the city's name; None otherwise.
    """

    seat_type: SeatType = attrs.field(metadata=checked(instance(SeatType)))
    holder: Official = attrs.field(metadata=checked(instance(Official)))
    term: DateRange = attrs.field(metadata=checked(instance(DateRange)))
    body: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class Roster:
    """The seats of the board on a day.

    Attributes:
        seats: The seats.
    """

    seats: tuple[RosterSeat, ...] = attrs.field(metadata=checked(tuple_of(RosterSeat)))

    def __attrs_post_init__(self) -> None:
        validate(self)


#: Each seat type as a reason names it ("an at-large seat", "16 division seats").
_SEAT_WORDS = MappingProxyType(
    {
        SeatType.OFFICER: "officer",
        SeatType.AT_LARGE: "at-large",
        SeatType.DIVISION: "division",
        SeatType.DEPARTMENT: "department",
        SeatType.CAUCUS: "caucus",
        SeatType.LARGE_CITY: "large-city",
        SeatType.NLC_DIRECTOR: "NLC director",
        SeatType.NLC_ADVISOR: "NLC advisor",
    }
)

_REGISTRY_OF = {
    SeatType.DIVISION: BodyKind.DIVISION,
    SeatType.DEPARTMENT: BodyKind.DEPARTMENT,
    SeatType.CAUCUS: BodyKind.CAUCUS,
}


def _known_bodies(seat_type: SeatType, on: date) -> frozenset[str] | None:
    """The codes of the bodies of a seat's kind on ``on``; None where the list is not complete or known."""
    kind = _REGISTRY_OF.get(seat_type)
    if kind is None:
        return None
    try:
        snapshot = registry(kind).as_of(on)
    except RuleNotInForce:
        return None
    if snapshot.unnamed or any(not b.source.is_confirmed for b in snapshot.bodies):
        return None  # the registry does not know every name: an unlisted code may be right
    return frozenset(b.code for b in snapshot.bodies)


def check_roster(  # noqa: PLR0912, PLR0915 - one section per rule of the bylaws
    roster: Roster,
    *,
    on: date,
    cities: Iterable[City],
    member_cities: Iterable[str],
    caucus_members: Mapping[str, frozenset[str]] | None = None,
    department_members: Mapping[str, frozenset[str]] | None = None,
) -> Decision[bool]:
    """Every violation of the bylaws in a roster, on a day.

    Args:
        roster: The seats.
        on: The day.
        cities: The cities, with their divisions and populations (for the small-city seat,
            the large-city seats and division membership).
        member_cities: The names of the member cities on that day.
        caucus_members: The people who are members of each caucus, by caucus code; needed
            to check caucus seats (without it, they are reported as not checked).
        department_members: The people who are members of each department, by code; by
            default a department is the officials whose office it is named for (inferred),
            and a department no office is known to belong to (the tenth, not named in the
            sources) is reported as not checked.

    Returns:
        A Decision: True if the roster has no violation; each violation is a failing reason.
    """
    if not isinstance(roster, Roster):
        raise fail("roster", f"expected a Roster, got {roster!r}")
    if not is_plain_date(on):
        raise fail("on", f"expected a date, got {on!r}")
    by_name: dict[str, City] = {}
    for index, city in enumerate(iterable("cities", cities)):
        if not isinstance(city, City):
            raise fail(f"cities[{index}]", f"expected a City, got {city!r}")
        by_name[city.name] = city
    members = frozenset(iterable("member_cities", member_cities))
    board = board_as_of(on)
    reasons: list[Reason] = []

    def violation(code: str, message: str, source: Source, **facts: object) -> None:
        reasons.append(Reason.of(code, message, effect=Effect.FAIL, source=source, facts=facts))

    # Seat counts.
    for composition in board.seats:
        if not composition.voting or composition.count is None:
            continue
        held = sum(1 for s in roster.seats if s.seat_type is composition.seat_type)
        if held != composition.count:
            words = _SEAT_WORDS[composition.seat_type]
            violation(
                f"governance.roster.count.{composition.seat_type.value}",
                f"{count(held, f'{words} seat')}; the board has {composition.count} on {on}.",
                composition.source,
                held=held,
                required=composition.count,
            )
    for index, seat in enumerate(roster.seats):
        if board.count(seat.seat_type) == 0:
            violation(
                "governance.roster.seat_type",
                f"seats[{index}]: the board has no {_SEAT_WORDS[seat.seat_type]} seats on {on}.",
                S3,
                path=f"seats[{index}]",
            )

    # Holders: officials of member cities, one seat each.
    seen: dict[str, int] = {}
    for index, seat in enumerate(roster.seats):
        holder = seat.holder
        if holder.city not in members or not holder.holds_office_on(on):
            violation(
                "governance.roster.holder",
                f"seats[{index}]: {holder.person} is not an official of a member city on {on}.",
                S3_S6,
                path=f"seats[{index}].holder",
                city=holder.city,
            )
        if holder.person in seen:
            violation(
                "governance.roster.two_seats",
                f"seats[{index}]: {holder.person} already holds seats[{seen[holder.person]}].",
                ONE_SEAT,
                path=f"seats[{index}]",
            )
        seen.setdefault(holder.person, index)

    # Bodies.
    offices = DEPARTMENT_OF_OFFICE
    known_by_type: dict[SeatType, frozenset[str] | None] = {}
    for index, seat in enumerate(roster.seats):
        if seat.seat_type in _BODY_SEATS and seat.body is None:
            violation(
                "governance.roster.body",
                f"seats[{index}]: {with_article(_SEAT_WORDS[seat.seat_type])} seat names no body.",
                S3_S6,
                path=f"seats[{index}].body",
            )
            continue
        holder = seat.holder
        if seat.seat_type not in known_by_type:  # one registry lookup per kind of seat, not per seat
            known_by_type[seat.seat_type] = _known_bodies(seat.seat_type, on)
        known = known_by_type[seat.seat_type]
        if known is not None and seat.body not in known:
            violation(
                "governance.roster.unknown_body",
                f"seats[{index}]: {seat.body!r} is not {with_article(_SEAT_WORDS[seat.seat_type])} of the league "
                f"on {on}.",
                S3_S6,
                path=f"seats[{index}].body",
            )
            continue
        if seat.seat_type is SeatType.DIVISION:
            city = by_name.get(holder.city)
            division = None if city is None else city.division
            if division != seat.body:
                violation(
                    "governance.roster.division",
                    f"seats[{index}]: {holder.person}'s city, {holder.city}, is not in the {seat.body} division.",
                    S3_S6,
                    path=f"seats[{index}].body",
                )
        elif seat.seat_type is SeatType.DEPARTMENT:
            if department_members is None and seat.body not in offices.value.values():
                # No office is known to belong to this department (the tenth is not named).
                reasons.append(
                    Reason.of(
                        "governance.roster.department.unchecked",
                        f"seats[{index}]: no office is known to belong to the {seat.body} department and "
                        "department membership was not given: not checked.",
                        source=offices.source,
                    )
                )
                continue
            if department_members is not None:
                inside = holder.person in department_members.get(str(seat.body), frozenset())
                source = S3_S6
            else:
                inside = offices.value.get(holder.office) == seat.body
                source = offices.source
            if not inside:
                violation(
                    "governance.roster.department",
                    f"seats[{index}]: {holder.person} ({holder.office.value}) is not of the {seat.body} department.",
                    source,
                    path=f"seats[{index}].body",
                )
        elif seat.seat_type is SeatType.CAUCUS:
            if caucus_members is None:
                reasons.append(
                    Reason.of(
                        "governance.roster.caucus.unchecked",
                        f"seats[{index}]: caucus membership not given, not checked.",
                        source=S3_S6,
                    )
                )
            elif holder.person not in caucus_members.get(str(seat.body), frozenset()):
                violation(
                    "governance.roster.caucus",
                    f"seats[{index}]: {holder.person} is not a member of the {seat.body} caucus.",
                    S3_S6,
                    path=f"seats[{index}].body",
                )

    # One director per division, department and caucus.
    first_of: dict[tuple[SeatType, str], int] = {}
    for index, seat in enumerate(roster.seats):
        if seat.seat_type not in _ONE_PER_BODY or seat.body is None:
            continue
        key = (seat.seat_type, seat.body)
        if key in first_of:
            violation(
                "governance.roster.body_twice",
                f"seats[{index}]: the {seat.body} {_SEAT_WORDS[seat.seat_type]} already has its director in "
                f"seats[{first_of[key]}]; each elects one.",
                S3_S6,
                path=f"seats[{index}].body",
            )
        first_of.setdefault(key, index)

    # The small-city at-large seat.
    threshold = board.small_city_threshold
    small = [
        seat
        for seat in roster.seats
        if seat.seat_type is SeatType.AT_LARGE
        and is_small_city(by_name.get(seat.holder.city), on=on, threshold=threshold.value)
    ]
    if any(s.seat_type is SeatType.AT_LARGE for s in roster.seats) and not small:
        violation(
            "governance.roster.small_city",
            f"No at-large director is from a city under {threshold.value:,} (of known population).",
            threshold.source,
            threshold=threshold.value,
        )

    # Large-city seats: the ten most populous member cities.
    large_count = board.count(SeatType.LARGE_CITY) or 0
    largest = frozenset(largest_member_cities(by_name.values(), members, on=on, count=large_count))
    held_large = frozenset(str(s.body) for s in roster.seats if s.seat_type is SeatType.LARGE_CITY and s.body)
    if large_count and held_large != largest:
        violation(
            "governance.roster.large_cities",
            "The large-city seats are not the ten most populous member cities: "
            f"missing {sorted(largest - held_large)}, not among them {sorted(held_large - largest)}.",
            S7,
            missing=tuple(sorted(largest - held_large)),
            extra=tuple(sorted(held_large - largest)),
        )

    # Terms.
    for index, seat in enumerate(roster.seats):
        if on not in seat.term:
            violation(
                "governance.roster.term",
                f"seats[{index}]: the term {seat.term} does not include {on}.",
                S3_S6,
                path=f"seats[{index}].term",
            )
        limit = TERM_MONTHS.get(seat.seat_type)
        if limit is not None:
            # Terms run from one conference's adjournment to a later one's, and conferences
            # move between September and October: a term may overrun by the slack.
            longest = add_months(seat.term.start, limit.value, policy=MonthEndPolicy.CLAMP)
            longest += timedelta(days=TERM_SLACK_DAYS.value)
            if seat.term.end is None or seat.term.end > longest:
                violation(
                    "governance.roster.term_length",
                    f"seats[{index}]: {with_article(_SEAT_WORDS[seat.seat_type])} term is at most "
                    f"{count(limit.value, 'month')} (from one annual conference to another); {seat.term} is longer.",
                    limit.source,
                    path=f"seats[{index}].term",
                    slack_days=TERM_SLACK_DAYS.value,
                )

    ok = not any(r.effect is Effect.FAIL for r in reasons)
    if ok:
        reasons.append(
            Reason.of(
                "governance.roster.valid",
                f"No violation found on {on}.",
                effect=Effect.PASS,
                source=board.seats[0].source,
            )
        )
    return Decision(f"Is the board roster valid on {on}?", ok, tuple(reasons))
