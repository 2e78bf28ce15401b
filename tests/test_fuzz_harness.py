"""The atheris harness (fuzz/boundary.py) on fixed inputs, in process, so it cannot rot without atheris.

Every seed, the empty input, bytes that are not JSON, and every entry point once; and the
harness's own teeth: it runs the entry point it chooses (a bad document is refused at its
path, not skipped), and it raises AssertionError when an entry point lets anything but an
InputError escape, or an InputError breaks the property.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from calcities_domain import commands, kernel, serialization
from calcities_domain.kernel import InputError, Problem, RuleNotInForce
from calcities_domain.testing import strategies as cst

HARNESS = Path(__file__).resolve().parents[1] / "fuzz" / "boundary.py"
if not HARNESS.is_file():  # tests/ copied away from the checkout (as CI's run against the built wheel does)
    pytest.skip("fuzz/boundary.py is not beside tests/", allow_module_level=True)


def _load() -> ModuleType:
    """fuzz/boundary.py, imported by its path (it is no package of the library or of the tests)."""
    spec = importlib.util.spec_from_file_location("calcities_fuzz_boundary", HARNESS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


boundary = _load()


def _entry(kind: str, target: object, form: str) -> Any:
    found = [e for e in boundary.entry_points() if (e.kind, e.target, e.form) == (kind, target, form)]
    assert len(found) == 1
    return found[0]


def _example(name: str, change: Callable[[dict[str, Any]], None]) -> bytes:
    document: dict[str, Any] = json.loads(commands.COMMANDS[name].example)
    change(document)
    return json.dumps(document).encode("utf-8")


def _paths(outcome: tuple[str, object]) -> list[str]:
    kind, problems = outcome
    assert kind == "refused", outcome
    assert isinstance(problems, tuple)
    return [p.path for p in problems]


# --------------------------------------------------------------------------- entry points


def test_the_entry_points_are_every_model_and_command_in_every_form() -> None:
    entries = boundary.entry_points()
    models = {cst.structured_as(m) for m in cst.public_models()}
    assert {e.target for e in entries if e.kind == "model"} == models
    assert {e.target for e in entries if e.kind == "command"} == set(commands.COMMANDS)
    assert len(entries) == len(set(entries)) == 3 * (len(models) + len(commands.COMMANDS))
    for target in [*models, *commands.COMMANDS]:
        assert {e.form for e in entries if e.target == target} == {"text", "bytes", "document"}
    assert len({e.name for e in entries}) == len(entries)
    assert len(entries) <= 2 ** (8 * boundary.CHOICE_BYTES)  # every one can be chosen


def test_every_entry_point_is_chosen_by_its_bytes_and_runs_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    """encode(entry, payload) chooses that entry, and check_one_input calls the library with the payload."""
    calls: list[tuple[str, object, object]] = []

    def spy(module: ModuleType, name: str) -> None:
        real = getattr(module, name)

        def called(data: object, cls: object, **kwargs: Any) -> object:
            calls.append((name, data, cls))
            return real(data, cls, **kwargs)

        monkeypatch.setattr(module, name, called)

    for module in (serialization, commands):  # commands call the names they imported
        spy(module, "from_json")
        spy(module, "structure")
    payload = b'{"unknown": [1, 2]}'
    for entry in boundary.entry_points():
        data = boundary.encode(entry, payload)
        assert boundary.choose(data) == (entry, payload)
        calls.clear()
        boundary.check_one_input(data)
        model = entry.target if entry.kind == "model" else commands.COMMANDS[entry.target].request
        expected = {
            "text": ("from_json", payload.decode()),
            "bytes": ("from_json", payload),
            "document": ("structure", {"unknown": [1, 2]}),
        }[entry.form]
        assert calls[0] == (*expected, model), entry.name
        paths = _paths(boundary.run_entry(entry, payload))
        assert (paths == ["$"]) if model is kernel.Money else ("$.unknown" in paths), (entry.name, paths)


# --------------------------------------------------------------------------- seeds and fixed inputs


def test_every_seed_passes_and_reaches_what_it_was_written_for() -> None:
    """Each command's example is answered; each model found in an example is built (a generic one
    with its strategy's parameter need not be); ``{}`` gives every model an input."""
    seeds = boundary.seeds()
    assert seeds == boundary.seeds() == sorted(set(seeds))
    chosen = [boundary.choose(seed) for seed in seeds]
    for entry, payload in chosen:
        boundary.check_one_input(boundary.encode(entry, payload))
        outcome = boundary.run_entry(entry, payload)
        if entry.kind == "command":
            assert payload == commands.COMMANDS[entry.target].example.encode()
            assert outcome[0] == "answered", entry.name
        elif payload != b"{}" and entry.target is not kernel.Decision[bool]:
            assert outcome[0] == "built", (entry.name, payload[:200])
    assert {(e.target, e.form) for e, _ in chosen if e.kind == "command"} == {
        (name, form) for name in commands.COMMANDS for form in boundary.FORMS
    }
    assert {e.target for e, p in chosen if p == b"{}"} == {cst.structured_as(m) for m in cst.public_models()}
    assert sum(1 for e, p in chosen if e.kind == "model" and p != b"{}") >= 100  # sub-documents of the examples
    assert max(len(p) for _, p in chosen) <= boundary.MAX_SEED


def test_the_empty_input_is_the_first_entry_point_given_nothing() -> None:
    first = boundary.entry_points()[0]
    assert boundary.choose(b"") == (first, b"")
    assert boundary.choose(b"\x00") == (first, b"")
    boundary.check_one_input(b"")
    assert boundary.run_entry(first, b"")[1] == (Problem("$", "not valid JSON: Expecting value at line 1, column 1"),)


@pytest.mark.parametrize(
    ("entry", "payload"),
    [
        (("command", "vote", "bytes"), b"\xff\xfe\x00"),
        (("command", "vote", "text"), b'{"rule": "\xed\xa0\x80", "tally": {"yes": 1, "no": 0}}'),
        (("command", "vote", "bytes"), b'{"rule": "\xed\xa0\x80", "tally": {"yes": 1, "no": 0}}'),
        (("command", "vote", "document"), b'{"rule": "bylaw_amendment", "tally": {"yes": NaN, "no": -Infinity}}'),
        (("command", "vote", "text"), b'{"rule": "bylaw_amendment", "tally": {"yes": 1e400, "no": 0}}'),
        (("command", "vote", "document"), b'{"rule": "a", "rule": "b"}'),
        (("command", "vote", "text"), b"[" * 50_000),
        (("command", "vote", "document"), b'{"a": ' * 50_000),
        (("command", "vote", "text"), b"9" * 5000),
        (("command", "vote", "document"), b"9" * 5000),
        (("model", kernel.Source, "text"), b'{"title": "\\ud800", "confidence": "\\u0000"}'),
        (("model", kernel.Money, "bytes"), b'"' + b"9" * 5000 + b'.00"'),
        (("model", kernel.Decision[bool], "document"), b'{"question": "q", "outcome": null, "reasons": [[]]}'),
    ],
    ids=[
        "a byte order mark",
        "an encoded surrogate as text",
        "an encoded surrogate as bytes",
        "NaN and infinity",
        "1e400",
        "a key twice",
        "50,000 brackets",
        "50,000 open objects",
        "a 5000-digit number as text",
        "a 5000-digit number as a document",
        "an escaped surrogate and NUL",
        "a 5000-digit amount",
        "a reason that is a list",
    ],
)
def test_bytes_that_are_no_valid_document_are_refused_with_paths(
    entry: tuple[str, object, str], payload: bytes
) -> None:
    chosen = _entry(*entry)
    boundary.check_one_input(boundary.encode(chosen, payload))
    assert all(path.startswith("$") for path in _paths(boundary.run_entry(chosen, payload)))


# --------------------------------------------------------------------------- the harness's teeth


def test_a_known_bad_document_is_refused_at_its_path_not_skipped() -> None:
    bad = _example("vote", lambda d: d["tally"].update(yes="three hundred"))
    for form in boundary.FORMS:
        assert _paths(boundary.run_entry(_entry("command", "vote", form), bad)) == ["$.tally.yes"]
    source = b'{"title": 1, "confidence": "confirmed", "x": 1}'
    assert _paths(boundary.run_entry(_entry("model", kernel.Source, "text"), source)) == ["$.title", "$.x"]


def test_a_day_no_rule_covers_is_allowed_for_a_command() -> None:
    payload = _example("mcle", lambda d: d.update(as_of="1950-01-01"))
    entry = _entry("command", "mcle", "text")
    boundary.check_one_input(boundary.encode(entry, payload))
    assert boundary.run_entry(entry, payload) == ("not in force", "mcle.us_ca.periods.group_1")


def _raising(error: BaseException) -> Callable[..., Any]:
    def boom(*args: object, **kwargs: object) -> Any:
        raise error

    return boom


def test_a_type_error_escaping_a_command_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(commands, "from_json", _raising(TypeError("unhashable type: 'list'")))
    data = boundary.encode(_entry("command", "vote", "text"), commands.COMMANDS["vote"].example.encode())
    with pytest.raises(AssertionError, match=r"command vote, text: builtins.TypeError: unhashable") as info:
        boundary.check_one_input(data)
    assert isinstance(info.value.__cause__, TypeError)


@pytest.mark.parametrize(
    "error",
    [TypeError("x"), RecursionError("x"), RuleNotInForce("kernel.x", "2024-01-01", [])],
    ids=["TypeError", "RecursionError", "RuleNotInForce from a model"],
)
def test_anything_but_input_error_escaping_a_model_is_a_finding(
    monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    monkeypatch.setattr(serialization, "structure", _raising(error))
    with pytest.raises(AssertionError, match=f"model kernel.Source, document: .*{type(error).__name__}"):
        boundary.check_one_input(boundary.encode(_entry("model", kernel.Source, "document"), b"{}"))


@pytest.mark.parametrize(
    ("problem", "words"),
    [
        (Problem("title", "expected text"), "a path not under \\$"),
        (Problem("$.title", " "), "an empty message"),
        (Problem("$.title", "invalid value (ValueError: boom)"), "an internal error's words"),
    ],
    ids=["a path not under $", "an empty message", "an internal exception's words"],
)
def test_an_input_error_that_breaks_the_property_is_a_finding(
    monkeypatch: pytest.MonkeyPatch, problem: Problem, words: str
) -> None:
    monkeypatch.setattr(serialization, "from_json", _raising(InputError([problem])))
    with pytest.raises(AssertionError, match=f"model kernel.Source, bytes: {words}"):
        boundary.check_one_input(boundary.encode(_entry("model", kernel.Source, "bytes"), b"{}"))


def test_a_message_longer_than_a_command_may_give_is_a_finding() -> None:
    """Commands shorten their messages to MAX_MESSAGE; a model's message has no such bound
    (tests/test_fuzz_boundary.py asserts the bound for commands only)."""
    error = InputError([Problem("$.x", "m" * (commands.MAX_MESSAGE + 1))])
    boundary.check_reported(error)
    with pytest.raises(AssertionError, match="a message of 501 characters"):
        boundary.check_reported(error, max_message=commands.MAX_MESSAGE)
    assert boundary.check_reported(error, max_message=501) == error.problems


def test_a_model_that_does_not_read_back_is_a_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    source = b'{"title": "t", "confidence": "confirmed"}'
    entry = _entry("model", kernel.Source, "text")
    assert boundary.run_entry(entry, source)[0] == "built"
    monkeypatch.setattr(serialization, "to_json", lambda _: '{"title": "other", "confidence": "confirmed"}')
    with pytest.raises(AssertionError, match="the model read back is not equal"):
        boundary.check_one_input(boundary.encode(entry, source))


# --------------------------------------------------------------------------- the campaign's files


def test_the_corpus_is_the_seeds_named_by_their_sha1(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    assert boundary.write_corpus(corpus) == len(boundary.seeds())
    assert boundary.write_corpus(corpus) == 0
    files = {path.name: path.read_bytes() for path in corpus.iterdir()}
    assert files == {hashlib.sha1(s, usedforsecurity=False).hexdigest(): s for s in boundary.seeds()}


def test_the_dictionary_is_in_libfuzzers_format(tmp_path: Path) -> None:
    path = tmp_path / "boundary.dict"
    boundary.write_dictionary(path)
    lines = path.read_text(encoding="ascii").splitlines()
    assert len(lines) == len(boundary.dictionary_tokens()) > 300
    for line in lines:
        assert re.fullmatch(r'"(?:[ !#-\[\]-~]|\\x[0-9a-f]{2})+"', line), line
    for token in ['"licensee"', '"tally"', '"bylaw_amendment"', "NaN"]:
        assert token.replace('"', "\\x22") in [line[1:-1] for line in lines]
