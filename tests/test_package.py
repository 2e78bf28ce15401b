"""The package's public face: version, lazily loaded subpackages."""

from __future__ import annotations

import subprocess
import sys

import pytest

import calcities_domain


def test_subpackages_load_on_first_use() -> None:
    assert calcities_domain.serialization.structure is not None
    assert calcities_domain.catalog.sources()


def test_an_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="has no attribute 'nothing_here'"):
        _ = calcities_domain.nothing_here  # type: ignore[attr-defined]  # a type checker refuses it too


def test_importing_the_package_stays_light() -> None:
    """`import calcities_domain` loads neither cattrs nor the boundary until they are used."""
    code = (
        "import sys, calcities_domain\n"
        "before = sorted(m for m in ('cattrs', 'calcities_domain.serialization', 'calcities_domain.catalog') "
        "if m in sys.modules)\n"
        "calcities_domain.catalog\n"
        "print(before, 'calcities_domain.serialization' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60)  # noqa: S603
    assert result.stdout.strip() == "[] True"


def test_the_lazy_loader_returns_the_submodules() -> None:
    """Called directly: an earlier import may already have set the attributes."""
    assert calcities_domain.__getattr__("serialization").__name__ == "calcities_domain.serialization"
    assert calcities_domain.__getattr__("catalog").__name__ == "calcities_domain.catalog"
