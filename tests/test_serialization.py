"""The strict boundary: every bad input reported with its path; round trips exact."""

from __future__ import annotations

import enum
import json
import re
import typing
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import cattrs
import pytest
from cattrs.errors import IterableValidationError, StructureHandlerNotFoundError
from hypothesis import given
from hypothesis import strategies as st

from calcities_domain import (
    catalog,
    events,
    governance,
    kernel,
    mcle,
    membership,
    organization,
    recognition,
    serialization,
)
from calcities_domain.kernel import (
    AnnualDate,
    Cited,
    Confidence,
    DatedValue,
    DateRange,
    Decision,
    HolidayCalendar,
    InputError,
    Money,
    Problem,
    Source,
    Table,
    Timeline,
)
from calcities_domain.serialization import (
    MAX_ITEMS,
    from_json,
    make_converter,
    structure,
    to_json,
    unstructure,
)
from calcities_domain.testing import strategies as cst

SOURCE = {"title": "Rules", "confidence": "confirmed", "url": None, "section": None, "note": None}


def entry(start: str = "2020-01-01", end: str | None = None, value: Any = 25) -> dict[str, Any]:
    return {"in_force": {"start": start, "end": end}, "value": value, "source": dict(SOURCE)}


def timeline(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "rule": "mcle.total_hours",
        "description": "Hours",
        "entries": [entry()],
        "gaps": [],
    }
    doc.update(changes)
    return doc


# (case id, document, model type, the exact problems expected)
BAD_INPUTS: list[tuple[str, Any, Any, list[tuple[str, str]]]] = [
    (
        "string for int",
        timeline(entries=[entry(value="10")]),
        Timeline[int],
        [("$.entries[0].value", 'expected a whole number, got "10"')],
    ),
    (
        "bool for int",
        timeline(entries=[entry(value=True)]),
        Timeline[int],
        [("$.entries[0].value", "expected a whole number, got true")],
    ),
    (
        "float for int",
        timeline(entries=[entry(value=2.5)]),
        Timeline[int],
        [("$.entries[0].value", "expected a whole number, got 2.5")],
    ),
    ("int for str", {**SOURCE, "title": 1}, Source, [("$.title", "expected text, got 1")]),
    (
        "null for required str",
        {**SOURCE, "title": None},
        Source,
        [("$.title", "expected text, got null")],
    ),
    (
        "int for optional str",
        {**SOURCE, "url": 3},
        Source,
        [("$.url", "expected text or null, got 3")],
    ),
    (
        "unknown enum value",
        {**SOURCE, "confidence": "sure"},
        Source,
        [
            (
                "$.confidence",
                'expected one of "confirmed", "secondary", "inferred", "assumed", got "sure"',
            )
        ],
    ),
    (
        "enum by name, not value",
        {**SOURCE, "confidence": "CONFIRMED"},
        Source,
        [
            (
                "$.confidence",
                'expected one of "confirmed", "secondary", "inferred", "assumed", got "CONFIRMED"',
            )
        ],
    ),
    (
        "unknown key",
        {**SOURCE, "page": 4},
        Source,
        [("$.page", "unknown field (expected: title, confidence, url, section, note)")],
    ),
    ("missing key", {"confidence": "confirmed"}, Source, [("$.title", "required field missing")]),
    ("not an object", ["Rules"], Source, [("$", 'expected an object, got ["Rules"]')]),
    (
        "date not ISO",
        {"start": "1 Feb 2022", "end": None},
        DateRange,
        [("$.start", 'expected a date as "YYYY-MM-DD", got "1 Feb 2022"')],
    ),
    (
        "date compact ISO",
        {"start": "20220201", "end": None},
        DateRange,
        [("$.start", 'expected a date as "YYYY-MM-DD", got "20220201"')],
    ),
    (
        "no such day",
        {"start": "2023-02-29", "end": None},
        DateRange,
        [("$.start", 'no such day: "2023-02-29"')],
    ),
    (
        "date as number",
        {"start": "2022-02-01", "end": 20250131},
        DateRange,
        [("$.end", 'expected a date as "YYYY-MM-DD" or null, got 20250131')],
    ),
    (
        "end before start",
        {"start": "2022-02-01", "end": "2022-01-31"},
        DateRange,
        [("$.end", "must not be before start (2022-02-01), got 2022-01-31")],
    ),
    (
        "money as a JSON number",
        {"question": "How much?", "outcome": 625, "reasons": []},
        Decision[Money],
        [
            (
                "$.outcome",
                'expected an amount of dollars as a decimal string (like "625.00"), got 625',
            )
        ],
    ),
    (
        "a string where a list is expected",
        timeline(gaps="abc"),
        Timeline[int],
        [("$.gaps", 'expected a list, got "abc"')],
    ),
    (
        "nested errors in a list",
        timeline(entries=[entry(), entry(start="x", value="y")]),
        Timeline[int],
        [
            ("$.entries[1].in_force.start", 'expected a date as "YYYY-MM-DD", got "x"'),
            ("$.entries[1].value", 'expected a whole number, got "y"'),
        ],
    ),
    (
        "validators of every field at once",
        timeline(rule="Bad Rule", description=" "),
        Timeline[int],
        [
            (
                "$.rule",
                "must be a dotted lower-case identifier like 'mcle.self_study_cap', got 'Bad Rule'",
            ),
            ("$.description", "must be non-blank text, got ' '"),
        ],
    ),
    (
        "type error and validator error together",
        timeline(rule="X", entries=[entry(value="1")]),
        Timeline[int],
        [
            (
                "$.rule",
                "must be a dotted lower-case identifier like 'mcle.self_study_cap', got 'X'",
            ),
            ("$.entries[0].value", 'expected a whole number, got "1"'),
        ],
    ),
    (
        "fixed tuple of wrong length",
        {"name": "Cal", "rules": [], "source": SOURCE, "extra_days": [["2025-01-02"]]},
        HolidayCalendar,
        [("$.extra_days[0]", 'expected a list of 2 items, got ["2025-01-02"]')],
    ),
    (
        "bad item in fixed tuple",
        {"name": "Cal", "rules": [], "source": SOURCE, "extra_days": [["2025-01-02", 7]]},
        HolidayCalendar,
        [("$.extra_days[0][1]", "expected text, got 7")],
    ),
    (
        "annual date without a form",
        {"month": 3, "day": None, "weekday": None, "nth": None, "month_days": []},
        AnnualDate,
        [("$", "give a fixed day, or a weekday with nth, or a weekday with month_days")],
    ),
    (
        "month out of range",
        {"month": 13, "day": 1, "weekday": None, "nth": None, "month_days": []},
        AnnualDate,
        [("$.month", "expected a month 1-12, got 13")],
    ),
    (
        "instant without offset",
        {"question": "When?", "outcome": "2024-02-09T23:59:59", "reasons": []},
        Decision[datetime],
        [
            (
                "$.outcome",
                'expected an instant in ISO 8601 with a UTC offset (like "2024-02-09T23:59:59-08:00" '
                'or "2024-02-09T23:59:59-08:00[America/Los_Angeles]"), got "2024-02-09T23:59:59"',
            )
        ],
    ),
    (
        "several objects, several problems",
        timeline(rule=5, entries=[], zzz=1),
        Timeline[int],
        [
            ("$.rule", "expected text, got 5"),
            ("$.entries", "a timeline needs at least one dated value"),
            ("$.zzz", "unknown field (expected: rule, description, entries, gaps)"),
        ],
    ),
]
BAD_INPUTS += [
    (
        "money with three decimals",
        {"question": "How much?", "outcome": "625.001", "reasons": []},
        Decision[Money],
        [
            (
                "$.outcome",
                'expected an amount of dollars as a decimal string (like "625.00"), got "625.001"',
            )
        ],
    ),
    (
        "decimal as a number",
        {"question": "How many?", "outcome": 2.5, "reasons": []},
        Decision[Decimal],
        [("$.outcome", 'expected a decimal number as a string (like "2.5"), got 2.5')],
    ),
    (
        "bool field given a string",
        {"question": "Ok?", "outcome": "true", "reasons": []},
        Decision[bool],
        [("$.outcome", 'expected true or false, got "true"')],
    ),
    (
        "float anywhere",
        {"question": "Ok?", "outcome": 1.0, "reasons": []},
        Decision[float],
        [("$.outcome", "expected no binary floating-point number (use a decimal string), got 1.0")],
    ),
]


def test_the_table_has_at_least_twenty_cases() -> None:
    assert len(BAD_INPUTS) >= 20
    assert all(expected for *_, expected in BAD_INPUTS)


@pytest.mark.parametrize(("case", "document", "model", "expected"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_lists_every_problem_with_its_path(
    case: str, document: Any, model: Any, expected: list[tuple[str, str]]
) -> None:
    with pytest.raises(InputError) as info:
        structure(document, model)
    assert [(p.path, p.message) for p in info.value.problems] == expected
    assert isinstance(info.value, ValueError)
    # The message names every problem, once each.
    for path, message in expected:
        assert str(info.value).count(f"{path}: {message}") == 1


def test_error_message_layout() -> None:
    with pytest.raises(InputError) as info:
        structure({"start": "x", "end": "y"}, DateRange)
    assert str(info.value) == (
        "2 problems in the input:\n"
        '  $.start: expected a date as "YYYY-MM-DD", got "x"\n'
        '  $.end: expected a date as "YYYY-MM-DD" or null, got "y"'
    )


def test_nothing_partial_is_returned() -> None:
    """A document with one bad entry among good ones yields no model at all."""
    document = timeline(entries=[entry(end="2020-12-31"), entry(start="2021-01-01", value="bad")])
    result: object = None
    with pytest.raises(InputError):
        result = structure(document, Timeline[int])
    assert result is None


def test_long_values_are_shortened_in_messages() -> None:
    with pytest.raises(InputError) as info:
        structure({**SOURCE, "title": 10**80}, Source)
    message = info.value.problems[0].message
    assert message.endswith("...")
    assert len(message) < 100


def test_dates_and_instants_serialize_as_iso_strings() -> None:
    instant = datetime(2024, 2, 9, 23, 59, 59, 999999, tzinfo=kernel.PACIFIC)
    decision = Decision("When?", instant, ())
    data = unstructure(decision)
    assert data == {
        "question": "When?",
        "outcome": "2024-02-09T23:59:59.999999-08:00[America/Los_Angeles]",
        "reasons": [],
    }
    back = structure(data, Decision[datetime])
    assert back.outcome == instant
    assert back.outcome.tzinfo is kernel.PACIFIC
    assert back.outcome.utcoffset() == timedelta(hours=-8)


def test_utc_z_suffix_is_accepted() -> None:
    back = structure({"question": "When?", "outcome": "2024-02-10T07:59:59Z", "reasons": []}, Decision[datetime])
    assert back.outcome == datetime(2024, 2, 10, 7, 59, 59, tzinfo=UTC)


def test_money_serializes_as_decimal_string() -> None:
    assert unstructure(Money(-7550)) == "-75.50"
    assert structure({"question": "q", "outcome": "-75.5", "reasons": []}, Decision[Money]).outcome == Money(-7550)


def test_decimal_round_trip() -> None:
    decision = Decision("How many hours?", Decimal("2.25"), ())
    assert unstructure(decision)["outcome"] == "2.25"
    assert structure(unstructure(decision), Decision[Decimal]) == decision


def test_enums_serialize_by_value() -> None:
    source = Source("Rules", Confidence.SECONDARY)
    assert unstructure(source)["confidence"] == "secondary"


def test_tuples_serialize_as_lists() -> None:
    cal = HolidayCalendar("Cal", (), Source("Rules", Confidence.CONFIRMED), ((date(2025, 1, 2), "Closure"),))
    data = unstructure(cal)
    assert data["rules"] == []
    assert data["extra_days"] == [["2025-01-02", "Closure"]]
    assert json.loads(json.dumps(data)) == data


def test_json_helpers_round_trip() -> None:
    source = Source("Cal. Gov. Code", Confidence.CONFIRMED, section="§ 6700")
    text = to_json(source)
    assert "§ 6700" in text
    assert from_json(text, Source) == source


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{", "not valid JSON: Expecting property name"),
        ('{"title": NaN}', "NaN is not valid JSON"),
        ("", "not valid JSON"),
    ],
)
def test_from_json_refuses_text_that_is_not_json(text: str, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        from_json(text, Source)
    assert info.value.problems[0].path == "$"
    assert fragment in info.value.problems[0].message


def test_converters_are_independent() -> None:
    one, two = make_converter(), make_converter()
    assert one is not two
    assert one.unstructure(Money(100)) == two.unstructure(Money(100)) == "1.00"


PUBLIC_MODULES = (kernel, catalog, mcle, organization, governance, membership, events, recognition)


def _public_attrs_classes() -> set[type]:
    # Filter before making a set: some exported values (a cited mapping) are not hashable.
    exported = [getattr(module, name) for module in PUBLIC_MODULES for name in module.__all__]
    return {c for c in exported if isinstance(c, type) and attrs.has(c)}


def test_every_public_model_has_a_strategy() -> None:
    """The registry of strategies and the public models agree (as holidays' registry test)."""
    assert _public_attrs_classes() == set(cst.public_models())


def test_every_public_enum_serializes_by_value() -> None:
    enums = [getattr(module, n) for module in PUBLIC_MODULES for n in module.__all__]
    for cls in [e for e in enums if isinstance(e, type) and issubclass(e, enum.Enum)]:
        for member in cls:
            assert unstructure(member) == member.value


_TYPED = {
    kernel.Timeline: Timeline[int],
    kernel.DatedValue: DatedValue[int],
    kernel.Decision: Decision[bool],
    kernel.Cited: Cited[int],
    kernel.Table: Table[membership.StatusRow],
}


MODELS: list[type] = sorted(cst.public_models(), key=lambda c: str(getattr(c, "__name__", c)))


@pytest.mark.parametrize("model", MODELS, ids=lambda c: getattr(c, "__name__", repr(c)))
@given(data=st.data())
def test_round_trip_for_every_public_model(model: type, data: st.DataObject) -> None:
    """structure(unstructure(x)) == x, and the unstructured form is plain JSON."""
    value = data.draw(cst.strategy_for(model))
    document = unstructure(value)
    assert json.loads(json.dumps(document)) == document
    assert structure(document, _TYPED.get(model, model)) == value


@given(cst.decisions(cst.dates()))
def test_round_trip_of_decisions_about_dates(decision: Decision[date]) -> None:
    assert from_json(to_json(decision), Decision[date]) == decision


@given(cst.problems())
def test_problem_round_trip(problem: Problem) -> None:
    assert structure(unstructure(problem), Problem) == problem


def test_values_that_are_not_json_are_shown_with_repr() -> None:
    with pytest.raises(InputError) as info:
        structure({**SOURCE, "title": b"bytes"}, Source)
    assert info.value.problems == (Problem("$.title", "expected text, got b'bytes'"),)


def test_an_instant_that_does_not_exist_is_named() -> None:
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": "2024-02-30T10:00:00-08:00", "reasons": []}, Decision[datetime])
    assert info.value.problems == (Problem("$.outcome", 'no such instant: "2024-02-30T10:00:00-08:00"'),)


def test_problems_inside_an_optional_model_keep_their_paths() -> None:
    reason = {"code": "a.b", "message": "m", "effect": "info", "facts": [], "source": {"title": 1, "confidence": "x"}}
    with pytest.raises(InputError) as info:
        structure(reason, kernel.Reason)
    assert [p.path for p in info.value.problems] == ["$.source.title", "$.source.confidence"]


def test_generic_type_arguments_reach_field_validators() -> None:
    """A Timeline[int] with an empty entry list is refused by the entries validator."""
    (t,) = getattr(Timeline, "__parameters__")  # noqa: B009 - not in the type stubs
    entries_type = typing.get_type_hints(Timeline)["entries"]
    assert serialization._bind(t, {t: int}) is int
    assert serialization._bind(entries_type, {t: int}) == tuple[DatedValue[int], ...]
    assert serialization._bind(str, {}) is str


def test_unexpected_errors_are_reported_not_raised() -> None:
    group = IterableValidationError("while structuring", [RuntimeError("boom")], list)
    assert serialization._problems(group, "$.items") == [
        Problem("$.items", "invalid value (RuntimeError: boom)"),
    ]


# ----------------------------------------------------------------- instants keep their zone (RFC 9557)


@pytest.mark.parametrize(
    ("instant", "text"),
    [
        # 2024-11-03: clocks go back at 02:00 PDT; 01:30 happens twice (fold 0 is PDT, fold 1 PST).
        (datetime(2024, 11, 3, 1, 30, tzinfo=kernel.PACIFIC), "2024-11-03T01:30:00-07:00[America/Los_Angeles]"),
        (
            datetime(2024, 11, 3, 1, 30, tzinfo=kernel.PACIFIC, fold=1),
            "2024-11-03T01:30:00-08:00[America/Los_Angeles]",
        ),
        # 2024-03-10: clocks go forward at 02:00 PST; 02:30 does not exist on the wall.
        (datetime(2024, 3, 10, 2, 30, tzinfo=kernel.PACIFIC), "2024-03-10T02:30:00-08:00[America/Los_Angeles]"),
        (datetime(2024, 3, 10, 3, 0, tzinfo=kernel.PACIFIC), "2024-03-10T03:00:00-07:00[America/Los_Angeles]"),
    ],
)
def test_pacific_instants_round_trip_across_dst_changes(instant: datetime, text: str) -> None:
    decision = Decision("When?", instant, ())
    document = unstructure(decision)
    assert document["outcome"] == text
    back = structure(document, Decision[datetime])
    assert back == decision
    assert back.outcome.fold == instant.fold
    assert back.outcome.utcoffset() == instant.utcoffset()
    assert back.outcome.tzinfo is kernel.PACIFIC


@given(cst.aware_datetimes())
def test_every_instant_round_trips_exactly(instant: datetime) -> None:
    back = from_json(to_json(Decision("When?", instant, ())), Decision[datetime]).outcome
    assert back == instant
    assert back.utcoffset() == instant.utcoffset()
    assert (back.tzinfo is kernel.PACIFIC) == (instant.tzinfo is kernel.PACIFIC)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "2024-07-04T12:00:00-08:00[America/Los_Angeles]",
            "the offset does not match the time zone America/Los_Angeles at that time: "
            '"2024-07-04T12:00:00-08:00[America/Los_Angeles]"',
        ),
        (
            "2024-07-04T12:00:00-07:00[America/Nowhere]",
            "unknown time zone 'America/Nowhere' in \"2024-07-04T12:00:00-07:00[America/Nowhere]\"",
        ),
        ("2024-07-04T12:00:00-07:00[../etc/passwd]", None),
    ],
)
def test_a_zone_that_does_not_fit_is_refused(text: str, message: str | None) -> None:
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": text, "reasons": []}, Decision[datetime])
    (problem,) = info.value.problems
    assert problem.path == "$.outcome"
    if message is not None:
        assert problem.message == message


# ----------------------------------------------------------------- exact numbers, null, sets


def test_fractions_round_trip_as_strings() -> None:
    decision = Decision("How many hours?", Fraction(5, 4), ())
    assert unstructure(decision)["outcome"] == "5/4"
    assert from_json(to_json(decision), Decision[Fraction]) == decision
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": 1.25, "reasons": []}, Decision[Fraction])
    assert info.value.problems[0].message == 'expected an exact fraction as a string (like "5/4" or "3"), got 1.25'


def test_none_outcomes() -> None:
    decision = Decision("Anything?", None, ())
    assert structure(unstructure(decision), Decision[None]) == decision
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": 0, "reasons": []}, Decision[None])
    assert info.value.problems[0].message == "expected null, got 0"


def test_frozensets_are_sorted_lists_and_refuse_duplicates() -> None:
    decision = Decision("Which?", frozenset({"b", "a", "c"}), ())
    assert unstructure(decision)["outcome"] == ["a", "b", "c"]
    assert from_json(to_json(decision), Decision[frozenset[str]]) == decision
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": ["a", "a"], "reasons": []}, Decision[frozenset[str]])
    assert info.value.problems[0].message == 'expected a list of distinct items, got ["a", "a"]'


@given(st.frozensets(st.integers()))
def test_frozenset_output_does_not_depend_on_hashing(items: frozenset[int]) -> None:
    assert unstructure(Decision("q", items, ()))["outcome"] == sorted(items, key=json.dumps)


def test_mutable_outcomes_are_refused_at_the_boundary() -> None:
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": [1], "reasons": []}, Decision[list[int]])
    assert info.value.problems[0].path == "$.outcome"
    assert "must be immutable" in info.value.problems[0].message


# ----------------------------------------------------------------- types the boundary does not build


@pytest.mark.parametrize(
    ("cls", "fragment"),
    [
        (Decision, "Decision is generic: give its type parameter, as in Decision[bool]"),
        (Timeline, "Timeline is generic"),
        (type(None), "builds the library's models"),
        (set[int], "builds the library's models"),
        (int, "builds the library's models"),
    ],
)
def test_types_that_are_not_models_are_refused_clearly(cls: Any, fragment: str) -> None:
    with pytest.raises(kernel.UnsupportedTypeError, match=re.escape(fragment)):
        structure({}, cls)
    with pytest.raises(kernel.UnsupportedTypeError):
        from_json("{}", cls)


def test_a_field_type_the_converter_cannot_build_is_unsupported_not_bad_input() -> None:
    with pytest.raises(kernel.UnsupportedTypeError, match="cannot structure"):
        structure({"question": "q", "outcome": "a", "reasons": []}, Decision[typing.Literal["a"] | int])


def test_to_json_refuses_values_without_a_json_form() -> None:
    with pytest.raises(kernel.UnsupportedTypeError, match="cannot write Decision as JSON"):
        to_json(Decision("q", object(), ()))


# ----------------------------------------------------------------- JSON text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"title": "a", "title": "b", "confidence": "confirmed"}', "the key 'title' appears twice in one object"),
        (b"\xff\xfe{", "not valid UTF-8 text"),
        ("[" * 100_000 + "]" * 100_000, "the document is nested too deeply"),
    ],
    ids=["duplicate key", "bad UTF-8", "deep nesting"],
)
def test_json_text_problems(text: str | bytes, message: str) -> None:
    with pytest.raises(InputError) as info:
        from_json(text, Source)
    assert info.value.problems == (Problem("$", message),)


def test_patterns_do_not_accept_a_trailing_newline() -> None:
    with pytest.raises(InputError) as info:
        structure({"start": "2020-01-01\n", "end": None}, DateRange)
    assert info.value.problems[0].message == 'expected a date as "YYYY-MM-DD", got "2020-01-01\\n"'
    with pytest.raises(InputError):
        structure({"question": "q", "outcome": "2.5\n", "reasons": []}, Decision[Decimal])


def test_cross_field_checks_still_run_beside_an_unknown_key() -> None:
    """An end before the start is reported even when the object also has an unknown key."""
    with pytest.raises(InputError) as info:
        structure({"start": "2020-01-01", "end": "2019-01-01", "x": 1}, DateRange)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.end", "must not be before start (2020-01-01), got 2019-01-01"),
        ("$.x", "unknown field (expected: start, end)"),
    ]


def test_timeline_inconsistencies_are_placed_in_the_document() -> None:
    document = timeline(entries=[entry(), entry(start="2021-01-01")])
    with pytest.raises(InputError) as info:
        structure(document, Timeline[int])
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.entries[1]", "two values in force at once: 2020-01-01 onwards and 2021-01-01 onwards"),
    ]


def test_a_deeply_nested_bad_value_is_reported_not_raised() -> None:
    deep: Any = []
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(InputError) as info:
        structure({**SOURCE, "title": deep}, Source)
    assert info.value.problems == (Problem("$.title", "expected text, got a list nested too deeply to show"),)


def test_an_optional_value_keeps_a_message_that_is_not_a_type_mismatch() -> None:
    with pytest.raises(InputError) as info:
        structure({"start": "2024-01-01", "end": "2023-02-29"}, DateRange)
    assert info.value.problems == (Problem("$.end", 'no such day: "2023-02-29"'),)


def test_a_set_must_come_as_a_list() -> None:
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": "abc", "reasons": []}, Decision[frozenset[str]])
    assert info.value.problems == (Problem("$.outcome", 'expected a list of distinct items, got "abc"'),)


def test_an_unsupported_type_is_found_inside_an_error_group() -> None:
    missing = StructureHandlerNotFoundError("no hook", int)
    group = cattrs.ClassValidationError("while structuring", [ValueError("x"), missing], Source)
    assert serialization._unsupported(group) is missing
    assert serialization._unsupported(cattrs.ClassValidationError("w", [ValueError("x")], Source)) is None


# ----------------------------------------------------------------- decimals in plain notation, cited values


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Decimal("1E+2"), "100"),
        (Decimal(100).normalize(), "100"),
        (Decimal("1E-7"), "0.0000001"),
        (Decimal("2.50"), "2.50"),
        (Decimal("-0"), "-0"),
    ],
)
def test_decimals_are_written_in_plain_notation(value: Decimal, text: str) -> None:
    """``str(Decimal)`` may use an exponent, which the boundary refuses: write plain digits."""
    decision = Decision("How many hours?", value, ())
    assert unstructure(decision)["outcome"] == text
    assert structure(unstructure(decision), Decision[Decimal]) == decision


_CITED_SOURCE = Source("Rules", Confidence.CONFIRMED)


@pytest.mark.parametrize(
    ("value", "typed", "written"),
    [
        (Cited(Fraction(1, 2), _CITED_SOURCE), Cited[Fraction], "1/2"),
        (Cited(Decimal("12.5"), _CITED_SOURCE), Cited[Decimal], "12.5"),
        (Cited(mcle.TieRule.DOWN, _CITED_SOURCE), Cited[mcle.TieRule], "down"),
        (Cited(date(2018, 2, 1), _CITED_SOURCE), Cited[date], "2018-02-01"),
        (Cited(60, _CITED_SOURCE), Cited[int], 60),
        (Cited(False, _CITED_SOURCE), Cited[bool], False),
        (Cited((1, 2), _CITED_SOURCE), Cited[tuple[int, ...]], [1, 2]),
    ],
    ids=lambda v: getattr(v, "__name__", None) or repr(v)[:20],
)
def test_cited_values_round_trip_with_their_parameter(value: Cited[Any], typed: Any, written: Any) -> None:
    document = unstructure(value)
    assert document["value"] == written
    assert structure(document, typed) == value


def test_optional_cited_values_round_trip() -> None:
    """``Cited[...] | None`` fields: a rule set without a cap, rules without a notice period."""
    rules = mcle.NEW_YORK.rule_sets.entries[-1].value
    assert rules.self_study_cap is None
    assert unstructure(rules)["self_study_cap"] is None
    assert structure(unstructure(rules), mcle.RuleSet) == rules
    california = mcle.CALIFORNIA.noncompliance
    assert california is not None
    quiet = attrs.evolve(california, notice_days=None)
    assert structure(unstructure(quiet), mcle.NoncomplianceRules) == quiet


def test_a_bad_value_inside_a_cited_value_is_placed() -> None:
    document = unstructure(mcle.CALIFORNIA.rule_sets.entries[-1].value)
    document["self_study_cap"]["value"] = 0.5
    document["tie"]["value"] = "sideways"
    document["speaker_multiplier"] = 4
    with pytest.raises(InputError) as info:
        structure(document, mcle.RuleSet)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.self_study_cap.value", 'expected an exact fraction as a string (like "5/4" or "3"), got 0.5'),
        ("$.tie.value", 'expected one of "down", "up", "even", got "sideways"'),
        ("$.speaker_multiplier", "expected an object or null, got 4"),
    ]


def test_a_generic_cited_value_needs_its_parameter() -> None:
    with pytest.raises(kernel.UnsupportedTypeError, match="Cited is generic"):
        structure({"value": 1, "source": SOURCE}, Cited)


# ----------------------------------------------------------------------------- enum lookup by key (performance issue)


class _Pair(enum.Enum):
    A = [1, 2]  # noqa: RUF012 - an unhashable value, on purpose
    B = [3, 4]  # noqa: RUF012


class _NotANumber(enum.Enum):
    X = float("nan")


@pytest.mark.parametrize(
    ("value", "expected"),
    [(1, mcle.ComplianceGroup.GROUP_1), (3, mcle.ComplianceGroup.GROUP_3), (True, None), (1.0, None), ("1", None)],
)
def test_an_enum_member_is_found_by_its_exact_value_and_type(value: object, expected: object) -> None:
    """Edge (the lookup by key must equal the old scan): 1 is group 1; True, 1.0 and "1" equal it but are refused."""
    if expected is None:
        with pytest.raises(InputError, match="expected one of 1, 2, 3"):
            make_converter().structure(value, mcle.ComplianceGroup)
    else:
        assert make_converter().structure(value, mcle.ComplianceGroup) is expected


def test_an_enum_with_unhashable_values_is_still_structured() -> None:
    """Edge: a caller's enum whose values are lists is searched member by member, as before the lookup by key."""
    converter = make_converter()
    assert converter.structure([1, 2], _Pair) is _Pair.A
    with pytest.raises(InputError, match=r"expected one of \[1, 2\], \[3, 4\]"):
        converter.structure([5], _Pair)
    with pytest.raises(InputError):
        converter.structure({"a": 1}, mcle.ComplianceGroup)  # an unhashable document value: refused, named


def test_a_nan_enum_value_matches_nothing() -> None:
    """Edge: NaN is not equal to itself, so no document value selects a NaN member (the key would, by identity)."""
    with pytest.raises(InputError):
        make_converter().structure(_NotANumber.X.value, _NotANumber)


def test_an_unhashable_generic_alias_is_refused_as_input_not_a_bare_type_error() -> None:
    """Edge: structure() with an alias holding a list cannot be cached; it fails as before, with an InputError."""
    import types  # noqa: PLC0415 - only this test builds an alias by hand

    alias: Any = types.GenericAlias(Timeline, ([int],))
    with pytest.raises(InputError):
        structure({"entries": []}, alias)


# --------------------------------------------------------------------------- the item bound


def _mcle_document(credits: list[Any]) -> dict[str, Any]:
    from calcities_domain import commands  # noqa: PLC0415 - the one test family that needs it

    document: dict[str, Any] = json.loads(commands.COMMANDS["mcle"].example)
    document["credits"] = credits
    return document


def test_a_list_longer_than_max_items_is_refused_whole_at_its_path() -> None:
    from calcities_domain.commands import MCLERequest  # noqa: PLC0415

    with pytest.raises(InputError) as info:
        structure(_mcle_document([0] * (MAX_ITEMS + 1)), MCLERequest)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.credits", "expected a list of at most 100,000 items, got 100,001 items")
    ]


def test_a_list_of_exactly_max_items_is_read_item_by_item() -> None:
    from calcities_domain.commands import MCLERequest  # noqa: PLC0415

    # At the bound the list is read: every wrong item is its own problem.
    with pytest.raises(InputError) as info:
        structure(_mcle_document([0] * 3), MCLERequest, max_items=3)
    assert [p.path for p in info.value.problems] == ["$.credits[0]", "$.credits[1]", "$.credits[2]"]
    with pytest.raises(InputError) as info:
        structure(_mcle_document([0] * 4), MCLERequest, max_items=3)
    assert [p.message for p in info.value.problems] == ["expected a list of at most 3 items, got 4 items"]


def test_the_bound_of_from_json_is_the_same() -> None:
    from calcities_domain.commands import MCLERequest  # noqa: PLC0415

    text = json.dumps(_mcle_document([0, 0]))
    with pytest.raises(InputError, match=r"\$\.credits: expected a list of at most 1 items, got 2 items"):
        from_json(text, MCLERequest, max_items=1)
    with pytest.raises(InputError) as info:
        from_json(text, MCLERequest)
    assert len(info.value.problems) == 2


def test_an_object_with_more_unknown_keys_than_max_items_is_refused_whole() -> None:
    document: dict[str, Any] = {"start": "2022-02-01", "end": None}
    document.update({f"k{i}": 0 for i in range(3)})
    with pytest.raises(InputError) as info:
        structure(document, DateRange, max_items=3)
    assert len(info.value.problems) == 3  # 2 fields + 3 unknown keys: each unknown key named
    document["k3"] = 0
    with pytest.raises(InputError) as info:
        structure(document, DateRange, max_items=3)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$", "expected an object of at most 2 keys, got 6 keys")
    ]


def test_a_set_longer_than_max_items_is_refused() -> None:
    @attrs.frozen
    class Tags:
        tags: frozenset[str]

    converter = make_converter(max_items=2)
    assert converter.structure({"tags": ["a", "b"]}, Tags) == Tags(frozenset({"a", "b"}))
    with pytest.raises(InputError) as info:
        converter.structure({"tags": ["a", "b", "c"]}, Tags)
    assert [(p.path, p.message) for p in info.value.problems] == [
        ("$.tags", "expected a list of at most 2 distinct items, got 3 distinct items")
    ]


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "3", None])
def test_max_items_must_be_a_whole_number_of_at_least_one(bad: Any) -> None:
    for call in (
        lambda: structure({"start": "2022-02-01", "end": None}, DateRange, max_items=bad),
        lambda: from_json('{"start": "2022-02-01", "end": null}', DateRange, max_items=bad),
        lambda: make_converter(max_items=bad),
    ):
        with pytest.raises(InputError) as info:
            call()
        assert [p.path for p in info.value.problems] == ["max_items"]


@given(size=st.integers(min_value=0, max_value=40), bound=st.integers(min_value=1, max_value=40))
def test_a_list_is_refused_exactly_when_longer_than_the_bound(size: int, bound: int) -> None:
    from calcities_domain.commands import MCLERequest  # noqa: PLC0415

    try:
        structure(_mcle_document([0] * size), MCLERequest, max_items=bound)
    except InputError as error:
        messages = [p.message for p in error.problems]
    else:  # pragma: no cover - an empty list of credits is valid; zero is never a credit
        messages = []
    whole = f"expected a list of at most {bound} items, got {size} items"
    assert (messages == [whole]) == (size > bound)
    assert len(messages) == (1 if size > bound else size)
