"""Questions about every city at once, answered as tables of plain data.

Who is a member on a day, who lapsed between two days, and how many members each
division has. Each answer is a :class:`~calcities_domain.kernel.Table`:
``pandas.DataFrame(table.to_rows())`` makes a data frame of it, without the library
depending on pandas. Each row agrees with :func:`~calcities_domain.membership.member_status`,
which explains one city's answer. A table's ``sources`` and ``assumptions()`` name what
its rows rest on: the good-standing columns use the roll's
:class:`~calcities_domain.membership.StandingRule` (assumed by default).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date

import attrs

from calcities_domain.kernel import InputError, Problem, Table
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    non_negative,
    optional,
    optional_plain_date,
    plain_date,
    text,
    validate,
)
from calcities_domain.membership.cal_cities import MEMBERS_ARE_CITIES, NOT_RECORDED
from calcities_domain.membership.models import MembershipRoll, MemberStatus
from calcities_domain.membership.standing import member_status

__all__ = [
    "DivisionCount",
    "LapseRow",
    "StatusRow",
    "counts_by_division",
    "lapsed_between",
    "members_on",
    "statuses_on",
]


@attrs.frozen
class StatusRow:
    """One city's membership status on a day.

    Attributes:
        city: The city.
        division: Its division, if known.
        status: Its status.
        member: Whether it is a member (in good standing or not).
        good_standing: Whether it is a member in good standing.
        member_since: The first day of its continuous membership, if a member.
        dues_unpaid_since: The first unpaid day of its dues, if dues are recorded and unpaid.
    """

    city: str = attrs.field(metadata=checked(text))
    division: str | None = attrs.field(metadata=checked(optional(text)))
    status: MemberStatus = attrs.field(metadata=checked(instance(MemberStatus)))
    member: bool = attrs.field(metadata=checked(instance(bool)))
    good_standing: bool = attrs.field(metadata=checked(instance(bool)))
    member_since: date | None = attrs.field(metadata=checked(optional_plain_date))
    dues_unpaid_since: date | None = attrs.field(metadata=checked(optional_plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"city", "division"})

    def _across(self) -> list[Problem]:
        problems = []
        if self.member is not self.status.is_member:
            problems.append(Problem("member", f"must be {self.status.is_member} for the status {self.status.value}"))
        if self.good_standing is not (self.status is MemberStatus.GOOD_STANDING):
            problems.append(Problem("good_standing", f"does not agree with the status {self.status.value}"))
        if (self.member_since is None) is self.member:
            problems.append(Problem("member_since", "is given exactly when the city is a member"))
        if self.dues_unpaid_since is not None and not self.member:
            problems.append(Problem("dues_unpaid_since", "only a member has unpaid dues"))
        return problems


@attrs.frozen
class LapseRow:
    """A city whose membership lapsed.

    Attributes:
        city: The city.
        division: Its division, if known.
        member_through: The last day of the membership that lapsed.
        lapsed_on: The first day it was no longer a member.
        rejoined_on: The day it became a member again, if it has.
    """

    city: str = attrs.field(metadata=checked(text))
    division: str | None = attrs.field(metadata=checked(optional(text)))
    member_through: date = attrs.field(metadata=checked(plain_date))
    lapsed_on: date = attrs.field(metadata=checked(plain_date))
    rejoined_on: date | None = attrs.field(metadata=checked(optional_plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class DivisionCount:
    """The cities of one division on a day, by membership.

    Attributes:
        division: The division's code; None for the cities whose division is not known.
        cities: The cities of the division on the roll.
        members: The members among them (in good standing or not).
        good_standing: The members in good standing.
        not_members: The cities that are not members.
    """

    division: str | None = attrs.field(metadata=checked(optional(text)))
    cities: int = attrs.field(metadata=checked(non_negative))
    members: int = attrs.field(metadata=checked(non_negative))
    good_standing: int = attrs.field(metadata=checked(non_negative))
    not_members: int = attrs.field(metadata=checked(non_negative))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across, independent={"division"})

    def _across(self) -> list[Problem]:
        problems = []
        if self.members + self.not_members != self.cities:
            problems.append(Problem("cities", f"{self.cities} is not members + not_members"))
        if self.good_standing > self.members:
            problems.append(Problem("good_standing", f"{self.good_standing} is more than the members, {self.members}"))
        return problems


def _arguments(roll: object, **days: object) -> None:
    # One error naming every bad argument.
    problems = [] if isinstance(roll, MembershipRoll) else [Problem("roll", f"expected a MembershipRoll, got {roll!r}")]
    problems += [Problem(name, f"expected a date, got {day!r}") for name, day in days.items() if not is_plain_date(day)]
    if problems:
        raise InputError(problems)


def statuses_on(roll: MembershipRoll, on: date) -> Table[StatusRow]:
    """Every city on the roll with its membership status on ``on``, in the roll's order."""
    _arguments(roll, on=on)
    rows = []
    for city in roll.cities:
        status = member_status(roll, city.name, on=on).outcome
        history = roll.history(city.name)
        term = None if history is None else history.continuous_term_on(on)
        unpaid = None if history is None else history.first_unpaid_day(on)
        rows.append(
            StatusRow(
                city=city.name,
                division=city.division,
                status=status,
                member=status.is_member,
                good_standing=status is MemberStatus.GOOD_STANDING,
                member_since=None if term is None else term.start,
                dues_unpaid_since=unpaid,
            )
        )
    return Table.of(StatusRow, rows, sources=(MEMBERS_ARE_CITIES, roll.standing.source, NOT_RECORDED))


def members_on(roll: MembershipRoll, on: date) -> Table[StatusRow]:
    """The cities that are members on ``on`` (in good standing or not; see the ``good_standing`` column).

    >>> from calcities_domain.kernel import DateRange
    >>> from calcities_domain.organization import City
    >>> from calcities_domain.membership import MembershipHistory
    >>> roll = MembershipRoll((City("Danville"), City("Orange")),
    ...                       (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),))
    >>> [row["city"] for row in members_on(roll, date(2024, 1, 1)).to_rows()]
    ['Danville']
    """
    table = statuses_on(roll, on)
    return Table.of(StatusRow, (row for row in table if row.member), sources=table.sources)


def lapsed_between(roll: MembershipRoll, start: date, end: date) -> Table[LapseRow]:
    """The cities whose membership lapsed from ``start`` through ``end``: the first day without membership in the range.

    A term followed directly by another (they touch) is one membership and no lapse. The
    rows are in the order of the lapses, then of the cities' names.

    Raises:
        InputError: if ``end`` is before ``start``.
    """
    _arguments(roll, start=start, end=end)
    if end < start:
        raise fail("end", f"{end} is before start ({start})")
    rows = []
    for history in roll.histories:
        city = roll.city(history.city)
        for lapsed in history.lapses():
            if not start <= lapsed <= end:
                continue
            later = [term.start for term in history.terms if term.start > lapsed]
            rows.append(
                LapseRow(
                    city=history.city,
                    division=None if city is None else city.division,
                    member_through=date.fromordinal(lapsed.toordinal() - 1),
                    lapsed_on=lapsed,
                    rejoined_on=min(later) if later else None,
                )
            )
    rows.sort(key=lambda row: (row.lapsed_on, row.city))
    return Table.of(LapseRow, rows, sources=(MEMBERS_ARE_CITIES,))


def counts_by_division(roll: MembershipRoll, on: date) -> Table[DivisionCount]:
    """How many cities of each division are members on ``on``, by division code (unknown division last)."""
    statuses = statuses_on(roll, on)
    tallies: dict[str | None, list[int]] = {}
    for row in statuses:
        tally = tallies.setdefault(row.division, [0, 0, 0, 0])
        tally[0] += 1
        tally[1] += row.member
        tally[2] += row.good_standing
        tally[3] += not row.member
    order = sorted(tallies, key=lambda division: (division is None, division or ""))
    return Table.of(DivisionCount, (DivisionCount(d, *tallies[d]) for d in order), sources=statuses.sources)
