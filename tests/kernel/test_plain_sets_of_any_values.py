"""A set becomes a tuple in a stable order whatever its items are, even items that do not compare.

Rule under test (src/calcities_domain/kernel/tables.py, ``plain``; docs/serialization.md: a
``frozenset`` is written as a list of distinct items, sorted): ``plain`` gives a set as a
tuple of plain values, in an order that does not depend on how the set was built, for
items of one type that Python cannot order (enum members) and for items of mixed types.
A table's ``to_rows`` does the same for a set-valued column.
"""

from __future__ import annotations

import enum

import attrs
import pytest

from calcities_domain.kernel import Table, plain


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"
    GREEN = "green"


@attrs.frozen
class Tagged:
    city: str
    colours: frozenset[Colour]


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([Colour.RED, Colour.BLUE, Colour.GREEN], {"red", "blue", "green"}),
        ([1, "a", None], {1, "a", None}),
        ([Colour.RED, 2], {"red", 2}),
    ],
    ids=["enum members", "mixed types", "an enum member and a number"],
)
def test_a_set_of_items_that_do_not_compare_is_a_tuple_in_a_stable_order(
    items: list[object], expected: set[object]
) -> None:
    forwards, backwards = plain(frozenset(items)), plain(frozenset(reversed(items)))
    assert isinstance(forwards, tuple)
    assert set(forwards) == expected
    assert len(forwards) == len(expected)
    assert forwards == backwards


def test_a_set_of_enum_members_in_a_table_row() -> None:
    row = Tagged("Danville", frozenset({Colour.RED, Colour.BLUE}))
    (shown,) = Table.of(Tagged, [row]).to_rows()
    assert shown["city"] == "Danville"
    assert isinstance(shown["colours"], tuple)
    assert sorted(shown["colours"]) == ["blue", "red"]
