"""What an official or a city may do, as of a day, with reasons and sources.

Every function answers one question with a :class:`~calcities_domain.kernel.Decision`:
member benefits and the price category, a board seat by type, an office, the voting
delegate's card, a department or a caucus, the ways onto a policy committee, the Torch
Program, the Helen Putnam Award. A city counts as a member when it is a member *in good
standing* on that day under the roll's :class:`~calcities_domain.membership.StandingRule`
(whose default, that unpaid dues change nothing, is marked assumed).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from calcities_domain.governance import (
    BOARD_COMPOSITIONS,
    DEPARTMENT_OF_OFFICE,
    BoardComposition,
    OfficerRole,
    SeatType,
    board_as_of,
    is_small_city,
    largest_member_cities,
    officer_eligibility,
)
from calcities_domain.governance.assembly import S23
from calcities_domain.kernel import (
    DateRange,
    Decision,
    Effect,
    InputError,
    MonthEndPolicy,
    Problem,
    Reason,
    Source,
    add_months,
)
from calcities_domain.kernel._checks import fail, is_plain_date, type_names
from calcities_domain.membership.cal_cities import (
    BOARD_SERVICE,
    HELEN_PUTNAM,
    HELEN_PUTNAM_GROUPS,
    HELEN_PUTNAM_MIN_MONTHS,
    IMMEDIATE_PAST_PRESIDENT,
    MEMBER_PRICES,
    OFFICIALS_TAKE_PART,
    POLICY_COMMITTEE_APPOINTMENTS,
    TORCH_AUDIENCE,
    TORCH_MEMBER_CITY,
    TORCH_OTHER_ELECTED,
    TORCH_STAFF,
    PathKind,
)
from calcities_domain.membership.models import (
    AppointmentPath,
    HelenPutnamEntry,
    MembershipRoll,
    MemberStatus,
    PriceCategory,
)
from calcities_domain.membership.standing import member_cities, member_status
from calcities_domain.organization import BodyKind, Official, registry

__all__ = [
    "may_be_officer",
    "may_be_voting_delegate",
    "may_enter_helen_putnam_award",
    "may_join_caucus",
    "may_join_department",
    "may_join_torch_program",
    "may_serve_on_board",
    "member_benefits",
    "policy_committee_paths",
    "price_category",
]


#: A check of one argument: its problems, at its path.
_Check = Callable[[str, object], list[Problem]]


def _is(*kinds: type) -> _Check:
    label = type_names(kinds)

    def check(path: str, value: object) -> list[Problem]:
        wrong = not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds)
        return [Problem(path, f"expected {label}, got {value!r}")] if wrong else []

    return check


def _name(path: str, value: object) -> list[Problem]:
    return [] if isinstance(value, str) and value.strip() else [Problem(path, f"expected a name, got {value!r}")]


def _each(kind: type, *, optional: bool = False) -> _Check:
    """A sequence (already listed by :func:`_listed`) of ``kind``; None too if ``optional``."""

    def check(path: str, value: object) -> list[Problem]:
        if value is None and optional:
            return []
        if not isinstance(value, list):
            return [Problem(path, f"expected a sequence of {kind.__name__}, got {value!r}")]
        return [
            Problem(
                f"{path}[{index}]", f"expected {'a non-blank ' if kind is str else ''}{kind.__name__}, got {item!r}"
            )
            for index, item in enumerate(value)
            if not isinstance(item, kind) or (isinstance(item, str) and not item.strip())
        ]

    return check


def _listed(value: object) -> object:
    """A sequence argument as a list (read once, so a generator is not spent); anything else as it is."""
    if value is None or isinstance(value, str | bytes) or not hasattr(value, "__iter__"):
        return value
    return list(value)


def _arguments(
    official: object, on: object, roll: object, *, official_may_be_none: bool = False, **more: tuple[object, _Check]
) -> None:
    """One InputError naming every bad argument (``more``: name -> (value, its check))."""
    _check_all(official, on, roll, more, official_may_be_none=official_may_be_none)


def _check_all(
    official: object,
    on: object,
    roll: object,
    more: dict[str, tuple[object, _Check]],
    *,
    official_may_be_none: bool = False,
) -> None:
    problems: list[Problem] = []
    if not (official is None and official_may_be_none):
        problems += _is(Official)("official", official)
    for name, (value, check) in more.items():
        problems += check(name, value)
    if not is_plain_date(on):
        problems.append(Problem("on", f"expected a date, got {on!r}"))
    problems += _is(MembershipRoll)("roll", roll)
    if not problems and isinstance(official, Official) and isinstance(roll, MembershipRoll):  # noqa: SIM102
        if roll.city(official.city) is None:
            problems.append(
                Problem("official.city", f"{official.city!r} is not on the roll (add every city asked about)")
            )
    if problems:
        raise InputError(problems)


def _unknown_bodies(kind: BodyKind, on: date, codes: dict[str, str]) -> None:
    """One InputError naming every code (by path) the registry of ``kind`` does not name on ``on``."""
    snapshot = registry(kind).as_of(on)
    known = [b.code for b in snapshot.bodies]
    unnamed = f"; {snapshot.unnamed} more are not named in the sources" if snapshot.unnamed else ""
    label = kind.value.replace("_", " ")
    problems = [
        Problem(path, f"{code!r} is not a {label} on {on}: expected one of {known}{unnamed}")
        for path, code in codes.items()
        if code not in known
    ]
    if problems:
        raise InputError(problems)


def _effect(ok: bool) -> Effect:
    return Effect.PASS if ok else Effect.FAIL


def _in_office(official: Official, on: date, source: Source) -> tuple[bool, Reason]:
    ok = official.holds_office_on(on)
    office = official.office.value.replace("_", " ")
    message = (
        f"{official.person} holds the office of {office} of {official.city} on {on}."
        if ok
        else f"{official.person}'s term as {office} of {official.city} ({official.term}) does not include {on}."
    )
    return ok, Reason.of("membership.official.in_office", message, effect=_effect(ok), source=source)


def _member_city(roll: MembershipRoll, city: str, on: date) -> tuple[bool, tuple[Reason, ...]]:
    status = member_status(roll, city, on=on)
    return status.outcome is MemberStatus.GOOD_STANDING, status.reasons


def _official_of_member_city(
    official: Official, on: date, roll: MembershipRoll, source: Source
) -> tuple[bool, list[Reason]]:
    in_office, office_reason = _in_office(official, on, source)
    member, member_reasons = _member_city(roll, official.city, on)
    return in_office and member, [office_reason, *member_reasons]


def _decide(question: str, reasons: list[Reason]) -> Decision[bool]:
    return Decision(question, not any(r.effect is Effect.FAIL for r in reasons), tuple(reasons))


def member_benefits(official: Official, *, on: date, roll: MembershipRoll) -> Decision[bool]:
    """Whether an official or staff member of a city has the benefits of membership on ``on``.

    They do when they hold their office that day and their city is a member in good standing.

    Args:
        official: The official or staff member (any :class:`~calcities_domain.organization.Office`).
        on: The day.
        roll: The cities and their membership histories.
    """
    _arguments(official, on, roll)
    _, reasons = _official_of_member_city(official, on, roll, OFFICIALS_TAKE_PART)
    return _decide(f"Does {official.person} have the benefits of Cal Cities membership on {on}?", reasons)


def price_category(person: Official | None, *, on: date, roll: MembershipRoll) -> Decision[PriceCategory]:
    """The registrant category of an event's prices: member city, non-member city, or other.

    ``person`` is None for someone who is not an official or staff member of a city.

    >>> from calcities_domain.organization import City
    >>> price_category(None, on=date(2024, 1, 1), roll=MembershipRoll((City("Danville"),), ())).outcome
    <PriceCategory.OTHER: 'other'>
    """
    question = f"Which price category applies on {on}?"
    _arguments(person, on, roll, official_may_be_none=True)
    if person is None:
        reason = Reason.of(
            "membership.price.other",
            "Not an official or staff member of a city: all others.",
            source=MEMBER_PRICES,
        )
        return Decision(question, PriceCategory.OTHER, (reason,))
    in_office, office_reason = _in_office(person, on, MEMBER_PRICES)
    if not in_office:
        other = Reason.of(
            "membership.price.other",
            f"{person.person} is not an official or staff member of a city on {on}: all others.",
            source=MEMBER_PRICES,
        )
        return Decision(question, PriceCategory.OTHER, (office_reason, other))
    member, member_reasons = _member_city(roll, person.city, on)
    category = PriceCategory.MEMBER_CITY if member else PriceCategory.NON_MEMBER_CITY
    label = "a member city" if member else "a city that is not a member in good standing"
    result = Reason.of(
        f"membership.price.{category.value}",
        f"{person.person} is an official or staff member of {label}: the {category.value.replace('_', '-')} price.",
        source=MEMBER_PRICES,
    )
    return Decision(question, category, (office_reason, *member_reasons, result))


def _department_reason(official: Official, department: str) -> tuple[bool, Reason]:
    mapping = DEPARTMENT_OF_OFFICE
    own = mapping.value.get(official.office)
    ok = own == department
    office = official.office.value.replace("_", " ")
    if ok:
        message = f"A {office} belongs to the {department} department."
    elif own is None:
        message = f"No department is known for a {office}: not the {department} department."
    else:
        message = f"A {office} belongs to the {own} department, not the {department} department."
    return ok, Reason.of("membership.department.office", message, effect=_effect(ok), source=mapping.source)


#: How the explanations name each seat type, with its article.
_SEAT_LABELS = {
    SeatType.AT_LARGE: "an at-large",
    SeatType.DIVISION: "a division",
    SeatType.DEPARTMENT: "a department",
    SeatType.CAUCUS: "a caucus",
    SeatType.LARGE_CITY: "a large-city",
    SeatType.NLC_DIRECTOR: "an NLC director",
    SeatType.NLC_ADVISOR: "an NLC advisor",
    SeatType.OFFICER: "an officer",
}


class _Seat:
    """The checks of one board seat's own rule, for one official on one day."""

    __slots__ = ("board", "city", "official", "on", "roll")

    def __init__(self, official: Official, on: date, roll: MembershipRoll, board: BoardComposition) -> None:
        self.official, self.on, self.roll, self.board = official, on, roll, board
        self.city = roll.city(official.city)

    def small_city(self) -> Reason:
        threshold = self.board.small_city_threshold
        small = is_small_city(self.city, on=self.on, threshold=threshold.value)
        population = None if self.city is None else self.city.population_on(self.on)
        known = "not known" if population is None else f"{population.count:,} ({population.as_of})"
        return Reason.of(
            "membership.board.small_city",
            f"The seat is for a city under {threshold.value:,}; {self.official.city}'s population is {known}.",
            effect=_effect(small is True),
            source=threshold.source,
            facts={"threshold": threshold.value},
        )

    def large_city(self, count: int) -> list[Reason]:
        """The city's rank among the member cities in good standing, by the latest known population."""
        source = next(s.source for s in self.board.seats if s.seat_type is SeatType.LARGE_CITY)
        members = member_cities(self.roll, self.on)
        ranked = largest_member_cities(self.roll.cities, members, on=self.on, count=len(members))
        unknown = sorted(members - set(ranked) - {self.official.city})
        name = self.official.city
        reasons: list[Reason] = []
        if name in ranked:
            rank = ranked.index(name) + 1
            facts = {"rank": rank, "ranked": len(ranked), "largest": ranked[:count]}
            if rank > count:
                message, ok = (
                    f"{name} ranks {rank} by population among the member cities: not one of the {count} most populous.",
                    False,
                )
            elif unknown:
                message, ok = (
                    f"{name} ranks {rank} among the member cities of known population, but "
                    + ("1 member city has" if len(unknown) == 1 else f"{len(unknown)} member cities have")
                    + f" no known population on {self.on} (first: {unknown[0]}): its rank cannot be told.",
                    False,
                )
            else:
                message, ok = (
                    f"{name} ranks {rank} by population: one of the {count} most populous member cities.",
                    True,
                )
            code = "membership.board.large_city" if ok or rank > count else "membership.board.large_city_unknown"
            reasons.append(Reason.of(code, message, effect=_effect(ok), source=source, facts=facts))
        elif name in members:
            reasons.append(
                Reason.of(
                    "membership.board.large_city_unknown",
                    f"{name}'s population on {self.on} is not known: its rank cannot be told.",
                    effect=Effect.FAIL,
                    source=source,
                )
            )
        else:
            reasons.append(
                Reason.of(
                    "membership.board.large_city",
                    f"{name} is not a member city in good standing: it is not ranked.",
                    effect=Effect.FAIL,
                    source=source,
                )
            )
        behind = sorted(
            c.name
            for c in self.roll.cities
            if member_status(self.roll, c.name, on=self.on).outcome is MemberStatus.NOT_IN_GOOD_STANDING
        )
        if behind:
            reasons.append(
                Reason.of(
                    "membership.board.large_city_standing",
                    f"Members not in good standing under the rule used are not ranked: {', '.join(behind)}.",
                    source=self.roll.standing.source,
                )
            )
        return reasons

    def division(self, body: str) -> Reason:
        division = None if self.city is None else self.city.division
        where = "not known" if division is None else repr(division)
        return Reason.of(
            "membership.board.division",
            f"The seat is the {body!r} division's; {self.official.city}'s division is {where}.",
            effect=_effect(division == body),
            source=BOARD_SERVICE,
        )

    def joined(self, kind: BodyKind, body: str, codes: object) -> Reason:
        """Membership of the seat's body, from the codes of the bodies the official belongs to (checked)."""
        ok = isinstance(codes, list) and body in codes
        return Reason.of(
            f"membership.board.{kind.value}",
            f"{self.official.person} is {'' if ok else 'not '}a member of the {body} {kind.value}.",
            effect=_effect(ok),
            source=BOARD_SERVICE,
        )


def _seat_arguments(
    seat_type: object, body: object, caucuses: object, departments: object, small_city_seat: object
) -> dict[str, tuple[object, _Check]]:
    """The checks of may_serve_on_board's seat arguments, by seat type."""
    checks: dict[str, tuple[object, _Check]] = {
        "seat_type": (seat_type, _is(SeatType)),
        "small_city_seat": (small_city_seat, _is(bool)),
        "caucuses": (caucuses, _each(str, optional=True)),
        "departments": (departments, _each(str, optional=True)),
    }
    if seat_type in (SeatType.DIVISION, SeatType.DEPARTMENT, SeatType.CAUCUS):
        checks["body"] = (body, _name)
    if seat_type is SeatType.CAUCUS and caucuses is None:
        checks["caucuses"] = (
            caucuses,
            lambda path, _: [Problem(path, "a caucus seat needs the caucuses the official belongs to")],
        )
    if seat_type is SeatType.OFFICER:
        checks["seat_type"] = (
            seat_type,
            lambda path, _: [Problem(path, "officers are elected by the board: ask may_be_officer")],
        )
    return checks


def may_serve_on_board(
    official: Official,
    seat_type: SeatType,
    *,
    on: date,
    roll: MembershipRoll,
    body: str | None = None,
    small_city_seat: bool = False,
    caucuses: Iterable[str] | None = None,
    departments: Iterable[str] | None = None,
) -> Decision[bool]:
    """Whether an official may be elected or appointed to a board seat of this type on ``on``.

    Every director must be an official of a member city at the time of election or
    appointment. Then, by seat type: an at-large seat reserved to a small city needs a
    city under the threshold in force; a large-city seat, one of the ten most populous
    member cities in good standing (every member city's population must be known to tell);
    a division seat, a city of that division; a department seat, an office of that
    department (by the department's name, inferred, unless ``departments`` gives the
    official's real departments); a caucus seat, membership of that caucus (``caucuses``:
    the caucuses the official has joined).

    Args:
        official: The candidate.
        seat_type: The seat. Officers are elected by the board: ask :func:`may_be_officer`.
        on: The day of the election or appointment.
        roll: The cities (with divisions and populations) and their membership histories.
        body: For a division, department or caucus seat, that body's code.
        small_city_seat: For an at-large seat, whether it is the seat reserved to a small city.
        caucuses: For a caucus seat, the codes of the caucuses the official belongs to.
        departments: For a department seat, the codes of the departments the official
            belongs to; by default, the department of their office (inferred).

    Raises:
        RuleNotInForce: before the first board composition the sources give (8 March 2013);
            for a department seat without ``departments``, before the sources list the
            departments (11 August 2021): give ``departments`` for earlier days.
        InputError: for every bad argument at once: an officer seat, a missing body, a
            caucus seat without ``caucuses``; then for a department (without
            ``departments``) or caucus the registry does not name. A division code is not
            checked against the registry (five division names are inferred), nor is a
            department code when ``departments`` is given (the tenth is not named): a city
            in another division, or an official outside the department, fails the seat's rule.
    """
    caucus_codes, department_codes = _listed(caucuses), _listed(departments)
    checks = _seat_arguments(seat_type, body, caucus_codes, department_codes, small_city_seat)
    _check_all(official, on, roll, checks)
    board = board_as_of(on)
    label = _SEAT_LABELS[seat_type]
    question = f"May {official.person} take {label} seat on the board on {on}?"
    seats = board.count(seat_type)
    if seats == 0:
        # The composition of the day says which seats there are, so it is what says there are none.
        reason = Reason.of(
            "membership.board.no_such_seat",
            f"The board has no {label.split(' ', 1)[1]} seats on {on}.",
            effect=Effect.FAIL,
            source=BOARD_COMPOSITIONS.entry_at(on).source,
        )
        return Decision(question, False, (reason,))
    if seat_type is SeatType.CAUCUS or (seat_type is SeatType.DEPARTMENT and department_codes is None):
        kind = BodyKind.CAUCUS if seat_type is SeatType.CAUCUS else BodyKind.DEPARTMENT
        _unknown_bodies(kind, on, {"body": str(body)})
    _, reasons = _official_of_member_city(official, on, roll, BOARD_SERVICE)
    seat = _Seat(official, on, roll, board)
    if seat_type is SeatType.AT_LARGE:
        if small_city_seat:
            reasons.append(seat.small_city())
    elif seat_type is SeatType.LARGE_CITY:
        reasons.extend(seat.large_city(seats or 0))
    elif seat_type is SeatType.DIVISION:
        reasons.append(seat.division(str(body)))
    elif seat_type is SeatType.DEPARTMENT:
        if department_codes is None:
            reasons.append(_department_reason(official, str(body))[1])
        else:
            reasons.append(seat.joined(BodyKind.DEPARTMENT, str(body), department_codes))
    elif seat_type is SeatType.CAUCUS:
        reasons.append(seat.joined(BodyKind.CAUCUS, str(body), caucus_codes))
    else:  # the seats of members of the National League of Cities' board
        reasons.append(
            Reason.of(
                "membership.board.nlc_unchecked",
                "The seat is for a member of the National League of Cities' board: not checked.",
                source=next(s.source for s in board.seats if s.seat_type is seat_type),
            )
        )
    return _decide(question, reasons)


def may_be_officer(
    official: Official,
    role: OfficerRole,
    *,
    on: date,
    roll: MembershipRoll,
    board_service: Iterable[DateRange],
    office_open: bool = False,
) -> Decision[bool]:
    """Whether an official may be elected to an office of the board on ``on``.

    An officer is a director, so an official of a member city; the Second Vice President
    must serve or have served on the board, and so must the First Vice President when
    that office is opened to applicants (see :func:`~calcities_domain.governance.officer_eligibility`).
    No one is elected Immediate Past President: the office falls to the outgoing President.
    """
    service = _listed(board_service)
    _arguments(
        official,
        on,
        roll,
        role=(role, _is(OfficerRole)),
        board_service=(service, _each(DateRange)),
        office_open=(office_open, _is(bool)),
    )
    _, reasons = _official_of_member_city(official, on, roll, BOARD_SERVICE)
    if role is OfficerRole.IMMEDIATE_PAST_PRESIDENT:
        reasons.append(
            Reason.of(
                "membership.officer.not_elected",
                "The Immediate Past President is not elected: the office falls to the outgoing President.",
                effect=Effect.FAIL,
                source=IMMEDIATE_PAST_PRESIDENT,
            )
        )
        return _decide(f"May {official.person} be elected immediate past president on {on}?", reasons)
    governance = officer_eligibility(role, service, on=on, office_open=office_open)  # type: ignore[arg-type]
    return _decide(governance.question.replace("the candidate", official.person), [*reasons, *governance.reasons])


def may_be_voting_delegate(official: Official, city: str, *, on: date, roll: MembershipRoll) -> Decision[bool]:
    """Whether an official may be designated ``city``'s voting delegate or alternate at the General Assembly on ``on``.

    Any official of that member city may be, elected or appointed. The designation itself
    (by council action, registered for the conference) is checked by
    :func:`~calcities_domain.governance.check_designation`.
    """
    _arguments(official, on, roll, city=(city, _name))
    if roll.city(city) is None:
        raise fail("city", f"{city!r} is not on the roll (add every city asked about)")
    same = official.city == city
    reasons = [
        Reason.of(
            "membership.delegate.city",
            f"{official.person} is an official of {official.city}" + ("." if same else f", not of {city}."),
            effect=_effect(same),
            source=S23,
        ),
        _in_office(official, on, S23)[1],
        *_member_city(roll, city, on)[1],
        Reason.of(
            "membership.delegate.elected_or_appointed",
            f"The office is held by {'election' if official.elected else 'appointment'}; either may be designated.",
            source=S23,
            facts={"elected": official.elected},
        ),
        Reason.of(
            "membership.delegate.designation",
            "The city council must also designate the delegate, who must be registered for the annual conference.",
            source=S23,
        ),
    ]
    return _decide(f"May {official.person} be {city}'s voting delegate or alternate on {on}?", reasons)


def may_join_department(official: Official, department: str, *, on: date, roll: MembershipRoll) -> Decision[bool]:
    """Whether an official may be a member of a municipal department on ``on``.

    Departments are professional societies of the officials of member cities whose office
    they are named for (the City Attorneys Department for city attorneys and their
    deputies, and so on): the mapping of offices is inferred from the names.

    Raises:
        InputError: for bad arguments, or a department the sources do not name on ``on``.
        RuleNotInForce: before the sources list the departments (11 August 2021).
    """
    _arguments(official, on, roll, department=(department, _name))
    _unknown_bodies(BodyKind.DEPARTMENT, on, {"department": department})
    _, reasons = _official_of_member_city(official, on, roll, OFFICIALS_TAKE_PART)
    reasons.append(_department_reason(official, department)[1])
    return _decide(f"May {official.person} be a member of the {department} department on {on}?", reasons)


def may_join_caucus(official: Official, caucus: str, *, on: date, roll: MembershipRoll) -> Decision[bool]:
    """Whether an official may join a diversity caucus on ``on``: caucuses are open to all Cal Cities members.

    Raises:
        InputError: for bad arguments, or a caucus the registry does not list on ``on``.
        RuleNotInForce: before the sources list the caucuses (29 September 2021).
    """
    _arguments(official, on, roll, caucus=(caucus, _name))
    _unknown_bodies(BodyKind.CAUCUS, on, {"caucus": caucus})
    _, reasons = _official_of_member_city(official, on, roll, OFFICIALS_TAKE_PART)
    reasons.append(
        Reason.of(
            "membership.caucus.open", "Caucus membership is open to all Cal Cities members.", source=OFFICIALS_TAKE_PART
        )
    )
    return _decide(f"May {official.person} join the {caucus} caucus on {on}?", reasons)


def _path(kind: PathKind, body: str | None) -> AppointmentPath:
    cited = POLICY_COMMITTEE_APPOINTMENTS[kind]
    seats, bound = cited.value
    return AppointmentPath(kind, body, seats, bound, cited.source)


def policy_committee_paths(
    official: Official, *, on: date, roll: MembershipRoll, caucuses: Iterable[str] = ()
) -> Decision[tuple[AppointmentPath, ...]]:
    """The ways an official may be appointed to a policy committee on ``on``.

    Each division appoints 2 members to every committee, each department at least 1, each
    caucus 1, and the President up to 16. An official of a member city may be appointed
    by their city's division, by the department of their office (inferred from its name),
    by a caucus they belong to (``caucuses``), and by the President. An official of a
    city that is not a member in good standing has no path.

    Raises:
        RuleNotInForce: before the sources list the policy committees (2013), or the
            caucuses (29 September 2021) when ``caucuses`` names any.
        InputError: for bad arguments, or caucuses the registry does not list on ``on``.
    """
    joined = _listed(caucuses)
    _arguments(official, on, roll, caucuses=(joined, _each(str)))
    codes: list[str] = joined  # type: ignore[assignment]
    if codes:
        _unknown_bodies(BodyKind.CAUCUS, on, {f"caucuses[{i}]": c for i, c in enumerate(codes)})
    committees = registry(BodyKind.POLICY_COMMITTEE).as_of(on)
    question = f"How may {official.person} be appointed to a policy committee on {on}?"
    ok, reasons = _official_of_member_city(official, on, roll, OFFICIALS_TAKE_PART)
    reasons.append(
        Reason.of(
            "membership.committee.committees",
            f"There are {len(committees.bodies)} policy committees on {on}.",
            source=committees.count_source,
            facts={"committees": committees.names()},
        )
    )
    if not ok:
        return Decision(question, (), tuple(reasons))
    paths: list[AppointmentPath] = []
    city = roll.city(official.city)
    if city is not None and city.division is not None:
        paths.append(_path(PathKind.DIVISION, city.division))
    department = DEPARTMENT_OF_OFFICE.value.get(official.office)
    if department is not None:
        paths.append(_path(PathKind.DEPARTMENT, department))
        reasons.append(_department_reason(official, department)[1])
    paths.extend(_path(PathKind.CAUCUS, code) for code in sorted(set(codes)))
    paths.append(_path(PathKind.PRESIDENT, None))
    reasons.extend(
        Reason.of(
            f"membership.committee.{path.kind.value}",
            f"May be appointed by {path}.",
            effect=Effect.PASS,
            source=path.source,
        )
        for path in paths
    )
    if city is None or city.division is None:
        reasons.append(
            Reason.of(
                "membership.committee.no_division",
                f"{official.city}'s division is not known: the division path is not listed.",
            )
        )
    return Decision(question, tuple(paths), tuple(reasons))


def _torch_audience(official: Official) -> Reason:
    office = official.office.value.replace("_", " ")
    if official.office.is_council_seat:
        return Reason.of(
            "membership.torch.audience",
            f"The Torch Program is for mayors and council members; a {office} is one.",
            effect=Effect.PASS,
            source=TORCH_AUDIENCE,
        )
    if official.elected:
        return Reason.of(
            "membership.torch.other_elected",
            f"The Torch Program is for mayors and council members; an elected {office} is not one.",
            effect=Effect.FAIL,
            source=TORCH_OTHER_ELECTED,
        )
    return Reason.of(
        "membership.torch.staff",
        f"The Torch Program is for mayors and council members; a {office} is city staff.",
        effect=Effect.FAIL,
        source=TORCH_STAFF,
    )


def may_join_torch_program(official: Official, *, on: date, roll: MembershipRoll) -> Decision[bool]:
    """Whether an official may take part in the Torch Program on ``on``.

    The program is for mayors and council members (confirmed). That city staff and other
    elected officials may not take part, and that the official's city must be a member,
    are readings of the sources, marked inferred in the explanation.

    >>> from calcities_domain.organization import City, Office
    >>> from calcities_domain.membership import MembershipHistory
    >>> from calcities_domain.kernel import DateRange
    >>> roll = MembershipRoll((City("Danville"),), (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),))
    >>> clerk = Official("Lee Park", "Danville", Office.CITY_CLERK, False, date(2020, 1, 6))
    >>> print(may_join_torch_program(clerk, on=date(2025, 1, 1), roll=roll).failures[0].message)
    The Torch Program is for mayors and council members; a city clerk is city staff.
    """
    _arguments(official, on, roll)
    _, office_reason = _in_office(official, on, TORCH_AUDIENCE)
    member, member_reasons = _member_city(roll, official.city, on)
    city_reason = Reason.of(
        "membership.torch.member_city",
        f"The program is for the officials of member cities; {official.city} is "
        f"{'' if member else 'not '}a member in good standing.",
        effect=_effect(member),
        source=TORCH_MEMBER_CITY,
    )
    reasons = [office_reason, _torch_audience(official), *member_reasons, city_reason]
    return _decide(f"May {official.person} take part in the Torch Program on {on}?", reasons)


def _year_of_implementation(entry: HelenPutnamEntry, on: date) -> Reason:
    months = HELEN_PUTNAM_MIN_MONTHS
    try:
        year_on: date | None = add_months(entry.program_started, months.value, policy=MonthEndPolicy.CLAMP)
    except InputError:  # a start in the last year of the calendar: its year never completes
        year_on = None
    ran = year_on is not None and year_on <= on
    if ran:
        tail = f"it completed a year of implementation on {year_on}."
    elif year_on is None:
        tail = "its year of implementation would end after the year 9999."
    else:
        tail = f"it completes its year only on {year_on}."
    return Reason.of(
        "membership.helen_putnam.implementation",
        f"The program started on {entry.program_started}: {tail}",
        effect=_effect(ran),
        source=months.source,
        facts={"program_started": entry.program_started, "one_year_on": "never" if year_on is None else year_on},
    )


def may_enter_helen_putnam_award(
    entry: HelenPutnamEntry,
    *,
    on: date,
    roll: MembershipRoll,
    other_entries: Iterable[HelenPutnamEntry] = (),
) -> Decision[bool]:
    """Whether an entry may be made for the Helen Putnam Award for Excellence on ``on`` (the day of application).

    Any member city, or group of California cities (a division included), may enter a
    program with at least one year of implementation; one entry per category per city.

    Args:
        entry: The entry.
        on: The day of the application.
        roll: The cities and their membership histories; every city entering must be on it.
        other_entries: The other entries of the same year, to check one entry per category per
            city (an entry equal to ``entry`` is taken to be ``entry`` itself).

    Raises:
        InputError: for bad arguments, or a city entering that is not on the roll (path
            ``entry.applicants[i]``).
    """
    others = _listed(other_entries)
    _arguments(
        None,
        on,
        roll,
        official_may_be_none=True,
        entry=(entry, _is(HelenPutnamEntry)),
        other_entries=(others, _each(HelenPutnamEntry)),
    )
    missing = [
        Problem(f"entry.applicants[{i}]", f"{name!r} is not on the roll (add every city asked about)")
        for i, name in enumerate(entry.applicants)
        if roll.city(name) is None
    ]
    if missing:
        raise InputError(missing)
    reasons: list[Reason] = []
    if entry.division is not None:
        reasons.append(
            Reason.of(
                "membership.helen_putnam.division",
                f"The {entry.division} division enters: a division may.",
                effect=Effect.PASS,
                source=HELEN_PUTNAM,
            )
        )
    elif len(entry.applicants) == 1:
        (name,) = entry.applicants
        member, member_reasons = _member_city(roll, name, on)
        reasons.extend(member_reasons)
        reasons.append(
            Reason.of(
                "membership.helen_putnam.member_city",
                f"A city entering alone must be a member city; {name} is {'' if member else 'not '}a member in "
                "good standing.",
                effect=_effect(member),
                source=HELEN_PUTNAM,
            )
        )
    else:
        reasons.append(
            Reason.of(
                "membership.helen_putnam.group",
                f"A group of California cities enters ({', '.join(entry.applicants)}); each need not be a member.",
                effect=Effect.PASS,
                source=HELEN_PUTNAM_GROUPS,
            )
        )
    reasons.append(_year_of_implementation(entry, on))
    # An entry equal to this one is this entry (passed among all the year's entries, or read back from JSON).
    listed: list[HelenPutnamEntry] = others  # type: ignore[assignment]
    shared = sorted(
        {
            city
            for other in listed
            if other != entry and other.category == entry.category
            for city in set(entry.applicants) & set(other.applicants)
        }
    )
    if shared:
        reasons.append(
            Reason.of(
                "membership.helen_putnam.one_per_category",
                f"{', '.join(shared)} already entered the {entry.category!r} category: one entry per category "
                "per city.",
                effect=Effect.FAIL,
                source=HELEN_PUTNAM,
                facts={"cities": tuple(shared)},
            )
        )
    who = entry.division or " and ".join(entry.applicants)
    return _decide(f"May {who} enter the Helen Putnam Award ({entry.category}) on {on}?", reasons)
