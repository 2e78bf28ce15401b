"""A self-study credit the cap does not trim is reported, and written as JSON, exactly as it was earned.

Rules under test (src/calcities_domain/mcle/evaluation.py, ``evaluate``; california.py,
``SELF_STUDY_CAP``: Rule 2.72, Rule 2.51(F), at most half of the requirement by self-study;
``BOOKKEEPING``: self-study above the cap is taken from the latest self-study credits
first; src/calcities_domain/serialization.py: a ``Decimal`` is written in plain notation,
``"100"``, ``"2.25"``):

* With 14 self-study hours against a cap of 12.5, the 1.5 hours over come from the later
  credit only; the earlier credit keeps its 11 hours, untouched.
* An untouched credit is the same in the report's JSON whether or not a later credit was
  trimmed: ``"11"``, as :func:`~calcities_domain.mcle.hours_for` gives it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from calcities_domain.mcle import (
    CALIFORNIA,
    ComplianceGroup,
    Credit,
    Delivery,
    Licensee,
    compliance_period,
    evaluate,
    hours_for,
)
from calcities_domain.serialization import unstructure

#: Group 1's one-time period 2022-02-01 to 2025-03-29: 25 hours, self-study capped at 12.5.
G1_2025 = compliance_period(ComplianceGroup.GROUP_1, containing=date(2024, 6, 1))
GARCIA = Licensee("100001", date(1995, 6, 1), ComplianceGroup.GROUP_1)
EARLIER = Credit("s1", date(2024, 1, 2), 660, delivery=Delivery.SELF_STUDY)  # 11 hours
LATER = Credit("s2", date(2024, 5, 2), 180, delivery=Delivery.SELF_STUDY)  # 3 hours, 1.5 over the cap


def _credits_json(credits: list[Credit]) -> list[dict[str, Any]]:
    document = unstructure(evaluate(GARCIA, credits, G1_2025))
    assert isinstance(document, dict)
    rows: list[dict[str, Any]] = document["credits"]
    return [{"credit_id": row["credit_id"], "hours": row["hours"]} for row in rows]


def test_the_earlier_self_study_credit_keeps_its_hours_as_earned() -> None:
    assert hours_for(EARLIER, CALIFORNIA.rules_for(G1_2025)).hours == Decimal(11)
    assert _credits_json([EARLIER, LATER]) == [
        {"credit_id": "s1", "hours": "11"},
        {"credit_id": "s2", "hours": "1.5"},
    ]


def test_an_untouched_credit_is_written_alike_with_or_without_a_trimmed_one() -> None:
    alone = _credits_json([EARLIER])
    with_trimmed = _credits_json([EARLIER, LATER])
    assert alone == [{"credit_id": "s1", "hours": "11"}]
    assert with_trimmed[0] == alone[0]
