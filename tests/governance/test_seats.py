"""Tests of seats.py: the large-city and small-city rules a board seat asks of its holder's city.

Rules under test (../shared/domain/governance-and-membership.md section 2):

* The ten largest cities designate the large-city directors [confirmed: S3, S5, S38]: the
  largest *member* cities on the day, by the latest population count known on that day.
  The sources give no rule for a tie at the last place: the library breaks it by name.
* At least one at-large director is from a small city, one under 10,000 residents since
  2017 (12,000 before) [confirmed: S3, S6, S7]: a city is small when its latest known
  count is under the threshold; with no count known, whether it is small is unknown.
* Bad input (seats.py) is an InputError, never a TypeError: ``is_small_city`` names every
  bad argument at once (a city that is not a City, a day that is not a date, a threshold
  that is not a whole number, a bool included); ``largest_member_cities`` refuses a city
  listed twice (``cities[i].name``) and a member name that is not text (``member_cities[i]``).

The cities and counts are made up.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.governance import is_small_city, largest_member_cities
from calcities_domain.kernel import InputError
from calcities_domain.membership import MembershipRoll, MemberStatus, member_cities, member_status
from calcities_domain.organization import City, Population
from calcities_domain.testing import strategies as cst

ON = date(2024, 1, 1)
COUNTED = date(2023, 1, 1)


def city(name: str, *counts: tuple[int, date]) -> City:
    return City(name, populations=tuple(Population(count, day) for count, day in counts))


BIG = city("Big", (900_000, COUNTED))
MIDDLE = city("Middle", (50_000, COUNTED))
SMALL = city("Small", (9_000, COUNTED))
UNCOUNTED = city("Uncounted")
ALL = (SMALL, UNCOUNTED, BIG, MIDDLE)
MEMBERS = ("Big", "Middle", "Small", "Uncounted")


# ----------------------------------------------------------------------------- largest member cities


def test_largest_first() -> None:
    assert largest_member_cities(ALL, MEMBERS, on=ON, count=3) == ("Big", "Middle", "Small")


def test_only_the_count_asked_for() -> None:
    assert largest_member_cities(ALL, MEMBERS, on=ON, count=2) == ("Big", "Middle")


def test_fewer_cities_than_seats_gives_them_all() -> None:
    assert largest_member_cities(ALL, MEMBERS, on=ON, count=10) == ("Big", "Middle", "Small")


def test_non_members_are_left_out() -> None:
    assert largest_member_cities(ALL, ["Middle", "Small"], on=ON, count=2) == ("Middle", "Small")


def test_a_member_not_among_the_cities_is_ignored() -> None:
    assert largest_member_cities([SMALL], ["Small", "Elsewhere"], on=ON, count=2) == ("Small",)


def test_a_city_without_a_known_population_is_left_out() -> None:
    later = city("Later", (5_000_000, date(2024, 6, 1)))
    assert largest_member_cities([UNCOUNTED, later, SMALL], ["Uncounted", "Later", "Small"], on=ON, count=3) == (
        "Small",
    )


def test_the_latest_count_known_on_the_day_is_used() -> None:
    grown = city("Grown", (10_000, date(2010, 1, 1)), (60_000, date(2020, 1, 1)), (1, date(2030, 1, 1)))
    members = ["Grown", "Middle"]
    assert largest_member_cities([MIDDLE, grown], members, on=ON, count=1) == ("Grown",)
    # In 2015 only Grown's count (10,000) is known; in 2031 it has shrunk to 1.
    assert largest_member_cities([MIDDLE, grown], members, on=date(2015, 1, 1), count=2) == ("Grown",)
    assert largest_member_cities([MIDDLE, grown], members, on=date(2009, 1, 1), count=2) == ()
    assert largest_member_cities([MIDDLE, grown], members, on=date(2031, 1, 1), count=1) == ("Middle",)


def test_a_tie_is_broken_by_name() -> None:
    alpha, beta, gamma = (city(name, (20_000, COUNTED)) for name in ("Alpha", "Beta", "Gamma"))
    names = ["Alpha", "Beta", "Gamma"]
    assert largest_member_cities([gamma, beta, alpha], names, on=ON, count=2) == ("Alpha", "Beta")
    assert largest_member_cities([gamma, beta, alpha, BIG], [*names, "Big"], on=ON, count=2) == ("Big", "Alpha")


def test_no_seats_no_cities() -> None:
    assert largest_member_cities(ALL, MEMBERS, on=ON, count=0) == ()


def test_no_cities() -> None:
    assert largest_member_cities([], [], on=ON, count=10) == ()


@pytest.mark.parametrize("count", [-1, True, 1.5, "3", None], ids=repr)
def test_a_bad_count_is_refused(count: Any) -> None:
    with pytest.raises(InputError) as info:
        largest_member_cities(ALL, MEMBERS, on=ON, count=count)
    (problem,) = info.value.problems
    assert problem.path == "count"
    assert problem.message == f"expected a whole number of seats, got {count!r}"


@pytest.mark.parametrize("on", [datetime(2024, 1, 1, 12), "2024-01-01", None], ids=repr)
def test_a_bad_day_is_refused(on: Any) -> None:
    with pytest.raises(InputError) as info:
        largest_member_cities(ALL, MEMBERS, on=on, count=1)
    (problem,) = info.value.problems
    assert problem.path == "on"
    assert problem.message == f"expected a date, got {on!r}"


def test_a_city_that_is_not_a_city_is_refused_with_its_place() -> None:
    cities: list[Any] = [BIG, "Middle"]
    with pytest.raises(InputError) as info:
        largest_member_cities(cities, MEMBERS, on=ON, count=1)
    (problem,) = info.value.problems
    assert problem.path == "cities[1]"
    assert problem.message == "expected a City, got 'Middle'"


@pytest.mark.parametrize(("name", "value"), [("cities", None), ("member_cities", "Big")])
def test_arguments_that_are_not_sequences_are_refused(name: str, value: Any) -> None:
    arguments: dict[str, Any] = {"cities": ALL, "member_cities": MEMBERS, name: value}
    with pytest.raises(InputError) as info:
        largest_member_cities(arguments["cities"], arguments["member_cities"], on=ON, count=1)
    assert info.value.problems[0].path == name


def test_a_city_listed_twice_is_refused_at_its_name() -> None:
    """Two entries for one city would rank it twice (or by either count): the second is named."""
    again = city("Big", (1, COUNTED))
    with pytest.raises(InputError) as info:
        largest_member_cities([BIG, again, SMALL], MEMBERS, on=ON, count=3)
    assert [(p.path, p.message) for p in info.value.problems] == [("cities[1].name", "'Big' is listed twice")]


def test_a_city_listed_twice_is_refused_even_when_not_a_member() -> None:
    with pytest.raises(InputError) as info:
        largest_member_cities([SMALL, BIG, city("Small")], ["Big"], on=ON, count=1)
    assert [p.path for p in info.value.problems] == ["cities[2].name"]


@pytest.mark.parametrize(
    ("members", "path", "bad"),
    [
        ([["Big"]], "member_cities[0]", ["Big"]),
        (["Big", None], "member_cities[1]", None),
        (["Big", 7], "member_cities[1]", 7),
    ],
    ids=["a list", "none", "a number"],
)
def test_a_member_name_that_is_not_text_is_refused_at_its_place(members: list[Any], path: str, bad: Any) -> None:
    """An InputError naming the place, not a TypeError from hashing a list."""
    with pytest.raises(InputError) as info:
        largest_member_cities(ALL, members, on=ON, count=1)
    assert [(p.path, p.message) for p in info.value.problems] == [(path, f"expected a city's name, got {bad!r}")]


def test_member_names_may_be_any_iterable_of_text() -> None:
    assert largest_member_cities(ALL, frozenset(MEMBERS), on=ON, count=1) == ("Big",)
    assert largest_member_cities(ALL, (name for name in MEMBERS), on=ON, count=1) == ("Big",)


# ----------------------------------------------------------------------------- small city


def test_no_city_is_not_known_to_be_small() -> None:
    assert is_small_city(None, on=ON, threshold=10_000) is None


def test_a_city_without_a_known_population_is_not_known_to_be_small() -> None:
    assert is_small_city(UNCOUNTED, on=ON, threshold=10_000) is None
    assert is_small_city(city("Later", (10, date(2025, 1, 1))), on=ON, threshold=10_000) is None


@pytest.mark.parametrize(
    ("count", "threshold", "small"),
    [(9_999, 10_000, True), (10_000, 10_000, False), (10_001, 10_000, False), (11_999, 12_000, True), (0, 1, True)],
)
def test_small_means_under_the_threshold(count: int, threshold: int, small: bool) -> None:
    assert is_small_city(city("Town", (count, COUNTED)), on=ON, threshold=threshold) is small


def test_the_latest_count_on_the_day_decides() -> None:
    town = city("Town", (12_500, date(2010, 1, 1)), (9_500, date(2020, 1, 1)))
    assert is_small_city(town, on=date(2015, 1, 1), threshold=10_000) is False
    assert is_small_city(town, on=ON, threshold=10_000) is True


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        ({"city": "Town"}, [("city", "expected a City or None, got 'Town'")]),
        ({"on": "2024-01-01"}, [("on", "expected a date, got '2024-01-01'")]),
        ({"on": datetime(2024, 1, 1, 12)}, [("on", "expected a date, got datetime.datetime(2024, 1, 1, 12, 0)")]),
        ({"threshold": True}, [("threshold", "expected a whole number, got True")]),
        ({"threshold": 10_000.0}, [("threshold", "expected a whole number, got 10000.0")]),
        ({"threshold": "10000"}, [("threshold", "expected a whole number, got '10000'")]),
        ({"threshold": None}, [("threshold", "expected a whole number, got None")]),
    ],
    ids=["city", "day as text", "datetime", "bool threshold", "float threshold", "text threshold", "no threshold"],
)
def test_is_small_city_refuses_a_bad_argument(arguments: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    given_args: dict[str, Any] = {"city": SMALL, "on": ON, "threshold": 10_000, **arguments}
    with pytest.raises(InputError) as info:
        is_small_city(given_args["city"], on=given_args["on"], threshold=given_args["threshold"])
    assert [(p.path, p.message) for p in info.value.problems] == expected


def test_is_small_city_names_every_bad_argument_at_once() -> None:
    """DESIGN principle 8: one error naming every bad argument."""
    with pytest.raises(InputError) as info:
        is_small_city("Town", on="2024-01-01", threshold=False)  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["city", "on", "threshold"]


def test_no_city_with_bad_arguments_is_still_refused() -> None:
    """None is an unknown city, but the day and threshold are checked all the same."""
    with pytest.raises(InputError) as info:
        is_small_city(None, on=None, threshold="12000")  # type: ignore[arg-type]
    assert [p.path for p in info.value.problems] == ["on", "threshold"]


# ----------------------------------------------------------------------------- properties


@given(cst.membership_rolls(max_cities=8), cst.dates(), st.integers(min_value=0, max_value=10), st.data())
def test_the_order_of_the_cities_does_not_matter(
    roll: MembershipRoll, on: date, count: int, data: st.DataObject
) -> None:
    members = [history.city for history in roll.histories]
    expected = largest_member_cities(roll.cities, members, on=on, count=count)
    cities = data.draw(st.permutations(roll.cities))
    reordered = data.draw(st.permutations(members))
    assert largest_member_cities(cities, reordered, on=on, count=count) == expected


@given(cst.membership_rolls(max_cities=8), cst.dates(), st.integers(min_value=0, max_value=10))
def test_the_largest_are_members_with_known_populations_in_order(roll: MembershipRoll, on: date, count: int) -> None:
    members = {history.city for history in roll.histories}
    chosen = largest_member_cities(roll.cities, members, on=on, count=count)
    counted = {c.name: p.count for c in roll.cities if (p := c.population_on(on)) is not None}
    eligible = members & counted.keys()
    assert len(chosen) == min(count, len(eligible))
    assert set(chosen) <= eligible
    keys = [(-counted[name], name) for name in chosen]
    assert keys == sorted(keys)
    # No member left out is larger than the last one chosen.
    if chosen:
        assert all((-counted[name], name) > keys[-1] for name in eligible - set(chosen))


@given(cst.membership_rolls(min_members=1), st.data())
def test_a_member_city_ranks_when_every_seat_is_counted_if_its_population_is_known(
    roll: MembershipRoll, data: st.DataObject
) -> None:
    """The city of an official of a member city is among the largest exactly when its count is known."""
    history = data.draw(st.sampled_from(roll.histories))
    term = data.draw(st.sampled_from(history.terms))
    on = data.draw(cst.dates(term.start, term.end or cst.MAX_DATE))
    official = data.draw(cst.member_officials(roll, on=on))
    assert official.holds_office_on(on)
    members = [h.city for h in roll.histories if h.is_member_on(on)]
    assert official.city in members
    ranked = largest_member_cities(roll.cities, members, on=on, count=len(roll.cities))
    city = roll.city(official.city)
    assert city is not None
    assert (official.city in ranked) == (city.population_on(on) is not None)


@given(cst.membership_rolls(min_members=1), cst.dates(), st.sampled_from([10_000, 12_000]), st.data())
def test_an_officials_city_is_small_by_its_latest_count(
    roll: MembershipRoll, on: date, threshold: int, data: st.DataObject
) -> None:
    official = data.draw(cst.member_officials(roll))
    city = roll.city(official.city)
    assert city is not None
    assert roll.history(official.city) is not None
    population = city.population_on(on)
    expected = None if population is None else population.count < threshold
    assert is_small_city(city, on=on, threshold=threshold) is expected


@given(cst.membership_rolls(max_cities=8), cst.dates(), st.integers(min_value=0, max_value=10))
def test_the_largest_of_member_cities_are_in_good_standing(roll: MembershipRoll, on: date, count: int) -> None:
    """``membership.member_cities`` is what the rank takes: every city ranked is in good standing on the day."""
    chosen = largest_member_cities(roll.cities, member_cities(roll, on), on=on, count=count)
    for name in chosen:
        assert member_status(roll, name, on=on).outcome is MemberStatus.GOOD_STANDING
