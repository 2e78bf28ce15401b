"""Dated value histories: "the value of this rule in force on date D".

A :class:`Timeline` is the history of one rule's value, like an OpenFisca parameter:
each :class:`DatedValue` says from which day to which day (inclusive) a value was in
force and which :class:`~calcities_domain.kernel.sources.Source` says so. Timelines are
validated when built: values in date order, no two in force on the same day, and no
day left uncovered between them unless that gap is declared. Asking for a day no value
covers raises :class:`~calcities_domain.kernel.errors.RuleNotInForce`, naming the rule,
the day and the ranges covered: never a silent default.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Generic, TypeVar

import attrs

from calcities_domain.kernel._checks import (
    checked,
    code,
    fail,
    field_problems,
    immutable,
    is_plain_date,
    iterable,
    text,
    tuple_of,
    validate,
)
from calcities_domain.kernel.errors import InputError, Problem, RuleDefinitionError, RuleNotInForce
from calcities_domain.kernel.ranges import DateRange
from calcities_domain.kernel.sources import Source

__all__ = ["DatedValue", "Timeline"]

T = TypeVar("T")


def _source(instance: object, attribute: attrs.Attribute[Source], value: object) -> None:
    if not isinstance(value, Source):
        raise fail(attribute.name, f"expected a Source, got {value!r}")


def _range(instance: object, attribute: attrs.Attribute[DateRange], value: object) -> None:
    if not isinstance(value, DateRange):
        raise fail(attribute.name, f"expected a DateRange, got {value!r}")


@attrs.frozen
class DatedValue(Generic[T]):
    """One value of a rule, the days it was in force, and its source.

    Attributes:
        in_force: The days the value applies, inclusive.
        value: The value itself (a number of hours, an amount, a count...).
        source: Who says so, and how sure we are.
    """

    in_force: DateRange = attrs.field(metadata=checked(_range))
    value: T = attrs.field(metadata=checked(immutable))
    source: Source = attrs.field(metadata=checked(_source))

    def __attrs_post_init__(self) -> None:
        validate(self)


def _entries(instance: object, attribute: attrs.Attribute[tuple[DatedValue[T], ...]], value: object) -> None:
    tuple_of(DatedValue)(instance, attribute, value)
    if not value:
        raise fail(attribute.name, "a timeline needs at least one dated value")


@attrs.frozen
class Timeline(Generic[T]):
    """The history of one rule's value, by effective date.

    Build one with :meth:`from_values` or :meth:`constant`; ask it with :meth:`at`.

    Attributes:
        rule: A stable, dotted identifier (``"mcle.total_hours"``), used in errors and
            explanations.
        description: What the value means, in words.
        entries: The dated values, in date order, none overlapping.
        gaps: Ranges between entries where, by design, no value is in force.

    Raises:
        RuleDefinitionError: if entries are out of order, overlap, leave an undeclared
            gap, or a declared gap does not sit exactly between two entries.

    >>> from calcities_domain.kernel import Confidence, Source
    >>> src = Source("Example rules", Confidence.CONFIRMED, section="1")
    >>> hours = Timeline.from_values(
    ...     "example.hours",
    ...     "Hours required",
    ...     [(date(2000, 1, 1), date(2021, 12, 31), 25, src), (date(2022, 1, 1), None, 30, src)],
    ... )
    >>> hours.at(date(2021, 12, 31)), hours.at(date(2022, 1, 1))
    (25, 30)
    >>> hours.at(date(1999, 12, 31))
    Traceback (most recent call last):
    ...
    calcities_domain.kernel.errors.RuleNotInForce: rule 'example.hours' is not in force on 1999-12-31; ...onwards
    """

    rule: str = attrs.field(metadata=checked(code))
    description: str = attrs.field(metadata=checked(text))
    entries: tuple[DatedValue[T], ...] = attrs.field(metadata=checked(_entries))
    gaps: tuple[DateRange, ...] = attrs.field(default=(), metadata=checked(tuple_of(DateRange)))

    def __attrs_post_init__(self) -> None:
        # Every bad field is reported, and with it the consistency of entries and gaps
        # whenever those two fields are sound on their own.
        problems = field_problems(self)
        sound = not any(p.path.split("[", 1)[0] in ("entries", "gaps") for p in problems)
        consistency = self._consistency() if sound else []
        if problems:
            raise InputError(problems + consistency)
        if consistency:
            raise RuleDefinitionError(consistency, f"timeline {self.rule!r}")

    def _consistency(self) -> list[Problem]:
        problems: list[Problem] = []
        declared = list(self.gaps)
        for index in range(1, len(self.entries)):
            a, b = self.entries[index - 1].in_force, self.entries[index].in_force
            path = f"entries[{index}]"
            if b.start < a.start:
                problems.append(Problem(path, f"values out of order: {b} is listed after {a}"))
            elif a.overlaps(b):
                problems.append(Problem(path, f"two values in force at once: {a} and {b}"))
            else:
                gap = a.gap_until(b)
                if gap is None:
                    continue
                if gap in declared:
                    declared.remove(gap)
                else:
                    problems.append(Problem(path, f"undeclared gap {gap} between {a} and {b}"))
        problems.extend(
            Problem(f"gaps[{self.gaps.index(gap)}]", f"declared gap {gap} does not lie exactly between two values")
            for gap in declared
        )
        return problems

    @classmethod
    def from_values(
        cls,
        rule: str,
        description: str,
        values: Iterable[tuple[date, date | None, T, Source]],
        *,
        gaps: Iterable[tuple[date, date]] = (),
    ) -> Timeline[T]:
        """Build a timeline from ``(start, end, value, source)`` rows, ends inclusive.

        Rows and gaps may come in any order; they are sorted by start date, so the same
        rows in any order build equal timelines.

        Raises:
            InputError: listing every malformed row and gap, with paths such as
                ``values[2].start`` and ``gaps[0]``.
            RuleDefinitionError: if the rows overlap or leave an undeclared gap.
        """
        problems: list[Problem] = []
        entries: list[DatedValue[T]] = []
        for index, row in enumerate(iterable("values", values)):
            try:
                start, end, value, source = row
            except (TypeError, ValueError):
                problems.append(
                    Problem(
                        f"values[{index}]",
                        f"expected a (start, end, value, source) row, got {row!r}",
                    )
                )
                continue
            in_force: DateRange | None = None
            try:
                in_force = DateRange(start, end)
            except InputError as error:
                problems.extend(p.under(f"values[{index}]") for p in error.problems)
            cited: object = source  # checked at run time: untyped callers pass anything
            if not isinstance(cited, Source):
                problems.append(Problem(f"values[{index}].source", f"expected a Source, got {source!r}"))
            elif in_force is not None:
                entries.append(DatedValue(in_force, value, cited))
        ranges: list[DateRange] = []
        for index, gap in enumerate(iterable("gaps", gaps)):
            try:
                start, end = gap
                ranges.append(DateRange(start, end))
            except (TypeError, ValueError) as error:
                if isinstance(error, InputError):
                    problems.extend(p.under(f"gaps[{index}]") for p in error.problems)
                else:
                    problems.append(Problem(f"gaps[{index}]", f"expected a (start, end) pair, got {gap!r}"))
        if problems:
            raise InputError(problems)
        return cls(
            rule=rule,
            description=description,
            entries=tuple(sorted(entries, key=lambda entry: entry.in_force.start)),
            gaps=tuple(sorted(ranges, key=lambda gap: gap.start)),
        )

    @classmethod
    def constant(
        cls,
        rule: str,
        description: str,
        value: T,
        source: Source,
        *,
        start: date,
        end: date | None = None,
    ) -> Timeline[T]:
        """A rule with a single value in force from ``start`` (through ``end``)."""
        return cls.from_values(rule, description, [(start, end, value, source)])

    def entry_at(self, on: date) -> DatedValue[T]:
        """The dated value in force on ``on``, with its range and source.

        Raises:
            RuleNotInForce: if no value is in force on that day.
            InputError: if ``on`` is not a date (a datetime is refused: convert it to
                a local date first, so the time zone is explicit).
        """
        if not is_plain_date(on):
            raise fail("on", f"expected a date, got {on!r}")
        for entry in self.entries:
            if on in entry.in_force:
                return entry
        detail = ""
        for gap in self.gaps:
            if on in gap:
                detail = f"a declared gap, {gap}"
        raise RuleNotInForce(self.rule, on, (str(r) for r in self.covered()), detail)

    def at(self, on: date) -> T:
        """The value in force on ``on`` (see :meth:`entry_at`)."""
        return self.entry_at(on).value

    def source_at(self, on: date) -> Source:
        """The source of the value in force on ``on``."""
        return self.entry_at(on).source

    def is_in_force(self, on: date) -> bool:
        """Whether some value is in force on ``on``.

        Raises:
            InputError: if ``on`` is not a date (as :meth:`entry_at`).
        """
        if not is_plain_date(on):
            raise fail("on", f"expected a date, got {on!r}")
        return any(on in entry.in_force for entry in self.entries)

    def covered(self) -> tuple[DateRange, ...]:
        """The ranges the timeline covers, adjacent entries merged."""
        merged: list[DateRange] = []
        for entry in self.entries:
            current = entry.in_force
            if merged and merged[-1].precedes_directly(current):
                merged[-1] = DateRange(merged[-1].start, current.end)
            else:
                merged.append(current)
        return tuple(merged)

    def sources(self) -> tuple[Source, ...]:
        """Every source cited by the timeline's values."""
        return tuple(entry.source for entry in self.entries)

    def __iter__(self) -> Iterator[DatedValue[T]]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)
