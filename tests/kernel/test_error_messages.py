"""The exact wording of the library's exceptions, which is public API.

DESIGN.md, principles 3 and 8: bad input raises one error listing every problem under a
heading that counts them ("1 problem in the input:"); inconsistent rule data says what is
inconsistent and counts its problems; a date no rule covers names the rule, the date, why
(when known) and the ranges covered, or says it covers no dates at all.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.kernel import InputError, Problem, RuleDefinitionError, RuleNotInForce


def test_one_input_problem_is_counted_in_the_singular() -> None:
    error = InputError([Problem("$.a", "expected a whole number, got 'x'")])
    assert str(error) == "1 problem in the input:\n  $.a: expected a whole number, got 'x'"


def test_several_input_problems_are_counted_in_the_plural_one_per_line() -> None:
    error = InputError([Problem("$.a", "bad"), Problem("$.b[0]", "worse")])
    assert str(error) == "2 problems in the input:\n  $.a: bad\n  $.b[0]: worse"


def test_a_text_input_error_is_one_problem_at_the_root() -> None:
    error = InputError("nothing fits")
    assert error.problems == (Problem("$", "nothing fits"),)
    assert str(error) == "1 problem in the input:\n  $: nothing fits"


def test_items_that_are_not_problems_become_problems_at_the_root() -> None:
    items: list[Any] = [Problem("end", "too early"), "stray note", 7]
    error = InputError(items)
    assert error.problems == (Problem("end", "too early"), Problem("$", "stray note"), Problem("$", "7"))


def test_an_input_error_is_never_empty() -> None:
    error = InputError([])
    assert error.problems == (Problem("$", "invalid input"),)
    assert str(error) == "1 problem in the input:\n  $: invalid input"


def test_a_rule_definition_error_names_a_rule_by_default() -> None:
    error = RuleDefinitionError([Problem("entries[1]", "overlaps entries[0]")])
    assert error.subject == "a rule"
    assert str(error) == "a rule is inconsistent (1 problem):\n  entries[1]: overlaps entries[0]"


def test_a_rule_definition_error_counts_several_problems_in_the_plural() -> None:
    error = RuleDefinitionError([Problem("entries[1]", "overlaps"), Problem("gaps[0]", "stray")], "timeline 'a.b'")
    assert str(error) == "timeline 'a.b' is inconsistent (2 problems):\n  entries[1]: overlaps\n  gaps[0]: stray"


def test_a_problem_with_a_message_that_is_not_text_is_reported_by_field_name() -> None:
    with pytest.raises(InputError) as caught:
        Problem("$.a", None)  # type: ignore[arg-type]
    assert caught.value.problems == (Problem("message", "expected text, got None"),)


def test_rule_not_in_force_names_rule_date_and_covered_ranges() -> None:
    error = RuleNotInForce("mcle.total_hours", date(1999, 12, 31), ["2000-01-01 to 2021-12-31", "2022-01-01 onwards"])
    assert (error.rule, error.on, error.covered, error.detail) == (
        "mcle.total_hours",
        date(1999, 12, 31),
        ("2000-01-01 to 2021-12-31", "2022-01-01 onwards"),
        "",
    )
    assert str(error) == (
        "rule 'mcle.total_hours' is not in force on 1999-12-31; it covers: 2000-01-01 to 2021-12-31; 2022-01-01 onwards"
    )


def test_rule_not_in_force_gives_the_detail_in_parentheses() -> None:
    error = RuleNotInForce("a.b", date(2020, 5, 1), iter(["2020-01-01 to 2020-03-31"]), "in a declared gap")
    assert error.covered == ("2020-01-01 to 2020-03-31",)
    assert error.detail == "in a declared gap"
    assert str(error) == (
        "rule 'a.b' is not in force on 2020-05-01 (in a declared gap); it covers: 2020-01-01 to 2020-03-31"
    )


def test_rule_not_in_force_covering_nothing_says_so() -> None:
    error = RuleNotInForce("a.b", date(2020, 5, 1), [])
    assert error.covered == ()
    assert str(error) == "rule 'a.b' is not in force on 2020-05-01; it covers: no dates at all"


def test_single_builds_an_error_of_one_problem() -> None:
    error = InputError.single("$.credits[3].minutes", "expected a whole number, got 'ninety'")
    assert error.problems == (Problem("$.credits[3].minutes", "expected a whole number, got 'ninety'"),)
