"""Tests of roster.py: checking a board roster, violation by violation.

Rules under test (../shared/domain/governance-and-membership.md section 2, and the
organization registries of section 5):

* 57 voting seats since 2021: 4 officers, 12 at-large (at least one from a city under
  10,000), 16 division, 10 department, 5 caucus, 10 large-city directors [confirmed: S3, S4,
  S1]; before 2021, 11 department directors and no caucus seats, and a small city was one
  under 12,000 until 2017 [confirmed: S7, S6].
* Directors must be officials of a member city ("officially in city service in a member
  city") [confirmed: S3, S6]; each division, department and caucus elects its own director;
  the ten largest cities designate the large-city directors [confirmed: S3, S5, S38].
* At-large terms are two years, officer terms one year [confirmed: S3, S7].
* One person holds one seat [assumed by the library: the bylaws' text is not available].
* Which office belongs to which department is inferred from the departments' names; the
  tenth department is not named in the sources [domain notes § 5].

The roster built here is synthetic: made-up cities and people, arranged so that every rule
holds on 1 January 2024; each test then breaks one rule.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any, cast
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.governance import (
    DEPARTMENT_OF_OFFICE,
    TERM_MONTHS,
    TERM_SLACK_DAYS,
    Roster,
    RosterSeat,
    SeatType,
    board_as_of,
    check_roster,
)
from calcities_domain.governance.board import S3, S6, S7
from calcities_domain.governance.roster import ONE_SEAT, S3_S6
from calcities_domain.kernel import (
    Confidence,
    DateRange,
    Decision,
    Effect,
    Fact,
    InputError,
    Reason,
    RuleNotInForce,
    Source,
)
from calcities_domain.organization import CAUCUSES, DEPARTMENTS, DIVISIONS, City, Office, Official, Population
from calcities_domain.organization.cal_cities import OFFICE_DEPARTMENTS

ON = date(2024, 1, 1)
OLD_ON = date(2015, 6, 1)
T = SeatType

#: The codes of the bodies as the registries give them.
DIVISION_CODES = tuple(body.code for body in DIVISIONS.as_of(ON).bodies)
NAMED_DEPARTMENTS = tuple(body.code for body in DEPARTMENTS.as_of(ON).bodies)
CAUCUS_CODES = tuple(body.code for body in CAUCUSES.as_of(ON).bodies)
#: The tenth department is not confirmed (domain notes § 5): a placeholder code.
TENTH_DEPARTMENT = "police_chiefs"
#: An eleventh department for the 2013-2021 board (historically listed, not confirmed).
ELEVENTH_DEPARTMENT = "community_services"
DEPARTMENTS_2024 = (*NAMED_DEPARTMENTS, TENTH_DEPARTMENT)
DEPARTMENTS_2015 = (*DEPARTMENTS_2024, ELEVENTH_DEPARTMENT)

#: For each department known by name, the first office the library assigns to it.
OFFICE_FOR: dict[str, Office] = {}
for _office, _code in DEPARTMENT_OF_OFFICE.value.items():
    OFFICE_FOR.setdefault(_code, _office)
OFFICE_FOR[TENTH_DEPARTMENT] = Office.POLICE_CHIEF
OFFICE_FOR[ELEVENTH_DEPARTMENT] = Office.OTHER_STAFF

COUNTED = 2013


def _city(name: str, population: int | None, division: str | None) -> City:
    populations = () if population is None else (Population(population, date(COUNTED, 1, 1)),)
    return City(name, populations=populations, division=division)


LARGE = tuple(f"Large City {n:02}" for n in range(1, 11))
TOWNS = tuple(f"Town of {code.replace('_', ' ').title()}" for code in DIVISION_CODES)
SMALL = "Small Town"
TEN_THOUSAND = "Ten Thousand"
ELEVEN_THOUSAND = "Eleven Thousand"
OUTSIDER = "Outsider"  # the most populous city of all, but not a member
UNCOUNTED = "Uncounted"  # a member city whose population is not known

CITIES = (
    *(_city(name, 1_000_000 - 50_000 * n, DIVISION_CODES[n % 16]) for n, name in enumerate(LARGE)),
    *(_city(name, 50_000, code) for name, code in zip(TOWNS, DIVISION_CODES, strict=True)),
    _city(SMALL, 8_000, DIVISION_CODES[0]),
    _city(TEN_THOUSAND, 10_000, DIVISION_CODES[1]),
    _city(ELEVEN_THOUSAND, 11_000, DIVISION_CODES[2]),
    _city(OUTSIDER, 5_000_000, DIVISION_CODES[3]),
    _city(UNCOUNTED, None, DIVISION_CODES[4]),
)
MEMBERS = frozenset(c.name for c in CITIES) - {OUTSIDER}


def official(person: str, city: str, office: Office = Office.COUNCIL_MEMBER, *, on: date = ON) -> Official:
    return Official(person, city, office, office.is_council_seat, date(on.year - 3, 12, 1))


def term(seat_type: SeatType, on: date) -> DateRange:
    """A term that starts at the adjournment before ``on`` and is as long as allowed (or two years)."""
    start = date(on.year - 1, 9, 22)
    years = 1 if seat_type is T.OFFICER else 2
    return DateRange(start, date(start.year + years, 9, 21))


def build(
    on: date = ON,
    *,
    departments: tuple[str, ...] = DEPARTMENTS_2024,
    caucuses: tuple[str, ...] = CAUCUS_CODES,
    small_city: str = SMALL,
) -> Roster:
    """A valid roster for ``on``: every seat held by a distinct official of a member city."""
    seats: list[RosterSeat] = []

    def add(seat_type: SeatType, holder: Official, body: str | None = None) -> None:
        seats.append(RosterSeat(seat_type, holder, term(seat_type, on), body=body))

    for n in range(4):
        add(T.OFFICER, official(f"Officer {n}", TOWNS[n], on=on))
    add(T.AT_LARGE, official("At-large small", small_city, on=on))
    for n in range(11):
        add(T.AT_LARGE, official(f"At-large {n}", TOWNS[n], on=on))
    for town, code in zip(TOWNS, DIVISION_CODES, strict=True):
        add(T.DIVISION, official(f"Division director {code}", town, on=on), code)
    for n, code in enumerate(departments):
        add(T.DEPARTMENT, official(f"Department director {code}", TOWNS[n], OFFICE_FOR[code], on=on), code)
    for n, code in enumerate(caucuses):
        add(T.CAUCUS, official(f"Caucus director {code}", TOWNS[n], on=on), code)
    for city in LARGE:
        add(T.LARGE_CITY, official(f"Mayor of {city}", city, Office.MAYOR, on=on), city)
    return Roster(tuple(seats))


VALID = build()


def members_of(roster: Roster, seat_type: SeatType) -> dict[str, frozenset[str]]:
    """The members of each body, as a caller who knows them would give them: the directors."""
    return {str(s.body): frozenset({s.holder.person}) for s in roster.seats if s.seat_type is seat_type}


CAUCUS_MEMBERS = members_of(VALID, T.CAUCUS)
DEPARTMENT_MEMBERS = members_of(VALID, T.DEPARTMENT)


def check(roster: Roster, on: date = ON, **kwargs: Any) -> Decision[bool]:
    return check_roster(roster, on=on, cities=CITIES, member_cities=MEMBERS, **kwargs)


def violations(decision: Decision[bool]) -> set[str]:
    return {reason.code for reason in decision.failures}


def index_of(roster: Roster, seat_type: SeatType, nth: int = 0) -> int:
    return [i for i, s in enumerate(roster.seats) if s.seat_type is seat_type][nth]


def replace(roster: Roster, index: int, **changes: Any) -> Roster:
    seats = list(roster.seats)
    seats[index] = attrs.evolve(seats[index], **changes)
    return Roster(tuple(seats))


def without(roster: Roster, index: int) -> Roster:
    return Roster(roster.seats[:index] + roster.seats[index + 1 :])


def plus(roster: Roster, seat: RosterSeat) -> Roster:
    return Roster((*roster.seats, seat))


def untyped(value: object) -> Any:
    return cast(Any, value)


# --- The valid roster ----------------------------------------------------------------------------


def test_the_registries_give_the_bodies_the_roster_needs() -> None:
    """S1: 16 divisions; S3: 10 departments (9 named, the tenth unknown); S25: 5 caucuses."""
    assert len(DIVISION_CODES) == 16
    assert len(NAMED_DEPARTMENTS) == 9
    assert DEPARTMENTS.as_of(ON).unnamed == 1
    assert len(CAUCUS_CODES) == 5
    assert set(DEPARTMENT_OF_OFFICE.value.values()) == set(NAMED_DEPARTMENTS)


def test_a_valid_57_seat_roster_passes() -> None:
    """S3 (2024): 4 + 12 + 16 + 10 + 5 + 10 = 57 voting seats, each rule met."""
    assert len(VALID.seats) == 57 == board_as_of(ON).total_seats
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS, department_members=DEPARTMENT_MEMBERS)
    assert decision.outcome is True
    assert decision.failures == ()
    assert decision.codes == ("governance.roster.valid",)
    assert decision.reasons[-1].effect is Effect.PASS


def test_the_ten_largest_members_hold_the_large_city_seats_not_a_larger_non_member() -> None:
    """S7, S3: the ten most populous *member* cities; Outsider is larger but not a member."""
    assert check(VALID, caucus_members=CAUCUS_MEMBERS).outcome is True


def test_without_caucus_members_the_caucus_seats_are_reported_unchecked() -> None:
    """Caucus membership is open to any member official (S25) and not derivable: not checked, said so."""
    decision = check(VALID, department_members=DEPARTMENT_MEMBERS)
    assert decision.outcome is True
    unchecked = [r for r in decision.reasons if r.code == "governance.roster.caucus.unchecked"]
    assert len(unchecked) == 5
    assert all(r.effect is Effect.INFO for r in unchecked)


def test_without_department_members_the_tenth_department_is_reported_unchecked() -> None:
    """No office is known to belong to the unnamed tenth department: not checked, and said so."""
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS)
    assert decision.outcome is True
    (unchecked,) = [r for r in decision.reasons if r.code == "governance.roster.department.unchecked"]
    assert unchecked.effect is Effect.INFO
    assert TENTH_DEPARTMENT in unchecked.message
    assert unchecked.source is OFFICE_DEPARTMENTS
    assert OFFICE_DEPARTMENTS.confidence is Confidence.INFERRED


def test_a_non_voting_nlc_advisor_may_sit_beside_the_57() -> None:
    """S8, S9: since 2021 a member of the NLC board sits as a non-voting advisor."""
    advisor = RosterSeat(T.NLC_ADVISOR, official("NLC advisor", TOWNS[5]), term(T.NLC_ADVISOR, ON))
    assert check(plus(VALID, advisor), caucus_members=CAUCUS_MEMBERS).outcome is True


@given(st.permutations(range(len(VALID.seats))))
def test_the_order_of_the_seats_does_not_matter(order: list[int]) -> None:
    shuffled = Roster(tuple(VALID.seats[i] for i in order))
    assert check(shuffled, caucus_members=CAUCUS_MEMBERS).outcome is True


# --- Seat counts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "seat_type", [T.OFFICER, T.AT_LARGE, T.DIVISION, T.DEPARTMENT, T.CAUCUS, T.LARGE_CITY], ids=lambda t: t.value
)
def test_one_seat_missing_is_a_count_violation(seat_type: SeatType) -> None:
    """S3: the number of seats of each type is fixed."""
    roster = without(VALID, index_of(VALID, seat_type, -1))
    decision = check(roster, caucus_members=CAUCUS_MEMBERS)
    expected = {f"governance.roster.count.{seat_type.value}"}
    if seat_type is T.LARGE_CITY:
        expected.add("governance.roster.large_cities")  # a largest city is now without its seat
    assert violations(decision) == expected
    (count,) = [r for r in decision.failures if r.code.startswith("governance.roster.count.")]
    required = board_as_of(ON).count(seat_type)
    assert required is not None
    assert count.fact("held") == str(required - 1)
    assert count.fact("required") == str(required)


def test_a_thirteenth_at_large_seat_is_a_count_violation() -> None:
    extra = RosterSeat(T.AT_LARGE, official("At-large extra", TOWNS[12]), term(T.AT_LARGE, ON))
    decision = check(plus(VALID, extra), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.count.at_large"}


@given(st.integers(0, len(VALID.seats) - 1))
def test_dropping_any_seat_breaks_the_count_of_its_type(index: int) -> None:
    seat_type = VALID.seats[index].seat_type
    decision = check(without(VALID, index), caucus_members=CAUCUS_MEMBERS)
    assert decision.outcome is False
    assert f"governance.roster.count.{seat_type.value}" in violations(decision)


# --- Holders -------------------------------------------------------------------------------------


def test_a_holder_from_a_non_member_city_is_a_violation() -> None:
    """S3, S6: only officials of member cities may serve."""
    index = index_of(VALID, T.AT_LARGE, 1)
    decision = check(replace(VALID, index, holder=official("Visitor", OUTSIDER)), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.holder"}
    assert decision.failures[0].fact("path") == f"seats[{index}].holder"
    assert decision.failures[0].fact("city") == OUTSIDER


def test_a_holder_out_of_city_office_is_a_violation() -> None:
    """S6 (2018): 'officially in city service in a member city'."""
    index = index_of(VALID, T.AT_LARGE, 1)
    former = attrs.evolve(VALID.seats[index].holder, term_end=ON - timedelta(days=1))
    decision = check(replace(VALID, index, holder=former), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.holder"}


def test_one_person_in_two_seats_is_a_violation() -> None:
    """One person, one seat (assumed by the library: flagged)."""
    officer = VALID.seats[index_of(VALID, T.OFFICER)].holder
    index = index_of(VALID, T.AT_LARGE, 1)
    decision = check(replace(VALID, index, holder=officer), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.two_seats"}
    (reason,) = decision.failures
    assert reason.fact("path") == f"seats[{index}]"
    assert reason.source is ONE_SEAT
    assert ONE_SEAT in decision.assumptions()


# --- Bodies --------------------------------------------------------------------------------------


def test_a_division_seat_held_from_another_division_is_a_violation() -> None:
    """S3: each division elects its own director (from one of its cities)."""
    index = index_of(VALID, T.DIVISION)
    neighbour = official("From the next division", TOWNS[1])
    decision = check(replace(VALID, index, holder=neighbour), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.division"}
    assert decision.failures[0].fact("path") == f"seats[{index}].body"


def test_a_division_seat_held_from_a_city_of_unknown_division_is_a_violation() -> None:
    index = index_of(VALID, T.DIVISION)
    unplaced = tuple(attrs.evolve(c, division=None) if c.name == TOWNS[0] else c for c in CITIES)
    decision = check_roster(VALID, on=ON, cities=unplaced, member_cities=MEMBERS, caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.division"}
    assert decision.failures[0].fact("path") == f"seats[{index}].body"


def test_a_department_seat_held_by_an_official_of_another_profession_is_a_violation() -> None:
    """By default a department is the officials its name describes (inferred, flagged)."""
    index = DEPARTMENTS_2024.index("city_clerks")
    position = index_of(VALID, T.DEPARTMENT, index)
    manager = attrs.evolve(VALID.seats[position].holder, office=Office.CITY_MANAGER)
    decision = check(replace(VALID, position, holder=manager), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.department"}
    assert decision.failures[0].source is OFFICE_DEPARTMENTS
    assert OFFICE_DEPARTMENTS in decision.assumptions()


def test_with_department_members_a_non_member_is_a_violation() -> None:
    """Given the real membership, a director outside it is a violation (source S3/S6, confirmed)."""
    members = {**DEPARTMENT_MEMBERS, "city_clerks": frozenset({"Someone else"})}
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS, department_members=members)
    assert violations(decision) == {"governance.roster.department"}
    assert decision.failures[0].source is not None
    assert decision.failures[0].source.is_confirmed


def test_with_department_members_the_tenth_department_is_checked() -> None:
    members = {**DEPARTMENT_MEMBERS, TENTH_DEPARTMENT: frozenset()}
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS, department_members=members)
    assert violations(decision) == {"governance.roster.department"}
    assert TENTH_DEPARTMENT in decision.failures[0].message


def test_department_membership_given_overrides_the_office_rule() -> None:
    """A caller's membership list wins over the inferred office-to-department rule."""
    position = index_of(VALID, T.DEPARTMENT, DEPARTMENTS_2024.index("city_clerks"))
    manager = attrs.evolve(VALID.seats[position].holder, office=Office.CITY_MANAGER)
    roster = replace(VALID, position, holder=manager)
    decision = check(roster, caucus_members=CAUCUS_MEMBERS, department_members=DEPARTMENT_MEMBERS)
    assert decision.outcome is True


def test_with_caucus_members_a_non_member_is_a_violation() -> None:
    """S3: each caucus elects a director from among its members."""
    members = {**CAUCUS_MEMBERS, CAUCUS_CODES[0]: frozenset({"Someone else"})}
    decision = check(VALID, caucus_members=members)
    assert violations(decision) == {"governance.roster.caucus"}
    assert decision.failures[0].fact("path") == f"seats[{index_of(VALID, T.CAUCUS)}].body"


def test_a_body_seat_without_a_body_is_a_violation() -> None:
    index = index_of(VALID, T.DIVISION)
    decision = check(replace(VALID, index, body=None), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.body"}
    assert decision.failures[0].fact("path") == f"seats[{index}].body"


@pytest.mark.parametrize("seat_type", [T.DEPARTMENT, T.CAUCUS], ids=lambda t: t.value)
def test_department_and_caucus_seats_need_a_body(seat_type: SeatType) -> None:
    decision = check(replace(VALID, index_of(VALID, seat_type), body=None), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.body"}


# --- The small-city at-large seat ----------------------------------------------------------------


def test_no_small_city_at_large_director_is_a_violation() -> None:
    """S3: at least one at-large director from a city *under* 10,000: 10,000 itself is not small."""
    roster = build(small_city=TEN_THOUSAND)
    decision = check(roster, caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.small_city"}
    assert decision.failures[0].fact("threshold") == "10000"


def test_a_city_of_unknown_population_is_not_taken_for_small() -> None:
    decision = check(build(small_city=UNCOUNTED), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.small_city"}


def test_a_city_of_11000_was_small_in_2015_but_is_not_in_2024() -> None:
    """S7: under 12,000 in 2013-2017; S6: under 10,000 from 2018."""
    assert "governance.roster.small_city" in violations(
        check(build(small_city=ELEVEN_THOUSAND), caucus_members=CAUCUS_MEMBERS)
    )
    old = build(OLD_ON, departments=DEPARTMENTS_2015, caucuses=(), small_city=ELEVEN_THOUSAND)
    assert check(old, OLD_ON).outcome is True
    twelve = tuple(
        attrs.evolve(c, populations=(Population(12_000, date(COUNTED, 1, 1)),)) if c.name == ELEVEN_THOUSAND else c
        for c in CITIES
    )
    decision = check_roster(old, on=OLD_ON, cities=twelve, member_cities=MEMBERS)
    assert violations(decision) == {"governance.roster.small_city"}
    assert decision.failures[0].fact("threshold") == "12000"


# --- Large-city seats ----------------------------------------------------------------------------


def test_a_large_city_seat_for_a_city_outside_the_ten_largest_is_a_violation() -> None:
    """S7, S3: the large-city directors are those of the ten most populous member cities."""
    index = index_of(VALID, T.LARGE_CITY, 9)
    decision = check(replace(VALID, index, body=TOWNS[0]), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.large_cities"}
    (reason,) = decision.failures
    assert reason.fact("missing") == LARGE[9]
    assert reason.fact("extra") == TOWNS[0]


def test_when_the_largest_city_joins_it_is_owed_a_seat() -> None:
    decision = check_roster(
        VALID, on=ON, cities=CITIES, member_cities=MEMBERS | {OUTSIDER}, caucus_members=CAUCUS_MEMBERS
    )
    assert violations(decision) == {"governance.roster.large_cities"}
    assert decision.failures[0].fact("missing") == OUTSIDER
    assert decision.failures[0].fact("extra") == LARGE[9]


# --- Terms ---------------------------------------------------------------------------------------


def test_a_term_that_does_not_include_the_day_is_a_violation() -> None:
    index = index_of(VALID, T.DIVISION)
    ended = DateRange(date(2021, 9, 22), ON - timedelta(days=1))
    decision = check(replace(VALID, index, term=ended), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.term"}
    assert decision.failures[0].fact("path") == f"seats[{index}].term"


def test_an_at_large_term_longer_than_two_years_is_a_violation() -> None:
    """S3, S7: at-large terms are two years, from one annual conference to another (TERM_SLACK_DAYS, assumed)."""
    assert TERM_MONTHS[T.AT_LARGE].value == 24
    assert TERM_SLACK_DAYS.value == 62
    index = index_of(VALID, T.AT_LARGE, 1)
    long_term = DateRange(date(2023, 9, 22), date(2025, 11, 24))  # 24 months and 62 days, plus one
    decision = check(replace(VALID, index, term=long_term), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.term_length"}
    to_a_later_conference = DateRange(date(2023, 9, 22), date(2025, 10, 10))  # the 2025 conference adjourned later
    assert check(replace(VALID, index, term=to_a_later_conference), caucus_members=CAUCUS_MEMBERS).outcome is True
    at_the_limit = DateRange(date(2023, 9, 22), date(2025, 11, 23))
    assert check(replace(VALID, index, term=at_the_limit), caucus_members=CAUCUS_MEMBERS).outcome is True


def test_an_open_ended_officer_term_is_a_violation() -> None:
    """S3: officers serve one-year terms."""
    assert TERM_MONTHS[T.OFFICER].value == 12
    index = index_of(VALID, T.OFFICER)
    decision = check(replace(VALID, index, term=DateRange(date(2023, 9, 22))), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.term_length"}


# --- Seat types in force -------------------------------------------------------------------------


def test_a_valid_2015_roster_passes() -> None:
    """S7: 4 officers, 12 at-large, division directors (number unknown), 11 departments, 10 large cities."""
    old = build(OLD_ON, departments=DEPARTMENTS_2015, caucuses=())
    decision = check(old, OLD_ON)
    assert decision.outcome is True
    assert board_as_of(OLD_ON).total_seats is None


def test_a_caucus_seat_in_2015_is_a_violation() -> None:
    """S8, S9: caucus seats were added by the 2021 amendments."""
    old = build(OLD_ON, departments=DEPARTMENTS_2015, caucuses=())
    caucus = RosterSeat(
        T.CAUCUS, official("Caucus director 2015", TOWNS[0], on=OLD_ON), term(T.CAUCUS, OLD_ON), body="latino"
    )
    roster = plus(old, caucus)
    decision = check(roster, OLD_ON)
    assert violations(decision) == {"governance.roster.seat_type"}
    assert decision.failures[0].fact("path") == f"seats[{len(roster.seats) - 1}]"


def test_an_nlc_director_seat_in_2024_is_a_violation() -> None:
    """S8: since 2021 the NLC board member is a non-voting advisor, no longer a director."""
    seat = RosterSeat(T.NLC_DIRECTOR, official("NLC director", TOWNS[5]), term(T.NLC_DIRECTOR, ON))
    decision = check(plus(VALID, seat), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.seat_type"}


# --- Bad input -----------------------------------------------------------------------------------


def test_a_seat_of_an_unknown_type_is_refused() -> None:
    with pytest.raises(InputError) as error:
        RosterSeat(untyped("treasurer"), official("A", TOWNS[0]), term(T.OFFICER, ON))
    assert [p.path for p in error.value.problems] == ["seat_type"]


def test_a_seat_reports_every_bad_field() -> None:
    with pytest.raises(InputError) as error:
        RosterSeat(untyped("treasurer"), untyped("A"), untyped((ON, ON)), body=untyped(""))
    assert [p.path for p in error.value.problems] == ["seat_type", "holder", "term", "body"]


def test_a_term_out_of_order_is_refused() -> None:
    with pytest.raises(InputError) as error:
        DateRange(date(2025, 9, 21), date(2023, 9, 22))
    assert [p.path for p in error.value.problems] == ["end"]


@pytest.mark.parametrize(
    ("seats", "path"), [([], "seats"), ((VALID.seats[0], "seat"), "seats[1]")], ids=["list", "item"]
)
def test_a_roster_needs_a_tuple_of_seats(seats: object, path: str) -> None:
    with pytest.raises(InputError) as error:
        Roster(untyped(seats))
    assert [p.path for p in error.value.problems] == [path]


@pytest.mark.parametrize(
    ("changes", "path"),
    [
        ({"roster": VALID.seats}, "roster"),
        ({"on": datetime(2024, 1, 1, tzinfo=ZoneInfo("UTC"))}, "on"),
        ({"cities": (*CITIES[:2], "Danville")}, "cities[2]"),
        ({"cities": "Danville"}, "cities"),
        ({"member_cities": None}, "member_cities"),
    ],
    ids=["roster", "on", "city", "cities", "members"],
)
def test_check_roster_refuses_bad_arguments(changes: Mapping[str, Any], path: str) -> None:
    arguments: dict[str, Any] = {"roster": VALID, "on": ON, "cities": CITIES, "member_cities": MEMBERS, **changes}
    with pytest.raises(InputError) as error:
        check_roster(**arguments)
    assert [p.path for p in error.value.problems] == [path]


def test_check_roster_before_the_sources_is_not_in_force() -> None:
    """The earliest composition in the sources is S7's, of 8 March 2013."""
    with pytest.raises(RuleNotInForce):
        check(VALID, date(2013, 3, 7))


# --- One director per body -----------------------------------------------------------------------


@pytest.mark.parametrize("seat_type", [T.DIVISION, T.DEPARTMENT, T.CAUCUS], ids=lambda t: t.value)
def test_two_seats_for_one_body_are_a_violation(seat_type: SeatType) -> None:
    """S3: one director per division, per department, per caucus; the seat count alone does not show it."""
    first, second = index_of(VALID, seat_type, 0), index_of(VALID, seat_type, 1)
    holder = attrs.evolve(VALID.seats[first].holder, person="Second director")
    roster = replace(VALID, second, body=VALID.seats[first].body, holder=holder)
    body = str(VALID.seats[first].body)
    caucus_members = {**CAUCUS_MEMBERS, body: CAUCUS_MEMBERS.get(body, frozenset()) | {"Second director"}}
    decision = check(roster, caucus_members=caucus_members)
    assert violations(decision) == {"governance.roster.body_twice"}
    (reason,) = decision.failures
    assert reason.fact("path") == f"seats[{second}].body"
    assert f"seats[{first}]" in reason.message


def test_a_caucus_seat_for_an_unknown_caucus_is_a_violation() -> None:
    """S25: the five caucuses are known by name, so a seat naming another is a violation (divisions and
    departments are not checked this way: the sources do not name them all)."""
    index = index_of(VALID, T.CAUCUS)
    decision = check(replace(VALID, index, body="veterans"), caucus_members=CAUCUS_MEMBERS)
    assert "governance.roster.unknown_body" in violations(decision)
    reason = next(r for r in decision.reasons if r.code == "governance.roster.unknown_body")
    assert reason.fact("path") == f"seats[{index}].body"


# --- Wording -------------------------------------------------------------------------------------


def message(decision: Decision[bool], code: str) -> str:
    return next(r.message for r in decision.reasons if r.code == code)


def test_a_count_of_one_seat_is_singular() -> None:
    """A newcomer read "1 officer seats": one seat is singular."""
    officers = [i for i, s in enumerate(VALID.seats) if s.seat_type is T.OFFICER]
    roster = Roster(tuple(s for i, s in enumerate(VALID.seats) if i not in officers[1:]))
    decision = check(roster, caucus_members=CAUCUS_MEMBERS)
    assert message(decision, "governance.roster.count.officer") == "1 officer seat; the board has 4 on 2024-01-01."


def test_a_count_of_several_or_no_seats_is_plural_and_names_the_seat_type_in_words() -> None:
    """A newcomer read "0 at large seats": the seat type is written "at-large", "large-city"."""
    no_at_large = Roster(tuple(s for s in VALID.seats if s.seat_type is not T.AT_LARGE))
    decision = check(no_at_large, caucus_members=CAUCUS_MEMBERS)
    assert message(decision, "governance.roster.count.at_large") == "0 at-large seats; the board has 12 on 2024-01-01."
    one_less = check(without(VALID, index_of(VALID, T.LARGE_CITY, -1)), caucus_members=CAUCUS_MEMBERS)
    assert message(one_less, "governance.roster.count.large_city") == (
        "9 large-city seats; the board has 10 on 2024-01-01."
    )


@pytest.mark.parametrize(
    ("seat_type", "term_", "expected"),
    [
        (T.AT_LARGE, DateRange(date(2023, 9, 22), date(2026, 9, 22)), "an at-large term is at most 24 months"),
        (T.OFFICER, DateRange(date(2023, 9, 22)), "an officer term is at most 12 months"),
    ],
    ids=["at_large", "officer"],
)
def test_a_term_too_long_takes_an_before_a_vowel_sound(seat_type: SeatType, term_: DateRange, expected: str) -> None:
    """A newcomer read "a at large term"."""
    index = index_of(VALID, seat_type, 1)
    decision = check(replace(VALID, index, term=term_), caucus_members=CAUCUS_MEMBERS)
    assert message(decision, "governance.roster.term_length").startswith(f"seats[{index}]: {expected} (from one ")


def test_the_other_seat_messages_name_the_seat_type_in_words_with_its_article() -> None:
    index = index_of(VALID, T.DIVISION)
    no_body = check(replace(VALID, index, body=None), caucus_members=CAUCUS_MEMBERS)
    assert message(no_body, "governance.roster.body") == f"seats[{index}]: a division seat names no body."
    nlc = RosterSeat(T.NLC_DIRECTOR, official("NLC director", TOWNS[5]), term(T.NLC_DIRECTOR, ON))
    roster = plus(VALID, nlc)
    decision = check(roster, caucus_members=CAUCUS_MEMBERS)
    assert message(decision, "governance.roster.seat_type") == (
        f"seats[{len(roster.seats) - 1}]: the board has no NLC director seats on 2024-01-01."
    )
    index = index_of(VALID, T.CAUCUS)
    unknown = check(replace(VALID, index, body="veterans"), caucus_members=CAUCUS_MEMBERS)
    assert message(unknown, "governance.roster.unknown_body") == (
        f"seats[{index}]: 'veterans' is not a caucus of the league on 2024-01-01."
    )


# --- Reasons: the rule each violation cites, its facts, its words --------------------------------


def reason_for(decision: Decision[bool], code: str) -> Reason:
    return next(r for r in decision.reasons if r.code == code)


def test_a_count_violation_cites_the_composition_in_force() -> None:
    """S3 (2024): four officers; the count's reason cites the page that gives it."""
    decision = check(without(VALID, index_of(VALID, T.OFFICER)), caucus_members=CAUCUS_MEMBERS)
    assert reason_for(decision, "governance.roster.count.officer").source is S3


def test_the_counts_after_an_unpublished_one_are_still_checked() -> None:
    """S7 (2013-2021): the number of division directors is not published, so it is not checked; the
    11 department and 10 large-city directors listed after it still are."""
    old = build(OLD_ON, departments=DEPARTMENTS_2015, caucuses=())
    decision = check(without(old, index_of(old, T.DEPARTMENT, -1)), OLD_ON)
    assert violations(decision) == {"governance.roster.count.department"}
    reason = reason_for(decision, "governance.roster.count.department")
    assert reason.message == "10 department seats; the board has 11 on 2015-06-01."
    assert reason.source is S7


def test_a_seat_type_not_on_the_board_cites_s3() -> None:
    """S3, S8: since 2021 the NLC board member is an advisor, not a director."""
    seat = RosterSeat(T.NLC_DIRECTOR, official("NLC director", TOWNS[5]), term(T.NLC_DIRECTOR, ON))
    decision = check(plus(VALID, seat), caucus_members=CAUCUS_MEMBERS)
    assert reason_for(decision, "governance.roster.seat_type").source is S3


def test_a_holder_outside_the_member_cities_cites_s3_and_s6() -> None:
    """S3, S6: directors are officials of member cities."""
    index = index_of(VALID, T.AT_LARGE, 1)
    decision = check(replace(VALID, index, holder=official("Visitor", OUTSIDER)), caucus_members=CAUCUS_MEMBERS)
    reason = reason_for(decision, "governance.roster.holder")
    assert reason.message == f"seats[{index}]: Visitor is not an official of a member city on 2024-01-01."
    assert reason.source is S3_S6


def test_one_person_in_two_seats_names_the_first_seat() -> None:
    """One person, one seat (assumed): the second seat names the seat the person already holds."""
    first = index_of(VALID, T.OFFICER, 2)
    officer = VALID.seats[first].holder
    index = index_of(VALID, T.AT_LARGE, 1)
    decision = check(replace(VALID, index, holder=officer), caucus_members=CAUCUS_MEMBERS)
    reason = reason_for(decision, "governance.roster.two_seats")
    assert reason.message == f"seats[{index}]: {officer.person} already holds seats[{first}]."


def test_a_seat_without_a_body_does_not_stop_the_checks_of_the_later_seats() -> None:
    """Every violation at once: a division seat naming no body, and a later department seat held by an
    official of another profession (inferred office-to-department rule), are both reported."""
    division = index_of(VALID, T.DIVISION)
    position = index_of(VALID, T.DEPARTMENT, DEPARTMENTS_2024.index("city_clerks"))
    manager = attrs.evolve(VALID.seats[position].holder, office=Office.CITY_MANAGER)
    roster = replace(replace(VALID, division, body=None), position, holder=manager)
    decision = check(roster, caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.body", "governance.roster.department"}
    assert reason_for(decision, "governance.roster.body").source is S3_S6


def test_an_unknown_caucus_does_not_stop_the_checks_of_the_later_seats() -> None:
    """S25: five named caucuses; a seat naming another is reported, and so is the next caucus seat
    held by someone outside its caucus (S3: each caucus elects a director from its members)."""
    first, second = index_of(VALID, T.CAUCUS, 0), index_of(VALID, T.CAUCUS, 1)
    members = {**CAUCUS_MEMBERS, str(VALID.seats[second].body): frozenset({"Someone else"})}
    decision = check(replace(VALID, first, body="veterans"), caucus_members=members)
    assert violations(decision) == {"governance.roster.unknown_body", "governance.roster.caucus"}
    assert reason_for(decision, "governance.roster.unknown_body").source is S3_S6
    caucus = reason_for(decision, "governance.roster.caucus")
    assert caucus.fact("path") == f"seats[{second}].body"
    assert caucus.source is S3_S6


def test_a_division_director_from_a_city_not_listed_is_a_violation_not_an_error() -> None:
    """S3: each division elects a director from its cities; a city whose division is not known
    (not in the cities given) cannot show it, and that is reported, with its source."""
    index = index_of(VALID, T.DIVISION)
    unlisted = tuple(c for c in CITIES if c.name != TOWNS[0])
    decision = check_roster(VALID, on=ON, cities=unlisted, member_cities=MEMBERS, caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.division"}
    reason = reason_for(decision, "governance.roster.division")
    assert reason.fact("path") == f"seats[{index}].body"
    assert reason.source is S3_S6


def test_the_unchecked_tenth_department_says_why_in_words() -> None:
    """Domain notes § 5: the tenth department is not named, so no office is known to belong to it."""
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS)
    index = index_of(VALID, T.DEPARTMENT, DEPARTMENTS_2024.index(TENTH_DEPARTMENT))
    assert reason_for(decision, "governance.roster.department.unchecked").message == (
        f"seats[{index}]: no office is known to belong to the {TENTH_DEPARTMENT} department and department "
        "membership was not given: not checked."
    )


def test_a_department_left_out_of_the_membership_given_has_no_members() -> None:
    """Given the departments' members, a department the caller left out has none: its director is
    reported (S3: each department elects its director), not an error."""
    position = index_of(VALID, T.DEPARTMENT, DEPARTMENTS_2024.index("city_clerks"))
    members = {code: people for code, people in DEPARTMENT_MEMBERS.items() if code != "city_clerks"}
    decision = check(VALID, caucus_members=CAUCUS_MEMBERS, department_members=members)
    assert violations(decision) == {"governance.roster.department"}
    reason = reason_for(decision, "governance.roster.department")
    assert reason.fact("path") == f"seats[{position}].body"
    assert reason.source is S3_S6


def test_a_caucus_left_out_of_the_membership_given_has_no_members() -> None:
    """S3: each caucus elects a director from its members; a caucus left out has none."""
    index = index_of(VALID, T.CAUCUS)
    members = {code: people for code, people in CAUCUS_MEMBERS.items() if code != VALID.seats[index].body}
    decision = check(VALID, caucus_members=members)
    assert violations(decision) == {"governance.roster.caucus"}
    assert reason_for(decision, "governance.roster.caucus").fact("path") == f"seats[{index}].body"


def test_unchecked_caucus_seats_cite_s3_and_s6() -> None:
    decision = check(VALID, department_members=DEPARTMENT_MEMBERS)
    unchecked = [r for r in decision.reasons if r.code == "governance.roster.caucus.unchecked"]
    assert [r.source for r in unchecked] == [S3_S6] * 5
    assert unchecked[0].message == f"seats[{index_of(VALID, T.CAUCUS)}]: caucus membership not given, not checked."


def test_two_seats_for_one_body_cite_s3_and_s6() -> None:
    first, second = index_of(VALID, T.DIVISION, 0), index_of(VALID, T.DIVISION, 1)
    holder = attrs.evolve(VALID.seats[first].holder, person="Second director")
    decision = check(replace(VALID, second, body=VALID.seats[first].body, holder=holder), caucus_members=CAUCUS_MEMBERS)
    assert reason_for(decision, "governance.roster.body_twice").source is S3_S6


def test_a_large_city_named_twice_shows_in_the_large_city_check_only() -> None:
    """S7, S3: the large-city seats are those of the ten most populous member cities; one city named
    twice leaves another out, which the large-city check reports (in words, citing S7)."""
    index = index_of(VALID, T.LARGE_CITY, 9)
    decision = check(replace(VALID, index, body=LARGE[0]), caucus_members=CAUCUS_MEMBERS)
    assert violations(decision) == {"governance.roster.large_cities"}
    reason = reason_for(decision, "governance.roster.large_cities")
    assert reason.message == (
        f"The large-city seats are not the ten most populous member cities: missing ['{LARGE[9]}'], not among them []."
    )
    assert reason.source is S7


def test_a_roster_without_at_large_seats_breaks_only_their_count() -> None:
    """The small-city rule is about the at-large seats: with none, only their count (S3: 12) fails."""
    decision = check(Roster(tuple(s for s in VALID.seats if s.seat_type is not T.AT_LARGE)))
    assert violations(decision) == {"governance.roster.count.at_large"}


def test_the_small_city_violation_cites_the_threshold_in_force() -> None:
    """S6 (2018 on): under 10,000."""
    decision = check(build(small_city=TEN_THOUSAND), caucus_members=CAUCUS_MEMBERS)
    reason = reason_for(decision, "governance.roster.small_city")
    assert reason.message == "No at-large director is from a city under 10,000 (of known population)."
    assert reason.source is S6


def test_a_term_violation_cites_s3_and_s6() -> None:
    index = index_of(VALID, T.DIVISION)
    ended = DateRange(date(2021, 9, 22), ON - timedelta(days=1))
    decision = check(replace(VALID, index, term=ended), caucus_members=CAUCUS_MEMBERS)
    assert reason_for(decision, "governance.roster.term").source is S3_S6


def test_a_term_too_long_gives_its_path_the_slack_and_the_rule() -> None:
    """S3, S7: two-year at-large terms, from one annual conference to another (62 days' slack, assumed)."""
    index = index_of(VALID, T.AT_LARGE, 1)
    long_term = DateRange(date(2023, 9, 22), date(2025, 11, 24))
    decision = check(replace(VALID, index, term=long_term), caucus_members=CAUCUS_MEMBERS)
    reason = reason_for(decision, "governance.roster.term_length")
    assert reason.facts == (Fact("path", f"seats[{index}].term"), Fact("slack_days", "62"))
    assert reason.source is TERM_MONTHS[T.AT_LARGE].source
    assert reason.source is S3_S6


@pytest.mark.parametrize(("on", "source"), [(ON, S3), (OLD_ON, S7)], ids=["2024", "2015"])
def test_a_valid_roster_says_so_citing_the_board_in_force(on: date, source: Source) -> None:
    """S3 (2024) and S7 (2013-2021) give the compositions a valid roster meets."""
    if on == ON:
        decision = check(VALID, caucus_members=CAUCUS_MEMBERS, department_members=DEPARTMENT_MEMBERS)
    else:
        decision = check(build(OLD_ON, departments=DEPARTMENTS_2015, caucuses=()), OLD_ON)
    assert decision.outcome is True
    valid = reason_for(decision, "governance.roster.valid")
    assert valid.message == f"No violation found on {on}."
    assert valid.source is source
