"""Who is who: cities, officials and offices, and the league's bodies as dated registries.

.. versionadded:: 0.1.0
"""

from calcities_domain.organization.cal_cities import (
    CAUCUSES,
    DEPARTMENT_OF_OFFICE,
    DEPARTMENTS,
    DIVISIONS,
    GROUPS,
    POLICY_COMMITTEES,
    registries,
    registry,
)
from calcities_domain.organization.models import City, Office, Official, Population
from calcities_domain.organization.registry import Body, BodyKind, Registry, RegistrySnapshot

__all__ = [
    "CAUCUSES",
    "DEPARTMENTS",
    "DEPARTMENT_OF_OFFICE",
    "DIVISIONS",
    "GROUPS",
    "POLICY_COMMITTEES",
    "Body",
    "BodyKind",
    "City",
    "Office",
    "Official",
    "Population",
    "Registry",
    "RegistrySnapshot",
    "registries",
    "registry",
]
