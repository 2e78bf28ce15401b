"""The checks of a caller's rule set and of the rule helpers, word for word (mcle/rules.py).

A caller may build a rule set from a configured one with ``attrs.evolve``; it is checked
like any input, every problem named with its path and what would be right (DESIGN.md,
principle 8; messages are public API). The bounds checked are the rule set's own
invariants: an hour of at least one minute, an increment of more than 0 and at most one
hour with an exact decimal form, a self-study cap that is a share from 0 to 1 (California:
one half, Rule 2.72 and Rule 2.51(F)), non-negative hours, subfield minimums within their
parent and within the total (California: 25 hours, ethics 4, bias 2 with implicit bias 1).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, InputError, Source
from calcities_domain.mcle import CALIFORNIA, Minimum, TieRule
from calcities_domain.mcle.rules import round_hours, to_decimal

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))


def cited(value: object) -> Cited[Any]:
    return Cited(value, TEST_SOURCE)


def minimum(subfield: str, hours: int, label: str | None = None) -> Minimum:
    return Minimum(subfield, label or subfield, Decimal(hours), TEST_SOURCE)


def problems_of(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"minutes_per_hour": cited(0)}, [("minutes_per_hour.value", "must be at least 1")]),
        ({"increment": cited(Fraction(0))}, [("increment.value", "must be more than 0 and at most 1 hour, got 0")]),
        (
            {"increment": cited(Fraction(3, 2))},
            [("increment.value", "must be more than 0 and at most 1 hour, got 3/2")],
        ),
        (
            {"increment": cited(Fraction(1, 3))},
            [("increment.value", "1/3 has no exact decimal form; hours are Decimals")],
        ),
        ({"self_study_cap": cited(Fraction(3, 2))}, [("self_study_cap.value", "must be a share from 0 to 1, got 3/2")]),
        (
            {"self_study_cap": cited(Fraction(-1, 2))},
            [("self_study_cap.value", "must be a share from 0 to 1, got -1/2")],
        ),
        ({"self_study_cap": cited(Fraction(1, 3))}, [("self_study_cap.value", "1/3 has no exact decimal form")]),
        (
            {"carry_forward_cap": cited(Decimal("-0.5"))},
            [("carry_forward_cap.value", "must be a non-negative number of hours, got Decimal('-0.5')")],
        ),
        (
            {"carry_forward_cap": cited(Decimal("Infinity"))},
            [("carry_forward_cap.value", "must be a non-negative number of hours, got Decimal('Infinity')")],
        ),
        (
            {"total_hours": cited(Decimal(-1)), "minimums": ()},
            [
                ("total_hours.value", "must be a non-negative number of hours, got Decimal('-1')"),
                ("minimums", "the subfield minimums add up to 0, more than the total"),
            ],
        ),
        (
            {"minimums": (minimum("bias", 1, "elimination of bias"), minimum("bias.implicit", 2, "implicit bias"))},
            [("minimums[1].hours", "2 hours of implicit bias exceed the 1 of 'bias'")],
        ),
        (
            {"minimums": (minimum("ethics", 20), minimum("bias", 6))},
            [("minimums", "the subfield minimums add up to 26, more than the total")],
        ),
        (
            {"minimums": (minimum("ethics", 4), minimum("bias", 2), minimum("ethics", 2))},
            [("minimums[2].subfield", "'ethics' has two minimums")],
        ),
    ],
)
def test_a_malformed_rule_set_says_what_is_wrong(changes: dict[str, Any], problems: list[tuple[str, str]]) -> None:
    with pytest.raises(InputError) as caught:
        attrs.evolve(CA_2025, **changes)
    assert problems_of(caught.value) == problems


def test_minimums_must_be_a_tuple_of_minimums() -> None:
    listed: Any = [minimum("ethics", 4)]
    with pytest.raises(InputError) as caught:
        attrs.evolve(CA_2025, minimums=listed)
    assert problems_of(caught.value) == [("minimums", f"expected a tuple of Minimum, got {listed!r}")]


@pytest.mark.parametrize(
    "changes",
    [
        {"minutes_per_hour": cited(1)},
        {"increment": cited(Fraction(1))},
        {"increment": cited(Fraction(1, 100))},
        {"self_study_cap": cited(Fraction(0))},
        {"self_study_cap": cited(Fraction(1))},
        {"self_study_cap": None},
        {"carry_forward_cap": cited(Decimal(0))},
        {"total_hours": cited(Decimal(0)), "minimums": ()},
        {"minimums": (minimum("bias", 2), minimum("bias.implicit", 2))},  # a part may equal its parent
        {"minimums": (minimum("ethics", 20), minimum("bias", 5))},  # exactly the total
        {"minimums": (minimum("ethics", 20), minimum("ethics.x", 20), minimum("bias", 5))},  # parts are inside
    ],
)
def test_the_bounds_of_a_rule_set_are_inclusive(changes: dict[str, Any]) -> None:
    changed = attrs.evolve(CA_2025, **changes)
    for name, value in changes.items():
        assert getattr(changed, name) == value


def test_a_subfield_label_is_its_minimums_label_or_its_code() -> None:
    assert CA_2025.subfield_label("ethics") == "legal ethics"
    assert CA_2025.subfield_label("bias.implicit") == "implicit bias"
    assert CA_2025.subfield_label("tax") == "tax"


@pytest.mark.parametrize(
    ("hours", "shown"),
    [(Decimal(-1), "Decimal('-1')"), (Decimal("NaN"), "Decimal('NaN')"), (1.5, "1.5"), (4, "4")],
)
def test_a_minimum_needs_a_non_negative_finite_decimal(hours: Any, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        Minimum("ethics", "legal ethics", hours, TEST_SOURCE)
    assert problems_of(caught.value) == [
        ("hours", f"expected a non-negative, finite Decimal number of hours, got {shown}")
    ]


def test_a_minimums_proration_source_is_a_source_or_none() -> None:
    bad: Any = "calbar"
    with pytest.raises(InputError) as caught:
        Minimum("ethics", "legal ethics", Decimal(4), TEST_SOURCE, proration_source=bad)
    assert problems_of(caught.value) == [("proration_source", "expected a Source or None, got 'calbar'")]
    assert Minimum("ethics", "legal ethics", Decimal(0), TEST_SOURCE).hours == Decimal(0)


@pytest.mark.parametrize("value", [Fraction(1, 3), Fraction(7, 3), Fraction(1, 6), Fraction(1, 7)])
def test_to_decimal_names_a_fraction_without_a_decimal_form(value: Fraction) -> None:
    with pytest.raises(InputError) as caught:
        to_decimal(value)
    assert problems_of(caught.value) == [("value", f"{value.numerator}/{value.denominator} has no exact decimal form")]


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(1, 2), "0.5"),
        (Fraction(1, 5), "0.2"),
        (Fraction(1, 8), "0.125"),
        (Fraction(1, 25), "0.04"),
        (Fraction(3, 40), "0.075"),
        (Fraction(-7, 4), "-1.75"),
        (Fraction(10), "10"),
        (Fraction(0), "0"),
        (Fraction(1, 1024), "0.0009765625"),
    ],
)
def test_to_decimal_uses_the_fewest_digits(value: Fraction, text: str) -> None:
    result = to_decimal(value)
    assert str(result) == text
    assert Fraction(result) == value


@pytest.mark.parametrize(
    ("hours", "increment", "problems"),
    [
        (1.5, Fraction(1, 4), [("hours", "expected hours (an int or a Fraction), got 1.5")]),
        (Fraction(1), 0, [("increment", "must be more than 0, got 0")]),
        (Fraction(1), Fraction(-1, 4), [("increment", "must be more than 0, got -1/4")]),
        (
            True,
            True,
            [
                ("hours", "expected hours (an int or a Fraction), got True"),
                ("increment", "expected a positive increment (an int or a Fraction), got True"),
            ],
        ),
    ],
)
def test_round_hours_says_what_is_wrong(hours: Any, increment: Any, problems: list[tuple[str, str]]) -> None:
    with pytest.raises(InputError) as caught:
        round_hours(hours, increment, TieRule.DOWN)
    assert problems_of(caught.value) == problems


def test_to_decimal_is_exact_for_a_huge_denominator() -> None:
    """Exact at any size: 1/2**1100 has 1100 decimal places, far beyond a float's range."""
    value = Fraction(1, 2**1100)
    result = to_decimal(value)
    assert Fraction(result) == value
    assert result.as_tuple().exponent == -1100


@pytest.mark.parametrize("total", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")])
def test_hours_that_are_not_a_number_are_refused_not_compared(total: Decimal) -> None:
    """A NaN total cannot be compared with the subfield minimums: it is refused by name, not raised."""
    with pytest.raises(InputError) as info:
        attrs.evolve(CA_2025, total_hours=cited(total))
    assert [path for path, _ in problems_of(info.value)] == ["total_hours.value"]
    assert problems_of(info.value)[0][1].startswith("must be a non-negative number of hours, got Decimal(")
