"""The command line: ``python -m calcities_domain`` (the only module that does I/O).

It reads files and standard input, writes to the terminal and sets the exit code; every
answer comes from :mod:`calcities_domain.commands`, which is pure.

Exit codes: 0 success; 1 a rule outcome that fails where ``--check`` was asked; 2 bad
usage or bad input (every problem printed once to standard error, with its JSON path).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import TextIO

from calcities_domain import _tour, commands
from calcities_domain._version import __version__
from calcities_domain.kernel import CalCitiesError, InputError, Problem
from calcities_domain.serialization import unstructure

PROG = "python -m calcities_domain"

#: Exit codes, as documented in ``--help`` and the docs.
OK, CHECK_FAILED, BAD_INPUT = 0, 1, 2

_EPILOG = f"""\
examples:
  {PROG} tour                              walk through the library on example data
  {PROG} rules --as-of 2024-01-01 --domain governance
  {PROG} mcle licensee.json --check        is this attorney compliant? (exit 1 if not)
  cat vote.json | {PROG} vote -            read the document from standard input
  {PROG} COMMAND --help                    a command's input format, with an example

exit codes: 0 success, 1 a rule outcome that fails where --check was asked,
            2 bad usage or bad input (every problem printed to stderr with its JSON path).
"""


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _indent(text: str) -> str:
    return "\n".join("  " + line if line else line for line in text.splitlines())


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command line."""
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Immutable, explained domain rules for the League of California Cities.",
        epilog=_EPILOG,
        formatter_class=raw,
    )
    parser.add_argument("--version", action="version", version=f"calcities-domain {__version__}")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND")
    subcommands.add_parser(
        "tour",
        help="walk through the library on embedded example data",
        description="Print a walk-through of the library, computed on embedded example data.",
        epilog=f"example:\n  {PROG} tour",
        formatter_class=raw,
    )
    rules = subcommands.add_parser(
        "rules",
        help="the rule values in force, with their sources and confidence",
        description=(
            "List the library's dated rule values, each with when it is in force, its source and its "
            "confidence. MCLE values are dated by the end of the compliance period they apply to. "
            "Values the sources state without dates are always listed."
        ),
        epilog=(
            f"examples:\n  {PROG} rules --as-of 2024-01-01 --domain governance\n  {PROG} rules --domain mcle --json"
        ),
        formatter_class=raw,
    )
    rules.add_argument("--as-of", type=_iso_date, metavar="DATE", help="only the values in force on DATE (YYYY-MM-DD)")
    rules.add_argument("--domain", metavar="NAME", help="only one domain (kernel, mcle, governance, ...)")
    rules.add_argument("--json", action="store_true", help="write JSON instead of a table")
    for name, command in commands.COMMANDS.items():
        sub = subcommands.add_parser(
            name,
            help=command.summary,
            description=(
                f"Answer one JSON document: {command.summary}. The answer is written as JSON: "
                '"command", "passed" (with --check, exit 1 unless it is true: '
                f"{command.passes}), "
                '"explanation" (the reasons, sources and assumptions) and "result".'
            ),
            epilog=(
                f"example document:\n{_indent(command.example)}\n\nexample:\n  {PROG} {name} document.json --check\n"
            ),
            formatter_class=raw,
        )
        sub.add_argument("document", metavar="FILE", help="the JSON document, or - to read standard input")
        sub.add_argument("--check", action="store_true", help=f"exit 1 unless {command.passes}")
        sub.add_argument("--text", action="store_true", help="write the explanation only, as plain text")
    return parser


def _bad_input(name: str, error: InputError | CalCitiesError | str, out: TextIO) -> int:
    out.write(f"{PROG} {name}: bad input\n{error}\n")
    return BAD_INPUT


def _read(path: str, stdin: TextIO) -> str | bytes:
    if path == "-":
        return stdin.buffer.read() if hasattr(stdin, "buffer") else stdin.read()
    with open(path, "rb") as handle:
        return handle.read()


def _write(out: TextIO, text: str) -> None:
    r"""Write ``text``, a lone surrogate in it as its escape (``\ud800``), as Python writes stderr.

    JSON text may hold one (``"\ud800"``), and an answer repeats the document's text:
    UTF-8 has no encoding for it, and writing it as is would fail after the answer was made.
    In JSON output the escape reads back as the same text.
    """
    encoding = getattr(out, "encoding", None) or "utf-8"
    out.write(text.encode(encoding, "backslashreplace").decode(encoding))


def _rules(args: argparse.Namespace) -> int:
    try:
        found = commands.rules(on=args.as_of, domain=args.domain)
    except InputError as error:  # the options are the only input: name them as options
        for problem in error.problems:
            sys.stderr.write(f"{PROG} rules: --{problem.path.replace('_', '-')}: {problem.message}\n")
        return BAD_INPUT
    if args.json:  # the catalog's own serialization format: each value with its whole source
        sys.stdout.write(json.dumps(unstructure(found), ensure_ascii=False, indent=2) + "\n")
        return OK
    width = max((len(r.rule) for r in found), default=0)
    for r in found:
        in_force = "undated" if r.in_force is None else str(r.in_force)
        confidence = f"[{r.source.confidence.value}]"
        sys.stdout.write(f"{r.rule:<{width}}  {in_force:<24}  {confidence:<11}  {r.value}\n")
    sys.stdout.write(f"{len(found)} rule values\n")
    return OK


def _answer(name: str, args: argparse.Namespace) -> int:
    command = commands.command(name)
    try:
        text = _read(args.document, sys.stdin)
    except OSError as error:
        return _bad_input(name, f"cannot read {args.document}: {error.strerror or error}", sys.stderr)
    try:
        answer = command.run_json(text)
    except CalCitiesError as error:
        return _bad_input(name, error, sys.stderr)
    if args.check and answer.passed is None:
        message = f"--check needs a question that passes or fails ({command.passes}); this document asks none"
        return _bad_input(name, InputError([Problem("$", message)]), sys.stderr)
    _write(sys.stdout, answer.explanation + "\n" if args.text else answer.to_json())
    return CHECK_FAILED if args.check and not answer.passed else OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "tour":
        sys.stdout.write(_tour.tour())
        return OK
    if args.command == "rules":
        return _rules(args)
    if args.command in commands.COMMANDS:
        return _answer(args.command, args)
    parser.print_help(sys.stdout)
    return BAD_INPUT


if __name__ == "__main__":  # pragma: no cover - exercised through subprocesses
    sys.exit(main())
