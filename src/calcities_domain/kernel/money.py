"""Money in integer cents (US dollars), exact arithmetic, no floats.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction
from typing import Literal

import attrs

from calcities_domain.kernel._checks import checked, fail, validate, whole_number

__all__ = ["Money"]

# Matched with fullmatch: "$" alone would also accept a trailing newline.
_AMOUNT = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]{1,2})?")

Rounding = Literal["half_up", "half_even", "down", "up"]


@attrs.frozen(order=True)
class Money:
    """An amount of US dollars, held as a whole number of cents.

    Floats are refused everywhere: ``0.1 + 0.2`` is not a price. Build amounts from
    cents, whole dollars, or a decimal string.

    Raises:
        InputError: if ``cents`` is not a whole number.

    >>> fee = Money.dollars(75)
    >>> paid = Money.parse("625.00")
    >>> paid - fee
    Money(cents=55000)
    >>> str(paid - fee)
    '$550.00'
    >>> Money.parse("0.10") + Money.parse("0.20") == Money.parse("0.30")
    True
    """

    cents: int = attrs.field(metadata=checked(whole_number))

    def __attrs_post_init__(self) -> None:
        validate(self)

    @classmethod
    def zero(cls) -> Money:
        """No money."""
        return cls(0)

    @classmethod
    def dollars(cls, amount: int) -> Money:
        """A whole number of dollars."""
        given: object = amount  # checked at run time: untyped callers pass anything
        if not isinstance(given, int) or isinstance(given, bool):
            raise fail("amount", f"expected a whole number of dollars, got {amount!r}")
        return cls(amount * 100)

    @classmethod
    def parse(cls, text: str) -> Money:
        """Parse a plain decimal string with at most two decimals: ``"625"``, ``"-75.5"``.

        No currency sign, no thousands separators, no exponent: the format of
        :meth:`to_decimal_string`, which is also the serialized form.

        Raises:
            InputError: if the text is not such a decimal string.
        """
        given: object = text  # checked at run time: untyped callers pass anything
        if not isinstance(given, str) or not _AMOUNT.fullmatch(given):
            raise fail(
                "amount",
                f"expected a decimal string of dollars with at most 2 decimals (like '625.00'), got {text!r}",
            )
        return cls(_exact_cents(Decimal(text)))

    @classmethod
    def from_decimal(cls, amount: Decimal) -> Money:
        """An exact :class:`~decimal.Decimal` amount of dollars (at most 2 decimals)."""
        given: object = amount  # checked at run time: untyped callers pass anything
        if not isinstance(given, Decimal) or not given.is_finite():
            raise fail("amount", f"expected a finite Decimal, got {amount!r}")
        cents = Fraction(amount) * 100
        if cents.denominator != 1:
            raise fail("amount", f"has more than 2 decimals: {amount}")
        return cls(int(cents))

    def to_decimal(self) -> Decimal:
        """The amount in dollars as an exact Decimal."""
        return Decimal(self.to_decimal_string())

    def to_decimal_string(self) -> str:
        """The amount as ``"-1234.50"``: the serialized form."""
        sign = "-" if self.cents < 0 else ""
        whole, part = divmod(abs(self.cents), 100)
        return f"{sign}{whole}.{part:02d}"

    def __str__(self) -> str:
        sign = "-" if self.cents < 0 else ""
        whole, part = divmod(abs(self.cents), 100)
        return f"{sign}${whole:,}.{part:02d}"

    def __add__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __sub__(self, other: object) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __abs__(self) -> Money:
        return Money(abs(self.cents))

    def __mul__(self, factor: object) -> Money:
        if not isinstance(factor, int) or isinstance(factor, bool):
            return NotImplemented
        return Money(self.cents * factor)

    __rmul__ = __mul__

    def __bool__(self) -> bool:
        return self.cents != 0

    def scaled(self, ratio: Fraction | Decimal | int, *, rounding: Rounding) -> Money:
        """This amount times an exact ``ratio``, rounded to the cent as asked.

        The rounding is a required choice, so a fee of 2.5% never rounds silently.

        >>> Money.parse("625.00").scaled(Fraction(1, 40), rounding="half_up")
        Money(cents=1563)
        >>> Money.parse("625.00").scaled(Decimal("0.025"), rounding="down")
        Money(cents=1562)
        """
        if isinstance(ratio, bool) or not isinstance(ratio, Fraction | Decimal | int):
            raise fail("ratio", f"expected an exact int, Fraction or Decimal, got {ratio!r}")
        if isinstance(ratio, Decimal) and not ratio.is_finite():
            raise fail("ratio", f"expected a finite Decimal, got {ratio!r}")
        exact = Fraction(self.cents) * Fraction(ratio)
        return Money(_round(exact, rounding))


def _exact_cents(amount: Decimal) -> int:
    """The whole number of cents in a Decimal of at most 2 decimals, with no rounding.

    Decimal arithmetic rounds to the context's precision (28 digits), so ``amount * 100``
    would silently lose cents on huge amounts; :class:`~fractions.Fraction` is exact.
    """
    return int(Fraction(amount) * 100)


_ROUNDINGS = ("half_up", "half_even", "down", "up")
_HALF = Fraction(1, 2)


def _round(value: Fraction, rounding: Rounding) -> int:
    """Round an exact number of cents to a whole cent; ``half_up`` is half away from zero."""
    if rounding not in _ROUNDINGS:
        raise fail("rounding", f"must be one of {', '.join(map(repr, _ROUNDINGS))}, got {rounding!r}")
    floor = math.floor(value)
    remainder = value - floor
    if remainder == 0:
        return floor
    if rounding == "down":  # toward zero
        return floor if value > 0 else floor + 1
    if rounding == "up":  # away from zero
        return floor + 1 if value > 0 else floor
    if remainder != _HALF:
        return floor + 1 if remainder > _HALF else floor
    if rounding == "half_up":
        return floor + 1 if value > 0 else floor
    return floor + floor % 2  # half_even: to the even neighbour
