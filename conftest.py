"""Run every example in the docs (MyST Markdown) and in the package's docstrings as a test."""

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.parsers.myst import PythonCodeBlockParser, SkipParser
from sybil.parsers.rest import DocTestParser

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE

_docs = Sybil(
    parsers=[PythonCodeBlockParser(doctest_optionflags=_FLAGS), SkipParser()],
    patterns=["docs/*.md", "README.md"],
    name="docs",
)
_docstrings = Sybil(
    parsers=[DocTestParser(optionflags=_FLAGS)],
    patterns=["src/calcities_domain/**/*.py"],
    name="docstrings",
)

pytest_collect_file = (_docs + _docstrings).pytest()
