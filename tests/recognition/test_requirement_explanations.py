"""Each requirement's explanation says its figures in what the requirement counts, and cites its source.

Rules under test (src/calcities_domain/recognition/tally.py: ``_requirement_result`` and
``_figure``, the module docstring; docs/recognition.md, "A council member's Torch
progress" and "Configuring Torch"):

* A requirement's figures are written in what it counts: credits in the program's unit
  ("16 credits", "1 credit"), hours as hours ("6 hours"), a number of activities as a bare
  number ("1 counted, met", as the academy route of Torch Level I shows).
* Met: "<requirement>: <counted> counted, met."
* Not met: "<requirement>: <counted> counted; <missing> more needed."
* Not configured (no minimum): "<requirement>: requirement not configured; the program's
  administrator supplies it (<counted> counted so far)."
* Met under one reading of a setting not configured and not under the other (a course
  taken again counts again, or not): "<requirement>: met under one reading of the settings
  not configured and not under another (<counted> counted under the stricter, <minimum>
  needed): requirement not configured." The figures are those of the stricter reading
  (repeats once).
* Every requirement's reason (``recognition.requirement.<status>``, "[<route>] " and the
  message; a pass, a failure, or for information when not configured) cites the
  requirement's own source, met, not met or not configured.

The programs, cities and people here are made up (the shared ones of test_tally.py: one
level, one route "credits"; the requirements cite a handbook of their own, to tell their
source from the level's and the program's).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import pytest

from calcities_domain.kernel import Confidence, Effect, Source
from calcities_domain.mcle import Rounding
from calcities_domain.recognition import Activity, Conversion, Requirement, RequirementKind, Status, tally
from tests.recognition.test_tally import ADMIN, AS_OF, MAYOR, attended, credits, level, program

HANDBOOK = Source("Example handbook", Confidence.CONFIRMED, section="requirements")
#: An hour is a credit.
HOURLY = Conversion(60, Decimal(1), Rounding.DOWN, ADMIN, ADMIN)
CORE_HOURS = Requirement(RequirementKind.CATEGORY_HOURS, "hours of core courses", None, HANDBOOK, category="core")
SAID = {
    Status.MET: ("recognition.requirement.met", Effect.PASS),
    Status.NOT_MET: ("recognition.requirement.not_met", Effect.FAIL),
    Status.NOT_CONFIGURED: ("recognition.requirement.not_configured", Effect.INFO),
}


def cited(requirement: Requirement, minimum: int | None) -> Requirement:
    """The requirement asking ``minimum`` (None: not configured), citing the handbook."""
    return attrs.evolve(requirement, minimum=None if minimum is None else Decimal(minimum), source=HANDBOOK)


def academy(activity_id: str, on: date) -> Activity:
    """The academy, a course earning 1 credit: taken again, it is a repeat."""
    return credits(activity_id, "core", on, 1, kind="academy", course="academy")


def seminar(activity_id: str, on: date, hours: int) -> Activity:
    return Activity(activity_id, "Core seminar", "core", on, hours=Decimal(hours), course="core-seminar")


#: Repeats not configured: the course taken twice counts once (not met) or twice (met).
REPEATS_UNKNOWN = {"repeats_count": None, "repeats_source": None}


@pytest.mark.parametrize(
    ("requirement", "done", "settings", "said"),
    [
        (
            cited(attended(), 1),
            [academy("a1", date(2024, 1, 20))],
            {},
            (Status.MET, "attend the academy: 1 counted, met.", "1"),
        ),
        (
            cited(CORE_HOURS, 6),
            [seminar("s1", date(2024, 2, 1), 6)],
            {},
            (Status.MET, "hours of core courses: 6 hours counted, met.", "6"),
        ),
        (
            cited(attended(), 2),
            [academy("a1", date(2024, 1, 20))],
            {},
            (Status.NOT_MET, "attend the academy: 1 counted; 1 more needed.", "2"),
        ),
        (
            cited(attended(), None),
            [academy("a1", date(2024, 1, 20))],
            {},
            (
                Status.NOT_CONFIGURED,
                "attend the academy: requirement not configured; the program's administrator supplies it "
                "(1 counted so far).",
                "not configured",
            ),
        ),
        (
            cited(CORE_HOURS, None),
            [seminar("s1", date(2024, 2, 1), 1)],
            {},
            (
                Status.NOT_CONFIGURED,
                "hours of core courses: requirement not configured; the program's administrator supplies it "
                "(1 hour counted so far).",
                "not configured",
            ),
        ),
        (
            cited(attended(), 2),
            [academy("a1", date(2023, 1, 20)), academy("a2", date(2024, 1, 19))],
            REPEATS_UNKNOWN,
            (
                Status.NOT_CONFIGURED,
                "attend the academy: met under one reading of the settings not configured and not under another "
                "(1 counted under the stricter, 2 needed): requirement not configured.",
                "2",
            ),
        ),
        (
            cited(CORE_HOURS, 10),
            [seminar("s1", date(2023, 2, 1), 6), seminar("s2", date(2024, 2, 1), 6)],
            REPEATS_UNKNOWN,
            (
                Status.NOT_CONFIGURED,
                "hours of core courses: met under one reading of the settings not configured and not under another "
                "(6 hours counted under the stricter, 10 hours needed): requirement not configured.",
                "10",
            ),
        ),
    ],
    ids=[
        "met-activities",
        "met-hours",
        "not-met-activities",
        "no-minimum-activities",
        "no-minimum-hours",
        "repeat-decides-activities",
        "repeat-decides-hours",
    ],
)
def test_a_requirement_says_its_figures_in_what_it_counts_and_cites_its_source(
    requirement: Requirement,
    done: list[Activity],
    settings: dict[str, Any],
    said: tuple[Status, str, str],
) -> None:
    """``said``: the requirement's status, its message, and the figure it gives as required."""
    status, message, required = said
    steps = program(level("one", requirement), conversion=HOURLY, **settings)
    one = tally(MAYOR, done, steps, as_of=AS_OF).level("one")
    (result,) = one.requirements
    assert (result.status, result.message) == (status, message)
    (reason,) = [r for r in one.reasons if r.code.startswith("recognition.requirement.")]
    assert (reason.code, reason.effect) == SAID[status]
    assert reason.message == f"[credits] {message}"
    assert reason.fact("required") == required
    assert reason.source == HANDBOOK
