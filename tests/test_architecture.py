"""The core does no I/O and reads no clock: a source scan that import-linter cannot do.

import-linter (``lint-imports``, run by CI) forbids I/O *modules*; it cannot see the
built-in ``open()`` or a clock read through an allowed module (``datetime.now()``).
This scan walks the syntax tree of every module of the package but ``__main__.py``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import calcities_domain

PACKAGE = Path(calcities_domain.__file__).parent

#: Built-ins that touch files, the terminal or run code.
FORBIDDEN_CALLS = frozenset({"open", "print", "input", "breakpoint", "eval", "exec", "compile", "__import__"})
#: Clock reads, as ``<module or class>.<method>``.
FORBIDDEN_ATTRIBUTE_CALLS = frozenset(
    {
        ("date", "today"),
        ("datetime", "now"),
        ("datetime", "utcnow"),
        ("datetime", "today"),
        ("time", "time"),
        ("time", "time_ns"),
        ("time", "monotonic"),
        ("time", "perf_counter"),
        ("time", "localtime"),
        ("os", "getenv"),
    }
)


def violations(source: str, filename: str = "<source>") -> list[str]:
    """Clock reads and file or terminal access in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Name) and func.id in FORBIDDEN_CALLS:
            found.append(f"{filename}:{node.lineno}: {func.id}(")
        elif isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", None)
            if (owner_name, func.attr) in FORBIDDEN_ATTRIBUTE_CALLS:
                found.append(f"{filename}:{node.lineno}: {owner_name}.{func.attr}(")
    return found


def core_modules() -> list[Path]:
    modules = sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py")
    assert len(modules) >= 10  # the scan must have something to scan
    return modules


@pytest.mark.parametrize("path", core_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_core_module_reads_no_clock_and_opens_no_file(path: Path) -> None:
    assert violations(path.read_text(encoding="utf-8"), str(path)) == []


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("from datetime import date\ndate.today()", "date.today("),
        ("import datetime\ndatetime.datetime.now()", "datetime.now("),
        ("from datetime import datetime\ndatetime.now(tz=None)", "datetime.now("),
        ("import time\ntime.time()", "time.time("),
        ("open('rules.json')", "open("),
        ("print('hello')", "print("),
        ("import os\nos.getenv('HOME')", "os.getenv("),
    ],
)
def test_the_scan_catches_what_it_forbids(snippet: str, expected: str) -> None:
    """The check can fail: each forbidden call, planted in a snippet, is reported."""
    found = violations(snippet)
    assert len(found) == 1
    assert found[0].endswith(expected)


def test_the_scan_ignores_harmless_names() -> None:
    assert violations("def opened(now): return now.isoformat()\nreopen = 1\nschedule.time") == []


def test_main_is_the_only_module_excluded() -> None:
    excluded = {p.name for p in PACKAGE.rglob("*.py")} - {p.name for p in core_modules()}
    assert excluded == {"__main__.py"}


def _classes_of_the_package() -> list[type]:
    import enum  # noqa: PLC0415 - only this test needs them
    import importlib  # noqa: PLC0415
    import inspect  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    found: list[type] = []
    for info in pkgutil.walk_packages(calcities_domain.__path__, "calcities_domain."):
        if info.name.endswith("__main__") or ".testing" in info.name:
            continue  # the shell, and the strategies (which need the testing extra)
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if inspect.isclass(value) and value.__module__ == info.name and value not in found:
                if issubclass(value, enum.Enum | BaseException) or getattr(value, "_is_protocol", False):
                    continue  # enums and exceptions carry no per-instance state of ours; protocols no instances
                found.append(value)
    return found


def test_every_class_of_the_package_has_slots() -> None:
    """Performance issue: "__slots__ everywhere": every model and helper class is slotted, private ones too."""
    classes = _classes_of_the_package()
    assert len(classes) > 100  # the scan finds the models (it would pass vacuously on an empty list)
    unslotted = [f"{c.__module__}.{c.__qualname__}" for c in classes if "__slots__" not in c.__dict__]
    assert unslotted == []


# ----------------------------------------------------------------------------- code from data, nowhere

#: Modules that run or rebuild code from data: never imported anywhere in the package.
UNSAFE_MODULES = frozenset({"pickle", "_pickle", "cPickle", "marshal", "shelve", "dill", "cloudpickle", "importlib"})
#: Built-ins that run code or import by a computed name.
UNSAFE_CALLS = frozenset({"eval", "exec", "compile", "__import__"})


def unsafe_code(source: str, filename: str = "<source>") -> list[str]:
    """Imports of unsafe modules and calls that run code, in a module's source."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names = [node.module or ""]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in UNSAFE_CALLS:
            found.append(f"{filename}:{node.lineno}: {node.func.id}(")
            continue
        else:
            continue
        found.extend(
            f"{filename}:{node.lineno}: import {name}" for name in names if name.split(".")[0] in UNSAFE_MODULES
        )
    return found


def every_module() -> list[Path]:
    modules = sorted(PACKAGE.rglob("*.py"))
    assert any(p.name == "__main__.py" for p in modules)  # the shell too: it reads untrusted files
    return modules


@pytest.mark.parametrize("path", every_module(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_runs_code_from_data(path: Path) -> None:
    """Reliability: no eval, exec, pickle, marshal or dynamic import anywhere in the package, the shell included."""
    assert unsafe_code(path.read_text(encoding="utf-8"), str(path)) == []


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("import pickle", "import pickle"),
        ("from pickle import loads", "import pickle"),
        ("import marshal as m", "import marshal"),
        ("import importlib.util", "import importlib.util"),
        ("from importlib import import_module", "import importlib"),
        ("eval('1 + 1')", "eval("),
        ("exec(text)", "exec("),
        ("compile(text, 'x', 'exec')", "compile("),
        ("__import__(name)", "__import__("),
        ("def f():\n    import shelve", "import shelve"),
    ],
)
def test_the_unsafe_code_scan_catches_what_it_forbids(snippet: str, expected: str) -> None:
    """The check can fail: each unsafe import or call, planted in a snippet, is reported."""
    found = unsafe_code(snippet)
    assert len(found) == 1
    assert found[0].endswith(expected)


def test_the_unsafe_code_scan_ignores_harmless_names() -> None:
    assert unsafe_code("import json\nfrom decimal import Decimal\nevaluate(x)\npickled = 1\nmodel.eval") == []
