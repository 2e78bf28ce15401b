"""The basis of a speaking credit says, in words, whose time it is and how it was multiplied.

Rules under test (src/calcities_domain/mcle/rules.py, ``hours_for``; Rule 2.81, State Bar
of California, Rules for specific MCLE credits; ../shared/domain/mcle.md, section 2 "How
credit is computed"):

* A speaker earns credit for their own speaking time ("N minutes of speaking"); only when
  panelists without scheduled speaking times share a panel's time does the basis say so
  ("N panel minutes shared by P", Rule 2.81(B)).
* A first presentation earns 4 times the speaking time ("times 4 for a first
  presentation"); a repeat earns the actual time (", actual time for a repeat
  presentation").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from calcities_domain.mcle import CALIFORNIA, Credit, CreditKind, hours_for

DAY = date(2024, 5, 2)
CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))


@pytest.mark.parametrize(
    ("first", "hours", "basis"),
    [
        (True, "4", "60 minutes of speaking times 4 for a first presentation"),
        (False, "1", "60 minutes of speaking, actual time for a repeat presentation"),
    ],
)
def test_a_lone_speakers_basis_names_their_own_speaking_time(first: bool, hours: str, basis: str) -> None:
    credit = Credit("s1", DAY, 60, kind=CreditKind.SPEAKING, first_presentation=first)

    earned = hours_for(credit, CA_2025)

    assert earned.hours == Decimal(hours)
    assert earned.basis == basis


@pytest.mark.parametrize(
    ("first", "hours", "basis"),
    [
        (True, "2.75", "120 panel minutes shared by 3 times 4 for a first presentation"),
        (False, "0.75", "120 panel minutes shared by 3, actual time for a repeat presentation"),
    ],
)
def test_a_panelists_basis_names_the_shared_panel_time(first: bool, hours: str, basis: str) -> None:
    """120 minutes shared by 3 are 40 minutes each: 160 minutes (2.75 h) first, 40 (0.75 h) repeated."""
    credit = Credit("p1", DAY, 120, kind=CreditKind.SPEAKING, panelists=3, first_presentation=first)

    earned = hours_for(credit, CA_2025)

    assert earned.hours == Decimal(hours)
    assert earned.basis == basis
