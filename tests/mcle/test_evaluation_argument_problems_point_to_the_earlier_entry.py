"""Problems with evaluate's credits and allocations name the entry they clash with, and every one is reported.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate`` and its argument
checks; docs/errors.md, ``InputError``: every problem, each at its path; mcle/models.py,
``Credit.activity``: a second claim for the same activity on the same day and in the same
way is the same attendance, and must match the first):

* Two claims of one attendance that differ are refused at the later one, which names the
  earlier one by its index: "as credits[0] does".
* A credit allocated twice is refused at the second allocation, which names the first by its
  index: "already allocated by allocations[0]".
* An allocation that is not a ``CarryBack`` does not stop the check: the allocations after it
  are checked and their problems reported too.
"""

from __future__ import annotations

from datetime import date

import pytest

from calcities_domain.kernel import InputError, Problem
from calcities_domain.mcle import CarryBack, ComplianceGroup, Credit, Licensee, compliance_period, evaluate

G1 = ComplianceGroup.GROUP_1
#: Group 1's one-time period 1 February 2022 to 29 March 2025.
G1_2025 = compliance_period(G1, containing=date(2024, 6, 1))
GARCIA = Licensee("100001", date(1995, 6, 1), G1)


def test_a_second_claim_of_one_attendance_that_differs_names_the_first() -> None:
    first = Credit("c1", date(2024, 5, 2), 60, activity="CA-123")
    other = Credit("c2", date(2024, 5, 2), 90, activity="CA-123")
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [first, other], G1_2025)
    assert caught.value.problems == (
        Problem(
            "credits[1]",
            "claims attendance at activity 'CA-123' on 2024-05-02, as credits[0] does, with different details: "
            "one attendance is one claim",
        ),
    )


def test_a_credit_allocated_twice_names_the_first_allocation() -> None:
    late = Credit("late", date(2025, 4, 10), 60)
    allocations = [CarryBack("late", G1_2025.end), CarryBack("late", G1_2025.end)]
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [late], G1_2025, allocations=allocations)
    assert Problem("allocations[1].credit_id", "'late' is already allocated by allocations[0]") in (
        caught.value.problems
    )


def test_every_allocation_is_checked_after_one_that_is_not_a_carry_back() -> None:
    with pytest.raises(InputError) as caught:
        evaluate(GARCIA, [], G1_2025, allocations=["late", CarryBack("ghost", G1_2025.end)])  # type: ignore[list-item]
    assert caught.value.problems == (
        Problem("allocations[0]", "expected a CarryBack, got 'late'"),
        Problem("allocations[1].credit_id", "no credit has the id 'ghost'"),
    )
