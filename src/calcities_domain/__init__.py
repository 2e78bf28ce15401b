"""calcities_domain: immutable, explained domain rules for the League of California Cities.

Subpackages:

* :mod:`calcities_domain.kernel`: sources, dated rules, decisions, dates, money, errors.
* :mod:`calcities_domain.serialization`: the strict boundary to and from JSON-like data.
* :mod:`calcities_domain.catalog`: every dated rule value and source the library uses.
* :mod:`calcities_domain.testing.strategies`: public Hypothesis strategies
  (needs the ``testing`` extra).

``serialization`` and ``catalog`` load on first use, so ``import calcities_domain``
stays light.

>>> import calcities_domain
>>> calcities_domain.kernel.Money.dollars(75)
Money(cents=7500)
>>> calcities_domain.serialization.unstructure(calcities_domain.kernel.Money.dollars(75))
'75.00'
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

from calcities_domain import kernel
from calcities_domain._version import __version__

if TYPE_CHECKING:
    from calcities_domain import catalog, serialization

__all__ = ["__version__", "catalog", "kernel", "serialization"]


if not TYPE_CHECKING:  # pragma: no branch - always true at run time
    # Hidden from type checkers: they see the two submodules through the imports above, and
    # a module-level __getattr__ would make any other attribute (a typo) type as Any.

    def __getattr__(name: str) -> ModuleType:
        if name in ("serialization", "catalog"):
            # Importing a submodule sets it as an attribute of this package. (The form
            # `from calcities_domain import x` would call this __getattr__ again.)
            import calcities_domain.catalog  # noqa: PLC0415 - loaded on first use
            import calcities_domain.serialization  # noqa: PLC0415, F401 - loaded on first use

            module: ModuleType = globals()[name]
            return module
        raise AttributeError(f"module 'calcities_domain' has no attribute {name!r}")
