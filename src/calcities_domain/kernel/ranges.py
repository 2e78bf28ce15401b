"""Inclusive date ranges, the unit of every dated fact.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from datetime import date, timedelta

import attrs

from calcities_domain.kernel._checks import checked, fail, is_plain_date, optional_plain_date, plain_date, validate
from calcities_domain.kernel.errors import Problem

__all__ = ["DateRange"]

_ONE_DAY = timedelta(days=1)


def _require_range(other: object) -> None:
    if not isinstance(other, DateRange):
        raise fail("other", f"expected a DateRange, got {other!r}")


@attrs.frozen
class DateRange:
    """The days from ``start`` through ``end``, both inclusive; ``end=None`` is open-ended.

    Inclusive on both ends because that is how rules and periods are written ("1 Feb
    2022 – 31 Jan 2025"): a range of one day has ``start == end``.

    Raises:
        InputError: if a bound is not a date, or ``end`` is before ``start``.

    >>> r = DateRange(date(2022, 2, 1), date(2025, 1, 31))
    >>> date(2025, 1, 31) in r, date(2025, 2, 1) in r
    (True, False)
    >>> str(DateRange(date(2022, 2, 1)))
    '2022-02-01 onwards'
    """

    start: date = attrs.field(metadata=checked(plain_date))
    end: date | None = attrs.field(default=None, metadata=checked(optional_plain_date))

    def __attrs_post_init__(self) -> None:
        validate(self, self._order)

    def _order(self) -> list[Problem]:
        if self.end is not None and self.end < self.start:
            return [Problem("end", f"must not be before start ({self.start}), got {self.end}")]
        return []

    @classmethod
    def day(cls, day: date) -> DateRange:
        """The range of a single day."""
        return cls(day, day)

    @property
    def is_open(self) -> bool:
        """Whether the range has no end."""
        return self.end is None

    def __contains__(self, day: object) -> bool:
        # A datetime is a date subclass but cannot be compared with one: it is not a day.
        if not is_plain_date(day):
            return False
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: DateRange) -> bool:
        """Whether the two ranges share at least one day."""
        _require_range(other)
        return (self.end is None or other.start <= self.end) and (other.end is None or self.start <= other.end)

    def precedes_directly(self, other: DateRange) -> bool:
        """Whether ``other`` starts on the day after this range ends."""
        _require_range(other)
        # Subtract rather than add a day, so that a range ending on date.max cannot overflow.
        return self.end is not None and (other.start - self.end).days == 1

    def gap_until(self, other: DateRange) -> DateRange | None:
        """The days strictly between this range's end and ``other``'s start, if any.

        >>> DateRange(date(2020, 1, 1), date(2020, 1, 31)).gap_until(DateRange(date(2020, 3, 1)))
        DateRange(start=datetime.date(2020, 2, 1), end=datetime.date(2020, 2, 29))
        """
        _require_range(other)
        if self.end is None or (other.start - self.end).days <= 1:
            return None
        return DateRange(self.end + _ONE_DAY, other.start - _ONE_DAY)

    def __str__(self) -> str:
        if self.end is None:
            return f"{self.start.isoformat()} onwards"
        if self.end == self.start:
            return self.start.isoformat()
        return f"{self.start.isoformat()} to {self.end.isoformat()}"
