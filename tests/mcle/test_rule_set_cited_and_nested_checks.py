"""A rule set's cited values, exact decimal shares and nested subfield minimums, word for word.

Rules under test (src/calcities_domain/mcle/rules.py, ``RuleSet``; DESIGN.md principle 8:
messages are public API; docs/errors.md, "InputError"):

* Every rule value is a ``Cited`` value (principle 3): a bare value is refused at its field,
  "expected a Cited value, got <value>", and a cited value of the wrong type at
  ``<field>.value``, "expected <type>, got <value>", the value shown as given.
* An increment or a self-study share must have an exact decimal form (hours are Decimals):
  a denominator with any factor other than 2 and 5 is refused, however large it is, and one
  with only those factors is accepted, however large.
* A subfield minimum lies within its parent's: the parent of ``ethics.x.y`` is ``ethics.x``
  (hours in a subfield count toward every subfield above it, ``Minimum.subfield``), so a
  minimum of ``ethics.x.y`` above that of ``ethics.x`` is refused even when within ``ethics``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Cited, Confidence, InputError, Source
from calcities_domain.mcle import CALIFORNIA, Minimum

TEST_SOURCE = Source("calcities_domain tests", Confidence.ASSUMED, note="A value chosen by a test.")
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))
#: 2 × (2**53 + 1): its odd part, 3 × 107 × 28059810762433, is not 1 (and 2**53 + 1 is no float).
ODD_BY_ONE = 2 * (2**53 + 1)


def cited(value: object) -> Cited[Any]:
    return Cited(value, TEST_SOURCE)


def minimum(subfield: str, hours: int) -> Minimum:
    return Minimum(subfield, subfield, Decimal(hours), TEST_SOURCE)


def problems_of(changes: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as caught:
        attrs.evolve(CA_2025, **changes)
    return [(p.path, p.message) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"total_hours": Decimal(25)}, [("total_hours", "expected a Cited value, got Decimal('25')")]),
        ({"minutes_per_hour": 60}, [("minutes_per_hour", "expected a Cited value, got 60")]),
        ({"total_hours": cited("25")}, [("total_hours.value", "expected Decimal, got '25'")]),
        ({"minutes_per_hour": cited(60.0)}, [("minutes_per_hour.value", "expected int, got 60.0")]),
        ({"self_study_cap": cited(True)}, [("self_study_cap.value", "expected Fraction, got True")]),
    ],
    ids=["bare total", "bare minutes", "total as text", "minutes as a float", "cap as a bool"],
)
def test_a_rule_value_that_is_not_cited_or_of_its_type_is_shown(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert problems_of(changes) == expected


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        (
            {"increment": cited(Fraction(1, ODD_BY_ONE))},
            [("increment.value", f"1/{ODD_BY_ONE} has no exact decimal form; hours are Decimals")],
        ),
        (
            {"self_study_cap": cited(Fraction(1, ODD_BY_ONE))},
            [("self_study_cap.value", f"1/{ODD_BY_ONE} has no exact decimal form")],
        ),
    ],
    ids=["increment", "self-study cap"],
)
def test_a_share_with_a_large_odd_factor_has_no_exact_decimal_form(
    changes: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    assert problems_of(changes) == expected


@pytest.mark.parametrize("denominator", [2**60, 5**30, 2**1100, 2**40 * 5**40])
def test_a_share_of_only_twos_and_fives_is_exact_however_small(denominator: int) -> None:
    share = cited(Fraction(1, denominator))
    changed = attrs.evolve(CA_2025, increment=share, self_study_cap=share)
    assert (changed.increment, changed.self_study_cap) == (share, share)


def test_a_minimum_three_levels_deep_is_checked_against_its_own_parent() -> None:
    """ethics.x.y (3 hours) lies within ethics (4) but not within its parent ethics.x (2)."""
    minimums = (minimum("ethics", 4), minimum("ethics.x", 2), minimum("ethics.x.y", 3))
    assert problems_of({"minimums": minimums}) == [
        ("minimums[2].hours", "3 hours of ethics.x.y exceed the 2 of 'ethics.x'")
    ]


def test_a_minimum_three_levels_deep_may_equal_its_parent() -> None:
    minimums = (minimum("ethics", 4), minimum("ethics.x", 2), minimum("ethics.x.y", 2))
    assert attrs.evolve(CA_2025, minimums=minimums).minimums == minimums
