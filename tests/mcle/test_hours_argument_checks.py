"""The credit-hour functions name the bad argument and show the value given.

Rules under test (src/calcities_domain/mcle/rules.py, ``hours_for`` and ``prorate``;
docs/errors.md, "InputError": each problem at its path, naming the value received):

* ``hours_for(credit, rules)`` refuses anything but a Credit and a RuleSet: "expected a
  Credit, got <the value>", "expected a RuleSet, got <the value>", each at its name, both at once.
* ``prorate(..., round_up=...)`` takes only True or False: "expected True or False, got <the value>".
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from calcities_domain.kernel import InputError
from calcities_domain.mcle import CALIFORNIA, Credit, hours_for, prorate

CA_2025 = CALIFORNIA.rule_sets.at(date(2025, 3, 29))
CREDIT = Credit("c1", date(2024, 5, 2), 60)


def _bad(value: object) -> Any:
    """A value of the wrong type, passed on purpose."""
    return value


def _problems(error: pytest.ExceptionInfo[InputError]) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.value.problems]


def test_hours_for_names_a_credit_that_is_not_one() -> None:
    with pytest.raises(InputError) as caught:
        hours_for(_bad("60 minutes"), CA_2025)
    assert _problems(caught) == [("credit", "expected a Credit, got '60 minutes'")]


def test_hours_for_names_rules_that_are_not_a_rule_set() -> None:
    with pytest.raises(InputError) as caught:
        hours_for(CREDIT, _bad("California"))
    assert _problems(caught) == [("rules", "expected a RuleSet, got 'California'")]


def test_hours_for_names_both_bad_arguments_at_once() -> None:
    with pytest.raises(InputError) as caught:
        hours_for(_bad(60), _bad(None))
    assert _problems(caught) == [("credit", "expected a Credit, got 60"), ("rules", "expected a RuleSet, got None")]


@pytest.mark.parametrize(("round_up", "shown"), [("yes", "'yes'"), (1, "1"), (None, "None")])
def test_prorate_takes_only_true_or_false_for_round_up(round_up: object, shown: str) -> None:
    with pytest.raises(InputError) as caught:
        prorate(Decimal(25), 8, 36, round_up=_bad(round_up))
    assert _problems(caught) == [("round_up", f"expected True or False, got {shown}")]
