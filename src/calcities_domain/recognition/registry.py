"""The registry of configured programs, like python-holidays' country registry.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from calcities_domain.kernel._checks import fail
from calcities_domain.recognition.models import Program
from calcities_domain.recognition.peers import NLC_LEADERSHIP, TML_INSTITUTE
from calcities_domain.recognition.torch import TORCH

__all__ = ["program", "programs"]

_REGISTRY: tuple[Program, ...] = (TORCH, NLC_LEADERSHIP, TML_INSTITUTE)


def programs() -> tuple[Program, ...]:
    """Every program the library configures, Torch first.

    >>> [p.code for p in programs()]
    ['cal_cities_torch', 'nlc_leadership', 'tml_institute']
    """
    return _REGISTRY


def program(code: str) -> Program:
    """The program with ``code``.

    Raises:
        InputError: naming the codes known, if ``code`` is not one of them.
    """
    for entry in _REGISTRY:
        if entry.code == code:
            return entry
    known = ", ".join(p.code for p in _REGISTRY)
    raise fail("code", f"no program {code!r}; known: {known}")
