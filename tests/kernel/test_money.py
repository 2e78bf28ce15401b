"""Tests of money.py: Money, US dollars held as integer cents.

Rules under test (DESIGN.md, principle 6 "Exact arithmetic"): money is integer cents,
never a binary float; scaling by a ratio needs an explicit rounding mode. Amounts in the
examples are Cal Cities event prices and the $75 processing charge of its refund policy
(../shared/domain/torch-events-training.md, summary items 5 and 7).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from calcities_domain.kernel import InputError, Money
from calcities_domain.kernel.money import Rounding
from calcities_domain.testing import strategies as cst

ROUNDINGS: tuple[Rounding, ...] = ("down", "half_even", "half_up", "up")
Ratio = Fraction | Decimal | int

ratios = st.one_of(
    st.fractions(min_value=-1000, max_value=1000, max_denominator=10_000),
    st.decimals(min_value=-1000, max_value=1000, allow_nan=False, allow_infinity=False, places=4),
    st.integers(min_value=-1000, max_value=1000),
)


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


# ----------------------------------------------------------------------------- construction


def test_refund_is_the_rate_paid_minus_the_processing_charge() -> None:
    """Rule: Cal Cities refunds the rate paid minus a $75 processing charge (torch-events-training.md §5).

    City Attorneys 2023, member-city rate $625 (same note, item 7): the refund is $550.
    """
    expected, expected_text = Money(55_000), "$550.00"

    refund = Money.parse("625.00") - Money.dollars(75)

    assert expected == refund
    assert expected_text == str(refund)


def test_dimes_add_exactly() -> None:
    """Rule: no binary floats, so $0.10 + $0.20 is exactly $0.30 (DESIGN.md §6)."""
    expected = Money.parse("0.30")

    assert expected == Money.parse("0.10") + Money.parse("0.20")


@pytest.mark.parametrize(
    ("money", "cents"),
    [
        (Money.zero(), 0),
        (Money.dollars(75), 7_500),
        (Money.dollars(-75), -7_500),
        (Money.dollars(0), 0),
        (Money.parse("1625"), 162_500),  # non-member city rate, City Attorneys 2023
        (Money.parse("625.5"), 62_550),
        (Money.parse("625.05"), 62_505),
        (Money.parse("0.01"), 1),
        (Money.parse("-75.50"), -7_550),
        (Money.parse("-0"), 0),
        (Money.parse("-0.00"), 0),
        (Money.from_decimal(Decimal("103")), 10_300),  # MCLE late fee (mcle.md, current fees)
        (Money.from_decimal(Decimal("308.00")), 30_800),  # MCLE reinstatement fee (same)
        (Money.from_decimal(Decimal("1E+2")), 10_000),
        (Money.from_decimal(Decimal("0.500")), 50),  # trailing zeros are not decimals
        (Money.from_decimal(Decimal("-0.01")), -1),
    ],
)
def test_named_constructors_give_whole_cents(money: Money, cents: int) -> None:
    """Rule: every constructor yields an exact whole number of cents."""
    assert cents == money.cents


@pytest.mark.parametrize(
    ("cents", "text", "decimal_string", "decimal"),
    [
        (0, "$0.00", "0.00", Decimal("0.00")),
        (5, "$0.05", "0.05", Decimal("0.05")),
        (-5, "-$0.05", "-0.05", Decimal("-0.05")),
        (7_500, "$75.00", "75.00", Decimal("75.00")),
        (162_500, "$1,625.00", "1625.00", Decimal("1625.00")),
        (-123_456_789, "-$1,234,567.89", "-1234567.89", Decimal("-1234567.89")),
    ],
)
def test_renderings(cents: int, text: str, decimal_string: str, decimal: Decimal) -> None:
    """Rule: str() shows dollars with a sign, $ and thousands; the decimal string is the serialized form."""
    money = Money(cents)

    assert (text, decimal_string, decimal) == (str(money), money.to_decimal_string(), money.to_decimal())
    assert decimal.as_tuple() == money.to_decimal().as_tuple()  # two decimals, exactly


def test_huge_amounts_stay_exact() -> None:
    """Edge: amounts past Decimal's 28-digit precision are neither rounded nor put in exponent form."""
    digits = "12345678901234567890123456789"
    expected = Money(int(digits + "01"))

    assert expected == Money.parse(digits + ".01")
    assert expected == Money.from_decimal(Decimal(digits + ".01"))
    assert Decimal(digits + ".01") == expected.to_decimal()
    assert digits + ".01" == expected.to_decimal_string()


# ----------------------------------------------------------------------------- arithmetic


def test_arithmetic_operators() -> None:
    """Rule: money adds, subtracts, negates and multiplies by whole numbers, staying in cents."""
    fee = Money.dollars(75)
    expected = (Money(15_000), Money(0), Money(-7_500), Money(7_500), Money(22_500), Money(22_500))

    assert expected == (fee + fee, fee - fee, -fee, abs(-fee), fee * 3, 3 * fee)


def test_money_is_ordered_by_amount() -> None:
    """Rule: comparisons follow the amount, negatives below zero."""
    amounts = [Money(7_500), Money(-1), Money.zero(), Money(62_500)]
    expected = [Money(-1), Money(0), Money(7_500), Money(62_500)]

    assert expected == sorted(amounts)
    assert Money(1) > Money.zero() >= Money(-1)


def test_only_zero_is_falsy() -> None:
    """Rule: ``if amount:`` means "if the amount is not zero"; negative amounts are truthy."""
    expected = [False, True, True]

    assert expected == [bool(Money.zero()), bool(Money(1)), bool(Money(-1))]


@pytest.mark.parametrize(
    "operation",
    [
        lambda m: m * 1.5,
        lambda m: 1.5 * m,
        lambda m: m * Fraction(1, 2),
        lambda m: m * Decimal("1.5"),
        lambda m: m * True,
        lambda m: m + 1,
        lambda m: 1 + m,
        lambda m: m - 0.5,
        lambda m: m + Decimal("0.10"),
        lambda m: m < 5,
    ],
)
def test_operators_refuse_non_money_and_non_whole_factors(operation: Any) -> None:
    """Rule: floats and other numbers never mix with money; operators follow Python's protocol.

    A fractional factor must go through :meth:`Money.scaled`, which demands a rounding mode.
    """
    with pytest.raises(TypeError, match=r"unsupported operand|not supported between"):
        operation(Money(100))


# ----------------------------------------------------------------------------- scaled


def test_scaled_two_and_a_half_percent_of_the_member_rate() -> None:
    """Case: 2.5% of $625 is $15.625: half_up gives $15.63, down gives $15.62 (money.py docstring)."""
    rate = Money.parse("625.00")
    expected = {"down": Money(1562), "half_even": Money(1562), "half_up": Money(1563), "up": Money(1563)}

    assert expected == {mode: rate.scaled(Fraction(1, 40), rounding=mode) for mode in ROUNDINGS}
    assert expected == {mode: rate.scaled(Decimal("0.025"), rounding=mode) for mode in ROUNDINGS}


@pytest.mark.parametrize(
    ("cents", "ratio", "expected"),
    [
        # exact halves: half_up goes away from zero, half_even to the even cent
        (1, Fraction(1, 2), {"down": 0, "half_even": 0, "half_up": 1, "up": 1}),
        (3, Fraction(1, 2), {"down": 1, "half_even": 2, "half_up": 2, "up": 2}),
        (5, Fraction(1, 2), {"down": 2, "half_even": 2, "half_up": 3, "up": 3}),
        (-1, Fraction(1, 2), {"down": 0, "half_even": 0, "half_up": -1, "up": -1}),
        (-3, Fraction(1, 2), {"down": -1, "half_even": -2, "half_up": -2, "up": -2}),
        (-5, Fraction(1, 2), {"down": -2, "half_even": -2, "half_up": -3, "up": -3}),
        # not a tie: the nearest cent, whichever half mode
        (10, Fraction(1, 3), {"down": 3, "half_even": 3, "half_up": 3, "up": 4}),
        (20, Fraction(1, 3), {"down": 6, "half_even": 7, "half_up": 7, "up": 7}),
        (-20, Fraction(1, 3), {"down": -6, "half_even": -7, "half_up": -7, "up": -7}),
        # exact results are never moved
        (7_500, 3, {"down": 22_500, "half_even": 22_500, "half_up": 22_500, "up": 22_500}),
        (7_500, Decimal("-0.5"), {"down": -3_750, "half_even": -3_750, "half_up": -3_750, "up": -3_750}),
        (0, Fraction(7, 3), {"down": 0, "half_even": 0, "half_up": 0, "up": 0}),
        (7_500, 0, {"down": 0, "half_even": 0, "half_up": 0, "up": 0}),
    ],
)
def test_scaled_rounding_modes(cents: int, ratio: Ratio, expected: dict[str, int]) -> None:
    """Rule: down is toward zero, up away from zero, half_up half away from zero, half_even to even."""
    actual = {mode: Money(cents).scaled(ratio, rounding=mode).cents for mode in ROUNDINGS}

    assert expected == actual


@pytest.mark.parametrize(
    ("ratio", "fragment"),
    [
        (0.025, "expected an exact int, Fraction or Decimal, got 0.025"),
        (True, "got True"),
        ("0.025", "got '0.025'"),
        (None, "got None"),
        (Decimal("NaN"), "expected a finite Decimal, got Decimal('NaN')"),
        (Decimal("-Infinity"), "expected a finite Decimal, got Decimal('-Infinity')"),
    ],
)
def test_scaled_refuses_inexact_ratios(ratio: Any, fragment: str) -> None:
    """Rule: the ratio is exact (int, Fraction, Decimal), never a float or a bool."""
    with pytest.raises(InputError) as caught:
        Money(62_500).scaled(ratio, rounding="half_up")

    [(path, message)] = problems_of(caught.value)
    expected_path = "ratio"
    assert expected_path == path
    assert fragment in message


@pytest.mark.parametrize("rounding", ["nearest", "HALF_UP", "", None])
def test_scaled_refuses_unknown_rounding(rounding: Any) -> None:
    """Rule: the rounding mode is a required choice among four named modes."""
    expected = [("rounding", f"must be one of 'half_up', 'half_even', 'down', 'up', got {rounding!r}")]

    with pytest.raises(InputError) as caught:
        Money(100).scaled(Fraction(1, 2), rounding=rounding)

    assert expected == problems_of(caught.value)


def test_scaled_checks_the_rounding_even_when_the_result_is_exact() -> None:
    """Edge: a bad rounding mode is refused even if no rounding is needed."""
    with pytest.raises(InputError, match="rounding: must be one of"):
        Money(100).scaled(2, rounding="nearest")  # type: ignore[arg-type]


def test_rounding_is_keyword_only() -> None:
    """Rule: the rounding mode is named at the call, never implied by position."""
    with pytest.raises(TypeError):
        Money(100).scaled(2, "down")  # type: ignore[call-arg]


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("cents", "fragment"),
    [
        (1.5, "expected a whole number, got 1.5"),
        (100.0, "expected a whole number, got 100.0"),  # a float is refused even when whole
        (True, "expected a whole number, got True"),
        ("100", "expected a whole number, got '100'"),
        (Decimal("100"), "expected a whole number, got Decimal('100')"),
        (None, "expected a whole number, got None"),
    ],
)
def test_cents_must_be_a_whole_number(cents: Any, fragment: str) -> None:
    """Rule: Money(cents) takes an int only, no floats or bools (DESIGN.md §6)."""
    with pytest.raises(InputError) as caught:
        Money(cents)

    assert [("cents", fragment)] == problems_of(caught.value)


@pytest.mark.parametrize("amount", [1.5, 75.0, True, "75", Decimal("75"), None])
def test_dollars_must_be_a_whole_number(amount: Any) -> None:
    """Rule: Money.dollars takes whole dollars; cents go through parse() or Money(cents)."""
    expected = [("amount", f"expected a whole number of dollars, got {amount!r}")]

    with pytest.raises(InputError) as caught:
        Money.dollars(amount)

    assert expected == problems_of(caught.value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "1.234",  # more than two decimals
        "$625",  # no currency sign
        "1,625.00",  # no thousands separator
        "1e3",  # no exponent
        "01",  # no leading zero
        ".5",
        "5.",
        "+5",
        " 625",
        "625 ",
        "625\n",  # a trailing newline is not allowed either
        "\u0666\u0662\u0665",  # Arabic-Indic digits: ASCII only
        "--5",
        "NaN",
        "Infinity",
        625,
        62.5,
        None,
        Decimal("625"),
    ],
)
def test_parse_refuses_anything_but_a_plain_decimal_string(text: Any) -> None:
    """Rule: parse() accepts only the format of to_decimal_string(): digits, optional sign, <= 2 decimals."""
    expected = [
        ("amount", f"expected a decimal string of dollars with at most 2 decimals (like '625.00'), got {text!r}"),
    ]

    with pytest.raises(InputError) as caught:
        Money.parse(text)

    assert expected == problems_of(caught.value)


@pytest.mark.parametrize(
    ("amount", "fragment"),
    [
        (Decimal("1.005"), "has more than 2 decimals: 1.005"),
        (Decimal("-0.001"), "has more than 2 decimals: -0.001"),
        (Decimal("NaN"), "expected a finite Decimal, got Decimal('NaN')"),
        (Decimal("sNaN"), "expected a finite Decimal, got Decimal('sNaN')"),
        (Decimal("Infinity"), "expected a finite Decimal, got Decimal('Infinity')"),
        (1.5, "expected a finite Decimal, got 1.5"),
        (75, "expected a finite Decimal, got 75"),
        ("75", "expected a finite Decimal, got '75'"),
    ],
)
def test_from_decimal_refuses_inexact_or_non_decimal_amounts(amount: Any, fragment: str) -> None:
    """Rule: from_decimal takes a finite Decimal with at most two decimals; it never rounds."""
    with pytest.raises(InputError) as caught:
        Money.from_decimal(amount)

    assert [("amount", fragment)] == problems_of(caught.value)


# ----------------------------------------------------------------------------- properties


@given(cst.money(), cst.money(), cst.money())
def test_addition_is_associative(a: Money, b: Money, c: Money) -> None:
    """Property: (a + b) + c == a + (b + c), exactly (no float drift)."""
    assert (a + b) + c == a + (b + c)


@given(cst.money(), cst.money())
def test_addition_is_commutative(a: Money, b: Money) -> None:
    """Property: a + b == b + a."""
    assert a + b == b + a


@given(cst.money(), cst.money())
def test_subtraction_undoes_addition(a: Money, b: Money) -> None:
    """Property: a - b + b == a, and a - a is zero."""
    assert a == a - b + b
    assert Money.zero() == a - a


@given(cst.money())
def test_zero_and_negation(a: Money) -> None:
    """Property: zero is neutral, -(-a) == a, a + (-a) == 0 and abs(a) >= 0."""
    negated = -a
    assert a == a + Money.zero() == -negated
    assert Money.zero() == a + negated
    assert abs(a) >= Money.zero()


@given(cst.money(), cst.money(), st.integers(min_value=-1000, max_value=1000))
def test_multiplication_distributes(a: Money, b: Money, k: int) -> None:
    """Property: (a + b) * k == a * k + b * k, and k * a == a * k."""
    assert (a + b) * k == a * k + b * k
    assert k * a == a * k


@given(cst.money(), cst.money())
def test_order_follows_cents(a: Money, b: Money) -> None:
    """Property: money compares as its cents."""
    assert (a < b, a == b, a > b) == (a.cents < b.cents, a.cents == b.cents, a.cents > b.cents)


@given(cst.money(min_cents=-(10**40), max_cents=10**40))
def test_decimal_string_round_trips(a: Money) -> None:
    """Property: parse(to_decimal_string(m)) == m, huge amounts included (the serialized form)."""
    assert a == Money.parse(a.to_decimal_string())


@given(cst.money(min_cents=-(10**40), max_cents=10**40))
def test_decimal_round_trips(a: Money) -> None:
    """Property: from_decimal(to_decimal(m)) == m, and to_decimal is exactly cents / 100."""
    assert a == Money.from_decimal(a.to_decimal())
    assert Fraction(a.cents, 100) == Fraction(a.to_decimal())


@given(cst.money())
def test_renderings_have_the_documented_shape(a: Money) -> None:
    """Property: str() is ``-$1,234.50``-shaped; the decimal string has exactly two decimals."""
    assert re.fullmatch(r"-?\$\d{1,3}(,\d{3})*\.\d\d", str(a))
    assert re.fullmatch(r"-?\d+\.\d\d", a.to_decimal_string())
    assert str(a).replace("$", "").replace(",", "") == a.to_decimal_string()


@given(cst.money(), ratios, st.sampled_from(ROUNDINGS))
def test_scaled_is_within_one_cent_of_the_exact_value(a: Money, ratio: Ratio, mode: Rounding) -> None:
    """Property: every rounding mode lands less than one cent from the exact product."""
    exact = Fraction(a.cents) * Fraction(ratio)

    result = a.scaled(ratio, rounding=mode)

    assert abs(Fraction(result.cents) - exact) < 1


@given(cst.money(), ratios)
def test_half_modes_are_within_half_a_cent(a: Money, ratio: Ratio) -> None:
    """Property: half_up and half_even round to a nearest cent (at most half a cent away)."""
    exact = Fraction(a.cents) * Fraction(ratio)

    for mode in ("half_up", "half_even"):
        assert abs(Fraction(a.scaled(ratio, rounding=mode).cents) - exact) <= Fraction(1, 2)


@given(cst.money(min_cents=1), st.fractions(min_value=0, max_value=1000, max_denominator=10_000))
def test_rounding_modes_are_ordered_for_positive_amounts(a: Money, ratio: Fraction) -> None:
    """Property: for a positive amount and ratio, down <= half_even, half_up <= up; up - down <= 1 cent."""
    down, half_even, half_up, up = (a.scaled(ratio, rounding=mode) for mode in ROUNDINGS)

    assert down <= half_even <= half_up <= up
    assert (up - down).cents in (0, 1)
    assert (up == down) == ((Fraction(a.cents) * ratio).denominator == 1)


@given(cst.money(), ratios, st.sampled_from(ROUNDINGS))
def test_rounding_is_symmetric_about_zero(a: Money, ratio: Ratio, mode: Rounding) -> None:
    """Property: every mode is defined from zero, so scaling -a gives -(scaling a)."""
    assert -a.scaled(ratio, rounding=mode) == (-a).scaled(ratio, rounding=mode)


@given(cst.money(), st.integers(min_value=-(10**6), max_value=10**6), st.sampled_from(ROUNDINGS))
def test_scaling_by_a_whole_number_is_multiplication(a: Money, k: int, mode: Rounding) -> None:
    """Property: a whole ratio needs no rounding: scaled(k) == a * k in every mode."""
    assert a * k == a.scaled(k, rounding=mode) == a.scaled(Fraction(k), rounding=mode)
    assert a * k == a.scaled(Decimal(k), rounding=mode)


@given(st.integers(min_value=-(10**6), max_value=10**6))
def test_half_even_sends_ties_to_the_even_cent(n: int) -> None:
    """Property: (2n + 1) / 2 cents rounds to whichever of n, n + 1 is even under half_even."""
    result = Money(2 * n + 1).scaled(Fraction(1, 2), rounding="half_even").cents

    assert result in (n, n + 1)
    assert result % 2 == 0


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_floats_are_refused_everywhere(amount: float) -> None:
    """Property: no constructor and no ratio accepts a float (DESIGN.md §6)."""
    builders: tuple[tuple[Callable[[Any], object], str], ...] = (
        (Money, "cents"),
        (Money.dollars, "amount"),
        (Money.parse, "amount"),
        (Money.from_decimal, "amount"),
        (lambda x: Money(100).scaled(x, rounding="down"), "ratio"),
    )
    for build, path in builders:
        with pytest.raises(InputError) as caught:
            build(amount)
        assert [path] == [p.path for p in caught.value.problems]


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_from_decimal_accepts_exactly_the_amounts_with_two_decimals(amount: Decimal) -> None:
    """Property: from_decimal succeeds iff amount * 100 is whole, and then it is exact."""
    assume(abs(amount) < Decimal("1E+60"))
    whole = (Fraction(amount) * 100).denominator == 1

    if whole:
        assert Fraction(amount) * 100 == Money.from_decimal(amount).cents
    else:
        with pytest.raises(InputError, match="has more than 2 decimals"):
            Money.from_decimal(amount)
