"""Shared test configuration: Hypothesis profiles.

``HYPOTHESIS_PROFILE=thorough`` runs 10,000 examples per property; the default
profile keeps the suite fast and deterministic enough for CI.
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "default",
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "ci",
    parent=settings.get_profile("default"),
    derandomize=True,
    print_blob=True,
)
settings.register_profile(
    "thorough",
    parent=settings.get_profile("default"),
    max_examples=10_000,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
