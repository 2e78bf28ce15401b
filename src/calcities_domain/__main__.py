"""The command line: ``python -m calcities_domain`` (the only module that does I/O)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from calcities_domain import _tour
from calcities_domain._version import __version__

_EPILOG = """\
examples:
  python -m calcities_domain tour         walk through the library on example data
  python -m calcities_domain --version    print the version

exit codes: 0 success, 2 bad usage or bad input.
"""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m calcities_domain",
        description="Immutable, explained domain rules for the League of California Cities.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"calcities-domain {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "tour",
        help="walk through the library on embedded example data",
        description="Print a walk-through of the library, computed on embedded example data.",
        epilog="example:\n  python -m calcities_domain tour",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "tour":
        sys.stdout.write(_tour.tour())
        return 0
    parser.print_help(sys.stdout)
    return 2


if __name__ == "__main__":  # pragma: no cover - exercised through subprocesses
    sys.exit(main())
