"""What a board seat asks of its holder's city: the small-city and large-city rules.

Shared by the roster check (:func:`~calcities_domain.governance.check_roster`) and the
eligibility of one official (:func:`calcities_domain.membership.may_serve_on_board`).

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from calcities_domain.kernel import InputError, Problem
from calcities_domain.kernel._checks import fail, is_plain_date, iterable
from calcities_domain.organization import City

__all__ = ["is_small_city", "largest_member_cities"]


def largest_member_cities(
    cities: Iterable[City], member_cities: Iterable[str], *, on: date, count: int
) -> tuple[str, ...]:
    """The ``count`` most populous member cities on ``on``, largest first, by the latest known population.

    Cities whose population is not known on that day are left out; a tie at the last
    place is broken by name (the sources give no tie rule).

    >>> from calcities_domain.organization import Population
    >>> big = City("Big", populations=(Population(900, date(2024, 1, 1)),))
    >>> small = City("Small", populations=(Population(10, date(2024, 1, 1)),))
    >>> largest_member_cities([small, big], ["Big", "Small"], on=date(2024, 6, 1), count=1)
    ('Big',)
    """
    problems = [] if is_plain_date(on) else [Problem("on", f"expected a date, got {on!r}")]
    seats: object = count  # checked at run time: untyped callers pass anything
    if not isinstance(seats, int) or isinstance(seats, bool) or seats < 0:
        problems.append(Problem("count", f"expected a whole number of seats, got {count!r}"))
    if problems:
        raise InputError(problems)
    names: list[object] = iterable("member_cities", member_cities)
    for index, name in enumerate(names):
        if not isinstance(name, str):
            raise fail(f"member_cities[{index}]", f"expected a city's name, got {name!r}")
    members = frozenset(n for n in names if isinstance(n, str))
    known: list[tuple[int, str]] = []
    seen: set[str] = set()
    for index, city in enumerate(iterable("cities", cities)):
        if not isinstance(city, City):
            raise fail(f"cities[{index}]", f"expected a City, got {city!r}")
        if city.name in seen:
            raise fail(f"cities[{index}].name", f"{city.name!r} is listed twice")
        seen.add(city.name)
        population = city.population_on(on)
        if city.name in members and population is not None:
            known.append((population.count, city.name))
    known.sort(key=lambda pair: (-pair[0], pair[1]))
    return tuple(name for _, name in known[:count])


def is_small_city(city: City | None, *, on: date, threshold: int) -> bool | None:
    """Whether the city's latest known population on ``on`` is under ``threshold`` (None if not known).

    Raises:
        InputError: naming every bad argument.
    """
    problems = []
    given: object = city  # checked at run time: untyped callers pass anything
    if given is not None and not isinstance(given, City):
        problems.append(Problem("city", f"expected a City or None, got {city!r}"))
    if not is_plain_date(on):
        problems.append(Problem("on", f"expected a date, got {on!r}"))
    limit: object = threshold  # checked at run time: untyped callers pass anything
    if not isinstance(limit, int) or isinstance(limit, bool):
        problems.append(Problem("threshold", f"expected a whole number, got {threshold!r}"))
    if problems:
        raise InputError(problems)
    if city is None:
        return None
    population = city.population_on(on)
    return None if population is None else population.count < threshold
