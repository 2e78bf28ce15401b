"""The registry of configured jurisdictions, like python-holidays' country registry.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from calcities_domain.kernel._checks import fail
from calcities_domain.mcle.california import CALIFORNIA
from calcities_domain.mcle.jurisdiction import Jurisdiction
from calcities_domain.mcle.new_york import NEW_YORK

__all__ = ["jurisdiction", "jurisdictions"]

_REGISTRY: tuple[Jurisdiction, ...] = (CALIFORNIA, NEW_YORK)


def jurisdictions() -> tuple[Jurisdiction, ...]:
    """Every jurisdiction the library configures, California first.

    >>> [j.code for j in jurisdictions()]
    ['us_ca', 'us_ny']
    """
    return _REGISTRY


def jurisdiction(code: str) -> Jurisdiction:
    """The jurisdiction with ``code`` (``"us_ca"``, ``"us_ny"``).

    Raises:
        InputError: naming the codes known, if ``code`` is not one of them.
    """
    for entry in _REGISTRY:
        if entry.code == code:
            return entry
    known = ", ".join(j.code for j in _REGISTRY)
    raise fail("code", f"no jurisdiction {code!r}; known: {known}")
