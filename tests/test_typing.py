"""The public API is typed: a user's type checker sees the real types, and no ``Any``.

mypy runs in-process, with ``--strict``, against the *installed* package (found through
its ``py.typed``, as a user's checker finds it: no path into ``src/`` is given, and
``MYPYPATH`` and any configuration file are set aside), on:

* ``tests/typing/user_program.py``, a small app that uses every domain, with
  ``--disallow-any-expr``: an expression typed ``Any`` because of the library fails the
  test, with mypy's message;
* the examples of every page of the docs and of the README, one module per page, each
  example at its line on the page, so that mypy's messages point into the page.

A failure shows mypy's output.
"""

from __future__ import annotations

import doctest
import importlib.resources
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from mypy import api as mypy_api

from tests.typing.user_program import main

ROOT = Path(__file__).resolve().parent.parent
USER_PROGRAM = Path(__file__).resolve().parent / "typing" / "user_program.py"
PAGES = sorted(ROOT.glob("docs/*.md")) + sorted(ROOT.glob("README.md"))

#: mypy's configuration, the only one it reads. Every module is checked with --strict and the
#: project's own extra checks; the options that differ are set per module, so that the runs
#: share the cache of what they have in common (the library, Hypothesis, the standard library).
CONFIG = f"""\
[mypy]
strict = True
warn_unreachable = True
enable_error_code = ignore-without-code, redundant-expr, truthy-bool
python_executable = {sys.executable}
color_output = False

# The user program: no expression may be Any, so no Any may come from the library; and the
# program may not write Any itself, so it cannot hide a leak behind a cast.
[mypy-tests.typing.*]
disallow_any_expr = True
disallow_any_explicit = True

# The docs: a page re-binds a name to a value of another type (``decision``, ``policy``),
# as an interactive session does; allow_redefinition accepts that.
[mypy-docs_pages.*]
allow_redefinition = True
"""

_FENCE = re.compile(r"^```python[ \t]*\n(?P<body>.*?)^```[ \t]*$", re.DOTALL | re.MULTILINE)


class Mypy:
    """mypy, in-process, with :data:`CONFIG`, and a cache shared by the runs."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.config = workdir / "mypy.ini"
        self.config.write_text(CONFIG, encoding="utf-8")

    def run(self, files: list[Path]) -> tuple[int, str]:
        """Check ``files``; mypy's exit status, and its whole output after the configuration it used."""
        args = [f"--config-file={self.config}", f"--cache-dir={self.workdir / 'cache'}"]
        stdout, stderr, status = mypy_api.run([*args, *map(str, files)])
        return status, f"mypy {' '.join(args)} ({len(files)} files), with {self.config}:\n{CONFIG}\n{stdout}{stderr}"


@pytest.fixture(scope="session")
def mypy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mypy]:
    with pytest.MonkeyPatch.context() as patch:
        # Nothing may point mypy at the source tree: it must find the installed package.
        patch.delenv("MYPYPATH", raising=False)
        patch.delenv("MYPY_CONFIG_FILE_DIR", raising=False)
        yield Mypy(tmp_path_factory.mktemp("mypy"))


def page_module(page: Path) -> str:
    """The Python of a page's examples, each at its line on the page (other lines blank).

    A ``python`` block of ``>>>`` examples gives their sources (``doctest`` reads them);
    a ``python`` block without any runs as a whole (as Sybil runs it), and so is checked whole.
    """
    text = page.read_text(encoding="utf-8")
    lines: list[str] = []
    for block in _FENCE.finditer(text):
        first = text.count("\n", 0, block.start("body")) + 1  # the line of the block's first line
        body = block.group("body")
        if ">>>" in body:
            parts = [(first + e.lineno, e.source) for e in doctest.DocTestParser().get_examples(body, page.name)]
        else:
            parts = [(first, body)]
        for line, source in parts:
            lines += [""] * (line - 1 - len(lines))
            lines += source.splitlines()
    return "\n".join(lines) + "\n"


def test_py_typed_ships() -> None:
    """The marker that tells type checkers the package is typed is part of the package."""
    assert importlib.resources.files("calcities_domain").joinpath("py.typed").is_file()


def test_the_user_program_type_checks_with_no_any(mypy: Mypy) -> None:
    status, output = mypy.run([USER_PROGRAM])
    assert status == 0, output


def test_the_user_program_runs() -> None:
    check = main()
    assert len(check.lines) == 5
    assert check.lines[1].startswith("Board: 57 seats; amendment passes: True; petition needs 48")
    assert "Registration closes 2025-04-11T23:59:59.999999-07:00" in check.lines[3]
    assert check.sources_cited > 50


@pytest.mark.skipif(not PAGES, reason="the docs are not next to the tests (tests run against an installed wheel)")
def test_the_docs_examples_type_check(mypy: Mypy) -> None:
    """One mypy run for every page; a message names the page and the line of the example."""
    folder = mypy.workdir / "docs_pages"
    folder.mkdir(exist_ok=True)
    (folder / "__init__.py").write_text("", encoding="utf-8")
    pages: dict[Path, str] = {}  # each page's module, and the page
    for page in PAGES:
        if (source := page_module(page)).strip():
            module = folder / ("page_" + re.sub(r"\W", "_", page.stem.lower()) + ".py")
            module.write_text(source, encoding="utf-8")
            pages[module] = page.relative_to(ROOT).as_posix()
    status, output = mypy.run(list(pages))
    for module, label in pages.items():
        output = output.replace(f"{module}:", f"{label}:")
    assert status == 0, output


def test_a_page_module_keeps_each_example_at_its_line(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "# Title\n\n```python\n>>> x = 1\n>>> y = (x +\n...      1)\n>>> y\n2\n\n```\n\n"
        "```console\n$ not python\n```\n\n```python\nz = 3\n```\n",
        encoding="utf-8",
    )
    lines = page_module(page).splitlines()
    assert lines[3] == "x = 1"
    assert lines[4:6] == ["y = (x +", "     1)"]
    assert lines[6] == "y"
    assert lines[16] == "z = 3"
    assert all(not line for i, line in enumerate(lines) if i not in {3, 4, 5, 6, 16})
