"""Fuzzing the boundary: no input, however bad, gets past it as anything but a documented error.

Users put this library between untrusted input (web forms, uploaded spreadsheets, other
systems' JSON) and decisions, so every structuring entry point is fed arbitrary JSON-like
documents (deep nesting, whole numbers of 400 digits, NaN and infinities, lone surrogates,
a wrong type at every position, missing and extra keys) and mutants of valid documents
(each command's example, and every public model as the testing strategies draw it, with a
value replaced, deleted or added at a random place). The property (DESIGN.md, principle 8):
the only exception that escapes is :class:`~calcities_domain.kernel.InputError` (and, for a
command, :class:`~calcities_domain.kernel.RuleNotInForce`, as :func:`commands.run` documents),
and every problem has a JSON path and says what is wrong (in at most
:data:`commands.MAX_MESSAGE` characters, for a command).

The command line gets a few seeded fuzzed documents per command through real processes,
and the last part bounds the resources a hostile document can take: 10,000 levels of
nesting, a 50 MB string, a list of ten million items.
"""

from __future__ import annotations

import copy
import json
import random
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calcities_domain import commands, events, kernel
from calcities_domain.kernel import (
    Decision,
    InputError,
    Money,
    Problem,
    RuleNotInForce,
)
from calcities_domain.kernel._checks import checked, validate
from calcities_domain.serialization import from_json, structure, unstructure
from calcities_domain.testing import strategies as cst

PROG = "python -m calcities_domain"


def _model_id(model: type) -> str:
    return f"{model.__module__.split('.')[1]}.{model.__name__}"


MODELS: list[type] = sorted(cst.public_models(), key=_model_id)
REQUESTS: list[type] = [c.request for c in commands.COMMANDS.values()]
#: Every field name of every model: keys that a fuzzed object may add (known somewhere, or not).
FIELD_NAMES: list[str] = sorted({a.name for m in [*MODELS, *REQUESTS] for a in attrs.fields(m)})

# One property per model and per command; the per-model budget is a share of the profile's.
EACH_MODEL = settings(max_examples=max(3, settings().max_examples // 20))
EACH_COMMAND = settings(max_examples=max(10, settings().max_examples * 2 // 5))
WHOLE = settings(max_examples=max(10, settings().max_examples))

# --------------------------------------------------------------------------- what goes wrong

#: Text that looks almost right to some field: dates, instants, numbers, codes, and odd text.
ODD_TEXT = [
    "",
    " ",
    "\x00",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "\u202e",
    "2024-02-30",
    "2024-13-01",
    "0001-01-01",
    "9999-12-31",
    "2024-01-01\n",
    "2024-02-09T18:00:00-08:00",
    "2024-02-09T18:00:00",
    "9999-12-31T23:59:59-23:59",
    "0001-01-01T00:00:00+23:59",
    "2024-02-09T18:00:00-08:00[Mars/Olympus]",
    "2024-02-09T18:00:00-08:00[America]",
    "2024-02-09T18:00:00+00:00[America/Los_Angeles]",
    "0001-01-01T00:00:00+01:00",
    "America",
    "625.00",
    "625.001",
    "-0",
    "1E+2",
    "NaN",
    "Infinity",
    "5/4",
    "1/0",
    "true",
    "null",
    "ga_resolution",
    "symposium",
    "ethics",
    "x" * 300,
]
#: Whole numbers beyond any machine word (10**400 still has a text form in Python).
HUGE_INTS = [10**400, -(10**400), 2**63, -(2**63) - 1, 2**64]

any_text = st.text(st.characters(exclude_categories=()), max_size=12)  # surrogates included
keys = st.sampled_from(FIELD_NAMES) | any_text
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from(HUGE_INTS)
    | st.floats()  # NaN and both infinities too
    | any_text
    | st.sampled_from(ODD_TEXT)
)
#: Arbitrary JSON-like documents (what json.loads could give, and floats it could not).
json_documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
    max_leaves=20,
)


def _nest(depth: int, core: object, as_objects: bool) -> object:
    for _ in range(depth):
        core = {"a": core} if as_objects else [core]
    return core


deep_documents = st.builds(_nest, st.integers(20, 150), json_documents, st.booleans())
#: What a caller's own Python data may hold besides: tuples, bytes, sets, Decimal, dates.
python_scalars = st.binary(max_size=4) | st.sampled_from([Decimal("1.5"), Decimal("NaN"), date(2024, 1, 1), 1j])
python_documents = st.recursive(
    scalars | python_scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.tuples(inner, inner)
        | st.frozensets(st.integers(), max_size=3)
        | st.dictionaries(keys | st.integers() | st.none(), inner, max_size=4)
    ),
    max_leaves=15,
)

# --------------------------------------------------------------------------- mutants

Position = tuple[str | int, ...]


def _positions(document: object, here: Position = ()) -> Iterator[Position]:
    """Every place in a document: the root, each value of each object and each item."""
    yield here
    if isinstance(document, dict):
        for key, value in document.items():
            yield from _positions(value, (*here, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            yield from _positions(value, (*here, index))


def _at(document: object, position: Position) -> Any:
    found: Any = document
    for step in position:
        found = found[step]
    return found


def mutate(
    document: object,
    pick: Callable[[Sequence[Any]], Any],
    value: Callable[[object], object],
    times: int,
) -> object:
    """A copy of ``document`` with ``times`` values replaced, deleted or added at random places.

    ``pick`` chooses among options and ``value(old)`` makes a new value to put in place of
    ``old`` (None where one is added): Hypothesis draws for the properties, a seeded
    ``random.Random`` for the command line.
    """
    mutant = copy.deepcopy(document)
    for _ in range(times):
        position: Position = pick(list(_positions(mutant)))
        action = pick(["replace", "delete", "add"])
        target = _at(mutant, position)
        if action == "add" and isinstance(target, dict):
            target[pick([*FIELD_NAMES, "", "$", "a.b[0]", "\ud800"])] = value(None)
        elif action == "add" and isinstance(target, list):
            target.insert(pick(range(len(target) + 1)), value(target[0] if target else None))
        elif action == "delete" and position:
            del _at(mutant, position[:-1])[position[-1]]
        elif position:  # replace (or add to a scalar: a wrong value in its place)
            _at(mutant, position[:-1])[position[-1]] = value(target)
        else:
            mutant = value(target)
    return mutant


def _like(old: object) -> st.SearchStrategy[Any]:
    """Values of the kind of ``old``: a wrong value of the right type, or a right one."""
    if isinstance(old, bool):
        return st.booleans()
    if isinstance(old, int):
        return st.integers() | st.sampled_from(HUGE_INTS)
    if isinstance(old, str):
        return any_text | st.sampled_from(ODD_TEXT)
    return json_documents


def _mutants(document: object, values: st.SearchStrategy[Any]) -> st.SearchStrategy[object]:
    @st.composite
    def build(draw: st.DrawFn) -> object:
        times = draw(st.integers(1, 3))
        return mutate(
            document, lambda options: draw(st.sampled_from(options)), lambda old: draw(_like(old) | values), times
        )

    return build()


def _valid_documents(model: type) -> st.SearchStrategy[object]:
    return cst.strategy_for(model).map(unstructure)


# --------------------------------------------------------------------------- the property


def assert_reported(error: InputError) -> None:
    """An InputError names at least one problem; each has a JSON path and a message of its own."""
    assert error.problems
    for problem in error.problems:
        assert isinstance(problem, Problem)
        assert problem.path.startswith("$"), problem
        assert problem.message.strip(), problem
        # A message says what is wrong with the value, never which exception an internal
        # step raised (the converter's last resort is "invalid value (ValueError: ...)").
        assert "invalid value (" not in problem.message, problem


Outcome = tuple[str, object]


def _structured(document: object, model: Any) -> Outcome:
    """structure() of the document: the model built, or the problems; nothing else escapes."""
    try:
        return ("built", structure(document, model))
    except InputError as error:
        assert_reported(error)
        return ("refused", error.problems)


def _read(text: str | bytes, model: Any) -> Outcome:
    try:
        return ("built", from_json(text, model))
    except InputError as error:
        assert_reported(error)
        return ("refused", error.problems)


def _json_text(document: object) -> str | None:
    """The document as JSON text, if it has one (no NaN, no infinity, no bytes)."""
    try:
        return json.dumps(document, allow_nan=False)
    except (TypeError, ValueError):
        return None


def _same_through_json(document: object, model: Any) -> None:
    """from_json of the document's text answers as structure() of the document does."""
    text = _json_text(document)
    if text is None:
        with pytest.raises(InputError) as info:
            from_json(json.dumps(document), model)  # NaN and Infinity are not JSON
        assert_reported(info.value)
        return
    expected = _structured(document, model)
    assert _read(text, model) == expected
    assert _read(text.encode("utf-8"), model) == expected


@pytest.mark.parametrize("model", MODELS, ids=_model_id)
@EACH_MODEL
@given(data=st.data())
def test_mutants_of_valid_documents_are_built_or_refused_with_paths(model: type, data: st.DataObject) -> None:
    """Each public model, from a valid document with values replaced, deleted or added."""
    typed = cst.structured_as(model)
    valid = data.draw(_valid_documents(model), label="valid")
    document = data.draw(_mutants(valid, json_documents | deep_documents), label="mutant")
    _same_through_json(document, typed)


@WHOLE
@given(model=st.sampled_from(MODELS), document=json_documents | deep_documents)
def test_arbitrary_documents_are_refused_with_paths(model: type, document: object) -> None:
    typed = cst.structured_as(model)
    _same_through_json(document, typed)


@WHOLE
@given(model=st.sampled_from(MODELS), data=st.data())
def test_python_data_that_is_not_json_is_refused_with_paths(model: type, data: st.DataObject) -> None:
    """A caller's own objects (tuples, bytes, sets, non-text keys) in any place of a valid document."""
    typed = cst.structured_as(model)
    if data.draw(st.booleans(), label="inside a valid document"):
        valid = data.draw(_valid_documents(model), label="valid")
        document = data.draw(_mutants(valid, python_documents), label="mutant")
    else:
        document = data.draw(python_documents, label="document")
    _structured(document, typed)


@st.composite
def _broken_json_text(draw: st.DrawFn) -> str | bytes:
    """JSON text of a valid document with characters cut or inserted, as text or as bytes."""
    model = draw(st.sampled_from(MODELS))
    text = json.dumps(unstructure(draw(cst.strategy_for(model))))
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        if draw(st.booleans()):
            text = text[:at] + text[at + draw(st.integers(1, 3)) :]
        else:
            text = (
                text[:at]
                + draw(st.sampled_from(['"', "[", "]", "{", "}", ",", ":", "\\", "\\u", "NaN", "-"]))
                + text[at:]
            )
    forms: list[str | bytes] = [text, text.encode("utf-8", "surrogatepass")]
    return draw(st.sampled_from(forms))


@WHOLE
@given(
    model=st.sampled_from(MODELS),
    text=_broken_json_text() | any_text | st.binary(max_size=40),
)
def test_text_that_is_not_a_document_is_refused_with_paths(model: type, text: str | bytes) -> None:
    _read(text, cst.structured_as(model))


# --------------------------------------------------------------------------- the commands


def _not_in_force(error: RuleNotInForce) -> tuple[str, str]:
    assert error.rule
    assert str(error)
    return (error.rule, str(error))


def _named(error: InputError) -> tuple[Problem, ...]:
    """A refusal names its problems, each at a JSON path (a rule's own refusal too), with a
    message of at most commands.MAX_MESSAGE characters."""
    assert_reported(error)
    for problem in error.problems:
        assert len(problem.message) <= commands.MAX_MESSAGE, problem
    return error.problems


def _answered(name: str, run: Callable[[], commands.Answer[Any]]) -> Outcome:
    """Run a command: its answer (which can be written as JSON), its problems, or the rule not in force."""
    try:
        answer = run()
    except RuleNotInForce as error:  # documented: a day no rule covers
        return ("not in force", _not_in_force(error))
    except InputError as error:
        return ("refused", _named(error))
    assert answer.command == name
    assert answer.passed in (True, False, None)
    assert json.loads(answer.to_json())["command"] == name
    return ("answered", answer)


@pytest.mark.parametrize("name", sorted(commands.COMMANDS))
@EACH_COMMAND
@given(data=st.data())
def test_commands_answer_or_refuse_mutants_of_their_example(name: str, data: st.DataObject) -> None:
    """commands.run raises only InputError or RuleNotInForce, as documented, for any document.

    A document the request model refuses is refused with exactly the boundary's problems
    (each with a JSON path), and run_json of its text answers as run does.
    """
    command = commands.COMMANDS[name]
    example = json.loads(command.example)
    document = data.draw(
        _mutants(example, json_documents | deep_documents | python_documents) | json_documents,
        label="document",
    )
    outcome = _answered(name, lambda: commands.run(name, document))
    built = _structured(document, command.request)
    if built[0] == "refused":
        assert outcome == built  # the boundary's problems, each under $
    text = _json_text(document)
    if text is not None and json.loads(text) == document:  # no tuple, bytes or number key changed
        assert _answered(name, lambda: command.run_json(text)) == outcome


@pytest.mark.parametrize(
    ("name", "position", "value", "expected"),
    [
        (
            "mcle",
            ("licensee", "group"),
            None,
            Problem("$.licensee.group", "California places licensees in compliance groups: give the group"),
        ),
        (
            "mcle",
            ("as_of",),
            "9999-12-31",
            Problem(
                "$.as_of",
                "the period containing 9999-12-31 ends or falls due after 9999-12-31, the last date Python can hold",
            ),
        ),
        (
            "events",
            ("event", "start"),
            "0001-01-01",
            Problem(
                "$.policy",
                "none is given, so a default applies, and its close.days_before: "
                "7 days before 0001-01-01 is before the year 1",
            ),
        ),
    ],
    ids=["mcle without a group", "mcle in 9999", "events in year 1"],
)
def test_rule_refusals_name_json_paths(name: str, position: Position, value: object, expected: Problem) -> None:
    """A rule names a problem by its own argument (licensee.group, day, the default policy's
    close.days_before); the command places it in the document."""
    document = json.loads(commands.COMMANDS[name].example)
    if value is None:
        del _at(document, position[:-1])[position[-1]]
    else:
        _at(document, position[:-1])[position[-1]] = value
    with pytest.raises(InputError) as info:
        commands.run(name, document)
    assert info.value.problems == (expected,)
    with pytest.raises(InputError) as from_text:
        commands.COMMANDS[name].run_json(json.dumps(document))
    assert from_text.value.problems == (expected,)


@pytest.mark.parametrize(
    ("name", "position", "expected"),
    [
        (
            "vote",
            ("tally", "yes"),
            Problem("$.tally.yes", "must be at most 1,000,000,000,000,000,000, got a whole number of 4300 digits"),
        ),
        (
            "mcle",
            ("credits", 0, "minutes"),
            Problem("$.credits[0].minutes", "must be at most 1,000,000,000 minutes, got a whole number of 4300 digits"),
        ),
    ],
    ids=["vote tally", "mcle minutes"],
)
def test_whole_numbers_of_4300_digits_are_answered_or_refused(name: str, position: Position, expected: Problem) -> None:
    """The rule code wrote whole numbers as text, which Python refuses beyond 4300 digits: a bare
    ValueError escaped for a tally or minutes of that size (json.loads reads up to 4300 digits)."""
    document = json.loads(commands.COMMANDS[name].example)
    _at(document, position[:-1])[position[-1]] = "@"
    text = json.dumps(document).replace('"@"', "9" * 4300)
    with pytest.raises(InputError) as info:
        commands.COMMANDS[name].run_json(text)
    assert info.value.problems == (expected,)


# --------------------------------------------------------------------------- specific findings


def test_a_number_longer_than_python_reads_is_bad_input_not_a_value_error() -> None:
    """json.loads raises a bare ValueError for a whole number of more than 4300 digits."""
    with pytest.raises(InputError) as info:
        from_json('{"title": ' + "1" * 5000 + ', "confidence": "confirmed"}', kernel.Source)
    limit = sys.get_int_max_str_digits()
    assert info.value.problems == (Problem("$", f"a whole number in the document has more than {limit} digits"),)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (10**5000, "a whole number of 5001 digits"),
        ([b"x", _nest(100_000, None, as_objects=False)], "a list nested too deeply to show"),
        ([b"x", 10**5000], "a list that cannot be shown"),
    ],
    ids=["a huge number", "a deep list that is not JSON", "a huge number in a list that is not JSON"],
)
def test_a_bad_value_that_cannot_be_shown_is_described(value: object, shown: str) -> None:
    """repr() fails for these values: the problem is still the value's, in words."""
    with pytest.raises(InputError) as info:
        structure({"title": value, "confidence": "confirmed"}, kernel.Source)
    assert info.value.problems == (Problem("$.title", f"expected text, got {shown}"),)


def test_an_object_whose_repr_fails_is_described() -> None:
    class Opaque:
        def __repr__(self) -> str:
            raise RuntimeError("no repr")

    with pytest.raises(InputError) as info:
        structure(Opaque(), kernel.Source)
    assert info.value.problems == (Problem("$", "expected an object, got a Opaque that cannot be shown"),)


def test_unknown_keys_of_mixed_types_are_all_named() -> None:
    """Keys that do not compare (text, a number, None) used to lose every other problem."""
    document: dict[Any, Any] = {"title": 1, "confidence": "confirmed", "x": 1, 2: 1, None: 1}
    with pytest.raises(InputError) as info:
        structure(document, kernel.Source)
    assert info.value.problems == (
        Problem("$.title", "expected text, got 1"),
        Problem("$.x", "unknown field (expected: title, confidence, url, section, note)"),
        Problem("$.2", "unknown field (expected: title, confidence, url, section, note)"),
        Problem("$.null", "unknown field (expected: title, confidence, url, section, note)"),
    )


def test_a_fraction_with_a_part_longer_than_python_reads_is_described() -> None:
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": "1/" + "7" * 5000, "reasons": []}, Decision[Fraction])
    limit = sys.get_int_max_str_digits()
    assert info.value.problems[0].path == "$.outcome"
    assert info.value.problems[0].message.startswith(f"expected an exact fraction whose parts have at most {limit}")


@pytest.mark.parametrize(
    "zone",
    ["America", "x" * 300, "a/" * 2000 + "b"],
    ids=["a directory of zones", "a name too long for a file", "thousands of parts"],
)
def test_an_instant_in_a_zone_that_is_no_zone_file_is_named(zone: str) -> None:
    """ZoneInfo raises IsADirectoryError, OSError or RecursionError for these, not only a lookup error."""
    text = f"2024-02-09T18:00:00-08:00[{zone}]"
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": text, "reasons": []}, Decision[datetime])
    shown = json.dumps(text) if len(text) < 58 else json.dumps(text)[:57] + "..."
    assert info.value.problems == (Problem("$.outcome", f"unknown time zone {zone!r} in {shown}"),)


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-00:01"])
def test_an_instant_outside_the_years_of_utc_is_refused(text: str) -> None:
    """A session ending 0001-01-01T00:00+23:59 raised OverflowError in the events models' checks."""
    too_near = (
        f"{datetime.fromisoformat(text).isoformat()} is too near the ends of the years 1 to 9999 to be shown in "
        "every time zone: instants from 0001-01-02T00:00Z to 9999-12-30T23:59:59.999999Z are handled"
    )
    with pytest.raises(InputError) as info:
        structure({"question": "q", "outcome": text, "reasons": []}, Decision[datetime])
    assert info.value.problems == (Problem("$.outcome", too_near),)
    session = {"session_id": "s", "title": "t", "starts_at": "2024-02-09T18:00:00-08:00", "ends_at": text}
    with pytest.raises(InputError) as info:
        structure({**session, "mcle_minutes": 0, "mcle_subfields": []}, events.Session)
    assert info.value.problems == (Problem("$.ends_at", too_near),)


def _no_file(instance: object, attribute: object, value: object) -> None:
    raise OSError("[Errno 21] Is a directory: '/somewhere/tzdata/zoneinfo/America'")


@attrs.frozen
class _CheckedByFile:
    """A model whose check raises what a file lookup raises (the events models' zone check did)."""

    zone: str = attrs.field(metadata=checked(_no_file))

    def __attrs_post_init__(self) -> None:
        validate(self)


def test_a_check_that_raises_something_else_is_reported_not_raised() -> None:
    """The converter re-runs each field's check to report every problem: an OSError escaped from it."""
    with pytest.raises(InputError) as info:
        structure({"zone": "America"}, _CheckedByFile)
    assert [p.path for p in info.value.problems] == ["$"]


@pytest.mark.parametrize("zone", ["America", "x" * 300, "a/" * 2000 + "b"], ids=["directory", "long", "deep"])
def test_an_event_zone_that_is_no_zone_file_is_named(zone: str) -> None:
    """ZoneInfo raises IsADirectoryError, OSError or RecursionError for these: the problem named
    the exception and the install path ("invalid value (IsADirectoryError: ... tzdata/zoneinfo/America)")."""
    event = {"name": "n", "kind": "symposium", "start": "2024-01-01", "end": "2024-01-01", "zone": zone}
    with pytest.raises(InputError) as info:
        structure(event, events.Event)
    shown = repr(zone) if len(zone) <= 58 else repr(zone[:60])[:57] + "..."
    assert info.value.problems == (
        Problem("$.zone", f"{shown} is not an IANA time zone (such as 'America/Los_Angeles')"),
    )
    assert "zoneinfo" not in str(info.value)


# --------------------------------------------------------------------------- the command line


def _cli(*args: str, stdin: bytes | None = None, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(  # noqa: S603 - fixed arguments, our own module
        [sys.executable, "-m", "calcities_domain", *args],
        capture_output=True,
        timeout=timeout,
        check=False,
        input=stdin,
    )


#: Values the command-line fuzzer puts in documents (JSON-able: they go through a file or a pipe).
CLI_VALUES: list[object] = [
    None,
    True,
    0,
    -1,
    2**63,
    10**400,
    1.5,
    -0.0,
    1e308,
    [],
    {},
    [[]],
    {"": None},
    [None, 1, "a"],
    *ODD_TEXT,
]


def _cli_documents(name: str) -> list[tuple[str, bytes, list[str]]]:
    """Ten inputs for a command: four that are not JSON documents and six seeded mutants."""
    example = commands.COMMANDS[name].example
    rng = random.Random(f"fuzz the command line: {name}")  # noqa: S311 - test data, not secrets
    cases: list[tuple[str, bytes, list[str]]] = [
        ("invalid UTF-8", b'{"a": "\xff\xfe"}', []),
        ("empty", b"", []),
        ("a lone [", b"[", []),
        ("a byte order mark", b"\xef\xbb\xbf" + example.encode("utf-8"), []),
    ]

    def value(old: object) -> object:  # mostly of the old value's kind: some documents still pass
        if rng.random() < 0.25:
            return rng.choice(CLI_VALUES)
        if isinstance(old, bool):
            return not old
        if isinstance(old, int):
            return rng.choice([0, 1, 60, 240, 300, 2**63, 10**400])
        if isinstance(old, str):
            return rng.choice([*ODD_TEXT, old + "\ud800", old.upper(), old[:-1]])
        return rng.choice(CLI_VALUES)

    for index in range(6):
        document = mutate(json.loads(example), rng.choice, value, 1 if index < 4 else 3)
        text = json.dumps(document, ensure_ascii=rng.random() < 0.7)  # a lone surrogate raw or escaped
        cases.append((f"mutant {index}", text.encode("utf-8", "surrogatepass"), ["--check"] if index % 2 else []))
    return cases


#: What the command line says of each input that is no JSON document.
NOT_JSON = {
    "invalid UTF-8": "$: not valid UTF-8 text",
    "empty": "$: not valid JSON: Expecting value at line 1, column 1",
    "a lone [": "$: not valid JSON: Expecting value at line 1, column 2",
}


@pytest.mark.parametrize("name", sorted(commands.COMMANDS))
def test_the_command_line_exits_0_1_or_2_and_never_with_a_traceback(name: str, tmp_path: Path) -> None:
    for index, (label, data, options) in enumerate(_cli_documents(name)):
        if index % 2:  # half through a file, half through standard input
            path = tmp_path / f"{index}.json"
            path.write_bytes(data)
            result = _cli(name, str(path), *options)
        else:
            result = _cli(name, "-", *options, stdin=data)
        stdout, stderr = result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
        assert "Traceback" not in stderr, (label, data[:300], stderr)
        assert result.returncode in (0, 1, 2), (label, result.returncode, stderr)
        if result.returncode == 2:
            assert stderr.startswith(f"{PROG} {name}: bad input\n"), (label, stderr)
            assert stdout == "", label
            if label in NOT_JSON:
                assert stderr == f"{PROG} {name}: bad input\n1 problem in the input:\n  {NOT_JSON[label]}\n"
            continue
        assert label not in NOT_JSON
        assert stderr == "", label
        answer = json.loads(stdout)
        assert answer["command"] == name
        assert result.returncode == (1 if "--check" in options and answer["passed"] is False else 0), label
        if label == "a byte order mark":
            assert answer == json.loads(commands.run(name, json.loads(commands.COMMANDS[name].example)).to_json())


@pytest.mark.parametrize("output", ["json", "text"])
def test_a_lone_surrogate_in_an_answer_is_written_escaped(output: str) -> None:
    """JSON allows "\\ud800", and the answer repeats it: writing it raw to UTF-8 failed with a traceback."""
    document = json.loads(commands.COMMANDS["mcle"].example)
    document["licensee"]["licensee_id"] = "\ud800"  # in the answer's result and its explanation
    result = _cli("mcle", "-", *(["--text"] if output == "text" else []), stdin=json.dumps(document).encode())
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    stdout = result.stdout.decode("utf-8")
    if output == "json":
        assert json.loads(stdout) == json.loads(commands.run("mcle", document).to_json())
    else:
        assert "licensee \\ud800" in stdout
        assert stdout == commands.run("mcle", document).explanation.replace("\ud800", "\\ud800") + "\n"


# --------------------------------------------------------------------------- resource bounds

DEPTH = 10_000
#: What each resource case may take: "a few seconds" of CPU time. Each takes milliseconds to a second.
BUDGET = 5.0


def _work_seconds() -> float:
    """CPU seconds used so far by this process and by the interpreters it started and waited for.

    CPU time, not time on the clock, so that a machine busy with other work does not fail a
    bound; where ``resource`` is missing (Windows), time on the clock.
    """
    try:
        import resource  # noqa: PLC0415 - Unix only
    except ImportError:  # pragma: no cover - Windows
        return time.perf_counter()
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _deep_text(shape: str) -> str:
    if shape == "lists":
        return "[" * DEPTH + "]" * DEPTH
    return '{"a": ' * DEPTH + "null" + "}" * DEPTH


@pytest.mark.parametrize("shape", ["lists", "objects"])
def test_json_nested_10000_levels_deep_is_refused_in_time(shape: str) -> None:
    text = _deep_text(shape)
    try:
        data = json.loads(text)
    except RecursionError:  # as on CPython 3.11 to 3.13: the parser refuses it
        expected: tuple[Problem, ...] | None = (Problem("$", "the document is nested too deeply"),)
    else:  # a Python that reads it: judged as any document
        expected = None
    for model in [*REQUESTS, *(cst.structured_as(m) for m in MODELS)]:
        start = _work_seconds()
        with pytest.raises(InputError) as info:
            from_json(text, model)
        assert _work_seconds() - start < BUDGET
        assert_reported(info.value)
        if expected is None:
            with pytest.raises(InputError) as direct:
                structure(data, model)
            assert info.value.problems == direct.value.problems
        else:
            assert info.value.problems == expected


@pytest.mark.parametrize("shape", ["lists", "objects"])
def test_python_data_nested_10000_levels_deep_is_refused_in_time(shape: str) -> None:
    data = _nest(DEPTH, None, as_objects=shape == "objects")
    kind = "a list" if shape == "lists" else "a dict"
    start = _work_seconds()
    for model in [*REQUESTS, *(cst.structured_as(m) for m in MODELS)]:
        with pytest.raises(InputError) as info:
            structure(data, model)
        assert_reported(info.value)
        if model is Money:
            expected = 'expected an amount of dollars as a decimal string (like "625.00")'
            assert info.value.problems == (Problem("$", f"{expected}, got {kind} nested too deeply to show"),)
        elif shape == "lists":
            assert info.value.problems == (Problem("$", "expected an object, got a list nested too deeply to show"),)
        else:  # "a" is no model's field
            assert "$.a" in [p.path for p in info.value.problems]
    assert _work_seconds() - start < BUDGET


@pytest.mark.parametrize("shape", ["lists", "objects"])
def test_the_command_line_refuses_a_document_nested_10000_levels_deep(shape: str) -> None:
    start = _work_seconds()
    result = _cli("vote", "-", stdin=_deep_text(shape).encode())
    assert _work_seconds() - start < BUDGET + 5  # and the interpreter's start
    assert result.returncode == 2
    assert result.stdout == b""
    stderr = result.stderr.decode("utf-8")
    assert stderr.startswith(f"{PROG} vote: bad input\n")
    assert "Traceback" not in stderr


FIFTY_MB = 50 * 1024 * 1024


def _mcle_with(**credit: object) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(commands.COMMANDS["mcle"].example)
    document["credits"][0].update(credit)
    return document


def _measured(run: Callable[[], object]) -> tuple[object, float, int]:
    """What run() returns or raises, the CPU seconds it took, and the peak bytes it allocated."""
    tracemalloc.start()
    start = _work_seconds()
    try:
        result: object = run()
    except InputError as error:
        result = error
    finally:
        elapsed = _work_seconds() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, elapsed, peak


def test_a_50_mb_title_is_read_in_time_and_without_copies() -> None:
    title = "t" * FIFTY_MB
    document = _mcle_with(title=title)
    request, elapsed, peak = _measured(lambda: structure(document, commands.MCLERequest))
    assert isinstance(request, commands.MCLERequest)
    assert request.credits[0].title is title  # the text itself, not a copy
    assert elapsed < BUDGET
    assert peak < 10 * 1024 * 1024
    answer, elapsed, peak = _measured(lambda: commands.run("mcle", document))
    assert isinstance(answer, commands.Answer)
    assert answer.passed is False  # as the example: a title changes nothing
    assert elapsed < BUDGET
    assert peak < 10 * 1024 * 1024


def test_a_50_mb_title_in_json_text_is_read_in_time() -> None:
    text = json.dumps(_mcle_with(title="t" * FIFTY_MB))
    request, elapsed, peak = _measured(lambda: from_json(text, commands.MCLERequest))
    assert isinstance(request, commands.MCLERequest)
    assert len(request.credits[0].title or "") == FIFTY_MB
    assert elapsed < BUDGET
    assert peak < 3 * FIFTY_MB  # the text read once, and the parser's working space


@pytest.mark.parametrize(
    ("field", "path", "start"),
    [
        ("minutes", "$.credits[0].minutes", "expected a whole number, got"),
        ("completed_on", "$.credits[0].completed_on", 'expected a date as "YYYY-MM-DD", got'),
        ("units", "$.credits[0].units", "only law-school teaching has units"),
    ],
    ids=["a number", "a date", "a decimal"],
)
def test_a_50_mb_bad_value_is_refused_in_time_with_a_short_message(field: str, path: str, start: str) -> None:
    document = _mcle_with(**{field: "9" * FIFTY_MB})
    error, elapsed, _ = _measured(lambda: structure(document, commands.MCLERequest))
    assert isinstance(error, InputError)
    assert [p.path for p in error.problems] == [path]
    assert error.problems[0].message.startswith(start)
    assert len(str(error)) < 300
    assert elapsed < BUDGET


def _refund(paid: str) -> dict[str, Any]:
    source = {"title": "An example cancellation deadline", "confidence": "assumed"}
    return {
        "event": {"name": "Spring", "kind": "spring_conference", "start": "2023-05-17", "end": "2023-05-19"},
        "policy": {"cancellation": {"on": "2023-05-03", "source": source}},
        "registration": {"registration_id": "CA-2023-0042", "paid": paid, "registered_at": "2023-04-10T00:00Z"},
        "cancellation": {"received_at": "2023-05-03T12:00:00-07:00"},
    }


def test_a_long_amount_of_money_is_refused_in_time() -> None:
    """Reading an amount takes time quadratic in its digits: 200,000 took 1.2 s, a million 30 s, 50 MB days.

    A million digits here: a regression fails the budget instead of hanging the suite.
    """
    limit = sys.get_int_max_str_digits()
    error, elapsed, _ = _measured(lambda: commands.run("events", _refund("9" * 1_000_000 + ".00")))
    assert isinstance(error, InputError)
    assert [p.path for p in error.problems] == ["$.registration.paid"]
    assert error.problems[0].message.startswith(f"expected an amount of dollars of at most {limit - 2} characters")
    assert elapsed < BUDGET
    longest = "9" * (limit - 5) + ".00"  # the longest amount: its cents can be written back
    answer = commands.run("events", _refund(longest))
    assert unstructure(answer.result.refund.outcome) == str(int(longest[:-3]) - 75) + ".00"


def test_the_command_line_reads_a_50_mb_title() -> None:
    document = json.dumps(_mcle_with(title="t" * FIFTY_MB)).encode()
    start = _work_seconds()
    result = _cli("mcle", "-", stdin=document)
    assert _work_seconds() - start < BUDGET + 5  # and the interpreter's start
    assert result.returncode == 0, result.stderr[:500]
    assert json.loads(result.stdout)["command"] == "mcle"


#: A child process: ten million wrong items where MCLE credits are expected, under 2 GiB of memory.
_TEN_MILLION = textwrap.dedent(
    """
    import json, sys
    if sys.platform == "linux":
        import resource
        resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))
    from calcities_domain import commands
    from calcities_domain.kernel import InputError
    from calcities_domain.serialization import structure
    document = json.loads(commands.COMMANDS["mcle"].example)
    document["credits"] = [0] * 10_000_000  # ten million wrong items
    try:
        structure(document, commands.MCLERequest)
    except InputError as error:
        print("refused", len(error.problems))
        print(error.problems[0].path, error.problems[0].message)
    else:
        print("built")
    """
)


def test_a_list_of_ten_million_items_is_refused_in_a_few_seconds() -> None:
    """A list longer than serialization.MAX_ITEMS (100,000) is refused whole, before its items are read.

    Without the bound, 1,000,000 wrong items took 33 s and 2.3 GB (CPython 3.11), one problem each.
    """
    try:
        result = subprocess.run(  # noqa: S603 - our own interpreter and code
            [sys.executable, "-c", _TEN_MILLION],
            capture_output=True,
            timeout=BUDGET,  # a few seconds, the interpreter's start included
            check=False,
            text=True,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("ten million items were not handled in a few seconds")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "refused 1",
        "$.credits expected a list of at most 100,000 items, got 10,000,000 items",
    ]


def test_the_command_line_refuses_ten_million_credits_in_a_few_seconds() -> None:
    document = json.loads(commands.COMMANDS["mcle"].example)
    document["credits"] = [0] * 10_000_000
    text = json.dumps(document).encode()
    start = _work_seconds()
    result = _cli("mcle", "-", stdin=text)
    assert _work_seconds() - start < BUDGET + 5  # and the interpreter's start
    assert result.returncode == 2
    assert b"$.credits: expected a list of at most 100,000 items, got 10,000,000 items" in result.stderr
