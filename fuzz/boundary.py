"""Coverage-guided fuzzing of the JSON boundary with atheris (optional; Linux x86-64 wheels).

The same property as ``tests/test_fuzz_boundary.py``, driven by libFuzzer's coverage
feedback instead of Hypothesis's strategies: bytes in, an entry point chosen by the first
two bytes, the rest as the JSON text. The entry points are ``from_json`` (as text and as
UTF-8 bytes) and ``structure`` (of what :func:`json.loads` makes of the text, or of the
text itself when it is not JSON) for every public model, and ``run_json`` (text and bytes)
and ``run`` for every command. The only exception that may escape is
:class:`~calcities_domain.kernel.InputError` (and, for a command,
:class:`~calcities_domain.kernel.RuleNotInForce`, as :func:`commands.run` documents); every
problem has a JSON path under ``$`` and a message of its own, of at most
:data:`commands.MAX_MESSAGE` characters for a command. A model that is built is written
back as JSON and read back equal; an answer is written as JSON.

:func:`check_one_input` needs no atheris (``tests/test_fuzz_harness.py`` runs it on fixed
inputs). A campaign, on Linux x86-64 with ``pip install atheris``::

    python fuzz/boundary.py -max_total_time=600 -rss_limit_mb=2048 fuzz/corpus

The first directory given is the corpus: the seeds (:func:`seeds`) are written into it, and
libFuzzer adds every input that reaches new code. A libFuzzer dictionary of the models'
field names and the library's enumerated values is passed unless ``-dict=`` is given.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import hashlib
import importlib
import json
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from calcities_domain.kernel import InputError

#: How many leading bytes choose the entry point (big-endian, modulo their number).
CHOICE_BYTES = 2
#: The forms an entry point takes its document in.
FORMS = ("text", "bytes", "document")
#: The largest seed payload written to the corpus: larger ones only slow libFuzzer down.
MAX_SEED = 4096
#: The longest token libFuzzer takes in a dictionary.
MAX_TOKEN = 64
#: An outcome: ("built", model), ("answered", answer), ("refused", problems), ("not in force", rule).
Outcome = tuple[str, object]


@dataclasses.dataclass(frozen=True)
class EntryPoint:
    """One way into the boundary: a model or a command, given its document in one form."""

    name: str
    kind: str  # "model" or "command"
    target: Any  # the (parameterised) model type, or the command's name
    form: str  # one of FORMS

    @property
    def index(self) -> int:
        """This entry point's place in :func:`entry_points`."""
        return entry_points().index(self)


def _model_id(model: type) -> str:
    return f"{model.__module__.split('.')[1]}.{model.__name__}"


@functools.cache
def _models() -> tuple[tuple[str, Any], ...]:
    """Every public model, by its id, as the type to structure it as."""
    from calcities_domain.testing import strategies  # noqa: PLC0415 - imported when needed, for instrumentation

    return tuple(sorted((_model_id(m), strategies.structured_as(m)) for m in strategies.public_models()))


@functools.cache
def entry_points() -> tuple[EntryPoint, ...]:
    """Every entry point, commands first: the first bytes of an input choose one.

    The first call imports the library (:func:`main` makes it inside atheris's instrumentation).
    """
    from calcities_domain import commands  # noqa: PLC0415 - imported when needed, for instrumentation

    found = [
        EntryPoint(f"command {name}, {form}", "command", name, form) for name in commands.COMMANDS for form in FORMS
    ]
    found += [EntryPoint(f"model {name}, {form}", "model", model, form) for name, model in _models() for form in FORMS]
    return tuple(found)


def choose(data: bytes) -> tuple[EntryPoint, bytes]:
    """The entry point the first bytes of ``data`` choose, and the rest: the JSON text."""
    entries = entry_points()
    return entries[int.from_bytes(data[:CHOICE_BYTES], "big") % len(entries)], data[CHOICE_BYTES:]


def encode(entry: EntryPoint, payload: bytes) -> bytes:
    """The input that gives ``payload`` to ``entry``: what :func:`choose` undoes."""
    return entry.index.to_bytes(CHOICE_BYTES, "big") + payload


# --------------------------------------------------------------------------- the property


def _require(condition: object, message: str) -> None:
    """Raise AssertionError with ``message`` unless ``condition`` holds (kept under ``python -O``)."""
    if not condition:
        raise AssertionError(message)


def check_reported(error: InputError, *, max_message: int | None = None) -> tuple[Any, ...]:
    """An InputError names at least one problem, each at a JSON path under ``$`` with a message of its own.

    The same check as ``assert_reported`` (and, with ``max_message``, ``_named``) in
    tests/test_fuzz_boundary.py.
    """
    from calcities_domain.kernel import Problem  # noqa: PLC0415 - imported when needed, for instrumentation

    _require(error.problems, "an InputError without problems")
    for problem in error.problems:
        _require(isinstance(problem, Problem), f"not a Problem: {type(problem).__name__}")
        _require(problem.path.startswith("$"), f"a path not under $: {problem.path[:200]!r}")
        _require(problem.message.strip(), f"an empty message at {problem.path[:200]!r}")
        # The converter's last resort ("invalid value (ValueError: ...)") names an internal exception.
        _require("invalid value (" not in problem.message, f"an internal error's words: {problem.message[:300]!r}")
        if max_message is not None:
            _require(
                len(problem.message) <= max_message,
                f"a message of {len(problem.message)} characters: {problem.message[:300]!r}",
            )
    return error.problems


def _text(payload: bytes) -> str:
    """The payload as text: undecodable bytes become lone surrogates (U+DC80 to U+DCFF)."""
    return payload.decode("utf-8", "surrogateescape")


def _document(payload: bytes) -> object:
    """What json.loads makes of the text (NaN, infinities and repeated keys too), or the text itself."""
    text = _text(payload)
    try:
        return json.loads(text)
    except (ValueError, RecursionError):  # not JSON, a number too long, nested too deeply
        return text


def _call_model(model: Any, form: str, payload: bytes) -> object:
    from calcities_domain import serialization  # noqa: PLC0415 - imported when needed, for instrumentation

    if form == "text":
        return serialization.from_json(_text(payload), model)
    if form == "bytes":
        return serialization.from_json(payload, model)
    return serialization.structure(_document(payload), model)


def _call_command(name: str, form: str, payload: bytes) -> Any:
    from calcities_domain import commands  # noqa: PLC0415 - imported when needed, for instrumentation

    if form == "text":
        return commands.COMMANDS[name].run_json(_text(payload))
    if form == "bytes":
        return commands.COMMANDS[name].run_json(payload)
    return commands.run(name, _document(payload))


def run_entry(entry: EntryPoint, payload: bytes) -> Outcome:
    """Give ``payload`` to ``entry``; check and return what it did.

    Raises:
        AssertionError: if an InputError (or what was built or answered) breaks the property.
        Exception: any other exception the entry point let escape, as it is.
    """
    from calcities_domain import commands, serialization  # noqa: PLC0415 - imported when needed
    from calcities_domain.kernel import InputError, RuleNotInForce  # noqa: PLC0415 - imported when needed

    if entry.kind == "model":
        try:
            built = _call_model(entry.target, entry.form, payload)
        except InputError as error:
            return ("refused", check_reported(error))
        written = serialization.to_json(built)
        _require(serialization.from_json(written, entry.target) == built, "the model read back is not equal")
        return ("built", built)
    try:
        answer = _call_command(entry.target, entry.form, payload)
    except InputError as error:
        return ("refused", check_reported(error, max_message=commands.MAX_MESSAGE))
    except RuleNotInForce as error:  # documented: a day no rule covers
        _require(error.rule, "a RuleNotInForce without its rule")
        _require(str(error), "a RuleNotInForce without a message")
        return ("not in force", error.rule)
    _require(answer.command == entry.target, repr(answer.command))
    _require(answer.passed in (True, False, None), repr(answer.passed))
    _require(json.loads(answer.to_json())["command"] == entry.target, "the answer's JSON names another command")
    return ("answered", answer)


def _described(error: BaseException) -> str:
    try:
        shown = str(error)
    except Exception:  # a message that cannot be shown is still a finding
        shown = "(a message that cannot be shown)"
    return f"{type(error).__module__}.{type(error).__qualname__}: {shown[:1000]}"


def check_one_input(data: bytes) -> None:
    """Run the entry point the first bytes choose on the rest; raise AssertionError if the property breaks.

    Raises:
        AssertionError: if an exception other than InputError (or RuleNotInForce, for a
            command) escapes, or an InputError breaks the property, or what was built or
            answered cannot be written as JSON.
    """
    entry, payload = choose(data)
    try:
        run_entry(entry, payload)
    except AssertionError as error:
        raise AssertionError(f"{entry.name}: {error}") from error
    except Exception as error:  # whatever else escapes is what the campaign looks for
        raise AssertionError(f"{entry.name}: {_described(error)} escaped") from error


# --------------------------------------------------------------------------- seeds


def _parts(value: object) -> Iterator[object]:
    """Every model inside a model (itself included), depth first."""
    import attrs  # noqa: PLC0415 - imported when needed, with the library

    cls = type(value)
    if attrs.has(cls):
        yield value
        for field in attrs.fields(cls):
            yield from _parts(getattr(value, field.name))
    elif isinstance(value, tuple | list | frozenset | set):
        for item in value:
            yield from _parts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _parts(item)


def seeds() -> list[bytes]:
    """The initial corpus: fixed documents only, each given to the entry points that fit it.

    Each command's example, in each form; every public model found in an example's request
    or answer, as JSON, in each form of that model; and ``{}`` for every model, so each
    entry point starts with at least one input that reaches it. Sorted, without repeats.
    """
    from calcities_domain import commands, serialization  # noqa: PLC0415 - imported when needed
    from calcities_domain.testing import strategies  # noqa: PLC0415 - imported when needed

    public = set(strategies.public_models())
    by_target = {(e.kind, e.target, e.form): e for e in entry_points()}
    models = {model for _, model in _models()}
    found: set[bytes] = set()
    for name, command in commands.COMMANDS.items():
        for form in FORMS:
            found.add(encode(by_target["command", name, form], command.example.encode("utf-8")))
        answer = command.run_json(command.example)
        for part in [*_parts(serialization.structure(json.loads(command.example), command.request)), *_parts(answer)]:
            if type(part) not in public:
                continue
            model = strategies.structured_as(type(part))
            payload = serialization.to_json(part).encode("utf-8")
            if len(payload) <= MAX_SEED:
                found.update(encode(by_target["model", model, form], payload) for form in FORMS)
    for model in models:
        found.add(encode(by_target["model", model, "text"], b"{}"))
    return sorted(found)


def write_corpus(directory: Path) -> int:
    """Write the seeds into ``directory`` (made if missing), named by their SHA-1 as libFuzzer names inputs.

    Returns:
        How many seeds were not there yet.
    """
    directory.mkdir(parents=True, exist_ok=True)
    written = 0
    for seed in seeds():
        path = directory / hashlib.sha1(seed, usedforsecurity=False).hexdigest()
        if not path.exists():
            path.write_bytes(seed)
            written += 1
    return written


def dictionary_tokens() -> list[str]:
    """Tokens for libFuzzer's dictionary: field names and enumerated values as JSON strings, and JSON's own."""
    import attrs  # noqa: PLC0415 - imported when needed, with the library

    from calcities_domain import commands  # noqa: PLC0415 - imported when needed

    words: set[str] = set()
    for model in [*(m for _, m in _models()), *(c.request for c in commands.COMMANDS.values())]:
        words.update(field.name for field in attrs.fields(getattr(model, "__origin__", model)))
    for name, module in list(sys.modules.items()):
        if name == "calcities_domain" or name.startswith("calcities_domain."):
            for value in list(vars(module).values()):
                if isinstance(value, type) and issubclass(value, enum.Enum):
                    words.update(member.value for member in value if isinstance(member.value, str))
    punctuation = ["true", "false", "null", "NaN", "Infinity", "-Infinity", "1e400", "1" * 30, "\\u", "\\ud800", "-0"]
    odd = ["2024-02-29", "T00:00:00-08:00", "T23:59:59Z", "[America/Los_Angeles]", "625.00", "5/4"]
    tokens = {json.dumps(word) for word in words} | set(punctuation) | {json.dumps(text) for text in odd}
    return sorted(token for token in tokens if len(token.encode("utf-8")) <= MAX_TOKEN)


def write_dictionary(path: Path) -> None:
    """Write :func:`dictionary_tokens` as a libFuzzer dictionary (one quoted, escaped token a line)."""

    def escaped(token: str) -> str:
        return "".join(chr(b) if 0x20 <= b < 0x7F and b not in b'"\\' else f"\\x{b:02x}" for b in token.encode("utf-8"))

    path.write_text("".join(f'"{escaped(token)}"\n' for token in dictionary_tokens()), encoding="ascii")


# --------------------------------------------------------------------------- the campaign


def main(argv: Sequence[str] | None = None) -> None:
    """Run the campaign: ``python fuzz/boundary.py [libFuzzer flags] [corpus directory ...]``."""
    args = list(sys.argv if argv is None else argv)
    atheris = importlib.import_module("atheris")
    atheris.enabled_hooks.add("str")  # startswith/endswith comparisons guide the mutations too
    with atheris.instrument_imports(include=["calcities_domain"]):
        entry_points()  # imports the library, instrumented
    directories = [Path(arg) for arg in args[1:] if not arg.startswith("-")]
    if directories and not directories[0].is_file():  # a file is an input to run again, not a corpus
        print(f"{write_corpus(directories[0])} seeds written to {directories[0]}", file=sys.stderr)
    if not any(arg.startswith("-dict=") for arg in args):
        tokens = Path(tempfile.gettempdir()) / "calcities-domain-boundary.dict"
        write_dictionary(tokens)
        args.append(f"-dict={tokens}")
    test: Callable[[bytes], None] = check_one_input
    atheris.Setup(args, test)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
