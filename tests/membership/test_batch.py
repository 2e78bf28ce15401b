"""Tests of batch.py: membership questions about every city at once, as tables.

Rules under test (src/calcities_domain/membership/batch.py; ../shared/domain/
governance-and-membership.md section 1, "Membership"):

* S1, S2, S31: the roll lists member and non-member cities, each in a division.
  ``statuses_on`` gives every city's status on a day, in the roll's order; ``members_on``
  the members among them (in good standing or not).
* ``lapsed_between`` lists each first day without membership from ``start`` through
  ``end`` (both inclusive), with the day the city rejoined, if it has; two touching terms
  are one membership and no lapse; ``end`` before ``start`` is an InputError.
* ``counts_by_division`` counts the cities of each division by membership, the cities
  with no known division last, and the counts add up.
* Every table converts to plain dicts (enums by value) for a data frame, and each row
  agrees with :func:`~calcities_domain.membership.member_status`, the explained answer.
* A table names what its rows rest on (``table.sources``): the status tables
  (``statuses_on``, ``members_on``, ``counts_by_division``) cite S2 (``MEMBERS_ARE_CITIES``),
  the roll's standing rule (by default S22's ``DUES_UNKNOWN``, assumed; ``CALLER_GRACE``
  for a caller's grace period) and ``NOT_RECORDED`` (assumed); ``lapsed_between`` cites S2
  alone. ``table.assumptions()`` lists the unconfirmed ones.
* A row refuses values that disagree with each other (a status row's flags and days, a
  division count's sums); a count is never negative.
* Bad arguments: one InputError naming every one (the roll and each day).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, DateRange, InputError, Source, Table
from calcities_domain.membership import (
    DivisionCount,
    DuesPayment,
    LapseRow,
    MembershipHistory,
    MembershipRoll,
    MemberStatus,
    StandingRule,
    StatusRow,
    counts_by_division,
    lapsed_between,
    member_status,
    members_on,
    statuses_on,
)
from calcities_domain.membership.cal_cities import CALLER_GRACE, DUES_UNKNOWN, MEMBERS_ARE_CITIES, NOT_RECORDED
from calcities_domain.organization import City
from calcities_domain.testing import strategies as cst
from tests.membership import generate
from tests.membership.generate import DAYS

ONE_DAY = timedelta(days=1)

STATUS_COLUMNS = ("city", "division", "status", "member", "good_standing", "member_since", "dues_unpaid_since")
LAPSE_COLUMNS = ("city", "division", "member_through", "lapsed_on", "rejoined_on")
COUNT_COLUMNS = ("division", "cities", "members", "good_standing", "not_members")


def fiscal_year(first: int) -> DuesPayment:
    return DuesPayment(DateRange(date(first, 7, 1), date(first + 1, 6, 30)), date(first, 7, 1))


def sample_roll(standing: StandingRule | None = None) -> MembershipRoll:
    """Six cities (an illustration, not the real roll).

    * Danville (east_bay): a member until 30 June 2011 and again from 1 July 2013; dues paid through June 2024.
    * Orange (orange_county): never a member (S31 marks it "nonmember").
    * Alameda (east_bay): two touching terms, 2000-2009 and 2010 onwards: one membership.
    * Berkeley (east_bay): a member from 2005 to the end of 2020 (lapsed 1 January 2021).
    * Chico (no division known): a member from 2015 on.
    * Laguna Woods (orange_county): a member 2018-2019, rejoined 1 January 2021.
    """
    cities = (
        City("Danville", division="east_bay"),
        City("Orange", division="orange_county"),
        City("Alameda", division="east_bay"),
        City("Berkeley", division="east_bay"),
        City("Chico"),
        City("Laguna Woods", division="orange_county"),
    )
    histories = (
        MembershipHistory(
            "Danville",
            (DateRange(date(1982, 7, 1), date(2011, 6, 30)), DateRange(date(2013, 7, 1))),
            dues=tuple(fiscal_year(year) for year in range(2013, 2024)),
        ),
        MembershipHistory("Alameda", (DateRange(date(2000, 1, 1), date(2009, 12, 31)), DateRange(date(2010, 1, 1)))),
        MembershipHistory("Berkeley", (DateRange(date(2005, 1, 1), date(2020, 12, 31)),)),
        MembershipHistory("Chico", (DateRange(date(2015, 1, 1)),)),
        MembershipHistory(
            "Laguna Woods", (DateRange(date(2018, 1, 1), date(2019, 12, 31)), DateRange(date(2021, 1, 1)))
        ),
    )
    return MembershipRoll(cities, histories, standing=StandingRule.default() if standing is None else standing)


def empty_roll() -> MembershipRoll:
    return MembershipRoll((), ())


# --------------------------------------------------------------------------- statuses_on


def test_statuses_on_lists_every_city_in_the_roll_order() -> None:
    table = statuses_on(sample_roll(), date(2024, 9, 1))
    assert isinstance(table, Table)
    assert table.columns == STATUS_COLUMNS
    assert [row.city for row in table] == ["Danville", "Orange", "Alameda", "Berkeley", "Chico", "Laguna Woods"]
    assert [row.status for row in table] == [
        MemberStatus.GOOD_STANDING,  # unpaid since July 2024, but the default rule keeps it in good standing
        MemberStatus.NOT_A_MEMBER,
        MemberStatus.GOOD_STANDING,
        MemberStatus.FORMER_MEMBER,
        MemberStatus.GOOD_STANDING,
        MemberStatus.GOOD_STANDING,
    ]


def test_a_status_row_holds_the_membership_and_dues_facts() -> None:
    rows = {row.city: row for row in statuses_on(sample_roll(), date(2024, 9, 1))}
    assert rows["Danville"] == StatusRow(
        city="Danville",
        division="east_bay",
        status=MemberStatus.GOOD_STANDING,
        member=True,
        good_standing=True,
        member_since=date(2013, 7, 1),
        dues_unpaid_since=date(2024, 7, 1),
    )
    # Touching terms are one membership: member since the first.
    assert rows["Alameda"].member_since == date(2000, 1, 1)
    assert rows["Alameda"].dues_unpaid_since is None  # not recorded
    assert rows["Berkeley"] == StatusRow("Berkeley", "east_bay", MemberStatus.FORMER_MEMBER, False, False, None, None)
    assert rows["Chico"].division is None


def test_a_grace_period_shows_in_the_good_standing_column() -> None:
    table = statuses_on(sample_roll(StandingRule.grace(30)), date(2024, 9, 1))
    danville = next(row for row in table if row.city == "Danville")
    assert (danville.status, danville.member, danville.good_standing) == (
        MemberStatus.NOT_IN_GOOD_STANDING,
        True,
        False,
    )


def test_statuses_on_an_empty_roll_is_an_empty_table_with_columns() -> None:
    table = statuses_on(empty_roll(), date(2024, 1, 1))
    assert (table.columns, len(table), table.to_rows()) == (STATUS_COLUMNS, 0, [])


@pytest.mark.parametrize(
    ("roll", "on", "path"),
    [
        ("roll", date(2024, 1, 1), "roll"),
        (None, date(2024, 1, 1), "roll"),
        (..., "2024-01-01", "on"),
        (..., None, "on"),
    ],
)
def test_statuses_on_refuses_bad_arguments(roll: Any, on: Any, path: str) -> None:
    for ask in (statuses_on, members_on, counts_by_division):
        with pytest.raises(InputError) as info:
            ask(sample_roll() if roll is ... else roll, on)
        assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize(
    ("roll", "on", "expected"),
    [
        (None, "2024-01-01", ["roll", "on"]),
        ("roll", None, ["roll", "on"]),
    ],
)
def test_the_status_tables_name_every_bad_argument_at_once(roll: Any, on: Any, expected: list[str]) -> None:
    """DESIGN principle 8: one error naming every bad argument."""
    for ask in (statuses_on, members_on, counts_by_division):
        with pytest.raises(InputError) as info:
            ask(roll, on)
        assert [p.path for p in info.value.problems] == expected


# ----------------------------------------------------------------------------- members_on


def test_members_on_keeps_the_members_in_the_roll_order() -> None:
    table = members_on(sample_roll(), date(2024, 9, 1))
    assert table.columns == STATUS_COLUMNS
    assert [row.city for row in table] == ["Danville", "Alameda", "Chico", "Laguna Woods"]
    assert all(row.member for row in table)


def test_members_on_keeps_members_not_in_good_standing() -> None:
    """A member not in good standing is still a member: the good_standing column says which."""
    table = members_on(sample_roll(StandingRule.grace(30)), date(2024, 9, 1))
    assert [(row.city, row.good_standing) for row in table] == [
        ("Danville", False),
        ("Alameda", True),
        ("Chico", True),
        ("Laguna Woods", True),
    ]


def test_a_city_in_a_lapse_is_not_among_the_members() -> None:
    """Laguna Woods lapsed on 1 January 2020 and rejoined on 1 January 2021."""
    assert [row.city for row in members_on(sample_roll(), date(2020, 6, 1))] == [
        "Danville",
        "Alameda",
        "Berkeley",
        "Chico",
    ]
    assert "Laguna Woods" in [row.city for row in members_on(sample_roll(), date(2021, 1, 1))]


def test_members_on_the_docstring_example() -> None:
    roll = MembershipRoll(
        (City("Danville"), City("Orange")),
        (MembershipHistory("Danville", (DateRange(date(1982, 7, 1)),)),),
    )
    assert [row["city"] for row in members_on(roll, date(2024, 1, 1)).to_rows()] == ["Danville"]


def test_members_on_an_empty_roll() -> None:
    table = members_on(empty_roll(), date(2024, 1, 1))
    assert (table.columns, len(table)) == (STATUS_COLUMNS, 0)


# ------------------------------------------------------------------------- lapsed_between


def test_lapsed_between_lists_lapses_with_rejoining() -> None:
    table = lapsed_between(sample_roll(), date(2000, 1, 1), date(2024, 12, 31))
    assert table.columns == LAPSE_COLUMNS
    assert list(table) == [
        LapseRow("Danville", "east_bay", date(2011, 6, 30), date(2011, 7, 1), date(2013, 7, 1)),
        LapseRow("Laguna Woods", "orange_county", date(2019, 12, 31), date(2020, 1, 1), date(2021, 1, 1)),
        LapseRow("Berkeley", "east_bay", date(2020, 12, 31), date(2021, 1, 1), None),
    ]


def test_touching_terms_are_not_a_lapse() -> None:
    """Alameda's terms 2000-2009 and 2010 onwards touch: one membership, no lapse on 1 January 2010."""
    table = lapsed_between(sample_roll(), date(2009, 1, 1), date(2010, 12, 31))
    assert [row.city for row in table] == []


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2011, 7, 1), date(2011, 7, 1), ["Danville"]),  # a one-day range on the lapse
        (date(2011, 7, 1), date(2012, 1, 1), ["Danville"]),  # start is inclusive
        (date(2010, 1, 1), date(2011, 7, 1), ["Danville"]),  # end is inclusive
        (date(2011, 7, 2), date(2019, 12, 31), []),  # the day after, through the day before the next
        (date(2011, 6, 30), date(2011, 6, 30), []),  # the last member day is not the lapse
    ],
    ids=["one day", "start inclusive", "end inclusive", "just outside", "last member day"],
)
def test_lapsed_between_is_inclusive_at_both_ends(start: date, end: date, expected: list[str]) -> None:
    assert [row.city for row in lapsed_between(sample_roll(), start, end)] == expected


def test_lapses_on_one_day_are_in_the_order_of_the_cities_names() -> None:
    """Rows are in the order of the lapses, then of the cities' names (not the roll's order)."""
    table = lapsed_between(sample_roll(), date(2020, 1, 1), date(2021, 12, 31))
    assert [(row.lapsed_on, row.city) for row in table] == [
        (date(2020, 1, 1), "Laguna Woods"),
        (date(2021, 1, 1), "Berkeley"),
    ]
    roll = MembershipRoll(
        (City("Eureka"), City("Chico")),
        (
            MembershipHistory("Eureka", (DateRange(date(2000, 1, 1), date(2020, 12, 31)),)),
            MembershipHistory("Chico", (DateRange(date(2010, 1, 1), date(2020, 12, 31)),)),
        ),
    )
    assert [row.city for row in lapsed_between(roll, date(2021, 1, 1), date(2021, 1, 1))] == ["Chico", "Eureka"]


def test_a_city_that_lapsed_twice_has_two_rows() -> None:
    terms = (
        DateRange(date(2000, 1, 1), date(2000, 12, 31)),
        DateRange(date(2002, 1, 1), date(2002, 12, 31)),
        DateRange(date(2004, 1, 1), date(2004, 12, 31)),
    )
    roll = MembershipRoll((City("Chico", division="north"),), (MembershipHistory("Chico", terms),))
    rows = lapsed_between(roll, date(2000, 1, 1), date(2010, 1, 1)).to_rows()
    assert rows == [
        {
            "city": "Chico",
            "division": "north",
            "member_through": date(2000, 12, 31),
            "lapsed_on": date(2001, 1, 1),
            "rejoined_on": date(2002, 1, 1),
        },
        {
            "city": "Chico",
            "division": "north",
            "member_through": date(2002, 12, 31),
            "lapsed_on": date(2003, 1, 1),
            "rejoined_on": date(2004, 1, 1),
        },
        {
            "city": "Chico",
            "division": "north",
            "member_through": date(2004, 12, 31),
            "lapsed_on": date(2005, 1, 1),
            "rejoined_on": None,
        },
    ]


def test_a_term_ending_on_new_years_eve_lapses_on_new_years_day() -> None:
    term = DateRange(date(2020, 1, 1), date(2024, 12, 31))
    roll = MembershipRoll((City("Chico"),), (MembershipHistory("Chico", (term,)),))
    (row,) = lapsed_between(roll, date(2025, 1, 1), date(2025, 1, 1))
    assert (row.member_through, row.lapsed_on, row.rejoined_on) == (date(2024, 12, 31), date(2025, 1, 1), None)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(InputError) as info:
        lapsed_between(sample_roll(), date(2021, 1, 1), date(2020, 12, 31))
    assert [(p.path, p.message) for p in info.value.problems] == [("end", "2020-12-31 is before start (2021-01-01)")]


@pytest.mark.parametrize(
    ("roll", "start", "end", "path"),
    [
        (None, date(2020, 1, 1), date(2021, 1, 1), "roll"),
        (..., "2020-01-01", date(2021, 1, 1), "start"),
        (..., date(2020, 1, 1), 2021, "end"),
    ],
)
def test_lapsed_between_refuses_bad_arguments(roll: Any, start: Any, end: Any, path: str) -> None:
    with pytest.raises(InputError) as info:
        lapsed_between(sample_roll() if roll is ... else roll, start, end)
    assert [p.path for p in info.value.problems] == [path]


@pytest.mark.parametrize(
    ("roll", "start", "end", "expected"),
    [
        (None, "2020-01-01", 2021, ["roll", "start", "end"]),
        (..., None, "2021-01-01", ["start", "end"]),
        ("roll", date(2020, 1, 1), None, ["roll", "end"]),
    ],
    ids=["all three", "both days", "roll and end"],
)
def test_lapsed_between_names_every_bad_argument_at_once(roll: Any, start: Any, end: Any, expected: list[str]) -> None:
    with pytest.raises(InputError) as info:
        lapsed_between(sample_roll() if roll is ... else roll, start, end)
    assert [p.path for p in info.value.problems] == expected


def test_lapsed_between_on_an_empty_roll_is_an_empty_table_with_columns() -> None:
    table = lapsed_between(empty_roll(), date(2000, 1, 1), date(2030, 1, 1))
    assert (table.columns, table.rows, table.to_rows()) == (LAPSE_COLUMNS, (), [])


# ---------------------------------------------------------------------- counts_by_division


def test_counts_by_division_sorts_divisions_with_the_unknown_last() -> None:
    table = counts_by_division(sample_roll(StandingRule.grace(30)), date(2024, 9, 1))
    assert table.columns == COUNT_COLUMNS
    assert list(table) == [
        DivisionCount("east_bay", cities=3, members=2, good_standing=1, not_members=1),
        DivisionCount("orange_county", cities=2, members=1, good_standing=1, not_members=1),
        DivisionCount(None, cities=1, members=1, good_standing=1, not_members=0),
    ]


def test_counts_by_division_as_rows() -> None:
    rows = counts_by_division(sample_roll(), date(2020, 6, 1)).to_rows()
    assert rows == [
        {"division": "east_bay", "cities": 3, "members": 3, "good_standing": 3, "not_members": 0},
        {"division": "orange_county", "cities": 2, "members": 0, "good_standing": 0, "not_members": 2},
        {"division": None, "cities": 1, "members": 1, "good_standing": 1, "not_members": 0},
    ]


def test_counts_by_division_of_an_empty_roll() -> None:
    table = counts_by_division(empty_roll(), date(2024, 1, 1))
    assert (table.columns, len(table)) == (COUNT_COLUMNS, 0)


# ----------------------------------------------------------------------------- sources

STATUS_TABLES = (statuses_on, members_on, counts_by_division)


@pytest.mark.parametrize("ask", STATUS_TABLES, ids=lambda ask: ask.__name__)
def test_a_status_table_cites_membership_the_default_rule_and_unrecorded_dues(ask: Any) -> None:
    """S2 (members are cities), S22 (unpaid dues: default assumed) and NOT_RECORDED (assumed)."""
    table = ask(sample_roll(), date(2024, 9, 1))
    assert set(table.sources) == {MEMBERS_ARE_CITIES, DUES_UNKNOWN, NOT_RECORDED}
    assert len(table.sources) == 3
    assert set(table.assumptions()) == {DUES_UNKNOWN, NOT_RECORDED}
    assert MEMBERS_ARE_CITIES not in table.assumptions()  # confirmed


@pytest.mark.parametrize("ask", STATUS_TABLES, ids=lambda ask: ask.__name__)
def test_a_status_table_under_a_grace_rule_cites_the_callers_rule(ask: Any) -> None:
    """The good-standing columns rest on the roll's rule: a caller's grace period, not the default."""
    table = ask(sample_roll(StandingRule.grace(30)), date(2024, 9, 1))
    assert set(table.sources) == {MEMBERS_ARE_CITIES, CALLER_GRACE, NOT_RECORDED}
    assert CALLER_GRACE in table.assumptions()
    assert DUES_UNKNOWN not in table.sources


@pytest.mark.parametrize("ask", STATUS_TABLES, ids=lambda ask: ask.__name__)
def test_a_status_table_under_a_confirmed_rule_assumes_only_unrecorded_dues(ask: Any) -> None:
    board = Source("Our board's policy on dues", Confidence.CONFIRMED)
    table = ask(sample_roll(StandingRule(60, board)), date(2024, 9, 1))
    assert set(table.sources) == {MEMBERS_ARE_CITIES, board, NOT_RECORDED}
    assert table.assumptions() == (NOT_RECORDED,)


@pytest.mark.parametrize("ask", STATUS_TABLES, ids=lambda ask: ask.__name__)
def test_an_empty_status_table_still_names_its_sources(ask: Any) -> None:
    """The sources belong to the question, not to the rows: an empty table has them too."""
    table = ask(empty_roll(), date(2024, 1, 1))
    assert len(table) == 0
    assert set(table.sources) == {MEMBERS_ARE_CITIES, DUES_UNKNOWN, NOT_RECORDED}


def test_lapses_cite_only_that_members_are_cities() -> None:
    """Lapses read the terms alone, never the dues: no standing rule is cited."""
    for roll in (sample_roll(), sample_roll(StandingRule.grace(30)), empty_roll()):
        table = lapsed_between(roll, date(2000, 1, 1), date(2024, 12, 31))
        assert table.sources == (MEMBERS_ARE_CITIES,)
        assert table.assumptions() == ()


def test_members_on_keeps_the_sources_of_statuses_on() -> None:
    roll = sample_roll(StandingRule.grace(30))
    assert members_on(roll, date(2024, 9, 1)).sources == statuses_on(roll, date(2024, 9, 1)).sources


# ----------------------------------------------------------------------------- rows


def status_row(**changes: Any) -> StatusRow:
    fields: dict[str, Any] = {
        "city": "Danville",
        "division": "east_bay",
        "status": MemberStatus.NOT_IN_GOOD_STANDING,
        "member": True,
        "good_standing": False,
        "member_since": date(2013, 7, 1),
        "dues_unpaid_since": date(2024, 7, 1),
        **changes,
    }
    return StatusRow(**fields)


def test_a_consistent_status_row_is_accepted() -> None:
    assert status_row().status is MemberStatus.NOT_IN_GOOD_STANDING
    assert status_row(status=MemberStatus.GOOD_STANDING, good_standing=True).good_standing
    assert status_row(status=MemberStatus.GOOD_STANDING, good_standing=True, dues_unpaid_since=None).member


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"member": False, "member_since": None, "dues_unpaid_since": None},
            [("member", "must be True for the status not_in_good_standing")],
        ),
        ({"good_standing": True}, [("good_standing", "does not agree with the status not_in_good_standing")]),
        ({"member_since": None}, [("member_since", "is given exactly when the city is a member")]),
        (
            {
                "status": MemberStatus.FORMER_MEMBER,
                "member": False,
                "member_since": date(2013, 7, 1),
                "dues_unpaid_since": None,
            },
            [("member_since", "is given exactly when the city is a member")],
        ),
        (
            {"status": MemberStatus.NOT_A_MEMBER, "member": False, "member_since": None},
            [("dues_unpaid_since", "only a member has unpaid dues")],
        ),
        (
            {"status": MemberStatus.GOOD_STANDING, "member": False},
            [
                ("member", "must be True for the status good_standing"),
                ("good_standing", "does not agree with the status good_standing"),
                ("member_since", "is given exactly when the city is a member"),
                ("dues_unpaid_since", "only a member has unpaid dues"),
            ],
        ),
    ],
    ids=[
        "member flag",
        "good standing flag",
        "member without a first day",
        "non-member with one",
        "non-member with unpaid dues",
        "every problem at once",
    ],
)
def test_a_status_row_refuses_values_that_disagree(changes: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """batch.py, StatusRow: the flags agree with the status; the days are a member's."""
    with pytest.raises(InputError) as info:
        status_row(**changes)
    assert [(p.path, p.message) for p in info.value.problems] == expected


def test_a_bad_city_does_not_hide_disagreeing_values() -> None:
    """The city and division are independent of the other columns: every problem is named."""
    with pytest.raises(InputError) as info:
        status_row(city=" ", division="", member=False)
    assert [p.path for p in info.value.problems] == [
        "city",
        "division",
        "member",
        "member_since",
        "dues_unpaid_since",
    ]


def test_a_bad_status_is_reported_without_the_checks_across_it() -> None:
    with pytest.raises(InputError) as info:
        status_row(status="good_standing")
    assert [p.path for p in info.value.problems] == ["status"]


def test_a_consistent_division_count_is_accepted() -> None:
    count = DivisionCount("east_bay", cities=3, members=2, good_standing=2, not_members=1)
    assert (count.cities, count.members, count.good_standing, count.not_members) == (3, 2, 2, 1)
    assert DivisionCount(None, 0, 0, 0, 0).cities == 0


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((3, 2, 1, 2), [("cities", "3 is not members + not_members")]),
        ((3, 2, 3, 1), [("good_standing", "3 is more than the members, 2")]),
        (
            (4, 2, 3, 1),
            [("cities", "4 is not members + not_members"), ("good_standing", "3 is more than the members, 2")],
        ),
        ((-1, 0, 0, -1), [("cities", "must not be negative, got -1"), ("not_members", "must not be negative, got -1")]),
        ((1, 2, 0, -1), [("not_members", "must not be negative, got -1")]),
        ((True, 1, 0, 0), [("cities", "expected a whole number, got True")]),
    ],
    ids=["sum", "good standing over members", "both", "negative", "negative adding up", "a bool"],
)
def test_a_division_count_refuses_counts_that_do_not_add_up(
    counts: tuple[Any, Any, Any, Any], expected: list[tuple[str, str]]
) -> None:
    """batch.py, DivisionCount: counts are never negative, cities = members + not_members, good standing <= members."""
    with pytest.raises(InputError) as info:
        DivisionCount("east_bay", *counts)
    assert [(p.path, p.message) for p in info.value.problems] == expected


def test_a_bad_division_does_not_hide_counts_that_do_not_add_up() -> None:
    with pytest.raises(InputError) as info:
        DivisionCount(" ", 1, 1, 2, 1)
    assert [p.path for p in info.value.problems] == ["division", "cities", "good_standing"]


@given(cst.status_rows())
def test_every_drawn_status_row_is_consistent(row: StatusRow) -> None:
    """The public strategy draws rows the checks accept, and they agree column by column."""
    assert row.member is row.status.is_member
    assert row.good_standing is (row.status is MemberStatus.GOOD_STANDING)
    assert (row.member_since is not None) is row.member


@given(cst.division_counts())
def test_every_drawn_division_count_adds_up(count: DivisionCount) -> None:
    assert count.cities == count.members + count.not_members
    assert 0 <= count.good_standing <= count.members


# ----------------------------------------------------------------------------- to_rows


def test_to_rows_gives_plain_dicts_with_enums_as_their_values() -> None:
    rows = statuses_on(sample_roll(StandingRule.grace(30)), date(2024, 9, 1)).to_rows()
    assert all(type(row) is dict and tuple(row) == STATUS_COLUMNS for row in rows)
    assert [row["status"] for row in rows] == [
        "not_in_good_standing",
        "not_a_member",
        "good_standing",
        "former_member",
        "good_standing",
        "good_standing",
    ]
    assert all(type(row["status"]) is str for row in rows)
    assert rows[0] == {
        "city": "Danville",
        "division": "east_bay",
        "status": "not_in_good_standing",
        "member": True,
        "good_standing": False,
        "member_since": date(2013, 7, 1),
        "dues_unpaid_since": date(2024, 7, 1),
    }


# ---------------------------------------------------------------------------- properties


def rolls() -> st.SearchStrategy[MembershipRoll]:
    return generate.rolls(min_cities=0)


def shuffled(data: st.DataObject, roll: MembershipRoll) -> MembershipRoll:
    return MembershipRoll(
        tuple(data.draw(st.permutations(roll.cities))),
        tuple(data.draw(st.permutations(roll.histories))),
        standing=roll.standing,
    )


def as_set(rows: list[dict[str, object]]) -> set[tuple[tuple[str, object], ...]]:
    return {tuple(row.items()) for row in rows}


@settings(max_examples=100)
@given(rolls(), DAYS)
def test_each_status_row_agrees_with_member_status(roll: MembershipRoll, on: date) -> None:
    """The table and the explained answer never disagree."""
    table = statuses_on(roll, on)
    assert [row.city for row in table] == [city.name for city in roll.cities]
    for row in table:
        decision = member_status(roll, row.city, on=on)
        assert row.status is decision.outcome
        assert row.member == decision.outcome.is_member
        assert row.good_standing == (decision.outcome is MemberStatus.GOOD_STANDING)
        member_reason = next((r for r in decision.reasons if r.code == "membership.status.member"), None)
        if member_reason is None:
            assert (row.member_since, row.dues_unpaid_since) == (None, None)
        else:
            assert row.member_since is not None
            assert member_reason.fact("member_since") == row.member_since.isoformat()
        dues_codes = {"membership.dues.unpaid", "membership.dues.grace", "membership.dues.delinquent"}
        unpaid_reason = next((r for r in decision.reasons if r.code in dues_codes), None)
        expected = None if unpaid_reason is None else unpaid_reason.fact("unpaid_since")
        assert (None if row.dues_unpaid_since is None else row.dues_unpaid_since.isoformat()) == expected


@settings(max_examples=100)
@given(rolls(), DAYS)
def test_members_on_is_the_member_rows_of_statuses_on(roll: MembershipRoll, on: date) -> None:
    assert list(members_on(roll, on)) == [row for row in statuses_on(roll, on) if row.member]


@settings(max_examples=100)
@given(rolls(), DAYS)
def test_the_counts_by_division_add_up(roll: MembershipRoll, on: date) -> None:
    table = counts_by_division(roll, on)
    divisions = [count.division for count in table]
    known = [d for d in divisions if d is not None]
    assert known == sorted(known)
    assert None not in divisions[:-1]  # the unknown division, if any, is last
    assert len(set(divisions)) == len(divisions)
    for count in table:
        assert count.cities == count.members + count.not_members
        assert count.good_standing <= count.members
    assert sum(count.cities for count in table) == len(roll.cities)
    assert sum(count.members for count in table) == len(members_on(roll, on))
    assert sum(count.good_standing for count in table) == sum(row.good_standing for row in statuses_on(roll, on))


@settings(max_examples=100)
@given(rolls(), DAYS, DAYS)
def test_every_lapse_row_is_a_real_lapse_in_the_range(roll: MembershipRoll, one: date, two: date) -> None:
    start, end = sorted((one, two))
    rows = list(lapsed_between(roll, start, end))
    assert rows == sorted(rows, key=lambda row: (row.lapsed_on, row.city))
    for row in rows:
        history = roll.history(row.city)
        assert history is not None
        assert start <= row.lapsed_on <= end
        assert row.member_through == row.lapsed_on - ONE_DAY
        assert history.is_member_on(row.member_through)
        assert not history.is_member_on(row.lapsed_on)
        decision = member_status(roll, row.city, on=row.lapsed_on)
        assert decision.outcome is MemberStatus.FORMER_MEMBER
        if row.rejoined_on is None:
            assert not any(term.start > row.lapsed_on for term in history.terms)
        else:
            assert history.is_member_on(row.rejoined_on)
            assert not history.is_member_on(row.rejoined_on - ONE_DAY)
    # and every lapse in the range is listed
    expected = {(history.city, day) for history in roll.histories for day in history.lapses() if start <= day <= end}
    assert {(row.city, row.lapsed_on) for row in rows} == expected


@settings(max_examples=75)
@given(st.data(), DAYS, DAYS)
def test_the_order_of_the_roll_never_changes_the_rows(data: st.DataObject, one: date, two: date) -> None:
    """Permuting cities and histories reorders statuses_on, and changes no row of any table."""
    roll = data.draw(rolls())
    other = shuffled(data, roll)
    start, end = sorted((one, two))
    assert as_set(statuses_on(other, one).to_rows()) == as_set(statuses_on(roll, one).to_rows())
    assert as_set(members_on(other, one).to_rows()) == as_set(members_on(roll, one).to_rows())
    # lapses and counts have their own order, so they are equal as lists
    assert lapsed_between(other, start, end) == lapsed_between(roll, start, end)
    assert counts_by_division(other, one) == counts_by_division(roll, one)


@settings(max_examples=75)
@given(rolls(), DAYS)
def test_a_status_table_cites_everything_its_rows_rest_on(roll: MembershipRoll, on: date) -> None:
    """Every source an explained answer cites is among the table's, and so is every assumption."""
    table = statuses_on(roll, on)
    assert set(table.sources) == {MEMBERS_ARE_CITIES, roll.standing.source, NOT_RECORDED}
    assert set(table.assumptions()) == {s for s in table.sources if not s.is_confirmed}
    for row in table:
        decision = member_status(roll, row.city, on=on)
        assert set(decision.sources()) <= set(table.sources)
        assert set(decision.assumptions()) <= set(table.assumptions())
    assert counts_by_division(roll, on).sources == table.sources == members_on(roll, on).sources
