"""A setting left without a value is not configured, even when the program names a source for it.

Rules under test (src/calcities_domain/recognition/tally.py, module docstring: "A setting
the program leaves unconfigured (reuse, repeats) is tried both ways"; models.py,
``Program``: "reuse: ... None when not configured", "repeats_count: ... None when not
configured"; docs/recognition.md, "A council member's Torch progress"):

* A setting whose value is None is not configured whatever its source field holds: the
  tally says "Whether <setting> is not configured: both readings were tried."
  (``recognition.setting.not_configured``), citing the assumption that both readings were
  tried, not the source given for a value that is not there.
* A setting configured says its value, citing its source ("A course taken again counts
  once.", "Credits counted toward one level count again toward the next.", "Credits
  counted toward one level do not count again toward the next.").
* Both readings are tried: a requirement met only when credits count again is not
  configured; a setting that changes nothing leaves the level decided.

The programs, cities and people here are made up (the shared ones of test_tally.py, whose
settings cite the program's administrator).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from calcities_domain.kernel import Confidence
from calcities_domain.recognition import LevelStatus, Status, tally
from tests.recognition.test_tally import ADMIN, AS_OF, MAYOR, credits, level, program, total

REUSE_NOT_CONFIGURED = (
    "recognition.setting.not_configured",
    "Whether credits counted toward one level count again toward the next is not configured: both readings were tried.",
)
REPEATS_NOT_CONFIGURED = (
    "recognition.setting.not_configured",
    "Whether a course taken again counts again is not configured: both readings were tried.",
)


@pytest.mark.parametrize(
    ("settings", "said", "two"),
    [
        (
            {"reuse": None},
            [REUSE_NOT_CONFIGURED, ("recognition.setting", "A course taken again counts once.")],
            (LevelStatus.UNDETERMINED, Status.NOT_CONFIGURED),  # two counts 10 credits again, or the 5 one left
        ),
        (
            {"reuse": True, "repeats_count": None},
            [
                ("recognition.setting", "Credits counted toward one level count again toward the next."),
                REPEATS_NOT_CONFIGURED,
            ],
            (LevelStatus.REACHED, Status.MET),  # no course taken again: repeats change nothing
        ),
        (
            {"reuse": False, "repeats_count": None},
            [
                ("recognition.setting", "Credits counted toward one level do not count again toward the next."),
                REPEATS_NOT_CONFIGURED,
            ],
            (LevelStatus.NOT_REACHED, Status.NOT_MET),
        ),
    ],
    ids=["reuse", "repeats-reuse", "repeats-once"],
)
def test_a_setting_with_a_source_but_no_value_is_tried_both_ways(
    settings: dict[str, Any], said: list[tuple[str, str]], two: tuple[LevelStatus, Status]
) -> None:
    """Both settings keep their source (the administrator); the one set to None is not configured."""
    steps = program(level("one", total(5)), level("two", total(10), prerequisite="one"), **settings)
    assert (steps.reuse_source, steps.repeats_source) == (ADMIN, ADMIN)
    result = tally(MAYOR, [credits("a", "core", date(2024, 3, 1), 10)], steps, as_of=AS_OF)
    reasons = [r for r in result.reasons if r.code.startswith("recognition.setting")]
    assert [(r.code, r.message) for r in reasons] == said
    (configured,) = [r for r in reasons if r.code == "recognition.setting"]
    assert configured.source == ADMIN
    (unknown,) = [r for r in reasons if r.code == "recognition.setting.not_configured"]
    assert unknown.source is not None
    assert (unknown.source.title, unknown.source.confidence) == (
        "calcities_domain: a setting not configured",
        Confidence.ASSUMED,
    )
    assert (result.level("two").status, *[r.status for r in result.level("two").requirements]) == two
