"""Tests of the exception hierarchy (errors.py) and the shared validators (_checks.py).

Rules under test (DESIGN.md, principle 8 "Strict at the boundary, every error at once"):
bad input raises one documented exception type, a subclass of ``ValueError``, that lists
*every* problem with its path; rule data that is inconsistent raises a separate error; a
date no rule covers raises ``RuleNotInForce`` naming the rule, the date and the ranges.
"""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain.kernel import (
    CalCitiesError,
    InputError,
    Problem,
    RuleDefinitionError,
    RuleNotInForce,
    _checks,
)
from calcities_domain.testing import strategies as cst

# ----------------------------------------------------------------------------- helpers

path_segments = st.lists(
    st.one_of(
        st.from_regex(r"\.[a-z_]{1,8}", fullmatch=True),
        st.integers(min_value=0, max_value=99).map(lambda i: f"[{i}]"),
    ),
    max_size=4,
).map("".join)
"""JSON-path tails such as ``.credits[3].minutes`` (possibly empty)."""

prefixes = st.lists(path_segments, min_size=1, max_size=3).map(lambda parts: "$" + "".join(parts))


def problem_pairs(error: InputError) -> list[tuple[str, str]]:
    return [(p.path, p.message) for p in error.problems]


@attrs.frozen
class Sample:
    """A model using every shared validator, to test them as users meet them."""

    day: date = attrs.field(validator=_checks.plain_date)
    until: date | None = attrs.field(validator=_checks.optional_plain_date)
    title: str = attrs.field(validator=_checks.text)
    code: str = attrs.field(validator=_checks.code)
    count: int = attrs.field(validator=_checks.whole_number)
    kind: object = attrs.field(validator=_checks.instance(int, str))
    items: tuple[object, ...] = attrs.field(validator=_checks.tuple_of(date))


GOOD: dict[str, Any] = {
    "day": date(2024, 2, 29),
    "until": None,
    "title": "Rule 2.72",
    "code": "mcle.self_study_cap",
    "count": 25,
    "kind": "x",
    "items": (date(2024, 1, 1),),
}


def sample(**changes: object) -> Sample:
    return Sample(**{**GOOD, **changes})


# ----------------------------------------------------------------------------- hierarchy


@pytest.mark.parametrize(
    ("error_type", "bases"),
    [
        (InputError, (CalCitiesError, ValueError)),
        (RuleDefinitionError, (CalCitiesError, ValueError)),
        (RuleNotInForce, (CalCitiesError, LookupError)),
    ],
)
def test_every_error_derives_from_the_root(error_type: type[Exception], bases: tuple[type, ...]) -> None:
    """Rule: ``except CalCitiesError`` catches every error raised on purpose; input errors are ValueErrors."""
    assert all(issubclass(error_type, base) for base in bases)


def test_rule_not_in_force_is_not_an_input_error() -> None:
    """Rule: a date outside every range is a lookup failure, not bad input (no ValueError)."""
    assert not issubclass(RuleNotInForce, ValueError)


# ----------------------------------------------------------------------------- Problem


def test_problem_renders_path_and_message() -> None:
    """Rule: a problem reads ``path: message``, as in ``$.credits[3].minutes: ...`` (DESIGN.md §8)."""
    expected = '$.credits[3].minutes: expected a whole number, got "ninety"'

    problem = Problem("$.credits[3].minutes", 'expected a whole number, got "ninety"')

    assert expected == str(problem)


@pytest.mark.parametrize(
    ("path", "prefix", "expected"),
    [
        ("end", "$.range", "$.range.end"),  # a field name joins with a dot
        ("$.end", "$.range", "$.range.end"),  # a document path drops its root
        ("$[0]", "$.items", "$.items[0]"),  # an index joins without a dot
        ("[2].start", "values", "values[2].start"),
        ("$", "$.items[0]", "$.items[0]"),  # the root becomes the prefix
        ("", "gaps[1]", "gaps[1]"),  # an empty path too
        ("start", "values[0]", "values[0].start"),
    ],
)
def test_problem_under_joins_paths(path: str, prefix: str, expected: str) -> None:
    """Rule: Problem.under places a path under a prefix, with a dot only between names."""
    assert Problem(expected, "m") == Problem(path, "m").under(prefix)


def test_problem_under_nests() -> None:
    """Case: a problem moved twice ends up under both prefixes, outermost first."""
    expected = "$.report.credits[3].minutes"

    problem = Problem("minutes", "bad").under("credits[3]").under("$.report")

    assert expected == problem.path


def test_problem_is_frozen() -> None:
    """Rule: models are immutable (DESIGN.md §2)."""
    problem = Problem("a", "b")

    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        problem.path = "c"  # type: ignore[misc]


@given(tail=path_segments, prefix=prefixes, message=cst.texts())
def test_problem_under_appends_the_document_path(tail: str, prefix: str, message: str) -> None:
    """Property: a ``$``-rooted path's tail is appended to the prefix unchanged; the message is kept."""
    moved = Problem("$" + tail, message).under(prefix)

    assert Problem(prefix + tail, message) == moved


@given(name=st.from_regex(r"[a-z_]{1,8}", fullmatch=True), prefix=prefixes)
def test_problem_under_joins_field_names_with_a_dot(name: str, prefix: str) -> None:
    """Property: a bare field name joins the prefix with a dot."""
    assert f"{prefix}.{name}" == Problem(name, "m").under(prefix).path


@given(tail=path_segments, inner=path_segments, outer=prefixes)
def test_problem_under_is_associative(tail: str, inner: str, outer: str) -> None:
    """Property: moving under ``$inner`` then ``outer`` equals moving under ``outer + inner``."""
    problem = Problem("$" + tail, "m")

    assert problem.under(outer + inner) == problem.under("$" + inner).under(outer)


# ----------------------------------------------------------------------------- InputError


def test_input_error_lists_every_problem() -> None:
    """Rule: an InputError lists every problem, in order, each with its path (DESIGN.md §8)."""
    error = InputError(
        [
            Problem("$.credits[3].minutes", 'expected a whole number, got "ninety"'),
            Problem("$.credits[4].date", "expected an ISO date, got '2024-02-30'"),
        ]
    )

    expected_message = (
        "2 problems in the input:\n"
        '  $.credits[3].minutes: expected a whole number, got "ninety"\n'
        "  $.credits[4].date: expected an ISO date, got '2024-02-30'"
    )
    expected_problems = [
        ("$.credits[3].minutes", 'expected a whole number, got "ninety"'),
        ("$.credits[4].date", "expected an ISO date, got '2024-02-30'"),
    ]

    assert expected_message == str(error)
    assert expected_problems == problem_pairs(error)


def test_input_error_with_one_problem_uses_the_singular() -> None:
    """Case: one problem reads "1 problem", not "1 problems"."""
    expected = "1 problem in the input:\n  $.a: expected a whole number, got 'x'"

    assert expected == str(InputError.single("$.a", "expected a whole number, got 'x'"))


def test_input_error_without_problems_still_names_one() -> None:
    """Edge: InputError([]) is never empty; it reports the whole input as invalid."""
    expected = "1 problem in the input:\n  $: invalid input"

    error = InputError([])

    assert (Problem("$", "invalid input"),) == error.problems
    assert expected == str(error)


def test_input_error_accepts_any_iterable_and_keeps_a_tuple() -> None:
    """Case: problems may come from a generator; they are stored as an immutable tuple."""
    error = InputError(Problem(f"$[{i}]", "bad") for i in range(3))

    assert (Problem("$[0]", "bad"), Problem("$[1]", "bad"), Problem("$[2]", "bad")) == error.problems


def test_input_error_is_caught_as_value_error() -> None:
    """Rule: callers may catch the stdlib ValueError, as with python-stdnum and packaging."""
    with pytest.raises(ValueError, match=r"^1 problem in the input:\n  end: before start$"):
        raise InputError.single("end", "before start")


@pytest.mark.parametrize("clone", [lambda e: pickle.loads(pickle.dumps(e)), copy.copy, copy.deepcopy])  # noqa: S301
def test_input_error_survives_pickling_and_copying(clone: Any) -> None:
    """Case: the error crosses process boundaries (pickle) with its problems and message intact."""
    error = InputError([Problem("$.a", "x"), Problem("$.b", "y")])

    restored = clone(error)

    assert (error.problems, str(error)) == (restored.problems, str(restored))


@given(st.lists(cst.problems(), max_size=6))
def test_input_error_message_counts_and_shows_every_problem(problems: list[Problem]) -> None:
    """Property: the message has a header and one line per problem (the fallback one when empty)."""
    error = InputError(problems)
    expected = problems or [Problem("$", "invalid input")]

    lines = str(error).split("\n")

    assert len(expected) + 1 == len(lines)
    assert lines[0].startswith(f"{len(expected)} problem")
    assert [f"  {p}" for p in expected] == lines[1:]
    assert tuple(expected) == error.problems


# ----------------------------------------------------------------------------- RuleNotInForce


def test_rule_not_in_force_names_rule_date_and_ranges() -> None:
    """Rule: the error names the rule, the date and the covered ranges (DESIGN.md §3)."""
    error = RuleNotInForce(
        "mcle.total_hours",
        date(1991, 12, 31),
        ["1992-01-01 to 2021-12-31", "2022-02-01 onwards"],
    )

    expected = (
        "rule 'mcle.total_hours' is not in force on 1991-12-31; it covers: 1992-01-01 to 2021-12-31; 2022-02-01 onwards"
    )

    assert expected == str(error)
    assert ("mcle.total_hours", date(1991, 12, 31), "") == (error.rule, error.on, error.detail)
    expected_covered = ("1992-01-01 to 2021-12-31", "2022-02-01 onwards")
    assert expected_covered == error.covered


def test_rule_not_in_force_shows_its_detail() -> None:
    """Case: a detail (a declared gap) is shown in parentheses after the date."""
    error = RuleNotInForce("a.b", date(2020, 2, 1), ["2020-01-01 to 2020-01-31"], "a declared gap, 2020-02-01")

    expected = (
        "rule 'a.b' is not in force on 2020-02-01 (a declared gap, 2020-02-01); it covers: 2020-01-01 to 2020-01-31"
    )

    assert expected == str(error)


def test_rule_not_in_force_with_nothing_covered() -> None:
    """Edge: a rule covering nothing says so rather than listing an empty string."""
    expected = "rule 'a.b' is not in force on 2024-02-29; it covers: no dates at all"

    assert expected == str(RuleNotInForce("a.b", date(2024, 2, 29), []))


@pytest.mark.parametrize("detail", ["", "a declared gap, 2020-02-01 to 2020-02-29"])
def test_rule_not_in_force_survives_pickling(detail: str) -> None:
    """Case: pickling keeps rule, date, ranges and detail, so the message is unchanged."""
    error = RuleNotInForce("a.b", date(2020, 2, 1), ("2020-01-01 to 2020-01-31",), detail)

    restored = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object

    assert (error.rule, error.on, error.covered, error.detail, str(error)) == (
        restored.rule,
        restored.on,
        restored.covered,
        restored.detail,
        str(restored),
    )


# ----------------------------------------------------------------------------- _checks


def test_fail_builds_an_input_error_for_one_field() -> None:
    """Rule: fail() names the field as the problem's path."""
    expected = [("amount", "is wrong")]

    assert expected == problem_pairs(_checks.fail("amount", "is wrong"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2024, 2, 29), True),
        (datetime(2024, 2, 29, 12, 0), False),  # a datetime is a date subclass, but not a day
        ("2024-02-29", False),
        (None, False),
    ],
)
def test_is_plain_date(value: object, expected: bool) -> None:
    """Rule: only a calendar date is a plain date, never a datetime (DESIGN.md §7)."""
    assert expected is _checks.is_plain_date(value)


def test_sample_with_good_values_builds() -> None:
    """Case: valid values pass every validator unchanged."""
    expected = GOOD

    assert expected == attrs.asdict(sample(), recurse=False)


@pytest.mark.parametrize(
    ("changes", "path", "fragment"),
    [
        ({"day": datetime(2024, 2, 29, 0, 0)}, "day", "expected a date, got datetime.datetime(2024, 2, 29, 0, 0)"),
        ({"day": "2024-02-29"}, "day", "expected a date, got '2024-02-29'"),
        ({"until": "2024-03-01"}, "until", "expected a date, got '2024-03-01'"),
        ({"title": "   "}, "title", "must be non-blank text, got '   '"),
        ({"title": 7}, "title", "must be non-blank text, got 7"),
        ({"code": "Mcle.Cap"}, "code", "must be a dotted lower-case identifier"),
        ({"code": "mcle..cap"}, "code", "got 'mcle..cap'"),
        ({"code": "mcle.cap\n"}, "code", "got 'mcle.cap\\n'"),  # "$" alone would accept the newline
        ({"code": "1mcle"}, "code", "got '1mcle'"),
        ({"code": None}, "code", "got None"),
        ({"count": True}, "count", "expected a whole number, got True"),
        ({"count": 2.5}, "count", "expected a whole number, got 2.5"),
        ({"count": "25"}, "count", "expected a whole number, got '25'"),
        ({"kind": 1.5}, "kind", "expected int or str, got 1.5"),
        ({"items": [date(2024, 1, 1)]}, "items", "expected a tuple of date, got [datetime.date(2024, 1, 1)]"),
        ({"items": (date(2024, 1, 1), "x")}, "items[1]", "expected date, got 'x'"),
    ],
)
def test_validators_raise_input_error_naming_the_field(changes: dict[str, object], path: str, fragment: str) -> None:
    """Rule: each shared validator raises InputError whose problem names the field (never a TypeError)."""
    with pytest.raises(InputError) as caught:
        sample(**changes)

    [(actual_path, message)] = problem_pairs(caught.value)
    assert path == actual_path
    assert fragment in message


def test_optional_plain_date_accepts_a_date() -> None:
    """Case: the optional validator checks a given value like the required one."""
    assert date(2024, 12, 31) == sample(until=date(2024, 12, 31)).until


@given(cst.rule_codes())
def test_code_accepts_every_dotted_identifier(rule: str) -> None:
    """Property: every identifier of the public strategy is a valid code."""
    assert rule == sample(code=rule).code


@given(st.text(alphabet=" \t\n\r\u00a0\u2003", max_size=5))
def test_text_refuses_blank_strings(blank: str) -> None:
    """Property: whitespace-only (or empty) text is refused, whatever the whitespace."""
    with pytest.raises(InputError) as caught:
        sample(title=blank)

    expected = ["title"]

    assert expected == [p.path for p in caught.value.problems]


@given(st.integers())
def test_whole_number_accepts_any_int(count: int) -> None:
    """Property: any int (negative and huge included) is a whole number."""
    assert count == sample(count=count).count


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_whole_number_refuses_floats(count: float) -> None:
    """Property: a float is never a whole number, even 25.0 (DESIGN.md §6)."""
    with pytest.raises(InputError) as caught:
        sample(count=count)

    expected = ["count"]

    assert expected == [p.path for p in caught.value.problems]


@attrs.frozen
class Counted:
    """A model with a count, checked by ``_checks.non_negative`` (as seats, minutes and votes are)."""

    count: int = attrs.field(validator=_checks.non_negative)


@given(st.integers(min_value=0))
def test_non_negative_accepts_zero_and_more(count: int) -> None:
    """Property: every whole number from zero up is a count."""
    assert count == Counted(count).count


@given(st.integers(max_value=-1))
def test_non_negative_refuses_negative_numbers(count: int) -> None:
    """Property: a negative whole number is named with its value."""
    with pytest.raises(InputError) as caught:
        Counted(count)
    assert [("count", f"must not be negative, got {count}")] == problem_pairs(caught.value)


@pytest.mark.parametrize("value", [True, False, 1.0, -1.5, "3", None], ids=repr)
def test_non_negative_is_a_whole_number_first(value: object) -> None:
    """Case: a bool, float or text is not a whole number: that is the problem, never a TypeError from ``<``."""
    with pytest.raises(InputError) as caught:
        Counted(value)  # type: ignore[arg-type]
    assert [("count", f"expected a whole number, got {value!r}")] == problem_pairs(caught.value)


def test_problem_fields_must_be_text() -> None:
    """A Problem with a non-text path or message is itself reported as an input problem."""
    with pytest.raises(InputError) as caught:
        Problem(1, "message")  # type: ignore[arg-type]
    expected = (Problem("path", "expected text, got 1"),)
    assert expected == caught.value.problems


def test_rule_definition_errors_survive_pickling() -> None:
    """Errors cross process boundaries (multiprocessing) with their problems and subject."""
    import pickle  # noqa: PLC0415 - only this test needs it

    error = RuleDefinitionError([Problem("entries[1]", "overlaps")], "timeline 'a.b'")
    back = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object
    assert (error.problems, error.subject, str(error)) == (back.problems, back.subject, str(back))
