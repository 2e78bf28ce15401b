"""Who is who: cities, their populations, offices and the officials who hold them.

Frozen attrs models that check every field and report every problem at once. They hold
facts only; membership and governance rules read them.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from calcities_domain.kernel import DateRange, Problem
from calcities_domain.kernel._checks import (
    checked,
    fail,
    instance,
    is_plain_date,
    non_negative,
    optional,
    plain_date,
    text,
    tuple_of,
    validate,
)

__all__ = ["City", "Office", "Official", "Population"]


class Office(enum.Enum):
    """The offices of a city that the league's rules speak of.

    Attributes:
        MAYOR: the mayor (elected directly or chosen by the council).
        COUNCIL_MEMBER: a member of the city council.
        CITY_MANAGER: the city manager (or administrator).
        ASSISTANT_CITY_MANAGER: an assistant or deputy city manager.
        CITY_ATTORNEY: the city attorney.
        DEPUTY_CITY_ATTORNEY: a deputy or assistant city attorney.
        CITY_CLERK: the city clerk.
        FINANCE_DIRECTOR: the finance director or fiscal officer.
        FIRE_CHIEF: the fire chief.
        POLICE_CHIEF: the police chief.
        PUBLIC_WORKS_DIRECTOR: the public works director.
        PLANNING_DIRECTOR: the planning or community development director.
        HUMAN_RESOURCES_DIRECTOR: the personnel or human resources director.
        OTHER_STAFF: any other city official or employee.
    """

    MAYOR = "mayor"
    COUNCIL_MEMBER = "council_member"
    CITY_MANAGER = "city_manager"
    ASSISTANT_CITY_MANAGER = "assistant_city_manager"
    CITY_ATTORNEY = "city_attorney"
    DEPUTY_CITY_ATTORNEY = "deputy_city_attorney"
    CITY_CLERK = "city_clerk"
    FINANCE_DIRECTOR = "finance_director"
    FIRE_CHIEF = "fire_chief"
    POLICE_CHIEF = "police_chief"
    PUBLIC_WORKS_DIRECTOR = "public_works_director"
    PLANNING_DIRECTOR = "planning_director"
    HUMAN_RESOURCES_DIRECTOR = "human_resources_director"
    OTHER_STAFF = "other_staff"

    @property
    def is_council_seat(self) -> bool:
        """Whether the office is a seat on the city council (mayor or council member)."""
        return self in (Office.MAYOR, Office.COUNCIL_MEMBER)


@attrs.frozen
class Population:
    """A population count and the day it describes.

    Attributes:
        count: The number of residents.
        as_of: The day the count describes (an estimate's reference day).
    """

    count: int = attrs.field(metadata=checked(non_negative))
    as_of: date = attrs.field(metadata=checked(plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self)


@attrs.frozen
class City:
    """An incorporated California city.

    Attributes:
        name: The city's name (``"Danville"``); unique among cities, it identifies them.
        incorporated_on: The day of incorporation, if known.
        populations: Population counts in date order, one per day at most.
        division: The code of the regional division the city belongs to, if known.

    >>> city = City("Danville", populations=(Population(43_582, date(2024, 1, 1)),))
    >>> city.population_on(date(2025, 6, 1)).count
    43582
    """

    name: str = attrs.field(metadata=checked(text))
    incorporated_on: date | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(plain_date)))
    populations: tuple[Population, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(Population)))
    division: str | None = attrs.field(default=None, kw_only=True, metadata=checked(optional(text)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        for index in range(1, len(self.populations)):
            if self.populations[index].as_of <= self.populations[index - 1].as_of:
                problems.append(
                    Problem(f"populations[{index}].as_of", "population counts must be in date order, one per day")
                )
        return problems

    def population_on(self, day: date) -> Population | None:
        """The latest population count describing a day on or before ``day`` (None if none does)."""
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        known = [p for p in self.populations if p.as_of <= day]
        return known[-1] if known else None


@attrs.frozen
class Official:
    """A person holding an office of a city for a term.

    Attributes:
        person: The person's name or identifier.
        city: The city's name.
        office: The office held.
        elected: Whether the office is held by election (else by appointment or hire).
        term_start: The first day of the term.
        term_end: The last day of the term, or None if it runs on.

    >>> official = Official("Ana Ruiz", "Danville", Office.COUNCIL_MEMBER, True, date(2022, 12, 13))
    >>> official.holds_office_on(date(2024, 1, 1))
    True
    """

    person: str = attrs.field(metadata=checked(text))
    city: str = attrs.field(metadata=checked(text))
    office: Office = attrs.field(metadata=checked(instance(Office)))
    elected: bool = attrs.field(metadata=checked(instance(bool)))
    term_start: date = attrs.field(metadata=checked(plain_date))
    term_end: date | None = attrs.field(default=None, metadata=checked(optional(plain_date)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        if self.term_end is not None and self.term_end < self.term_start:
            return [Problem("term_end", f"{self.term_end} is before the start of the term, {self.term_start}")]
        return []

    @property
    def term(self) -> DateRange:
        """The days of the term."""
        return DateRange(self.term_start, self.term_end)

    def holds_office_on(self, day: date) -> bool:
        """Whether the term includes ``day``."""
        if not is_plain_date(day):
            raise fail("day", f"expected a date, got {day!r}")
        return day in self.term
