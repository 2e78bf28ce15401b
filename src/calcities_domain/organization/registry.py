"""Registries of the league's bodies, as dated, cited data.

A :class:`Registry` holds the bodies of one kind (the regional divisions, the municipal
departments, the diversity caucuses, the policy committees, other groups), each with the
days it exists and its source, and the official count of that kind where a source
publishes it. Where the sources name fewer bodies than the official count, the registry
says so (:attr:`RegistrySnapshot.unnamed`) rather than invent names; a caller who knows
the list supplies it with :meth:`Registry.with_bodies`.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from datetime import date, timedelta

import attrs

from calcities_domain.kernel import DateRange, Problem, RuleNotInForce, Source, Timeline
from calcities_domain.kernel._checks import (
    checked,
    code,
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

__all__ = ["Body", "BodyKind", "Registry", "RegistrySnapshot"]


class BodyKind(enum.Enum):
    """The kinds of body in the league.

    Attributes:
        DIVISION: a regional division.
        DEPARTMENT: a municipal (professional) department.
        CAUCUS: a diversity caucus.
        POLICY_COMMITTEE: a policy committee.
        GROUP: another group (the Coastal Cities Group, the Rural City Information Exchange).
    """

    DIVISION = "division"
    DEPARTMENT = "department"
    CAUCUS = "caucus"
    POLICY_COMMITTEE = "policy_committee"
    GROUP = "group"


@attrs.frozen
class Body:
    """One body: a division, a department, a caucus, a committee or a group.

    Attributes:
        code: A stable identifier (``"los_angeles_county"``).
        name: Its name.
        kind: What kind of body it is.
        in_force: The days it exists, as far as the sources say.
        source: Who says so, and how sure we are (an inferred name is marked so).
    """

    code: str = attrs.field(metadata=checked(code))
    name: str = attrs.field(metadata=checked(text))
    kind: BodyKind = attrs.field(metadata=checked(instance(BodyKind)))
    in_force: DateRange = attrs.field(metadata=checked(instance(DateRange)))
    source: Source = attrs.field(metadata=checked(instance(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class RegistrySnapshot:
    """A registry as of one day.

    Attributes:
        kind: The kind of body.
        on: The day.
        bodies: The bodies that exist that day, by code.
        official_count: The published count in force that day, if one is known.
        count_source: Its source.
    """

    kind: BodyKind = attrs.field(metadata=checked(instance(BodyKind)))
    on: date = attrs.field(metadata=checked(plain_date))
    bodies: tuple[Body, ...] = attrs.field(metadata=checked(tuple_of(Body)))
    official_count: int | None = attrs.field(metadata=checked(optional(non_negative)))
    count_source: Source | None = attrs.field(metadata=checked(optional(instance(Source))))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @property
    def unnamed(self) -> int:
        """How many bodies the official count has that the sources do not name (0 if the count is unknown)."""
        if self.official_count is None:
            return 0
        return max(0, self.official_count - len(self.bodies))

    @property
    def unconfirmed(self) -> tuple[Body, ...]:
        """The bodies whose source is not confirmed (a name inferred, for instance)."""
        return tuple(b for b in self.bodies if not b.source.is_confirmed)

    def names(self) -> tuple[str, ...]:
        """The names of the bodies, in code order."""
        return tuple(b.name for b in self.bodies)


def _bodies(instance_: object, attribute: attrs.Attribute[object], value: object) -> None:
    tuple_of(Body)(instance_, attribute, value)
    codes = [b.code for b in value]  # type: ignore[attr-defined]
    for index, body_code in enumerate(codes):
        if codes.index(body_code) != index:
            raise fail(f"{attribute.name}[{index}].code", f"{body_code!r} is listed twice")


@attrs.frozen
class Registry:
    """The bodies of one kind, dated and cited, with their published count.

    Attributes:
        kind: The kind of body.
        description: What the registry holds, in words.
        bodies: Every body known, with the days it exists.
        names_cover: The days on which the list of names is vouched for; before or after,
            :meth:`as_of` raises :class:`~calcities_domain.kernel.RuleNotInForce`.
        count: The published count of bodies of this kind, by date, where known.

    Raises:
        InputError: if a body is of another kind or listed twice, or if on a day the
            names cover the registry names more bodies than the published count.
    """

    kind: BodyKind = attrs.field(metadata=checked(instance(BodyKind)))
    description: str = attrs.field(metadata=checked(text))
    bodies: tuple[Body, ...] = attrs.field(metadata=checked(_bodies))
    names_cover: DateRange = attrs.field(metadata=checked(instance(DateRange)))
    count: Timeline[int] | None = attrs.field(default=None, metadata=checked(optional(instance(Timeline))))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems = [
            Problem(f"bodies[{index}].kind", f"is {body.kind.value}, not {self.kind.value}")
            for index, body in enumerate(self.bodies)
            if body.kind is not self.kind
        ]
        if self.count is not None and not problems:
            for entry in self.count:
                value: object = entry.value  # a Timeline holds anything: check it is a count
                if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                    problems.append(Problem("count", f"counts are whole numbers, got {entry.value!r}"))
                    continue
                for day in _change_days(self, entry.in_force):
                    named = len(self._in_force(day))
                    if day in self.names_cover and named > value:
                        problems.append(
                            Problem("bodies", f"{named} bodies exist on {day}, more than the published {entry.value}")
                        )
        return problems

    def _in_force(self, day: date) -> tuple[Body, ...]:
        return tuple(sorted((b for b in self.bodies if day in b.in_force), key=lambda b: b.code))

    def as_of(self, day: date) -> RegistrySnapshot:
        """The bodies that exist on ``day``, with the published count in force that day.

        Raises:
            RuleNotInForce: if the sources do not vouch for the list of names on that day.
            InputError: if ``day`` is not a date.
        """
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        if day not in self.names_cover:
            raise RuleNotInForce(
                f"organization.{_plural(self.kind)}",
                day,
                (str(self.names_cover),),
                f"the sources do not list the {_plural(self.kind).replace('_', ' ')} on that day",
            )
        entry = None
        if self.count is not None and self.count.is_in_force(day):
            entry = self.count.entry_at(day)
        return RegistrySnapshot(
            kind=self.kind,
            on=day,
            bodies=self._in_force(day),
            official_count=None if entry is None else entry.value,
            count_source=None if entry is None else entry.source,
        )

    def count_on(self, day: date) -> int:
        """The published count of bodies on ``day``.

        Raises:
            RuleNotInForce: if no count is published for that day.
            InputError: if ``day`` is not a date.
        """
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        if self.count is None:
            raise RuleNotInForce(f"organization.{_plural(self.kind)}.count", day, (), "no count is published")
        return self.count.at(day)

    def get(self, body_code: str) -> Body | None:
        """The body with ``body_code``, whatever its dates (None if unknown)."""
        for body in self.bodies:
            if body.code == body_code:
                return body
        return None

    def with_bodies(self, bodies: Iterable[Body], *, names_cover: DateRange | None = None) -> Registry:
        """A copy with a caller's own list of bodies (the confirmed list, for instance).

        Raises:
            InputError: as the constructor.
        """
        return attrs.evolve(
            self,
            bodies=tuple(iterable("bodies", bodies)),
            names_cover=self.names_cover if names_cover is None else names_cover,
        )


def _plural(kind: BodyKind) -> str:
    """The kind in the plural, as the rules name it (``caucuses``, ``policy_committees``)."""
    return "caucuses" if kind is BodyKind.CAUCUS else f"{kind.value}s"


def _change_days(registry: Registry, days: DateRange) -> list[date]:
    """The days inside ``days`` on which the set of bodies may change: enough to check every day."""
    # The day the names start to be vouched for is one too: the bodies named before it
    # were never checked against the count.
    candidates = {days.start, registry.names_cover.start}
    for body in registry.bodies:
        candidates.add(body.in_force.start)
        if body.in_force.end is not None and body.in_force.end < date.max:
            candidates.add(body.in_force.end + timedelta(days=1))
    return sorted(d for d in candidates if d in days)
