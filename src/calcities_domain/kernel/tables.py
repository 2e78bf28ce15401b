"""Tables: rows of one record type, as plain data ready for a data frame.

Batch questions ("which cities were members on D?") answer with a :class:`Table`, whose
:meth:`Table.to_rows` gives a list of plain dicts: ``pandas.DataFrame(table.to_rows())``
makes a data frame, and the library does not depend on pandas. In a notebook a table
shows as HTML (``_repr_html_``), with the sources its rows rest on.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Iterator
from typing import Any, Generic, TypeVar, cast

import attrs

from calcities_domain.kernel._checks import checked, fail, instance, iterable, tuple_of, validate
from calcities_domain.kernel._html import table_html
from calcities_domain.kernel.errors import Problem
from calcities_domain.kernel.money import Money
from calcities_domain.kernel.ranges import DateRange
from calcities_domain.kernel.sources import Source, unique_sources

__all__ = ["Table", "plain"]

T = TypeVar("T")


def plain(value: object) -> object:
    """A value as plain data: enums by value, money and ranges as text, tuples of plain values.

    Dates, numbers, booleans, text and None are kept as they are (a data frame reads them).

    >>> plain(Money(7550)), plain((Money(100), None))
    ('$75.50', ('$1.00', None))
    """
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Money | DateRange):
        return str(value)
    if isinstance(value, tuple | frozenset):
        items = sorted(value, key=repr) if isinstance(value, frozenset) else value
        return tuple(plain(item) for item in items)
    return value


def _names(instance_: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
        raise fail(attribute.name, f"expected a tuple of column names, got {value!r}")
    if len(set(value)) != len(value):
        raise fail(attribute.name, f"column names must be unique, got {value!r}")


@attrs.frozen
class Table(Generic[T]):
    """Rows of one attrs record type, with their column names.

    Attributes:
        columns: The names of the columns: the fields of the record type, in order.
        rows: The records.
        sources: What the rows rest on; :meth:`assumptions` lists the unconfirmed ones, as a
            decision's do (a table has no reasons of its own).

    Build one with :meth:`of`, which takes the columns from the record type (so an
    empty table still has its columns).

    >>> @attrs.frozen
    ... class Row:
    ...     city: str
    ...     members: int
    >>> table = Table.of(Row, [Row("Danville", 1)])
    >>> table.columns, table.to_rows()
    (('city', 'members'), [{'city': 'Danville', 'members': 1}])
    """

    columns: tuple[str, ...] = attrs.field(metadata=checked(_names))
    rows: tuple[T, ...] = attrs.field(metadata=checked(instance(tuple)))
    sources: tuple[Source, ...] = attrs.field(default=(), kw_only=True, metadata=checked(tuple_of(Source)))

    def __attrs_post_init__(self) -> None:
        validate(self, self._across)

    def _across(self) -> list[Problem]:
        problems: list[Problem] = []
        for index, item in enumerate(self.rows):
            row: object = item  # a row of any type: checked here
            if not attrs.has(type(row)):
                problems.append(Problem(f"rows[{index}]", f"expected an attrs record, got {row!r}"))
            elif tuple(f.name for f in attrs.fields(cast("Any", type(row)))) != self.columns:
                problems.append(Problem(f"rows[{index}]", f"its fields are not the columns {self.columns}"))
        return problems

    @classmethod
    def of(cls, row_type: type[T], rows: Any, *, sources: Iterable[Source] = ()) -> Table[T]:
        """A table of ``row_type`` records (``rows`` is any iterable of them), resting on ``sources``.

        Raises:
            InputError: if ``row_type`` is not an attrs class or a row is not one of its records.
        """
        kind: object = row_type  # checked at run time: untyped callers pass anything
        if not (isinstance(kind, type) and attrs.has(kind)):
            raise fail("row_type", f"expected an attrs class, got {row_type!r}")
        items = tuple(iterable("rows", rows))
        for index, row in enumerate(items):
            if type(row) is not kind:
                raise fail(f"rows[{index}]", f"expected a {kind.__name__}, got {row!r}")
        cited = tuple(iterable("sources", sources))
        return cls(tuple(f.name for f in attrs.fields(kind)), items, sources=unique_sources(cited))

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[T]:
        return iter(self.rows)

    def assumptions(self) -> tuple[Source, ...]:
        """The sources that are not confirmed: what the rows assume."""
        return tuple(s for s in self.sources if not s.is_confirmed)

    def to_rows(self) -> list[dict[str, object]]:
        """The rows as plain dicts, one key per column (see :func:`plain` for the values)."""
        return [{name: plain(getattr(row, name)) for name in self.columns} for row in self.rows]

    def _repr_html_(self) -> str:
        """The table as HTML, for notebooks: the values of :meth:`to_rows`, then the sources and assumptions.

        Every value is escaped; an empty table keeps its columns; the assumptions are flagged.

        .. versionadded:: 0.2.0
        """
        return table_html(self.columns, self.to_rows(), self.sources)
