"""Every exception the public API can raise is documented, with an example message (docs/errors.md).

Rule under test (the reliability issue): "Every exception the public API can raise is
documented in the docs, with an example message; error messages are treated as public API
and tested." The examples on the page run as tests (Sybil, in the README's test command);
this test makes sure a new exception cannot be added without its section and example.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import calcities_domain
from calcities_domain.kernel import CalCitiesError

PAGE = Path(__file__).resolve().parent.parent / "docs" / "errors.md"


def exceptions_of_the_package() -> set[type[BaseException]]:
    found: set[type[BaseException]] = set()
    for info in pkgutil.walk_packages(calcities_domain.__path__, "calcities_domain."):
        if info.name.endswith("__main__") or ".testing" in info.name:
            continue
        module = importlib.import_module(info.name)
        found.update(
            value
            for value in vars(module).values()
            if isinstance(value, type) and issubclass(value, CalCitiesError) and value is not CalCitiesError
        )
    return found


def test_the_scan_finds_the_exceptions() -> None:
    names = {e.__name__ for e in exceptions_of_the_package()}
    assert {"InputError", "RuleNotInForce", "RuleDefinitionError", "UnsupportedTypeError"} <= names


def test_every_exception_has_a_section_and_an_example_that_catches_it() -> None:
    page = PAGE.read_text(encoding="utf-8")
    headings = set(re.findall(r"^## (\w+)$", page, flags=re.MULTILINE))
    caught = set(re.findall(r"^\.\.\.\s+except (\w+) as error:$", page, flags=re.MULTILINE))
    missing = sorted(
        e.__name__ for e in exceptions_of_the_package() if e.__name__ not in headings or e.__name__ not in caught
    )
    assert missing == []


def test_every_exception_is_also_a_standard_one() -> None:
    """Code that knows nothing of the library still catches its errors as ValueError, LookupError or TypeError."""
    for error in exceptions_of_the_package():
        assert issubclass(error, ValueError | LookupError | TypeError), error
