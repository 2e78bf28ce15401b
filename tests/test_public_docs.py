"""Every public name is documented, and the API reference (docs/api.md) shows it.

The public names are those in the ``__all__`` of each public module. The rules follow
what Sphinx autodoc (with ``members``, as docs/conf.py sets it) puts in the reference:

* a class or a function has a docstring of its own (not one inherited from ``object``);
* so has every public method and property of a public class, defined in the library (a
  method that overrides a documented one of a library base class shows the base's);
* a constant has a doc-comment (``#:`` before or after its assignment, or a string right
  after it), which autodoc reads from the source; without one, autodoc leaves it out;
* the module that defines the name is ``automodule``'d in docs/api.md, and lists the name
  in its own ``__all__`` (which is what autodoc documents).

Each test lists every offender at once.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from types import ModuleType

import pytest

import calcities_domain

API_PAGE = Path(__file__).resolve().parent.parent / "docs" / "api.md"
PUBLIC_MODULES = [
    "calcities_domain.kernel",
    "calcities_domain.mcle",
    "calcities_domain.organization",
    "calcities_domain.governance",
    "calcities_domain.membership",
    "calcities_domain.events",
    "calcities_domain.recognition",
    "calcities_domain.serialization",
    "calcities_domain.catalog",
    "calcities_domain.testing.strategies",
]
_DOC_COMMENT = re.compile(r"^\s*#: ?(.*)$")


def _modules() -> dict[str, ModuleType]:
    """Every module of the package but the command line (which needs no API reference)."""
    found = {"calcities_domain": calcities_domain}
    for info in pkgutil.walk_packages(calcities_domain.__path__, "calcities_domain."):
        if info.name != "calcities_domain.__main__":
            found[info.name] = importlib.import_module(info.name)
    return found


MODULES = _modules()


def public_names() -> Iterator[tuple[str, str, object]]:
    """``(module, name, object)`` for every name in a public module's ``__all__``."""
    for module_name in PUBLIC_MODULES:
        module = importlib.import_module(module_name)
        for name in module.__all__:
            yield module_name, name, getattr(module, name)


def is_data(obj: object) -> bool:
    """A constant: neither a class nor a function."""
    return not isinstance(obj, type) and not inspect.isroutine(obj)


def own_doc(obj: object) -> str:
    """The object's own docstring, stripped ("" if none): a class's is never its base's."""
    doc = vars(obj).get("__doc__") if isinstance(obj, type) else getattr(obj, "__doc__", None)
    return doc.strip() if isinstance(doc, str) else ""


def _blocks(body: list[ast.stmt]) -> Iterator[list[ast.stmt]]:
    """A module's statement lists: its body and the blocks in it that Sphinx reads too.

    Those of ``if``, ``with``, ``for`` and ``while``, and the body and ``else`` of a ``try``
    (Sphinx skips its handlers); not those of functions and classes.
    """
    yield body
    for node in body:
        if isinstance(node, ast.If | ast.With | ast.For | ast.While | ast.Try):
            yield from _blocks(node.body)
            yield from _blocks(getattr(node, "orelse", []))


def attribute_docs(module: ModuleType) -> dict[str, str]:
    """The doc-comments of a module's top-level assignments, as Sphinx autodoc reads them.

    ``#:`` comment lines right above the assignment, a ``#:`` comment after it on its
    last line, or a string literal statement right after it.
    """
    source = inspect.getsource(module)
    lines = source.splitlines()
    docs: dict[str, str] = {}
    for block in _blocks(ast.parse(source).body):
        for index, node in enumerate(block):
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AnnAssign):
                targets = [node.target]
            else:
                continue
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            above: list[str] = []
            row = node.lineno - 2
            while row >= 0 and (match := _DOC_COMMENT.match(lines[row])):
                above.insert(0, match.group(1))
                row -= 1
            end = node.end_lineno or node.lineno
            after = _DOC_COMMENT.match(lines[end - 1][node.end_col_offset :])
            following = block[index + 1] if index + 1 < len(block) else None
            if after:
                doc = after.group(1)
            elif above:
                doc = "\n".join(above)
            elif (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                doc = inspect.cleandoc(following.value.value)
            else:
                continue
            docs.update(dict.fromkeys(names, doc))
    return docs


def defining_module(name: str, obj: object) -> str | None:
    """The module whose source assigns the constant ``name`` (the object itself, not another of that name)."""
    found = [
        module_name
        for module_name, module in MODULES.items()
        if getattr(module, name, None) is obj
        and any(
            isinstance(target, ast.Name) and target.id == name
            for node in ast.parse(inspect.getsource(module)).body
            for target in (node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)])
        )
    ]
    return found[0] if len(found) == 1 else None


def documented_module(name: str, obj: object) -> str | None:
    """The module whose API reference documents the object: where it is defined."""
    return defining_module(name, obj) if is_data(obj) else getattr(obj, "__module__", None)


def members(cls: type) -> Iterator[tuple[type, str, object]]:
    """``(defining class, name, member)`` for each public method and property a library class defines."""
    for klass in cls.__mro__:
        if not klass.__module__.startswith("calcities_domain."):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_"):
                continue
            if isinstance(value, staticmethod | classmethod | property | cached_property) or inspect.isfunction(value):
                yield klass, name, value


def member_doc(cls: type, name: str) -> str:
    """A member's docstring, its own or that of the library base class member it overrides."""
    for klass in cls.__mro__:
        if klass.__module__.startswith("calcities_domain.") and name in vars(klass):
            value = vars(klass)[name]
            if isinstance(value, staticmethod | classmethod):
                value = value.__func__
            if (doc := own_doc(value)) != "":
                return doc
    return ""


def automodules() -> set[str]:
    text = API_PAGE.read_text(encoding="utf-8")
    return set(re.findall(r"^\.\. automodule:: ([\w.]+)\s*$", text, re.MULTILINE))


def test_every_public_module_has_an_all() -> None:
    missing = [name for name in PUBLIC_MODULES if not hasattr(importlib.import_module(name), "__all__")]
    assert not missing, f"public modules without __all__: {missing}"


def test_every_public_class_and_function_has_a_docstring() -> None:
    offenders = sorted(
        f"{module}.{name}" for module, name, obj in public_names() if not is_data(obj) and own_doc(obj) == ""
    )
    assert not offenders, f"{len(offenders)} public classes or functions without a docstring:\n" + "\n".join(offenders)


def test_every_public_method_and_property_has_a_docstring() -> None:
    offenders = sorted(
        {
            f"{klass.__module__}.{klass.__qualname__}.{name}"
            for _, _, obj in public_names()
            if isinstance(obj, type)
            for klass, name, _ in members(obj)
            if member_doc(klass, name) == ""
        }
    )
    assert not offenders, f"{len(offenders)} public methods or properties without a docstring:\n" + "\n".join(offenders)


def test_every_public_constant_has_a_doc_comment() -> None:
    offenders = []
    for module, name, obj in public_names():
        if not is_data(obj):
            continue
        where = defining_module(name, obj)
        if where is None:
            offenders.append(f"{module}.{name} (no single module assigns it)")
        elif attribute_docs(MODULES[where]).get(name, "").strip() == "":
            offenders.append(f"{where}.{name}")
    offenders = sorted(set(offenders))
    assert not offenders, f"{len(offenders)} public constants without a #: doc-comment:\n" + "\n".join(offenders)


@pytest.mark.skipif(not API_PAGE.is_file(), reason="the docs are not next to the tests (tests run against a wheel)")
def test_the_api_reference_shows_every_public_name() -> None:
    referenced = automodules()
    unknown = sorted(name for name in referenced if name not in MODULES)
    offenders = [f"docs/api.md: automodule of a module that does not exist: {name}" for name in unknown]
    for module, name, obj in public_names():
        where = documented_module(name, obj)
        own_name = name if is_data(obj) else getattr(obj, "__name__", name)
        if where is None or where not in MODULES:
            offenders.append(f"{module}.{name}: no module of the package defines it")
        elif where not in referenced:
            offenders.append(f"{module}.{name}: its module {where} is not automodule'd in docs/api.md")
        elif own_name not in getattr(MODULES[where], "__all__", [own_name]):
            offenders.append(f"{module}.{name}: not in {where}.__all__, so autodoc leaves it out")
    offenders = sorted(set(offenders))
    assert not offenders, f"{len(offenders)} public names missing from the API reference:\n" + "\n".join(offenders)


def test_the_doc_comment_reader_agrees_with_sphinx() -> None:
    """Where Sphinx is installed (the ``docs`` extra), its reading of ``#:`` comments is the reference."""
    pycode = pytest.importorskip("sphinx.pycode")
    disagreements = []
    for module_name, module in MODULES.items():
        sphinx_docs = {
            name: "\n".join(lines).strip()
            for (namespace, name), lines in pycode.ModuleAnalyzer.for_module(module_name).find_attr_docs().items()
            if namespace == ""
        }
        ours = {name: doc.strip() for name, doc in attribute_docs(module).items()}
        if ours != sphinx_docs:
            disagreements.append(f"{module_name}: ours {sorted(ours)}, Sphinx's {sorted(sphinx_docs)}")
    assert not disagreements, "\n".join(disagreements)


def test_the_doc_comment_reader_reads_each_form(tmp_path: Path) -> None:
    source = (
        '"""A module."""\n\n'
        "#: Above,\n#: on two lines.\nA = 1\n"
        "B = 2  #: After.\n"
        'C = 3\n"""A string after."""\n'
        "D = 4\n\n"
        "#: Annotated.\nE: int = 5\n"
        "if True:\n    #: In a block.\n    F = 6\n"
    )
    module = ModuleType("example")
    module.__file__ = str(tmp_path / "example.py")
    (tmp_path / "example.py").write_text(source, encoding="utf-8")
    assert attribute_docs(module) == {
        "A": "Above,\non two lines.",
        "B": "After.",
        "C": "A string after.",
        "E": "Annotated.",
        "F": "In a block.",
    }
