"""Each reason of a tally cites who says so, and an official who may not take part is told why.

Rules under test (src/calcities_domain/recognition/tally.py: the module docstring, "A setting
the program leaves unconfigured (reuse, repeats) is tried both ways"; ``NOT_CONFIGURED``;
``_eligibility``; ``_level_result``; ``Tally.sources``, "Every distinct source the tally
cites"; models.py, ``Program.audience_source``, ``Level.source``, ``Program.reuse_source``):

* A program open to anyone says so, citing the program's ``audience_source``.
* A level's status ("One: reached.") cites the level's own source; the reason that a level
  comes after its prerequisite cites the later level's source.
* A setting not configured (reuse, repeats) is tried both ways, and the reason that says so
  cites the library's assumed source "calcities_domain: a setting not configured".
* With credits counted once, a level that another split of the credits might reach is
  undetermined, and the reason cites the program's source for the reuse setting.
* An official the audience excludes reaches no level, and each level says: "The official may
  not take part: no level is reached."

The programs and people here are made up.
"""

from __future__ import annotations

from datetime import date

from calcities_domain.kernel import Confidence, Effect, Source
from calcities_domain.recognition import Audience, Level, LevelStatus, Route, tally
from tests.recognition.test_tally import (
    ADMIN,
    AS_OF,
    CLERK,
    CONFIRMED,
    LIFETIME,
    MAYOR,
    credits,
    in_category,
    level,
    program,
    total,
)

AUDIENCE = Source("Example program eligibility page", Confidence.CONFIRMED, section="who may take part")
ONE_SOURCE = Source("Example handbook, level one", Confidence.CONFIRMED, section="1")
TWO_SOURCE = Source("Example handbook, level two", Confidence.INFERRED, section="2")


def test_a_program_open_to_anyone_cites_its_audience_source() -> None:
    result = tally(MAYOR, [], program(level("one", total(1)), audience_source=AUDIENCE), as_of=AS_OF)
    (anyone,) = [r for r in result.reasons if r.code == "recognition.eligibility.anyone"]
    assert (anyone.message, anyone.source) == ("Example program is open to anyone.", AUDIENCE)
    assert AUDIENCE in result.sources()


def test_a_level_s_status_and_its_prerequisite_cite_the_level_s_source() -> None:
    one = Level("one", "One", (Route("credits", (total(1),)),), LIFETIME, ONE_SOURCE)
    two = Level("two", "Two", (Route("credits", (total(2),)),), LIFETIME, TWO_SOURCE, prerequisite="one")
    result = tally(MAYOR, [credits("c1", "core", date(2024, 1, 1), 1)], program(one, two), as_of=AS_OF)
    first = result.level("one").reasons[0]
    assert (first.code, first.message, first.effect, first.source) == (
        "recognition.level.reached",
        "One: reached.",
        Effect.PASS,
        ONE_SOURCE,
    )
    status = result.level("two").reasons[0]
    assert (status.code, status.source) == ("recognition.level.not_reached", TWO_SOURCE)
    (after,) = [r for r in result.level("two").reasons if r.code == "recognition.prerequisite"]
    assert (after.message, after.effect, after.source) == (
        "Two comes after One, which is reached.",
        Effect.PASS,
        TWO_SOURCE,
    )


def test_a_setting_not_configured_cites_the_assumption_that_both_readings_were_tried() -> None:
    unset = program(level("one", total(1)), reuse=None, reuse_source=None, repeats_count=None, repeats_source=None)
    result = tally(MAYOR, [], unset, as_of=AS_OF)
    settings = [r for r in result.reasons if r.code == "recognition.setting.not_configured"]
    assert [r.message for r in settings] == [
        "Whether credits counted toward one level count again toward the next is not configured: "
        "both readings were tried.",
        "Whether a course taken again counts again is not configured: both readings were tried.",
    ]
    for reason in settings:
        assert reason.source is not None
        assert (reason.source.title, reason.source.confidence, reason.source.section) == (
            "calcities_domain: a setting not configured",
            Confidence.ASSUMED,
            "both readings tried",
        )
    assert settings[0].source in result.assumptions()


def test_a_level_another_split_might_reach_cites_the_reuse_setting_s_source() -> None:
    """Credits counted once (the administrator's setting, ADMIN): two is undetermined, and says why, citing ADMIN."""
    one = level("one", routes=(Route("cat", (in_category("elective", 1),)), Route("tot", (total(2),))))
    two = level("two", total(3), in_category("elective", 1), prerequisite="one")
    done = [credits("e1", "elective", date(2024, 1, 1), 1), credits("c1", "core", date(2024, 2, 1), 3)]
    result = tally(MAYOR, done, program(one, two, reuse=False, reuse_source=ADMIN), as_of=AS_OF)
    assert result.level("two").status is LevelStatus.UNDETERMINED
    (split,) = [r for r in result.level("two").reasons if r.code == "recognition.split"]
    assert split.source == ADMIN


def test_an_official_the_audience_excludes_is_told_no_level_is_reached() -> None:
    """A program for elected officials: an appointed clerk with the credits still reaches no level."""
    elected = program(level("one", total(1)), audience=Audience.ELECTED_OFFICIALS, audience_source=CONFIRMED)
    result = tally(CLERK, [credits("c1", "core", date(2024, 1, 1), 1)], elected, as_of=AS_OF)
    assert result.eligible is False
    one = result.level("one")
    assert one.status is LevelStatus.NOT_REACHED
    (excluded,) = [r for r in one.reasons if r.code == "recognition.not_eligible"]
    assert (excluded.message, excluded.effect) == ("The official may not take part: no level is reached.", Effect.FAIL)
    assert result.missing() == "For One (not reached):\n  - The official may not take part: no level is reached."
