"""calcities_domain: immutable, explained domain rules for the League of California Cities.

Subpackages:

* :mod:`calcities_domain.kernel`: sources, dated rules, decisions, dates, money, errors.
* :mod:`calcities_domain.serialization`: the strict boundary to and from JSON-like data.
* :mod:`calcities_domain.catalog`: every dated rule and source the library uses.
* :mod:`calcities_domain.testing.strategies`: public Hypothesis strategies.

>>> import calcities_domain
>>> calcities_domain.__version__ == calcities_domain._version.__version__
True
"""

from calcities_domain import kernel
from calcities_domain._version import __version__

__all__ = ["__version__", "kernel"]
