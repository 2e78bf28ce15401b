"""Tests of tables.py: Table, rows of one attrs record type, as plain data for a data frame.

Rule under test: a batch answer ("which cities were members on D?") is a table whose
columns are the fields of its record type, in order, even when it has no rows; its
:meth:`Table.to_rows` gives plain dicts (enums by value, money and ranges as text,
tuples and sets as tuples) that ``pandas.DataFrame`` reads without the library
depending on pandas. A table names what its rows rest on, its ``sources`` (a keyword
field; :meth:`Table.of` keeps each source once), and :meth:`Table.assumptions` lists the
ones that are not confirmed, as a decision's do. Everything else (rows or sources that
are not a sequence, a source that is not a Source) is refused with an InputError naming
the place, never a TypeError.
"""

from __future__ import annotations

import enum
from datetime import date
from typing import Any, cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import Confidence, DateRange, InputError, Money, Source, Table, plain
from calcities_domain.membership import MemberStatus, StatusRow
from calcities_domain.serialization import from_json, structure, to_json, unstructure
from calcities_domain.testing import strategies as cst


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@attrs.frozen
class Row:
    city: str
    members: int


@attrs.frozen
class Other:
    city: str
    members: int


@attrs.frozen
class Rich:
    colour: Colour
    fee: Money
    days: DateRange
    fees: tuple[Money, ...]
    tags: frozenset[str]
    on: date
    note: str | None
    ok: bool


DANVILLE = Row("Danville", 1)
ORANGE = Row("Orange", 2)
ROLL = Source("A membership roll", Confidence.CONFIRMED)
RULE = Source("A rule for unpaid dues", Confidence.ASSUMED)
READING = Source("A reading of the bylaws", Confidence.INFERRED)


# ----------------------------------------------------------------------------- building


def test_of_takes_the_columns_from_the_row_type() -> None:
    table = Table.of(Row, [DANVILLE, ORANGE])
    assert table.columns == ("city", "members")
    assert table.rows == (DANVILLE, ORANGE)


def test_of_takes_any_iterable_of_rows() -> None:
    assert Table.of(Row, (row for row in [DANVILLE, ORANGE])).rows == (DANVILLE, ORANGE)


def test_an_empty_table_keeps_its_columns() -> None:
    table = Table.of(Row, [])
    assert table.columns == ("city", "members")
    assert table.rows == ()
    assert len(table) == 0
    assert table.to_rows() == []


def test_a_row_of_another_type_is_refused_with_its_place() -> None:
    with pytest.raises(InputError) as info:
        Table.of(Row, [Other("Danville", 1)])
    (problem,) = info.value.problems
    assert problem.path == "rows[0]"
    assert problem.message.startswith("expected a Row, got Other(")


def test_the_first_bad_row_is_named() -> None:
    with pytest.raises(InputError) as info:
        Table.of(Row, [DANVILLE, ORANGE, "Fresno"])
    assert info.value.problems[0].path == "rows[2]"


def test_a_subclass_row_is_not_the_row_type() -> None:
    @attrs.frozen
    class Special(Row):
        pass

    with pytest.raises(InputError) as info:
        Table.of(Row, [Special("Danville", 1)])
    assert info.value.problems[0].path == "rows[0]"


@pytest.mark.parametrize("row_type", [int, "Row", None, Row("Danville", 1)], ids=repr)
def test_a_row_type_that_is_not_an_attrs_class_is_refused(row_type: Any) -> None:
    with pytest.raises(InputError) as info:
        Table.of(row_type, [])
    (problem,) = info.value.problems
    assert problem.path == "row_type"
    assert problem.message.startswith("expected an attrs class, got ")


@pytest.mark.parametrize("rows", [5, None, "Danville"], ids=repr)
def test_rows_that_are_not_a_sequence_are_refused_at_rows(rows: Any) -> None:
    """An InputError naming ``rows``, not a TypeError from iterating (text is not a sequence of rows)."""
    with pytest.raises(InputError) as info:
        Table.of(Row, rows)
    (problem,) = info.value.problems
    assert problem.path == "rows"
    assert problem.message == f"expected a sequence, got {rows!r}"


# ----------------------------------------------------------------------------- sources


def test_a_table_has_no_sources_unless_given() -> None:
    table = Table.of(Row, [DANVILLE])
    assert table.sources == ()
    assert table.assumptions() == ()


def test_of_keeps_each_source_once_in_a_stable_order() -> None:
    """``Table.of`` de-duplicates its sources (kernel ``unique_sources``: by title, then the rest)."""
    table = Table.of(Row, [DANVILLE], sources=[RULE, ROLL, RULE, ROLL])
    assert table.sources == (ROLL, RULE)
    assert Table.of(Row, [DANVILLE], sources=(s for s in [ROLL, RULE])) == table


def test_assumptions_are_the_sources_not_confirmed() -> None:
    """As a decision's: the confirmed sources are not assumptions; inferred and assumed ones are."""
    table = Table.of(Row, [], sources=[ROLL, RULE, READING])
    assert table.sources == (ROLL, READING, RULE)  # by title
    assert table.assumptions() == (READING, RULE)
    assert Table.of(Row, [], sources=[ROLL]).assumptions() == ()


def test_the_sources_are_part_of_the_table() -> None:
    assert Table.of(Row, [DANVILLE], sources=[ROLL]) != Table.of(Row, [DANVILLE])


def test_the_sources_do_not_change_the_rows() -> None:
    table = Table.of(Row, [DANVILLE, ORANGE], sources=[ROLL, RULE])
    assert table.to_rows() == Table.of(Row, [DANVILLE, ORANGE]).to_rows()
    assert list(table.to_rows()[0]) == ["city", "members"]


@pytest.mark.parametrize(
    ("sources", "path"),
    [
        (["A membership roll"], "sources[0]"),
        ([ROLL, None], "sources[1]"),
        (5, "sources"),
        ("A membership roll", "sources"),
    ],
    ids=["text", "none", "number", "a string"],
)
def test_of_refuses_what_is_not_a_source(sources: Any, path: str) -> None:
    with pytest.raises(InputError) as info:
        Table.of(Row, [DANVILLE], sources=sources)
    assert [p.path for p in info.value.problems] == [path]


def test_sources_are_a_keyword_field() -> None:
    table = Table(("city", "members"), (DANVILLE,), sources=(ROLL,))
    assert table.sources == (ROLL,)
    with pytest.raises(TypeError):
        Table(("city", "members"), (DANVILLE,), (ROLL,))  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("sources", "path"),
    [([ROLL], "sources"), ((ROLL, "x"), "sources[1]")],
    ids=["a list", "not a source"],
)
def test_direct_construction_refuses_bad_sources(sources: Any, path: str) -> None:
    with pytest.raises(InputError) as info:
        Table(("city", "members"), (DANVILLE,), sources=sources)
    assert [p.path for p in info.value.problems] == [path]


# ----------------------------------------------------------------------------- direct construction


def test_direct_construction_with_the_right_columns() -> None:
    assert Table(("city", "members"), (DANVILLE,)) == Table.of(Row, [DANVILLE])


def test_direct_construction_with_mismatched_columns_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Table(("members", "city"), (DANVILLE,))
    (problem,) = info.value.problems
    assert problem.path == "rows[0]"
    assert "its fields are not the columns ('members', 'city')" in problem.message


def test_direct_construction_with_a_row_that_is_not_a_record_is_refused() -> None:
    with pytest.raises(InputError) as info:
        Table(("city", "members"), (DANVILLE, ("Orange", 2)))
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("rows[1]", "expected an attrs record, got ('Orange', 2)"),
    ]


@pytest.mark.parametrize(
    "columns",
    [["city", "members"], ("city", ""), ("city", 3), ("city", "city")],
    ids=["list", "blank name", "not text", "twice"],
)
def test_bad_columns_are_refused(columns: Any) -> None:
    with pytest.raises(InputError) as info:
        Table(columns, ())
    assert info.value.problems[0].path == "columns"


def test_rows_must_be_a_tuple() -> None:
    with pytest.raises(InputError) as info:
        Table(("city", "members"), cast("Any", [DANVILLE]))
    assert info.value.problems[0].path == "rows"


# ----------------------------------------------------------------------------- reading


def test_len_and_iter() -> None:
    table = Table.of(Row, [DANVILLE, ORANGE])
    assert len(table) == 2
    assert list(table) == [DANVILLE, ORANGE]
    assert [row.city for row in table] == ["Danville", "Orange"]


def test_to_rows_gives_one_dict_per_row_keyed_by_column() -> None:
    assert Table.of(Row, [DANVILLE, ORANGE]).to_rows() == [
        {"city": "Danville", "members": 1},
        {"city": "Orange", "members": 2},
    ]


def test_to_rows_gives_plain_values() -> None:
    rich = Rich(
        colour=Colour.BLUE,
        fee=Money(7550),
        days=DateRange(date(2024, 7, 1), date(2025, 6, 30)),
        fees=(Money(100), Money(-5)),
        tags=frozenset({"b", "a"}),
        on=date(2024, 1, 1),
        note=None,
        ok=True,
    )
    (row,) = Table.of(Rich, [rich]).to_rows()
    assert row == {
        "colour": "blue",
        "fee": "$75.50",
        "days": "2024-07-01 to 2025-06-30",
        "fees": ("$1.00", "-$0.05"),
        "tags": ("a", "b"),
        "on": date(2024, 1, 1),
        "note": None,
        "ok": True,
    }
    assert list(row) == list(Table.of(Rich, []).columns)


def test_plain_values_nest_and_keep_what_a_data_frame_reads() -> None:
    assert plain(DateRange(date(2024, 1, 1))) == "2024-01-01 onwards"
    assert plain(((Colour.RED, None), frozenset())) == (("red", None), ())
    assert plain(date(2024, 1, 1)) == date(2024, 1, 1)
    assert plain(False) is False
    assert plain(3) == 3
    assert plain("x") == "x"


def test_a_table_of_statuses() -> None:
    row = StatusRow("Danville", "east_bay", MemberStatus.GOOD_STANDING, True, True, date(1982, 7, 1), None)
    assert Table.of(StatusRow, [row]).to_rows() == [
        {
            "city": "Danville",
            "division": "east_bay",
            "status": "good_standing",
            "member": True,
            "good_standing": True,
            "member_since": date(1982, 7, 1),
            "dues_unpaid_since": None,
        }
    ]


# ----------------------------------------------------------------------------- JSON


def test_json_round_trip() -> None:
    row = StatusRow("Orange", None, MemberStatus.FORMER_MEMBER, False, False, None, None)
    table = Table.of(StatusRow, [row])
    text = to_json(table)
    assert '"status": "former_member"' in text
    back = from_json(text, Table[StatusRow])
    assert back == table
    assert back.columns == table.columns


def test_json_round_trip_with_sources() -> None:
    row = StatusRow("Orange", None, MemberStatus.NOT_A_MEMBER, False, False, None, None)
    table = Table.of(StatusRow, [row], sources=[ROLL, RULE])
    document = unstructure(table)
    assert [source["title"] for source in document["sources"]] == [ROLL.title, RULE.title]
    assert document["sources"][1]["confidence"] == "assumed"
    back = from_json(to_json(table), Table[StatusRow])
    assert back == table
    assert back.sources == (ROLL, RULE)
    assert back.assumptions() == (RULE,)


def test_a_document_without_sources_is_a_table_without_sources() -> None:
    document = unstructure(Table.of(StatusRow, []))
    del document["sources"]
    assert structure(document, Table[StatusRow]).sources == ()


def test_a_bad_source_in_a_document_is_refused_at_its_path() -> None:
    document = unstructure(Table.of(StatusRow, [], sources=[ROLL]))
    document["sources"][0]["confidence"] = "sure"
    with pytest.raises(InputError) as info:
        structure(document, Table[StatusRow])
    assert [p.path for p in info.value.problems] == ["$.sources[0].confidence"]


def test_an_empty_table_round_trips_with_its_columns() -> None:
    empty = Table.of(StatusRow, [])
    document = unstructure(empty)
    assert document["rows"] == []
    assert structure(document, Table[StatusRow]) == empty


def test_a_document_whose_columns_do_not_fit_its_rows_is_refused() -> None:
    row = StatusRow("Orange", None, MemberStatus.NOT_A_MEMBER, False, False, None, None)
    document = unstructure(Table.of(StatusRow, [row]))
    document["columns"] = list(reversed(document["columns"]))
    with pytest.raises(InputError) as info:
        structure(document, Table[StatusRow])
    assert info.value.problems[0].path == "$.rows[0]"


@given(cst.tables(StatusRow))
def test_every_table_round_trips(table: Table[StatusRow]) -> None:
    assert from_json(to_json(table), Table[StatusRow]) == table
    assert len(table.to_rows()) == len(table)
    assert all(tuple(row) == table.columns for row in table.to_rows())


@given(cst.tables(StatusRow), st.lists(cst.sources(), max_size=4))
def test_every_table_with_sources_round_trips(table: Table[StatusRow], sources: list[Source]) -> None:
    """Tables with any sources round-trip; ``of`` keeps each once, and the assumptions are the unconfirmed."""
    cited = Table.of(StatusRow, table.rows, sources=sources)
    assert set(cited.sources) == set(sources)
    assert len(cited.sources) == len(set(sources))
    assert cited.assumptions() == tuple(s for s in cited.sources if not s.is_confirmed)
    assert from_json(to_json(cited), Table[StatusRow]) == cited
