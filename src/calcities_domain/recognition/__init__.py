"""Recognition programs: a credit-program engine, with the Cal Cities Torch Program configured on it.

A :class:`Program` is data: ordered levels with prerequisites, routes of requirements,
windows, conversions, caps, awards and maintenance rules. :func:`tally` counts an
official's activities toward each level and explains what is missing. :data:`TORCH`
holds what the sources confirm of the Torch Program and leaves the rest to its
administrator; :data:`NLC_LEADERSHIP` and :data:`TML_INSTITUTE` are two peers configured
from their published numbers.

.. versionadded:: 0.1.0
"""

from calcities_domain.recognition.models import (
    Activity,
    ActivityKind,
    Audience,
    Award,
    AwardKind,
    Category,
    Conversion,
    Level,
    Maintenance,
    Program,
    Requirement,
    RequirementKind,
    Route,
    SubmissionDeadline,
    Window,
    WindowKind,
)
from calcities_domain.recognition.peers import NLC_LEADERSHIP, TML_INSTITUTE
from calcities_domain.recognition.registry import program, programs
from calcities_domain.recognition.tally import (
    CategoryCredits,
    LevelResult,
    LevelStatus,
    RequirementResult,
    Status,
    Tally,
    Uncounted,
    recognition_year,
    tally,
)
from calcities_domain.recognition.torch import TORCH

__all__ = [
    "NLC_LEADERSHIP",
    "TML_INSTITUTE",
    "TORCH",
    "Activity",
    "ActivityKind",
    "Audience",
    "Award",
    "AwardKind",
    "Category",
    "CategoryCredits",
    "Conversion",
    "Level",
    "LevelResult",
    "LevelStatus",
    "Maintenance",
    "Program",
    "Requirement",
    "RequirementKind",
    "RequirementResult",
    "Route",
    "Status",
    "SubmissionDeadline",
    "Tally",
    "Uncounted",
    "Window",
    "WindowKind",
    "program",
    "programs",
    "recognition_year",
    "tally",
]
